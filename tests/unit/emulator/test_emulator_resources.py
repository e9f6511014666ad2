# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The resource table: every action routed to its resource and validated against its own request type,
a resource without a schema file skipped (not fatal), the admin views, and the server flags
--app-id and --refuse-client-task-id (and their config keys)."""

import json
import os
import shutil

import pytest

from api_shapes import SCHEMA_DIR
from emu_api import ACTIONS
from emu_instance_types import SCHEMA as INSTANCE_SCHEMA
from emu_resources import RESOURCES, request_type
from emu_validation import Schema
from harness import EmulatorError, start_emulator

TASK_SCHEMA = os.path.join(SCHEMA_DIR, 'datahub_task.json')
# The actions of CKafka instances and what lives on them: served without a schema file.
INSTANCE_ACTIONS = [action for resource in RESOURCES if resource.schema_file is None for action in resource.actions]


def error(answer):
    assert 'Error' in answer, answer
    return answer['Error']['Code'], answer['Error']['Message']


def test_table_covers_every_action_once():
    names = [action for resource in RESOURCES for action in resource.actions]
    assert len(names) == len(set(names)) == len(ACTIONS) == 24 + len(INSTANCE_ACTIONS)
    for resource in RESOURCES:
        for action in resource.actions:
            assert callable(getattr(resource.handlers, action)), action


@pytest.mark.parametrize('resource', RESOURCES, ids=lambda r: r.name)
def test_each_action_has_its_own_request_type(resource):
    if resource.schema_file is None:
        schema = Schema(INSTANCE_SCHEMA, resource.name)
    else:
        path = os.path.join(SCHEMA_DIR, resource.schema_file)
        if not os.path.exists(path):
            pytest.skip('%s is missing' % path)
        schema = Schema.load(path, resource.name)
    for action, kind in resource.actions.items():
        type_name = request_type(schema, action, kind)
        assert type_name == action + 'Request' and type_name in schema.types, (action, type_name)


def test_actions_validated_against_their_own_root(emu, api, task_params):
    """A member of another resource's request is unknown, at the top and inside a block."""
    served = emu.health()['config']['resources']
    assert error(api('CreateDatahubTask', task_params(ResourceName='x')))[0] == 'UnknownParameter'
    if 'connect_resource' in served:
        code, message = error(api('CreateConnectResource', task_params()))
        assert code == 'UnknownParameter' and '`TaskName`' in message
        code, message = error(api('ModifyConnectResource', {'ResourceId': 'r', 'EsConnectParam': {'Resource': 'es', 'EsVersion': '7', 'Index': 'i'}}))
        assert code == 'UnknownParameter' and '`EsConnectParam.Index`' in message
    if 'datahub_topic' in served:
        assert error(api('CreateDatahubTopic', {'Name': '1-a', 'PartitionNum': 1, 'RetentionMs': 60000, 'TaskName': 'x'}))[0] == 'UnknownParameter'


def test_missing_schema_files_are_skipped(tmp_path):
    shutil.copy(TASK_SCHEMA, str(tmp_path / 'datahub_task.json'))
    with start_emulator(schema_dir=str(tmp_path), transition_seconds=0, rate_limit=0) as emu:
        assert 'Result' in emu.call('DescribeDatahubTasks', {})['Response']
        for action, name in (('CreateConnectResource', 'connect_resource'), ('DescribeDatahubTopic', 'datahub_topic')):
            code, message = error(emu.call(action, {})['Response'])
            assert code == 'InvalidAction' and action in message and str(tmp_path / (name + '.json')) in message
        config = emu.health()['config']
        assert config['resources'] == ['datahub_task', 'instance']
        assert sorted(config['skipped']) == ['connect_resource', 'datahub_message', 'datahub_sync_task', 'datahub_topic']
        assert emu.health()['resources'] == {'datahub_task': 0, 'instance': 0}
        stderr = emu.stderr()
    assert 'connect_resource.json not found' in stderr and 'datahub_topic.json not found' in stderr
    assert 'CreateConnectResource' in stderr


def test_no_schema_at_all_still_starts(tmp_path):
    with start_emulator(schema_dir=str(tmp_path)) as emu:
        assert error(emu.call('DescribeDatahubTasks', {})['Response'])[0] == 'InvalidAction'
        assert emu.tasks() == [] and emu.health()['tasks'] == 0
        assert error(emu.call('NoSuchAction', {})['Response'])[0] == 'InvalidAction'


