#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: consumer_group_info
short_description: Read the consumer groups of a Tencent Cloud CKafka instance, their members, offsets and lag
version_added: 0.4.0
description:
  - Lists the consumer groups of a CKafka instance with C(DescribeConsumerGroup), following every page (at most 50
    groups per call), or reads the one group O(group) names.
  - For each group, reads its state, its partition assignment protocol and its members with C(DescribeGroupInfo).
  - With O(offsets=true) (the default), reads the committed offset, the log end offset and the lag of every partition
    the group has offsets on with C(DescribeGroupOffsets), following every page (at most 50 partitions per call), and
    adds the lags up in RV(groups[].total_lag) and, over every group, in RV(total_lag). The partitions have the same
    shape as those of M(tencentcloud.ckafka.datahub_group_offsets_info).
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
      - The ID of the CKafka instance, for example V(ckafka-abcd1234).
    type: str
    required: true
  group:
    description:
      - Reads this group alone, matched exactly. When the instance has no such group, RV(groups) is empty.
      - Without it, every group of the instance is read.
    type: str
  topics:
    description:
      - Reports the offsets on these topics alone (C(Topics) of C(DescribeGroupOffsets)).
      - Without it, the offsets on every topic the group has offsets on.
    type: list
    elements: str
  offsets:
    description:
      - Whether to read each group's offsets and lag (one more call per group, more for groups with over 50
        partitions).
      - With V(false), RV(groups[].topics) and the lags are left out, and RV(total_lag) is V(null).
    type: bool
    default: true
notes:
  - A group that has not committed an offset on a partition reports V(-1) there, and a lag of the whole log.
  - The service lists the members of a group only while its state is V(Stable) and its protocol type is V(consumer).
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The module only reads, so check mode returns the same groups as a normal run.
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
  - module: tencentcloud.ckafka.consumer_group_offsets
  - module: tencentcloud.ckafka.datahub_group_offsets_info
'''

EXAMPLES = r'''
- name: Read every group of the instance with its lag
  tencentcloud.ckafka.consumer_group_info:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
  register: consumer_groups

- name: Show how far behind each group is
  ansible.builtin.debug:
    msg: "{{ item.group }} ({{ item.state }}, {{ item.members | length }} members): lag {{ item.total_lag }}"
  loop: "{{ consumer_groups.groups }}"

- name: List the groups alone, without their offsets
  tencentcloud.ckafka.consumer_group_info:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    offsets: false
  register: consumer_groups

- name: Wait until the group billing has consumed every message of the orders topic
  tencentcloud.ckafka.consumer_group_info:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    group: billing
    topics:
      - orders
  register: billing
  until: billing.total_lag == 0
  retries: 30
  delay: 10
'''

RETURN = r'''
groups:
  description: The groups, in the order the service lists them; an empty list when none matches.
  returned: always
  type: list
  elements: dict
  contains:
    group:
      description: The name of the group.
      type: str
      sample: billing
    state:
      description:
        - The state of the group as the service reports it; V(Empty) (no consumer), V(Stable) (every consumer
          joined), V(PreparingRebalance) or V(CompletingRebalance) (a rebalance under way), V(Dead) (gone).
        - V(null) when the service did not describe the group.
      type: str
      sample: Stable
    protocol_type:
      description: The protocol type of the group, V(consumer) for ordinary consumers (V(connect) for Kafka Connect).
      type: str
      sample: consumer
    protocol:
      description: The partition assignment strategy of the group, such as V(range), V(roundrobin) or V(sticky).
      type: str
      sample: range
    error_code:
      description: The service's error code for the group; V(0) when there is none.
      type: str
      sample: '0'
    members:
      description: The consumers in the group, each with the partitions assigned to it.
      type: list
      elements: dict
      contains:
        member_id:
          description: The ID the group coordinator gave the consumer.
          type: str
          sample: consumer-1-0b1c2d3e
        client_id:
          description: The C(client.id) the consumer set.
          type: str
          sample: consumer-1
        client_host:
          description: Where the consumer connects from, usually its IP address.
          type: str
          sample: /10.0.0.12
        assignment:
          description: The partitions assigned to the consumer.
          type: dict
          contains:
            version:
              description: The version of the assignment.
              type: int
              sample: 0
            topics:
              description: The topics assigned, each with its partitions.
              type: list
              elements: dict
              contains:
                topic:
                  description: The name of the topic.
                  type: str
                  sample: orders
                partitions:
                  description: The numbers of the partitions assigned.
                  type: list
                  elements: int
                  sample: [0, 1]
    topics:
      description:
        - The topics the group has offsets on (those of O(topics) alone when it is set), by name, each with every
          partition in order.
      returned: when O(offsets=true)
      type: list
      elements: dict
      contains:
        topic:
          description: The name of the topic.
          type: str
          sample: orders
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
      description: The sum of the lags of every partition of the group.
      returned: when O(offsets=true)
      type: int
      sample: 5
total_lag:
  description: The sum of the lags of every group; V(null) with O(offsets=false).
  returned: always
  type: int
  sample: 5
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.consumer_group.reader import GroupsReader


class ConsumerGroupInfo(GroupsReader):
    """Reads the groups of an instance; never writes (resources/consumer_group/reader.py)."""


def main():
    ConsumerGroupInfo.main()


if __name__ == '__main__':
    main()
