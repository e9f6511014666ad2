#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: acls
short_description: Manage the ACL grants of a Tencent Cloud CKafka instance as code, pruning those left out
version_added: 0.4.0
description:
  - Declares many grants of one CKafka instance in one run, each O(config) entry as M(tencentcloud.ckafka.acl) takes
    it (one grant per operation, readable names, ALLOW only).
  - With O(state=overridden), the grants of the instance within O(scope) become exactly the declared ones; those no
    entry names are deleted. ACLs as code.
  - The plan comes first. Every entry is checked before any call, and the grants are read with C(DescribeACL) (every
    page of 50, one listing per resource type involved) before the first write. One bad entry fails the run with
    nothing written, and the message names the entry by its position (C(config[3])). A plan that deletes more than
    O(max_deletions) grants fails before any write, listing them.
  - Writes (C(CreateAcl), C(DeleteAcl)) go one after the other; a write whose outcome is unknown is read again before
    it is sent again.
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
  config:
    description:
      - The declared grants; each entry takes the options of M(tencentcloud.ckafka.acl) but O(instance_id) and its
        state.
      - Required by O(state=merged) and O(state=overridden) (an empty list declares no grant); refused by
        O(state=gathered).
    type: list
    elements: dict
    suboptions:
      resource_type:
        description:
          - What the grants are on; a topic, a consumer group, or the whole instance (V(cluster)).
        type: str
        required: true
        choices: [cluster, group, topic]
      resource_name:
        description:
          - The name of the topic or the group, matched exactly; required with V(topic) and V(group). With
            V(cluster), V(kafka-cluster), the default and the only value taken.
        type: str
      operations:
        description:
          - The operations granted, one grant each.
        type: list
        elements: str
        required: true
        choices: [all, alter, alter_configs, cluster_action, create, delete, describe, describe_configs,
                  idempotent_write, read, write]
      principal:
        description:
          - The user the grants are for, by its name; V(*) for every user.
        type: str
        required: true
      host:
        description:
          - Where the user may connect from; one IP address, one network, or V(*) for every host.
        type: str
        default: '*'
  state:
    description:
      - V(merged) creates the declared grants that are missing; nothing else is touched.
      - V(overridden) does what V(merged) does, then deletes every grant in O(scope) that no entry declares.
      - V(deleted) deletes the declared grants that exist; without O(config), every grant in O(scope).
      - V(gathered) reads the grants in O(scope) and returns them under RV(gathered), as O(config) entries.
    type: str
    default: merged
    choices: [merged, overridden, deleted, gathered]
  scope:
    description:
      - Which grants of the instance the run owns; every condition given must hold.
      - Required by O(state=overridden) and O(state=gathered), and by O(state=deleted) without O(config). C({}) means
        every grant of the instance.
    type: dict
    suboptions:
      resource_type:
        description:
          - Only the grants on this kind of resource.
        type: str
        choices: [cluster, group, topic]
      resource_name_prefix:
        description:
          - Only the grants on the topics or groups whose name begins with this exact prefix.
        type: str
      principal:
        description:
          - Only the grants of this user (V(*) for those of every user).
        type: str
  max_deletions:
    description:
      - The most grants the run may delete (V(overridden), V(deleted)). A plan that deletes more fails before any
        write, naming the count and the first grants it would delete.
      - When not set, a run deletes at most 10 grants that no entry names (the prune of V(overridden), V(deleted) by
        O(scope)), as the other fleet modules do.
    type: int
  allow_delete_all:
    description:
      - Say that a run which empties its O(scope) is meant. Without it, V(overridden) with an empty O(config) and
        V(deleted) without O(config) are refused before any call.
      - The bound of O(max_deletions) still applies.
    type: bool
    default: false
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The grants are read, nothing is written; RV(created) and RV(deleted) list what a real run would write.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - The grants declared or in scope before and after, one line each, such as
        C(read on topic orders to User:app-orders from *).
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
seealso:
  - module: tencentcloud.ckafka.acl
  - module: tencentcloud.ckafka.user
'''

EXAMPLES = r'''
- name: The grants on the orders topics are exactly these
  tencentcloud.ckafka.acls:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    state: overridden
    scope:
      resource_type: topic
      resource_name_prefix: orders
    max_deletions: 5
    config:
      - resource_type: topic
        resource_name: orders
        operations: [read, write]
        principal: app-orders
      - resource_type: topic
        resource_name: orders
        operations: [read]
        principal: app-billing

- name: Read the grants of app-orders as config entries
  tencentcloud.ckafka.acls:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    state: gathered
    scope:
      principal: app-orders
  register: app_orders_grants
'''

RETURN = r'''
grants:
  description:
    - With O(state=merged) and O(state=overridden), the declared grants (in check mode, as they would be); with
      O(state=gathered), the grants in O(scope); empty with O(state=deleted).
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
msg:
  description:
    - The plan in one line, in check mode too (C(2 to create, 1 to delete, 5 unchanged) and a note that nothing was
      written in check mode, C(2 created, 1 deleted, 5 unchanged) after); when the run fails, why.
  returned: always
  type: str
  sample: "2 to create, 5 unchanged (check mode: nothing was written)"
created:
  description: The grants the run created (in check mode, would create), with the keys of RV(grants).
  returned: success
  type: list
  elements: dict
deleted:
  description:
    - The grants the run deleted (in check mode, would delete), with the keys of RV(grants).
    - When the plan deletes more than O(max_deletions), the grants it would have deleted; nothing was written.
  returned: success, and the failure of O(max_deletions)
  type: list
  elements: dict
gathered:
  description: With O(state=gathered), the grants in O(scope) as O(config) entries, one per resource, user and host.
  returned: when O(state=gathered)
  type: list
  elements: dict
  sample: [{"resource_type": "topic", "resource_name": "orders", "principal": "app-orders", "host": "*",
            "operations": ["read", "write"]}]
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

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.acl.grants import AclsModule


class Acls(AclsModule):
    """Many declarations of grants, and the pruning of a scope (resources/acl/grants.py)."""


def main():
    Acls.main()


if __name__ == '__main__':
    main()
