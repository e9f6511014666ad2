# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The ACL grants of a CKafka instance (CreateAcl, DeleteAcl, DescribeACL) under readable names.

A grant is (resource type, resource name, operation, principal, host), always allowed: PermissionType 3 (ALLOW) is
the only permission the service supports. Inside a run a grant is a dict of option names and words
(resource_type=topic, operation=read, principal=app-orders); the numeric codes and the User: prefix appear only in
the requests and answers, converted here.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.topic.description import instance_errors
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.safety import bounded_deletions, summary
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.arguments import common_argument_spec
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import CkafkaModule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import Listing
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.paging import pages
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError

CREATE, DELETE, LIST = 'CreateAcl', 'DeleteAcl', 'DescribeACL'
RESOURCE_TYPES = dict(topic=2, group=3, cluster=4)
OPERATIONS = dict(all=2, read=3, write=4, create=5, delete=6, alter=7, describe=8, cluster_action=9,
                  describe_configs=10, alter_configs=11, idempotent_write=12)
ALLOW = 3
PREFIX = 'User:'
# The resource of every grant on the whole instance (resource type cluster), as Kafka names it.
CLUSTER_RESOURCE = 'kafka-cluster'
# DescribeACL's answers: the grants under AclList, 50 a page at most.
LISTING = Listing(LIST, 'AclList', page_size=50)
# Attempts of a write whose outcome stays unknown.
WRITE_ATTEMPTS = 3


def word_of(codes, code):
    for word, value in codes.items():
        if value == code:
            return word
    return None


def principal_of(value):
    """The request's Principal for an option value: a user name, or * for every user (User:NAME given as is)."""
    return value if value.startswith(PREFIX) else PREFIX + value


def principal_name(principal):
    return principal[len(PREFIX):] if principal and principal.startswith(PREFIX) else principal


def grant_of(answer):
    """A DescribeACL item as a grant (option names and words), or None for what is not an ALLOW grant."""
    if answer.get('PermissionType') != ALLOW:
        return None
    kind = word_of(RESOURCE_TYPES, answer.get('ResourceType'))
    return dict(resource_type=kind,
                resource_name=answer.get('ResourceName') or (CLUSTER_RESOURCE if kind == 'cluster' else ''),
                operation=word_of(OPERATIONS, answer.get('Operation')),
                principal=principal_name(answer.get('Principal')), host=answer.get('Host'))


def request_of(instance_id, grant):
    """The CreateAcl (and DeleteAcl) request of grant: every member that identifies it, PermissionType 3."""
    request = dict(InstanceId=instance_id, ResourceType=RESOURCE_TYPES[grant['resource_type']],
                   Operation=OPERATIONS[grant['operation']], PermissionType=ALLOW, Host=grant['host'],
                   Principal=principal_of(grant['principal']))
    if grant['resource_name']:
        request['ResourceName'] = grant['resource_name']
    return request


def key_of(grant):
    return (grant['resource_type'], grant['resource_name'], grant['operation'], principal_name(principal_of(grant['principal'])),
            grant['host'])


def label(grant):
    where = grant['resource_type'] if not grant['resource_name'] else '%s %s' % (grant['resource_type'], grant['resource_name'])
    return '%s on %s to %s from %s' % (grant['operation'], where, principal_of(grant['principal']), grant['host'])


def listed(client, instance_id, resource_type, resource_name=None):
    """Every ALLOW grant of the instance on resource_type (on resource_name exactly, when given), every page."""
    query = dict(InstanceId=instance_id, ResourceType=RESOURCE_TYPES[resource_type], ResourceName=resource_name)
    grants, keys = [], set()
    for page in pages(client, LISTING, query):
        for item in page:
            grant = grant_of(item)
            if grant is not None and (not resource_name or grant['resource_name'] == resource_name) and key_of(grant) not in keys:
                keys.add(key_of(grant))
                grants.append(grant)
    return grants


