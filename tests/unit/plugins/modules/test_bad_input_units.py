# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Bad input, in process: hundreds of generated option sets through the modules' own main().

The modules run as ansible-test units run them (patch_module_args, main(), the JSON on stdout),
with a fake client instead of the network. The fake client answers reads with "no task" and checks
every write against the emulator's request validation (the same schema file), so a write the
service would refuse as invalid is caught here as a gap in the module's own validation.

Properties:

* every run ends in exit_json or fail_json: no exception escapes, failed runs carry a non-empty msg;
* options broken on purpose (unknown key at any depth, a value no conversion fixes, a value
  outside choices, a missing or null required member) fail without any write;
* any write a run sends passes the service's validation.

The strategies are in tests/integration/reliability_strategies.py; the batched ansible-playbook
layer is tests/integration/test_bad_input.py.
"""

import contextlib
import io
import json
import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import base as module_base
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy
from ansible_collections.tencentcloud.ckafka.plugins.modules import datahub_task, datahub_task_info

TESTS_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
REPO = os.path.dirname(TESTS_DIR)
for extra_path in (os.path.join(TESTS_DIR, 'emulator'), os.path.join(TESTS_DIR, 'integration')):
    if extra_path not in sys.path:
        sys.path.insert(0, extra_path)

import reliability_strategies as rs  # noqa: E402 pylint: disable=wrong-import-position
from emu_errors import ApiError  # noqa: E402 pylint: disable=wrong-import-position
from emu_validation import Schema  # noqa: E402 pylint: disable=wrong-import-position

SCHEMA = Schema.load(os.path.join(REPO, 'schema', 'datahub_task.json'))
WRITES = ('CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask',
          'RestartDatahubTask')
CONNECTION = dict(secret_id='AKIDunitunitunitunit', secret_key='unit-secret-key-0123456789', region='ap-guangzhou',
                  endpoint='http://127.0.0.1:9')
PROFILE = settings(max_examples=200, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


class FakeClient:
    """Reads find nothing; writes are checked against the service's validation, then succeed or stop."""

    def __init__(self):
        self.calls = []
        self.refused = []
        self.warnings = []
        self.retry_policy = RetryPolicy(retries=0)

    def call(self, action, params=None, idempotent=False):
        params = params or {}
        self.calls.append(action)
        if action in WRITES:
            try:
                SCHEMA.validate_request(action, json.loads(json.dumps(params)))
            except ApiError as error:
                self.refused.append('%s: %s %s' % (action, error.code, error.message))
                raise CkafkaError(error.code, error.message, request_id='fake', action=action)
        if action == 'DescribeDatahubTasks':
            return {'Result': {'TaskList': [], 'TotalCount': 0}, 'RequestId': 'fake'}
        if action == 'DescribeDatahubTask':
            raise CkafkaError('ResourceNotFound', 'no such task', request_id='fake', action=action)
        if action == 'CreateDatahubTask':
            return {'Result': {'TaskId': params.get('TaskId') or 'task-fake0001'}, 'RequestId': 'fake'}
        return {'RequestId': 'fake'}

    def close(self):
        pass


def run_module(module, options):
    """Run module's main() with options; returns (result dict, fake client)."""
    client = FakeClient()
    args = dict(CONNECTION)
    args.update(options)
    args.setdefault('wait', False)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(module_base.CkafkaModule, 'build_client', lambda self: client)
            with pytest.raises(SystemExit):
                module.main()
    return json.loads(stdout.getvalue()), client


def check_clean(result, case):
    """Success, or failed with a message; never an exception."""
    assert 'exception' not in result, (case, result)
    if result.get('failed'):
        assert isinstance(result.get('msg'), str) and result['msg'].strip(), (case, result)
        assert 'Traceback' not in result['msg'], (case, result)


def check_no_write(client, case, result):
    written = [action for action in client.calls if action in WRITES]
    assert not written, (case, written, result.get('msg'))


