# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Issue 29: a play that creates a connection and wires its id into a task previews in check mode from an
empty account (docs/cookbook/pipelines.md's first example), through the modules' main() against the
emulator. A predicted create returns "(known after creation)" as the id the service chooses; the modules
take it in check mode only and refuse it in a real run before any call."""

import contextlib
import io
import json
import os
import sys

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.known_after import PLACEHOLDER
from ansible_collections.tencentcloud.ckafka.plugins.modules import connect_resource, datahub_task, datahub_tasks

EMULATOR_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'emulator'))
if EMULATOR_DIR not in sys.path:
    sys.path.insert(0, EMULATOR_DIR)

from harness import start_emulator  # noqa: E402  pylint: disable=wrong-import-position

CONNECTION = dict(resource_name='clicks-search', type='ES', es_connect_param=dict(
    resource='es-abcd1234', port=9200, user_name='elastic', password='doc-Es-Secret-4711', self_built=False,
    service_vip='10.0.0.12', uniq_vpc_id='vpc-abcd1234'))


def task(resource):
    return dict(task_name='clicks-to-es', task_type='SINK',
                source_resource=dict(type='KAFKA', kafka_param=dict(self_built=False, resource='ckafka-7kd5rzza', topic='clicks')),
                target_resource=dict(type='ES', es_param=dict(resource=resource, index='clicks')))


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


def run(emu, module, check=False, **options):  # pylint: disable=redefined-outer-name
    before = len(emu.requests())
    args = dict(secret_id=emu.secret_id, secret_key=emu.secret_key, region='ap-guangzhou', endpoint=emu.endpoint,
                max_retries=0, _ansible_check_mode=check)
    args.update(options)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.raises(SystemExit):
            module.main()
    return json.loads(stdout.getvalue()), [call['action'] for call in emu.requests()[before:]]


def test_the_pipelines_first_example_previews_from_an_empty_account(emu):
    connection, calls = run(emu, connect_resource, check=True, **CONNECTION)
    assert not connection.get('failed') and connection['changed'] is True, connection
    assert connection['resource_id'] == PLACEHOLDER
    result, calls = run(emu, datahub_task, check=True, **task(connection['resource_id']))
    assert not result.get('failed'), result
    assert result['changed'] is True and result['task_id'] == PLACEHOLDER
    assert result['task']['target_resource']['es_param']['resource'] == PLACEHOLDER
    assert not [call for call in calls if not call.startswith('Describe')] and emu.tasks() == []


def test_a_real_run_refuses_the_placeholder_before_any_call(emu):
    result, calls = run(emu, datahub_task, **task(PLACEHOLDER))
    assert result.get('failed') and 'target_resource.es_param.resource is "(known after creation)"' in result['msg'], result
    assert calls == []
    result, calls = run(emu, datahub_tasks, config=[task(PLACEHOLDER)])
    assert result.get('failed') and 'config[0] (clicks-to-es)' in result['msg'] and PLACEHOLDER in result['msg'], result
    assert calls == []


def test_an_id_known_after_creation_names_no_resource_in_check_mode(emu):
    result, calls = run(emu, datahub_task, check=True, task_id=PLACEHOLDER, state='absent')
    assert not result.get('failed') and result['changed'] is False, result
    assert calls == []


def test_a_fleet_run_previews_with_placeholders_and_returns_them(emu):
    connections, calls = run(emu, connect_resource, check=True, **CONNECTION)
    result, calls = run(emu, datahub_tasks, check=True, config=[task(connections['resource_id'])])
    assert not result.get('failed'), result
    assert result['results'][0]['action'] == 'created' and result['results'][0]['task_id'] == PLACEHOLDER
