# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The readers of the two info modules: a group's offsets over every page (counted in partitions) with
their total lag, and the messages of one or every partition, latest or by offset."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_group_offsets.reader import all_offsets
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_message.reader import (
    MessageReader, option_errors)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError

NAME = '1250000000-orders'


def partition(number, offset=1, end=3):
    return {'Partition': number, 'Offset': offset, 'LogEndOffset': end, 'Lag': end - offset, 'Metadata': '', 'ErrorCode': 0}


class PagedClient:
    """DescribeDatahubGroupOffsets over partitions numbered 0..count-1, Limit partitions a page."""

    def __init__(self, count, total=None):
        self.count = count
        self.total = count if total is None else total
        self.sent = []

    def call(self, action, params, idempotent=False):
        self.sent.append((action, dict(params)))
        numbers = range(self.count)[params['Offset']:params['Offset'] + params['Limit']]
        topics = [{'Topic': NAME, 'Partitions': [partition(n) for n in numbers]}] if numbers else []
        return {'Result': {'TotalCount': self.total, 'TopicList': topics}}


def test_offsets_follow_every_page_of_50_partitions():
    client = PagedClient(120)
    [topic] = all_offsets(client, {'Name': NAME, 'Group': 'g'})
    assert [params['Offset'] for action, params in client.sent] == [0, 50, 100]
    assert all(params['Limit'] == 50 and params['Group'] == 'g' for action, params in client.sent)
    assert [p['partition'] for p in topic['partitions']] == list(range(120))
    assert topic['partitions'][0] == {'partition': 0, 'offset': 1, 'log_end_offset': 3, 'lag': 2, 'metadata': '', 'error_code': 0}


def test_a_full_last_page_ends_at_the_total():
    client = PagedClient(100)
    all_offsets(client, {'Name': NAME, 'Group': 'g'})
    assert len(client.sent) == 2


def test_a_service_counting_topics_is_read_in_one_call():
    """TotalCount 1 (one topic) with every partition on the page: nothing more to ask."""
    client = PagedClient(3, total=1)
    client.count = 3
    [topic] = all_offsets(client, {'Name': NAME, 'Group': 'g'})
    assert len(client.sent) == 1 and len(topic['partitions']) == 3


class Module:
    def __init__(self, params):
        self.params = params
        self.check_mode = False


class MessageClient:
    def __init__(self, partitions=2, logs=None):
        self.partitions = partitions
        self.logs = logs or {}
        self.sent = []
        self.warnings = []

    def call(self, action, params, idempotent=False):
        self.sent.append(action)
        if action == 'DescribeDatahubTopic':
            return {'Result': {'PartitionNum': self.partitions}}
        log = self.logs.get(params['Partition'], [])
        if action == 'FetchDatahubMessageByOffset':
            if params['Offset'] >= len(log):
                raise CkafkaError('ResourceNotFound', 'no message at offset %d' % params['Offset'])
            return {'Result': record(params['Partition'], params['Offset'], log[params['Offset']])}
        start = params.get('Offset', max(len(log) - params.get('MessageCount', 10), 0))
        count = params.get('MessageCount', 10)
        return {'Result': [record(params['Partition'], n, log[n]) for n in range(start, min(start + count, len(log)))]}


def record(number, offset, value):
    return {'Topic': NAME, 'Partition': number, 'Offset': offset, 'Key': None, 'Value': value, 'Timestamp': 1, 'Headers': None}


def read(client, **options):
    params = dict(name=NAME, partition=None, offset=None, message_count=None)
    params.update(options)
    reader = MessageReader(Module(params))
    reader._client = client  # pylint: disable=protected-access
    reader.run()
    return reader.result['messages']


def test_by_offset_reads_every_partition_and_leaves_out_those_without_the_offset():
    client = MessageClient(logs={0: ['a', 'b'], 1: ['c']})
    assert [(m['partition'], m['value']) for m in read(client, offset=1)] == [(0, 'b')]
    assert client.sent == ['DescribeDatahubTopic', 'FetchDatahubMessageByOffset', 'FetchDatahubMessageByOffset']


def test_by_offset_of_a_given_partition_fails_without_the_message():
    with pytest.raises(CkafkaError):
        read(MessageClient(logs={0: ['a']}), partition=0, offset=3)


def test_latest_messages_of_one_partition_and_from_an_offset():
    client = MessageClient(logs={1: ['a', 'b', 'c']})
    assert [m['value'] for m in read(client, partition=1, message_count=2)] == ['b', 'c']
    assert [m['value'] for m in read(client, partition=1, offset=0, message_count=2)] == ['a', 'b']
    assert set(read(client, partition=1)[0]) == {'topic', 'partition', 'offset', 'key', 'value', 'timestamp', 'headers'}
    assert 'DescribeDatahubTopic' not in client.sent


@pytest.mark.parametrize('options, message', [
    (dict(message_count=0), 'message_count must be from 1 to 100 (it is 0)'),
    (dict(message_count=101), 'message_count must be from 1 to 100 (it is 101)'),
    (dict(offset=-1), 'offset must not be negative'),
    (dict(partition=-2), 'partition must not be negative'),
    (dict(name='orders'), 'name must be'),
])
def test_bad_options(options, message):
    params = dict(name=NAME, partition=None, offset=None, message_count=None)
    params.update(options)
    errors = option_errors(params)
    assert len(errors) == 1 and errors[0].startswith(message)
