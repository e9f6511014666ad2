# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""DIP topics: the official SDK drives every action; the API's answer shapes, the name rule, statuses,
duplicates, paging and filters, and the per-topic credentials (Describe only, never logged)."""

import re
import time

import pytest
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException

from api_shapes import assert_shape, schema_present

pytestmark = schema_present('datahub_topic')
TRANSITION = 0.3  # the transition_seconds conftest.py starts the emulator with
NAME = '1250000000-orders'


def settle():
    time.sleep(TRANSITION + 0.05)


def error(answer):
    assert 'Error' in answer, answer
    return answer['Error']['Code'], answer['Error']['Message']


def describe(api, name=NAME):
    answer = api('DescribeDatahubTopic', {'Name': name})
    return answer['Result'] if 'Result' in answer else answer['Error']['Code']


def listing(api, **params):
    result = api('DescribeDatahubTopics', params)['Result']
    return result['TotalCount'], [t['Name'] for t in result['TopicList']]


# ---- the SDK and the shapes ----------------------------------------------------------------------

def test_sdk_drives_every_action(sdk, topic_params):
    models = sdk.models
    created = sdk.call('CreateDatahubTopic', topic_params())
    assert isinstance(created.Result, models.DatahubTopicResp)
    assert created.Result.TopicName == NAME and re.match(r'^topic-[a-z0-9]{8}$', created.Result.TopicId)

    result = sdk.call('DescribeDatahubTopic', {'Name': NAME}).Result
    assert isinstance(result, models.DescribeDatahubTopicResp)
    assert (result.Name, result.TopicName, result.TopicId, result.PartitionNum, result.RetentionMs, result.Note, result.Status) == (
        NAME, NAME, created.Result.TopicId, 3, 86400000, 'orders', 1)
    assert re.match(r'^[a-z0-9]{12}$', result.UserName) and re.match(r'^[0-9a-f]{32}$', result.Password)
    assert result.Address

    listed = sdk.call('DescribeDatahubTopics', {'Limit': 100}).Result
    assert isinstance(listed, models.DescribeDatahubTopicsResp) and listed.TotalCount == 1
    assert isinstance(listed.TopicList[0], models.DatahubTopicDTO) and listed.TopicList[0].TopicId == created.Result.TopicId

    modified = sdk.call('ModifyDatahubTopic', {'Name': NAME, 'RetentionMs': 60000, 'Note': 'short'}).Result
    assert isinstance(modified, models.JgwOperateResponse) and modified.ReturnCode == '0'
    assert isinstance(modified.Data, models.OperateResponseData) and isinstance(modified.Data.RouteDTO, models.RouteDTO)
    result = sdk.call('DescribeDatahubTopic', {'Name': NAME}).Result
    assert (result.RetentionMs, result.Note, result.PartitionNum) == (60000, 'short', 3)

    assert sdk.call('DeleteDatahubTopic', {'Name': NAME}).Result.ReturnCode == '0'
    assert sdk.call('DescribeDatahubTopic', {'Name': NAME}).Result.Status == 2
    settle()
    with pytest.raises(TencentCloudSDKException) as raised:
        sdk.call('DescribeDatahubTopic', {'Name': NAME})
    assert raised.value.code == 'ResourceNotFound' and NAME in raised.value.message


def test_answers_have_the_api_shapes(api, topic_params):
    assert_shape(api('CreateDatahubTopic', topic_params())['Result'], 'DatahubTopicResp')
    assert_shape(describe(api), 'DescribeDatahubTopicResp')
    assert_shape(api('DescribeDatahubTopics', {})['Result'], 'DescribeDatahubTopicsResp')
    assert_shape(api('ModifyDatahubTopic', {'Name': NAME, 'RetentionMs': 70000})['Result'], 'JgwOperateResponse')
    assert_shape(api('DeleteDatahubTopic', {'Name': NAME})['Result'], 'JgwOperateResponse')
    assert_shape(describe(api), 'DescribeDatahubTopicResp')


# ---- statuses and duplicates ---------------------------------------------------------------------

def test_statuses_and_duplicates(api, topic_params):
    api('CreateDatahubTopic', topic_params())
    assert describe(api)['Status'] == 1  # in use at once
    code, message = error(api('CreateDatahubTopic', topic_params(PartitionNum=1)))
    assert code == 'InvalidParameterValue.TopicNameAlreadyExist' and NAME in message
    api('DeleteDatahubTopic', {'Name': NAME})
    assert describe(api)['Status'] == 2
    assert error(api('CreateDatahubTopic', topic_params()))[0] == 'InvalidParameterValue.TopicNameAlreadyExist'
    assert error(api('ModifyDatahubTopic', {'Name': NAME, 'RetentionMs': 60000}))[0] == 'FailedOperation'
    assert error(api('DeleteDatahubTopic', {'Name': NAME}))[0] == 'FailedOperation'
    settle()
    assert describe(api) == 'ResourceNotFound'
    assert error(api('DeleteDatahubTopic', {'Name': NAME}))[0] == 'ResourceNotFound'
    assert error(api('ModifyDatahubTopic', {'Name': NAME, 'RetentionMs': 60000}))[0] == 'ResourceNotFound'
    first_id = api('CreateDatahubTopic', topic_params())['Result']['TopicId']  # the name is free again
    assert describe(api)['TopicId'] == first_id


def test_each_topic_has_its_own_credentials(api, topic_params):
    api('CreateDatahubTopic', topic_params())
    api('CreateDatahubTopic', topic_params('1250000000-payments'))
    one, two = describe(api), describe(api, '1250000000-payments')
    assert one['UserName'] != two['UserName'] and one['Password'] != two['Password']
    assert describe(api) == one  # stable


def test_credentials_only_in_describe(emu, api, topic_params):
    api('CreateDatahubTopic', topic_params())
    password = describe(api)['Password']
    user = describe(api)['UserName']
    api('ModifyDatahubTopic', {'Name': NAME, 'RetentionMs': 60000})
    for text in (str(api('DescribeDatahubTopics', {})), str(emu.requests())):
        assert password not in text and user not in text and 'Password' not in text


# ---- validation ----------------------------------------------------------------------------------

@pytest.mark.parametrize('name,ok', [
    ('1250000000-orders', True), ('1-a', True), ('12-A-b-9', True), ('1250000000-' + 'a' * 117, True),
    ('1250000000-' + 'a' * 118, False), ('orders', False), ('-orders', False), ('1250000000-', False),
    ('1250000000_orders', False), ('1250000000-or.ders', False), ('abc-orders', False), ('1250000000-ord ers', False),
])
def test_name_rule(api, topic_params, name, ok):
    answer = api('CreateDatahubTopic', topic_params(name))
    if ok:
        assert answer['Result']['TopicName'] == name
    else:
        code, message = error(answer)
        assert code == 'InvalidParameterValue' and '`Name`' in message


def test_app_id_enforced_when_configured(emu, api, topic_params):
    emu.configure(app_id='1250000000')
    assert 'Result' in api('CreateDatahubTopic', topic_params('1250000000-ok'))
    code, message = error(api('CreateDatahubTopic', topic_params('1300000000-other')))
    assert code == 'InvalidParameterValue' and '`Name`' in message and '1250000000' in message
    emu.configure(app_id=None)
    assert 'Result' in api('CreateDatahubTopic', topic_params('1300000000-other'))


@pytest.mark.parametrize('changes,code,path', [
    ({'PartitionNum': 0}, 'InvalidParameterValue', '`PartitionNum`'),
    ({'PartitionNum': 501}, 'InvalidParameterValue', '`PartitionNum`'),
    ({'PartitionNum': '3'}, 'InvalidParameter', '`PartitionNum`'),
    ({'PartitionNum': None}, 'MissingParameter', '`PartitionNum`'),
    ({'RetentionMs': 59999}, 'InvalidParameterValue', '`RetentionMs`'),
    ({'RetentionMs': None}, 'MissingParameter', '`RetentionMs`'),
    ({'Note': 'n' * 65}, 'InvalidParameterValue', '`Note`'),
    ({'Tags': [{'TagKey': 'a'}]}, 'MissingParameter', '`Tags.0.TagValue`'),
    ({'Partitions': 3}, 'UnknownParameter', '`Partitions`'),
])
def test_create_violations(api, topic_params, changes, code, path):
    found, message = error(api('CreateDatahubTopic', topic_params(**changes)))
    assert found == code and path in message, message


def test_create_limits_accepted(api, topic_params):
    assert 'Result' in api('CreateDatahubTopic', topic_params(PartitionNum=500, RetentionMs=60000, Note='n' * 64))
    assert 'Result' in api('CreateDatahubTopic', topic_params('1250000000-minimal', PartitionNum=1, Note=None, Tags=None))
    assert describe(api, '1250000000-minimal')['Note'] == ''


@pytest.mark.parametrize('action,params,code,path', [
    ('ModifyDatahubTopic', {'Name': NAME}, 'MissingParameter', '`RetentionMs`'),
    ('ModifyDatahubTopic', {'Name': NAME, 'RetentionMs': 1000}, 'InvalidParameterValue', '`RetentionMs`'),
    ('ModifyDatahubTopic', {'Name': NAME, 'RetentionMs': 60000, 'Note': 'n' * 65}, 'InvalidParameterValue', '`Note`'),
    ('ModifyDatahubTopic', {'Name': NAME, 'RetentionMs': 60000, 'PartitionNum': 4}, 'UnknownParameter', '`PartitionNum`'),
    ('DescribeDatahubTopic', {}, 'MissingParameter', '`Name`'),
    ('DeleteDatahubTopic', {'Name': 1}, 'InvalidParameter', '`Name`'),
    ('DescribeDatahubTopics', {'Limit': 0}, 'InvalidParameterValue', '`Limit`'),
    ('DescribeDatahubTopics', {'Limit': 101}, 'InvalidParameterValue', '`Limit`'),
    ('DescribeDatahubTopics', {'Offset': -1}, 'InvalidParameterValue', '`Offset`'),
    ('DescribeDatahubTopics', {'QueryFromConnectResource': 'yes'}, 'InvalidParameter', '`QueryFromConnectResource`'),
    ('DescribeDatahubTopics', {'QueryFromConnectResource': True}, 'MissingParameter', '`ConnectResourceId`'),
    ('DescribeDatahubTopics', {'TopicRegularExpression': '('}, 'InvalidParameterValue', '`TopicRegularExpression`'),
])
def test_other_actions_validated(api, topic_params, action, params, code, path):
    api('CreateDatahubTopic', topic_params())
    found, message = error(api(action, params))
    assert found == code and path in message, message


def test_modify_replaces_note_and_tags(api, topic_params):
    api('CreateDatahubTopic', topic_params())
    api('ModifyDatahubTopic', {'Name': NAME, 'RetentionMs': 120000, 'Tags': [{'TagKey': 'k', 'TagValue': 'v'}]})
    result = describe(api)
    assert (result['RetentionMs'], result['Note']) == (120000, 'orders')  # Note unchanged when not sent
    api('ModifyDatahubTopic', {'Name': NAME, 'RetentionMs': 120000, 'Note': ''})
    assert describe(api)['Note'] == ''


# ---- paging and filters --------------------------------------------------------------------------

def test_paging(api, topic_params):
    names = ['1250000000-t%03d' % i for i in range(105)]
    for name in names:
        api('CreateDatahubTopic', topic_params(name, Tags=None))
    total, page = listing(api)
    assert total == 105 and len(page) == 20 and page[0] == names[-1]  # newest first, 20 by default
    first, second = listing(api, Limit=100)[1], listing(api, Limit=100, Offset=100)[1]
    assert len(first) == 100 and len(second) == 5 and sorted(first + second) == names
    assert listing(api, Limit=3, Offset=3)[1] == page[3:6]


def test_filters(api, topic_params):
    ids = {}
    for name in ('1250000000-orders', '1250000000-Orders-eu', '1250000000-payments'):
        ids[name] = api('CreateDatahubTopic', topic_params(name))['Result']['TopicId']
    assert listing(api, SearchWord='ORDERS')[1] == ['1250000000-Orders-eu', '1250000000-orders']
    assert listing(api, SearchWord=ids['1250000000-payments'])[1] == ['1250000000-payments']
    assert listing(api, TopicRegularExpression='1250000000-(orders|payments)')[1] == ['1250000000-payments', '1250000000-orders']
    assert listing(api, TopicRegularExpression='orders')[0] == 0  # the whole name must match
    assert listing(api, TopicRegularExpression='.*-eu', SearchWord='orders')[1] == ['1250000000-Orders-eu']


@schema_present('connect_resource')
def test_query_from_connection(api, topic_params, task_params, connection_params):
    for name in ('1250000000-orders', '1250000000-payments'):
        api('CreateDatahubTopic', topic_params(name))
    resource_id = api('CreateConnectResource', connection_params())['Result']['ResourceId']
    task = task_params(TaskName='topic-to-es', TaskType='SINK')
    task['SourceResource'] = {'Type': 'TOPIC', 'TopicParam': {'Resource': '1250000000-orders', 'OffsetType': 'latest'}}
    task['TargetResource']['EsParam']['Resource'] = resource_id
    api('CreateDatahubTask', task)
    assert listing(api, QueryFromConnectResource=True, ConnectResourceId=resource_id)[1] == ['1250000000-orders']
    assert listing(api, ConnectResourceId=resource_id)[0] == 2  # without QueryFromConnectResource: no filter
    code, message = error(api('DescribeDatahubTopics', {'QueryFromConnectResource': True, 'ConnectResourceId': 'resource-missing0'}))
    assert code == 'ResourceNotFound' and 'resource-missing0' in message
