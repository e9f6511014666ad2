# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Consumer groups of an instance: members, committed offsets and log ends set through the admin API;
the official SDK drives every group action; offset resets of each strategy; tccli's examples accepted."""

import pytest
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException

from api_examples import request_examples
from api_shapes import assert_shape
from harness import EmulatorError

INSTANCE = 'ckafka-grp00001'


def error(answer):
    assert 'Error' in answer, answer
    return answer['Error']['Code'], answer['Error']['Message']


def sdk_error(sdk, action, params):
    with pytest.raises(TencentCloudSDKException) as caught:
        sdk.call(action, params)
    return caught.value.get_code(), caught.value.get_message()


@pytest.fixture
def shop(emu):
    """An instance with topics orders (3 partitions) and audit (1), logs 100..1000 and 0..50, two groups."""
    emu.seed_instance(INSTANCE, 'shop')
    emu.seed('topic', [{'InstanceId': INSTANCE, 'TopicName': 'orders', 'PartitionNum': 3, 'ReplicaNum': 2},
                       {'InstanceId': INSTANCE, 'TopicName': 'audit', 'PartitionNum': 1, 'ReplicaNum': 2}])
    emu.set_log(INSTANCE, 'orders', start=100, end=1000, timestamps=[[100, 1000000], [500, 2000000], [900, 3000000]])
    emu.set_log(INSTANCE, 'audit', end=50)
    emu.set_group(INSTANCE, 'billing', offsets={'orders': {'0': 400, '1': 1000}})
    emu.set_group(INSTANCE, 'shipping', offsets={'orders': 900, 'audit': 10},
                  members=[{'client_id': 'ship-1', 'client_host': '/10.1.0.1', 'assignment': {'orders': [0, 1, 2], 'audit': [0]}}])
    return INSTANCE


def offsets(api, group, **params):
    result = api('DescribeGroupOffsets', dict({'InstanceId': INSTANCE, 'Group': group}, **params))['Result']
    return {t['Topic']: [(p['Partition'], p['Offset'], p['LogEndOffset'], p['Lag']) for p in t['Partitions']] for t in result['TopicList']}


