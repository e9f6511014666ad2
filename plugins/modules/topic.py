#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: topic
short_description: Manage a topic on a Tencent Cloud CKafka instance as declared state
version_added: 0.4.0
description:
  - Creates, updates and deletes one topic on a CKafka instance, the Kafka end of a DIP task
    (M(tencentcloud.ckafka.datahub_task)'s C(kafka_param)) or of a sync task.
  - The topic is identified by O(instance_id) and O(topic_name) together; both go with every call. It is read with one
    C(DescribeTopicAttributes) call; a topic the service does not know is absent. Look the instance up by its name
    with M(tencentcloud.ckafka.instance_info).
  - The name rule (letters, digits, underscores, dashes and dots, 128 characters at most) and the documented ranges
    (O(replica_num) from 1 to 3, O(partition_num) at least 1, O(retention_ms), O(segment_ms), O(max_message_bytes),
    O(retention_bytes), O(note)) are checked before any call, so bad input fails without reaching the service.
  - Only the options you set are compared with the topic; the module never imposes a default on an existing topic.
  - Every attribute (O(replica_num) among them) is changed in place with one C(ModifyTopicAttributes) call carrying
    the changed options. A larger O(partition_num) adds partitions with one C(CreatePartition) call, which takes the
    new total.
  - Partitions never shrink. A smaller O(partition_num) fails the run without any write, returns
    RV(replacement_required=true) and says why, unless O(recreate=true).
  - The service never reports a topic's tags, so O(tags) cannot be compared. They are set when the topic is created
    and sent again with every C(ModifyTopicAttributes) the module makes; a change of O(tags) alone is not detected.
  - The service refuses to delete a topic within about a minute of its create, and to create a topic within about a
    minute of the delete of a topic of the same name. The module waits such a refusal out, trying again every 5
    seconds for 90 seconds at most; when the service still refuses, the run fails with a message that says so.
  - The options below follow the parameters of C(CreateTopic), named in snake_case (C(PartitionNum) is
    O(partition_num)).
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
requirements:
  - requests
extends_documentation_fragment:
  - tencentcloud.ckafka.common
  - tencentcloud.ckafka.topic
options:
  instance_id:
    description:
      - ID of the CKafka instance that holds the topic, for example V(ckafka-abcd1234).
      - Part of the topic's identity, sent with every call; never changed.
      - M(tencentcloud.ckafka.instance_info) finds it from the instance's name.
    type: str
    required: true
  topic_name:
    description:
      - Name of the topic on the instance, and with O(instance_id) its identity.
      - Letters, digits, underscores, dashes and dots only, 128 characters at most. A name that breaks this rule fails
        before any call.
      - A name cannot be changed; a different name declares a different topic.
    type: str
    required: true
  quota_producer_byte_rate:
    description:
      - The most the producers of this topic may write, in MB per second; V(-1) for no limit.
      - C(CreateTopic) does not take it; when set, a C(ModifyTopicAttributes) applies it right after a create.
    type: int
  quota_consumer_byte_rate:
    description:
      - The most the consumers of this topic may read, in MB per second; V(-1) for no limit.
      - C(CreateTopic) does not take it; when set, a C(ModifyTopicAttributes) applies it right after a create.
    type: int
  state:
    description:
      - V(present) makes sure the topic exists with the options given; O(partition_num) and O(replica_num) are then
        required to create it.
      - V(absent) deletes the topic when it exists. Deleting a topic deletes its messages.
    type: str
    choices: [present, absent]
    default: present
  recreate:
    description:
      - When O(partition_num) is smaller than the topic's, delete the topic and create it again with the options given.
        Every message in the topic is lost, and the module warns about it. The service accepts the name again about a
        minute after the delete; the module waits for that.
      - When false, such a difference fails the run without any write and returns RV(replacement_required=true).
    type: bool
    default: false
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The topic is read, no write is sent; C(changed) is what a real run would report and RV(topic) shows the
        predicted topic.
      - Members only the service can know (the topic ID, the create time) are left out of the prediction of a create.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - The diff holds the topic before and after, with the keys of RV(topic); C(before) is empty on create and
        C(after) is empty on delete.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
notes:
  - A create is not read back; RV(topic) is then the topic as declared (with the instance and the name), without
    RV(topic.topic_id). Run M(tencentcloud.ckafka.topic_info) to read what the service fills in.
  - A create is never repeated blindly. When the outcome of C(CreateTopic) is unknown (network error, timeout,
    HTTP 5xx, C(InternalError)), the module reads the topic and creates it only when it is not there, so one
    declaration never leaves two topics of one name.
seealso:
  - module: tencentcloud.ckafka.topic_info
  - module: tencentcloud.ckafka.instance_info
  - module: tencentcloud.ckafka.datahub_task
  - name: CreateTopic API reference
    description: The request parameters of a topic on a CKafka instance.
    link: https://www.tencentcloud.com/document/product/597
'''

EXAMPLES = r'''
- name: Find the instance by its name
  tencentcloud.ckafka.instance_info:
    region: ap-guangzhou
    instance_name: orders-kafka
  register: kafka

- name: A topic for orders, three partitions of two replicas, kept for a day
  tencentcloud.ckafka.topic:
    region: ap-guangzhou
    instance_id: "{{ kafka.instances[0].instance_id }}"
    topic_name: orders
    partition_num: 3
    replica_num: 2
    retention_ms: 86400000
    note: orders-of-the-shop
    tags:
      - tag_key: team
        tag_value: shop

- name: Keep messages for a week instead, and compact them by key (one ModifyTopicAttributes call)
  tencentcloud.ckafka.topic:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    topic_name: orders
    retention_ms: 604800000
    clean_up_policy: compact

- name: Six partitions instead of three (one CreatePartition call with the new total)
  tencentcloud.ckafka.topic:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    topic_name: orders
    partition_num: 6

- name: Show what would change, without changing anything
  tencentcloud.ckafka.topic:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    topic_name: orders
    replica_num: 3
    max_message_bytes: 1048576
  check_mode: true
  diff: true
  register: preview

- name: Delete the topic and its messages
  tencentcloud.ckafka.topic:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    topic_name: orders
    state: absent
'''

RETURN = r'''
topic:
  description:
    - The topic after the run (as predicted in check mode), with snake_case keys, showing what is set.
      RV(topic.topic_name) is always there, every other key only when it has a value.
    - After a change, the topic as read with the changes applied; after a create, the topic as declared.
    - With O(state=absent), the topic deleted, as read before the delete (in check mode, the one the run would
      delete); V(null) when there was none.
  returned: always
  type: dict
  contains:
    instance_id:
      description: ID of the instance that holds the topic.
      type: str
      sample: ckafka-abcd1234
    topic_name:
      description: Name of the topic.
      type: str
      sample: orders
    topic_id:
      description: ID of the topic; not in the result of a create.
      type: str
      sample: topic-abcd1234
    partition_num:
      description: Number of partitions.
      type: int
      sample: 3
    replica_num:
      description: Number of replicas of each partition.
      type: int
      sample: 2
    note:
      description: The note about the topic.
      type: str
      sample: orders-of-the-shop
    retention_ms:
      description: How long messages are kept, in milliseconds.
      type: int
      sample: 86400000
    retention_bytes:
      description: How many bytes each partition keeps at most, V(-1) for no limit.
      type: int
      sample: -1
    segment_ms:
      description: How long a log segment is written before the next one starts, in milliseconds.
      type: int
      sample: 86400000
    max_message_bytes:
      description: The largest message the topic takes, in bytes.
      type: int
      sample: 8388608
    min_insync_replicas:
      description: How many replicas must have a message before a write with C(acks=all) succeeds.
      type: int
      sample: 1
    clean_up_policy:
      description: How old messages go, V(delete), V(compact) or both.
      type: str
      sample: delete
    unclean_leader_election_enable:
      description: V(1) when a replica that is not in sync may become the leader.
      type: int
      sample: 0
    log_msg_timestamp_type:
      description: Which time a message's timestamp is, V(CreateTime) or V(LogAppendTime).
      type: str
      sample: CreateTime
    enable_white_list:
      description: V(1) when only the addresses of RV(topic.ip_white_list) reach the topic.
      type: int
      sample: 0
    ip_white_list:
      description: The addresses allowed to reach the topic.
      type: list
      elements: str
      sample: ["10.0.0.0/24"]
    enable_acl_rule:
      description: V(1) when the preset ACL rule RV(topic.acl_rule_name) applies to the topic.
      type: int
      sample: 0
    acl_rule_name:
      description: The preset ACL rule that applies to the topic.
      type: str
      sample: shop-readers
    quota_producer_byte_rate:
      description: The producers' limit, in MB per second.
      type: int
      sample: 10
    quota_consumer_byte_rate:
      description: The consumers' limit, in MB per second.
      type: int
      sample: 20
    tags:
      description: Tags of the topic, when known; C(DescribeTopicAttributes) does not report them, so the key is there
        only in the result of a create or a change that sets them.
      type: list
      elements: dict
      sample: [{"tag_key": "team", "tag_value": "shop"}]
    create_time:
      description: When the topic was created, in seconds since the epoch; not in the result of a create.
      type: int
      sample: 1720525148
topic_name:
  description: Name of the topic, as given in O(topic_name); V(null) when O(state=absent) finds no such topic.
  returned: always
  type: str
  sample: orders
recreated:
  description: True when the run deleted the topic and created it anew (in check mode, when it would).
  returned: always
  type: bool
  sample: false
previous_topic_name:
  description: The name of the topic a recreate replaced (the new one has the same name); V(null) when the run
    recreated nothing.
  returned: always
  type: str
  sample: orders
# BEGIN failure keys: generated by tools/generate.py (make generate); edit FAILURE_KEYS there
replacement_required:
  description: True when an option that cannot be changed in place differs and O(recreate) is false; the run then
    fails without a write.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: bool
  sample: true
differing_paths:
  description: The option paths that differ and cannot be changed in place.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: list
  elements: str
differences:
  description: Each differing option path with the current value and yours (secrets masked); the message
    quotes them too, one line each.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: list
  elements: dict
status:
  description: The last status seen, when a wait failed or timed out.
  returned: failure of a wait
  type: int
timed_out:
  description: Whether a failed wait ran out of time.
  returned: failure of a wait
  type: bool
error_code:
  description: The service's error code (or a C(Client*) code for failures without an answer).
  returned: failure of an API call
  type: str
  sample: InvalidParameterValue
request_id:
  description: The request ID of the failed call, for Tencent Cloud support.
  returned: failure of an API call that got an answer
  type: str
# END failure keys
diff:
  description:
    - The topic before and after, in diff mode.
    - When an option that cannot be changed in place differs (a smaller O(partition_num)) and O(recreate=false),
      the failed result's diff holds only those option paths, keyed by path, current (before) and wanted (after).
  returned: diff mode
  type: dict
  contains:
    before:
      description: The topic before the run; empty when it is created.
      type: dict
    after:
      description: The topic after the run; empty when it is deleted.
      type: dict
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.topic.description import Topic
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceModule


class TopicModule(ResourceModule):
    resource = Topic

    @classmethod
    def module_arguments(cls):
        # The identity's options are required themselves: no required_one_of.
        return {}


def main():
    TopicModule.main()


if __name__ == '__main__':
    main()
