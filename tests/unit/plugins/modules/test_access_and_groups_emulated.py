# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""user, acl, consumer_group_info and consumer_group_offsets in process (main() with patched module arguments), the
emulator behind them: the requests it logs and the state it ends in."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import contextlib
import io
import json
import os
import sys

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.modules.acl import Acl
from ansible_collections.tencentcloud.ckafka.plugins.modules.acl_rule import AclRuleModule
from ansible_collections.tencentcloud.ckafka.plugins.modules.acls import Acls as AclsFleet
from ansible_collections.tencentcloud.ckafka.plugins.modules.consumer_group_info import ConsumerGroupInfo
from ansible_collections.tencentcloud.ckafka.plugins.modules.consumer_group_offsets import ConsumerGroupOffsets
from ansible_collections.tencentcloud.ckafka.plugins.modules.user import UserModule

EMULATOR_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'emulator'))
if EMULATOR_DIR not in sys.path:
    sys.path.insert(0, EMULATOR_DIR)

from harness import start_emulator  # noqa: E402  pylint: disable=wrong-import-position

INSTANCE = 'ckafka-test'
PASSWORD, ROTATED = 'Orders-pass-1a2b3c', 'Orders-pass-4d5e6f'


@pytest.fixture(scope='module')
def server():
    emu = start_emulator(rate_limit=0)
    try:
        yield emu
    finally:
        emu.stop()


@pytest.fixture
def emu(server):
    server.reset()
    server.configure(rate_limit=0, refuse_active_group_changes=True)
    server.seed_instance(INSTANCE, 'shop')
    server.seed('topic', [{'InstanceId': INSTANCE, 'TopicName': 'orders', 'PartitionNum': 3, 'ReplicaNum': 2},
                          {'InstanceId': INSTANCE, 'TopicName': 'audit', 'PartitionNum': 1, 'ReplicaNum': 2}])
    return server


def merged(base, **changes):
    """base with changes (a new dict)."""
    result = dict(base)
    result.update(changes)
    return result


def run(emu, module_class, check=False, diff=False, **options):
    args = dict(secret_id=emu.secret_id, secret_key=emu.secret_key, endpoint=emu.endpoint, region='ap-guangzhou',
                max_retries=0, _ansible_check_mode=check, _ansible_diff=diff)
    args.update(options)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.raises(SystemExit):
            module_class.main()
    return json.loads(stdout.getvalue())


def bodies(emu, action):
    return [entry['params'] for entry in emu.calls(action)]


# ---- user --------------------------------------------------------------------------------------------------------


def test_user_create_rotate_delete(emu):
    user = dict(instance_id=INSTANCE, name='app-orders', password=PASSWORD)
    created = run(emu, UserModule, **user)
    assert created['changed'] and run(emu, UserModule, **user)['changed'] is False
    [create] = bodies(emu, 'CreateUser')
    assert create == {'InstanceId': INSTANCE, 'Name': 'app-orders', 'Password': '********'}
    rotate = merged(user, password=ROTATED, current_password=PASSWORD, update_password='always')
    assert run(emu, UserModule, **rotate)['changed']
    [modify] = bodies(emu, 'ModifyPassword')
    assert set(modify) == {'InstanceId', 'Name', 'Password', 'PasswordNew'}
    # the service took the old password as the current one: a rotation back from the new one goes through too
    back = run(emu, UserModule, **merged(user, current_password=ROTATED, update_password='always'))
    assert back['changed'] and len(emu.calls('ModifyPassword')) == 2
    stale = run(emu, UserModule, **merged(rotate, current_password='Not-the-pass-000'))
    assert stale['failed'] and stale['error_code'].startswith('InvalidParameterValue')
    read = run(emu, UserModule, **user)
    assert read['user']['name'] == 'app-orders' and read['user']['user_id']
    gone = run(emu, UserModule, instance_id=INSTANCE, name='app-orders', state='absent')
    assert gone['changed'] and bodies(emu, 'DeleteUser') == [{'InstanceId': INSTANCE, 'Name': 'app-orders'}]
    everything = json.dumps([created, back, stale, read, gone])
    assert 'Not-the-pass-000' not in everything
    assert PASSWORD not in everything and ROTATED not in everything