def test_groups_through_the_sdk(sdk, api, shop):
    groups = sdk.call('DescribeGroup', {'InstanceId': shop}).Result
    assert isinstance(groups, sdk.models.GroupResponse)
    assert groups.TotalCount == 2 and [(g.Group, g.Protocol) for g in groups.GroupList] == [('billing', 'consumer'), ('shipping', 'consumer')]
    assert groups.GroupCountQuota == 1000
    assert [g.Group for g in sdk.call('DescribeGroup', {'InstanceId': shop, 'SearchWord': 'ship'}).Result.GroupList] == ['shipping']
    stable = sdk.call('DescribeGroup', {'InstanceId': shop, 'Filters': [{'Name': 'GroupState', 'Values': ['Stable']}]}).Result
    assert [g.Group for g in stable.GroupList] == ['shipping']
    assert_shape(api('DescribeGroup', {'InstanceId': shop})['Result'], 'GroupResponse')

    info = sdk.call('DescribeGroupInfo', {'InstanceId': shop, 'GroupList': ['shipping', 'billing', 'ghost']}).Result
    assert [(g.Group, g.State) for g in info] == [('shipping', 'Stable'), ('billing', 'Empty'), ('ghost', 'Dead')]
    member = info[0].Members[0]
    assert (member.ClientId, member.ClientHost) == ('ship-1', '/10.1.0.1') and member.MemberId
    assert [(t.Topic, t.Partitions) for t in member.Assignment.Topics] == [('audit', [0]), ('orders', [0, 1, 2])]
    assert info[0].Protocol == 'range' and info[0].ProtocolType == 'consumer' and info[1].Members == []
    for item in api('DescribeGroupInfo', {'InstanceId': shop, 'GroupList': ['shipping', 'ghost']})['Result']:
        assert_shape(item, 'GroupInfoResponse')

    consumer = sdk.call('DescribeConsumerGroup', {'InstanceId': shop}).Result
    assert isinstance(consumer, sdk.models.ConsumerGroupResponse)
    assert consumer.TotalCount == 2 and [g.ConsumerGroupName for g in consumer.GroupList] == ['billing', 'shipping']
    billing = consumer.GroupList[0].SubscribedInfo
    assert [(s.TopicName, s.Partition) for s in billing] == [('orders', [0, 1, 2])]
    assert [(p.Partition, p.Offset) for p in billing[0].PartitionOffset] == [('0', 400), ('1', 1000), ('2', -1)]
    one = sdk.call('DescribeConsumerGroup', {'InstanceId': shop, 'GroupName': 'shipping', 'TopicName': 'audit'}).Result
    assert one.TotalCount == 1 and [s.TopicName for s in one.GroupList[0].SubscribedInfo] == ['audit']
    assert [t.TopicName for t in one.TopicList] == ['audit'] and one.TotalPartition == 1
    assert_shape(api('DescribeConsumerGroup', {'InstanceId': shop})['Result'], 'ConsumerGroupResponse')

    result = sdk.call('DescribeGroupOffsets', {'InstanceId': shop, 'Group': 'billing'}).Result
    assert isinstance(result, sdk.models.GroupOffsetResponse) and result.TotalCount == 1
    assert offsets(api, 'billing') == {'orders': [(0, 400, 1000, 600), (1, 1000, 1000, 0), (2, -1, 1000, 1000)]}
    assert offsets(api, 'shipping') == {'audit': [(0, 10, 50, 40)], 'orders': [(p, 900, 1000, 100) for p in range(3)]}
    assert offsets(api, 'shipping', Topics=['audit']) == {'audit': [(0, 10, 50, 40)]}
    assert offsets(api, 'shipping', SearchWord='ord') == {'orders': [(p, 900, 1000, 100) for p in range(3)]}
    assert offsets(api, 'ghost') == {}
    assert_shape(api('DescribeGroupOffsets', {'InstanceId': shop, 'Group': 'shipping'})['Result'], 'GroupOffsetResponse')


@pytest.mark.parametrize('params, expected', [
    ({'Strategy': 0, 'Shift': -150}, [250, 850, 100]),      # shift; clamped to the log start; uncommitted from the start
    ({'Strategy': 0, 'Shift': 700}, [1000, 1000, 800]),     # clamped to the log end
    ({'Strategy': 1, 'ShiftTimestamp': -2}, [100, 100, 100]),  # earliest
    ({'Strategy': 1, 'ShiftTimestamp': -1}, [1000, 1000, 1000]),  # latest
    ({'Strategy': 1, 'ShiftTimestamp': 1500000}, [500, 500, 500]),  # the first message at or after the time
    ({'Strategy': 1, 'ShiftTimestamp': 9000000}, [1000, 1000, 1000]),  # no message after it: the end
    ({'Strategy': 2, 'Offset': 700}, [700, 700, 700]),
    ({'Strategy': 2, 'Offset': 5}, [100, 100, 100]),        # below the log start: the start
])
def test_modify_group_offsets_strategies(sdk, api, shop, params, expected):
    answer = sdk.call('ModifyGroupOffsets', dict({'InstanceId': shop, 'Group': 'billing', 'Topics': ['orders']}, **params))
    assert isinstance(answer.Result, sdk.models.JgwOperateResponse) and answer.Result.ReturnCode == '0'
    assert [row[1] for row in offsets(api, 'billing')['orders']] == expected


