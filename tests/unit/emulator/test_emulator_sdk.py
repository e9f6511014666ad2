# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The official tencentcloud-sdk-python drives every action and parses every answer."""

import re
import time

import pytest
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException

from api_shapes import assert_shape

TRANSITION = 0.3  # the transition_seconds conftest.py starts the emulator with


def wait_status(sdk, task_id, status, timeout=5.0):
    deadline = time.time() + timeout
    while True:
        result = sdk.call('DescribeDatahubTask', {'TaskId': task_id}).Result
        if result.Status == status or time.time() > deadline:
            return result
        time.sleep(0.05)


def test_create_and_describe_parse_into_models(sdk, task_params):
    created = sdk.call('CreateDatahubTask', task_params())
    assert isinstance(created, sdk.models.CreateDatahubTaskResponse)
    task_id = created.Result.TaskId
    assert re.match(r'^task-[a-z0-9]{8}$', task_id)
    assert created.Result.DatahubId == 'datahub-' + task_id[5:]
    assert re.match(r'^[0-9a-f-]{36}$', created.RequestId)

    result = sdk.call('DescribeDatahubTask', {'TaskId': task_id}).Result
    assert isinstance(result, sdk.models.DescribeDatahubTaskRes)
    assert result.TaskId == task_id
    assert result.TaskName == 'kafka-to-es'
    assert result.TaskType == 'SINK'
    assert result.Status == 0
    assert result.DatahubId == created.Result.DatahubId
    assert re.match(r'^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$', result.CreateTime)
    assert result.Connections == []
    assert result.SchemaId == '' and result.SchemaName == ''
    assert result.TransformParam is None and result.TransformsParam is None
    assert result.Description == 'sink to es'
    assert result.TaskMax == 1 and result.AutoExpandFlag is False
    assert [(t.TagKey, t.TagValue) for t in result.Tags] == [('team', 'data')]
    kafka = result.SourceResource.KafkaParam
    assert isinstance(kafka, sdk.models.KafkaParam)
    assert result.SourceResource.Type == 'KAFKA'
    assert kafka.Resource == 'ckafka-7kd5rzza' and kafka.Topic == 'topic-test' and kafka.SelfBuilt is False
    assert re.match(r'^topic-[a-z0-9]{8}$', kafka.TopicId)
    assert kafka.ZoneId == 100006 and kafka.PartitionNum >= 1 and kafka.ResourceName
    es = result.TargetResource.EsParam
    assert es.Index == 'index' and es.UserName == 'elastic'
    assert es.Password is None
    assert result.SourceResource.EsParam is None and result.TargetResource.KafkaParam is None

    running = wait_status(sdk, task_id, 1)
    assert running.Status == 1


def test_describe_answer_has_every_member(emu, api, task_params):
    task_id = api('CreateDatahubTask', task_params())['Result']['TaskId']
    result = api('DescribeDatahubTask', {'TaskId': task_id})['Result']
    schema = emu_schema_members()
    assert set(result['SourceResource']) == set(schema['DatahubResource'])
    assert set(result['SourceResource']['KafkaParam']) == set(schema['KafkaParam'])
    assert all(result['SourceResource'][name] is None for name in schema['DatahubResource'] if name not in ('Type', 'KafkaParam'))
    for name in ('TaskId', 'TaskName', 'TaskType', 'Status', 'SourceResource', 'TargetResource', 'Connections', 'CreateTime',
                 'TransformParam', 'DatahubId', 'SchemaId', 'SchemaName', 'TransformsParam', 'ErrorMessage', 'Tags',
                 'Description', 'TaskMax', 'SyncThrottleLimit', 'AutoExpandFlag'):
        assert name in result
    assert 'es-Pa55word-7741' not in str(result)


def emu_schema_members():
    import json  # pylint: disable=import-outside-toplevel
    import os  # pylint: disable=import-outside-toplevel
    path = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'schema', 'datahub_task.json')
    with open(path, encoding='utf-8') as handle:
        data = json.load(handle)
    return {name: [m['api_name'] for m in spec['members']] for name, spec in data['types'].items()}


