#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: datahub_topic_info
short_description: Read one Tencent Cloud CKafka DIP (Datahub) topic, or list them
version_added: 0.2.0
description:
  - Reads a CKafka DIP (Datahub) topic by its name, or lists the topics that match filters.
  - Every topic is returned in the shape M(tencentcloud.ckafka.datahub_topic) returns in
    RV(tencentcloud.ckafka.datahub_topic#module:topic), showing what is set and nothing else. A topic read by O(name) has the
    same keys as that result, and declared with M(tencentcloud.ckafka.datahub_topic) as it is (its options taken
    from the result), it changes nothing.
  - A listing follows every page of C(DescribeDatahubTopics) with pages of 100 topics, the largest the API serves,
    so 250 topics take three calls.
  - The user names and passwords of the topics are never returned; use
    O(tencentcloud.ckafka.datahub_topic#module:return_credentials) to get those of one topic.
  - Only reads; the module never changes anything and always reports C(changed=false).
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
requirements:
  - requests
extends_documentation_fragment:
  - tencentcloud.ckafka.common
options:
  name:
    description:
      - The name of the topic to read, for example V(1250000000-app-logs), with one C(DescribeDatahubTopic) call.
      - A name that breaks the rule of O(tencentcloud.ckafka.datahub_topic#module:name) fails before any call.
      - An unknown topic is not an error; RV(topics) is then an empty list.
      - Mutually exclusive with the filters O(search_word), O(connect_resource_id) and O(topic_regular_expression).
    type: str
  search_word:
    description:
      - Lists the topics whose name, topic name or topic ID contains this word, as the service matches it
        (C(SearchWord)).
    type: str
  connect_resource_id:
    description:
      - Lists the topics that the connection with this ID reaches, for example V(resource-abcd1234) (a connection of
        M(tencentcloud.ckafka.connect_resource)). The module then sets C(QueryFromConnectResource) in the request.
    type: str
  topic_regular_expression:
    description:
      - Lists the topics whose name matches this regular expression, as the service matches it
        (C(TopicRegularExpression)), for example V(app-.*).
    type: str
notes:
  - Without O(name) and without any filter, every DIP topic of the region is listed.
  - The filters combine; a topic is listed when it matches all of them.
  - A listing reports what C(DescribeDatahubTopics) answers, which lacks the address of each topic; the key
    RV(topics[].address) is then left out. Read a topic by O(name) to get it.
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
  - module: tencentcloud.ckafka.datahub_topic
'''

EXAMPLES = r'''
- name: Read one topic by its name
  tencentcloud.ckafka.datahub_topic_info:
    region: ap-guangzhou
    name: 1250000000-app-logs
  register: one

- name: Show its address
  ansible.builtin.debug:
    msg: "{{ one.topics[0].topic_name }} is at {{ one.topics[0].address }}"
  when: one.topics | length > 0

- name: Every topic whose name contains "logs"
  tencentcloud.ckafka.datahub_topic_info:
    region: ap-guangzhou
    search_word: logs
  register: log_topics

- name: The topics a connection reaches whose name starts with app-
  tencentcloud.ckafka.datahub_topic_info:
    region: ap-guangzhou
    connect_resource_id: resource-abcd1234
    topic_regular_expression: app-.*

- name: Every DIP topic of the region, with the shared options set once
  module_defaults:
    group/tencentcloud.ckafka.ckafka:
      region: ap-guangzhou
      secret_id: "{{ vault_tencentcloud_secret_id }}"
      secret_key: "{{ vault_tencentcloud_secret_key }}"
  block:
    - name: List the topics
      tencentcloud.ckafka.datahub_topic_info:
      register: all_topics

    - name: Name the topics that keep messages for less than a day
      ansible.builtin.debug:
        msg: "{{ all_topics.topics | selectattr('retention_ms', 'lt', 86400000) | map(attribute='name') | list }}"
'''

RETURN = r'''
topics:
  description:
    - The topics read, in the order the service lists them; an empty list when none matches or when O(name) names no
      topic.
    - Each item shows what is set, as RV(tencentcloud.ckafka.datahub_topic#module:topic) does. RV(topics[].name),
      RV(topics[].status) and RV(topics[].status_name) are always there, every other key only when it has a value.
      User names and passwords are never included.
  returned: always
  type: list
  elements: dict
  contains:
    name:
      description: The name of the topic, with the AppId prefix.
      type: str
      returned: always
      sample: 1250000000-app-logs
    topic_name:
      description: The name of the topic inside the service, the one tasks and producers use.
      type: str
      returned: when set
      sample: app-logs
    topic_id:
      description: The ID of the topic.
      type: str
      returned: when set
      sample: topic-abcd1234
    partition_num:
      description: The number of partitions.
      type: int
      returned: when set
      sample: 3
    retention_ms:
      description: How long messages are kept, in milliseconds.
      type: int
      returned: when set
      sample: 86400000
    note:
      description: The note about the topic.
      type: str
      returned: when set
      sample: application-logs
    status:
      description: The status code of the topic, V(1) in use or V(2) deleting.
      type: int
      returned: always
      sample: 1
    status_name:
      description: The status as a word, V(in_use) or V(deleting).
      type: str
      returned: always
      sample: in_use
    address:
      description: The address producers send messages to; not in a listing.
      type: str
      returned: when set
      sample: 10.0.0.30
    tags:
      description: The tags of the topic, as a list of V(tag_key)/V(tag_value) dictionaries, when the service reports
        them (C(DescribeDatahubTopic) does not).
      type: list
      elements: dict
      returned: when set
      sample: [{"tag_key": "team", "tag_value": "data"}]
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_topic.description import DatahubTopic
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceInfoModule


DatahubTopicInfo = ResourceInfoModule.of(DatahubTopic)


def main():
    DatahubTopicInfo.main()


if __name__ == '__main__':
    main()