def test_modify_group_offsets_partitions_and_rules(emu, sdk, api, shop):
    sdk.call('ModifyGroupOffsets', {'InstanceId': shop, 'Group': 'billing', 'Topics': ['orders'], 'Strategy': 2, 'Offset': 600,
                                    'Partitions': [2]})
    assert [row[1] for row in offsets(api, 'billing')['orders']] == [400, 1000, 600]
    sdk.call('ModifyGroupOffsets', {'InstanceId': shop, 'Group': 'billing', 'Topics': ['audit'], 'Strategy': 1, 'ShiftTimestamp': -2})
    assert offsets(api, 'billing')['audit'] == [(0, 0, 50, 50)]  # a topic the group had not committed on
    base = {'InstanceId': shop, 'Group': 'billing', 'Topics': ['orders']}
    code, message = sdk_error(sdk, 'ModifyGroupOffsets', dict(base, Strategy=0))
    assert code == 'MissingParameter' and 'Shift' in message
    assert sdk_error(sdk, 'ModifyGroupOffsets', dict(base, Strategy=1))[0] == 'MissingParameter'
    assert sdk_error(sdk, 'ModifyGroupOffsets', dict(base, Strategy=2))[0] == 'MissingParameter'
    code, message = sdk_error(sdk, 'ModifyGroupOffsets', dict(base, Strategy=2, Offset=1, Shift=3))
    assert code == 'InvalidParameterValue' and 'Shift' in message
    assert sdk_error(sdk, 'ModifyGroupOffsets', dict(base, Strategy=3, Offset=1))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'ModifyGroupOffsets', dict(base, Strategy=1, ShiftTimestamp=-3))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'ModifyGroupOffsets', dict(base, Strategy=2, Offset=1, Partitions=[3]))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'ModifyGroupOffsets', dict(base, Strategy=2, Offset=1, Topics=['nothing']))[0] == 'ResourceNotFound'
    assert sdk_error(sdk, 'ModifyGroupOffsets', dict(base, Strategy=2, Offset=1, Group='ghost'))[0] == 'ResourceNotFound'
    assert error(api('ModifyGroupOffsets', {'InstanceId': shop, 'Group': 'billing', 'Strategy': 2, 'Offset': 1}))[0] == 'MissingParameter'
    # a group with members: refused, as Kafka refuses it, unless the setting is off
    code, message = sdk_error(sdk, 'ModifyGroupOffsets', dict(base, Group='shipping', Strategy=1, ShiftTimestamp=-2))
    assert code == 'FailedOperation' and 'active members' in message
    assert [row[1] for row in offsets(api, 'shipping')['orders']] == [900, 900, 900]
    emu.configure(refuse_active_group_changes=False)
    sdk.call('ModifyGroupOffsets', dict(base, Group='shipping', Strategy=1, ShiftTimestamp=-2))
    assert [row[1] for row in offsets(api, 'shipping')['orders']] == [100, 100, 100]


def test_delete_group(emu, sdk, api, shop):
    code, message = sdk_error(sdk, 'DeleteGroup', {'InstanceId': shop, 'Group': 'shipping'})
    assert code == 'FailedOperation' and 'shipping' in message
    answer = sdk.call('DeleteGroup', {'InstanceId': shop, 'Group': 'billing'})
    assert answer.Result.ReturnCode == '0'
    assert sdk_error(sdk, 'DeleteGroup', {'InstanceId': shop, 'Group': 'billing'})[0] == 'ResourceNotFound'
    emu.set_group(shop, 'shipping', members=[])
    assert sdk.call('DescribeGroupInfo', {'InstanceId': shop, 'GroupList': ['shipping']}).Result[0].State == 'Empty'
    sdk.call('DeleteGroup', {'InstanceId': shop, 'Group': 'shipping'})
    assert sdk.call('DescribeGroup', {'InstanceId': shop}).Result.TotalCount == 0
    assert emu.instance_groups() == []