@PROFILE
@given(case=rs.invalid_cases())
def test_broken_options_fail_before_any_write(case):
    kind, path, options = case
    result, client = run_module(datahub_task, options)
    check_clean(result, case)
    if kind in rs.INVALID_KINDS:
        assert result.get('failed'), ('%s at %s was accepted' % (kind, path), options, result)
        check_no_write(client, case, result)
    assert not client.refused, (case, client.refused)


@PROFILE
@given(case=rs.invalid_cases(), check_mode=st.booleans())
def test_broken_options_fail_in_check_mode_too(case, check_mode):
    kind, path, options = case
    options = dict(options, _ansible_check_mode=check_mode)
    result, client = run_module(datahub_task, options)
    check_clean(result, case)
    if kind in rs.INVALID_KINDS:
        assert result.get('failed'), ('%s at %s was accepted' % (kind, path), result)
        check_no_write(client, case, result)
    if check_mode:
        check_no_write(client, case, result)


@PROFILE
@given(case=rs.odd_cases())
def test_odd_values_never_send_a_write_the_service_refuses(case):
    result, client = run_module(datahub_task, case[2])
    check_clean(result, case)
    assert not client.refused, ('the module sent a write the service refuses; it should have failed before it', case,
                                client.refused)


@PROFILE
@given(name=st.one_of(st.sampled_from(rs.ODD_STRINGS), st.text(max_size=100)),
       key=st.sampled_from(['task_name', 'task_id']))
def test_odd_identity_fails_cleanly_or_sends_only_valid_writes(name, key):
    options = dict(task_type='SINK', task_name='reliability-id')
    options[key] = name
    result, client = run_module(datahub_task, options)
    check_clean(result, options)
    assert not client.refused, (options, client.refused)


@PROFILE
@given(state=st.sampled_from(['present', 'running', 'paused', 'restarted', 'absent']),
       task_id=st.one_of(st.none(), st.sampled_from(['', ' ', 'task-ok'])),
       task_name=st.one_of(st.none(), st.sampled_from(['', ' ', 'ok-name'])))
def test_identity_combinations(state, task_id, task_name):
    options = dict(state=state)
    if task_id is not None:
        options['task_id'] = task_id
    if task_name is not None:
        options['task_name'] = task_name
    result, client = run_module(datahub_task, options)
    check_clean(result, options)
    if task_id is None and task_name is None:
        assert result.get('failed') and not client.calls, result
    assert not client.refused, (options, client.refused)


INFO_OPTIONS = ['task_id', 'search_word', 'task_name', 'task_type', 'source_type', 'target_type', 'resource']


@PROFILE
@given(values=st.dictionaries(st.sampled_from(INFO_OPTIONS + ['bogus', 'max_retries', 'read_timeout']),
                              st.one_of(st.none(), st.sampled_from(rs.ODD_STRINGS), st.integers(), st.booleans(),
                                        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
                                        st.lists(st.text(max_size=3), max_size=2)),
                              max_size=4))
def test_info_module_never_crashes_and_never_writes(values):
    result, client = run_module(datahub_task_info, values)
    check_clean(result, values)
    if 'bogus' in values:
        assert result.get('failed') and not client.calls, result
    check_no_write(client, values, result)


def test_every_spec_depth_is_reached():
    """The generators cover every object of PARAMETER_SPEC, so unknown keys hit every depth."""
    depths = set(path.count('.') for path in rs.OBJECT_PATHS if path)
    assert max(depths) >= 3, depths
    assert len(rs.REQUIRED_PATHS) > 20
    assert 'target_resource.es_param.password' in rs.SECRET_PATHS


@pytest.mark.parametrize('ipath', [path for path in rs.OBJECT_PATHS if path])
def test_unknown_key_in_every_object_fails(ipath):
    """Deterministic sweep: an unknown key in each object of the spec is refused, naming the key."""
    options, obj = rs.object_at(ipath)
    obj['zz_not_an_option'] = 1
    result, client = run_module(datahub_task, options)
    assert result.get('failed') and 'zz_not_an_option' in result['msg'], (ipath, result)
    check_no_write(client, ipath, result)
