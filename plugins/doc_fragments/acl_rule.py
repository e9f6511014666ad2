# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/acl_rule.json.
# Run `make generate` after changing the schema.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of every CreateAclRule parameter (tencentcloud.ckafka.acl_rule)."""

    DOCUMENTATION = r'''
options:
  instance_id:
    description:
      - The ID of the CKafka instance that holds the rule, for example V(ckafka-abcd1234).
    type: str
  resource_type:
    description:
      - What the rule grants access to; topics are the only kind the service takes.
    type: str
    choices:
      - Topic
  pattern_type:
    description:
      - How the rule picks its topics; V(PREFIXED) applies it to every topic whose name starts with O(pattern),
        V(PRESET) to the topics that name the rule when they are created or changed (and, with O(is_applied=1),
        to new topics).
    type: str
    choices:
      - PREFIXED
      - PRESET
  rule_name:
    description:
      - The name of the rule, unique on its instance; with O(instance_id) its identity.
    type: str
  rule_list:
    description:
      - The grants of the rule, at least one.
    type: list
    elements: dict
    suboptions:
      operation:
        description:
          - The operation allowed; V(All), V(Read) or V(Write).
        type: str
        required: true
        choices:
          - All
          - Read
          - Write
      permission_type:
        description:
          - The permission; V(Allow), the only one the service supports.
        type: str
        required: true
        choices:
          - Allow
      host:
        description:
          - Where the user may connect from; an IP address, or V(*) for every host.
        type: str
        required: true
      principal:
        description:
          - The user the grant is for, in the API's form V(User:NAME), or V(User:*) for every user.
        type: str
        required: true
  pattern:
    description:
      - The prefix of the topic names the rule applies to; required when O(pattern_type=PREFIXED).
    type: str
  is_applied:
    description:
      - Whether the rule applies to the topics created from now on; V(1) for yes, V(0) (the service's default) for
        no. The only member of a rule that changes in place (C(ModifyAclRule)).
    type: int
  comment:
    description:
      - A note about the rule.
    type: str
'''
