#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: consumer_group_offsets
short_description: Reset a consumer group's offsets on a Tencent Cloud CKafka instance
version_added: 0.4.0
description:
  - Moves the committed offsets of a consumer group on the partitions of some topics with C(ModifyGroupOffsets),
    to the earliest or the latest message, to the first message at or after a time, to an offset, or by a shift.
  - Reads the group first (C(DescribeConsumerGroup), C(DescribeGroupInfo)) and its offsets on the topics
    (C(DescribeGroupOffsets), every page), and again after the reset, so RV(partitions) holds each partition's offset
    before and after.
  - Refuses, before any write, a group that has consumers (a state other than V(Empty), or members), unless
    O(force=true), since a running consumer keeps committing its own offsets.
  - Writes only when an offset would move, and reports C(changed) only when one did.
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
      - The consumer group, matched exactly. A group the instance does not have fails before any write.
    type: str
    required: true
  to:
    description:
      - Where the offsets go.
      - V(earliest) is the first message the partition still holds, V(latest) the end of the log (the group skips
        every message not consumed yet), V(timestamp) the first message written at or after O(timestamp) (the end
        of the log when there is none), V(offset) the offset O(offset), V(shift) the committed offset plus O(shift),
        stopped at the ends of the log.
    type: str
    required: true
    choices: [earliest, latest, timestamp, offset, shift]
  topics:
    description:
      - The topics whose offsets move. A topic the group has no offsets on fails before any write.
    type: list
    elements: str
    required: true
  partitions:
    description:
      - The partitions that move, on every topic of O(topics); every partition the group has offsets on when left out.
      - A partition a topic lacks fails before any write.
    type: list
    elements: int
  timestamp:
    description:
      - With O(to=timestamp), and only then, the time in milliseconds since the epoch, for example
        V(1700000000000).
    type: int
  offset:
    description:
      - With O(to=offset), and only then, the offset every chosen partition moves to.
    type: int
  shift:
    description:
      - With O(to=shift), and only then, how many messages each offset moves; forward when positive, back when
        negative.
    type: int
  force:
    description:
      - Resets the offsets of a group that has consumers all the same. They may commit their own offsets over
        the reset; stop them first when you can.
    type: bool
    default: false
notes:
  - The request carries exactly what its strategy needs, C(Strategy) V(0) with C(Shift) for O(to=shift), V(1) with
    C(ShiftTimestamp) for O(to=earliest) (V(-2)), O(to=latest) (V(-1)) and O(to=timestamp), V(2) with C(Offset) for
    O(to=offset); C(Partitions) only when O(partitions) is set.
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - Reads the group and its offsets and predicts each partition's offset after the reset. Where only the
        service knows it (O(to=earliest), O(to=timestamp), a partition without a committed offset), the prediction
        is V(null) and counts as a move.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - The offset of each partition before and after, by topic and partition.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set the shared options once.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
seealso:
  - module: tencentcloud.ckafka.consumer_group_info
'''

EXAMPLES = r'''
- name: Preview a reset of the group billing to the start of the orders topic
  tencentcloud.ckafka.consumer_group_offsets:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    group: billing
    topics:
      - orders
    to: earliest
  check_mode: true
  diff: true
  register: preview

- name: Replay the last hour of partitions 0 and 1 after an incident
  tencentcloud.ckafka.consumer_group_offsets:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    group: billing
    topics:
      - orders
    partitions: [0, 1]
    to: timestamp
    timestamp: "{{ (now(utc=true).timestamp() - 3600) | int * 1000 }}"

- name: Skip 100 poison messages on every partition
  tencentcloud.ckafka.consumer_group_offsets:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    group: billing
    topics:
      - orders
    to: shift
    shift: 100
'''

RETURN = r'''
partitions:
  description: Every partition the reset covers, by topic and partition number.
  returned: success
  type: list
  elements: dict
  contains:
    topic:
      description: The name of the topic.
      type: str
      sample: orders
    partition:
      description: The partition number.
      type: int
      sample: 0
    before:
      description: The offset the group had committed before the reset; V(-1) when it had committed none.
      type: int
      sample: 120
    after:
      description:
        - The offset after the reset, as read back; in check mode, the prediction, V(null) where only the service
          knows it.
      type: int
      sample: 0
    log_end_offset:
      description: The offset the next message written to the partition gets.
      type: int
      sample: 125
request:
  description: The C(ModifyGroupOffsets) request the reset sends (in check mode, or when nothing moves, would send).
  returned: success
  type: dict
  sample: {"InstanceId": "ckafka-abcd1234", "Group": "billing", "Strategy": 1, "Topics": ["orders"], "ShiftTimestamp": -2}
state:
  description: The state of the group when it was read, such as V(Empty) or V(Stable).
  returned: when the group exists
  type: str
  sample: Empty
members:
  description: How many consumers the group had when it was read.
  returned: when the group exists
  type: int
  sample: 0
diff:
  description: With C(--diff), the offsets before and after, as C({topic -> {partition -> offset}}).
  returned: when diff mode is on and the options are valid
  type: dict
  sample: {"before": {"orders": {"0": 120}}, "after": {"orders": {"0": 0}}}
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.consumer_group.offsets import GroupOffsetsReset


class ConsumerGroupOffsets(GroupOffsetsReset):
    """Resets a group's offsets (resources/consumer_group/offsets.py)."""


def main():
    ConsumerGroupOffsets.main()


if __name__ == '__main__':
    main()
