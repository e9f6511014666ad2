# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Issue 29, the fleet modules safe at scale, in process: datahub_tasks' main() with patched module
arguments against the emulator (one per test module, reset before each test).

Pruning bounded by default, options a state does not use refused before any call, bounds of the
throughput options and of max_deletions, and the one-line plan summary in msg."""

import contextlib
import copy
import io
import json
import os
import sys

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.modules import datahub_tasks

EMULATOR_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'emulator'))
if EMULATOR_DIR not in sys.path:
    sys.path.insert(0, EMULATOR_DIR)

from harness import start_emulator  # noqa: E402  pylint: disable=wrong-import-position
from samples import kafka_to_es  # noqa: E402  pylint: disable=wrong-import-position

WRITES = ('CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask')
ENTRY = dict(
    task_type='SINK',
    source_resource={'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 'orders',
                                                      'offset_type': 'earliest'}},
    target_resource={'type': 'ES', 'es_param': {'resource': 'resource-test', 'drop_invalid_message': True, 'index': 'orders',
                                                'drop_invalid_json_message': False}},
)


@pytest.fixture(scope='module')
def emulator():
    emu = start_emulator(transition_seconds=0, rate_limit=0)
    try:
        yield emu
    finally:
        emu.stop()


@pytest.fixture
def emu(emulator):  # pylint: disable=redefined-outer-name
    emulator.reset()
    return emulator


def task(name):
    """An entry naming a task that exists (only what it declares is compared)."""
    return dict(task_name=name)


def new(name):
    """An entry that creates its task."""
    entry = copy.deepcopy(ENTRY)
    entry['task_name'] = name
    return entry


def seed(emu, names):  # pylint: disable=redefined-outer-name
    emu.seed('datahub_task', items=[kafka_to_es(TaskName=name) for name in names])


def run(emu, check=False, **options):  # pylint: disable=redefined-outer-name
    """datahub_tasks' main(): (its JSON result, the API actions it called)."""
    before = len(emu.requests())
    args = dict(secret_id=emu.secret_id, secret_key=emu.secret_key, region='ap-guangzhou', endpoint=emu.endpoint,
                max_retries=0, _ansible_check_mode=check)
    args.update(options)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.raises(SystemExit):
            datahub_tasks.main()
    return json.loads(stdout.getvalue()), [call['action'] for call in emu.requests()[before:]]


def live(emu):  # pylint: disable=redefined-outer-name
    return sorted(item['TaskName'] for item in emu.tasks())


# ---- pruning bounded by default ------------------------------------------------------------------

@pytest.mark.parametrize('options', [
    dict(state='overridden', config=[], scope={}),
    dict(state='overridden', scope={'name_prefix': 'shop-'}),
    dict(state='overridden', config=[], scope={'name_prefix': 'shop-'}),
    dict(state='overridden', config=[task('shop-000')], scope={'name_prefix': ''}),
    dict(state='overridden', config=[task('shop-000')], scope={'name_prefix': '  '}),
    dict(state='deleted', scope={}),
    dict(state='deleted', scope={'name_prefix': 'shop-'}),
])
def test_what_could_empty_a_scope_is_refused_before_any_call(emu, options):
    seed(emu, ['shop-000', 'shop-001'])
    for check in (True, False):
        result, calls = run(emu, check=check, **options)
        assert result.get('failed') and 'allow_delete_all' in result['msg'], result
        assert calls == [], 'refused before any call'
    assert live(emu) == ['shop-000', 'shop-001']


def test_allow_delete_all_says_it_is_meant(emu):
    seed(emu, ['shop-000', 'shop-001', 'other-000'])
    result, calls = run(emu, state='overridden', config=[], scope={'name_prefix': 'shop-'}, allow_delete_all=True)
    assert not result.get('failed'), result
    assert calls.count('DeleteDatahubTask') == 2 and live(emu) == ['other-000']
    result, calls = run(emu, state='deleted', scope={}, allow_delete_all=True)
    assert not result.get('failed') and live(emu) == []