# ---- acl ---------------------------------------------------------------------------------------------------------


def test_acl_example_request_and_a_grant_per_operation(emu):
    run(emu, UserModule, instance_id=INSTANCE, name='user1', password=PASSWORD)
    example = dict(instance_id='ckafka-test', resource_type='topic', resource_name='yourresourcetest1', operations=['all'],
                   host='1.1.1.1', principal='user1')
    assert run(emu, Acl, **example)['changed']
    assert bodies(emu, 'CreateAcl') == [{'InstanceId': 'ckafka-test', 'ResourceType': 2, 'ResourceName': 'yourresourcetest1',
                                         'Operation': 2, 'PermissionType': 3, 'Host': '1.1.1.1', 'Principal': 'User:user1'}]
    orders = dict(instance_id=INSTANCE, resource_type='topic', resource_name='orders', operations=['read', 'write'],
                  principal='user1')
    check = run(emu, Acl, check=True, **orders)
    assert check['changed'] and len(check['created']) == 2 and len(emu.calls('CreateAcl')) == 1
    assert run(emu, Acl, **orders)['changed'] and len(emu.calls('CreateAcl')) == 3
    assert run(emu, Acl, **orders)['changed'] is False
    cluster = dict(instance_id=INSTANCE, resource_type='cluster', operations=['describe'], principal='user1')
    assert run(emu, Acl, **cluster)['changed'] and run(emu, Acl, **cluster)['changed'] is False
    dropped = run(emu, Acl, **merged(orders, operations=['write'], state='absent'))
    assert dropped['changed'] and [g['operation'] for g in dropped['deleted']] == ['write']
    assert run(emu, Acl, **merged(cluster, state='absent'))['changed']
    left = run(emu, Acl, check=True, **orders)
    assert [g['operation'] for g in left['created']] == ['write']


# ---- consumer groups ---------------------------------------------------------------------------------------------


@pytest.fixture
def groups(emu):
    emu.set_log(INSTANCE, 'orders', start=100, end=1000, timestamps=[[100, 1000000], [500, 2000000], [900, 3000000]])
    emu.set_log(INSTANCE, 'audit', end=50)
    emu.set_group(INSTANCE, 'billing', offsets={'orders': {'0': 400, '1': 1000}})
    emu.set_group(INSTANCE, 'shipping', offsets={'orders': 900, 'audit': 10},
                  members=[{'client_id': 'ship-1', 'client_host': '/10.1.0.1', 'assignment': {'orders': [0, 1, 2]}}])
    return emu


def partitions(result):
    return [(row['topic'], row['partition'], row['before'], row['after']) for row in result['partitions']]


def test_group_info_against_the_emulator(groups):
    result = run(groups, ConsumerGroupInfo, instance_id=INSTANCE)
    assert [g['group'] for g in result['groups']] == ['billing', 'shipping']
    billing, shipping = result['groups']
    assert billing['state'] == 'Empty' and billing['members'] == []
    assert billing['topics'] == [{'topic': 'orders', 'partitions': [
        {'partition': 0, 'offset': 400, 'log_end_offset': 1000, 'lag': 600, 'metadata': '', 'error_code': 0},
        {'partition': 1, 'offset': 1000, 'log_end_offset': 1000, 'lag': 0, 'metadata': '', 'error_code': 0},
        {'partition': 2, 'offset': -1, 'log_end_offset': 1000, 'lag': 1000, 'metadata': '', 'error_code': 0}]}]
    assert billing['total_lag'] == 1600 and shipping['total_lag'] == 3 * 100 + 40
    assert result['total_lag'] == 1940
    assert shipping['state'] == 'Stable' and shipping['members'][0]['client_id'] == 'ship-1'
    assert shipping['members'][0]['assignment']['topics'] == [{'topic': 'orders', 'partitions': [0, 1, 2]}]
    one = run(groups, ConsumerGroupInfo, instance_id=INSTANCE, group='shipping', topics=['audit'], offsets=True)
    assert [g['group'] for g in one['groups']] == ['shipping'] and one['total_lag'] == 40


