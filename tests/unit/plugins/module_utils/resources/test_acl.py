# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The acl module through main(), against an in-memory CreateAcl/DeleteAcl/DescribeACL: readable names in, the API's
codes out, one grant per operation, tccli's CreateAcl example with PermissionType 3, unknown outcomes not repeated
blindly."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import contextlib
import io
import json

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import base as module_base
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.acl.grants import label
from ansible_collections.tencentcloud.ckafka.plugins.modules.acl import Acl
from ansible_collections.tencentcloud.ckafka.plugins.modules.acls import Acls as AclsFleet

INSTANCE = 'ckafka-test'
CONNECTION = dict(secret_id='AKIDunitunitunitunit', secret_key='unit-secret-key-0123456789', region='ap-guangzhou',
                  endpoint='http://127.0.0.1:9')
MEMBERS = ('ResourceType', 'ResourceName', 'Operation', 'PermissionType', 'Host', 'Principal')


def merged(base, **changes):
    """base with changes (a new dict)."""
    result = dict(base)
    result.update(changes)
    return result


class Acls:
    """An instance's ACLs: a list of DescribeACL items."""

    def __init__(self, acls=None, lose=()):
        self.acls = list(acls or [])
        self.calls = []
        self.warnings = []
        # actions whose next call is applied but answered with a network error
        self.lose = list(lose)

    def actions(self):
        return [action for action, dummy in self.calls]

    def call(self, action, params, idempotent=False):
        self.calls.append((action, dict(params)))
        assert params['InstanceId'] == INSTANCE
        if action == 'DescribeACL':
            assert params['Limit'] <= 50
            items = [a for a in self.acls if a['ResourceType'] == params['ResourceType']
                     and params.get('ResourceName', '') in a.get('ResourceName', '')]
            page = items[params['Offset']:params['Offset'] + params['Limit']]
            return {'Result': {'TotalCount': len(items), 'AclList': page}}
        item = dict((member, params[member]) for member in MEMBERS if member in params)
        if action == 'CreateAcl':
            assert params['PermissionType'] == 3
            self.acls.append(item)
        elif action == 'DeleteAcl':
            self.acls.remove(item)
        else:
            raise AssertionError(action)
        if action in self.lose:
            self.lose.remove(action)
            raise CkafkaError('ClientNetworkError', 'connection reset', action=action)
        return {'Result': {'ReturnCode': '0', 'ReturnMessage': 'ok[apply ok]', 'Data': {'FlowId': 0}}}


def run(api, check=False, diff=False, **options):
    args = dict(CONNECTION, _ansible_check_mode=check, _ansible_diff=diff)
    args.update(options)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(module_base.CkafkaModule, 'build_client', lambda self: api)
            with pytest.raises(SystemExit):
                Acl.main()
    return json.loads(stdout.getvalue())


def acl(name, operation, principal='User:app-orders', host='*', kind=2, permission=3):
    return dict(ResourceType=kind, ResourceName=name, Operation=operation, PermissionType=permission, Host=host,
                Principal=principal)


def test_the_create_request_equals_tccli_example_with_allow():
    api = Acls()
    result = run(api, instance_id='ckafka-test', resource_type='topic', resource_name='yourresourcetest1',
                 operations=['all'], host='1.1.1.1', principal='user1')
    assert result['changed']
    assert api.calls[-1] == ('CreateAcl', {'InstanceId': 'ckafka-test', 'ResourceType': 2,
                                           'ResourceName': 'yourresourcetest1', 'Operation': 2, 'PermissionType': 3,
                                           'Host': '1.1.1.1', 'Principal': 'User:user1'})


