# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""topic, topic_info and instance_info in process: main() with patched module arguments, the emulator behind.

The calls each run makes are read from the emulator's request log, so every test says what went
over the wire: the instance on every call, CreatePartition with the new total, the windows waited
out, nothing written before the options are checked.
"""

import contextlib
import io
import json
import os
import sys

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.topic import description as topic_description
from ansible_collections.tencentcloud.ckafka.plugins.modules import instance_info, topic, topic_info

EMULATOR_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'emulator'))
if EMULATOR_DIR not in sys.path:
    sys.path.insert(0, EMULATOR_DIR)

from harness import start_emulator  # noqa: E402  pylint: disable=wrong-import-position

INSTANCE = 'ckafka-topics01'
OTHER = 'ckafka-topics02'
WRITES = ('CreateTopic', 'ModifyTopicAttributes', 'CreatePartition', 'DeleteTopic')


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
    emulator.seed('instance', items=[
        {'InstanceId': INSTANCE, 'InstanceName': 'orders-kafka', 'Tags': [{'TagKey': 'team', 'TagValue': 'shop'}]},
        {'InstanceId': OTHER, 'InstanceName': 'orders-kafka-2'}])
    return emulator


def run(emu, module, check=False, diff=False, **options):
    args = dict(secret_id=emu.secret_id, secret_key=emu.secret_key, region='ap-guangzhou', endpoint=emu.endpoint,
                _ansible_check_mode=check, _ansible_diff=diff)
    args.update(options)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.raises(SystemExit):
            module.main()
    return json.loads(stdout.getvalue())


def actions(emu, start=0):
    return [entry['action'] for entry in emu.requests()[start:]]


ORDERS = dict(instance_id=INSTANCE, topic_name='orders', partition_num=3, replica_num=2, retention_ms=86400000,
              note='orders-of-the-shop', tags=[dict(tag_key='team', tag_value='shop')])


def orders(**changes):
    """The options of ORDERS with changes."""
    options = dict(ORDERS)
    options.update(changes)
    return options


def test_create_check_then_real_then_idempotent(emu):
    check = run(emu, topic, check=True, diff=True, **ORDERS)
    assert check['changed'] and actions(emu) == ['DescribeTopicAttributes']
    assert check['diff']['before'] == {} and check['diff']['after']['partition_num'] == 3
    assert check['topic']['instance_id'] == INSTANCE
    real = run(emu, topic, **ORDERS)
    assert real['changed'] and actions(emu)[1:] == ['DescribeTopicAttributes', 'CreateTopic']
    assert real['topic_name'] == 'orders' and real['topic']['instance_id'] == INSTANCE
    assert set(check['topic']) == set(real['topic'])
    assert emu.calls('CreateTopic')[0]['params'] == dict(
        InstanceId=INSTANCE, TopicName='orders', PartitionNum=3, ReplicaNum=2, RetentionMs=86400000,
        Note='orders-of-the-shop', Tags=[dict(TagKey='team', TagValue='shop')])
    rerun = run(emu, topic, **ORDERS)
    assert not rerun['changed'] and actions(emu)[3:] == ['DescribeTopicAttributes']
    assert rerun['topic']['retention_ms'] == 86400000 and rerun['topic']['topic_id'].startswith('topic-')
    # the same name on another instance is another topic
    elsewhere = run(emu, topic, **orders(instance_id=OTHER))
    assert elsewhere['changed'] and elsewhere['topic']['instance_id'] == OTHER


def test_attributes_and_replicas_change_in_place_and_partitions_grow_by_total(emu):
    run(emu, topic, **ORDERS)
    start = len(emu.requests())
    changed = run(emu, topic, diff=True, instance_id=INSTANCE, topic_name='orders', partition_num=5, replica_num=3,
                  retention_ms=3600000, clean_up_policy='compact')
    assert changed['changed'] and actions(emu, start) == ['DescribeTopicAttributes', 'ModifyTopicAttributes',
                                                          'CreatePartition']
    # the new total, not the partitions added
    assert emu.calls('CreatePartition')[0]['params'] == dict(InstanceId=INSTANCE, TopicName='orders', PartitionNum=5)
    assert changed['diff']['before']['partition_num'] == 3 and changed['diff']['after']['partition_num'] == 5
    read = run(emu, topic_info, instance_id=INSTANCE, topic_name='orders')['topics'][0]
    assert (read['partition_num'], read['replica_num'], read['retention_ms']) == (5, 3, 3600000)
    assert not run(emu, topic, instance_id=INSTANCE, topic_name='orders', partition_num=5, replica_num=3,
                   retention_ms=3600000, clean_up_policy='compact')['changed']


def test_a_shrink_is_refused_before_any_write(emu):
    run(emu, topic, **ORDERS)
    start = len(emu.requests())
    refused = run(emu, topic, instance_id=INSTANCE, topic_name='orders', partition_num=2)
    assert refused['failed'] and refused['replacement_required'] and refused['differing_paths'] == ['partition_num']
    assert 'only grow' in refused['msg'] and 'now 3, wanted 2' in refused['msg']
    assert actions(emu, start) == ['DescribeTopicAttributes']


def test_a_recreate_waits_out_the_services_windows(emu, monkeypatch):
    emu.configure(topic_delete_window=1.0, topic_recreate_window=1.0)
    monkeypatch.setattr(topic_description, 'WINDOW_POLL', 0.3)
    run(emu, topic, **ORDERS)
    replaced = run(emu, topic, **orders(partition_num=2, recreate=True))
    assert replaced['changed'] and replaced['recreated']
    assert 'every message in it is lost' in json.dumps(replaced['warnings'])
    log = actions(emu)
    # the delete came too soon after the create, the create too soon after the delete: each was tried again
    assert log.count('DeleteTopic') >= 2 and log.count('CreateTopic') >= 3
    assert run(emu, topic_info, instance_id=INSTANCE, topic_name='orders')['topics'][0]['partition_num'] == 2


def test_a_window_that_outlasts_the_wait_says_how_long(emu, monkeypatch):
    emu.configure(topic_delete_window=30.0)
    monkeypatch.setattr(topic_description, 'WINDOW_WAIT', 0.6)
    monkeypatch.setattr(topic_description, 'WINDOW_POLL', 0.2)
    run(emu, topic, **ORDERS)
    refused = run(emu, topic, instance_id=INSTANCE, topic_name='orders', state='absent')
    assert refused['failed'] and 'deleted within about 60 seconds of being created' in refused['msg']
    assert 'run the task again in a minute' in refused['msg'] and 'orders of instance %s' % INSTANCE in refused['msg']
    assert refused['error_code'] == 'UnsupportedOperation.FrequencyTopicDeleteOperate'


def test_delete_check_then_real_then_idempotent(emu):
    run(emu, topic, **ORDERS)
    start = len(emu.requests())
    check = run(emu, topic, check=True, diff=True, instance_id=INSTANCE, topic_name='orders', state='absent')
    assert check['changed'] and check['diff']['after'] == {} and actions(emu, start) == ['DescribeTopicAttributes']
    deleted = run(emu, topic, instance_id=INSTANCE, topic_name='orders', state='absent')
    assert deleted['changed'] and deleted['topic']['topic_name'] == 'orders'
    assert actions(emu, start)[1:] == ['DescribeTopicAttributes', 'DeleteTopic']
    again = run(emu, topic, instance_id=INSTANCE, topic_name='orders', state='absent')
    assert not again['changed'] and again['topic'] is None


@pytest.mark.parametrize('options, fragment', [
    (dict(replica_num=4), 'replica_num must be from 1 to 3, got 4'),
    (dict(partition_num=0), 'partition_num must be at least 1'),
    (dict(topic_name='bad name'), 'topic_name may hold only letters'),
    (dict(enable_white_list=2), 'enable_white_list must be 0 (off) or 1 (on)'),
])
def test_bad_input_fails_before_any_call(emu, options, fragment):
    result = run(emu, topic, **orders(**options))
    assert result['failed'] and fragment in result['msg'] and 'Traceback' not in result['msg']
    assert emu.requests() == []


def test_the_instance_is_required(emu):
    result = run(emu, topic, topic_name='orders', partition_num=1, replica_num=1)
    assert result['failed'] and 'instance_id' in result['msg'] and emu.requests() == []


def test_an_unknown_instance_is_named(emu):
    result = run(emu, topic, **orders(instance_id='ckafka-nothere'))
    assert result['failed'] and 'orders of instance ckafka-nothere' in result['msg']
    assert not [action for action in actions(emu) if action in WRITES]


def test_topic_info_reads_one_or_every_page(emu):
    emu.seed('topic', items=[dict(InstanceId=INSTANCE, TopicName='t%03d' % index, PartitionNum=1, ReplicaNum=1)
                             for index in range(120)])
    emu.seed('topic', items=[dict(InstanceId=OTHER, TopicName='elsewhere', PartitionNum=1, ReplicaNum=1)])
    start = len(emu.requests())
    listed = run(emu, topic_info, instance_id=INSTANCE)
    assert not listed['changed'] and len(listed['topics']) == 120
    assert actions(emu, start) == ['DescribeTopicDetail'] * 3
    assert all(item['instance_id'] == INSTANCE for item in listed['topics'])
    word = run(emu, topic_info, instance_id=INSTANCE, search_word='t11')['topics']
    assert sorted(item['topic_name'] for item in word) == ['t110', 't111', 't112', 't113', 't114', 't115', 't116',
                                                           't117', 't118', 't119']
    one = run(emu, topic_info, instance_id=INSTANCE, topic_name='t005')['topics']
    assert len(one) == 1 and one[0]['topic_name'] == 't005' and one[0]['partition_num'] == 1
    assert run(emu, topic_info, instance_id=INSTANCE, topic_name='nothing')['topics'] == []


def test_a_topic_info_result_declared_as_it_is_changes_nothing(emu):
    run(emu, topic, **orders(max_message_bytes=1048576, min_insync_replicas=1, segment_ms=86400000))
    read = run(emu, topic_info, instance_id=INSTANCE, topic_name='orders')['topics'][0]
    declared = dict((key, value) for key, value in read.items() if key not in ('topic_id', 'create_time'))
    assert not run(emu, topic, **declared)['changed']
    listed = [item for item in run(emu, topic_info, instance_id=INSTANCE)['topics'] if item['topic_name'] == 'orders'][0]
    declared = dict((key, value) for key, value in listed.items() if key not in ('topic_id', 'create_time'))
    assert not run(emu, topic, **declared)['changed']


def test_instance_info_by_id_name_word_and_tags(emu):
    by_id = run(emu, instance_info, instance_id=INSTANCE)['instances']
    assert [item['instance_name'] for item in by_id] == ['orders-kafka'] and by_id[0]['status_name'] == 'running'
    assert actions(emu) == ['DescribeInstanceAttributes']
    # the service's search matches parts of names: the exact name keeps one
    assert [item['instance_id'] for item in run(emu, instance_info, instance_name='orders-kafka')['instances']] == [INSTANCE]
    assert len(run(emu, instance_info, search_word='orders')['instances']) == 2
    tagged = run(emu, instance_info, tags=[dict(tag_key='team', tag_value='shop')])['instances']
    assert [item['instance_id'] for item in tagged] == [INSTANCE]
    assert tagged[0]['tags'] == [dict(tag_key='team', tag_value='shop')]
    assert run(emu, instance_info, instance_id='ckafka-nothere')['instances'] == []


def test_instance_info_follows_every_page(emu):
    emu.seed('instance', items=[{'InstanceId': 'ckafka-many%03d' % index, 'InstanceName': 'many-%03d' % index}
                                for index in range(45)])
    start = len(emu.requests())
    found = run(emu, instance_info, search_word='many-')['instances']
    assert len(found) == 45 and actions(emu, start) == ['DescribeInstancesDetail'] * 3


def test_instance_info_refuses_an_id_with_a_filter(emu):
    result = run(emu, instance_info, instance_id=INSTANCE, instance_name='orders-kafka')
    assert result['failed'] and 'mutually exclusive' in result['msg'] and emu.requests() == []


def test_quotas_create_cannot_set_are_set_right_after_the_create(emu):
    declared = dict(ORDERS, quota_producer_byte_rate=10, quota_consumer_byte_rate=20)
    created = run(emu, topic, **declared)
    assert created['changed'] and not created.get('failed') and actions(emu) == ['DescribeTopicAttributes', 'CreateTopic', 'ModifyTopicAttributes']
    assert emu.calls('ModifyTopicAttributes')[0]['params'] == dict(
        InstanceId=INSTANCE, TopicName='orders', QuotaProducerByteRate=10, QuotaConsumerByteRate=20)
    rerun = run(emu, topic, **declared)
    assert not rerun['changed'] and rerun['topic']['quota_producer_byte_rate'] == 10
    assert rerun['topic']['quota_consumer_byte_rate'] == 20


def test_compact_and_delete_round_trips(emu):
    """The third cleanup policy CreateTopic documents, "compact, delete": created, changed in place both ways,
    and a rerun of each writes nothing."""
    created = run(emu, topic, **orders(clean_up_policy='compact, delete'))
    assert created['changed'] and emu.calls('CreateTopic')[0]['params']['CleanUpPolicy'] == 'compact, delete'
    start = len(emu.requests())
    rerun = run(emu, topic, **orders(clean_up_policy='compact, delete'))
    assert not rerun['changed'] and actions(emu, start) == ['DescribeTopicAttributes']
    assert rerun['topic']['clean_up_policy'] == 'compact, delete'
    for policy in ('compact', 'compact, delete'):
        start = len(emu.requests())
        changed = run(emu, topic, instance_id=INSTANCE, topic_name='orders', clean_up_policy=policy)
        assert changed['changed'] and actions(emu, start) == ['DescribeTopicAttributes', 'ModifyTopicAttributes']
        assert emu.calls('ModifyTopicAttributes')[-1]['params']['CleanUpPolicy'] == policy
        start = len(emu.requests())
        again = run(emu, topic, instance_id=INSTANCE, topic_name='orders', clean_up_policy=policy)
        assert not again['changed'] and actions(emu, start) == ['DescribeTopicAttributes']
    assert run(emu, topic_info, instance_id=INSTANCE, topic_name='orders')['topics'][0]['clean_up_policy'] == 'compact, delete'


NO_LIMITS = dict(quota_producer_byte_rate=-1, quota_consumer_byte_rate=-1, retention_bytes=-1)


def test_minus_one_no_limit_round_trips(emu):
    """-1 is "no limit" for the quotas and retention_bytes, and the service reports no limit as null: a declared -1
    equals it (a rerun writes nothing), a create needs no Modify for it, and -1 removes a limit that is set."""
    created = run(emu, topic, **orders(**NO_LIMITS))
    assert created['changed'] and actions(emu) == ['DescribeTopicAttributes', 'CreateTopic']
    assert emu.calls('CreateTopic')[0]['params']['RetentionBytes'] == -1
    start = len(emu.requests())
    rerun = run(emu, topic, **orders(**NO_LIMITS))
    assert not rerun['changed'] and actions(emu, start) == ['DescribeTopicAttributes']

    limited = dict(quota_producer_byte_rate=10, quota_consumer_byte_rate=20, retention_bytes=1073741824)
    run(emu, topic, instance_id=INSTANCE, topic_name='orders', **limited)
    read = run(emu, topic_info, instance_id=INSTANCE, topic_name='orders')['topics'][0]
    assert dict((key, read.get(key)) for key in limited) == limited

    start = len(emu.requests())
    removed = run(emu, topic, diff=True, instance_id=INSTANCE, topic_name='orders', **NO_LIMITS)
    assert removed['changed'] and actions(emu, start) == ['DescribeTopicAttributes', 'ModifyTopicAttributes']
    sent = emu.calls('ModifyTopicAttributes')[-1]['params']
    assert dict((key, sent[key]) for key in ('QuotaProducerByteRate', 'QuotaConsumerByteRate', 'RetentionBytes')) == dict(
        QuotaProducerByteRate=-1, QuotaConsumerByteRate=-1, RetentionBytes=-1)
    assert removed['diff']['before']['quota_producer_byte_rate'] == 10
    read = run(emu, topic_info, instance_id=INSTANCE, topic_name='orders')['topics'][0]
    assert not set(NO_LIMITS) & set(read), read
    start = len(emu.requests())
    again = run(emu, topic, check=True, instance_id=INSTANCE, topic_name='orders', **NO_LIMITS)
    assert not again['changed'] and actions(emu, start) == ['DescribeTopicAttributes']


@pytest.mark.parametrize('options, fragment', [
    (dict(quota_producer_byte_rate=0), 'quota_producer_byte_rate must be at least 1 (or -1), got 0'),
    (dict(quota_consumer_byte_rate=-2), 'quota_consumer_byte_rate must be at least 1 (or -1), got -2'),
    (dict(retention_bytes=-5), 'retention_bytes must be from 1073741824 to 1099511627776 (or -1), got -5'),
    (dict(clean_up_policy='forever'), 'clean_up_policy'),
])
def test_values_the_service_refuses_are_named(emu, options, fragment):
    result = run(emu, topic, **orders(**options))
    assert result['failed'] and fragment in result['msg'] and 'Traceback' not in result['msg']
    assert emu.requests() == []
