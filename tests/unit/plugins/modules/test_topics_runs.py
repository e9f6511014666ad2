# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The fleet module topics in process (main() with patched arguments, the emulator behind): every state,
the instance from scope on every call, an entry of another instance refused, the prune bounded."""

import contextlib
import io
import json
import os
import sys

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.modules import topics

EMULATOR_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'emulator'))
if EMULATOR_DIR not in sys.path:
    sys.path.insert(0, EMULATOR_DIR)

from harness import start_emulator  # noqa: E402  pylint: disable=wrong-import-position

INSTANCE = 'ckafka-fleet001'
WRITES = ('CreateTopic', 'ModifyTopicAttributes', 'CreatePartition', 'DeleteTopic')
SCOPE = dict(instance_id=INSTANCE)


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
    emulator.configure(rate_limit=0, topic_delete_window=0, topic_recreate_window=0)
    emulator.seed('instance', items=[{'InstanceId': INSTANCE, 'InstanceName': 'fleet-kafka'},
                                     {'InstanceId': 'ckafka-fleet002', 'InstanceName': 'other-kafka'}])
    return emulator


def run(emu, check=False, diff=False, **options):
    args = dict(secret_id=emu.secret_id, secret_key=emu.secret_key, region='ap-guangzhou', endpoint=emu.endpoint,
                _ansible_check_mode=check, _ansible_diff=diff)
    args.update(options)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.raises(SystemExit):
            topics.main()
    return json.loads(stdout.getvalue())


def writes(emu, start=0):
    return [entry['action'] for entry in emu.requests()[start:] if entry['action'] in WRITES]


def names(emu, instance=INSTANCE):
    answer = emu.call('DescribeTopicDetail', {'InstanceId': instance, 'Limit': 50})['Response']['Result']
    return sorted(topic['TopicName'] for topic in answer['TopicList'])


CONFIG = [dict(topic_name='shop-orders', partition_num=3, replica_num=2, retention_ms=86400000),
          dict(topic_name='shop-refunds', partition_num=1, replica_num=2)]


def test_merged_check_then_real_then_idempotent(emu):
    check = run(emu, check=True, diff=True, scope=SCOPE, config=CONFIG)
    assert check['changed'] and writes(emu) == [] and [item['action'] for item in check['results']] == ['created'] * 2
    real = run(emu, scope=SCOPE, config=CONFIG)
    assert real['changed'] and sorted(writes(emu)) == ['CreateTopic', 'CreateTopic']
    assert all(call['params']['InstanceId'] == INSTANCE for call in emu.requests())
    assert names(emu) == ['shop-orders', 'shop-refunds'] and names(emu, 'ckafka-fleet002') == []
    start = len(emu.requests())
    rerun = run(emu, scope=SCOPE, config=CONFIG)
    assert not rerun['changed'] and writes(emu, start) == []
    assert [item['action'] for item in rerun['results']] == ['unchanged'] * 2


def test_merged_changes_in_place_and_grows_partitions(emu):
    run(emu, scope=SCOPE, config=CONFIG)
    start = len(emu.requests())
    changed = run(emu, scope=SCOPE, config=[dict(CONFIG[0], partition_num=6, retention_ms=3600000), CONFIG[1]])
    assert changed['changed'] and writes(emu, start) == ['ModifyTopicAttributes', 'CreatePartition']
    assert [item['action'] for item in changed['results']] == ['updated', 'unchanged']


def test_a_shrink_fails_the_plan_before_any_write(emu):
    run(emu, scope=SCOPE, config=CONFIG)
    start = len(emu.requests())
    refused = run(emu, scope=SCOPE, config=[dict(CONFIG[0], partition_num=1)])
    assert refused['failed'] and 'nothing was written' in refused['msg'] and 'only grow' in refused['msg']
    assert writes(emu, start) == []


def test_an_entry_of_another_instance_is_refused(emu):
    refused = run(emu, scope=SCOPE, config=[dict(CONFIG[0], instance_id='ckafka-fleet002')])
    assert refused['failed'] and 'not the scope\'s %s' % INSTANCE in refused['msg'] and emu.requests() == []


def test_the_instance_is_required(emu):
    refused = run(emu, config=CONFIG)
    assert refused['failed'] and 'scope' in refused['msg'] and emu.requests() == []


def test_overridden_prunes_within_the_prefix_and_is_bounded(emu):
    emu.seed('topic', items=[dict(InstanceId=INSTANCE, TopicName=name, PartitionNum=1, ReplicaNum=1)
                             for name in ('shop-old-1', 'shop-old-2', 'shop-old-3', 'billing-keep')])
    scope = dict(SCOPE, name_prefix='shop-')
    bounded = run(emu, state='overridden', scope=scope, config=CONFIG, max_deletions=2)
    assert bounded['failed'] and writes(emu) == []
    check = run(emu, check=True, state='overridden', scope=scope, config=CONFIG, max_deletions=3)
    assert check['changed'] and writes(emu) == []
    real = run(emu, state='overridden', scope=scope, config=CONFIG, max_deletions=3)
    assert real['changed'] and sorted(writes(emu)) == ['CreateTopic'] * 2 + ['DeleteTopic'] * 3
    assert names(emu) == ['billing-keep', 'shop-orders', 'shop-refunds']
    start = len(emu.requests())
    again = run(emu, state='overridden', scope=scope, config=CONFIG, max_deletions=3)
    assert not again['changed'] and writes(emu, start) == []


def test_deleted_then_nothing_left(emu):
    run(emu, scope=SCOPE, config=CONFIG)
    deleted = run(emu, state='deleted', scope=SCOPE, config=[dict(topic_name='shop-orders')])
    assert deleted['changed'] and names(emu) == ['shop-refunds']
    again = run(emu, state='deleted', scope=SCOPE, config=[dict(topic_name='shop-orders')])
    assert not again['changed']


def test_deleted_by_scope_needs_allow_delete_all(emu):
    run(emu, scope=SCOPE, config=CONFIG)
    refused = run(emu, state='deleted', scope=SCOPE)
    assert refused['failed'] and 'allow_delete_all' in refused['msg'] and names(emu) == ['shop-orders', 'shop-refunds']
    emptied = run(emu, state='deleted', scope=SCOPE, allow_delete_all=True)
    assert emptied['changed'] and names(emu) == []


def test_gathered_feeds_back_with_no_change(emu):
    run(emu, scope=SCOPE, config=CONFIG)
    gathered = run(emu, state='gathered', scope=SCOPE)['gathered']
    assert sorted(entry['topic_name'] for entry in gathered) == ['shop-orders', 'shop-refunds']
    assert all(entry['instance_id'] == INSTANCE for entry in gathered)
    start = len(emu.requests())
    assert not run(emu, scope=SCOPE, config=gathered)['changed'] and writes(emu, start) == []


def test_rendered_names_the_instance(emu):
    rendered = run(emu, state='rendered', scope=SCOPE, config=CONFIG)['rendered']
    assert rendered[0]['action'] == 'CreateTopic' and rendered[0]['request']['InstanceId'] == INSTANCE
    assert emu.requests() == []


def test_no_limit_and_both_policies_feed_back_unchanged(emu):
    """-1 (no limit) and the "compact, delete" policy, declared through the fleet: created without a Modify for the
    -1s, gathered (no limit is left out: the service reports it as null) and fed back without a write."""
    config = [dict(CONFIG[0], clean_up_policy='compact, delete', retention_bytes=-1, quota_producer_byte_rate=-1,
                   quota_consumer_byte_rate=-1), CONFIG[1]]
    created = run(emu, scope=SCOPE, config=config)
    assert created['changed'] and sorted(writes(emu)) == ['CreateTopic', 'CreateTopic']
    start = len(emu.requests())
    assert not run(emu, scope=SCOPE, config=config)['changed'] and writes(emu, start) == []
    gathered = dict((entry['topic_name'], entry) for entry in run(emu, state='gathered', scope=SCOPE)['gathered'])
    orders = gathered['shop-orders']
    assert orders['clean_up_policy'] == 'compact, delete'
    assert not set(orders) & {'retention_bytes', 'quota_producer_byte_rate', 'quota_consumer_byte_rate'}, orders
    start = len(emu.requests())
    assert not run(emu, scope=SCOPE, config=list(gathered.values()))['changed'] and writes(emu, start) == []