def test_one_entry_stands_for_a_grant_per_operation_check_then_real_then_nothing():
    api = Acls([acl('orders', 3), acl('orders-archive', 4), acl('orders', 4, principal='User:other')])
    declared = dict(instance_id=INSTANCE, resource_type='topic', resource_name='orders', operations=['read', 'write'],
                    principal='app-orders')
    check = run(api, check=True, diff=True, **declared)
    assert check['changed'] and api.actions() == ['DescribeACL']
    assert check['created'] == [dict(resource_type='topic', resource_name='orders', operation='write',
                                     principal='app-orders', host='*')]
    assert check['diff'] == {'before': 'read on topic orders to User:app-orders from *\n',
                             'after': 'read on topic orders to User:app-orders from *\n'
                                      'write on topic orders to User:app-orders from *\n'}
    real = run(api, **declared)
    assert real['changed'] and api.actions()[1:] == ['DescribeACL', 'CreateAcl']
    assert api.calls[-1][1] == dict(InstanceId=INSTANCE, ResourceType=2, ResourceName='orders', Operation=4,
                                    PermissionType=3, Host='*', Principal='User:app-orders')
    assert [g['operation'] for g in real['grants']] == ['read', 'write']
    again = run(api, **declared)
    assert not again['changed'] and again['created'] == [] and api.actions()[-1] == 'DescribeACL'
    # the other user's grant and the other topic's are untouched
    assert acl('orders', 4, principal='User:other') in api.acls and acl('orders-archive', 4) in api.acls


def test_absent_deletes_only_the_declared_grants():
    api = Acls([acl('orders', 3), acl('orders', 4), acl('orders', 4, principal='User:other')])
    declared = dict(instance_id=INSTANCE, resource_type='topic', resource_name='orders', operations=['write', 'alter'],
                    principal='User:app-orders', state='absent')
    result = run(api, **declared)
    assert result['changed'] and [g['operation'] for g in result['deleted']] == ['write']
    assert api.calls[-1] == ('DeleteAcl', acl('orders', 4, principal='User:app-orders') | {'InstanceId': INSTANCE})
    assert api.acls == [acl('orders', 3), acl('orders', 4, principal='User:other')]
    assert not run(api, **declared)['changed']


def test_a_deny_grant_and_other_hosts_are_not_the_declared_grant():
    api = Acls([acl('orders', 3, permission=2), acl('orders', 3, host='10.0.0.1')])
    result = run(api, check=True, instance_id=INSTANCE, resource_type='topic', resource_name='orders',
                 operations=['read'], principal='app-orders')
    assert result['changed'] and len(result['created']) == 1


def test_every_page_is_read():
    api = Acls([acl('orders', 3, principal='User:u%03d' % n) for n in range(120)] + [acl('orders', 3)])
    result = run(api, instance_id=INSTANCE, resource_type='topic', resource_name='orders', operations=['read'],
                 principal='app-orders')
    assert not result['changed']
    assert [params['Offset'] for action, params in api.calls] == [0, 50, 100]


def test_a_group_grant_and_a_cluster_grant():
    api = Acls()
    run(api, instance_id=INSTANCE, resource_type='group', resource_name='billing', operations=['read'], principal='*')
    assert api.calls[-1][1] == dict(InstanceId=INSTANCE, ResourceType=3, ResourceName='billing', Operation=3,
                                    PermissionType=3, Host='*', Principal='User:*')
    cluster = dict(instance_id=INSTANCE, resource_type='cluster', operations=['describe'], principal='ops')
    created = run(api, **cluster)
    assert api.calls[-1][1] == dict(InstanceId=INSTANCE, ResourceType=4, ResourceName='kafka-cluster', Operation=8,
                                    PermissionType=3, Host='*', Principal='User:ops')
    assert created['grants'][0]['resource_name'] == 'kafka-cluster'
    assert not run(api, **merged(cluster, resource_name='kafka-cluster'))['changed']


def test_a_create_whose_outcome_is_unknown_is_read_before_it_is_sent_again():
    api = Acls(lose=['CreateAcl'])
    result = run(api, instance_id=INSTANCE, resource_type='topic', resource_name='orders', operations=['read'],
                 principal='app-orders')
    assert result['changed'] and api.actions() == ['DescribeACL', 'CreateAcl', 'DescribeACL']
    assert len(api.acls) == 1


