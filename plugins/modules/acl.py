#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: acl
short_description: Manage the ACL grants of a user on a Tencent Cloud CKafka instance as declared state
version_added: 0.4.0
description:
  - Makes sure a user (O(principal)) may, or may no longer, perform some operations (O(operations)) on a topic, a
    consumer group or the whole instance, from some hosts (O(host)).
  - One declaration stands for one grant per operation; each is a C(CreateAcl) (or, with O(state=absent), a
    C(DeleteAcl)) of its own. The grants are read first with C(DescribeACL), every page of 50, so only the missing
    ones are created and only the existing ones deleted.
  - Grants the declaration does not name (other operations, other users, other hosts) are left as they are.
  - Every grant allows (C(PermissionType) V(3), ALLOW); the service supports no other permission. Options take
    readable names (V(topic), V(read), V(app-orders)); the numeric codes and the C(User:) prefix of the API are the
    module's business.
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
requirements:
  - requests
extends_documentation_fragment:
  - tencentcloud.ckafka.common
options:
  instance_id:
    description:
      - ID of the CKafka instance, for example V(ckafka-abcd1234).
    type: str
    required: true
  resource_type:
    description:
      - What the grants are on; a topic, a consumer group, or the whole instance (V(cluster)).
    type: str
    required: true
    choices: [cluster, group, topic]
  resource_name:
    description:
      - The name of the topic or the group, matched exactly; required with O(resource_type=topic) and
        O(resource_type=group).
      - With O(resource_type=cluster), the grants are on V(kafka-cluster), as Kafka names the whole instance; that is
        the only value taken, and the default.
    type: str
  operations:
    description:
      - The operations granted, one grant each. V(all) is a grant of every operation at once.
    type: list
    elements: str
    required: true
    choices: [all, alter, alter_configs, cluster_action, create, delete, describe, describe_configs, idempotent_write,
              read, write]
  principal:
    description:
      - The user the grants are for, by its name (see M(tencentcloud.ckafka.user)), for example V(app-orders); V(*)
        for every user. The API's form V(User:app-orders) is taken too.
    type: str
    required: true
  host:
    description:
      - Where the user may connect from; one IP address, one network, or V(*) for every host.
      - For several hosts, declare one entry each (the API's C(;)-separated list is refused, as its grants could not
        be told apart from the declaration).
    type: str
    default: '*'
  state:
    description:
      - V(present) creates the grants that are missing; V(absent) deletes those that exist.
    type: str
    choices: [present, absent]
    default: present
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The grants are read, nothing is written; RV(created) or RV(deleted) lists what a real run would write.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - The declared grants before and after, one line each, such as C(read on topic orders to User:app-orders from *).
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
notes:
  - A write whose outcome is unknown (network error, timeout, HTTP 5xx, C(InternalError)) is not repeated blindly;
    the grants are read again and the write is sent again only when it did not go through.
seealso:
  - module: tencentcloud.ckafka.user
  - module: tencentcloud.ckafka.topic
'''

EXAMPLES = r'''
- name: Let app-orders read and write the orders topic
  tencentcloud.ckafka.acl:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    resource_type: topic
    resource_name: orders
    operations: [read, write]
    principal: app-orders

- name: Let it consume as the group orders-service, from its subnet alone
  tencentcloud.ckafka.acl:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    resource_type: group
    resource_name: orders-service
    operations: [read]
    principal: app-orders
    host: 10.0.1.0/24

- name: Take its write grant away
  tencentcloud.ckafka.acl:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    resource_type: topic
    resource_name: orders
    operations: [write]
    principal: app-orders
    state: absent
'''

RETURN = r'''
grants:
  description: The declared grants after the run (in check mode, as they would be); empty after O(state=absent).
  returned: success
  type: list
  elements: dict
  contains:
    resource_type:
      description: What the grant is on.
      type: str
      sample: topic
    resource_name:
      description: The name of the topic or group; V(kafka-cluster) for the whole instance.
      type: str
      sample: orders
    operation:
      description: The operation granted.
      type: str
      sample: read
    principal:
      description: The user the grant is for (V(*) for every user), without the C(User:) prefix.
      type: str
      sample: app-orders
    host:
      description: Where the user may connect from.
      type: str
      sample: '*'
created:
  description: The grants the run created (in check mode, would create), with the keys of RV(grants).
  returned: success
  type: list
  elements: dict
deleted:
  description: The grants the run deleted (in check mode, would delete), with the keys of RV(grants).
  returned: success
  type: list
  elements: dict
error_code:
  description: The service's error code (or a C(Client*) code for failures without an answer).
  returned: failure of an API call
  type: str
  sample: InvalidParameterValue
request_id:
  description: The request ID of the failed call, for Tencent Cloud support.
  returned: failure of an API call that got an answer
  type: str
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.acl.grants import AclModule


class Acl(AclModule):
    """The grants of one declaration (resources/acl/grants.py)."""


def main():
    Acl.main()


if __name__ == '__main__':
    main()
