# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Users, ACLs and ACL rules of an instance: the official SDK drives every action, tccli's examples are
accepted (CreateAcl's with ALLOW), answers have api.json's shapes, passwords never come back."""

import json
import re
import time

import pytest
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException

from api_examples import request_examples
from api_shapes import assert_shape
from harness import EmulatorError

INSTANCE = 'ckafka-acl00001'
SECRETS = ('first-Secret-9', 'second-Secret-9', 'third-Secret-9')


def error(answer):
    assert 'Error' in answer, answer
    return answer['Error']['Code'], answer['Error']['Message']


def sdk_error(sdk, action, params):
    with pytest.raises(TencentCloudSDKException) as caught:
        sdk.call(action, params)
    return caught.value.get_code(), caught.value.get_message()


@pytest.fixture
def instance(emu):
    emu.seed('instance', [{'InstanceId': INSTANCE, 'InstanceName': 'access'}])
    return INSTANCE


def acl(**extra):
    return dict({'InstanceId': INSTANCE, 'ResourceType': 2, 'ResourceName': 'orders', 'Operation': 3, 'PermissionType': 3,
                 'Principal': 'User:app'}, **extra)


# ---- users -------------------------------------------------------------------------------------

def test_users_through_the_sdk(emu, sdk, api, instance):
    answer = sdk.call('CreateUser', {'InstanceId': instance, 'Name': 'app', 'Password': SECRETS[0]})
    assert isinstance(answer.Result, sdk.models.JgwOperateResponse) and answer.Result.ReturnCode == '0'
    sdk.call('CreateUser', {'InstanceId': instance, 'Name': 'billing', 'Password': SECRETS[1]})
    users = sdk.call('DescribeUser', {'InstanceId': instance}).Result
    assert isinstance(users, sdk.models.UserResponse)
    assert users.TotalCount == 2 and [u.Name for u in users.Users] == ['billing', 'app']  # newest first
    assert re.match(r'^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$', users.Users[0].CreateTime) and users.Users[0].UserId > users.Users[1].UserId
    assert [u.Name for u in sdk.call('DescribeUser', {'InstanceId': instance, 'SearchWord': 'BILL'}).Result.Users] == ['billing']
    assert sdk.call('DescribeUser', {'InstanceId': instance, 'Offset': 1, 'Limit': 1}).Result.Users[0].Name == 'app'
    assert_shape(api('DescribeUser', {'InstanceId': instance})['Result'], 'UserResponse')

    code, message = sdk_error(sdk, 'ModifyPassword', {'InstanceId': instance, 'Name': 'app', 'Password': 'wrong', 'PasswordNew': 'x'})
    assert code == 'InvalidParameterValue' and 'current password' in message
    sdk.call('ModifyPassword', {'InstanceId': instance, 'Name': 'app', 'Password': SECRETS[0], 'PasswordNew': SECRETS[2]})
    assert sdk_error(sdk, 'ModifyPassword', {'InstanceId': instance, 'Name': 'app', 'Password': SECRETS[0],
                                             'PasswordNew': 'again'})[0] == 'InvalidParameterValue'
    sdk.call('ModifyPassword', {'InstanceId': instance, 'Name': 'app', 'Password': SECRETS[2], 'PasswordNew': SECRETS[0]})

    code, message = sdk_error(sdk, 'CreateUser', {'InstanceId': instance, 'Name': 'app', 'Password': 'p'})
    assert code == 'InvalidParameterValue.RepetitionValue' and 'app' in message
    assert sdk_error(sdk, 'CreateUser', {'InstanceId': instance, 'Name': 'bad name', 'Password': 'p'})[0] == 'InvalidParameterValue'
    sdk.call('DeleteUser', {'InstanceId': instance, 'Name': 'billing'})
    assert sdk_error(sdk, 'DeleteUser', {'InstanceId': instance, 'Name': 'billing'})[0] == 'ResourceNotFound'
    assert sdk_error(sdk, 'ModifyPassword', {'InstanceId': instance, 'Name': 'billing', 'Password': 'a',
                                             'PasswordNew': 'b'})[0] == 'ResourceNotFound'
    assert sdk_error(sdk, 'DescribeUser', {'InstanceId': 'ckafka-none'})[0] == 'InvalidParameterValue.InstanceNotExist'
    assert [u.Name for u in sdk.call('DescribeUser', {'InstanceId': instance}).Result.Users] == ['app']

    text = json.dumps([emu.requests(), emu.resources('instance'), api('DescribeUser', {'InstanceId': instance})])
    for secret in SECRETS:
        assert secret not in text
    modify = [e for e in emu.calls('ModifyPassword') if e['error_code'] is None][0]
    assert modify['params']['Password'] == modify['params']['PasswordNew'] == '********'


def test_user_examples_accepted(emu, api):
    emu.seed('instance', [{'InstanceId': 'ckafka-test', 'InstanceName': 'test'}])
    for params in request_examples('CreateUser'):
        assert 'Result' in api('CreateUser', params)
    emu.seed('user', [{'InstanceId': 'ckafka-test', 'Name': 'name', 'Password': '1'}])
    for action in ('ModifyPassword', 'DescribeUser', 'DeleteUser'):
        for params in request_examples(action):
            assert 'Result' in api(action, params), action


# ---- ACLs --------------------------------------------------------------------------------------

def test_acls_through_the_sdk(emu, sdk, api, instance):
    emu.seed('user', [{'InstanceId': instance, 'Name': 'app', 'Password': 'p'}])
    sdk.call('CreateAcl', acl())
    sdk.call('CreateAcl', acl(Operation=4, Host='10.0.0.1;10.0.0.2'))
    sdk.call('CreateAcl', acl())  # the same grant again: nothing changes
    sdk.call('CreateAcl', acl(ResourceName=None, ResourceNameList='["payments", "refunds"]'))
    sdk.call('CreateAcl', acl(ResourceType=3, ResourceName='orders-consumers'))
    sdk.call('CreateAcl', acl(ResourceType=4, ResourceName=None, Operation=8, Principal=None))
    listed = sdk.call('DescribeACL', {'InstanceId': instance, 'ResourceType': 2}).Result
    assert isinstance(listed, sdk.models.AclResponse)
    assert listed.TotalCount == 5
    assert [(a.ResourceName, a.Operation, a.Host, a.Principal, a.PermissionType) for a in listed.AclList] == [
        ('orders', 3, '*', 'User:app', 3), ('orders', 4, '10.0.0.1', 'User:app', 3), ('orders', 4, '10.0.0.2', 'User:app', 3),
        ('payments', 3, '*', 'User:app', 3), ('refunds', 3, '*', 'User:app', 3)]
    assert sdk.call('DescribeACL', {'InstanceId': instance, 'ResourceType': 2, 'ResourceName': 'orders'}).Result.TotalCount == 3
    assert sdk.call('DescribeACL', {'InstanceId': instance, 'ResourceType': 2, 'SearchWord': 'refu'}).Result.TotalCount == 1
    assert [a.ResourceName for a in sdk.call('DescribeACL', {'InstanceId': instance, 'ResourceType': 3}).Result.AclList] == ['orders-consumers']
    cluster = sdk.call('DescribeACL', {'InstanceId': instance, 'ResourceType': 4}).Result.AclList
    assert [(a.ResourceName, a.Principal) for a in cluster] == [('kafka-cluster', 'User:*')]
    assert_shape(api('DescribeACL', {'InstanceId': instance, 'ResourceType': 2})['Result'], 'AclResponse')

    sdk.call('DeleteAcl', {'InstanceId': instance, 'ResourceType': 2, 'ResourceName': 'orders', 'Operation': 4, 'PermissionType': 3,
                           'Host': '10.0.0.1', 'Principal': 'User:app'})
    sdk.call('DeleteUser', {'InstanceId': instance, 'Name': 'app'})  # its grants stay, and can still be deleted
    sdk.call('DeleteAcl', {'InstanceId': instance, 'ResourceType': 2, 'ResourceName': 'orders', 'Operation': 3, 'PermissionType': 3,
                           'Principal': 'User:app'})
    remaining = sdk.call('DescribeACL', {'InstanceId': instance, 'ResourceType': 2}).Result.AclList
    assert [(a.ResourceName, a.Operation, a.Host) for a in remaining] == [('orders', 4, '10.0.0.2'), ('payments', 3, '*'), ('refunds', 3, '*')]


def test_acl_pages(emu, api, instance):
    emu.seed('acl', template=acl(ResourceName='t-{n}', Principal='User:*'), count=70, width=2)
    result = api('DescribeACL', {'InstanceId': instance, 'ResourceType': 2})['Result']
    assert result['TotalCount'] == 70 and len(result['AclList']) == 50
    assert len(api('DescribeACL', {'InstanceId': instance, 'ResourceType': 2, 'Limit': 100})['Result']['AclList']) == 50
    second = api('DescribeACL', {'InstanceId': instance, 'ResourceType': 2, 'Offset': 50})['Result']['AclList']
    assert [a['ResourceName'] for a in second] == ['t-%02d' % n for n in range(50, 70)]


def test_acl_errors(emu, sdk, api, instance):
    code, message = sdk_error(sdk, 'CreateAcl', acl(PermissionType=2, Principal='User:*'))
    assert code == 'UnsupportedOperation' and 'DENY' in message
    code, message = sdk_error(sdk, 'CreateAcl', acl())
    assert code == 'InvalidParameterValue' and 'app' in message  # no such user
    assert sdk_error(sdk, 'CreateAcl', acl(Principal='app'))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'CreateAcl', acl(Principal='User:*', ResourceNameList='["a"]'))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'CreateAcl', acl(Principal='User:*', ResourceName=None, ResourceNameList='a,b'))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'CreateAcl', acl(Principal='User:*', ResourceName=None))[0] == 'MissingParameter'
    assert sdk_error(sdk, 'CreateAcl', acl(Principal='User:*', Operation=13))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'CreateAcl', acl(Principal='User:*', ResourceType=1))[0] == 'InvalidParameterValue'
    assert error(api('CreateAcl', acl(Principal='User:*', Operation='READ')))[0] == 'InvalidParameter'
    assert error(api('CreateAcl', acl(InstanceId='ckafka-none', Principal='User:*')))[0] == 'InvalidParameterValue.InstanceNotExist'
    assert api('DescribeACL', {'InstanceId': instance, 'ResourceType': 2})['Result']['TotalCount'] == 0


def test_batch_create_acl(emu, sdk, api, instance):
    emu.seed('user', [{'InstanceId': instance, 'Name': 'app', 'Password': 'p'}])
    answer = sdk.call('BatchCreateAcl', {'InstanceId': instance, 'ResourceType': 2, 'ResourceNames': ['a', 'b'], 'RuleList': [
        {'Operation': 'Read', 'PermissionType': 'Allow', 'Host': '*', 'Principal': 'User:app'},
        {'Operation': 'Write', 'PermissionType': 'Allow', 'Host': '10.0.0.0/24', 'Principal': 'User:*'}]})
    assert answer.Result == 0
    acls = api('DescribeACL', {'InstanceId': instance, 'ResourceType': 2})['Result']['AclList']
    assert sorted((a['ResourceName'], a['Operation'], a['Host'], a['Principal']) for a in acls) == [
        ('a', 3, '*', 'User:app'), ('a', 4, '10.0.0.0/24', 'User:*'), ('b', 3, '*', 'User:app'), ('b', 4, '10.0.0.0/24', 'User:*')]
    rule = {'Operation': 'Read', 'PermissionType': 'Deny', 'Host': '*', 'Principal': 'User:*'}
    assert sdk_error(sdk, 'BatchCreateAcl', {'InstanceId': instance, 'ResourceType': 2, 'ResourceNames': ['c'],
                                             'RuleList': [rule]})[0] == 'UnsupportedOperation'
    rule.update(PermissionType='Allow', Operation='Create')
    assert sdk_error(sdk, 'BatchCreateAcl', {'InstanceId': instance, 'ResourceType': 2, 'ResourceNames': ['c'],
                                             'RuleList': [rule]})[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'BatchCreateAcl', {'InstanceId': instance, 'ResourceType': 3, 'ResourceNames': ['c'],
                                             'RuleList': [dict(rule, Operation='Read')]})[0] == 'InvalidParameterValue'


def test_acl_examples(emu, api):
    emu.seed('instance', [{'InstanceId': 'ckafka-test', 'InstanceName': 'test'}, {'InstanceId': 'ckafka', 'InstanceName': 'short'},
                          {'InstanceId': 'ckafka-xx', 'InstanceName': 'xx'}])
    emu.seed('user', [{'InstanceId': 'ckafka-test', 'Name': 'user1', 'Password': 'p'}])
    [create] = request_examples('CreateAcl')
    assert create['PermissionType'] == 2 and error(api('CreateAcl', create))[0] == 'UnsupportedOperation'
    assert 'Result' in api('CreateAcl', dict(create, PermissionType=3))
    described = api('DescribeACL', {'InstanceId': 'ckafka-test', 'ResourceType': 2})['Result']['AclList']
    assert described == [{'ResourceType': 2, 'ResourceName': 'yourresourcetest1', 'Principal': 'User:user1', 'Host': '1.1.1.1',
                          'Operation': 2, 'PermissionType': 3}]
    for action in ('BatchCreateAcl', 'DeleteAcl', 'DescribeACL'):
        for params in request_examples(action):
            assert 'Result' in api(action, params), action


# ---- ACL rules ---------------------------------------------------------------------------------

def test_acl_rules_through_the_sdk(emu, sdk, api, instance):
    emu.configure(topic_delete_window=0)
    params = {'InstanceId': instance, 'ResourceType': 'Topic', 'PatternType': 'PREFIXED', 'Pattern': 'orders-', 'RuleName': 'orders',
              'RuleList': [{'Operation': 'Read', 'PermissionType': 'Allow', 'Host': '*', 'Principal': 'User:*'}], 'Comment': 'shop'}
    first = sdk.call('CreateAclRule', params).Result
    assert isinstance(first, int)
    preset = sdk.call('CreateAclRule', dict(params, PatternType='PRESET', Pattern=None, RuleName='preset', IsApplied=1)).Result
    assert preset != first
    code, message = sdk_error(sdk, 'CreateAclRule', params)
    assert code == 'InvalidParameterValue.RepetitionValue' and 'orders' in message
    rules = sdk.call('DescribeAclRule', {'InstanceId': instance}).Result
    assert isinstance(rules, sdk.models.AclRuleResp) and rules.TotalCount == 2
    rule = rules.AclRuleList[0]
    assert (rule.RuleName, rule.PatternType, rule.Pattern, rule.ResourceType, rule.IsApplied, rule.Comment) == (
        'orders', 'PREFIXED', 'orders-', 'Topic', 0, 'shop')
    assert json.loads(rule.AclList) == [{'host': '*', 'operation': 'Read', 'permissionType': 'Allow', 'principal': 'User:*'}]
    assert_shape(api('DescribeAclRule', {'InstanceId': instance})['Result'], 'AclRuleResp')
    assert [r.RuleName for r in sdk.call('DescribeAclRule', {'InstanceId': instance, 'PatternType': 'PRESET'}).Result.AclRuleList] == ['preset']
    assert [r.RuleName for r in sdk.call('DescribeAclRule', {'InstanceId': instance, 'RuleName': 'orders'}).Result.AclRuleList] == ['orders']

    # a rule shows in the attributes of the topics it applies to
    api('CreateTopic', {'InstanceId': instance, 'TopicName': 'orders-eu', 'PartitionNum': 1, 'ReplicaNum': 1})
    api('CreateTopic', {'InstanceId': instance, 'TopicName': 'billing', 'PartitionNum': 1, 'ReplicaNum': 1, 'EnableAclRule': 1,
                        'AclRuleName': 'preset'})
    attributes = api('DescribeTopicAttributes', {'InstanceId': instance, 'TopicName': 'orders-eu'})['Result']
    assert [r['RuleName'] for r in attributes['AclRuleList']] == ['orders']
    attributes = api('DescribeTopicAttributes', {'InstanceId': instance, 'TopicName': 'billing'})['Result']
    assert [r['RuleName'] for r in attributes['AclRuleList']] == ['preset'] and attributes['EnableAclRule'] == 1
    assert_shape(attributes, 'TopicAttributesResponse')
    assert [t['TopicName'] for t in api('DescribeTopic', {'InstanceId': instance, 'AclRuleName': 'preset'})['Result']['TopicList']] == ['billing']

    assert sdk.call('ModifyAclRule', {'InstanceId': instance, 'RuleName': 'preset', 'IsApplied': 0}).Result == 1
    assert sdk.call('DescribeAclRule', {'InstanceId': instance, 'RuleName': 'preset'}).Result.AclRuleList[0].IsApplied == 0
    assert error(api('ModifyAclRule', {'InstanceId': instance, 'RuleName': 'preset', 'Pattern': 'x'}))[0] == 'UnknownParameter'
    assert sdk.call('DeleteAclRule', {'InstanceId': instance, 'RuleName': 'orders'}).Result == first
    for action in ('ModifyAclRule', 'DeleteAclRule'):
        assert sdk_error(sdk, action, {'InstanceId': instance, 'RuleName': 'orders'})[0] == 'ResourceNotFound'
    assert sdk.call('DescribeAclRule', {'InstanceId': instance}).Result.TotalCount == 1


def test_acl_rule_errors(sdk, instance):
    base = {'InstanceId': instance, 'ResourceType': 'Topic', 'PatternType': 'PREFIXED', 'Pattern': 'p', 'RuleName': 'r',
            'RuleList': [{'Operation': 'Read', 'PermissionType': 'Allow', 'Host': '*', 'Principal': 'User:*'}]}
    assert sdk_error(sdk, 'CreateAclRule', dict(base, Pattern=None))[0] == 'MissingParameter'
    assert sdk_error(sdk, 'CreateAclRule', dict(base, ResourceType='Group'))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'CreateAclRule', dict(base, PatternType='LITERAL'))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'CreateAclRule', dict(base, RuleList=[]))[0] == 'InvalidParameterValue'
    deny = [{'Operation': 'Read', 'PermissionType': 'Deny', 'Host': '*', 'Principal': 'User:*'}]
    assert sdk_error(sdk, 'CreateAclRule', dict(base, RuleList=deny))[0] == 'UnsupportedOperation'
    nobody = [{'Operation': 'Read', 'PermissionType': 'Allow', 'Host': '*', 'Principal': 'User:nobody'}]
    assert sdk_error(sdk, 'CreateAclRule', dict(base, RuleList=nobody))[0] == 'InvalidParameterValue'
    assert sdk.call('DescribeAclRule', {'InstanceId': instance}).Result.TotalCount == 0


def test_acl_rule_examples(emu, api):
    emu.seed('instance', [{'InstanceId': 'ckafka-12345678', 'InstanceName': 'a'}, {'InstanceId': 'ckafka-test', 'InstanceName': 'b'},
                          {'InstanceId': 'ckafka-123456', 'InstanceName': 'c'}])
    [create] = request_examples('CreateAclRule')
    assert isinstance(api('CreateAclRule', create)['Result'], int)
    emu.seed('acl_rule', [dict(create, InstanceId='ckafka-test', RuleName='deny-all'), dict(create, InstanceId='ckafka-123456')])
    for action in ('ModifyAclRule', 'DescribeAclRule', 'DeleteAclRule'):
        for params in request_examples(action):
            assert 'Result' in api(action, params), action


# ---- limits ------------------------------------------------------------------------------------

def test_rate_limits_of_access_actions(emu, api, instance):
    limits = emu.health()['config']['documented_rate_limits']
    assert {a: limits[a] for a in ('CreateUser', 'ModifyPassword', 'DeleteUser', 'DescribeUser', 'CreateAcl', 'DeleteAcl', 'DescribeACL')} == dict.fromkeys(
        ('CreateUser', 'ModifyPassword', 'DeleteUser', 'DescribeUser', 'CreateAcl', 'DeleteAcl', 'DescribeACL'), 100)
    assert {a: limits[a] for a in ('BatchCreateAcl', 'CreateAclRule', 'ModifyAclRule', 'DeleteAclRule', 'DescribeAclRule')} == dict.fromkeys(
        ('BatchCreateAcl', 'CreateAclRule', 'ModifyAclRule', 'DeleteAclRule', 'DescribeAclRule'), 20)
    emu.configure(rate_limit=20)
    failures = ['Error' in api('DescribeAclRule', {'InstanceId': instance}) for unused in range(25)]
    assert not any(failures[:20]) and any(failures[20:])
    assert not any('Error' in api('DescribeUser', {'InstanceId': instance}) for unused in range(50))
    time.sleep(1.0)
    assert 'Result' in api('DescribeAclRule', {'InstanceId': instance})


def test_seed_of_access_items_validated(emu, instance):
    with pytest.raises(EmulatorError):
        emu.seed('user', [{'InstanceId': instance, 'Name': 'ok', 'Password': 'p'}, {'InstanceId': instance, 'Nom': 'x'}])
    with pytest.raises(EmulatorError):
        emu.seed('acl', [acl(PermissionType=2, Principal='User:*')])
    assert emu.resources('instance')[0]['Users'] == [] and emu.resources('instance')[0]['Acls'] == []