@pytest.mark.parametrize('options, member', [
    (dict(to='earliest'), {'ShiftTimestamp': -2}),
    (dict(to='latest'), {'ShiftTimestamp': -1}),
    (dict(to='timestamp', timestamp=2000000), {'ShiftTimestamp': 2000000}),
    (dict(to='offset', offset=700), {'Offset': 700}),
    (dict(to='shift', shift=-50), {'Shift': -50}),
])
def test_each_strategy_is_accepted_by_the_emulator_and_moves_the_offsets(groups, options, member):
    reset = dict(instance_id=INSTANCE, group='billing', topics=['orders'], partitions=[0], **options)
    check = run(groups, ConsumerGroupOffsets, check=True, diff=True, **reset)
    assert check['changed'] and groups.calls('ModifyGroupOffsets') == []
    real = run(groups, ConsumerGroupOffsets, diff=True, **reset)
    assert real['changed'], real
    [body] = bodies(groups, 'ModifyGroupOffsets')
    strategy = {'Shift': 0, 'ShiftTimestamp': 1, 'Offset': 2}[list(member)[0]]
    assert body == dict({'InstanceId': INSTANCE, 'Group': 'billing', 'Strategy': strategy, 'Topics': ['orders'],
                         'Partitions': [0]}, **member)
    expected = {'earliest': 100, 'latest': 1000, 'timestamp': 500, 'offset': 700, 'shift': 350}[options['to']]
    assert partitions(real) == [('orders', 0, 400, expected)]
    assert real['diff'] == {'before': {'orders': {'0': 400}}, 'after': {'orders': {'0': expected}}}
    if options['to'] in ('latest', 'offset'):
        # predicted exactly in check mode
        assert partitions(check) == partitions(real)


def test_a_group_with_consumers_is_refused_then_forced(groups):
    reset = dict(instance_id=INSTANCE, group='shipping', topics=['orders'], to='latest')
    refused = run(groups, ConsumerGroupOffsets, **reset)
    assert refused['failed'] and 'force=true' in refused['msg'] and groups.calls('ModifyGroupOffsets') == []
    groups.configure(refuse_active_group_changes=False)
    forced = run(groups, ConsumerGroupOffsets, force=True, **reset)
    assert forced['changed'] and [row['after'] for row in forced['partitions']] == [1000, 1000, 1000]
    again = run(groups, ConsumerGroupOffsets, force=True, **reset)
    assert again['changed'] is False and len(groups.calls('ModifyGroupOffsets')) == 1


# ---- acl_rule ----------------------------------------------------------------------------------------------------

EXAMPLE_RULE = {'InstanceId': 'ckafka-12345678', 'ResourceType': 'Topic',
                'RuleList': [{'Host': '1.2.3.4', 'Principal': 'User:*', 'Operation': 'Write', 'PermissionType': 'Allow'}],
                'RuleName': 'testRule', 'PatternType': 'PREFIXED', 'Pattern': 'testPattern'}


def rule_options(**overrides):
    options = dict(instance_id='ckafka-12345678', rule_name='testRule', resource_type='Topic', pattern_type='PREFIXED',
                   pattern='testPattern',
                   rule_list=[dict(host='1.2.3.4', principal='User:*', operation='Write', permission_type='Allow')])
    options.update(overrides)
    return options


def test_acl_rule_create_equals_tccli_example_then_is_applied_in_place(emu):
    emu.seed_instance('ckafka-12345678', 'example')
    check = run(emu, AclRuleModule, check=True, diff=True, **rule_options())
    assert check['changed'] and emu.calls('CreateAclRule') == []
    created = run(emu, AclRuleModule, **rule_options())
    assert created['changed'] and bodies(emu, 'CreateAclRule') == [EXAMPLE_RULE]
    again = run(emu, AclRuleModule, **rule_options())
    assert again['changed'] is False, again
    assert again['acl_rule']['rule_list'] == [dict(operation='Write', permission_type='Allow', host='1.2.3.4',
                                                   principal='User:*')]
    assert again['acl_rule']['is_applied'] == 0 and again['acl_rule']['pattern_type'] == 'PREFIXED'
    applied = run(emu, AclRuleModule, diff=True, **rule_options(is_applied=1))
    assert applied['changed'] and bodies(emu, 'ModifyAclRule') == [
        {'InstanceId': 'ckafka-12345678', 'RuleName': 'testRule', 'IsApplied': 1}]
    assert applied['diff']['before']['is_applied'] == 0 and applied['diff']['after']['is_applied'] == 1
    assert run(emu, AclRuleModule, **rule_options(is_applied=1))['changed'] is False


