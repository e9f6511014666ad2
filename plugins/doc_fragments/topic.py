# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/topic.json.
# Run `make generate` after changing the schema.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of every CreateTopic parameter (tencentcloud.ckafka.topic)."""

    DOCUMENTATION = r'''
options:
  instance_id:
    description:
      - 'ID of the CKafka instance that holds the topic, for example V(ckafka-abcd1234); look it up by name with
        M(tencentcloud.ckafka.instance_info). Part of the topic''s identity: it is sent with every call and never
        changed.'
    type: str
  topic_name:
    description:
      - 'Name of the topic on the instance, and with O(instance_id) its identity. Letters, digits, underscores,
        dashes and dots only, 128 characters at most; the module checks this before any call. A name cannot be changed:
        a different name is a different topic.'
    type: str
  partition_num:
    description:
      - Number of partitions, at least V(1). Required to create a topic. A larger number on an existing topic adds
        partitions in place with one C(CreatePartition) call (which takes the new total); partitions never shrink,
        so a smaller number fails without any write unless O(recreate=true), which deletes the topic with its messages
        and creates it again.
    type: int
  replica_num:
    description:
      - Number of replicas of each partition, from V(1) to V(3), and no more than the instance has brokers. Required
        to create a topic. Changed in place with C(ModifyTopicAttributes).
    type: int
  enable_white_list:
    description:
      - V(1) lets only the addresses of O(ip_white_list) reach the topic; V(0) lets every address. Changed in place.
    type: int
  ip_white_list:
    description:
      - The addresses allowed to reach the topic when O(enable_white_list=1), which then needs at least one. Compared
        as a set. Changed in place.
    type: list
    elements: str
  clean_up_policy:
    description:
      - 'How old messages go: V(delete) removes them after the retention (the service''s default), V(compact) keeps
        the latest message of each key, V(compact, delete) does both (C(CreateTopic) documents it; C(ModifyTopicAttributes)
        documents only the first two). Changed in place.'
    type: str
    choices:
      - delete
      - compact
      - compact, delete
  note:
    description:
      - A note about the topic, 64 characters at most. Changed in place.
    type: str
  min_insync_replicas:
    description:
      - How many replicas must have a message before a write with C(acks=all) succeeds, at least V(1) and at most
        O(replica_num). Changed in place.
    type: int
  unclean_leader_election_enable:
    description:
      - V(1) lets a replica that is not in sync become the leader (availability over durability), V(0) does not.
        When omitted on create, the instance's setting applies. Changed in place.
    type: int
  retention_ms:
    description:
      - How long messages are kept, in milliseconds, from V(60000) (one minute) to V(7776000000) (90 days). The
        service's default is V(7200000) (two hours). Changed in place.
    type: int
  segment_ms:
    description:
      - How long a log segment is written before the next one starts, in milliseconds, at least V(86400000) (one
        day). Changed in place.
    type: int
  max_message_bytes:
    description:
      - The largest message the topic takes, in bytes, from V(1024) to V(12582912) (12 MB). Changed in place.
    type: int
  enable_acl_rule:
    description:
      - V(1) applies the preset ACL rule named by O(acl_rule_name) to the topic, V(0) applies none. Changed in place.
    type: int
  acl_rule_name:
    description:
      - Name of the preset ACL rule to apply when O(enable_acl_rule=1). Changed in place.
    type: str
  retention_bytes:
    description:
      - How many bytes of messages each partition keeps at most, from V(1073741824) (1 GiB) to V(1099511627776)
        (1 TiB), or V(-1) for no limit (the service's default). Changed in place.
    type: int
  tags:
    description:
      - 'Tags of the topic, each a O(tags[].tag_key) and a O(tags[].tag_value). C(DescribeTopicAttributes) does
        not report them, so they are not compared: they are set on create and sent again with every C(ModifyTopicAttributes)
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
  log_msg_timestamp_type:
    description:
      - 'Which time a message''s timestamp is: V(CreateTime), set by the producer, or V(LogAppendTime), set by the
        broker when it stores the message. Changed in place.'
    type: str
    choices:
      - CreateTime
      - LogAppendTime
'''