def test_describe_tasks_parses(sdk, task_params):
    sdk.call('CreateDatahubTask', task_params(TaskName='one'))
    sdk.call('CreateDatahubTask', task_params(TaskName='two'))
    answer = sdk.call('DescribeDatahubTasks', {'Limit': 1, 'Offset': 0})
    assert isinstance(answer.Result, sdk.models.DescribeDatahubTasksRes)
    assert answer.Result.TotalCount == 2
    assert len(answer.Result.TaskList) == 1
    info = answer.Result.TaskList[0]
    assert isinstance(info, sdk.models.DatahubTaskInfo)
    assert info.TaskName == 'two'
    assert info.SourceResource.KafkaParam.Resource == 'ckafka-7kd5rzza'
    assert info.TaskCurrentStep == 'CREATING' and info.StepList == []
    assert isinstance(info.TaskProgress, float)


def test_modify_and_every_transition(sdk, task_params):
    task_id = sdk.call('CreateDatahubTask', task_params()).Result.TaskId
    modified = sdk.call('ModifyDatahubTask', {'TaskId': task_id, 'TaskName': 'renamed', 'Description': 'new', 'TasksMax': 3,
                                              'SyncThrottleLimit': 100, 'AutoExpandFlag': True})
    assert isinstance(modified.Result, sdk.models.DatahubTaskIdRes)
    assert modified.Result.TaskId == task_id
    result = wait_status(sdk, task_id, 1)
    assert (result.TaskName, result.Description, result.TaskMax, result.SyncThrottleLimit, result.AutoExpandFlag) == (
        'renamed', 'new', 3, 100, True)

    assert sdk.call('PauseDatahubTask', {'TaskId': task_id}).Result.TaskId == task_id
    assert sdk.call('DescribeDatahubTask', {'TaskId': task_id}).Result.Status == 5
    assert wait_status(sdk, task_id, 6).Status == 6
    assert sdk.call('ResumeDatahubTask', {'TaskId': task_id}).Result.TaskId == task_id
    assert sdk.call('DescribeDatahubTask', {'TaskId': task_id}).Result.Status == 8
    assert wait_status(sdk, task_id, 1).Status == 1
    assert sdk.call('RestartDatahubTask', {'TaskId': task_id}).Result.TaskId == task_id
    assert sdk.call('DescribeDatahubTask', {'TaskId': task_id}).Result.Status == 8
    assert wait_status(sdk, task_id, 1).Status == 1
    assert sdk.call('DeleteDatahubTask', {'TaskId': task_id}).Result.TaskId == task_id
    assert sdk.call('DescribeDatahubTask', {'TaskId': task_id}).Result.Status == 2
    time.sleep(TRANSITION + 0.05)
    with pytest.raises(TencentCloudSDKException) as error:
        sdk.call('DescribeDatahubTask', {'TaskId': task_id})
    assert error.value.code == 'ResourceNotFound'
    assert error.value.requestId


def test_sdk_sees_errors_as_exceptions(sdk):
    with pytest.raises(TencentCloudSDKException) as error:
        sdk.call('PauseDatahubTask', {'TaskId': 'task-missing0'})
    assert error.value.code == 'ResourceNotFound'
    bad = sdk.make_client(sdk.client.credential.secretId, 'not-the-key')
    with pytest.raises(TencentCloudSDKException) as error:
        sdk.call('DescribeDatahubTasks', {}, client=bad)
    assert error.value.code == 'AuthFailure.SignatureFailure'
    unknown = sdk.make_client('AKIDunknown', 'whatever')
    with pytest.raises(TencentCloudSDKException) as error:
        sdk.call('DescribeDatahubTasks', {}, client=unknown)
    assert error.value.code == 'AuthFailure.SecretIdNotFound'


def test_sdk_with_security_token(sdk, emu):
    client = sdk.make_client(emu.secret_id, emu.secret_key, token='any-session-token-value')
    assert sdk.call('DescribeDatahubTasks', {}, client=client).Result.TotalCount == 0
    assert 'any-session-token-value' not in str(emu.requests())


def test_task_answers_have_the_api_shapes(api, task_params):
    """Every member api.json declares, each null or of its declared type, at every depth."""
    task_id = api('CreateDatahubTask', task_params())['Result']['TaskId']
    assert_shape(api('DescribeDatahubTask', {'TaskId': task_id})['Result'], 'DescribeDatahubTaskRes')
    assert_shape(api('DescribeDatahubTasks', {})['Result'], 'DescribeDatahubTasksRes')
    assert_shape(api('ModifyDatahubTask', {'TaskId': task_id, 'Description': 'x'})['Result'], 'DatahubTaskIdRes')
