# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""A SASL user of a CKafka instance (CreateUser), described for the resource runtime (runtime/description.py).

Held by its instance (Identity.parent), named by its name. What is the user's own:

* There is no describe action: the user is the DescribeUser item of exactly its name (the service's search
  matches loosely), over every page.
* The password is write-only, as a connection's (resources/connect_resource/description.py):
  update_password=on_create sends it only to create the user; update_password=always changes it with
  ModifyPassword, which takes the current password (current_password) beside the new one. The change is sent
  when the two differ, never when they are the same; ModifyPassword is never repeated blindly (a second one
  would carry a current password that no longer is).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.topic.description import instance_errors
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.user import schema as user_schema
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import (
    Actions, Identity, Listing, Resource)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import Plan
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi

MODIFY_PASSWORD = 'ModifyPassword'


def name_errors(name):
    if name is not None and (not name.strip() or name != name.strip()):
        return ['name must be a user name without spaces around it (it is %r)' % name]
    return []


class UserApi(ResourceApi):
    """ResourceApi with the user read from its listing, and the password changed by ModifyPassword."""

    def describe_answer(self, resource_id):
        filters = {self.resource.listing.search: resource_id}
        found = [item for item in self.list_answers(filters) if item.get('Name') == resource_id]
        return found[0] if found else None

    def modify(self, resource_id, changes):
        """ModifyPassword: the current password and the new one; not repeated after an unknown outcome."""
        body = dict(Password=changes['current_password'], PasswordNew=changes['password'])
        return self.call(MODIFY_PASSWORD, resource_id, body, idempotent=False)


class User(Resource):
    noun = 'user'
    result_key = 'user'
    plural_result_key = 'users'
    schema = user_schema
    api_class = UserApi
    identity = Identity(id_option='name', id_member='Name', parent={'instance_id': 'InstanceId'})
    module_options = dict(
        instance_id=dict(type='str', required=True),
        name=dict(type='str', required=True),
        update_password=dict(type='str', default='on_create', choices=['on_create', 'always'], no_log=False),
        current_password=dict(type='str', no_log=True),
    )
    listing = Listing('DescribeUser', items='Users', page_size=50, filters={'search_word': 'SearchWord'})
    # DescribeUser serves the reads (UserApi.describe_answer); ModifyPassword the one change (UserApi.modify).
    actions = Actions(create='CreateUser', describe='DescribeUser', modify=MODIFY_PASSWORD, delete='DeleteUser')
    # The service never returns a password.
    uncompared_paths = frozenset(['password'])
    result_keys = ('instance_id', 'name', 'user_id', 'create_time', 'update_time')
    secret_members = ('Password', 'PasswordNew')

    @classmethod
    def validate(cls, params):
        errors = instance_errors(params.get('instance_id')) + name_errors(params.get('name'))
        always = params.get('update_password') == 'always'
        if params.get('state', 'present') == 'present':
            if always and params.get('current_password') is None:
                errors.append('update_password is always, so current_password is required: ModifyPassword takes the '
                              'current password beside the new one')
            if always and params.get('password') is None:
                errors.append('update_password is always, so password is required')
            if params.get('current_password') is not None and not always:
                errors.append('current_password is taken only with update_password=always')
        return errors

    @classmethod
    def id_errors(cls, value):
        return name_errors(value)

    @classmethod
    def create_problems(cls, params):
        if params.get('password') is None:
            return ['password is required to create a user (clients log in with it)']
        return []

    @classmethod
    def compare(cls, params, current, by_id):
        """Nothing to compare but the password, which only update_password=always changes (when it differs
        from current_password)."""
        wanted = params.get('password')
        if params.get('update_password') != 'always' or wanted is None or wanted == params.get('current_password'):
            return Plan([], [], {}, {})
        return Plan(['password'], [], dict(password=wanted, current_password=params.get('current_password')), {})
