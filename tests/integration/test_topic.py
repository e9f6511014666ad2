# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.topic, topic_info and instance_info through real ansible-playbook runs against the
emulator: each state in check mode, for real, then as a rerun that changes nothing, with the API
calls of each run read from the emulator's log."""

import pytest

from conftest import Declarer, cycle, failed, ok

INSTANCE = 'ckafka-it000001'
WRITES = frozenset(['CreateTopic', 'ModifyTopicAttributes', 'CreatePartition', 'DeleteTopic'])
TASK = 'Declare the topic'
# Extra vars named like options that Ansible reserves.
VARIABLE_NAMES = {'tags': 'topic_tags'}
TOPIC = dict(instance_id=INSTANCE, topic_name='orders', partition_num=3, replica_num=2, retention_ms=86400000,
             note='orders-of-the-shop')


@pytest.fixture
def instance(emulator):
    # the service's windows are a minute; one test below shortens them, the others turn them off
    emulator.configure(topic_delete_window=0, topic_recreate_window=0)
    emulator.seed('instance', items=[{'InstanceId': INSTANCE, 'InstanceName': 'orders-kafka',
                                      'Tags': [{'TagKey': 'team', 'TagValue': 'shop'}]},
                                     {'InstanceId': 'ckafka-it000002', 'InstanceName': 'orders-kafka-old'}])
    yield INSTANCE
    emulator.configure(topic_delete_window=60, topic_recreate_window=60)


@pytest.fixture
def declare(emulator, instance):  # pylint: disable=unused-argument
    return Declarer(emulator, 'topic/declare.yml', TASK, WRITES, VARIABLE_NAMES)


@pytest.fixture
def read(emulator, instance):  # pylint: disable=unused-argument
    return Declarer(emulator, 'topic/read.yml', 'Read the topics', WRITES)


@pytest.fixture
def find(emulator, instance):  # pylint: disable=unused-argument
    return Declarer(emulator, 'topic/instances.yml', 'Find the instances', WRITES, {'tags': 'instance_tags'})


def attributes(emulator, name='orders'):
    answer = emulator.call('DescribeTopicAttributes', {'InstanceId': INSTANCE, 'TopicName': name})['Response']
    return None if 'Error' in answer else answer['Result']


def test_present_creates_then_changes_nothing(declare, emulator):
    check, real, rerun = cycle(declare, dict(TOPIC, tags=[dict(tag_key='team', tag_value='shop')]), ['CreateTopic'])
    assert check.actions == ['DescribeTopicAttributes']
    assert ok(check)['diff']['before'] == {} and ok(check)['diff']['after']['partition_num'] == 3
    assert ok(real)['topic']['instance_id'] == INSTANCE and ok(real)['topic_name'] == 'orders'
    assert real.calls[-1]['params']['InstanceId'] == INSTANCE
    assert rerun.actions == ['DescribeTopicAttributes']
    assert ok(rerun)['topic']['topic_id'].startswith('topic-')
    assert attributes(emulator)['PartitionNum'] == 3


def test_present_changes_attributes_in_place(declare, emulator):
    assert ok(declare(TOPIC))['changed']
    check, real, dummy = cycle(declare, dict(TOPIC, retention_ms=3600000, replica_num=3, max_message_bytes=1048576),
                               ['ModifyTopicAttributes'])
    assert ok(check)['diff']['after']['retention_ms'] == 3600000
    assert ok(real)['topic']['replica_num'] == 3
    sent = real.calls[-1]['params']
    assert sent == dict(InstanceId=INSTANCE, TopicName='orders', RetentionMs=3600000, ReplicaNum=3,
                        MaxMessageBytes=1048576)
    assert attributes(emulator)['Config']['Retention'] == 3600000


def test_present_grows_the_partitions_by_their_new_total(declare, emulator):
    assert ok(declare(TOPIC))['changed']
    dummy, real, dummy = cycle(declare, dict(TOPIC, partition_num=8), ['CreatePartition'])
    assert real.calls[-1]['params'] == dict(InstanceId=INSTANCE, TopicName='orders', PartitionNum=8)
    assert attributes(emulator)['PartitionNum'] == 8


