# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""user, acl, consumer_group_info and consumer_group_offsets through real ansible-playbook runs against the emulator:
check mode, the change and the idempotent rerun of each state, the API calls each run makes, and no password in a
-vvvv run."""

import os

import pytest

from conftest import Declarer, cycle, failed, ok

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
INSTANCE = 'ckafka-access01'
PASSWORD, ROTATED = 'Orders-secret-7h8i9j', 'Orders-secret-0k1l2m'
USER_WRITES = ('CreateUser', 'ModifyPassword', 'DeleteUser')
ACL_WRITES = ('CreateAcl', 'DeleteAcl')


@pytest.fixture
def instance(emulator):
    emulator.seed_instance(INSTANCE, 'shop')
    emulator.seed('topic', [{'InstanceId': INSTANCE, 'TopicName': 'orders', 'PartitionNum': 2, 'ReplicaNum': 2}])
    return emulator


@pytest.fixture
def user(instance):
    return Declarer(instance, 'access/user.yml', 'Declare the user', USER_WRITES)


@pytest.fixture
def acl(instance):
    return Declarer(instance, 'access/acl.yml', 'Declare the grants', ACL_WRITES)


def merged(base, **changes):
    """base with changes (a new dict)."""
    result = dict(base)
    result.update(changes)
    return result


def test_user_present_then_rotated_then_absent_with_no_password_anywhere(user, instance):
    declared = dict(instance_id=INSTANCE, user_name='app-orders', user_password=PASSWORD)
    check, real, rerun = cycle(user, declared, ['CreateUser'])
    assert ok(real)['user'] == {'instance_id': INSTANCE, 'name': 'app-orders'}
    assert ok(rerun)['user']['user_id']
    rotate = merged(declared, user_password=ROTATED, current_password=PASSWORD, update_password='always')
    rotated = user(rotate, verbosity=4, diff=True)
    assert ok(rotated)['changed'] and rotated.writes == ['ModifyPassword']
    settled = user(merged(rotate, current_password=ROTATED))
    assert ok(settled)['changed'] is False and settled.writes == []
    stale = user(merged(rotate, current_password=PASSWORD), verbosity=4)
    assert 'InvalidParameterValue' in failed(stale)['msg']
    gone_check, gone, gone_again = (user(merged(declared, state='absent'), check=True), user(merged(declared, state='absent')),
                                    user(merged(declared, state='absent')))
    assert ok(gone_check)['changed'] and gone_check.writes == []
    assert ok(gone)['changed'] and gone.writes == ['DeleteUser']
    assert ok(gone_again)['changed'] is False and gone_again.writes == []
    for run in (check, real, rerun, rotated, settled, stale, gone):
        assert PASSWORD not in run.output and ROTATED not in run.output, run.command
    # the -vvvv run shows the module's arguments, the passwords masked
    assert '"update_password": "always"' in rotated.output and 'VALUE_SPECIFIED_IN_NO_LOG_PARAMETER' in rotated.output


def test_acl_present_then_absent(acl, user, instance):
    created = user(dict(instance_id=INSTANCE, user_name='app-orders', user_password=PASSWORD), verbosity=4, diff=True)
    assert ok(created)['changed'] and created.writes == ['CreateUser']
    assert PASSWORD not in created.output and 'VALUE_SPECIFIED_IN_NO_LOG_PARAMETER' in created.output
    grants = dict(instance_id=INSTANCE, resource_type='topic', resource_name='orders', operations=['read', 'write'],
                  principal='app-orders')
    check, real, rerun = cycle(acl, grants, ['CreateAcl', 'CreateAcl'])
    assert [g['operation'] for g in ok(real)['grants']] == ['read', 'write']
    assert [c['params']['Operation'] for c in real.calls if c['action'] == 'CreateAcl'] == [3, 4]
    assert 'write on topic orders to User:app-orders from *' in check.output
    absent = merged(grants, operations=['write'], state='absent')
    check, real, rerun = cycle(acl, absent, ['DeleteAcl'])
    assert [g['operation'] for g in ok(real)['deleted']] == ['write']


@pytest.fixture
def groups(instance):
    instance.set_log(INSTANCE, 'orders', start=10, end=100)
    instance.set_group(INSTANCE, 'billing', offsets={'orders': {'0': 40, '1': 100}})
    instance.set_group(INSTANCE, 'shipping', offsets={'orders': 90},
                       members=[{'client_id': 'ship-1', 'client_host': '/10.1.0.1', 'assignment': {'orders': [0, 1]}}])
    return instance


def test_consumer_group_info(groups):
    read = Declarer(groups, 'access/consumer_group_info.yml', 'Read the groups', ())
    run = read(dict(instance_id=INSTANCE))
    result = ok(run)
    assert result['changed'] is False and result['total_lag'] == 60 + 0 + 10 + 10
    assert [(g['group'], g['state'], len(g['members']), g['total_lag']) for g in result['groups']] == [
        ('billing', 'Empty', 0, 60), ('shipping', 'Stable', 1, 20)]
    assert run.actions == ['DescribeConsumerGroup', 'DescribeGroupInfo', 'DescribeGroupOffsets', 'DescribeGroupOffsets']
    in_check = ok(read(dict(instance_id=INSTANCE, group_name='billing'), check=True))
    assert in_check['groups'] == result['groups'][:1]


def test_consumer_group_offsets_reset_and_the_active_group_refusal(groups):
    reset = Declarer(groups, 'access/consumer_group_offsets.yml', 'Reset the offsets', ('ModifyGroupOffsets',))
    latest = dict(instance_id=INSTANCE, group_name='billing', group_topics=['orders'], reset_to='latest')
    check, real, rerun = cycle(reset, latest, ['ModifyGroupOffsets'])
    assert ok(check)['diff'] == ok(real)['diff'] == {'before': {'orders': {'0': 40, '1': 100}},
                                                     'after': {'orders': {'0': 100, '1': 100}}}
    assert '-        "0": 40' in check.output and '+        "0": 100' in check.output
    assert real.calls[-2]['params'] == {'InstanceId': INSTANCE, 'Group': 'billing', 'Strategy': 1,
                                        'Topics': ['orders'], 'ShiftTimestamp': -1}
    refused = reset(merged(latest, group_name='shipping'))
    assert 'force=true' in failed(refused)['msg'] and refused.writes == []


def test_acl_rule_present_changed_in_place_refused_replacement_then_absent(instance):
    rule = Declarer(instance, 'access/acl_rule.yml', 'Declare the rule', ('CreateAclRule', 'ModifyAclRule', 'DeleteAclRule'))
    declared = dict(instance_id=INSTANCE, rule_name='orders-writers', rule_resource_type='Topic', pattern_type='PREFIXED',
                    pattern='orders-', rule_list=[dict(operation='Write', permission_type='Allow', host='*',
                                                       principal='User:*')])
    check, real, rerun = cycle(rule, declared, ['CreateAclRule'])
    assert ok(rerun)['acl_rule']['rule_list'] == declared['rule_list']
    cycle(rule, merged(declared, is_applied=1), ['ModifyAclRule'])
    refused = rule(merged(declared, is_applied=1, pattern='audit-'), diff=True)
    result = failed(refused)
    assert result['replacement_required'] and result['differing_paths'] == ['pattern'] and refused.writes == []
    absent = dict(instance_id=INSTANCE, rule_name='orders-writers', state='absent')
    check, real, rerun = cycle(rule, absent, ['DeleteAclRule'])


def test_acls_overridden_prunes_within_the_scope_bounded_by_max_deletions(acl, user, instance):
    ok(user(dict(instance_id=INSTANCE, user_name='app-orders', user_password=PASSWORD)))
    ok(acl(dict(instance_id=INSTANCE, resource_type='topic', resource_name='orders', operations=['read', 'alter'],
                principal='app-orders')))
    ok(acl(dict(instance_id=INSTANCE, resource_type='topic', resource_name='audit', operations=['read'],
                principal='app-orders')))
    fleet = Declarer(instance, 'access/acls.yml', 'Declare the grants', ACL_WRITES)
    declared = dict(instance_id=INSTANCE, state='overridden', acl_scope=dict(resource_name_prefix='orders'),
                    acl_config=[dict(resource_type='topic', resource_name='orders', operations=['read', 'write'],
                                     principal='app-orders')])
    bounded = fleet(merged(declared, max_deletions=0))
    assert 'more than max_deletions (0)' in failed(bounded)['msg'] and bounded.writes == []
    check, real, rerun = cycle(fleet, declared, ['CreateAcl', 'DeleteAcl'])
    assert [g['operation'] for g in ok(real)['deleted']] == ['alter']
    assert '-alter on topic orders to User:app-orders from *' in check.output
    gathered = ok(fleet(dict(instance_id=INSTANCE, state='gathered', acl_scope={})))
    assert [(e['resource_name'], e['operations']) for e in gathered['gathered']] == [('audit', ['read']),
                                                                                     ('orders', ['read', 'write'])]


def test_the_onboarding_recipe_runs_as_written(instance):
    """docs/cookbook/recipes/onboard_an_application.yml: a user, its grants pruned to the declared ones, its lag."""
    instance.set_log(INSTANCE, 'orders', end=100)
    instance.set_group(INSTANCE, 'orders-service', offsets={'orders': 70})
    recipe = os.path.join(ROOT, 'docs', 'cookbook', 'recipes', 'onboard_an_application.yml')
    declare = Declarer(instance, recipe, 'Its grants', ACL_WRITES + USER_WRITES)
    first = declare(dict(instance_id=INSTANCE, app_password=PASSWORD))
    assert ok(first)['changed'] and first.writes == ['CreateUser', 'CreateAcl', 'CreateAcl', 'CreateAcl']
    assert ok(first, 'Where its consumer group stands')['total_lag'] == 60
    assert 'orders-service: Empty, lag 60' in first.output
    # a grant given by hand is pruned; the rest is as declared
    instance.call('CreateAcl', {'InstanceId': INSTANCE, 'ResourceType': 2, 'ResourceName': 'audit', 'Operation': 3,
                                'PermissionType': 3, 'Principal': 'User:app-orders'})
    second = declare(dict(instance_id=INSTANCE, app_password=PASSWORD), diff=True)
    assert ok(second)['changed'] and second.writes == ['DeleteAcl']
    third = declare(dict(instance_id=INSTANCE, app_password=PASSWORD))
    assert ok(third)['changed'] is False and third.writes == []
    assert PASSWORD not in first.output + second.output + third.output