@pytest.mark.parametrize('options, message', [
    (dict(resource_type='topic'), 'resource_name is required when resource_type is topic'),
    (dict(resource_type='cluster', resource_name='x'), 'resource_name is kafka-cluster or left out'),
    (dict(resource_type='topic', resource_name='orders', host='10.0.0.1;10.0.0.2'), 'declare one entry per host'),
    (dict(resource_type='topic', resource_name='orders', principal=' app'), 'principal must be a user name'),
    (dict(resource_type='topic', resource_name='orders', host=''), 'host must be'),
    (dict(resource_type='topic', resource_name='orders', operations=[]), 'operations must name at least one'),
    (dict(resource_type='topic', resource_name='orders', operations=['READ']), 'operations'),
    (dict(resource_type='queue', resource_name='orders'), 'resource_type'),
])
def test_bad_options_fail_before_any_call(options, message):
    api = Acls()
    args = dict(instance_id=INSTANCE, operations=['read'], principal='app-orders')
    args.update(options)
    result = run(api, **args)
    assert result['failed'] and message in result['msg'] and api.calls == []


# ---- acls ----------------------------------------------------------------------------------------------------------


def run_fleet(api, check=False, diff=False, **options):
    args = dict(CONNECTION, _ansible_check_mode=check, _ansible_diff=diff)
    args.update(options)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(module_base.CkafkaModule, 'build_client', lambda self: api)
            with pytest.raises(SystemExit):
                AclsFleet.main()
    return json.loads(stdout.getvalue())


def estate():
    """Grants on orders and orders-archive (topics), on billing (a group), of app-orders and other."""
    return [acl('orders', 3), acl('orders', 4), acl('orders', 7), acl('orders-archive', 3),
            acl('orders', 3, principal='User:other'), acl('audit', 3), acl('billing', 3, kind=3)]


DECLARED = [dict(resource_type='topic', resource_name='orders', operations=['read', 'write'], principal='app-orders'),
            dict(resource_type='topic', resource_name='orders', operations=['read', 'describe'], principal='other')]


def test_overridden_deletes_exactly_the_undeclared_grants_in_scope():
    api = Acls(estate())
    options = dict(instance_id=INSTANCE, state='overridden', config=DECLARED,
                   scope=dict(resource_type='topic', resource_name_prefix='orders'))
    check = run_fleet(api, check=True, diff=True, **options)
    assert check['changed'] and api.actions() == ['DescribeACL']
    assert [label(g) for g in check['created']] == ['describe on topic orders to User:other from *']
    assert sorted(label(g) for g in check['deleted']) == ['alter on topic orders to User:app-orders from *',
                                                          'read on topic orders-archive to User:app-orders from *']
    assert 'read on topic audit' not in check['diff']['before']
    real = run_fleet(api, **options)
    assert real['created'] == check['created'] and real['deleted'] == check['deleted']
    assert [action for action in api.actions() if action != 'DescribeACL'] == ['CreateAcl', 'DeleteAcl', 'DeleteAcl']
    # out of scope: audit (another prefix) and billing (a group)
    assert acl('audit', 3) in api.acls and acl('billing', 3, kind=3) in api.acls
    again = run_fleet(api, **options)
    assert not again['changed'] and set(api.actions()[-1:]) == {'DescribeACL'}


def test_a_plan_deleting_more_than_max_deletions_fails_before_any_write():
    api = Acls(estate())
    result = run_fleet(api, instance_id=INSTANCE, state='overridden', config=[], scope={}, max_deletions=3,
                       allow_delete_all=True)
    assert result['failed'] and 'deletes 7 grants, more than max_deletions (3)' in result['msg']
    assert len(result['deleted']) == 7 and api.actions() == ['DescribeACL'] * 3


def test_a_principal_scope_and_deleted_without_config():
    api = Acls(estate())
    result = run_fleet(api, instance_id=INSTANCE, state='deleted', scope=dict(principal='other'), allow_delete_all=True)
    assert result['changed'] and [label(g) for g in result['deleted']] == ['read on topic orders to User:other from *']
    assert acl('orders', 3, principal='User:other') not in api.acls and len(api.acls) == 6