def test_acl_rule_other_changes_are_a_replacement_refused_without_recreate(emu):
    emu.seed_instance('ckafka-12345678', 'example')
    two = [dict(host='*', principal='User:*', operation='Read', permission_type='Allow'),
           dict(host='1.2.3.4', principal='User:*', operation='Write', permission_type='Allow')]
    run(emu, AclRuleModule, **rule_options(rule_list=two))
    # the same grants in another order: no difference
    assert run(emu, AclRuleModule, **rule_options(rule_list=list(reversed(two))))['changed'] is False
    refused = run(emu, AclRuleModule, **rule_options(pattern='orders-', rule_list=two))
    assert refused['failed'] and refused['replacement_required'] and refused['differing_paths'] == ['pattern']
    assert 'recreate' in refused['msg'] and len(emu.calls('CreateAclRule')) == 1 and emu.calls('DeleteAclRule') == []
    replaced = run(emu, AclRuleModule, **rule_options(pattern='orders-', rule_list=two, recreate=True))
    assert replaced['changed'] and replaced['recreated'] and len(emu.calls('DeleteAclRule')) == 1
    assert bodies(emu, 'CreateAclRule')[-1]['Pattern'] == 'orders-'
    gone = run(emu, AclRuleModule, instance_id='ckafka-12345678', rule_name='testRule', state='absent')
    assert gone['changed'] and run(emu, AclRuleModule, instance_id='ckafka-12345678', rule_name='testRule',
                                   state='absent')['changed'] is False


@pytest.mark.parametrize('overrides, message', [
    (dict(pattern=None), 'pattern'),
    (dict(is_applied=2), 'is_applied must be 0 or 1'),
    (dict(rule_list=[dict(host='*', principal='app', operation='Read', permission_type='Allow')]), 'User:NAME'),
    (dict(rule_list=[dict(host='*', principal='User:*', operation='Read', permission_type='Deny')]), 'permission_type'),
    (dict(rule_name=' testRule'), 'rule_name must be a name'),
])
def test_acl_rule_bad_input_fails_before_any_call(emu, overrides, message):
    result = run(emu, AclRuleModule, **rule_options(**overrides))
    assert result['failed'] and message in result['msg'] and emu.requests() == []


# ---- acls --------------------------------------------------------------------------------------------------------


def test_acls_overridden_against_the_emulator(emu):
    for name in ('app-orders', 'app-billing'):
        run(emu, UserModule, instance_id=INSTANCE, name=name, password=PASSWORD)
    run(emu, Acl, instance_id=INSTANCE, resource_type='topic', resource_name='orders', operations=['read', 'alter'],
        principal='app-orders')
    run(emu, Acl, instance_id=INSTANCE, resource_type='topic', resource_name='audit', operations=['read'],
        principal='app-orders')
    declared = dict(instance_id=INSTANCE, state='overridden', scope=dict(resource_name_prefix='orders'), config=[
        dict(resource_type='topic', resource_name='orders', operations=['read', 'write'], principal='app-orders'),
        dict(resource_type='group', resource_name='orders-service', operations=['read'], principal='app-billing')])
    check = run(emu, AclsFleet, check=True, **declared)
    assert check['changed'] and len(check['created']) == 2 and [g['operation'] for g in check['deleted']] == ['alter']
    real = run(emu, AclsFleet, **declared)
    assert real['changed'] and len(emu.calls('CreateAcl')) == 3 + 2 and len(emu.calls('DeleteAcl')) == 1
    assert run(emu, AclsFleet, **declared)['changed'] is False
    gathered = run(emu, AclsFleet, instance_id=INSTANCE, state='gathered', scope={})
    assert gathered['gathered'] == [
        dict(resource_type='group', resource_name='orders-service', principal='app-billing', host='*', operations=['read']),
        dict(resource_type='topic', resource_name='audit', principal='app-orders', host='*', operations=['read']),
        dict(resource_type='topic', resource_name='orders', principal='app-orders', host='*', operations=['read', 'write'])]
