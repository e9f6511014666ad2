#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: user
short_description: Manage a SASL user of a Tencent Cloud CKafka instance as declared state
version_added: 0.4.0
description:
  - Creates and deletes a user of a CKafka instance, the name and password an application or a DIP task logs in with
    (SASL/PLAIN), and changes its password on request.
  - The user is identified by O(instance_id) and O(name) together; both go with every call. It is read from
    C(DescribeUser), every page, as the user of exactly that name.
  - The service never returns a password, so the module cannot tell whether it differs from the user's. See
    O(update_password).
  - Grant the user access to topics and groups with ACLs on the instance.
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
requirements:
  - requests
extends_documentation_fragment:
  - tencentcloud.ckafka.common
  - tencentcloud.ckafka.user
options:
  instance_id:
    description:
      - ID of the CKafka instance that holds the user, for example V(ckafka-abcd1234).
      - Part of the user's identity, sent with every call; never changed.
    type: str
    required: true
  name:
    description:
      - Name of the user on the instance, and with O(instance_id) its identity. Clients log in with it.
      - A name cannot be changed; a different name declares a different user.
    type: str
    required: true
  update_password:
    description:
      - When O(password) is sent.
      - V(on_create) sends it only when the user is created. A changed O(password) alone then changes nothing.
      - V(always) also changes the password of an existing user with C(ModifyPassword), which takes the current
        password, O(current_password), beside the new one, O(password). The change is sent whenever the two differ
        (a change each run) and never when they are the same. After a rotation, set O(current_password) to the new
        password; a C(ModifyPassword) with a current password that no longer is fails.
    type: str
    choices: [on_create, always]
    default: on_create
  current_password:
    description:
      - With O(update_password=always), and only then, the user's password as it is now.
      - Never shown in any output.
    type: str
  state:
    description:
      - V(present) makes sure the user exists; O(password) is then required to create it.
      - V(absent) deletes the user when it exists. Clients logging in with it are refused from then on.
    type: str
    choices: [present, absent]
    default: present
  recreate:
    description:
      - Nothing of a user needs a replacement (its identity is its name); the option is accepted and has no effect.
    type: bool
    default: false
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The user is read, no write is sent; C(changed) is what a real run would report and RV(user) shows the
        predicted user.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - The diff holds the user before and after, with the keys of RV(user) (never a password); C(before) is empty
        on create and C(after) is empty on delete. A password change alone shows no difference.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
notes:
  - Passwords are never in the module's output, at any verbosity; the module's arguments mark them C(no_log).
  - A create is never repeated blindly. When the outcome of C(CreateUser) is unknown, the module reads the user and
    creates it only when it is not there. A C(ModifyPassword) whose outcome is unknown is not repeated either; the
    run fails, and a rerun with the new password as O(current_password) tells whether it went through.
seealso:
  - module: tencentcloud.ckafka.topic
  - name: CreateUser API reference
    description: The request parameters of a user of a CKafka instance.
    link: https://www.tencentcloud.com/document/product/597
'''

EXAMPLES = r'''
- name: Create the user the orders application logs in with
  tencentcloud.ckafka.user:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    name: app-orders
    password: "{{ vault_app_orders_password }}"

- name: Rotate its password
  tencentcloud.ckafka.user:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    name: app-orders
    password: "{{ vault_app_orders_new_password }}"
    current_password: "{{ vault_app_orders_password }}"
    update_password: always

- name: Delete the user
  tencentcloud.ckafka.user:
    region: ap-guangzhou
    instance_id: ckafka-abcd1234
    name: app-orders
    state: absent
'''

RETURN = r'''
user:
  description:
    - The user after the run (in check mode, as it would be); on delete, the user that was deleted.
    - V(null) when O(state=absent) finds no such user.
  returned: always
  type: dict
  contains:
    instance_id:
      description: The ID of the instance that holds the user.
      type: str
      sample: ckafka-abcd1234
    name:
      description: The name of the user.
      type: str
      sample: app-orders
    user_id:
      description: The service's number for the user; not in the result of a create.
      type: int
      sample: 41
    create_time:
      description: When the user was created; not in the result of a create.
      type: str
      sample: '2024-07-09 10:19:08'
    update_time:
      description: When the user last changed; not in the result of a create.
      type: str
      sample: '2024-07-09 10:19:08'
name:
  description: Name of the user, as given in O(name); V(null) when O(state=absent) finds no such user.
  returned: always
  type: str
  sample: app-orders
recreated:
  description: Always false; nothing of a user needs a replacement.
  returned: always
  type: bool
  sample: false
previous_name:
  description: Always V(null); nothing of a user needs a replacement.
  returned: always
  type: str
  sample: null
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
  description: The user before and after, in diff mode.
  returned: diff mode
  type: dict
  contains:
    before:
      description: The user before the run; empty when it is created.
      type: dict
    after:
      description: The user after the run; empty when it is deleted.
      type: dict
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.user.description import User
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceModule


class UserModule(ResourceModule):
    resource = User

    @classmethod
    def module_arguments(cls):
        # The identity's options are required themselves: no required_one_of.
        return {}


def main():
    UserModule.main()


if __name__ == '__main__':
    main()