def test_explicit_task_schema_must_exist(tmp_path):
    with pytest.raises(EmulatorError):
        start_emulator(schema=str(tmp_path / 'missing.json'))


def test_server_flags(task_params):
    with start_emulator(refuse_client_task_id=True, app_id=1250000000, rate_limit=0) as emu:
        config = emu.health()['config']
        assert config['refuse_client_task_id'] is True and config['app_id'] == '1250000000'
        code, message = error(emu.call('CreateDatahubTask', task_params(TaskId='task-mine0001'))['Response'])
        assert code == 'InvalidParameterValue' and '`TaskId`' in message
        assert emu.tasks() == []
        assert 'Result' in emu.call('CreateDatahubTask', task_params())['Response']
        if 'datahub_topic' in config['resources']:
            body = {'Name': '1300000000-orders', 'PartitionNum': 1, 'RetentionMs': 60000}
            assert error(emu.call('CreateDatahubTopic', body)['Response'])[0] == 'InvalidParameterValue'


def test_bad_app_id_flag_refused():
    with pytest.raises(EmulatorError):
        start_emulator(app_id='abc')


def test_refuse_client_task_id_config(emu, api, task_params):
    assert emu.configure(refuse_client_task_id=True)['refuse_client_task_id'] is True
    code, message = error(api('CreateDatahubTask', task_params(TaskId='task-mine0001')))
    assert code == 'InvalidParameterValue' and '`TaskId`' in message
    assert [e['error_code'] for e in emu.calls('CreateDatahubTask')] == ['InvalidParameterValue']
    assert 'Result' in api('CreateDatahubTask', task_params())
    emu.configure(refuse_client_task_id=False)
    assert api('CreateDatahubTask', task_params(TaskId='task-mine0001'))['Result']['TaskId'] == 'task-mine0001'


def test_config_refuses_bad_values(emu):
    for bad in ({'app_id': 'abc'}, {'colour': 'red'}):
        with pytest.raises(EmulatorError):
            emu.configure(**bad)


def test_admin_views_and_reset(emu, api, task_params, connection_params, topic_params):
    # Sync tasks are kept in the datahub_task store; messages are counted by partition (test_emulator_messages.py).
    served = [name for name in emu.health()['config']['resources'] if name not in ('datahub_sync_task', 'datahub_message')]
    api('CreateDatahubTask', task_params())
    if 'connect_resource' in served:
        api('CreateConnectResource', connection_params())
    if 'datahub_topic' in served:
        api('CreateDatahubTopic', topic_params())
    emu.seed('instance', [{'InstanceId': 'ckafka-views001', 'InstanceName': 'views'}])
    counts = emu.health()['resources']
    assert counts == dict({name: 1 for name in served}, datahub_sync_task=0, datahub_message=0)
    assert emu.resources('datahub_task') == emu.tasks()
    for name in served:
        assert len(emu.resources(name)) == 1
    with pytest.raises(EmulatorError):
        emu.resources('nothing')
    emu.reset()
    assert emu.health()['resources'] == dict({name: 0 for name in served}, datahub_sync_task=0, datahub_message=0)


def test_schema_without_a_modify_root_serves_the_other_actions(tmp_path):
    """A connect_resource schema without modify_root: ModifyConnectResource is not served, the rest is."""
    source = os.path.join(SCHEMA_DIR, 'connect_resource.json')
    if not os.path.exists(source):
        pytest.skip('schema/connect_resource.json is missing')
    with open(source, encoding='utf-8') as handle:
        data = json.load(handle)
    data.pop('modify_root', None)
    data['types'].pop('ModifyConnectResourceRequest', None)
    with open(str(tmp_path / 'connect_resource.json'), 'w', encoding='utf-8') as handle:
        json.dump(data, handle)
    with start_emulator(schema_dir=str(tmp_path), schema=TASK_SCHEMA, rate_limit=0) as emu:
        code, message = error(emu.call('ModifyConnectResource', {'ResourceId': 'resource-a'})['Response'])
        assert code == 'InvalidAction' and 'ModifyConnectResourceRequest' in message
        assert 'Result' in emu.call('DescribeConnectResources', {})['Response']
        assert 'ModifyConnectResource' in emu.health()['config']['unrouted']
        stderr = emu.stderr()
    assert 'has no request type ModifyConnectResourceRequest: ModifyConnectResource answers InvalidAction' in stderr
