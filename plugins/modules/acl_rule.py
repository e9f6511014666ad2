#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: acl_rule
short_description: Manage an ACL rule of a Tencent Cloud CKafka instance as declared state
version_added: 0.4.0
description:
  - Creates, updates and deletes one ACL rule of a CKafka instance; grants that apply to every topic whose name starts
    with a prefix (O(pattern_type=PREFIXED)), or to the topics that name the rule (O(pattern_type=PRESET)).
  - The rule is identified by O(instance_id) and O(rule_name) together; both go with every call. It is read with one
    C(DescribeAclRule) call, as the rule of exactly that name.
  - Only the options you set are compared with the rule; the grants of O(rule_list) are compared as a set (their
    order does not matter).
  - O(is_applied) is the only option that changes in place (C(ModifyAclRule)). A difference in any other option
    (the grants, the pattern, the comment) needs a new rule; the run then fails without any write and returns
    RV(replacement_required=true), unless O(recreate=true).
  - The options below follow the parameters of C(CreateAclRule), named in snake_case (C(PatternType) is
    O(pattern_type)).
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
requirements:
  - requests
extends_documentation_fragment:
  - tencentcloud.ckafka.common
  - tencentcloud.ckafka.acl_rule
options:
  instance_id:
    description:
      - ID of the CKafka instance that holds the rule, for example V(ckafka-abcd1234).
      - Part of the rule's identity, sent with every call; never changed.
    type: str
    required: true
  rule_name:
    description:
      - Name of the rule on the instance, and with O(instance_id) its identity.
      - A name cannot be changed; a different name declares a different rule.
    type: str
    required: true
  state:
    description:
      - V(present) makes sure the rule exists with the options given; O(resource_type), O(pattern_type) and
        O(rule_list) are then required to create it (and O(pattern) with O(pattern_type=PREFIXED)).
      - V(absent) deletes the rule when it exists.
    type: str
    choices: [present, absent]
    default: present
  recreate:
    description:
      - When an option other than O(is_applied) differs, delete the rule and create it again with the options given;
        until the new rule exists, the topics it applies to lose its grants, and the module warns about it.
      - When false, such a difference fails the run without any write and returns RV(replacement_required=true).
    type: bool
    default: false
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The rule is read, no write is sent; C(changed) is what a real run would report and RV(acl_rule) shows the
        predicted rule.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - The diff holds the rule before and after, with the keys of RV(acl_rule); C(before) is empty on create and
        C(after) is empty on delete.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
notes:
  - A create is not read back; RV(acl_rule) is then the rule as declared.
  - A create is never repeated blindly. When the outcome of C(CreateAclRule) is unknown, the module reads the rule and
    creates it only when it is not there.
seealso:
  - module: tencentcloud.ckafka.acl
  - module: tencentcloud.ckafka.topic
  - name: CreateAclRule API reference
    description: The request parameters of an ACL rule of a CKafka instance.
    link: https://www.tencentcloud.com/document/product/597
'''

EXAMPLES = r'''
- name: Let every user write to the topics whose name starts with orders-, from one host
  tencentcloud.ckafka.acl_rule:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    rule_name: orders-writers
    resource_type: Topic
    pattern_type: PREFIXED
    pattern: orders-
    rule_list:
      - operation: Write
        permission_type: Allow
        host: 10.0.1.12
        principal: User:*

- name: Apply a preset rule to every new topic
  tencentcloud.ckafka.acl_rule:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    rule_name: readers
    resource_type: Topic
    pattern_type: PRESET
    is_applied: 1
    rule_list:
      - operation: Read
        permission_type: Allow
        host: '*'
        principal: User:app-orders
'''

RETURN = r'''
acl_rule:
  description:
    - The rule after the run (in check mode, as it would be); on delete, the rule that was deleted.
    - V(null) when O(state=absent) finds no such rule.
  returned: always
  type: dict
  contains:
    instance_id:
      description: The ID of the instance that holds the rule.
      type: str
      sample: ckafka-abcd1234
    rule_name:
      description: The name of the rule.
      type: str
      sample: orders-writers
    resource_type:
      description: What the rule grants access to.
      type: str
      sample: Topic
    pattern_type:
      description: How the rule picks its topics.
      type: str
      sample: PREFIXED
    pattern:
      description: The prefix of the topic names the rule applies to.
      type: str
      sample: orders-
    rule_list:
      description: The grants of the rule, with the suboptions of O(rule_list).
      type: list
      elements: dict
      sample: [{"operation": "Write", "permission_type": "Allow", "host": "10.0.1.12", "principal": "User:*"}]
    is_applied:
      description: Whether the rule applies to the topics created from now on (V(1)) or not (V(0)).
      type: int
      sample: 0
    comment:
      description: The note about the rule.
      type: str
      sample: ''
    topic_count:
      description: How many topics the rule applies to; not in the result of a create.
      type: int
      sample: 3
    create_time_stamp:
      description: When the rule was created, as the service writes it; not in the result of a create.
      type: str
      sample: Thu Jun 06 13:07:13 CST 2024
    update_time_stamp:
      description: When the rule last changed, as the service writes it; not in the result of a create.
      type: str
      sample: Thu Jun 06 13:07:13 CST 2024
rule_name:
  description: Name of the rule, as given in O(rule_name); V(null) when O(state=absent) finds no such rule.
  returned: always
  type: str
  sample: orders-writers
recreated:
  description: True when the run deleted the rule and created it anew (in check mode, when it would).
  returned: always
  type: bool
  sample: false
previous_rule_name:
  description: The name of the rule a recreate replaced (the new one has the same name); V(null) when the run
    recreated nothing.
  returned: always
  type: str
  sample: orders-writers
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
    - The rule before and after, in diff mode.
    - When an option that cannot be changed in place differs and O(recreate=false), the failed result's diff holds
      only those option paths, keyed by path, current (before) and wanted (after).
  returned: diff mode
  type: dict
  contains:
    before:
      description: The rule before the run; empty when it is created.
      type: dict
    after:
      description: The rule after the run; empty when it is deleted.
      type: dict
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.acl_rule.description import AclRule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceModule


class AclRuleModule(ResourceModule):
    resource = AclRule

    @classmethod
    def module_arguments(cls):
        # The identity's options are required themselves: no required_one_of.
        return {}


def main():
    AclRuleModule.main()


if __name__ == '__main__':
    main()