def test_without_max_deletions_a_prune_deletes_at_most_ten(emu):
    names = ['shop-%03d' % number for number in range(12)]
    seed(emu, names)
    result, calls = run(emu, state='overridden', config=[task('shop-000')], scope={'name_prefix': 'shop-'})
    assert result.get('failed'), result
    message = result['msg']
    assert 'deletes 11 tasks that no entry names, more than 10' in message, message
    assert 'task shop-001 (' in message and 'task shop-006 (' not in message and 'and 6 more' in message and 'max_deletions: 11' in message, message
    assert not set(calls) & set(WRITES) and live(emu) == names
    # ten are fine without max_deletions
    result, calls = run(emu, state='overridden', config=[task('shop-000'), task('shop-001')], scope={'name_prefix': 'shop-'})
    assert not result.get('failed') and calls.count('DeleteDatahubTask') == 10, result


def test_max_deletions_allows_more_and_entries_named_do_not_count_by_default(emu):
    names = ['shop-%03d' % number for number in range(12)]
    seed(emu, names)
    result, calls = run(emu, state='deleted', config=[task(name) for name in names])
    assert not result.get('failed') and calls.count('DeleteDatahubTask') == 12, result
    seed(emu, names)
    result, calls = run(emu, state='deleted', scope={'name_prefix': 'shop-'}, allow_delete_all=True, max_deletions=12)
    assert not result.get('failed') and calls.count('DeleteDatahubTask') == 12, result


def test_a_negative_max_deletions_is_refused_before_any_call(emu):
    result, calls = run(emu, state='overridden', config=[task('a')], scope={}, max_deletions=-1)
    assert result.get('failed') and 'max_deletions must be 0 or more, got -1' in result['msg'] and calls == []


# ---- options a state does not use, bounds ------------------------------------------------------------

@pytest.mark.parametrize('options, said', [
    (dict(state='gathered', config=[task('a')]), 'config is not used by state=gathered'),
    (dict(state='merged', config=[task('a')], scope={'name_prefix': 'a'}), 'scope is not used by state=merged'),
    (dict(state='merged', config=[task('a')], max_deletions=3), 'max_deletions is not used by state=merged'),
    (dict(state='merged', config=[task('a')], allow_delete_all=True), 'allow_delete_all is not used by state=merged'),
    (dict(state='rendered', config=[task('a')], scope={}), 'scope is not used by state=rendered'),
    (dict(state='gathered', scope={}, max_deletions=1), 'max_deletions is not used by state=gathered'),
    (dict(state='deleted', config=[task('a')], scope={}), 'scope is not used by state=deleted with config'),
    (dict(config=[task('a')], max_concurrency=10000), 'max_concurrency must be from 1 to 100, got 10000'),
    (dict(config=[task('a')], max_concurrency=0), 'max_concurrency must be from 1 to 100, got 0'),
    (dict(config=[task('a')], rate_limit=0), 'rate_limit must be greater than 0'),
    (dict(config=[task('a')], rate_limit=1000), 'at most 100 requests per second, got 1000'),
])
def test_options_a_state_does_not_use_and_bounds_are_refused_before_any_call(emu, options, said):
    result, calls = run(emu, **options)
    assert result.get('failed') and said in result['msg'], result
    assert calls == []


# ---- the plan in one line ------------------------------------------------------------------------------

def test_msg_summarises_the_plan_in_check_mode_and_after(emu):
    seed(emu, ['shop-000', 'shop-001', 'shop-002'])
    config = [task('shop-000'), new('shop-new')]
    config[0]['description'] = 'changed'
    options = dict(state='overridden', config=config, scope={'name_prefix': 'shop-'})
    result, calls = run(emu, check=True, **options)
    assert result['msg'] == '1 to create, 1 to update, 2 to delete (check mode: nothing was written)', result['msg']
    assert not set(calls) & set(WRITES)
    result, calls = run(emu, wait=False, **options)
    assert result['msg'] == '1 created, 1 updated, 2 deleted', result['msg']
    result, calls = run(emu, wait=False, **options)
    assert result['msg'] == '2 unchanged', result['msg']
    assert run(emu, state='gathered', scope={})[0]['msg'] == '2 tasks gathered'
