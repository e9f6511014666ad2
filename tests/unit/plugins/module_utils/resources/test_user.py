# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The user module through main(), against an in-memory DescribeUser/CreateUser/ModifyPassword/DeleteUser: the
create request equals tccli's example, the password as connect_resource treats it, and no secret in any output."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import contextlib
import io
import json

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import base as module_base
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy
from ansible_collections.tencentcloud.ckafka.plugins.modules.user import UserModule

INSTANCE = 'ckafka-test'
CONNECTION = dict(secret_id='AKIDunitunitunitunit', secret_key='unit-secret-key-0123456789', region='ap-guangzhou',
                  endpoint='http://127.0.0.1:9')
OLD, NEW = 'Old-pass-4d3c2b1a', 'New-pass-9f8e7d6c'


def merged(base, **changes):
    """base with changes (a new dict)."""
    result = dict(base)
    result.update(changes)
    return result


class Users:
    """An instance's users: {name: password}."""

    def __init__(self, users=None):
        self.users = dict(users or {})
        self.calls = []
        self.warnings = []
        self.retry_policy = RetryPolicy(retries=0)

    def actions(self):
        return [action for action, dummy in self.calls]

    def call(self, action, params, idempotent=False):
        self.calls.append((action, dict(params)))
        assert params['InstanceId'] == INSTANCE
        if action == 'DescribeUser':
            assert params['Limit'] <= 50
            names = [n for n in sorted(self.users) if params.get('SearchWord', '') in n]
            page = names[params['Offset']:params['Offset'] + params['Limit']]
            return {'Result': {'TotalCount': len(names), 'Users': [
                {'UserId': 40 + sorted(self.users).index(n), 'Name': n, 'CreateTime': '2024-07-09 10:19:08',
                 'UpdateTime': '2024-07-09 10:19:08'} for n in page]}}
        if action == 'CreateUser':
            assert params['Name'] not in self.users
            self.users[params['Name']] = params.get('Password')
        elif action == 'ModifyPassword':
            if self.users[params['Name']] != params['Password']:
                raise CkafkaError('InvalidParameterValue', 'the current password is wrong')
            self.users[params['Name']] = params['PasswordNew']
        elif action == 'DeleteUser':
            del self.users[params['Name']]
        else:
            raise AssertionError(action)
        return {'Result': {'ReturnCode': '0', 'ReturnMessage': 'ok', 'Data': None}}


def run(api, check=False, diff=False, **options):
    args = dict(CONNECTION, _ansible_check_mode=check, _ansible_diff=diff)
    args.update(options)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(module_base.CkafkaModule, 'build_client', lambda self: api)
            with pytest.raises(SystemExit):
                UserModule.main()
    return json.loads(stdout.getvalue())


def test_the_create_request_equals_tccli_example_then_a_rerun_changes_nothing():
    api = Users()
    declared = dict(instance_id=INSTANCE, name='yourname', password='Password')
    check = run(api, check=True, diff=True, **declared)
    assert check['changed'] and api.actions() == ['DescribeUser']
    assert check['diff']['before'] == {} and check['diff']['after'] == {'instance_id': INSTANCE, 'name': 'yourname'}
    real = run(api, diff=True, **declared)
    assert real['changed'] and api.calls[-1] == ('CreateUser', {'InstanceId': 'ckafka-test', 'Name': 'yourname',
                                                                'Password': 'Password'})
    assert real['user'] == {'instance_id': INSTANCE, 'name': 'yourname'} and real['name'] == 'yourname'
    rerun = run(api, diff=True, **declared)
    assert not rerun['changed'] and api.actions()[-1] == 'DescribeUser'
    assert rerun['user'] == {'instance_id': INSTANCE, 'name': 'yourname', 'user_id': 40,
                             'create_time': '2024-07-09 10:19:08', 'update_time': '2024-07-09 10:19:08'}
    assert 'Password' not in json.dumps([check, real, rerun]).replace('"password"', '')


def test_the_user_is_the_one_of_exactly_its_name_over_every_page():
    users = dict(('app-%03d' % n, 'x') for n in range(70))
    users['app'] = 'Pass-1234567'
    api = Users(users)
    result = run(api, instance_id=INSTANCE, name='app', password='Pass-1234567')
    assert not result['changed'] and result['user']['name'] == 'app'
    assert [params['Offset'] for action, params in api.calls] == [0, 50]
    assert all(params['SearchWord'] == 'app' for action, params in api.calls)


def test_on_create_never_sends_a_changed_password():
    api = Users({'app-orders': OLD})
    result = run(api, instance_id=INSTANCE, name='app-orders', password=NEW)
    assert not result['changed'] and api.actions() == ['DescribeUser'] and api.users['app-orders'] == OLD


def test_always_changes_the_password_with_the_current_one_and_not_when_they_are_the_same():
    api = Users({'app-orders': OLD})
    declared = dict(instance_id=INSTANCE, name='app-orders', password=NEW, current_password=OLD, update_password='always')
    check = run(api, check=True, diff=True, **declared)
    assert check['changed'] and api.actions() == ['DescribeUser']
    real = run(api, diff=True, **declared)
    assert real['changed'] and api.users['app-orders'] == NEW
    assert api.calls[-1] == ('ModifyPassword', {'InstanceId': INSTANCE, 'Name': 'app-orders', 'Password': OLD,
                                                'PasswordNew': NEW})
    settled = run(api, **merged(declared, current_password=NEW))
    assert not settled['changed'] and api.actions().count('ModifyPassword') == 1
    # the old password as the current one: the service refuses, the run fails, nothing secret in the failure
    stale = run(api, **declared)
    assert stale['failed'] and 'current password is wrong' in stale['msg']
    outputs = json.dumps([check, real, settled, stale])
    assert OLD not in outputs and NEW not in outputs


def test_delete_and_absent():
    api = Users({'app-orders': OLD})
    gone = run(api, instance_id=INSTANCE, name='app-orders', state='absent')
    assert gone['changed'] and api.calls[-1] == ('DeleteUser', {'InstanceId': INSTANCE, 'Name': 'app-orders'})
    again = run(api, instance_id=INSTANCE, name='app-orders', state='absent')
    assert not again['changed'] and again['user'] is None


@pytest.mark.parametrize('options, message', [
    (dict(name='app', password='Pass-1234567', update_password='always'), 'current_password is required'),
    (dict(name='app', current_password='Pass-1234567'), 'current_password is taken only with update_password=always'),
    (dict(name=' app', password='Pass-1234567'), 'name must be a user name without spaces'),
    (dict(name='app', password='Pass-1234567', instance_id=''), 'instance_id must be'),
    (dict(name='app', password='Pass-1234567', update_password='sometimes'), 'update_password'),
])
def test_bad_options_fail_before_any_call(options, message):
    api = Users()
    result = run(api, **dict(dict(instance_id=INSTANCE), **options))
    assert result['failed'] and message in result['msg'] and api.calls == []


def test_a_create_without_a_password_fails_before_any_write():
    api = Users()
    result = run(api, instance_id=INSTANCE, name='app')
    assert result['failed'] and 'password is required to create a user' in result['msg']
    assert api.actions() == ['DescribeUser']
