#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: datahub_group_offsets_info
short_description: Read a consumer group's offsets and lag on a Tencent Cloud CKafka DIP topic
version_added: 0.3.0
description:
  - Reads the committed offset, the log end offset and the lag of every partition of a DIP topic for one consumer
    group, with C(DescribeDatahubGroupOffsets), following every page (at most 50 partitions per call), and adds the
    lags up in RV(total_lag).
  - A playbook can wait until a group has caught up with C(until) on RV(total_lag) (see the examples).
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
  group:
    description:
      - The consumer group.
    type: str
    required: true
  search_word:
    description:
      - Keeps the topics whose name contains this word, as the service matches it (C(SearchWord)).
    type: str
notes:
  - A group that has not committed an offset on a partition reports V(-1) there, and a lag of the whole log.
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The module only reads, so check mode returns the same offsets as a normal run.
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
  - module: tencentcloud.ckafka.datahub_message_info
  - module: tencentcloud.ckafka.datahub_topic
'''

EXAMPLES = r'''
- name: Read the offsets of the group billing on the orders topic
  tencentcloud.ckafka.datahub_group_offsets_info:
    region: ap-guangzhou
    name: 1250000000-orders
    group: billing
  register: offsets

- name: Show the lag of each partition
  ansible.builtin.debug:
    msg: "partition {{ item.partition }}: lag {{ item.lag }}"
  loop: "{{ offsets.topics | map(attribute='partitions') | flatten }}"

- name: Wait until the group has consumed every message
  tencentcloud.ckafka.datahub_group_offsets_info:
    region: ap-guangzhou
    name: 1250000000-orders
    group: billing
  register: offsets
  until: offsets.total_lag == 0
  retries: 30
  delay: 10
'''

RETURN = r'''
topics:
  description: The topics the group has offsets on, each with every partition in order; an empty list when none matches.
  returned: always
  type: list
  elements: dict
  contains:
    topic:
      description: The name of the topic.
      type: str
      sample: 1250000000-orders
    partitions:
      description: The partitions of the topic.
      type: list
      elements: dict
      contains:
        partition:
          description: The partition number.
          type: int
          sample: 0
        offset:
          description: The offset the group committed; V(-1) when it committed none.
          type: int
          sample: 120
        log_end_offset:
          description: The offset the next message written to the partition gets.
          type: int
          sample: 125
        lag:
          description: How many messages the group has not consumed yet.
          type: int
          sample: 5
        metadata:
          description: The metadata the consumer committed with the offset, usually empty.
          type: str
          sample: ''
        error_code:
          description: The service's error code for the partition; V(0) when there is none.
          type: int
          sample: 0
total_lag:
  description: The sum of the lags of every partition.
  returned: always
  type: int
  sample: 5
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_group_offsets.reader import GroupOffsetsReader


class DatahubGroupOffsetsInfo(GroupOffsetsReader):
    """Reads a group's offsets; never writes."""


def main():
    DatahubGroupOffsetsInfo.main()


if __name__ == '__main__':
    main()