def test_pages_of_groups_and_offsets(emu, api, shop):
    emu.seed('topic', template={'InstanceId': shop, 'TopicName': 'm-{n}', 'PartitionNum': 1, 'ReplicaNum': 1}, count=60, width=2)
    emu.set_group(shop, 'wide', offsets={'m-%02d' % n: 0 for n in range(60)})
    for n in range(60):
        emu.set_group(shop, 'g-%02d' % n)
    result = api('DescribeGroupOffsets', {'InstanceId': shop, 'Group': 'wide'})['Result']
    assert result['TotalCount'] == 60 and len(result['TopicList']) == 50
    second = api('DescribeGroupOffsets', {'InstanceId': shop, 'Group': 'wide', 'Offset': 50, 'Limit': 100})['Result']['TopicList']
    assert [t['Topic'] for t in second] == ['m-%02d' % n for n in range(50, 60)]
    result = api('DescribeConsumerGroup', {'InstanceId': shop, 'Limit': 100})['Result']
    assert result['TotalCount'] == 63 and len(result['GroupList']) == 50
    result = api('DescribeGroup', {'InstanceId': shop})['Result']
    assert result['TotalCount'] == 63 and len(result['GroupList']) == 20


def test_deleted_topic_leaves_groups(emu, api, shop):
    emu.configure(topic_delete_window=0)
    emu.configure(refuse_active_group_changes=False)
    assert 'Result' in api('DeleteTopic', {'InstanceId': shop, 'TopicName': 'audit'})
    assert offsets(api, 'shipping') == {'orders': [(p, 900, 1000, 100) for p in range(3)]}
    [group] = [g for g in emu.instance_groups() if g['group'] == 'shipping']
    assert group['members'][0]['assignment'] == {'orders': [0, 1, 2]}


def test_admin_routes_refuse_bad_bodies(emu, shop):
    for bad in ({'instance': 'ckafka-none', 'topic': 'orders', 'end': 1}, {'instance': shop, 'topic': 'none', 'end': 1},
                {'instance': shop, 'topic': 'orders', 'end': -1}, {'instance': shop, 'topic': 'orders', 'start': 2000},
                {'instance': shop, 'topic': 'orders', 'partition': 3, 'end': 1}, {'instance': shop, 'topic': 'orders', 'timestamps': [1]}):
        with pytest.raises(EmulatorError):
            emu.set_log(**bad)
    for bad in ({'group': ''}, {'group': 'g', 'offsets': {'none': 1}}, {'group': 'g', 'offsets': {'orders': {'7': 1}}},
                {'group': 'g', 'members': [{'assignment': {'orders': [5]}}]}):
        with pytest.raises(EmulatorError):
            emu.set_group(shop, **bad)
    logs = {item['topic']: item['partitions'] for item in emu._admin('GET', 'instance_logs')}  # pylint: disable=protected-access
    assert logs['orders']['0'] == {'start': 100, 'end': 1000}


def test_group_examples_accepted(emu, api):
    emu.seed('instance', [{'InstanceId': i, 'InstanceName': i} for i in ('ckafka-test', 'ckafka-ivn43n20', 'ckafka-6er88krk', 'ckafka-pkwxedpq')])
    emu.seed('topic', [{'InstanceId': 'ckafka-test', 'TopicName': 'topic-test', 'PartitionNum': 1, 'ReplicaNum': 1}])
    emu.set_group('ckafka-test', '"group"', offsets={'topic-test': 0})
    emu.set_group('ckafka-6er88krk', 'grouptest')
    for action in ('DescribeConsumerGroup', 'DescribeGroup', 'DescribeGroupInfo', 'DescribeGroupOffsets', 'ModifyGroupOffsets', 'DeleteGroup'):
        examples = request_examples(action)
        assert examples
        for params in examples:
            if action == 'ModifyGroupOffsets':
                params = dict(params, ShiftTimestamp=-1)  # the example leaves out the member its Strategy 1 needs
            assert 'Result' in api(action, params), (action, params)


def test_delete_group_rate_limit(emu, api, shop):
    assert emu.health()['config']['documented_rate_limits']['DeleteGroup'] == 20
    emu.configure(rate_limit=20)
    codes = [error(api('DeleteGroup', {'InstanceId': shop, 'Group': 'g-%d' % n}))[0] for n in range(25)]
    assert codes[:20] == ['ResourceNotFound'] * 20 and 'RequestLimitExceeded' in codes[20:]
