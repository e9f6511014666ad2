#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: topic_info
short_description: Read one topic of a Tencent Cloud CKafka instance, or list them
version_added: 0.4.0
description:
  - Reads a topic of a CKafka instance by its name, or lists the topics of the instance, every page.
  - Every topic is returned in the shape M(tencentcloud.ckafka.topic) returns in
    RV(tencentcloud.ckafka.topic#module:topic), showing what is set and nothing else, with the instance's ID.
    Declared with M(tencentcloud.ckafka.topic) as it is (its options taken from the result), a topic changes nothing.
  - One topic (O(topic_name)) is read with one C(DescribeTopicAttributes) call, the documented read of a topic's
    attributes, the same call M(tencentcloud.ckafka.topic) makes.
  - A listing follows every page of C(DescribeTopicDetail), 50 topics a page, the largest the API serves, so 120
    topics take three calls. The API reference marks C(DescribeTopicDetail) as meant for the console; the module uses
    it because C(DescribeTopic), the other listing, reports only each topic's name, ID and note, and reading the
    settings from it would take one more call per topic. Topics being deleted are left out.
  - Only reads; the module never changes anything and always reports C(changed=false).
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
requirements:
  - requests
extends_documentation_fragment:
  - tencentcloud.ckafka.common
options:
  instance_id:
    description:
      - ID of the CKafka instance whose topics are read, for example V(ckafka-abcd1234).
      - M(tencentcloud.ckafka.instance_info) finds it from the instance's name.
    type: str
    required: true
  topic_name:
    description:
      - The name of the topic to read.
      - A name that breaks the rule of O(tencentcloud.ckafka.topic#module:topic_name) fails before any call.
      - An unknown topic is not an error; RV(topics) is then an empty list.
      - Mutually exclusive with O(search_word).
    type: str
  search_word:
    description:
      - Lists the topics whose name contains this word, as the service matches it (C(SearchWord)).
    type: str
notes:
  - Without O(topic_name) and O(search_word), every topic of the instance is listed.
  - C(DescribeTopicDetail) reports neither the IP allow list, nor the ACL rule, nor the quotas of a topic;
    in a listing, RV(topics[].ip_white_list), RV(topics[].acl_rule_name) and the quota keys are then left out, and
    RV(topics[].tags) is there when the topic has tags. A topic read by O(topic_name) has every key but RV(topics[].tags),
    which C(DescribeTopicAttributes) does not report.
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The module only reads, so check mode returns the same topics as a normal run.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: N/A
    details:
      - The module never changes anything.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set the shared options once.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
seealso:
  - module: tencentcloud.ckafka.topic
  - module: tencentcloud.ckafka.instance_info
'''

EXAMPLES = r'''
- name: Read one topic
  tencentcloud.ckafka.topic_info:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    topic_name: orders
  register: one

- name: Show its partitions
  ansible.builtin.debug:
    msg: "{{ one.topics[0].topic_name }} has {{ one.topics[0].partition_num }} partitions"
  when: one.topics | length > 0

- name: Every topic of the instance whose name contains "orders"
  tencentcloud.ckafka.topic_info:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    search_word: orders
  register: order_topics

- name: Every topic of the instance, with the shared options set once
  module_defaults:
    group/tencentcloud.ckafka.ckafka:
      region: ap-guangzhou
      secret_id: "{{ vault_tencentcloud_secret_id }}"
      secret_key: "{{ vault_tencentcloud_secret_key }}"
  block:
    - name: List the topics
      tencentcloud.ckafka.topic_info:
        instance_id: ckafka-abcd1234
      register: all_topics

    - name: Name the topics with a single replica
      ansible.builtin.debug:
        msg: "{{ all_topics.topics | selectattr('replica_num', 'eq', 1) | map(attribute='topic_name') | list }}"
'''

RETURN = r'''
topics:
  description:
    - The topics read, in the order the service lists them; an empty list when none matches or when O(topic_name)
      names no topic.
    - Each item shows what is set, as RV(tencentcloud.ckafka.topic#module:topic) does. RV(topics[].topic_name) is
      always there, every other key only when it has a value.
  returned: always
  type: list
  elements: dict
  contains:
    instance_id:
      description: ID of the instance that holds the topic.
      type: str
      returned: always
      sample: ckafka-abcd1234
    topic_name:
      description: Name of the topic.
      type: str
      returned: always
      sample: orders
    topic_id:
      description: ID of the topic.
      type: str
      returned: when set
      sample: topic-abcd1234
    partition_num:
      description: Number of partitions.
      type: int
      returned: when set
      sample: 3
    replica_num:
      description: Number of replicas of each partition.
      type: int
      returned: when set
      sample: 2
    note:
      description: The note about the topic.
      type: str
      returned: when set
      sample: orders-of-the-shop
    retention_ms:
      description: How long messages are kept, in milliseconds.
      type: int
      returned: when set
      sample: 86400000
    retention_bytes:
      description: How many bytes each partition keeps at most, V(-1) for no limit.
      type: int
      returned: when set
      sample: -1
    segment_ms:
      description: How long a log segment is written before the next one starts, in milliseconds.
      type: int
      returned: when set
      sample: 86400000
    max_message_bytes:
      description: The largest message the topic takes, in bytes.
      type: int
      returned: when set
      sample: 8388608
    min_insync_replicas:
      description: How many replicas must have a message before a write with C(acks=all) succeeds.
      type: int
      returned: when set
      sample: 1
    clean_up_policy:
      description: How old messages go, V(delete), V(compact) or both.
      type: str
      returned: when set
      sample: delete
    unclean_leader_election_enable:
      description: V(1) when a replica that is not in sync may become the leader.
      type: int
      returned: when set
      sample: 0
    log_msg_timestamp_type:
      description: Which time a message's timestamp is, V(CreateTime) or V(LogAppendTime).
      type: str
      returned: when set
      sample: CreateTime
    enable_white_list:
      description: V(1) when only the addresses of the allow list reach the topic.
      type: int
      returned: when set
      sample: 0
    ip_white_list:
      description: The addresses allowed to reach the topic; not in a listing.
      type: list
      elements: str
      returned: when set
      sample: ["10.0.0.0/24"]
    enable_acl_rule:
      description: V(1) when the preset ACL rule applies to the topic.
      type: int
      returned: when set
      sample: 0
    acl_rule_name:
      description: The preset ACL rule that applies to the topic; not in a listing.
      type: str
      returned: when set
      sample: shop-readers
    quota_producer_byte_rate:
      description: The producers' limit, in MB per second; not in a listing.
      type: int
      returned: when set
      sample: 10
    quota_consumer_byte_rate:
      description: The consumers' limit, in MB per second; not in a listing.
      type: int
      returned: when set
      sample: 20
    tags:
      description: Tags of the topic; only in a listing.
      type: list
      elements: dict
      returned: when set
      sample: [{"tag_key": "team", "tag_value": "shop"}]
    create_time:
      description: When the topic was created, in seconds since the epoch.
      type: int
      returned: when set
      sample: 1720525148
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.topic.description import Topic
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceInfoModule


TopicInfo = ResourceInfoModule.of(Topic)


def main():
    TopicInfo.main()


if __name__ == '__main__':
    main()