def test_present_refuses_a_shrink_without_a_write(declare, emulator):
    assert ok(declare(TOPIC))['changed']
    for check in (True, False):
        run = declare(dict(TOPIC, partition_num=2), check=check)
        result = failed(run)
        assert result['replacement_required'] and 'only grow' in result['msg'] and run.writes == []
    assert attributes(emulator)['PartitionNum'] == 3


def test_recreate_waits_out_the_services_windows(declare, emulator):
    # long enough that the second playbook's delete comes inside the first window (a playbook starts in seconds)
    emulator.configure(topic_delete_window=8, topic_recreate_window=2)
    assert ok(declare(TOPIC))['changed']
    run = declare(dict(TOPIC, partition_num=2, recreate=True))
    result = ok(run)
    assert result['recreated'] and 'every message in it is lost' in ' '.join(result.get('warnings') or [])
    # the delete was refused inside its window, the create inside the re-create window; both went through later
    assert run.writes.count('DeleteTopic') >= 2 and run.writes.count('CreateTopic') >= 2
    assert '10011' not in run.output
    assert attributes(emulator)['PartitionNum'] == 2


def test_absent_deletes_then_changes_nothing(declare, emulator):
    assert ok(declare(TOPIC))['changed']
    check, real, rerun = cycle(declare, dict(instance_id=INSTANCE, topic_name='orders', state='absent'), ['DeleteTopic'])
    assert ok(check)['diff']['after'] == {} and ok(real)['topic']['topic_name'] == 'orders'
    assert ok(rerun)['topic'] is None
    assert attributes(emulator) is None


def test_bad_input_fails_before_any_call(declare):
    run = declare(dict(TOPIC, replica_num=5))
    assert 'replica_num must be from 1 to 3, got 5' in failed(run)['msg'] and run.actions == []


def test_topic_info_reads_one_and_lists_every_page(read, emulator):
    emulator.seed('topic', items=[dict(InstanceId=INSTANCE, TopicName='t%03d' % index, PartitionNum=1, ReplicaNum=1)
                                  for index in range(60)])
    for check in (True, False):
        listed = read(dict(instance_id=INSTANCE), check=check)
        assert ok(listed)['changed'] is False and len(ok(listed)['topics']) == 60
        assert listed.actions == ['DescribeTopicDetail', 'DescribeTopicDetail']
    one = read(dict(instance_id=INSTANCE, topic_name='t042'))
    assert [topic['topic_name'] for topic in ok(one)['topics']] == ['t042'] and one.actions == ['DescribeTopicAttributes']
    assert ok(read(dict(instance_id=INSTANCE, topic_name='none')))['topics'] == []


def test_instance_info_by_id_name_and_tags(find):
    for check in (True, False):
        by_name = find(dict(instance_name='orders-kafka'), check=check)
        assert ok(by_name)['changed'] is False
        assert [item['instance_id'] for item in ok(by_name)['instances']] == [INSTANCE]
    by_id = find(dict(instance_id=INSTANCE))
    assert ok(by_id)['instances'][0]['instance_name'] == 'orders-kafka' and by_id.actions == ['DescribeInstanceAttributes']
    tagged = find(dict(tags=[dict(tag_key='team', tag_value='shop')]))
    assert [item['instance_id'] for item in ok(tagged)['instances']] == [INSTANCE]


def test_a_topic_on_the_instance_found_by_name(emulator, instance):  # pylint: disable=unused-argument
    declare = Declarer(emulator, 'topic/by_name.yml', TASK, WRITES)
    first = declare(dict(instance_name='orders-kafka', topic_name='payments'))
    assert ok(first)['changed'] and first.writes == ['CreateTopic']
    again = declare(dict(instance_name='orders-kafka', topic_name='payments'))
    assert ok(again)['changed'] is False and again.writes == []
    assert attributes(emulator, 'payments')['PartitionNum'] == 2