def resource_name_of(params):
    """The resource name of a declaration's grants: kafka-cluster for the whole instance."""
    if params['resource_type'] == 'cluster':
        return CLUSTER_RESOURCE
    return params.get('resource_name') or ''


def declared(params):
    """The grants one declaration stands for: one per operation, in the order given, each once."""
    grants, seen = [], set()
    for operation in params['operations']:
        grant = dict(resource_type=params['resource_type'], resource_name=resource_name_of(params),
                     operation=operation, principal=principal_name(principal_of(params['principal'])),
                     host=params['host'])
        if key_of(grant) not in seen:
            seen.add(key_of(grant))
            grants.append(grant)
    return grants


def option_errors(params, prefix=''):
    """Messages about a declaration's values, before any call; prefix names the entry (config[2].)."""
    errors = instance_errors(params.get('instance_id')) if not prefix else []
    kind, name = params.get('resource_type'), params.get('resource_name')
    if kind in ('topic', 'group') and not (name or '').strip():
        errors.append('%sresource_name is required when resource_type is %s' % (prefix, kind))
    if kind == 'cluster' and name and name != CLUSTER_RESOURCE:
        errors.append('%sresource_name is %s or left out when resource_type is cluster (the grant is on the whole '
                      'instance), not %r' % (prefix, CLUSTER_RESOURCE, name))
    if name and name != name.strip():
        errors.append('%sresource_name must be a name without spaces around it (it is %r)' % (prefix, name))
    principal = params.get('principal')
    if principal is not None and (not principal_name(principal_of(principal)).strip() or principal != principal.strip()):
        errors.append('%sprincipal must be a user name (or * for every user) without spaces around it (it is %r)'
                      % (prefix, principal))
    host = params.get('host')
    if host is not None and (not host.strip() or host != host.strip() or ';' in host):
        errors.append('%shost must be one IP address, network, or * for every host, without spaces (it is %r); '
                      'declare one entry per host' % (prefix, host))
    if params.get('operations') is not None and not params['operations']:
        errors.append('%soperations must name at least one operation' % prefix)
    return errors


def write(client, action, instance_id, grant, present_after, read_again):
    """action (CreateAcl or DeleteAcl) of grant; after an unknown outcome, read_again() and write again only when
    the grant is still not as present_after says, WRITE_ATTEMPTS times at most."""
    last = None
    for dummy in range(WRITE_ATTEMPTS):
        try:
            client.call(action, request_of(instance_id, grant), idempotent=False)
            return
        except CkafkaError as error:
            if not error.outcome_unknown and last is None:
                raise
            last = error
            if (key_of(grant) in set(key_of(g) for g in read_again())) == present_after:
                return
    raise last


def argument_spec():
    return dict(
        instance_id=dict(type='str', required=True),
        resource_type=dict(type='str', required=True, choices=sorted(RESOURCE_TYPES)),
        resource_name=dict(type='str'),
        operations=dict(type='list', elements='str', required=True, choices=sorted(OPERATIONS)),
        principal=dict(type='str', required=True),
        host=dict(type='str', default='*'),
        state=dict(type='str', default='present', choices=['present', 'absent']),
    )


