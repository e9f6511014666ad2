# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate_fleet_docs.py from the user module.
# Run `make docs` after changing them.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of the config and scope options of tencentcloud.ckafka.users."""

    DOCUMENTATION = r'''
options:
  config:
    description:
      - 'The SASL users of a CKafka instance declared: a list of entries, each taking the options of the M(tencentcloud.ckafka.user)
        module (below), checked as that module checks them.'
    type: list
    elements: dict
    suboptions:
      current_password:
        description:
          - With O(config[].update_password=always), and only then, the user's password as it is now.
          - Never shown in any output.
        type: str
      instance_id:
        description:
          - 'ID of the CKafka instance that holds the user; O(scope.instance_id) when left out. An entry that names
            another instance than O(scope.instance_id) fails the plan before any write: a run declares the users
            of one instance.'
        type: str
      name:
        description:
          - Name of the user on the instance, and with O(config[].instance_id) its identity. Clients log in with
            it.
          - A name cannot be changed; a different name declares a different user.
        type: str
        required: true
      password:
        description:
          - The password of the user. The service never returns it, so it is sent at creation and, with O(config[].update_password=always),
            changed with C(ModifyPassword) (which needs O(config[].current_password)). Required to create a user.
        type: str
      recreate:
        description:
          - When an option that cannot be changed in place differs (or the resource is in a failure status), delete
            the resource, wait until it is gone and create it anew; the entry's result has V(recreated) as its action.
          - When false, such a difference fails the plan before any write, naming the entry and the differing paths.
        type: bool
        default: false
      update_password:
        description:
          - When O(config[].password) is sent.
          - V(on_create) sends it only when the user is created. A changed O(config[].password) alone then changes
            nothing.
          - V(always) also changes the password of an existing user with C(ModifyPassword), which takes the current
            password, O(config[].current_password), beside the new one, O(config[].password). The change is sent
            whenever the two differ (a change each run) and never when they are the same. After a rotation, set
            O(config[].current_password) to the new password; a C(ModifyPassword) with a current password that no
            longer is fails.
        type: str
        choices:
          - on_create
          - always
        default: on_create
  scope:
    description:
      - 'Which existing resources the run owns: the filters of the list action (as C(DescribeUser) takes them) and
        O(scope.name_prefix).'
      - Required by O(state=overridden), and by O(state=deleted) without O(config). C({}) means every resource of
        the region.
      - 'O(state=merged), O(state=rendered) and O(state=deleted) with O(config) do not use it: it is refused there.
        A filter that is empty or blank (an empty variable) is refused unless O(allow_delete_all=true).'
      - 'For M(tencentcloud.ckafka.users), required in every state: O(scope.instance_id) is the instance whose users
        the run declares; only its other filters narrow a prune and are refused where a state does not use them.'
    type: dict
    suboptions:
      instance_id:
        description:
          - ID of the CKafka instance whose users are read, for example V(ckafka-abcd1234).
          - M(tencentcloud.ckafka.instance_info) finds it from the instance's name.
        type: str
        required: true
      search_word:
        description:
          - Lists the users whose name contains this word, as the service matches it (C(SearchWord)).
        type: str
      name_prefix:
        description:
          - Only the resources whose name begins with this exact prefix are in scope (checked on the list answer).
        type: str
    required: true
'''
