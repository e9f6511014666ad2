# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""CKafka instances (seeded) and their topics: the official SDK drives every action, tccli's examples are
accepted, answers have api.json's shapes, and the service's rules hold (windows, limits, errors)."""

import os
import re
import time

import pytest

from api_errors import error, sdk_error
from api_examples import api_json, request_examples
from api_shapes import assert_shape
from emu_instance_types import INSTANCE_TYPES
from emu_resources import RESOURCES
from harness import EmulatorError, start_emulator

INSTANCE = 'ckafka-abcd1234'


@pytest.fixture
def instance(emu):
    emu.seed('instance', [{'InstanceId': INSTANCE, 'InstanceName': 'orders-prod', 'VpcId': 'vpc-prod0001',
                           'Tags': [{'TagKey': 'team', 'TagValue': 'data'}]}])
    return INSTANCE


def topic(name='orders', **extra):
    return dict({'InstanceId': INSTANCE, 'TopicName': name, 'PartitionNum': 3, 'ReplicaNum': 2}, **extra)


def test_request_types_match_tccli():
    objects = api_json()['objects']
    kinds = {'string': 'str', 'int64': 'int', 'uint64': 'int', 'bool': 'bool'}
    for type_name, members in INSTANCE_TYPES.items():
        expected = {}
        for member in objects[type_name]['members']:
            if member['type'] == 'list':
                kind = ('list', member['member'])
            elif member['type'] == 'object':
                kind = ('dict', member['member'])
            else:
                kind = (kinds[member['member']], member['member'])
            expected[member['name']] = (kind, bool(member.get('required')))
        found = {}
        for m in members:
            if m['type'] == 'list' or m['type'] == 'dict':
                found[m['api_name']] = ((m['type'], m['ref']), bool(m['required']))
            else:
                found[m['api_name']] = ((m['type'], m.get('api_type') or {'str': 'string', 'bool': 'bool'}[m['type']]),
                                        bool(m['required']))
        assert found == expected, type_name


# ---- instances ---------------------------------------------------------------------------------

def test_seeded_instances_described_by_the_sdk(emu, sdk, api, instance):
    emu.seed('instance', [{'InstanceId': 'ckafka-other001', 'InstanceName': 'logs', 'Status': 5, 'VpcId': 'vpc-logs'}])
    listed = sdk.call('DescribeInstances', {}).Result
    assert isinstance(listed, sdk.models.InstanceResponse)
    assert listed.TotalCount == 2
    assert [(i.InstanceId, i.InstanceName, i.Status) for i in listed.InstanceList] == [
        (INSTANCE, 'orders-prod', 1), ('ckafka-other001', 'logs', 5)]
    attributes = sdk.call('DescribeInstanceAttributes', {'InstanceId': instance}).Result
    assert attributes.InstanceName == 'orders-prod' and attributes.VpcId == 'vpc-prod0001'
    assert [(t.TagKey, t.TagValue) for t in attributes.Tags] == [('team', 'data')]
    assert attributes.Version and attributes.Bandwidth > 0 and attributes.DiskSize > 0 and attributes.CreatedTopics == 0
    detail = sdk.call('DescribeInstancesDetail', {'InstanceIdList': [instance]}).Result
    assert detail.TotalCount == 1 and detail.InstanceList[0].InstanceId == instance and detail.InstanceList[0].TopicNum == 0
    assert_shape(api('DescribeInstances', {})['Result'], 'InstanceResponse')
    assert_shape(api('DescribeInstanceAttributes', {'InstanceId': instance})['Result'], 'InstanceAttributesResponse')
    assert_shape(api('DescribeInstancesDetail', {})['Result'], 'InstanceDetailResponse')


def test_instance_filters_and_pages(emu, api):
    emu.seed('instance', template={'InstanceId': 'ckafka-a{n}', 'InstanceName': 'app-{n}', 'VpcId': 'vpc-1'}, count=15, width=2)
    emu.seed('instance', [{'InstanceId': 'ckafka-b1', 'InstanceName': 'Billing', 'Status': 0, 'VpcId': 'vpc-2',
                           'Tags': [{'TagKey': 'owner', 'TagValue': 'x'}], 'SubnetId': 'subnet-9', 'InstanceType': 'profession'}])

    def ids(action, params):
        result = api(action, params)['Result']
        return result['TotalCount'], [i['InstanceId'] for i in result['InstanceList']]

    total, page = ids('DescribeInstances', {})
    assert total == 16 and len(page) == 10  # Limit defaults to 10
    assert ids('DescribeInstances', {'Offset': 10, 'Limit': 100}) == (16, ['ckafka-a%02d' % n for n in range(10, 15)] + ['ckafka-b1'])
    assert ids('DescribeInstances', {'SearchWord': 'bill'}) == (1, ['ckafka-b1'])
    assert ids('DescribeInstances', {'InstanceId': 'ckafka-a03'}) == (1, ['ckafka-a03'])
    assert ids('DescribeInstances', {'Status': [0]}) == (1, ['ckafka-b1'])
    assert ids('DescribeInstances', {'TagKey': 'owner'}) == (1, ['ckafka-b1'])
    assert ids('DescribeInstances', {'VpcId': 'vpc-2'}) == (1, ['ckafka-b1'])
    assert ids('DescribeInstances', {'SearchWord': 'nothing'}) == (0, [])
    total, page = ids('DescribeInstancesDetail', {'Limit': 100})
    assert total == 16 and len(page) == 20 - 4  # at most 20 a page
    assert ids('DescribeInstancesDetail', {'InstanceIds': 'ckafka-a01,ckafka-b1'}) == (2, ['ckafka-a01', 'ckafka-b1'])
    assert ids('DescribeInstancesDetail', {'TagList': [{'TagKey': 'owner', 'TagValue': 'x'}]}) == (1, ['ckafka-b1'])
    assert ids('DescribeInstancesDetail', {'SearchWord': 'subnet-9'}) == (1, ['ckafka-b1'])
    assert ids('DescribeInstancesDetail', {'Filters': [{'Name': 'InstanceType', 'Values': ['profession']}]}) == (1, ['ckafka-b1'])
    assert error(api('DescribeInstancesDetail', {'Filters': [{'Name': 'Colour', 'Values': ['x']}]}))[0] == 'InvalidParameterValue'
    assert error(api('DescribeInstances', {'Limit': 0}))[0] == 'InvalidParameterValue'


def test_unknown_instance(sdk, instance):
    for action, params in (('DescribeInstanceAttributes', {'InstanceId': 'ckafka-nothere'}),
                           ('CreateTopic', topic(InstanceId='ckafka-nothere')),
                           ('DescribeTopic', {'InstanceId': 'ckafka-nothere'}),
                           ('DescribeTopicAttributes', {'InstanceId': 'ckafka-nothere', 'TopicName': 'orders'})):
        code, message = sdk_error(sdk, action, params)
        assert code == 'InvalidParameterValue.InstanceNotExist' and 'ckafka-nothere' in message


def test_seed_refuses_bad_items(emu):
    for bad in ({'InstanceName': 'no id'}, {'InstanceId': 'ckafka-x1'}, {'InstanceId': 'ckafka-x1', 'InstanceName': 'n', 'Colour': 1},
                {'InstanceId': 'ckafka-x1', 'InstanceName': 'n', 'Status': 'running'}):
        with pytest.raises(EmulatorError):
            emu.seed('instance', [{'InstanceId': 'ckafka-fine', 'InstanceName': 'fine'}, bad])
    assert emu.health()['resources']['instance'] == 0
    emu.seed('instance', [{'InstanceId': 'ckafka-x1', 'InstanceName': 'n'}])
    with pytest.raises(EmulatorError):
        emu.seed('instance', [{'InstanceId': 'ckafka-x1', 'InstanceName': 'again'}])
    with pytest.raises(EmulatorError):
        emu.seed('topic', [topic(InstanceId='ckafka-x1', ReplicaNum=9)])
    assert emu.resources('instance')[0]['Topics'] == []


# ---- topics ------------------------------------------------------------------------------------

def test_topic_life_cycle_through_the_sdk(emu, sdk, api, instance):
    emu.configure(topic_delete_window=0, topic_recreate_window=0)
    params = topic(Note='orders of the shop', RetentionMs=3600000, CleanUpPolicy='compact', Tags=[{'TagKey': 'team', 'TagValue': 'data'}],
                   MinInsyncReplicas=2, EnableWhiteList=1, IpWhiteList=['10.0.0.1'], SegmentMs=3600000, MaxMessageBytes=1048576,
                   RetentionBytes=1073741824, UncleanLeaderElectionEnable=1, LogMsgTimestampType='LogAppendTime')
    created = sdk.call('CreateTopic', params)
    assert isinstance(created.Result, sdk.models.CreateTopicResp) and created.Result.TopicId.startswith('topic-')
    attributes = sdk.call('DescribeTopicAttributes', {'InstanceId': instance, 'TopicName': 'orders'}).Result
    assert isinstance(attributes, sdk.models.TopicAttributesResponse)
    assert attributes.TopicId == created.Result.TopicId and attributes.PartitionNum == 3 and attributes.ReplicaNum == 2
    assert attributes.Note == 'orders of the shop' and attributes.EnableWhiteList == 1 and attributes.IpWhiteList == ['10.0.0.1']
    config = attributes.Config
    assert (config.Retention, config.CleanUpPolicy, config.MinInsyncReplicas, config.SegmentMs, config.MaxMessageBytes,
            config.RetentionBytes, config.UncleanLeaderElectionEnable, config.LogMsgTimestampType) == (
        3600000, 'compact', 2, 3600000, 1048576, 1073741824, 1, 'LogAppendTime')
    assert [(p.Partition, p.ReplicaNum) for p in attributes.Partitions] == [(0, 2), (1, 2), (2, 2)]
    assert attributes.AclRuleList == [] and attributes.QuotaConfig.QuotaProducerByteRate is None
    assert_shape(api('DescribeTopicAttributes', {'InstanceId': instance, 'TopicName': 'orders'})['Result'], 'TopicAttributesResponse')

    modified = sdk.call('ModifyTopicAttributes', {'InstanceId': instance, 'TopicName': 'orders', 'Note': 'new', 'ReplicaNum': 3,
                                                  'QuotaProducerByteRate': 1048576, 'QuotaConsumerByteRate': 2097152,
                                                  'RetentionMs': 7200000, 'EnableWhiteList': 0, 'IpWhiteList': []})
    assert isinstance(modified.Result, sdk.models.JgwOperateResponse) and modified.Result.ReturnCode == '0'
    attributes = sdk.call('DescribeTopicAttributes', {'InstanceId': instance, 'TopicName': 'orders'}).Result
    assert attributes.Note == 'new' and attributes.ReplicaNum == 3 and attributes.Config.Retention == 7200000
    assert attributes.Config.CleanUpPolicy == 'compact'  # kept: not sent
    assert (attributes.QuotaConfig.QuotaProducerByteRate, attributes.QuotaConfig.QuotaConsumerByteRate) == (1048576, 2097152)
    assert attributes.EnableWhiteList == 0 and attributes.IpWhiteList == []

    grown = sdk.call('CreatePartition', {'InstanceId': instance, 'TopicName': 'orders', 'PartitionNum': 5})
    assert grown.Result.ReturnCode == '0'
    assert sdk.call('DescribeTopicAttributes', {'InstanceId': instance, 'TopicName': 'orders'}).Result.PartitionNum == 5

    listed = sdk.call('DescribeTopic', {'InstanceId': instance}).Result
    assert isinstance(listed, sdk.models.TopicResult)
    assert listed.TotalCount == 1 and (listed.TopicList[0].TopicName, listed.TopicList[0].Note) == ('orders', 'new')
    detail = sdk.call('DescribeTopicDetail', {'InstanceId': instance}).Result
    assert isinstance(detail, sdk.models.TopicDetailResponse)
    item = detail.TopicList[0]
    assert (item.TopicName, item.PartitionNum, item.ReplicaNum, item.Status) == ('orders', 5, 3, 0)
    assert item.Config.CleanUpPolicy == 'compact' and [(t.TagKey, t.TagValue) for t in item.Tags] == [('team', 'data')]
    assert_shape(api('DescribeTopic', {'InstanceId': instance})['Result'], 'TopicResult')
    assert_shape(api('DescribeTopicDetail', {'InstanceId': instance})['Result'], 'TopicDetailResponse')
    assert sdk.call('DescribeInstanceAttributes', {'InstanceId': instance}).Result.CreatedPartitions == 5

    deleted = sdk.call('DeleteTopic', {'InstanceId': instance, 'TopicName': 'orders'})
    assert deleted.Result.ReturnCode == '0'
    assert sdk_error(sdk, 'DescribeTopicAttributes', {'InstanceId': instance, 'TopicName': 'orders'})[0] == 'ResourceNotFound'
    assert sdk.call('DescribeTopic', {'InstanceId': instance}).Result.TotalCount == 0


def test_the_documented_policies_and_no_limit_values_through_the_sdk(emu, sdk, instance):
    """CreateTopic's reference documents a third cleanup policy, "compact, delete", and -1 ("no limit") for
    RetentionBytes and the quotas; the answers report no limit as null, as they do for a new topic."""
    emu.configure(topic_delete_window=0, topic_recreate_window=0)
    where = {'InstanceId': instance, 'TopicName': 'orders'}

    def config():
        attributes = sdk.call('DescribeTopicAttributes', where).Result
        return (attributes.Config.CleanUpPolicy, attributes.Config.RetentionBytes,
                attributes.QuotaConfig.QuotaProducerByteRate, attributes.QuotaConfig.QuotaConsumerByteRate)

    sdk.call('CreateTopic', topic(CleanUpPolicy='compact, delete', RetentionBytes=-1))
    assert config() == ('compact, delete', None, None, None)
    detail = sdk.call('DescribeTopicDetail', {'InstanceId': instance}).Result.TopicList[0]
    assert (detail.Config.CleanUpPolicy, detail.Config.RetentionBytes) == ('compact, delete', None)

    limits = {'RetentionBytes': 1073741824, 'QuotaProducerByteRate': 10, 'QuotaConsumerByteRate': 20}
    sdk.call('ModifyTopicAttributes', dict(where, CleanUpPolicy='delete', **limits))
    assert config() == ('delete', 1073741824, 10, 20)
    modified = sdk.call('ModifyTopicAttributes', dict(where, CleanUpPolicy='compact, delete', RetentionBytes=-1,
                                                      QuotaProducerByteRate=-1, QuotaConsumerByteRate=-1))
    assert modified.Result.ReturnCode == '0'
    assert config() == ('compact, delete', None, None, None)

    for member, value in (('QuotaProducerByteRate', -2), ('QuotaConsumerByteRate', -5), ('RetentionBytes', -2),
                          ('CleanUpPolicy', 'forever')):
        code, message = sdk_error(sdk, 'ModifyTopicAttributes', dict(where, **{member: value}))
        assert code == 'InvalidParameterValue' and member in message, (member, message)
    assert config() == ('compact, delete', None, None, None)


def test_tccli_examples_accepted(emu, api):
    """The request examples of examples.json, against instances and topics named like theirs."""
    emu.seed('instance', [{'InstanceId': 'ckafka-test', 'InstanceName': 'test'}, {'InstanceId': 'ckafka', 'InstanceName': 'short'}])
    emu.seed('topic', [topic(InstanceId='ckafka-test', TopicName='topic-test'), topic(InstanceId='ckafka-test', TopicName='mytopic',
                                                                                      PartitionNum=1),
                       topic(InstanceId='ckafka', TopicName='topicname')])
    for action in ('CreateTopic', 'ModifyTopicAttributes', 'CreatePartition', 'DeleteTopic'):
        examples = request_examples(action)
        assert examples
        for params in examples:
            assert 'Result' in api(action, params), (action, params)
    assert api('DescribeTopicAttributes', {'InstanceId': 'ckafka-test', 'TopicName': 'mytopic'})['Result']['PartitionNum'] == 3
    assert api('DescribeTopicAttributes', {'InstanceId': 'ckafka-test', 'TopicName': 'topic-test'})['Result']['Note'] == 'note'
    assert api('DescribeTopicAttributes', {'InstanceId': 'ckafka-test', 'TopicName': 'topic-name'})['Result']['ReplicaNum'] == 2
    assert api('DescribeTopic', {'InstanceId': 'ckafka'})['Result']['TotalCount'] == 0


def test_topic_errors(emu, sdk, api, instance):
    sdk.call('CreateTopic', topic())
    code, message = sdk_error(sdk, 'CreateTopic', topic())
    assert code == 'InvalidParameter.TopicExist' and 'orders' in message
    assert sdk_error(sdk, 'CreateTopic', topic('big', ReplicaNum=4))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'CreateTopic', topic('none', PartitionNum=0))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'CreateTopic', topic('bad name!'))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'CreateTopic', topic('isr', MinInsyncReplicas=3))[0] == 'InvalidParameterValue'
    assert sdk_error(sdk, 'CreateTopic', topic('policy', CleanUpPolicy='forever'))[0] == 'InvalidParameterValue'
    assert error(api('CreateTopic', topic('typed', PartitionNum='3')))[0] == 'InvalidParameter'
    assert error(api('CreateTopic', topic('extra', Colour='red')))[0] == 'UnknownParameter'
    assert error(api('CreateTopic', {'InstanceId': instance, 'TopicName': 'x', 'PartitionNum': 1}))[0] == 'MissingParameter'
    assert error(api('CreateTopic', topic('acl', EnableAclRule=1)))[0] == 'MissingParameter'
    for action, params in (('ModifyTopicAttributes', {'InstanceId': instance, 'TopicName': 'nothere', 'Note': 'x'}),
                           ('CreatePartition', {'InstanceId': instance, 'TopicName': 'nothere', 'PartitionNum': 4}),
                           ('DeleteTopic', {'InstanceId': instance, 'TopicName': 'nothere'}),
                           ('DescribeTopicAttributes', {'InstanceId': instance, 'TopicName': 'nothere'})):
        code, message = sdk_error(sdk, action, params)
        assert code == 'ResourceNotFound' and 'nothere' in message, action
    for total in (3, 2):
        code, message = sdk_error(sdk, 'CreatePartition', {'InstanceId': instance, 'TopicName': 'orders', 'PartitionNum': total})
        assert code == 'InvalidParameterValue' and 'has 3 partitions' in message
    assert sdk_error(sdk, 'ModifyTopicAttributes', {'InstanceId': instance, 'TopicName': 'orders', 'ReplicaNum': 4})[0] == 'InvalidParameterValue'
    code, message = sdk_error(sdk, 'ModifyTopicAttributes', {'InstanceId': instance, 'TopicName': 'orders', 'MinInsyncReplicas': 3})
    assert code == 'InvalidParameterValue' and 'MinInsyncReplicas' in message
    assert api('DescribeTopicAttributes', {'InstanceId': instance, 'TopicName': 'orders'})['Result']['PartitionNum'] == 3


def test_instance_topic_limits(emu, api):
    emu.seed('instance', [{'InstanceId': 'ckafka-small', 'InstanceName': 'small', 'MaxTopicNumber': 2, 'MaxPartitionNumber': 10}])
    assert 'Result' in api('CreateTopic', topic('a', InstanceId='ckafka-small', PartitionNum=6))
    assert error(api('CreateTopic', topic('b', InstanceId='ckafka-small', PartitionNum=6)))[0] == 'LimitExceeded'
    assert 'Result' in api('CreateTopic', topic('b', InstanceId='ckafka-small', PartitionNum=4))
    assert error(api('CreateTopic', topic('c', InstanceId='ckafka-small', PartitionNum=1)))[0] == 'LimitExceeded'
    assert error(api('CreatePartition', {'InstanceId': 'ckafka-small', 'TopicName': 'a', 'PartitionNum': 7}))[0] == 'LimitExceeded'


def test_topic_pages_and_search(emu, api, instance):
    emu.seed('topic', template=topic('t-{n}', PartitionNum=1), count=120, width=3)
    emu.seed('topic', [topic('Orders-EU', PartitionNum=1)])
    for action in ('DescribeTopic', 'DescribeTopicDetail'):
        result = api(action, {'InstanceId': instance})['Result']
        assert result['TotalCount'] == 121 and len(result['TopicList']) == 20  # Limit defaults to 20
        result = api(action, {'InstanceId': instance, 'Limit': 100})['Result']
        assert len(result['TopicList']) == 50  # at most 50 a page
        names = []
        for offset in range(0, 121, 50):
            names += [t['TopicName'] for t in api(action, {'InstanceId': instance, 'Offset': offset, 'Limit': 50})['Result']['TopicList']]
        assert names == sorted(['t-%03d' % n for n in range(120)] + ['Orders-EU'])
        result = api(action, {'InstanceId': instance, 'SearchWord': 't-11'})['Result']
        assert result['TotalCount'] == 10 and {t['TopicName'] for t in result['TopicList']} == {'t-11%d' % n for n in range(10)}
        assert api(action, {'InstanceId': instance, 'SearchWord': 'orders'})['Result']['TotalCount'] == 0
    result = api('DescribeTopicDetail', {'InstanceId': instance, 'SearchWord': 'orders', 'SearchWordIgnoreCaseFlag': True})['Result']
    assert [t['TopicName'] for t in result['TopicList']] == ['Orders-EU']


# ---- the service's windows ---------------------------------------------------------------------

def test_delete_and_recreate_windows(emu, sdk, api, instance):
    sdk.call('CreateTopic', topic())
    code, message = sdk_error(sdk, 'DeleteTopic', {'InstanceId': instance, 'TopicName': 'orders'})
    assert code == 'UnsupportedOperation.FrequencyTopicDeleteOperate' and 'retry in' in message
    emu.configure(topic_delete_window=0.3, topic_recreate_window=0.3)
    time.sleep(0.35)
    sdk.call('DeleteTopic', {'InstanceId': instance, 'TopicName': 'orders'})
    code, message = sdk_error(sdk, 'CreateTopic', topic())
    assert code == 'FailedOperation' and '[4000]10011' in message and 'orders' in message
    assert sdk.call('CreateTopic', topic('other')).Result.TopicId  # other names are free
    time.sleep(0.35)
    assert sdk.call('CreateTopic', topic()).Result.TopicId
    emu.configure(topic_delete_window=0, topic_recreate_window=0)
    sdk.call('DeleteTopic', {'InstanceId': instance, 'TopicName': 'orders'})
    sdk.call('CreateTopic', topic())
    config = emu.health()['config']
    assert (config['topic_delete_window'], config['topic_recreate_window']) == (0, 0)
    with pytest.raises(EmulatorError):
        emu.configure(topic_delete_window=-1)


def test_seeded_topics_are_old(emu, api, instance):
    emu.seed('topic', [topic('legacy')])
    assert 'Result' in api('DeleteTopic', {'InstanceId': instance, 'TopicName': 'legacy'})
    assert error(api('CreateTopic', topic('legacy')))[0] == 'FailedOperation'


def test_window_flags():
    with start_emulator(topic_delete_window=0, topic_recreate_window=5, rate_limit=0) as emu:
        config = emu.health()['config']
        assert (config['topic_delete_window'], config['topic_recreate_window']) == (0, 5)
        emu.seed('instance', [{'InstanceId': INSTANCE, 'InstanceName': 'x'}])
        assert 'Result' in emu.call('CreateTopic', topic())['Response']
        assert 'Result' in emu.call('DeleteTopic', {'InstanceId': INSTANCE, 'TopicName': 'orders'})['Response']
        assert error(emu.call('CreateTopic', topic())['Response'])[0] == 'FailedOperation'


# ---- rate limits -------------------------------------------------------------------------------

def test_documented_rate_limits(emu, api, instance):
    emu.configure(rate_limit=20, topic_delete_window=0)
    assert emu.health()['config']['documented_rate_limits']['DeleteTopic'] == 1
    emu.seed('topic', template=topic('d-{n}', PartitionNum=1), count=3)
    codes = [error(answer)[0] if 'Error' in answer else None
             for answer in [api('DeleteTopic', {'InstanceId': instance, 'TopicName': 'd-%d' % n}) for n in range(3)]]
    assert codes[0] is None and 'RequestLimitExceeded' in codes[1:]
    time.sleep(1.05)
    assert 'Result' in api('DeleteTopic', {'InstanceId': instance, 'TopicName': 'd-2'})
    # DescribeTopic: 100 per second, above the default 20
    codes = ['Error' in api('DescribeTopic', {'InstanceId': instance}) for unused in range(40)]
    assert not any(codes)
    codes = ['Error' in api('CreateTopic', topic('c-%d' % n, PartitionNum=1)) for n in range(30)]
    assert not any(codes[:20]) and any(codes[20:])
    # a rate_limits entry wins over the documented one; rate_limit 0 turns the documented ones off
    emu.configure(rate_limits={'DeleteTopic': 0})
    assert all('Result' in api('DeleteTopic', {'InstanceId': instance, 'TopicName': 'c-%d' % n}) for n in range(5))
    emu.configure(rate_limit=0, rate_limits={})
    assert all('Result' in api('DeleteTopic', {'InstanceId': instance, 'TopicName': 'c-%d' % n}) for n in range(5, 10))


def test_paced_calls_pass(emu, api, instance):
    """After a burst, calls spaced 1/N s apart (a little early for jitter) pass; faster ones do not."""
    emu.configure(rate_limit=20, rate_limits={'DescribeTopic': 10})
    assert not any('Error' in api('DescribeTopic', {'InstanceId': instance}) for unused in range(10))
    assert 'Error' in api('DescribeTopic', {'InstanceId': instance})
    time.sleep(0.1)
    for unused in range(8):
        time.sleep(0.097)
        assert 'Result' in api('DescribeTopic', {'InstanceId': instance})


def test_every_instance_action_is_driven_by_the_sdk():
    """Each action of the instance resource is called through the official SDK somewhere in these tests."""
    here = os.path.dirname(os.path.abspath(__file__))
    text = ''
    for name in ('test_emulator_instances.py', 'test_emulator_access.py', 'test_emulator_groups.py'):
        with open(os.path.join(here, name), encoding='utf-8') as handle:
            text += handle.read()
    called = set(re.findall(r"sdk(?:\.call\(|_error\(sdk, )'([A-Za-z]+)'", text))
    [instance] = [r for r in RESOURCES if r.name == 'instance']
    assert set(instance.actions) - called == set()


def test_every_example_passes_validation(api):
    """tccli's request examples of every instance action get past validation (the resources they name need not exist),
    except the two the reference contradicts: CreateAcl's DENY and ModifyGroupOffsets' Strategy 1 without ShiftTimestamp."""
    validation = ('MissingParameter', 'InvalidParameter', 'UnknownParameter', 'InvalidParameterValue')
    [instance] = [r for r in RESOURCES if r.name == 'instance']
    for action in instance.actions:
        for params in request_examples(action):
            answer = api(action, params)
            code = answer.get('Error', {}).get('Code')
            if (action, code) in (('CreateAcl', 'UnsupportedOperation'), ('ModifyGroupOffsets', 'MissingParameter')):
                continue
            assert code not in validation, (action, params, answer)


def test_changes_need_a_running_instance(emu, api):
    emu.seed('instance', [{'InstanceId': 'ckafka-isolated', 'InstanceName': 'old', 'Status': 5}])
    code, message = error(api('CreateTopic', topic(InstanceId='ckafka-isolated')))
    assert code == 'FailedOperation' and 'status 5 (isolated)' in message
    assert error(api('CreateUser', {'InstanceId': 'ckafka-isolated', 'Name': 'u', 'Password': 'p'}))[0] == 'FailedOperation'
    assert 'Result' in api('DescribeTopic', {'InstanceId': 'ckafka-isolated'})
    assert 'Result' in api('DescribeInstanceAttributes', {'InstanceId': 'ckafka-isolated'})