class AclModule(CkafkaModule):
    """The grants of one declaration: created when missing (present), deleted when there (absent); others untouched."""

    @classmethod
    def argument_spec(cls):
        return common_argument_spec(**argument_spec())

    def run(self):
        params = self.params
        errors = option_errors(params)
        if errors:
            self.fail('invalid options: %s' % '; '.join(errors), validation_errors=errors)
        instance_id = params['instance_id']
        wanted = declared(params)
        keys = set(key_of(grant) for grant in wanted)

        def read():
            return [grant for grant in listed(self.client, instance_id, params['resource_type'], resource_name_of(params))
                    if key_of(grant) in keys]

        before = read()
        existing = set(key_of(grant) for grant in before)
        present = params['state'] == 'present'
        if present:
            to_write = [grant for grant in wanted if key_of(grant) not in existing]
            after = [grant for grant in wanted if key_of(grant) in existing or grant in to_write]
        else:
            to_write = [grant for grant in wanted if key_of(grant) in existing]
            after = []
        if to_write and not self.module.check_mode:
            for grant in to_write:
                write(self.client, CREATE if present else DELETE, instance_id, grant, present, read)
        self.result['changed'] = bool(to_write)
        self.result['grants'] = after
        self.result['created' if present else 'deleted'] = to_write
        self.result['created' if not present else 'deleted'] = []
        if self.module._diff:  # pylint: disable=protected-access
            self.result['diff'] = dict(before='\n'.join(sorted(label(g) for g in before)) + ('\n' if before else ''),
                                       after='\n'.join(sorted(label(g) for g in after)) + ('\n' if after else ''))


# ---- acls: the grants of many declarations, and the pruning of those in a scope that no entry names ----------

FLEET_STATES = ('merged', 'overridden', 'deleted', 'gathered')


def entry_spec():
    """An entry of acls' config: acl's options but the instance and the state."""
    spec = argument_spec()
    for name in ('instance_id', 'state'):
        spec.pop(name)
    return spec


def fleet_argument_spec():
    return dict(
        instance_id=dict(type='str', required=True),
        config=dict(type='list', elements='dict', options=entry_spec()),
        state=dict(type='str', default='merged', choices=list(FLEET_STATES)),
        scope=dict(type='dict', options=dict(
            resource_type=dict(type='str', choices=sorted(RESOURCE_TYPES)),
            resource_name_prefix=dict(type='str'),
            principal=dict(type='str'),
        )),
        max_deletions=dict(type='int'),
        allow_delete_all=dict(type='bool', default=False),
    )


def in_scope(grant, scope):
    if scope.get('resource_type') and grant['resource_type'] != scope['resource_type']:
        return False
    if scope.get('resource_name_prefix') and not grant['resource_name'].startswith(scope['resource_name_prefix']):
        return False
    if scope.get('principal') and principal_name(principal_of(scope['principal'])) != grant['principal']:
        return False
    return True


def gathered(grants):
    """grants as config entries: one per resource, principal and host, with its operations in the API's order."""
    entries = {}
    for grant in grants:
        key = (grant['resource_type'], grant['resource_name'], grant['principal'], grant['host'])
        entries.setdefault(key, []).append(grant['operation'])
    return [dict(resource_type=kind, resource_name=name, principal=principal, host=host,
                 operations=sorted(operations, key=lambda word: OPERATIONS[word]))
            for (kind, name, principal, host), operations in sorted(entries.items())]


