# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The request types of the CKafka instance actions (instances, their topics, users, ACLs, ACL rules and
consumer groups), in the schema files' member format.

Member names, JSON types and required flags follow tccli's api.json (2019-08-19); a test checks them
against it. CONSTRAINTS adds what api.json does not state but the API reference does (ranges, choices, and
`special`: values with a meaning of their own outside the range, such as -1 for "no limit");
emu_instances.py checks the rules between members.
"""

from emu_validation import _member

# A request type's members, one word each: Name (a string), Name:int64, Name:bool, Name:[Ref] (a list: of
# Ref's dicts when Ref is a type, of strings for [string], of integers for [int64]); a trailing ! marks
# a required member.
_LIST_ELEMENTS = {'string': 'str', 'int64': 'int'}


def _members(words):
    members = []
    for word in words.split():
        required = word.endswith('!')
        name, dummy, kind = word.rstrip('!').partition(':')
        if not kind:
            members.append(_member(name, 'str', required))
        elif kind == 'int64':
            members.append(_member(name, 'int', required, api_type='int64'))
        elif kind.startswith('['):
            ref = kind[1:-1]
            members.append(_member(name, 'list', required, elements=_LIST_ELEMENTS.get(ref, 'dict'), ref=ref))
        else:
            members.append(_member(name, kind, required))
    return members


INSTANCE_TYPES = {
    'DescribeInstancesRequest': _members('InstanceId SearchWord Status:[int64] Offset:int64 Limit:int64 TagKey VpcId'),
    'DescribeInstanceAttributesRequest': _members('InstanceId!'),
    'DescribeInstancesDetailRequest': _members('InstanceId SearchWord Status:[int64] Offset:int64 Limit:int64 TagKey Filters:[Filter] InstanceIds'
                                               ' InstanceIdList:[string] TagList:[Tag]'),
    'CreateTopicRequest': _members('InstanceId! TopicName! PartitionNum:int64! ReplicaNum:int64! EnableWhiteList:int64 IpWhiteList:[string]'
                                   ' CleanUpPolicy Note MinInsyncReplicas:int64 UncleanLeaderElectionEnable:int64 RetentionMs:int64 SegmentMs:int64'
                                   ' MaxMessageBytes:int64 EnableAclRule:int64 AclRuleName RetentionBytes:int64 Tags:[Tag] LogMsgTimestampType'),
    'ModifyTopicAttributesRequest': _members('InstanceId! TopicName! Note EnableWhiteList:int64 MinInsyncReplicas:int64'
                                             ' UncleanLeaderElectionEnable:int64 RetentionMs:int64 MaxMessageBytes:int64 SegmentMs:int64'
                                             ' CleanUpPolicy IpWhiteList:[string] EnableAclRule:int64 AclRuleName RetentionBytes:int64 Tags:[Tag]'
                                             ' QuotaProducerByteRate:int64 QuotaConsumerByteRate:int64 ReplicaNum:int64 LogMsgTimestampType'),
    'CreatePartitionRequest': _members('InstanceId! TopicName! PartitionNum:int64!'),
    'DeleteTopicRequest': _members('InstanceId! TopicName!'),
    'DescribeTopicAttributesRequest': _members('InstanceId! TopicName!'),
    'DescribeTopicRequest': _members('InstanceId! SearchWord Offset:int64 Limit:int64 AclRuleName'),
    'DescribeTopicDetailRequest': _members('InstanceId! SearchWord Offset:int64 Limit:int64 AclRuleName OrderBy OrderType:int64 Filters:[Filter]'
                                           ' SearchWordIgnoreCaseFlag:bool'),
    'CreateUserRequest': _members('InstanceId! Name! Password'),
    'ModifyPasswordRequest': _members('InstanceId! Name! Password! PasswordNew!'),
    'DeleteUserRequest': _members('InstanceId! Name!'),
    'DescribeUserRequest': _members('InstanceId! SearchWord Offset:int64 Limit:int64'),
    'CreateAclRequest': _members('InstanceId! ResourceType:int64! Operation:int64! PermissionType:int64! ResourceName Host Principal'
                                 ' ResourceNameList'),
    'DeleteAclRequest': _members('InstanceId! ResourceType:int64! ResourceName! Operation:int64! PermissionType:int64! Host Principal'),
    'DescribeACLRequest': _members('InstanceId! ResourceType:int64! ResourceName Offset:int64 Limit:int64 SearchWord'),
    'BatchCreateAclRequest': _members('InstanceId! ResourceType:int64! ResourceNames:[string]! RuleList:[AclRuleInfo]!'),
    'CreateAclRuleRequest': _members('InstanceId! ResourceType! PatternType! RuleName! RuleList:[AclRuleInfo]! Pattern IsApplied:int64 Comment'),
    'ModifyAclRuleRequest': _members('InstanceId! RuleName! IsApplied:int64'),
    'DeleteAclRuleRequest': _members('InstanceId! RuleName!'),
    'DescribeAclRuleRequest': _members('InstanceId! RuleName PatternType IsSimplified:bool'),
    'DescribeConsumerGroupRequest': _members('InstanceId! GroupName TopicName Limit:int64 Offset:int64'),
    'DescribeGroupRequest': _members('InstanceId! SearchWord Offset:int64 Limit:int64 Filters:[Filter]'),
    'DescribeGroupInfoRequest': _members('InstanceId! GroupList:[string]!'),
    'DescribeGroupOffsetsRequest': _members('InstanceId! Group! Topics:[string] SearchWord Offset:int64 Limit:int64'),
    'ModifyGroupOffsetsRequest': _members('InstanceId! Group! Strategy:int64! Topics:[string]! Shift:int64 ShiftTimestamp:int64 Offset:int64'
                                          ' Partitions:[int64]'),
    'DeleteGroupRequest': _members('InstanceId! Group!'),
    'Filter': _members('Name! Values:[string]!'),
    'Tag': _members('TagKey! TagValue!'),
    'AclRuleInfo': _members('Operation! PermissionType! Host! Principal!'),
}

# A topic's cleanup policies: CreateTopic's reference and the Config block of the answers name the three;
# ModifyTopicAttributes's names only the first two, but it changes the same setting, and a topic created
# with both reports "compact, delete" (that spelling: the reference names no other).
CLEAN_UP_POLICIES = ['delete', 'compact', 'compact, delete']
# RetentionBytes, QuotaProducerByteRate and QuotaConsumerByteRate: -1 means no limit (the reference's
# "special value"); the answers then report null, as they do for a topic that never had one.
NO_LIMIT = -1

# (request type, member) -> the extra keys of its spec: the ranges and choices of the API reference.
# The paged requests: Offset from 0, Limit from 1.
_PAGED = ('DescribeInstancesRequest', 'DescribeInstancesDetailRequest', 'DescribeTopicRequest', 'DescribeTopicDetailRequest',
          'DescribeUserRequest', 'DescribeACLRequest', 'DescribeConsumerGroupRequest', 'DescribeGroupRequest', 'DescribeGroupOffsetsRequest')
CONSTRAINTS = dict([((name, 'Offset'), {'minimum': 0}) for name in _PAGED] + [((name, 'Limit'), {'minimum': 1}) for name in _PAGED])
CONSTRAINTS.update({
    ('CreateTopicRequest', 'PartitionNum'): {'minimum': 1},
    ('CreateTopicRequest', 'ReplicaNum'): {'minimum': 1, 'maximum': 3},
    ('CreateTopicRequest', 'EnableWhiteList'): {'choices': [0, 1]},
    ('CreateTopicRequest', 'UncleanLeaderElectionEnable'): {'choices': [0, 1]},
    ('CreateTopicRequest', 'EnableAclRule'): {'choices': [0, 1]},
    ('CreateTopicRequest', 'MinInsyncReplicas'): {'minimum': 1},
    ('CreateTopicRequest', 'CleanUpPolicy'): {'choices': CLEAN_UP_POLICIES},
    ('CreateTopicRequest', 'RetentionMs'): {'minimum': 60000},
    ('CreateTopicRequest', 'SegmentMs'): {'minimum': 1},
    ('CreateTopicRequest', 'MaxMessageBytes'): {'minimum': 1024},
    ('CreateTopicRequest', 'RetentionBytes'): {'minimum': 1, 'special': [NO_LIMIT]},
    ('CreateTopicRequest', 'LogMsgTimestampType'): {'choices': ['CreateTime', 'LogAppendTime']},
    ('ModifyTopicAttributesRequest', 'ReplicaNum'): {'minimum': 1, 'maximum': 3},
    ('ModifyTopicAttributesRequest', 'EnableWhiteList'): {'choices': [0, 1]},
    ('ModifyTopicAttributesRequest', 'UncleanLeaderElectionEnable'): {'choices': [0, 1]},
    ('ModifyTopicAttributesRequest', 'EnableAclRule'): {'choices': [0, 1]},
    ('ModifyTopicAttributesRequest', 'MinInsyncReplicas'): {'minimum': 1},
    ('ModifyTopicAttributesRequest', 'CleanUpPolicy'): {'choices': CLEAN_UP_POLICIES},
    ('ModifyTopicAttributesRequest', 'RetentionMs'): {'minimum': 60000},
    ('ModifyTopicAttributesRequest', 'SegmentMs'): {'minimum': 1},
    ('ModifyTopicAttributesRequest', 'MaxMessageBytes'): {'minimum': 1024},
    ('ModifyTopicAttributesRequest', 'RetentionBytes'): {'minimum': 1, 'special': [NO_LIMIT]},
    ('ModifyTopicAttributesRequest', 'QuotaProducerByteRate'): {'minimum': 0, 'special': [NO_LIMIT]},
    ('ModifyTopicAttributesRequest', 'QuotaConsumerByteRate'): {'minimum': 0, 'special': [NO_LIMIT]},
    ('ModifyTopicAttributesRequest', 'LogMsgTimestampType'): {'choices': ['CreateTime', 'LogAppendTime']},
    ('CreatePartitionRequest', 'PartitionNum'): {'minimum': 1},
    ('DescribeTopicDetailRequest', 'OrderType'): {'choices': [0, 1]},
    ('CreateAclRequest', 'ResourceType'): {'choices': [2, 3, 4]},
    ('CreateAclRequest', 'Operation'): {'choices': list(range(2, 13))},
    ('CreateAclRequest', 'PermissionType'): {'choices': [2, 3]},
    ('DeleteAclRequest', 'ResourceType'): {'choices': [2, 3, 4]},
    ('DeleteAclRequest', 'Operation'): {'choices': list(range(2, 13))},
    ('DeleteAclRequest', 'PermissionType'): {'choices': [2, 3]},
    ('DescribeACLRequest', 'ResourceType'): {'choices': [2, 3, 4]},
    ('BatchCreateAclRequest', 'ResourceType'): {'choices': [2, 3, 4]},
    ('CreateAclRuleRequest', 'ResourceType'): {'choices': ['Topic']},
    ('CreateAclRuleRequest', 'PatternType'): {'choices': ['PREFIXED', 'PRESET']},
    ('CreateAclRuleRequest', 'IsApplied'): {'choices': [0, 1]},
    ('ModifyAclRuleRequest', 'IsApplied'): {'choices': [0, 1]},
    ('DescribeAclRuleRequest', 'PatternType'): {'choices': ['PREFIXED', 'PRESET']},
    ('ModifyGroupOffsetsRequest', 'Strategy'): {'choices': [0, 1, 2]},
})

for (_type_name, _name), _extra in CONSTRAINTS.items():
    [_spec] = [m for m in INSTANCE_TYPES[_type_name] if m['api_name'] == _name]
    _spec.update(_extra)

SCHEMA = {'types': {name: {'members': members} for name, members in INSTANCE_TYPES.items()}}
