# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/user.json.
# Run `make generate` after changing the schema.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of every CreateUser parameter (tencentcloud.ckafka.user)."""

    DOCUMENTATION = r'''
options:
  instance_id:
    description:
      - The ID of the CKafka instance the user belongs to, for example V(ckafka-abcd1234).
    type: str
  name:
    description:
      - The name of the user, unique on its instance; clients log in with it (SASL/PLAIN). The user is found by
        this exact name.
    type: str
  password:
    description:
      - The password of the user. The service never returns it, so it is sent at creation and, with O(update_password=always),
        changed with C(ModifyPassword) (which needs O(current_password)). Required to create a user.
    type: str
'''
