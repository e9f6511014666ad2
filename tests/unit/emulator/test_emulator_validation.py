# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Request validation at every depth, against the schema file and the API reference."""

import json
import os

import pytest

from emu_validation import ACTION_TYPES


def error(answer):
    assert 'Error' in answer, answer
    return answer['Error']['Code'], answer['Error']['Message']


@pytest.mark.parametrize('mutate,code,path', [
    (lambda p: p.pop('TaskName'), 'MissingParameter', '`TaskName`'),
    (lambda p: p['SourceResource'].pop('Type'), 'MissingParameter', '`SourceResource.Type`'),
    (lambda p: p['SourceResource']['KafkaParam'].pop('Resource'), 'MissingParameter', '`SourceResource.KafkaParam.Resource`'),
    (lambda p: p['Tags'][0].pop('TagValue'), 'MissingParameter', '`Tags.0.TagValue`'),
    (lambda p: p.update(TaskName=5), 'InvalidParameter', '`TaskName`'),
    (lambda p: p['SourceResource']['KafkaParam'].update(SelfBuilt='false'), 'InvalidParameter', '`SourceResource.KafkaParam.SelfBuilt`'),
    (lambda p: p['SourceResource']['KafkaParam'].update(StartTime='1635339533'), 'InvalidParameter',
     '`SourceResource.KafkaParam.StartTime`'),
    (lambda p: p['SourceResource']['KafkaParam'].update(StartTime=True), 'InvalidParameter', '`SourceResource.KafkaParam.StartTime`'),
    (lambda p: p['TargetResource'].update(EsParam=['x']), 'InvalidParameter', '`TargetResource.EsParam`'),
    (lambda p: p.update(Tags={'TagKey': 'a'}), 'InvalidParameter', '`Tags`'),
    (lambda p: p.update(Tags=['a']), 'InvalidParameter', '`Tags.0`'),
    (lambda p: p.update(Bogus=1), 'UnknownParameter', '`Bogus`'),
    (lambda p: p['SourceResource']['KafkaParam'].update(Bogus=1), 'UnknownParameter', '`SourceResource.KafkaParam.Bogus`'),
    (lambda p: p['Tags'][0].update(Extra='x'), 'UnknownParameter', '`Tags.0.Extra`'),
    (lambda p: p.update(TaskType='BOTH'), 'InvalidParameterValue', '`TaskType`'),
    (lambda p: p['SourceResource']['KafkaParam'].update(OffsetType='newest'), 'InvalidParameterValue',
     '`SourceResource.KafkaParam.OffsetType`'),
    (lambda p: p['SourceResource']['KafkaParam'].update(StartTime=-1), 'InvalidParameterValue', '`SourceResource.KafkaParam.StartTime`'),
    (lambda p: p['SourceResource'].pop('KafkaParam'), 'MissingParameter', '`SourceResource.KafkaParam`'),
    (lambda p: p['SourceResource']['KafkaParam'].update(OffsetType='timestamp'), 'MissingParameter',
     '`SourceResource.KafkaParam.StartTime`'),
    (lambda p: p['TargetResource'].update(Type='TOPIC'), 'MissingParameter', '`TargetResource.TopicParam`'),
])
def test_create_violations_name_the_full_path(api, task_params, mutate, code, path):
    params = task_params()
    mutate(params)
    found_code, message = error(api('CreateDatahubTask', params))
    assert found_code == code
    assert path in message


@pytest.mark.parametrize('name,ok', [
    ('a', True), ('Task-1.x_y', True), ('a' * 64, True), ('a' * 65, False), ('1task', False), ('-task', False),
    ('has space', False), ('', False), ('t\u00e2che', False), ('task/1', False),
])
def test_task_name_rule(api, task_params, name, ok):
    answer = api('CreateDatahubTask', task_params(TaskName=name))
    if ok:
        assert 'Result' in answer
        task_id = answer['Result']['TaskId']
        assert 'Result' in api('ModifyDatahubTask', {'TaskId': task_id, 'TaskName': name})
    else:
        assert error(answer)[0] == 'InvalidParameterValue'
        assert '`TaskName`' in error(answer)[1]


def test_modify_checks_task_name(api, task_params):
    task_id = api('CreateDatahubTask', task_params())['Result']['TaskId']
    assert error(api('ModifyDatahubTask', {'TaskId': task_id, 'TaskName': '9lives'}))[0] == 'InvalidParameterValue'


def test_deprecated_member_accepted(api, task_params):
    assert 'Result' in api('CreateDatahubTask', task_params(PrivateLinkParam={'ServiceVip': '10.0.0.1', 'UniqVpcId': 'vpc-abc'}))