class AclsModule(CkafkaModule):
    """acls: many declarations in one run, with merged, overridden (prune within a scope), deleted and gathered."""

    @classmethod
    def argument_spec(cls):
        return common_argument_spec(**fleet_argument_spec())

    def problems(self):
        params = self.params
        errors = instance_errors(params.get('instance_id'))
        state, scope, config = params['state'], params.get('scope'), params.get('config')
        for index, entry in enumerate(config or []):
            errors.extend(option_errors(entry, prefix='config[%d].' % index))
        if state in ('overridden', 'gathered') and scope is None:
            errors.append('state is %s, so scope is required: it says which grants of the instance the run owns '
                          '({} for every grant of the instance)' % state)
        if state == 'deleted' and scope is None and not config:
            errors.append('state is deleted without config, so scope is required: it says which grants to delete '
                          '({} for every grant of the instance)')
        if state == 'gathered' and config:
            errors.append('state is gathered, which takes no config')
        if state in ('merged', 'overridden') and config is None:
            errors.append('state is %s, so config is required (an empty list declares no grant)' % state)
        if params.get('max_deletions') is not None and params['max_deletions'] < 0:
            errors.append('max_deletions must be 0 or more, got %d' % params['max_deletions'])
        if state in ('overridden', 'deleted') and not params.get('allow_delete_all') and not config and scope is not None:
            # the fleet modules' rule (fleet/safety.py): a run that empties its scope must say it means it
            errors.append('state=%s %s deletes every grant in scope; set allow_delete_all: true if that is meant'
                          % (state, 'with an empty config' if state == 'overridden' else 'without config'))
        if state not in ('overridden', 'deleted') and params.get('allow_delete_all'):
            errors.append('allow_delete_all is not used by state=%s: state=%s does not use it; leave it out' % (state, state))
        for option in ('resource_name_prefix', 'principal'):
            value = (scope or {}).get(option)
            if value is not None and (not value.strip() or value != value.strip()):
                errors.append('scope.%s must be a name without spaces around it (it is %r)' % (option, value))
        return errors

    def read(self, kinds):
        grants = []
        for kind in sorted(kinds):
            grants.extend(listed(self.client, self.params['instance_id'], kind))
        return grants

    def run(self):
        params = self.params
        errors = self.problems()
        if errors:
            self.fail('invalid options: %s' % '; '.join(errors), validation_errors=errors)
        state, scope = params['state'], params.get('scope')
        wanted = []
        for entry in params.get('config') or []:
            for grant in declared(entry):
                if key_of(grant) not in set(key_of(g) for g in wanted):
                    wanted.append(grant)
        kinds = set(grant['resource_type'] for grant in wanted)
        if scope is not None and state != 'merged':
            kinds.update([scope['resource_type']] if scope.get('resource_type') else RESOURCE_TYPES)
        current = self.read(kinds)
        have = set(key_of(grant) for grant in current)
        owned = [grant for grant in current if scope is not None and in_scope(grant, scope)]
        if state == 'gathered':
            self.result.update(gathered=gathered(owned), grants=owned, created=[], deleted=[])
            return
        if state == 'deleted':
            to_create = []
            to_delete = [grant for grant in wanted if key_of(grant) in have] if params.get('config') else owned
        else:
            to_create = [grant for grant in wanted if key_of(grant) not in have]
            names = set(key_of(grant) for grant in wanted)
            to_delete = [grant for grant in owned if key_of(grant) not in names] if state == 'overridden' else []
        named = state == 'deleted' and bool(params.get('config'))
        refusal = bounded_deletions([(label(grant), named) for grant in to_delete], params.get('max_deletions'), 'grants')
        if refusal:
            self.result.update(created=[], deleted=to_delete)
            self.fail(refusal)
        if not self.module.check_mode:
            instance_id = params['instance_id']

            def read_again():
                return self.read(kinds)

            for grant in to_create:
                write(self.client, CREATE, instance_id, grant, True, read_again)
            for grant in to_delete:
                write(self.client, DELETE, instance_id, grant, False, read_again)
        gone = set(key_of(grant) for grant in to_delete)
        after = [grant for grant in current if key_of(grant) not in gone] + to_create
        shown = set(key_of(grant) for grant in wanted + owned + to_create)
        unchanged = len([grant for grant in wanted if key_of(grant) in have]) if state != 'deleted' else 0
        self.result['msg'] = summary(['created'] * len(to_create) + ['deleted'] * len(to_delete) + ['unchanged'] * unchanged,
                                     self.module.check_mode)
        self.result.update(changed=bool(to_create or to_delete), created=to_create, deleted=to_delete,
                           grants=[grant for grant in wanted if state != 'deleted'])
        if self.module._diff:  # pylint: disable=protected-access
            before_lines = sorted(label(g) for g in current if key_of(g) in shown)
            after_lines = sorted(label(g) for g in after if key_of(g) in shown)
            self.result['diff'] = dict(before=''.join(line + '\n' for line in before_lines),
                                       after=''.join(line + '\n' for line in after_lines))