@pytest.mark.parametrize('options', [dict(state='overridden', config=[], scope={}),
                                     dict(state='overridden', scope=dict(principal='other')),
                                     dict(state='deleted', scope=dict(principal='other'))])
def test_emptying_a_scope_needs_allow_delete_all(options):
    api = Acls(estate())
    result = run_fleet(api, instance_id=INSTANCE, **options)
    assert result['failed'] and 'deletes every grant in scope; set allow_delete_all: true' in result['msg']
    assert api.calls == []


def test_without_max_deletions_a_prune_deletes_at_most_ten_grants():
    many = estate() + [acl('orders-%02d' % number, 3) for number in range(8)]
    api = Acls(many)
    options = dict(instance_id=INSTANCE, state='overridden', scope={}, config=DECLARED)
    refused = run_fleet(api, **options)
    assert refused['failed'] and 'that no entry names, more than 10, the limit when max_deletions is not set' in refused['msg']
    assert 'set max_deletions: %d' % len(refused['deleted']) in refused['msg'] and set(api.actions()) == {'DescribeACL'}
    allowed = run_fleet(api, max_deletions=len(refused['deleted']), **options)
    assert allowed['changed'] and allowed['msg'] == '1 created, %d deleted, 3 unchanged' % len(refused['deleted'])


def test_the_msg_summarises_the_plan_in_check_mode_too():
    api = Acls(estate())
    result = run_fleet(api, check=True, instance_id=INSTANCE, state='merged', config=DECLARED + [
        dict(resource_type='topic', resource_name='new', operations=['read'], principal='app-orders')])
    # describe on orders for other and read on new are missing; the other three grants exist
    assert result['msg'] == '2 to create, 3 unchanged (check mode: nothing was written)'
    assert api.actions() == ['DescribeACL']


def test_deleted_with_config_deletes_the_declared_grants_that_exist():
    api = Acls(estate())
    result = run_fleet(api, instance_id=INSTANCE, state='deleted', config=DECLARED)
    assert sorted(label(g) for g in result['deleted']) == ['read on topic orders to User:app-orders from *',
                                                           'read on topic orders to User:other from *',
                                                           'write on topic orders to User:app-orders from *']
    assert result['grants'] == [] and acl('orders', 7) in api.acls


def test_gathered_feeds_back_as_config():
    api = Acls(estate())
    gathered = run_fleet(api, instance_id=INSTANCE, state='gathered', scope=dict(resource_type='topic',
                                                                                 principal='app-orders'))
    assert gathered['gathered'] == [
        dict(resource_type='topic', resource_name='audit', principal='app-orders', host='*', operations=['read']),
        dict(resource_type='topic', resource_name='orders', principal='app-orders', host='*',
             operations=['read', 'write', 'alter']),
        dict(resource_type='topic', resource_name='orders-archive', principal='app-orders', host='*', operations=['read'])]
    declared = run_fleet(api, instance_id=INSTANCE, state='overridden', config=gathered['gathered'],
                         scope=dict(resource_type='topic', principal='app-orders'))
    assert not declared['changed'] and not gathered['changed']


@pytest.mark.parametrize('options, message', [
    (dict(state='overridden', config=[]), 'state is overridden, so scope is required'),
    (dict(state='deleted'), 'state is deleted without config, so scope is required'),
    (dict(state='merged'), 'state is merged, so config is required'),
    (dict(state='gathered', scope={}, config=DECLARED), 'state is gathered, which takes no config'),
    (dict(config=[DECLARED[0], dict(resource_type='group', operations=['read'], principal='x')]),
     'config[1].resource_name is required when resource_type is group'),
    (dict(state='overridden', config=[], scope={}, max_deletions=-1), 'max_deletions must be 0 or more'),
    (dict(state='overridden', config=[], scope=dict(principal=' x')), 'scope.principal must be a name'),
])
def test_fleet_bad_options_fail_before_any_call(options, message):
    api = Acls(estate())
    result = run_fleet(api, instance_id=INSTANCE, **options)
    assert result['failed'] and message in result['msg'] and api.calls == []
