# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate_fleet_docs.py from the topic and topic_info modules.
# Run `make docs` after changing them.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of the config and scope options of tencentcloud.ckafka.topics."""

    DOCUMENTATION = r'''
options:
  config:
    description:
      - 'The topics of a CKafka instance declared: a list of entries, each taking the options of the M(tencentcloud.ckafka.topic)
        module (below), checked as that module checks them.'
    type: list
    elements: dict
    suboptions:
      acl_rule_name:
        description:
          - Name of the preset ACL rule to apply when O(config[].enable_acl_rule=1). Changed in place.
        type: str
      clean_up_policy:
        description:
          - 'How old messages go: V(delete) removes them after the retention (the service''s default), V(compact)
            keeps the latest message of each key, V(compact, delete) does both (C(CreateTopic) documents it; C(ModifyTopicAttributes)
            documents only the first two). Changed in place.'
        type: str
        choices:
          - delete
          - compact
          - compact, delete
      enable_acl_rule:
        description:
          - V(1) applies the preset ACL rule named by O(config[].acl_rule_name) to the topic, V(0) applies none.
            Changed in place.
        type: int
      enable_white_list:
        description:
          - V(1) lets only the addresses of O(config[].ip_white_list) reach the topic; V(0) lets every address.
            Changed in place.
        type: int
      instance_id:
        description:
          - 'ID of the CKafka instance that holds the topic; O(scope.instance_id) when left out. An entry that names
            another instance than O(scope.instance_id) fails the plan before any write: a run declares the topics
            of one instance.'
        type: str
      ip_white_list:
        description:
          - The addresses allowed to reach the topic when O(config[].enable_white_list=1), which then needs at least
            one. Compared as a set. Changed in place.
        type: list
        elements: str
      log_msg_timestamp_type:
        description:
          - 'Which time a message''s timestamp is: V(CreateTime), set by the producer, or V(LogAppendTime), set
            by the broker when it stores the message. Changed in place.'
        type: str
        choices:
          - CreateTime
          - LogAppendTime
      max_message_bytes:
        description:
          - The largest message the topic takes, in bytes, from V(1024) to V(12582912) (12 MB). Changed in place.
        type: int
      min_insync_replicas:
        description:
          - How many replicas must have a message before a write with C(acks=all) succeeds, at least V(1) and at
            most O(config[].replica_num). Changed in place.
        type: int
      note:
        description:
          - A note about the topic, 64 characters at most. Changed in place.
        type: str
      partition_num:
        description:
          - Number of partitions, at least V(1). Required to create a topic. A larger number on an existing topic
            adds partitions in place with one C(CreatePartition) call (which takes the new total); partitions never
            shrink, so a smaller number fails without any write unless O(config[].recreate=true), which deletes
            the topic with its messages and creates it again.
        type: int
      quota_consumer_byte_rate:
        description:
          - The most the consumers of this topic may read, in MB per second; V(-1) for no limit.
          - C(CreateTopic) does not take it; when set, a C(ModifyTopicAttributes) applies it right after a create.
        type: int
      quota_producer_byte_rate:
        description:
          - The most the producers of this topic may write, in MB per second; V(-1) for no limit.
          - C(CreateTopic) does not take it; when set, a C(ModifyTopicAttributes) applies it right after a create.
        type: int
      recreate:
        description:
          - When an option that cannot be changed in place differs (or the resource is in a failure status), delete
            the resource, wait until it is gone and create it anew; the entry's result has V(recreated) as its action.
          - When false, such a difference fails the plan before any write, naming the entry and the differing paths.
        type: bool
        default: false
      replica_num:
        description:
          - Number of replicas of each partition, from V(1) to V(3), and no more than the instance has brokers.
            Required to create a topic. Changed in place with C(ModifyTopicAttributes).
        type: int
      retention_bytes:
        description:
          - How many bytes of messages each partition keeps at most, from V(1073741824) (1 GiB) to V(1099511627776)
            (1 TiB), or V(-1) for no limit (the service's default). Changed in place.
        type: int
      retention_ms:
        description:
          - How long messages are kept, in milliseconds, from V(60000) (one minute) to V(7776000000) (90 days).
            The service's default is V(7200000) (two hours). Changed in place.
        type: int
      segment_ms:
        description:
          - How long a log segment is written before the next one starts, in milliseconds, at least V(86400000)
            (one day). Changed in place.
        type: int
      tags:
        description:
          - 'Tags of the topic, each a O(config[].tags[].tag_key) and a O(config[].tags[].tag_value). C(DescribeTopicAttributes)
            does not report them, so they are not compared: they are set on create and sent again with every C(ModifyTopicAttributes)
            the module makes.'
        type: list
        elements: dict
        suboptions:
          tag_key:
            description:
              - The key of the tag.
            type: str
            required: true
          tag_value:
            description:
              - The value of the tag.
            type: str
            required: true
      topic_name:
        description:
          - Name of the topic on the instance, and with O(config[].instance_id) its identity.
          - Letters, digits, underscores, dashes and dots only, 128 characters at most. A name that breaks this
            rule fails before any call.
          - A name cannot be changed; a different name declares a different topic.
        type: str
        required: true
      unclean_leader_election_enable:
        description:
          - V(1) lets a replica that is not in sync become the leader (availability over durability), V(0) does
            not. When omitted on create, the instance's setting applies. Changed in place.
        type: int
  scope:
    description:
      - 'Which existing resources the run owns: the filters of the list action (as the M(tencentcloud.ckafka.topic_info)
        module takes them) and O(scope.name_prefix).'
      - Required by O(state=overridden), and by O(state=deleted) without O(config). C({}) means every resource of
        the region.
      - 'O(state=merged), O(state=rendered) and O(state=deleted) with O(config) do not use it: it is refused there.
        A filter that is empty or blank (an empty variable) is refused unless O(allow_delete_all=true).'
      - 'For M(tencentcloud.ckafka.topics), required in every state: O(scope.instance_id) is the instance whose
        topics the run declares; only its other filters narrow a prune and are refused where a state does not use
        them.'
    type: dict
    suboptions:
      instance_id:
        description:
          - ID of the CKafka instance whose topics are read, for example V(ckafka-abcd1234).
          - M(tencentcloud.ckafka.instance_info) finds it from the instance's name.
        type: str
        required: true
      search_word:
        description:
          - Lists the topics whose name contains this word, as the service matches it (C(SearchWord)).
        type: str
      name_prefix:
        description:
          - Only the resources whose name begins with this exact prefix are in scope (checked on the list answer).
        type: str
    required: true
'''
