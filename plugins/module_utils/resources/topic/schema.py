# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/topic.json.
# Run `make generate` after changing the schema.

"""Argument spec, option/API name trees and per-type data of the CreateTopic parameters, from
schema/topic.json; schema_loader.py says what each object holds."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.schema_loader import load

API_VERSION = '2019-08-19'
ROOT_TYPE = 'CreateTopicRequest'

# Options CreateTopic needs; not marked required in the spec because state=absent may need none.
REQUIRED_FOR_CREATE = ('instance_id', 'topic_name', 'partition_num', 'replica_num')

# API members the API marks deprecated: (type, API name). They get no option.
DEPRECATED_MEMBERS = ()

# The JSON holds SPECS, NAMES, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS, MODIFY_PATH_TYPES.
(PARAMETER_SPEC, API_NAME_TREE, OPTION_NAME_TREE, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS,
 MODIFY_API_NAME_TREE, MODIFY_PATH_TYPES) = load(
    ROOT_TYPE,
    '{"SPECS":{"CreateTopicRequest":{"instance_id":{"type":"str"},"topic_name":{"type":"str"},"partition_num":{"type":"int"},"replica_num":{"type":"int"},'
    '"enable_white_list":{"type":"int"},"ip_white_list":{"type":"list","elements":"str"},"clean_up_policy":{"type":"str","choices":["delete","compact",'
    '"compact, delete"]},"note":{"type":"str"},"min_insync_replicas":{"type":"int"},"unclean_leader_election_enable":{"type":"int"},'
    '"retention_ms":{"type":"int"},"segment_ms":{"type":"int"},"max_message_bytes":{"type":"int"},"enable_acl_rule":{"type":"int"},'
    '"acl_rule_name":{"type":"str"},"retention_bytes":{"type":"int"},"tags":{"type":"list","elements":"dict","options":"Tag"},'
    '"log_msg_timestamp_type":{"type":"str","choices":["CreateTime","LogAppendTime"]}},"Tag":{"tag_key":{"type":"str","required":true,"no_log":false},'
    '"tag_value":{"type":"str","required":true}}},"NAMES":{"CreateTopicRequest":{"instance_id":["InstanceId",null],"topic_name":["TopicName",null],'
    '"partition_num":["PartitionNum",null],"replica_num":["ReplicaNum",null],"enable_white_list":["EnableWhiteList",null],"ip_white_list":["IpWhiteList",'
    'null],"clean_up_policy":["CleanUpPolicy",null],"note":["Note",null],"min_insync_replicas":["MinInsyncReplicas",null],'
    '"unclean_leader_election_enable":["UncleanLeaderElectionEnable",null],"retention_ms":["RetentionMs",null],"segment_ms":["SegmentMs",null],'
    '"max_message_bytes":["MaxMessageBytes",null],"enable_acl_rule":["EnableAclRule",null],"acl_rule_name":["AclRuleName",null],'
    '"retention_bytes":["RetentionBytes",null],"tags":["Tags","Tag"],"log_msg_timestamp_type":["LogMsgTimestampType",null]},"Tag":{"tag_key":["TagKey",null],'
    '"tag_value":["TagValue",null]},"ModifyTopicAttributesRequest":{"instance_id":["InstanceId",null],"topic_name":["TopicName",null],"note":["Note",null],'
    '"enable_white_list":["EnableWhiteList",null],"min_insync_replicas":["MinInsyncReplicas",null],'
    '"unclean_leader_election_enable":["UncleanLeaderElectionEnable",null],"retention_ms":["RetentionMs",null],"max_message_bytes":["MaxMessageBytes",null],'
    '"segment_ms":["SegmentMs",null],"clean_up_policy":["CleanUpPolicy",null],"ip_white_list":["IpWhiteList",null],"enable_acl_rule":["EnableAclRule",null],'
    '"acl_rule_name":["AclRuleName",null],"retention_bytes":["RetentionBytes",null],"tags":["Tags","Tag"],"quota_producer_byte_rate":["QuotaProducerByteRate",'
    'null],"quota_consumer_byte_rate":["QuotaConsumerByteRate",null],"replica_num":["ReplicaNum",null],"log_msg_timestamp_type":["LogMsgTimestampType",'
    'null]}},"PATH_TYPES":{"":"CreateTopicRequest","tags":"Tag"},"SERVICE_FILLED_PATHS":[],"NO_LOG_PATHS":[],'
    '"TYPES":{"CreateTopicRequest":{"instance_id":{"api_name":"InstanceId","type":"str","required":true},"topic_name":{"api_name":"TopicName","type":"str",'
    '"required":true},"partition_num":{"api_name":"PartitionNum","type":"int","required":true},"replica_num":{"api_name":"ReplicaNum","type":"int",'
    '"required":true},"enable_white_list":{"api_name":"EnableWhiteList","type":"int"},"ip_white_list":{"api_name":"IpWhiteList","type":"list",'
    '"elements":"str"},"clean_up_policy":{"api_name":"CleanUpPolicy","type":"str"},"note":{"api_name":"Note","type":"str"},'
    '"min_insync_replicas":{"api_name":"MinInsyncReplicas","type":"int"},"unclean_leader_election_enable":{"api_name":"UncleanLeaderElectionEnable",'
    '"type":"int"},"retention_ms":{"api_name":"RetentionMs","type":"int"},"segment_ms":{"api_name":"SegmentMs","type":"int"},'
    '"max_message_bytes":{"api_name":"MaxMessageBytes","type":"int"},"enable_acl_rule":{"api_name":"EnableAclRule","type":"int"},'
    '"acl_rule_name":{"api_name":"AclRuleName","type":"str"},"retention_bytes":{"api_name":"RetentionBytes","type":"int"},"tags":{"api_name":"Tags",'
    '"type":"list","elements":"dict","ref":"Tag"},"log_msg_timestamp_type":{"api_name":"LogMsgTimestampType","type":"str"}},'
    '"Tag":{"tag_key":{"api_name":"TagKey","type":"str","required":true},"tag_value":{"api_name":"TagValue","type":"str","required":true}},'
    '"ModifyTopicAttributesRequest":{"instance_id":{"api_name":"InstanceId","type":"str","required":true},"topic_name":{"api_name":"TopicName","type":"str",'
    '"required":true},"note":{"api_name":"Note","type":"str"},"enable_white_list":{"api_name":"EnableWhiteList","type":"int"},'
    '"min_insync_replicas":{"api_name":"MinInsyncReplicas","type":"int"},"unclean_leader_election_enable":{"api_name":"UncleanLeaderElectionEnable",'
    '"type":"int"},"retention_ms":{"api_name":"RetentionMs","type":"int"},"max_message_bytes":{"api_name":"MaxMessageBytes","type":"int"},'
    '"segment_ms":{"api_name":"SegmentMs","type":"int"},"clean_up_policy":{"api_name":"CleanUpPolicy","type":"str"},"ip_white_list":{"api_name":"IpWhiteList",'
    '"type":"list","elements":"str"},"enable_acl_rule":{"api_name":"EnableAclRule","type":"int"},"acl_rule_name":{"api_name":"AclRuleName","type":"str"},'
    '"retention_bytes":{"api_name":"RetentionBytes","type":"int"},"tags":{"api_name":"Tags","type":"list","elements":"dict","ref":"Tag"},'
    '"quota_producer_byte_rate":{"api_name":"QuotaProducerByteRate","type":"int"},"quota_consumer_byte_rate":{"api_name":"QuotaConsumerByteRate",'
    '"type":"int"},"replica_num":{"api_name":"ReplicaNum","type":"int"},"log_msg_timestamp_type":{"api_name":"LogMsgTimestampType","type":"str"}}},'
    '"CONDITIONS":[],"MODIFY_PATH_TYPES":{"":"ModifyTopicAttributesRequest","tags":"Tag"}}',
    modify_root='ModifyTopicAttributesRequest',
)
