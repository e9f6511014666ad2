# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""DIP topic messages and consumer group offsets: the official SDK drives FetchLatestDatahubMessageList,
FetchDatahubMessageByOffset and DescribeDatahubGroupOffsets and parses each answer; the admin routes write
messages as producers do and move offsets as consumers do."""

import time

import pytest

from api_shapes import assert_shape, schema_present
from harness import EmulatorError

pytestmark = schema_present('datahub_topic')

NAME = '1250000000-orders'


def admin(emu, route, payload=None, method='POST'):
    return emu._admin(method, route, payload)  # pylint: disable=protected-access


@pytest.fixture
def topic(api, topic_params):
    def make(partitions=3):
        api('CreateDatahubTopic', topic_params(NAME, PartitionNum=partitions))
        return NAME
    return make


def test_messages_written_by_a_producer_are_read_back_by_the_sdk(emu, sdk, api, topic):
    topic()
    written = admin(emu, 'messages', {'topic': NAME, 'partition': 1, 'messages': [
        {'key': 'k%d' % n, 'value': 'v%d' % n, 'headers': {'h': 'x'}, 'timestamp': 1700000000000 + n} for n in range(5)]})
    assert written == [{'partition': 1, 'offset': n} for n in range(5)]

    latest = sdk.call('FetchLatestDatahubMessageList', {'Name': NAME, 'Partition': 1, 'MessageCount': 2})
    assert isinstance(latest, sdk.models.FetchLatestDatahubMessageListResponse)
    assert all(isinstance(record, sdk.models.ConsumerRecord) for record in latest.Result)
    assert [(r.Offset, r.Key, r.Value, r.Timestamp, r.Headers) for r in latest.Result] == [
        (3, 'k3', 'v3', 1700000000003, 'h:x'), (4, 'k4', 'v4', 1700000000004, 'h:x')]
    from_offset = sdk.call('FetchLatestDatahubMessageList', {'Name': NAME, 'Partition': 1, 'Offset': 1, 'MessageCount': 3})
    assert [r.Offset for r in from_offset.Result] == [1, 2, 3]
    for record in api('FetchLatestDatahubMessageList', {'Name': NAME, 'Partition': 1})['Result']:
        assert_shape(record, 'ConsumerRecord')

    one = sdk.call('FetchDatahubMessageByOffset', {'Name': NAME, 'Partition': 1, 'Offset': 2})
    assert isinstance(one, sdk.models.FetchDatahubMessageByOffsetResponse)
    assert isinstance(one.Result, sdk.models.ConsumerRecord)
    assert (one.Result.Topic, one.Result.Partition, one.Result.Offset, one.Result.Value) == (NAME, 1, 2, 'v2')
    assert_shape(api('FetchDatahubMessageByOffset', {'Name': NAME, 'Partition': 1, 'Offset': 2})['Result'], 'ConsumerRecord')


def test_without_a_partition_a_producer_spreads_messages(emu, topic):
    topic()
    keyed = admin(emu, 'messages', {'topic': NAME, 'messages': [{'key': 'same', 'value': str(n)} for n in range(3)]})
    assert len(set(item['partition'] for item in keyed)) == 1
    unkeyed = admin(emu, 'messages', {'topic': NAME, 'messages': [{'value': str(n)} for n in range(3)]})
    assert sorted(item['partition'] for item in unkeyed) == [0, 1, 2]


def test_group_offsets_come_in_pages_of_50_partitions(emu, sdk, api, topic):
    topic(partitions=60)
    for partition in range(60):
        admin(emu, 'messages', {'topic': NAME, 'partition': partition, 'messages': [{'value': 'a'}, {'value': 'b'}]})
    admin(emu, 'groups', {'topic': NAME, 'group': 'billing', 'consume': 1})
    first = sdk.call('DescribeDatahubGroupOffsets', {'Name': NAME, 'Group': 'billing'})
    assert isinstance(first.Result, sdk.models.GroupOffsetResponse)
    assert first.Result.TotalCount == 60
    [page] = first.Result.TopicList
    assert isinstance(page, sdk.models.GroupOffsetTopic) and page.Topic == NAME
    assert len(page.Partitions) == 50 and isinstance(page.Partitions[0], sdk.models.GroupOffsetPartition)
    assert (page.Partitions[0].Offset, page.Partitions[0].LogEndOffset, page.Partitions[0].Lag) == (1, 2, 1)
    second = api('DescribeDatahubGroupOffsets', {'Name': NAME, 'Group': 'billing', 'Offset': 50, 'Limit': 50})['Result']
    assert_shape(second, 'GroupOffsetResponse')
    assert [p['Partition'] for p in second['TopicList'][0]['Partitions']] == list(range(50, 60))
    code = api('DescribeDatahubGroupOffsets', {'Name': NAME, 'Group': 'billing', 'Limit': 51})['Error']['Code']
    assert code == 'InvalidParameterValue'
    assert api('DescribeDatahubGroupOffsets', {'Name': NAME, 'Group': 'billing', 'SearchWord': 'nomatch'})['Result'] == {
        'TotalCount': 0, 'TopicList': []}


def test_a_consumer_at_a_rate_catches_up(emu, api, topic):
    topic(partitions=1)
    admin(emu, 'messages', {'topic': NAME, 'partition': 0, 'messages': [{'value': str(n)} for n in range(4)]})
    admin(emu, 'groups', {'topic': NAME, 'group': 'billing', 'offset': 0})
    admin(emu, 'groups', {'topic': NAME, 'group': 'billing', 'rate': 20})

    def lag():
        return api('DescribeDatahubGroupOffsets', {'Name': NAME, 'Group': 'billing'})['Result']['TopicList'][0]['Partitions'][0]['Lag']
    assert lag() > 0
    time.sleep(0.4)
    assert lag() == 0
    assert admin(emu, 'groups', method='GET') == [{'topic': NAME, 'group': 'billing', 'offsets': {'0': 4}}]


def test_reads_of_what_is_not_there(emu, api, topic):
    assert api('FetchDatahubMessageByOffset', {'Name': NAME, 'Partition': 0, 'Offset': 0})['Error']['Code'] == 'ResourceNotFound'
    topic(partitions=2)
    code, message = [api('FetchDatahubMessageByOffset', {'Name': NAME, 'Partition': 0, 'Offset': 3})['Error'][k]
                     for k in ('Code', 'Message')]
    assert code == 'ResourceNotFound' and 'offset 3' in message
    assert api('FetchLatestDatahubMessageList', {'Name': NAME, 'Partition': 2})['Error']['Code'] == 'InvalidParameterValue'
    assert api('FetchLatestDatahubMessageList', {'Name': NAME, 'Partition': 0, 'MessageCount': 101})['Error']['Code'] == 'InvalidParameterValue'
    assert api('FetchLatestDatahubMessageList', {'Name': NAME, 'Partition': 0})['Result'] == []


def test_admin_routes_refuse_bad_requests(emu, topic):
    topic(partitions=1)
    for route, payload in (('messages', {'topic': 'nothere', 'messages': []}), ('messages', {'topic': NAME}),
                           ('messages', {'topic': NAME, 'partition': 3, 'messages': [{'value': 'x'}]}),
                           ('groups', {'topic': NAME}), ('groups', [])):
        with pytest.raises(EmulatorError, match='400'):
            admin(emu, route, payload)
    emu.reset()
    assert admin(emu, 'groups', method='GET') == []
