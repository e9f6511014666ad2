# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Who may read and write on an instance: SASL users, ACLs and ACL rules (a mixin of the instance actions).

* Users: CreateUser, ModifyPassword (the current password must match), DeleteUser, DescribeUser.
  Passwords are kept to check ModifyPassword and never returned, logged or dumped.
* ACLs: CreateAcl, BatchCreateAcl, DeleteAcl, DescribeACL. A grant is (ResourceType, ResourceName,
  Operation, PermissionType, Host, Principal); creating one that exists changes nothing (as Kafka).
  PermissionType 2 (DENY) is refused: the API reference says the service supports ALLOW only.
* ACL rules: CreateAclRule, ModifyAclRule (IsApplied only), DeleteAclRule, DescribeAclRule.
"""

import json
import re
import time

from emu_errors import ApiError, invalid_value

USER_NAME_RE = re.compile(r'^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$')
RESOURCE_TYPES = {2: 'TOPIC', 3: 'GROUP', 4: 'CLUSTER'}
OPERATIONS = {2: 'ALL', 3: 'READ', 4: 'WRITE', 5: 'CREATE', 6: 'DELETE', 7: 'ALTER', 8: 'DESCRIBE', 9: 'CLUSTER_ACTION',
              10: 'DESCRIBE_CONFIGS', 11: 'ALTER_CONFIGS', 12: 'IDEMPOTENT_WRITE'}
DENY, ALLOW = 2, 3
CLUSTER_RESOURCE = 'kafka-cluster'
RULE_OPERATIONS = {'all': 'All', 'read': 'Read', 'write': 'Write'}
USER_PAGE_MAX = 50
ACL_PAGE_MAX = 50


def _datetime(when):
    return time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(when))


def _java_date(when):
    """The rules' time stamps, in the service's Java Date.toString() form (UTC here)."""
    return time.strftime('%a %b %d %H:%M:%S UTC %Y', time.gmtime(when))


def _principal(value, path):
    if not value.startswith('User:') or len(value) == len('User:'):
        raise invalid_value(path, 'a principal is `User:NAME` (or `User:*` for every user), not `%s`.' % value)
    return value[len('User:'):]


class User:
    def __init__(self, user_id, name, password, now):
        self.user_id = user_id
        self.name = name
        self.password = password
        self.created = now
        self.updated = now


class AclRule:
    def __init__(self, rule_id, params, now):
        self.rule_id = rule_id
        self.name = params['RuleName']
        self.pattern_type = params['PatternType']
        self.pattern = params.get('Pattern') or ''
        self.rules = [{'host': r['Host'], 'operation': RULE_OPERATIONS[r['Operation'].lower()],
                       'permissionType': 'Allow', 'principal': r['Principal']} for r in params['RuleList']]
        self.is_applied = params.get('IsApplied') or 0
        self.comment = params.get('Comment') or ''
        self.created = now
        self.updated = now


class AccessActions:
    """Users, ACLs and ACL rules of an instance; mixed into InstanceActions (self.store: the instances)."""

    service = None  # set by InstanceActions
    store = None

    def _check_user_free(self, instance, name):
        if name in instance.users:
            raise ApiError('InvalidParameterValue.RepetitionValue', 'A user named `%s` already exists on the instance %s.'
                           % (name, instance.key))

    # ---- users ------------------------------------------------------------------------------

    def CreateUser(self, params):  # pylint: disable=invalid-name
        name = params['Name']
        if not USER_NAME_RE.match(name):
            raise invalid_value('Name', 'a user name holds letters, digits, `.`, `_` and `-` (64 at most).')
        if params.get('Password') is not None and not params['Password']:
            raise invalid_value('Password', 'a password is not empty.')
        now = self.store.clock()
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            self._check_user_free(instance, name)
            instance.user_seq = getattr(instance, 'user_seq', 0) + 1
            instance.users[name] = User(instance.user_seq, name, params.get('Password') or '', now)
            return _operate(data=False)

    def _user(self, instance, name):
        user = instance.users.get(name)
        if user is None:
            raise ApiError('ResourceNotFound', 'The user `%s` does not exist on the instance %s.' % (name, instance.key))
        return user

    def ModifyPassword(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            user = self._user(instance, params['Name'])
            if params['Password'] != user.password:
                raise invalid_value('Password', 'it is not the current password of the user `%s`.' % user.name)
            if not params['PasswordNew']:
                raise invalid_value('PasswordNew', 'a password is not empty.')
            user.password = params['PasswordNew']
            user.updated = self.store.clock()
            return _operate(data=False)

    def DeleteUser(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            self._user(instance, params['Name'])
            del instance.users[params['Name']]  # its ACLs stay, as in the service (DeleteAcl cleans them up)
            return _operate(data=False)

    def DescribeUser(self, params):  # pylint: disable=invalid-name
        word = (params.get('SearchWord') or '').lower()
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            users = sorted((u for u in instance.users.values() if word in u.name.lower()), key=lambda u: -u.user_id)
            page = _page(params, users, 20, USER_PAGE_MAX)
            return {'Result': {'Users': [{'UserId': u.user_id, 'Name': u.name, 'CreateTime': _datetime(u.created),
                                          'UpdateTime': _datetime(u.updated)} for u in page],
                               'TotalCount': len(users)}}

    # ---- ACLs -------------------------------------------------------------------------------

    @staticmethod
    def _grants(params, names, creating=True):
        """The ACL entries a CreateAcl or DeleteAcl names (one per resource name and host)."""
        permission = params['PermissionType']
        if creating and permission == DENY:
            raise ApiError('UnsupportedOperation', 'PermissionType 2 (DENY) is not supported: CKafka supports ALLOW (3) only.')
        principal = params.get('Principal') or 'User:*'
        _principal(principal, 'Principal')
        hosts = [h.strip() for h in (params.get('Host') or '*').split(';') if h.strip()] or ['*']
        return [(params['ResourceType'], name, params['Operation'], permission, host, principal) for name in names for host in hosts]

    def _resource_names(self, params):
        name, listed = params.get('ResourceName'), params.get('ResourceNameList')
        if name and listed:
            raise invalid_value('ResourceNameList', 'give ResourceName or ResourceNameList, not both.')
        if listed:
            try:
                names = json.loads(listed)
            except ValueError:
                names = None
            if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
                raise invalid_value('ResourceNameList', 'a JSON array of resource names, as a string (`["a","b"]`).')
            return names
        if name:
            return [name]
        if params['ResourceType'] == 4:
            return [CLUSTER_RESOURCE]
        raise ApiError('MissingParameter', 'The request is missing a required parameter `ResourceName` (or `ResourceNameList`).')

    def _check_principal_user(self, instance, principal, path):
        user = _principal(principal, path)
        if user != '*' and user not in instance.users:
            raise invalid_value(path, 'there is no user `%s` on the instance %s.' % (user, instance.key))

    def _add_grants(self, instance, grants):
        for grant in grants:
            if grant not in instance.acls:
                instance.acls.append(grant)

    def CreateAcl(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            grants = self._grants(params, self._resource_names(params))
            self._check_principal_user(instance, params.get('Principal') or 'User:*', 'Principal')
            self._add_grants(instance, grants)
            return _operate(data=False)

    def BatchCreateAcl(self, params):  # pylint: disable=invalid-name
        if params['ResourceType'] != 2:
            raise invalid_value('ResourceType', 'BatchCreateAcl takes topics (2) only.')
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            if not params['ResourceNames'] or not params['RuleList']:
                raise invalid_value('ResourceNames' if not params['ResourceNames'] else 'RuleList', 'must not be empty.')
            grants = []
            for index, rule in enumerate(params['RuleList']):
                operation, permission = _rule_info(rule, 'RuleList.%d' % index)
                self._check_principal_user(instance, rule['Principal'], 'RuleList.%d.Principal' % index)
                grant = {'ResourceType': 2, 'Operation': operation, 'PermissionType': permission, 'Host': rule['Host'],
                         'Principal': rule['Principal']}
                grants += self._grants(grant, params['ResourceNames'])
            self._add_grants(instance, grants)
            return {'Result': 0}

    def DeleteAcl(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            # The principal's user need not exist: deleting the grants of a deleted user is allowed.
            grants = self._grants(params, [params['ResourceName']], creating=False)
            instance.acls = [acl for acl in instance.acls if acl not in grants]
            return _operate(data=False)

    def DescribeACL(self, params):  # pylint: disable=invalid-name
        word = (params.get('SearchWord') or '').lower()
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            acls = [acl for acl in instance.acls if acl[0] == params['ResourceType']
                    and (not params.get('ResourceName') or acl[1] == params['ResourceName'])
                    and (not word or any(word in text.lower() for text in (acl[1], acl[4], acl[5])))]
            page = _page(params, acls, ACL_PAGE_MAX, ACL_PAGE_MAX)
            return {'Result': {'TotalCount': len(acls), 'AclList': [_acl(a) for a in page]}}

    # ---- ACL rules --------------------------------------------------------------------------

    def _rule(self, instance, name):
        rule = instance.acl_rules.get(name)
        if rule is None:
            raise ApiError('ResourceNotFound', 'The ACL rule `%s` does not exist on the instance %s.' % (name, instance.key))
        return rule

    def CreateAclRule(self, params):  # pylint: disable=invalid-name
        if params['PatternType'] == 'PREFIXED' and not params.get('Pattern'):
            raise ApiError('MissingParameter', 'The request is missing a required parameter `Pattern` (required when '
                                               '`PatternType` is PREFIXED).')
        if not params['RuleList']:
            raise invalid_value('RuleList', 'must not be empty.')
        for index, rule in enumerate(params['RuleList']):
            _rule_info(rule, 'RuleList.%d' % index)
        now = self.store.clock()
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            for index, rule in enumerate(params['RuleList']):
                self._check_principal_user(instance, rule['Principal'], 'RuleList.%d.Principal' % index)
            if params['RuleName'] in instance.acl_rules:
                raise ApiError('InvalidParameterValue.RepetitionValue', 'An ACL rule named `%s` already exists on the instance %s.'
                               % (params['RuleName'], instance.key))
            self.store.rule_seq = getattr(self.store, 'rule_seq', 0) + 1
            rule = AclRule(self.store.rule_seq, params, now)
            instance.acl_rules[rule.name] = rule
            return {'Result': rule.rule_id}

    def ModifyAclRule(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            rule = self._rule(instance, params['RuleName'])
            if params.get('IsApplied') is not None:
                rule.is_applied = params['IsApplied']
                rule.updated = self.store.clock()
            return {'Result': 1}

    def DeleteAclRule(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            rule = self._rule(instance, params['RuleName'])
            del instance.acl_rules[rule.name]
            return {'Result': rule.rule_id}

    def DescribeAclRule(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            rules = [r for r in sorted(instance.acl_rules.values(), key=lambda r: r.rule_id)
                     if (not params.get('RuleName') or r.name == params['RuleName'])
                     and (not params.get('PatternType') or r.pattern_type == params['PatternType'])]
            return {'Result': {'TotalCount': len(rules), 'AclRuleList': [self.render_rule(instance, r) for r in rules]}}

    def render_rule(self, instance, rule, topic_name=''):
        """AclRule."""
        topics = [t for t in instance.topics.values() if self.rule_applies(rule, t)]
        return {
            'RuleName': rule.name, 'InstanceId': instance.key, 'PatternType': rule.pattern_type, 'Pattern': rule.pattern,
            'ResourceType': 'Topic', 'AclList': json.dumps(rule.rules, separators=(',', ':')),
            'CreateTimeStamp': _java_date(rule.created), 'IsApplied': rule.is_applied, 'UpdateTimeStamp': _java_date(rule.updated),
            'Comment': rule.comment, 'TopicName': topic_name, 'TopicCount': len(topics),
            'PatternTypeTitle': 'Prefixed' if rule.pattern_type == 'PREFIXED' else 'Preset',
        }

    @staticmethod
    def rule_applies(rule, topic):
        """A rule applies to the topics that name it and, for a prefix rule, to those its pattern starts."""
        if topic.settings.get('EnableAclRule') == 1 and topic.settings.get('AclRuleName') == rule.name:
            return True
        return rule.pattern_type == 'PREFIXED' and topic.name.startswith(rule.pattern)

    def topic_acl_rules(self, instance, topic):
        return [self.render_rule(instance, r, topic.name) for r in sorted(instance.acl_rules.values(), key=lambda r: r.rule_id)
                if self.rule_applies(r, topic)]


def _rule_info(rule, path):
    """(Operation, PermissionType) numbers of an AclRuleInfo (Operation All/Read/Write, PermissionType Allow)."""
    operation = rule['Operation'].lower()
    if operation not in RULE_OPERATIONS:
        raise invalid_value(path + '.Operation', '`%s` is not one of All, Read, Write.' % rule['Operation'])
    permission = rule['PermissionType'].lower()
    if permission == 'deny':
        raise ApiError('UnsupportedOperation', 'PermissionType Deny is not supported (`%s.PermissionType`): CKafka supports '
                                               'Allow only.' % path)
    if permission != 'allow':
        raise invalid_value(path + '.PermissionType', '`%s` is not Allow.' % rule['PermissionType'])
    _principal(rule['Principal'], path + '.Principal')
    return {'all': 2, 'read': 3, 'write': 4}[operation], ALLOW


def _acl(grant):
    """Acl."""
    resource_type, name, operation, permission, host, principal = grant
    return {'ResourceType': resource_type, 'ResourceName': name, 'Principal': principal, 'Host': host, 'Operation': operation,
            'PermissionType': permission}


def acl_items(instance):
    """Every ACL of the instance, as DescribeACL's items (for the admin view)."""
    return [_acl(grant) for grant in instance.acls]


def _operate(message='ok', data=True):
    return {'Result': {'ReturnCode': '0', 'ReturnMessage': message, 'Data': {'FlowId': 0, 'RouteDTO': {'RouteId': 0}} if data else None}}


def _page(params, items, default_limit, max_limit):
    limit = params.get('Limit')
    limit = default_limit if limit is None else min(limit, max_limit)
    offset = params.get('Offset') or 0
    return items[offset:offset + limit]
