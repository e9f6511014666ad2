# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_group_offsets_info and datahub_message_info in process (main() against the
emulator): offsets and lag over more than 50 partitions (two pages), the latest messages and one by offset,
bad input refused before any call. Moved from tests/integration/test_datahub_messages.py (issue 28), which
keeps the playbook that waits for lag 0 while the emulator consumes."""

import pytest

from inprocess_runs import PlaybookDeclarer as Declarer
from inprocess_runs import failed, ok, reset, started_emulator

NAME = '1250000000-orders'
GROUP = 'billing'
PARTITIONS = 60
OFFSETS_TASK = 'Read the offsets'
READ_TASK = 'Read the messages'
NO_WRITES = frozenset()


@pytest.fixture(scope='module')
def emulator_server():
    server = started_emulator()
    yield server
    server.stop()


@pytest.fixture
def emulator(emulator_server):  # pylint: disable=redefined-outer-name
    return reset(emulator_server)


def make_topic(emulator, partitions=PARTITIONS):
    answer = emulator.call('CreateDatahubTopic', {'Name': NAME, 'PartitionNum': partitions, 'RetentionMs': 86400000})
    assert 'Error' not in answer['Response'], answer


def produce(emulator, messages, partition=None):
    """Writes messages as a producer does, through the emulator's admin route; [{partition, offset}]."""
    payload = {'topic': NAME, 'messages': messages}
    if partition is not None:
        payload['partition'] = partition
    return emulator._admin('POST', 'messages', payload)  # pylint: disable=protected-access


def consume(emulator, **how):
    """Moves the group's offsets as a consumer does (offset, consume or rate), through the admin route."""
    return emulator._admin('POST', 'groups', dict(topic=NAME, group=GROUP, **how))  # pylint: disable=protected-access


@pytest.fixture
def offsets(emulator):
    return Declarer(emulator, 'datahub_messages/offsets.yml', OFFSETS_TASK, NO_WRITES)


@pytest.fixture
def messages(emulator):
    return Declarer(emulator, 'datahub_messages/read.yml', READ_TASK, NO_WRITES)


def test_offsets_and_lag_over_more_than_50_partitions(emulator, offsets):
    make_topic(emulator)
    for partition in range(PARTITIONS):
        produce(emulator, [{'key': None, 'value': 'm%d' % n} for n in range(partition % 4 + 1)], partition)
    consume(emulator, consume=1)
    run = offsets(dict(topic_name=NAME, group=GROUP))
    result = ok(run)
    assert result['changed'] is False
    pages = [entry['params'] for entry in run.calls if entry['action'] == 'DescribeDatahubGroupOffsets']
    assert [(page['Offset'], page['Limit']) for page in pages] == [(0, 50), (50, 50)]
    [topic] = result['topics']
    assert topic['topic'] == NAME
    assert [p['partition'] for p in topic['partitions']] == list(range(PARTITIONS))
    third = topic['partitions'][3]
    assert third == {'partition': 3, 'offset': 1, 'log_end_offset': 4, 'lag': 3, 'metadata': '', 'error_code': 0}
    assert result['total_lag'] == sum(partition % 4 for partition in range(PARTITIONS))


def test_a_group_that_never_committed_lags_by_the_whole_log(emulator, offsets):
    make_topic(emulator, partitions=2)
    produce(emulator, [{'value': 'a'}, {'value': 'b'}], 1)
    result = ok(offsets(dict(topic_name=NAME, group='newcomer')))
    assert [(p['offset'], p['lag']) for p in result['topics'][0]['partitions']] == [(-1, 0), (-1, 2)]
    assert result['total_lag'] == 2


def test_the_latest_messages_and_one_by_offset(emulator, messages):
    make_topic(emulator, partitions=3)
    produce(emulator, [{'key': 'k%d' % n, 'value': 'zero-%d' % n, 'headers': {'source': 'test'}} for n in range(5)], 0)
    produce(emulator, [{'key': 'one', 'value': 'one-0'}, {'key': 'one', 'value': 'one-1'}], 1)

    latest = ok(messages(dict(topic_name=NAME, partition=0, message_count=2)))['messages']
    assert [(m['offset'], m['key'], m['value']) for m in latest] == [(3, 'k3', 'zero-3'), (4, 'k4', 'zero-4')]
    assert set(latest[0]) == {'topic', 'partition', 'offset', 'key', 'value', 'timestamp', 'headers'}
    assert latest[0]['topic'] == NAME and latest[0]['partition'] == 0 and latest[0]['headers'] == 'source:test'

    from_one = ok(messages(dict(topic_name=NAME, partition=0, offset=1, message_count=2)))['messages']
    assert [m['value'] for m in from_one] == ['zero-1', 'zero-2']

    run = messages(dict(topic_name=NAME, offset=1))
    by_offset = ok(run)['messages']
    assert [(m['partition'], m['offset'], m['value']) for m in by_offset] == [(0, 1, 'zero-1'), (1, 1, 'one-1')]
    assert run.actions == ['DescribeDatahubTopic'] + ['FetchDatahubMessageByOffset'] * 3

    every = ok(messages(dict(topic_name=NAME)))['messages']
    assert len(every) == 7


def test_a_missing_message_at_a_given_partition_fails(emulator, messages):
    make_topic(emulator, partitions=1)
    run = messages(dict(topic_name=NAME, partition=0, offset=5))
    result = failed(run)
    assert result['error_code'] == 'ResourceNotFound' and 'offset 5' in result['msg']


@pytest.mark.parametrize('variables, words', [
    (dict(topic_name=NAME, message_count=101), 'message_count must be from 1 to 100'),
    (dict(topic_name=NAME, partition=-1), 'partition must not be negative'),
    (dict(topic_name='orders', partition=0), 'name must be'),
], ids=['message_count', 'partition', 'name'])
def test_bad_message_options_are_refused_before_any_call(emulator, messages, variables, words):
    run = messages(variables)
    assert words in failed(run)['msg']
    assert run.calls == []


def test_bad_offsets_options_are_refused_before_any_call(emulator, offsets):
    run = offsets(dict(topic_name=NAME, group=' '))
    assert 'group must not be empty' in failed(run)['msg']
    assert run.calls == []
