# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""An ACL rule of a CKafka instance (CreateAclRule), described for the resource runtime (runtime/description.py).

Held by its instance (Identity.parent), named by its rule name. What is the rule's own:

* DescribeAclRule answers a list (AclRuleList) of the rules of a name; the rule is the item of exactly its name.
  Its grants come back as a JSON string (AclList, with lower-case keys), read here as the request's RuleList.
* ModifyAclRule changes IsApplied alone (the schema's Modify tree): any other difference is a replacement, refused
  without recreate.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.acl_rule import schema as acl_rule_schema
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.topic.description import instance_errors
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import (
    Actions, Identity, Resource)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import compare
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError

# AclList's keys -> the members of the request's AclRuleInfo.
RULE_MEMBERS = dict(operation='Operation', permissionType='PermissionType', host='Host', principal='Principal')
# The members of a grant, in the order a grant is compared by.
GRANT_KEYS = ('operation', 'permission_type', 'host', 'principal')
# Answer members no option stands for.
DROPPED = ('AclList', 'PatternTypeTitle', 'TopicName')


def rule_list_of(text):
    """AclList (a JSON string of grants with lower-case keys) as RuleList; None when it cannot be read."""
    try:
        grants = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return None
    if not isinstance(grants, list):
        return None
    return [dict((RULE_MEMBERS[key], value) for key, value in grant.items() if key in RULE_MEMBERS)
            for grant in grants if isinstance(grant, dict)]


def as_request(answer):
    """A DescribeAclRule item under the request's names."""
    answer = dict(answer)
    rules = rule_list_of(answer.get('AclList'))
    if rules is not None:
        answer['RuleList'] = rules
    for member in DROPPED:
        answer.pop(member, None)
    return answer


class AclRuleApi(ResourceApi):
    """ResourceApi with the rule read as the DescribeAclRule item of exactly its name."""

    def describe_answer(self, resource_id):
        try:
            result = self.call(self.resource.actions.describe, resource_id, idempotent=True).get('Result') or {}
        except CkafkaError as error:
            if self.resource.is_not_found(error):
                return None
            raise
        found = [item for item in result.get('AclRuleList') or [] if item.get('RuleName') == resource_id]
        return self.with_parent(as_request(found[0])) if found else None


def grant_key(grant):
    return tuple(str(grant.get(key)) for key in GRANT_KEYS) if isinstance(grant, dict) else (repr(grant),)


def name_errors(name):
    if name is not None and (not name.strip() or name != name.strip()):
        return ['rule_name must be a name without spaces around it (it is %r)' % name]
    return []


class AclRule(Resource):
    noun = 'ACL rule'
    result_key = 'acl_rule'
    plural_result_key = 'acl_rules'
    schema = acl_rule_schema
    api_class = AclRuleApi
    identity = Identity(id_option='rule_name', id_member='RuleName', parent={'instance_id': 'InstanceId'})
    module_options = dict(instance_id=dict(type='str', required=True), rule_name=dict(type='str', required=True))
    actions = Actions(create='CreateAclRule', describe='DescribeAclRule', modify='ModifyAclRule', delete='DeleteAclRule')
    result_keys = ('instance_id', 'rule_name', 'resource_type', 'pattern_type', 'pattern', 'rule_list', 'is_applied',
                   'comment', 'topic_count', 'create_time_stamp', 'update_time_stamp')

    @classmethod
    def nouns(cls):
        return 'ACL rules'

    @classmethod
    def validate(cls, params):
        errors = instance_errors(params.get('instance_id')) + name_errors(params.get('rule_name'))
        if params.get('is_applied') not in (None, 0, 1):
            errors.append('is_applied must be 0 or 1, got %r' % params['is_applied'])
        if params.get('rule_list') is not None and not params['rule_list']:
            errors.append('rule_list must hold at least one grant')
        for index, grant in enumerate(params.get('rule_list') or []):
            principal = grant.get('principal')
            if principal is not None and not principal.startswith('User:'):
                errors.append('rule_list[%d].principal must be User:NAME or User:* (it is %r)' % (index, principal))
        return errors

    @classmethod
    def compare(cls, params, current, by_id):
        """The generic plan, the grants compared as a set: the same grants in another order are no difference."""
        wanted, have = params.get('rule_list'), (current or {}).get('rule_list')
        if wanted and isinstance(have, list) and sorted(map(grant_key, wanted)) == sorted(map(grant_key, have)):
            current = dict(current, rule_list=[dict((key, grant.get(key)) for key in GRANT_KEYS) for grant in wanted])
        return compare(cls, params, current, by_id)

    @classmethod
    def id_errors(cls, value):
        return name_errors(value)

    @classmethod
    def recreate_warning(cls, resource_id, params):
        return ('recreate: the ACL rule %s of instance %s is deleted and created again: until then, the topics it applies '
                'to lose its grants' % (resource_id, params.get('instance_id')))
