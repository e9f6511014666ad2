# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Connections: the official SDK drives every action; lifecycle, paging, filters, validation, the
refusal to delete a connection in use, and passwords never given back."""

import time

import pytest
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException

from api_shapes import assert_shape, schema_present
from samples import CONNECTION_PASSWORD

pytestmark = schema_present('connect_resource')
TRANSITION = 0.3  # the transition_seconds conftest.py starts the emulator with


def settle():
    time.sleep(TRANSITION + 0.05)


def create(api, connection_params, **overrides):
    answer = api('CreateConnectResource', connection_params(**overrides))
    assert 'Result' in answer, answer
    return answer['Result']['ResourceId']


def describe(api, resource_id):
    answer = api('DescribeConnectResource', {'ResourceId': resource_id})
    return answer['Result'] if 'Result' in answer else answer['Error']['Code']


def listing(api, **params):
    result = api('DescribeConnectResources', params)['Result']
    return result['TotalCount'], [c['ResourceName'] for c in result['ConnectResourceList']]


def error(answer):
    assert 'Error' in answer, answer
    return answer['Error']['Code'], answer['Error']['Message']


def task_using(api, task_params, resource_id, name='uses-connection'):
    params = task_params(TaskName=name)
    params['TargetResource']['EsParam']['Resource'] = resource_id
    return api('CreateDatahubTask', params)['Result']['TaskId']


# ---- the SDK -----------------------------------------------------------------------------------

def test_sdk_drives_every_action(sdk, connection_params):
    models = sdk.models
    created = sdk.call('CreateConnectResource', connection_params())
    assert isinstance(created.Result, models.ConnectResourceResourceIdResp)
    resource_id = created.Result.ResourceId
    assert resource_id.startswith('resource-') and len(resource_id) == 17

    result = sdk.call('DescribeConnectResource', {'ResourceId': resource_id}).Result
    assert isinstance(result, models.DescribeConnectResourceResp)
    assert (result.ResourceId, result.ResourceName, result.Type, result.Description, result.Status) == (
        resource_id, 'es-orders', 'ES', 'orders cluster', 0)
    assert isinstance(result.EsConnectParam, models.EsConnectParam)
    assert result.EsConnectParam.Port == 9200 and result.EsConnectParam.UserName == 'elastic'
    assert result.EsConnectParam.Password is None
    assert result.MySQLConnectParam is None and result.KafkaConnectParam is None
    assert [(t.TagKey, t.TagValue) for t in result.Tags] == [('team', 'data')]

    listed = sdk.call('DescribeConnectResources', {'Limit': 10}).Result
    assert isinstance(listed, models.DescribeConnectResourcesResp)
    assert listed.TotalCount == 1
    item = listed.ConnectResourceList[0]
    assert isinstance(item, models.DescribeConnectResource)
    assert item.ResourceId == resource_id and item.DatahubTaskCount == 0 and isinstance(item.TaskProgress, float)

    settle()
    modified = sdk.call('ModifyConnectResource', {'ResourceId': resource_id, 'Description': 'new', 'Type': 'ES',
                                                  'EsConnectParam': {'Resource': 'es-abcdefgh', 'Port': 9201, 'IsUpdate': True}})
    assert modified.Result.ResourceId == resource_id
    result = sdk.call('DescribeConnectResource', {'ResourceId': resource_id}).Result
    assert (result.Status, result.Description, result.EsConnectParam.Port, result.EsConnectParam.UserName) == (1, 'new', 9201, 'elastic')

    deleted = sdk.call('DeleteConnectResource', {'ResourceId': resource_id})
    assert deleted.Result.ResourceId == resource_id
    assert sdk.call('DescribeConnectResource', {'ResourceId': resource_id}).Result.Status == 2
    settle()
    with pytest.raises(TencentCloudSDKException) as raised:
        sdk.call('DescribeConnectResource', {'ResourceId': resource_id})
    assert raised.value.code == 'ResourceNotFound' and resource_id in raised.value.message


def test_answers_have_the_api_shapes(api, connection_params):
    resource_id = create(api, connection_params)
    assert_shape(api('CreateConnectResource', connection_params())['Result'], 'ConnectResourceResourceIdResp')
    assert_shape(describe(api, resource_id), 'DescribeConnectResourceResp')
    listed = api('DescribeConnectResources', {})['Result']
    assert_shape(listed, 'DescribeConnectResourcesResp')
    assert_shape(api('ModifyConnectResource', {'ResourceId': resource_id, 'Description': 'x'})['Result'],
                 'ConnectResourceResourceIdResp')
    settle()
    assert_shape(api('DeleteConnectResource', {'ResourceId': resource_id})['Result'], 'ConnectResourceResourceIdResp')


# ---- lifecycle -----------------------------------------------------------------------------------

def test_lifecycle_and_refusals(api, connection_params):
    resource_id = create(api, connection_params)
    assert describe(api, resource_id)['Status'] == 0
    code, message = error(api('DeleteConnectResource', {'ResourceId': resource_id}))
    assert code == 'FailedOperation' and resource_id in message and 'status 0' in message
    settle()
    running = describe(api, resource_id)
    assert running['Status'] == 1 and running['ErrorMessage'] == '' and running['CurrentStep'] == 'FINISH'
    api('DeleteConnectResource', {'ResourceId': resource_id})
    assert describe(api, resource_id)['Status'] == 2
    assert error(api('ModifyConnectResource', {'ResourceId': resource_id, 'Description': 'x'}))[0] == 'FailedOperation'
    assert error(api('DeleteConnectResource', {'ResourceId': resource_id}))[0] == 'FailedOperation'
    settle()
    assert describe(api, resource_id) == 'ResourceNotFound'
    assert error(api('DeleteConnectResource', {'ResourceId': resource_id}))[0] == 'ResourceNotFound'
    assert error(api('ModifyConnectResource', {'ResourceId': 'resource-missing0'}))[0] == 'ResourceNotFound'


def test_failure_markers(api, connection_params):
    failing = connection_params()
    failing['EsConnectParam']['Resource'] = 'es-emulator-fail-create'
    broken = create(api, lambda: failing)
    stuck = connection_params()
    stuck['EsConnectParam']['Resource'] = 'es-emulator-fail-delete'
    undeletable = create(api, lambda: stuck)
    settle()
    failed = describe(api, broken)
    assert failed['Status'] == -1 and 'emulator-fail-create' in failed['ErrorMessage'] and failed['CurrentStep'] == 'FAILED'
    api('DeleteConnectResource', {'ResourceId': undeletable})
    settle()
    assert describe(api, undeletable)['Status'] == 4
    assert 'emulator-fail-delete' in describe(api, undeletable)['ErrorMessage']
    assert 'Result' in api('DeleteConnectResource', {'ResourceId': broken})  # a failed creation can be deleted


def test_zero_transition_is_immediate(emu, api, connection_params):
    emu.configure(transition_seconds=0)
    resource_id = create(api, connection_params)
    assert describe(api, resource_id)['Status'] == 1
    api('DeleteConnectResource', {'ResourceId': resource_id})
    assert describe(api, resource_id) == 'ResourceNotFound'


# ---- connections in use --------------------------------------------------------------------------

def test_task_count_and_delete_in_use_refused(api, connection_params, task_params):
    resource_id = create(api, connection_params)
    other = create(api, connection_params, ResourceName='unused')
    first = task_using(api, task_params, resource_id, 'first')
    source = task_params(TaskName='second')
    source['SourceResource']['KafkaParam']['Resource'] = resource_id
    second = api('CreateDatahubTask', source)['Result']['TaskId']
    counts = {c['ResourceId']: c['DatahubTaskCount'] for c in api('DescribeConnectResources', {})['Result']['ConnectResourceList']}
    assert counts == {resource_id: 2, other: 0}
    settle()
    code, message = error(api('DeleteConnectResource', {'ResourceId': resource_id}))
    assert code == 'ResourceInUse'
    assert resource_id in message and '2 DIP task' in message and first in message and second in message
    assert describe(api, resource_id)['Status'] == 1

    api('DeleteDatahubTask', {'TaskId': first})
    api('DeleteDatahubTask', {'TaskId': second})
    settle()
    assert api('DescribeConnectResources', {'SearchWord': 'es-orders'})['Result']['ConnectResourceList'][0]['DatahubTaskCount'] == 0
    assert 'Result' in api('DeleteConnectResource', {'ResourceId': resource_id})


# ---- paging and filters --------------------------------------------------------------------------

def test_paging(emu, api, connection_params):
    emu.configure(transition_seconds=0)
    names = ['conn-%02d' % i for i in range(25)]
    for name in names:
        create(api, connection_params, ResourceName=name)
    total, page = listing(api)
    assert total == 25 and len(page) == 20 and page[0] == 'conn-24'  # newest first, 20 by default
    assert listing(api, Offset=20)[1] == ['conn-%02d' % i for i in range(4, -1, -1)]
    assert listing(api, Limit=7, Offset=7)[1] == page[7:14]
    assert listing(api, Limit=1000)[1] == sorted(names, reverse=True)
    assert len(listing(api, Limit=5000)[1]) == 25  # above 1000 is taken as 1000
    assert listing(api, Offset=100) == (25, [])


def test_filters(api, connection_params):
    create(api, connection_params, ResourceName='Orders-ES')
    create(api, connection_params, ResourceName='mysql-orders', Type='MYSQL', EsConnectParam=None,
           MySQLConnectParam={'Port': 3306, 'UserName': 'root', 'Password': CONNECTION_PASSWORD, 'Resource': 'cdb-abcdefgh'})
    create(api, connection_params, ResourceName='kafka-gz', Type='KAFKA', EsConnectParam=None,
           KafkaConnectParam={'Resource': 'ckafka-abcdefgh', 'SelfBuilt': False, 'Region': 'ap-guangzhou'})
    create(api, connection_params, ResourceName='kafka-sh', Type='KAFKA', EsConnectParam=None,
           KafkaConnectParam={'Resource': 'ckafka-bcdefghi', 'SelfBuilt': False, 'Region': 'ap-shanghai'})
    assert listing(api, SearchWord='ORDERS') == (2, ['mysql-orders', 'Orders-ES'])
    assert listing(api, Type='KAFKA') == (2, ['kafka-sh', 'kafka-gz'])
    assert listing(api, Type='MYSQL') == (1, ['mysql-orders'])
    assert listing(api, ResourceRegion='ap-guangzhou') == (1, ['kafka-gz'])
    assert listing(api, ResourceRegion='ap-beijing') == (0, [])
    assert listing(api, Type='KAFKA', SearchWord='sh') == (1, ['kafka-sh'])
    assert listing(api, Type='ES', SearchWord='kafka') == (0, [])


# ---- validation ----------------------------------------------------------------------------------

@pytest.mark.parametrize('mutate,code,path', [
    (lambda p: p.pop('ResourceName'), 'MissingParameter', '`ResourceName`'),
    (lambda p: p.pop('Type'), 'MissingParameter', '`Type`'),
    (lambda p: p.pop('EsConnectParam'), 'MissingParameter', '`EsConnectParam`'),
    (lambda p: p.update(Type='MYSQL'), 'MissingParameter', '`MySQLConnectParam`'),
    (lambda p: p['EsConnectParam'].pop('Password'), 'MissingParameter', '`EsConnectParam.Password`'),
    (lambda p: p['EsConnectParam'].update(Port='9200'), 'InvalidParameter', '`EsConnectParam.Port`'),
    (lambda p: p['EsConnectParam'].update(SelfBuilt=1), 'InvalidParameter', '`EsConnectParam.SelfBuilt`'),
    (lambda p: p['EsConnectParam'].update(Bogus=1), 'UnknownParameter', '`EsConnectParam.Bogus`'),
    (lambda p: p.update(CtsdbConnectParam={}), 'UnknownParameter', '`CtsdbConnectParam`'),
    (lambda p: p['Tags'][0].pop('TagKey'), 'MissingParameter', '`Tags.0.TagKey`'),
    (lambda p: p.update(Type='es'), 'InvalidParameterValue', '`Type`'),
])
def test_create_violations(api, connection_params, mutate, code, path):
    params = connection_params()
    mutate(params)
    found, message = error(api('CreateConnectResource', params))
    assert found == code and path in message, message


@pytest.mark.parametrize('params,code,path', [
    ({'Description': 'x'}, 'MissingParameter', '`ResourceId`'),
    ({'ResourceId': 'R', 'EsConnectParam': {'Port': 1}}, 'MissingParameter', '`EsConnectParam.Resource`'),
    ({'ResourceId': 'R', 'EsConnectParam': {'Resource': 'es-a', 'Index': 'i'}}, 'UnknownParameter', '`EsConnectParam.Index`'),
    ({'ResourceId': 'R', 'Tags': []}, 'UnknownParameter', '`Tags`'),
    ({'ResourceId': 'R', 'Type': 'MYSQL'}, 'InvalidParameterValue', '`Type`'),
    ({'ResourceId': 'R', 'MySQLConnectParam': {'Resource': 'cdb-a'}}, 'InvalidParameterValue', '`MySQLConnectParam`'),
    ({'ResourceId': 'R', 'CtsdbConnectParam': {'Port': 1}}, 'InvalidParameterValue', '`CtsdbConnectParam`'),
])
def test_modify_violations(api, connection_params, params, code, path):
    resource_id = create(api, connection_params)
    params = dict(params, ResourceId=resource_id) if 'ResourceId' in params else params
    found, message = error(api('ModifyConnectResource', params))
    assert found == code and path in message, message


@pytest.mark.parametrize('action,params,code,path', [
    ('DescribeConnectResource', {}, 'MissingParameter', '`ResourceId`'),
    ('DeleteConnectResource', {'ResourceId': 5}, 'InvalidParameter', '`ResourceId`'),
    ('DescribeConnectResources', {'Limit': 0}, 'InvalidParameterValue', '`Limit`'),
    ('DescribeConnectResources', {'Offset': -1}, 'InvalidParameterValue', '`Offset`'),
    ('DescribeConnectResources', {'Filters': []}, 'UnknownParameter', '`Filters`'),
])
def test_other_actions_validated(api, action, params, code, path):
    found, message = error(api(action, params))
    assert found == code and path in message, message


def test_modify_changes_only_what_is_sent(api, connection_params):
    resource_id = create(api, connection_params)
    api('ModifyConnectResource', {'ResourceId': resource_id, 'ResourceName': 'renamed',
                                  'EsConnectParam': {'Resource': 'es-abcdefgh', 'UserName': 'admin', 'Password': 'rotated-Pa55'}})
    result = describe(api, resource_id)
    assert result['ResourceName'] == 'renamed' and result['Description'] == 'orders cluster'
    assert result['EsConnectParam']['UserName'] == 'admin' and result['EsConnectParam']['Port'] == 9200
    assert result['EsConnectParam']['Password'] is None
    assert listing(api, SearchWord='renamed')[1] == ['renamed']


# ---- secrets -------------------------------------------------------------------------------------

def test_passwords_never_returned_nor_logged(emu, api, connection_params):
    resource_id = create(api, connection_params)
    iceberg = create(api, connection_params, ResourceName='lake', Type='ICEBERG', EsConnectParam=None, IcebergConnectParam={
        'ServiceVip': '10.0.0.3', 'Resource': 'emr-abcdefgh', 'UniqVpcId': 'vpc-abcdefgh', 'AuthType': 'KERBEROS',
        'KeyTabContent': 'a2V5dGFiLXNlY3JldA==', 'KRB5ConfContent': 'a3JiNS1zZWNyZXQ='})
    api('ModifyConnectResource', {'ResourceId': resource_id, 'EsConnectParam': {'Resource': 'es-abcdefgh', 'Password': 'rotated-Pa55'}})
    answers = [describe(api, resource_id), describe(api, iceberg), api('DescribeConnectResources', {}), emu.resources('connect_resource')]
    secrets = (CONNECTION_PASSWORD, 'rotated-Pa55', 'a2V5dGFiLXNlY3JldA==', 'a3JiNS1zZWNyZXQ=')
    for text in (str(answers), str(emu.requests())):
        assert not any(secret in text for secret in secrets)
    lake = describe(api, iceberg)
    assert lake['IcebergConnectParam']['KeyTabContent'] is None and lake['IcebergDatabases'] == []
    logged = emu.calls('CreateConnectResource')[0]['params']
    assert logged['EsConnectParam']['Password'] == '********' and logged['EsConnectParam']['UserName'] == 'elastic'