def test_null_member_counts_as_unset(api, task_params):
    assert 'Result' in api('CreateDatahubTask', task_params(Description=None, SchemaId=None))
    assert error(api('CreateDatahubTask', task_params(TaskName=None)))[0] == 'MissingParameter'


def test_client_task_id_and_duplicate(api, task_params):
    answer = api('CreateDatahubTask', task_params(TaskId='task-mine0001'))
    assert answer['Result'] == {'TaskId': 'task-mine0001', 'DatahubId': 'datahub-mine0001'}
    code, message = error(api('CreateDatahubTask', task_params(TaskId='task-mine0001', TaskName='other')))
    assert code == 'InvalidParameterValue.RepetitionValue'
    assert 'task-mine0001' in message
    assert error(api('CreateDatahubTask', task_params(TaskId='bad id!')))[0] == 'InvalidParameterValue'


@pytest.mark.parametrize('action,params,code,path', [
    ('DescribeDatahubTask', {}, 'MissingParameter', '`TaskId`'),
    ('DescribeDatahubTask', {'TaskId': 7}, 'InvalidParameter', '`TaskId`'),
    ('DeleteDatahubTask', {}, 'MissingParameter', '`TaskId`'),
    ('PauseDatahubTask', {'TaskId': 'task-a', 'Force': True}, 'UnknownParameter', '`Force`'),
    ('ResumeDatahubTask', {'TaskId': None}, 'MissingParameter', '`TaskId`'),
    ('RestartDatahubTask', {'TaskId': ['task-a']}, 'InvalidParameter', '`TaskId`'),
    ('DescribeDatahubTasks', {'Limit': 0}, 'InvalidParameterValue', '`Limit`'),
    ('DescribeDatahubTasks', {'Limit': '10'}, 'InvalidParameter', '`Limit`'),
    ('DescribeDatahubTasks', {'Offset': -1}, 'InvalidParameterValue', '`Offset`'),
    ('DescribeDatahubTasks', {'TaskType': 'OTHER'}, 'InvalidParameterValue', '`TaskType`'),
    ('DescribeDatahubTasks', {'Filters': []}, 'UnknownParameter', '`Filters`'),
    ('ModifyDatahubTask', {'TaskName': 'x'}, 'MissingParameter', '`TaskId`'),
    ('ModifyDatahubTask', {'TaskId': 'task-a', 'TasksMax': 0}, 'InvalidParameterValue', '`TasksMax`'),
    ('ModifyDatahubTask', {'TaskId': 'task-a', 'TasksMax': 1.5}, 'InvalidParameter', '`TasksMax`'),
    ('ModifyDatahubTask', {'TaskId': 'task-a', 'AutoExpandFlag': 'yes'}, 'InvalidParameter', '`AutoExpandFlag`'),
    ('ModifyDatahubTask', {'TaskId': 'task-a', 'TaskMax': 2}, 'UnknownParameter', '`TaskMax`'),
])
def test_other_actions_validated(api, action, params, code, path):
    found_code, message = error(api(action, params))
    assert found_code == code
    assert path in message


def test_limit_above_100_is_capped(api, task_params):
    answer = api('DescribeDatahubTasks', {'Limit': 1000})
    assert answer['Result']['TotalCount'] == 0


def test_action_request_types_match_tccli():
    """The built-in request types of the other actions follow tccli's api.json (read at test time only)."""
    tccli = pytest.importorskip('tccli')
    path = os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'api.json')
    with open(path, encoding='utf-8') as handle:
        api_json = json.load(handle)
    kinds = {'string': 'str', 'int64': 'int', 'uint64': 'int', 'bool': 'bool'}

    def kind(member):
        if member['type'] == 'list':
            return ('list', member['member'])
        return (kinds[member['member']], member['member'])

    for type_name, members in ACTION_TYPES.items():
        expected = {m['name']: (kind(m), bool(m.get('required'))) for m in api_json['objects'][type_name]['members']}
        found = {m['api_name']: ((m['type'], m['ref'] if m['type'] == 'list' else m['api_type']), bool(m['required']))
                 for m in members}
        assert found == expected, type_name


def test_schema_root_matches_tccli():
    tccli = pytest.importorskip('tccli')
    path = os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'api.json')
    with open(path, encoding='utf-8') as handle:
        api_json = json.load(handle)
    schema_path = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'schema', 'datahub_task.json')
    with open(schema_path, encoding='utf-8') as handle:
        schema = json.load(handle)
    expected = [m['name'] for m in api_json['objects']['CreateDatahubTaskRequest']['members']]
    assert [m['api_name'] for m in schema['types'][schema['root']]['members']] == expected
