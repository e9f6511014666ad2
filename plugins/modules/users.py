#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: users
short_description: Declare, prune and adopt many SASL users of a CKafka instance in one run
version_added: 0.4.0
description:
  - Declares a list of SASL users of one CKafka instance in one module run, with the states of Ansible's network
    resource modules (V(merged), V(overridden), V(deleted), V(gathered), V(rendered)).
  - Each entry of O(config) takes the options of the M(tencentcloud.ckafka.user) module and follows its rules
    (validation, O(config[].update_password), O(config[].current_password) for C(ModifyPassword)).
  - The instance is O(scope.instance_id), required; an entry may leave O(config[].instance_id) out, and an entry that
    names another instance is refused before any write. The instance ID goes with every call.
  - A user's name on the instance is its identity (O(config[].name)). The run reads the users of the instance from
    C(DescribeUser), every page of 50.
  - The service never returns a password. O(config[].password) is needed only to create a user; V(gathered) returns
    the users without it, and such a list fed back with O(config[].update_password=on_create) changes nothing.
    No password is shown in any output, at any verbosity.
  - Each API action is sent at most at the rate the API reference documents for it (100 a second for C(CreateUser),
    C(ModifyPassword), C(DeleteUser) and C(DescribeUser)); O(rate_limit) caps every action lower.
options:
  rate_limit:
    description:
      - The most requests per second the run sends of each API action. When unset, each action goes at the rate the
        API reference documents for it (100 a second for every user action); a value caps every action at it.
        At most half a second's worth leaves at once; a throttled action slows down, and speeds up again as its
        answers come back unthrottled.
      - When set, greater than 0 and at most 100.
    type: float
    default: null
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The plan is made (reads only), no write is sent; RV(results) holds the items a real run would return.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - RV(diff) is a list with one before/after per changed user, its headers naming it; no password is shown.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
extends_documentation_fragment:
  - tencentcloud.ckafka.common
  - tencentcloud.ckafka.fleet
  - tencentcloud.ckafka.users
seealso:
  - module: tencentcloud.ckafka.user
  - module: tencentcloud.ckafka.acls
  - module: tencentcloud.ckafka.instance_info
'''

EXAMPLES = r'''
- name: Declare the users of the shop's applications on its instance, in one run
  tencentcloud.ckafka.users:
    region: ap-guangzhou
    scope:
      instance_id: ckafka-abcd1234
    config:
      - name: shop-orders
        password: "{{ vault_shop_orders_password }}"
      - name: shop-refunds
        password: "{{ vault_shop_refunds_password }}"

- name: Keep only the declared users among those whose name starts with shop-
  tencentcloud.ckafka.users:
    region: ap-guangzhou
    state: overridden
    scope:
      instance_id: ckafka-abcd1234
      name_prefix: shop-
    max_deletions: 3
    config:
      - name: shop-orders
        password: "{{ vault_shop_orders_password }}"

- name: Adopt the instance's users as they are (no password is returned)
  tencentcloud.ckafka.users:
    region: ap-guangzhou
    state: gathered
    scope:
      instance_id: ckafka-abcd1234
  register: adopted
'''

RETURN = r'''
msg:
  description:
    - The plan in one line, in check mode too (C(3 to create, 1 to update, 5 to delete, 191 unchanged) and a note that
      nothing was written in check mode, C(3 created, 1 updated, 5 deleted, 191 unchanged) after), the number of users gathered
      or requests rendered; when the run fails, why.
  returned: always
  type: str
  sample: "1 to create, 2 unchanged (check mode: nothing was written)"
option_errors:
  description: The options refused before any call (an option the state does not use, a value out of its bounds).
  returned: when the options were refused
  type: list
  elements: str
  sample:
    - "scope is not used by state=merged: merged writes the entries of config and touches nothing else, so a scope would not limit it; leave it out"
results:
  description:
    - One item per entry of O(config), in order, then one per resource deleted that no entry names.
  returned: always
  type: list
  elements: dict
  contains:
    index:
      description: The position of the entry in O(config); null for a resource that no entry names.
      type: int
      sample: 0
    name:
      description: The name of the user on the instance (its identity).
      type: str
      sample: shop-orders
    action:
      description:
        - 'What the run did (check mode: would do): one of created, updated, recreated, deleted, unchanged, failed.'
      type: str
      sample: created
    user:
      description:
        - The user in the result shape of the M(tencentcloud.ckafka.user) module (the deleted user as it
          was, for V(deleted)); a password is never returned.
        - A member the list answer does not carry is left out (results show what is set), unless the entry declares it.
      type: dict
    recreated:
      description: Whether the user was (in check mode, would be) deleted and created anew, as the singular module says.
      type: bool
      sample: false
    previous_name:
      description: The name of the user a recreate replaced; null otherwise (a user is never replaced).
      type: str
    msg:
      description: Why the entry failed (only for V(failed)).
      type: str
gathered:
  description:
    - With O(state=gathered), the users in O(scope) as O(config) entries, ready to be fed back. Each has its
      identity and every member that has a value; nothing the service fills in (status, times, counters), no secret.
  returned: state is gathered
  type: list
  elements: dict
rendered:
  description:
    - With O(state=rendered), for each entry, the request its create would send (no call is made).
  returned: state is rendered
  type: list
  elements: dict
  contains:
    index:
      description: The position of the entry in O(config).
      type: int
    name:
      description: The name of the entry.
      type: str
    action:
      description: The API action a create calls.
      type: str
      sample: CreateUser
    request:
      description: The exact request body, secrets masked.
      type: dict
plan_errors:
  description: Why the plan was refused (nothing was written), one item per problem.
  returned: the plan was refused
  type: list
  elements: dict
  contains:
    entry:
      description: The entry (C(config[3] (name))), or the option, at fault.
      type: str
    msg:
      description: The problem.
      type: str
diff:
  description:
    - In diff mode, one before/after per changed user (secrets masked), its headers naming it.
    - The last item also has C(prepared), the one-line summary of RV(msg), which Ansible prints after the diffs at
      any verbosity.
  returned: diff mode
  type: list
  elements: dict
  contains:
    before:
      description: The user before the run; empty when it is created.
      type: dict
    after:
      description: The user after the run; empty when it is deleted.
      type: dict
    before_header:
      description: The user it is about.
      type: str
    after_header:
      description: The user it is about.
      type: str
error_code:
  description: The service's error code of a failed call that ended the run.
  returned: failure of an API call outside the entries
  type: str
request_id:
  description: The request ID of that call.
  returned: failure of an API call that got an answer
  type: str
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.module import FleetModule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.user.description import User


# scope: the instance (required) and name_prefix, plus the listing's search word; each action at its documented rate
UsersModule = FleetModule.of(User, default_rate_limit=None)


def main():
    UsersModule.main()


if __name__ == '__main__':
    main()
