# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The fleet module users in process (main() with patched arguments, the emulator behind): every state,
the instance from scope on every call, an entry of another instance refused, the prune bounded, and the
passwords never in any result."""

import contextlib
import io
import json
import os
import sys

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.modules import users

EMULATOR_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'emulator'))
if EMULATOR_DIR not in sys.path:
    sys.path.insert(0, EMULATOR_DIR)

from harness import start_emulator  # noqa: E402  pylint: disable=wrong-import-position

INSTANCE = 'ckafka-fleet001'
OTHER = 'ckafka-fleet002'
WRITES = ('CreateUser', 'ModifyPassword', 'DeleteUser')
SCOPE = dict(instance_id=INSTANCE)
PASSWORDS = ('Shop-orders-pass-7f3a9c', 'Shop-refunds-pass-2b8e4d', 'Shop-rotated-pass-5c1d6e')
CONFIG = [dict(name='shop-orders', password=PASSWORDS[0]), dict(name='shop-refunds', password=PASSWORDS[1])]


@pytest.fixture(scope='module')
def emulator():
    emu = start_emulator(rate_limit=0)
    try:
        yield emu
    finally:
        emu.stop()


@pytest.fixture
def emu(emulator):  # pylint: disable=redefined-outer-name
    emulator.reset()
    emulator.configure(rate_limit=0)
    emulator.seed_instance(INSTANCE, 'fleet-kafka')
    emulator.seed_instance(OTHER, 'other-kafka')
    return emulator


def run(emu, check=False, diff=False, **options):
    args = dict(secret_id=emu.secret_id, secret_key=emu.secret_key, region='ap-guangzhou', endpoint=emu.endpoint,
                max_retries=0, _ansible_check_mode=check, _ansible_diff=diff)
    args.update(options)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.raises(SystemExit):
            users.main()
    text = stdout.getvalue()
    for password in PASSWORDS:
        assert password not in text, 'a password is in the result'
    return json.loads(text)


def writes(emu, start=0):
    return [entry['action'] for entry in emu.requests()[start:] if entry['action'] in WRITES]


def names(emu, instance=INSTANCE):
    answer = emu.call('DescribeUser', {'InstanceId': instance, 'Limit': 50})['Response']['Result']
    return sorted(user['Name'] for user in answer['Users'])


def seed_users(emu, *user_names):
    for name in user_names:
        emu.call('CreateUser', {'InstanceId': INSTANCE, 'Name': name, 'Password': 'Seeded-pass-000'})


def test_merged_check_then_real_then_idempotent(emu):
    check = run(emu, check=True, diff=True, scope=SCOPE, config=CONFIG)
    assert check['changed'] and writes(emu) == [] and [item['action'] for item in check['results']] == ['created'] * 2
    assert check['msg'].startswith('2 to create') and 'check mode' in check['msg']
    real = run(emu, scope=SCOPE, config=CONFIG)
    assert real['changed'] and writes(emu) == ['CreateUser', 'CreateUser'] and real['msg'].startswith('2 created')
    assert all(call['params']['InstanceId'] == INSTANCE for call in emu.requests())
    # the emulator's log masks the password; the service took each entry's own (ModifyPassword checks the current one)
    created = sorted((call['params']['Name'], call['params']['Password']) for call in emu.calls('CreateUser'))
    assert created == [('shop-orders', '********'), ('shop-refunds', '********')]
    for entry in CONFIG:
        answer = emu.call('ModifyPassword', dict(InstanceId=INSTANCE, Name=entry['name'], Password=entry['password'],
                                                 PasswordNew=entry['password']))
        assert 'Error' not in answer['Response'], answer
    wrong = emu.call('ModifyPassword', dict(InstanceId=INSTANCE, Name='shop-orders', Password=PASSWORDS[1],
                                            PasswordNew=PASSWORDS[1]))
    assert 'Error' in wrong['Response']
    assert names(emu) == ['shop-orders', 'shop-refunds'] and names(emu, OTHER) == []
    start = len(emu.requests())
    rerun = run(emu, scope=SCOPE, config=CONFIG)
    assert not rerun['changed'] and writes(emu, start) == []
    assert [item['action'] for item in rerun['results']] == ['unchanged'] * 2 and rerun['msg'] == '2 unchanged'


def test_a_password_is_changed_only_with_update_password_always(emu):
    run(emu, scope=SCOPE, config=CONFIG)
    start = len(emu.requests())
    ignored = run(emu, scope=SCOPE, config=[dict(CONFIG[0], password=PASSWORDS[2]), CONFIG[1]])
    assert not ignored['changed'] and writes(emu, start) == []
    rotate = [dict(CONFIG[0], password=PASSWORDS[2], current_password=PASSWORDS[0], update_password='always'), CONFIG[1]]
    rotated = run(emu, diff=True, scope=SCOPE, config=rotate)
    assert rotated['changed'] and writes(emu, start) == ['ModifyPassword']
    assert [item['action'] for item in rotated['results']] == ['updated', 'unchanged']
    [body] = [call['params'] for call in emu.calls('ModifyPassword')]
    assert body == dict(InstanceId=INSTANCE, Name='shop-orders', Password='********', PasswordNew='********')
    # the service took the new password: a rotation back from it goes through, a stale current one fails
    back = run(emu, scope=SCOPE, config=[dict(rotate[0], password=PASSWORDS[0], current_password=PASSWORDS[2])])
    assert back['changed'] and len(emu.calls('ModifyPassword')) == 2
    stale = run(emu, scope=SCOPE, config=[dict(rotate[0], current_password=PASSWORDS[1])])
    assert stale['failed'] and stale['results'][0]['action'] == 'failed'


def test_an_entry_of_another_instance_is_refused(emu):
    refused = run(emu, scope=SCOPE, config=[dict(CONFIG[0], instance_id=OTHER)])
    assert refused['failed'] and 'not the scope\'s %s' % INSTANCE in refused['msg'] and emu.requests() == []


def test_the_instance_is_required(emu):
    refused = run(emu, config=CONFIG)
    assert refused['failed'] and 'scope' in refused['msg'] and emu.requests() == []


def test_a_create_needs_the_password(emu):
    refused = run(emu, scope=SCOPE, config=[dict(name='shop-orders')])
    assert refused['failed'] and 'password' in refused['msg'] and writes(emu) == []


def test_options_a_state_does_not_use_are_refused(emu):
    refused = run(emu, state='merged', scope=dict(SCOPE, name_prefix='shop-'), config=CONFIG)
    assert refused['failed'] and 'scope' in refused['msg'] and emu.requests() == []
    refused = run(emu, state='gathered', scope=SCOPE, config=CONFIG)
    assert refused['failed'] and 'config' in refused['msg'] and emu.requests() == []


def test_overridden_prunes_within_the_prefix_and_is_bounded(emu):
    seed_users(emu, 'shop-old-1', 'shop-old-2', 'shop-old-3', 'billing-keep')
    emu.call('CreateUser', {'InstanceId': OTHER, 'Name': 'shop-elsewhere', 'Password': 'Seeded-pass-000'})
    start = len(emu.requests())
    scope = dict(SCOPE, name_prefix='shop-')
    bounded = run(emu, state='overridden', scope=scope, config=CONFIG, max_deletions=2)
    assert bounded['failed'] and writes(emu, start) == []
    check = run(emu, check=True, state='overridden', scope=scope, config=CONFIG, max_deletions=3)
    assert check['changed'] and writes(emu, start) == []
    assert check['msg'].startswith('2 to create, 3 to delete') and 'check mode' in check['msg']
    real = run(emu, state='overridden', scope=scope, config=CONFIG, max_deletions=3)
    assert real['changed'] and sorted(writes(emu, start)) == ['CreateUser'] * 2 + ['DeleteUser'] * 3
    assert sorted(item['name'] for item in real['results'] if item['action'] == 'deleted') == [
        'shop-old-1', 'shop-old-2', 'shop-old-3']
    assert names(emu) == ['billing-keep', 'shop-orders', 'shop-refunds'] and names(emu, OTHER) == ['shop-elsewhere']
    start = len(emu.requests())
    again = run(emu, state='overridden', scope=scope, config=CONFIG, max_deletions=3)
    assert not again['changed'] and writes(emu, start) == []


def test_the_prune_is_bounded_at_10_without_max_deletions(emu):
    seed_users(emu, *['old-%02d' % number for number in range(11)])
    start = len(emu.requests())
    bounded = run(emu, state='overridden', scope=SCOPE, config=CONFIG)
    assert bounded['failed'] and '11' in bounded['msg'] and 'max_deletions' in bounded['msg']
    assert writes(emu, start) == []


def test_overridden_with_an_empty_config_needs_allow_delete_all(emu):
    run(emu, scope=SCOPE, config=CONFIG)
    start = len(emu.requests())
    refused = run(emu, state='overridden', scope=SCOPE, config=[])
    assert refused['failed'] and 'allow_delete_all' in refused['msg'] and writes(emu, start) == []
    emptied = run(emu, state='overridden', scope=SCOPE, config=[], allow_delete_all=True)
    assert emptied['changed'] and names(emu) == [] and emptied['msg'] == '2 deleted'


def test_deleted_then_nothing_left(emu):
    run(emu, scope=SCOPE, config=CONFIG)
    deleted = run(emu, state='deleted', scope=SCOPE, config=[dict(name='shop-orders')])
    assert deleted['changed'] and names(emu) == ['shop-refunds']
    assert [call['params'] for call in emu.calls('DeleteUser')] == [dict(InstanceId=INSTANCE, Name='shop-orders')]
    again = run(emu, state='deleted', scope=SCOPE, config=[dict(name='shop-orders')])
    assert not again['changed']


def test_deleted_by_scope_needs_allow_delete_all(emu):
    run(emu, scope=SCOPE, config=CONFIG)
    refused = run(emu, state='deleted', scope=SCOPE)
    assert refused['failed'] and 'allow_delete_all' in refused['msg'] and names(emu) == ['shop-orders', 'shop-refunds']
    emptied = run(emu, state='deleted', scope=SCOPE, allow_delete_all=True)
    assert emptied['changed'] and names(emu) == []


def test_gathered_has_no_password_and_feeds_back_with_no_change(emu):
    run(emu, scope=SCOPE, config=CONFIG)
    gathered = run(emu, state='gathered', scope=SCOPE)['gathered']
    assert sorted(entry['name'] for entry in gathered) == ['shop-orders', 'shop-refunds']
    assert all(entry['instance_id'] == INSTANCE and 'password' not in entry for entry in gathered)
    start = len(emu.requests())
    fed_back = run(emu, scope=SCOPE, config=[dict(entry, update_password='on_create') for entry in gathered])
    assert not fed_back['changed'] and writes(emu, start) == []
    plain = run(emu, scope=SCOPE, config=gathered)
    assert not plain['changed'] and writes(emu, start) == []


def test_rendered_names_the_instance_and_masks_the_password(emu):
    rendered = run(emu, state='rendered', scope=SCOPE, config=CONFIG)['rendered']
    assert rendered[0]['action'] == 'CreateUser' and rendered[0]['request']['InstanceId'] == INSTANCE
    assert rendered[0]['request']['Name'] == 'shop-orders'
    assert emu.requests() == []


def test_check_mode_and_diff_show_no_password(emu):
    run(emu, scope=SCOPE, config=CONFIG)
    rotate = [dict(CONFIG[0], password=PASSWORDS[2], current_password=PASSWORDS[0], update_password='always')]
    start = len(emu.requests())
    check = run(emu, check=True, diff=True, scope=SCOPE, config=rotate)
    assert check['changed'] and writes(emu, start) == [] and check['results'][0]['action'] == 'updated'
    assert check['diff'] and 'check mode' in check['msg']
