#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: datahub_message_info
short_description: Read the messages of a Tencent Cloud CKafka DIP topic
version_added: 0.3.0
description:
  - Reads the messages of a DIP topic, for example to check a pipeline end to end in a playbook (write a message,
    read it back, check that it arrived intact).
  - With O(offset) and without O(message_count), reads the one message at that offset of each partition
    (C(FetchDatahubMessageByOffset)).
  - Otherwise reads up to O(message_count) messages of each partition (C(FetchLatestDatahubMessageList)), from
    O(offset) when given, else the latest ones.
  - Without O(partition), every partition of the topic is read (C(DescribeDatahubTopic) tells how many there are);
    a partition without a message at O(offset) is then left out.
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
      - The name of the DIP topic, for example V(1250000000-orders) (see M(tencentcloud.ckafka.datahub_topic)).
      - A name that breaks the rule of O(tencentcloud.ckafka.datahub_topic#module:name) fails before any call.
    type: str
    required: true
  partition:
    description:
      - The partition to read; every partition when not set.
      - With O(offset) alone, a partition without a message at that offset fails the run.
    type: int
  offset:
    description:
      - The offset to read from (with O(message_count)) or at (without it). Not negative.
    type: int
  message_count:
    description:
      - How many messages to read at most from each partition, V(1) to V(100); the service's default when not set.
    type: int
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The module only reads, so check mode returns the same messages as a normal run.
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
  - module: tencentcloud.ckafka.datahub_group_offsets_info
  - module: tencentcloud.ckafka.datahub_topic
'''

EXAMPLES = r'''
- name: Read the latest 20 messages of partition 0
  tencentcloud.ckafka.datahub_message_info:
    region: ap-guangzhou
    name: 1250000000-orders
    partition: 0
    message_count: 20
  register: latest

- name: Read the message at offset 42 of every partition
  tencentcloud.ckafka.datahub_message_info:
    region: ap-guangzhou
    name: 1250000000-orders
    offset: 42
  register: at_42

- name: Check that an order went through the pipeline
  ansible.builtin.assert:
    that:
      - latest.messages | selectattr('key', 'equalto', 'order-1001') | list | length == 1
'''

RETURN = r'''
messages:
  description: The messages read, partition by partition, in offset order; an empty list when there are none.
  returned: always
  type: list
  elements: dict
  contains:
    topic:
      description: The name of the topic.
      type: str
      sample: 1250000000-orders
    partition:
      description: The partition of the message.
      type: int
      sample: 0
    offset:
      description: The offset of the message in its partition.
      type: int
      sample: 42
    key:
      description: The key of the message; null when it has none.
      type: str
      sample: order-1001
    value:
      description: The value of the message; null when it has none.
      type: str
      sample: '{"id": 1001}'
    timestamp:
      description: When the message was written, in milliseconds since the epoch.
      type: int
      sample: 1700000000000
    headers:
      description: The headers of the message, as the service renders them; null when it has none.
      type: str
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_message.reader import MessageReader


class DatahubMessageInfo(MessageReader):
    """Reads messages; never writes."""


def main():
    DatahubMessageInfo.main()


if __name__ == '__main__':
    main()
