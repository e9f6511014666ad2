#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: instance_info
short_description: Find Tencent Cloud CKafka instances by ID, name or tag
version_added: 0.4.0
description:
  - Reads one CKafka instance by its ID, or lists the instances of the region by exact name, search word or tags,
    so that a playbook finds the ID of the instance that holds its topics (M(tencentcloud.ckafka.topic)) from the
    instance's name.
  - One instance (O(instance_id)) is read with one C(DescribeInstanceAttributes) call, which reports its settings in
    full (its automatic topic creation, its remaining topics and partitions, ...).
  - A listing follows every page of C(DescribeInstancesDetail), 20 instances a page, the largest the API serves.
    C(DescribeInstances) would serve pages of 100 but reports no tags, no network and no version.
  - Deleted instances (status V(3)) are left out.
  - Only reads; the module never changes anything and always reports C(changed=false). The collection does not
    create, change or delete instances.
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
requirements:
  - requests
extends_documentation_fragment:
  - tencentcloud.ckafka.common
options:
  instance_id:
    description:
      - The ID of the instance to read, for example V(ckafka-abcd1234).
      - An unknown instance is not an error; RV(instances) is then an empty list.
      - Mutually exclusive with O(instance_name), O(search_word) and O(tags).
    type: str
  instance_name:
    description:
      - Lists the instances whose name is exactly this one. The service's search (C(SearchWord)) also matches parts
        of names, IDs and networks; the module keeps the exact matches only.
      - Names are not unique; check the length of RV(instances) when it matters.
    type: str
  search_word:
    description:
      - Lists the instances whose name, ID, zone, VPC or subnet contains this word, as the service matches it
        (C(SearchWord)).
    type: str
  tags:
    description:
      - Lists the instances that carry every one of these tags.
    type: list
    elements: dict
    suboptions:
      tag_key:
        description: The key of the tag.
        type: str
        required: true
      tag_value:
        description: The value of the tag.
        type: str
        required: true
notes:
  - Without any option but the shared ones, every instance of the region is listed.
  - O(instance_name), O(search_word) and O(tags) combine; an instance is listed when it matches all of them.
  - The keys of an instance read by O(instance_id) are those of C(DescribeInstanceAttributes), those of a listed one
    those of C(DescribeInstancesDetail); both have RV(instances[].instance_id), RV(instances[].instance_name),
    RV(instances[].status), RV(instances[].vip), RV(instances[].vport) and RV(instances[].tags).
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The module only reads, so check mode returns the same instances as a normal run.
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
  - module: tencentcloud.ckafka.topic_info
'''

EXAMPLES = r'''
- name: Find the instance named orders-kafka
  tencentcloud.ckafka.instance_info:
    region: ap-guangzhou
    instance_name: orders-kafka
  register: kafka

- name: Stop when there is not exactly one
  ansible.builtin.assert:
    that: kafka.instances | length == 1
    fail_msg: "{{ kafka.instances | length }} instances are named orders-kafka"

- name: Keep a topic on it
  tencentcloud.ckafka.topic:
    region: ap-guangzhou
    instance_id: "{{ kafka.instances[0].instance_id }}"
    topic_name: orders
    partition_num: 3
    replica_num: 2

- name: The instances of the data team
  tencentcloud.ckafka.instance_info:
    region: ap-guangzhou
    tags:
      - tag_key: team
        tag_value: data
  register: data_instances

- name: One instance by its ID, with its settings
  tencentcloud.ckafka.instance_info:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
  register: one
'''

RETURN = r'''
instances:
  description:
    - The instances read, in the order the service lists them; an empty list when none matches.
    - Each item has the members of the service's answer under snake_case names (C(InstanceName) is
      RV(instances[].instance_name)), at every depth; a member without a value is left out, but for
      RV(instances[].instance_id), RV(instances[].instance_name), RV(instances[].status) and
      RV(instances[].status_name), which are always there.
  returned: always
  type: list
  elements: dict
  contains:
    instance_id:
      description: ID of the instance.
      type: str
      returned: always
      sample: ckafka-abcd1234
    instance_name:
      description: Name of the instance.
      type: str
      returned: always
      sample: orders-kafka
    status:
      description: Status code of the instance.
      type: int
      returned: always
      sample: 1
    status_name:
      description: The status as a word, V(creating), V(running), V(deleting), V(delete_failed), V(isolated),
        V(upgrading) or V(create_failed).
      type: str
      returned: always
      sample: running
    vip:
      description: The address clients reach the instance at.
      type: str
      returned: when set
      sample: 10.0.0.17
    vport:
      description: The port clients reach the instance at.
      type: str
      returned: when set
      sample: "9092"
    vpc_id:
      description: The VPC of the instance.
      type: str
      returned: when set
      sample: vpc-abcd1234
    subnet_id:
      description: The subnet of the instance.
      type: str
      returned: when set
      sample: subnet-abcd1234
    version:
      description: The Kafka version of the instance.
      type: str
      returned: when set
      sample: 2.8.1
    tags:
      description: The tags of the instance, each a C(tag_key) and a C(tag_value).
      type: list
      elements: dict
      returned: when set
      sample: [{"tag_key": "team", "tag_value": "data"}]
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.instance.reader import InstanceReader


class InstanceInfo(InstanceReader):
    """Reads instances; never writes."""


def main():
    InstanceInfo.main()


if __name__ == '__main__':
    main()
