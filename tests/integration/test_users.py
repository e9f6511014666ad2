# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""users through a real ansible-playbook run against the emulator: check mode, the change (the users created and
the one no entry names pruned), the idempotent rerun, and no password in any output, a -vvvv run included."""

import pytest

from conftest import Declarer, ok

INSTANCE = 'ckafka-users01'
PASSWORDS = ('Orders-secret-3p4q5r', 'Refunds-secret-6s7t8u')
WRITES = ('CreateUser', 'ModifyPassword', 'DeleteUser')
CONFIG = [dict(name='shop-orders', password=PASSWORDS[0]), dict(name='shop-refunds', password=PASSWORDS[1])]


@pytest.fixture
def fleet(emulator):
    emulator.seed_instance(INSTANCE, 'shop')
    emulator.call('CreateUser', {'InstanceId': INSTANCE, 'Name': 'shop-old', 'Password': 'Old-secret-9v0w1x'})
    emulator.call('CreateUser', {'InstanceId': INSTANCE, 'Name': 'billing', 'Password': 'Old-secret-9v0w1x'})
    return Declarer(emulator, 'access/users.yml', 'Declare the users', WRITES)


def user_names(emulator):
    answer = emulator.call('DescribeUser', {'InstanceId': INSTANCE, 'Limit': 50})['Response']['Result']
    return sorted(user['Name'] for user in answer['Users'])


def test_users_overridden_check_change_rerun_with_no_password_anywhere(fleet, emulator):
    variables = dict(fleet_state='overridden', fleet_scope=dict(instance_id=INSTANCE, name_prefix='shop-'),
                     fleet_config=CONFIG, max_deletions=1)
    check = fleet(variables, check=True, diff=True)
    assert ok(check)['changed'] and check.writes == []
    assert ok(check)['msg'].startswith('2 to create, 1 to delete')
    real = fleet(variables, diff=True, verbosity=4)
    assert ok(real)['changed'] and sorted(real.writes) == ['CreateUser', 'CreateUser', 'DeleteUser']
    assert all(call['params']['InstanceId'] == INSTANCE for call in real.calls)
    assert user_names(emulator) == ['billing', 'shop-orders', 'shop-refunds']
    rerun = fleet(variables, verbosity=4)
    assert ok(rerun)['changed'] is False and rerun.writes == []
    gathered = fleet(dict(fleet_state='gathered', fleet_scope=dict(instance_id=INSTANCE, name_prefix='shop-')))
    entries = ok(gathered)['gathered']
    assert sorted(entry['name'] for entry in entries) == ['shop-orders', 'shop-refunds']
    assert all('password' not in entry for entry in entries)
    fed_back = fleet(dict(fleet_scope=dict(instance_id=INSTANCE),
                          fleet_config=[dict(entry, update_password='on_create') for entry in entries]))
    assert ok(fed_back)['changed'] is False and fed_back.writes == []
    for run in (check, real, rerun, gathered, fed_back):
        for password in PASSWORDS:
            assert password not in run.output, run.command
    # the -vvvv run shows the module's arguments, the passwords masked
    assert 'VALUE_SPECIFIED_IN_NO_LOG_PARAMETER' in real.output and '"name": "shop-orders"' in real.output
