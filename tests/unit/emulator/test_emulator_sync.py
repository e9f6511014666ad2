# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The three sync Create actions: the official SDK sends tccli's example of each and parses the answer; the
task is a DIP task (DescribeDatahubTask(s), pause, resume, delete); requests are validated per action."""

import json
import os
import time

import pytest

from api_shapes import assert_shape, schema_present

pytestmark = schema_present('datahub_sync_task')

KINDS = {
    'CreateMetaSyncDatahubTask': 'META_SYNC_INSTANCE_TYPE',
    'CreateMetaAndDataSyncDatahubTask': 'META_AND_DATA_SYNC_INSTANCE_TYPE',
    'CreateMetaDataAndOffsetSyncDatahubTask': 'META_DATA_AND_OFFSET_SYNC_INSTANCE_TYPE',
}


def example(action):
    tccli = pytest.importorskip('tccli')
    path = os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'examples.json')
    with open(path, encoding='utf-8') as handle:
        text = json.load(handle)['actions'][action][0]['input']
    return json.loads(text[text.index('{'):])


def kafka_connection(api, name):
    answer = api('CreateConnectResource', {'ResourceName': name, 'Type': 'KAFKA',
                                           'KafkaConnectParam': {'Resource': 'ckafka-' + name, 'SelfBuilt': False}})
    return answer['Result']['ResourceId']


@pytest.fixture
def body(api):
    source, target = kafka_connection(api, 'source'), kafka_connection(api, 'target')

    def make(action, **changes):
        params = example(action)
        params.update(SourceResourceId=source, TargetResourceId=target)
        params.update(changes)
        return params
    make.connections = (source, target)
    return make


def wait_status(sdk, task_id, status, timeout=5.0):
    deadline = time.time() + timeout
    while True:
        result = sdk.call('DescribeDatahubTask', {'TaskId': task_id}).Result
        if result.Status == status or time.time() > deadline:
            return result
        time.sleep(0.05)


@pytest.mark.parametrize('action', sorted(KINDS))
def test_the_sdk_sends_each_example_and_the_task_is_a_dip_task(emu, sdk, api, body, action):
    created = sdk.call(action, body(action))
    assert isinstance(created, getattr(sdk.models, action + 'Response'))
    assert isinstance(created.Result, sdk.models.CreateDatahubTaskRes)
    task_id = created.Result.TaskId
    assert task_id.startswith('task-') and created.Result.DatahubId == 'datahub-' + task_id[5:]

    result = sdk.call('DescribeDatahubTask', {'TaskId': task_id}).Result
    assert result.Status == 0 and result.TaskType == 'SOURCE' and result.TaskName == example(action)['TaskName']
    source, target = result.SourceResource, result.TargetResource
    assert source.Type == 'KAFKA' and target.Type == 'KAFKA'
    assert source.KafkaParam.Resource == body.connections[0] and target.KafkaParam.Resource == body.connections[1]
    assert source.KafkaParam.ConnectorSyncType == KINDS[action]
    assert source.KafkaParam.TopicList == example(action).get('TopicList')
    assert source.KafkaParam.Prefix == example(action).get('Prefix')
    assert_shape(api('DescribeDatahubTask', {'TaskId': task_id})['Result'], 'DescribeDatahubTaskRes')

    listed = sdk.call('DescribeDatahubTasks', {'SearchWord': example(action)['TaskName']}).Result
    assert [task.TaskId for task in listed.TaskList] == [task_id]
    assert wait_status(sdk, task_id, 1).Status == 1
    sdk.call('PauseDatahubTask', {'TaskId': task_id})
    assert wait_status(sdk, task_id, 6).Status == 6
    sdk.call('ResumeDatahubTask', {'TaskId': task_id})
    assert wait_status(sdk, task_id, 1).Status == 1
    sdk.call('DeleteDatahubTask', {'TaskId': task_id})
    time.sleep(0.4)
    assert api('DescribeDatahubTask', {'TaskId': task_id})['Error']['Code'] == 'ResourceNotFound'


def error(answer):
    assert 'Error' in answer, answer
    return answer['Error']['Code'], answer['Error']['Message']


@pytest.mark.parametrize('action, changes, code, where', [
    ('CreateMetaSyncDatahubTask', {'TopicList': ['a']}, 'UnknownParameter', 'TopicList'),
    ('CreateMetaSyncDatahubTask', {'OffsetType': 'latest'}, 'UnknownParameter', 'OffsetType'),
    ('CreateMetaDataAndOffsetSyncDatahubTask', {'OffsetType': 'timestamp'}, 'InvalidParameterValue', 'OffsetType'),
    ('CreateMetaAndDataSyncDatahubTask', {'Separator': '/'}, 'InvalidParameterValue', 'Separator'),
    ('CreateMetaAndDataSyncDatahubTask', {'TopicRegularExpression': '^a'}, 'InvalidParameterValue', 'TopicList'),
    ('CreateMetaAndDataSyncDatahubTask', {'TaskName': '1-starts-with-a-digit'}, 'InvalidParameterValue', 'TaskName'),
    ('CreateMetaAndDataSyncDatahubTask', {'SourceResourceId': 'resource-nothere'}, 'ResourceNotFound', 'resource-nothere'),
])
def test_requests_are_validated_per_action(emu, api, body, action, changes, code, where):
    found_code, message = error(api(action, body(action, **changes)))
    assert found_code == code and where in message
    assert emu.tasks() == []


def test_a_connection_of_another_type_is_refused(emu, api, body, connection_params):
    es = api('CreateConnectResource', connection_params())['Result']['ResourceId']
    code, message = error(api('CreateMetaSyncDatahubTask', body('CreateMetaSyncDatahubTask', TargetResourceId=es)))
    assert code == 'InvalidParameterValue' and 'KAFKA' in message and 'TargetResourceId' in message


def test_a_connection_used_by_a_sync_task_is_not_deleted(emu, api, body):
    api('CreateMetaSyncDatahubTask', body('CreateMetaSyncDatahubTask'))
    code = error(api('DeleteConnectResource', {'ResourceId': body.connections[0]}))[0]
    assert code.startswith('FailedOperation') or code.startswith('ResourceInUse'), code
