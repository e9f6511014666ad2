# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The DIP connection (CreateConnectResource) as the resource runtime sees it.

Data: identity, actions, listing, statuses, result keys. Decisions that are the connection's own:

* ModifyConnectResource takes a parameter block of its own type (EsModifyConnectParam, ...) under
  the Create block's name. Some members of a block cannot change (the API marks them so), some must
  be in every Modify of the block (its Resource; every required member of MQTT's; the members the
  schema's rules of the block tie together), and the request needs Type whenever it carries a block.
  Otherwise the Modify request carries only what differs.
* Passwords (and Iceberg's Kerberos files) are write-only: update_password=always sends them with
  every run that finds the connection (a change each time), on_create only at creation.
* A connection DIP tasks still use (DatahubTaskCount) is never deleted, nor recreated.
* The service chooses a new connection's ID: resource_id only ever finds a connection.

Each is a hook of the runtime (runtime/description.py): compare, refuse_delete, creates_by_id, create_problems.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource import schema
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.comparison import diff_paths
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.lookup import named
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import Plan, desired_options
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import (
    Actions, Identity, Listing, Resource, Statuses, Variant)

# The parameter block each kind of connection takes (required to create one; CreateConnectResource documents it).
BLOCK_OF_TYPE = {
    'DTS': 'dts_connect_param',
    'MONGODB': 'mongo_db_connect_param',
    'ES': 'es_connect_param',
    'CLICKHOUSE': 'click_house_connect_param',
    'MYSQL': 'my_sql_connect_param',
    'TDSQL_C_MYSQL': 'my_sql_connect_param',
    'POSTGRESQL': 'postgre_sql_connect_param',
    'TDSQL_C_POSTGRESQL': 'postgre_sql_connect_param',
    'MARIADB': 'maria_db_connect_param',
    'SQLSERVER': 'sql_server_connect_param',
    'DORIS': 'doris_connect_param',
    'KAFKA': 'kafka_connect_param',
    'MQTT': 'mqtt_connect_param',
    'ICEBERG': 'iceberg_connect_param',
}
BLOCKS = frozenset(BLOCK_OF_TYPE.values())

# Block members ModifyConnectResource cannot change: the API marks them so in the Modify*ConnectParam
# types, and Iceberg's are not accepted by a change at all. A difference there needs a replacement.
FIXED_MEMBERS = {
    'dts_connect_param': frozenset(['port', 'resource', 'topic']),
    'mongo_db_connect_param': frozenset(['port', 'resource', 'self_built', 'service_vip', 'uniq_vpc_id']),
    'es_connect_param': frozenset(['port', 'resource', 'self_built', 'service_vip', 'uniq_vpc_id']),
    'click_house_connect_param': frozenset(['port', 'resource', 'self_built', 'service_vip', 'uniq_vpc_id']),
    'my_sql_connect_param': frozenset(['port', 'resource', 'service_vip', 'uniq_vpc_id']),
    'postgre_sql_connect_param': frozenset(['port', 'resource', 'service_vip', 'uniq_vpc_id', 'cluster_id']),
    'maria_db_connect_param': frozenset(['port', 'resource', 'service_vip', 'uniq_vpc_id']),
    'sql_server_connect_param': frozenset(['port', 'resource', 'service_vip', 'uniq_vpc_id']),
    'iceberg_connect_param': frozenset(['service_vip', 'resource', 'uniq_vpc_id', 'eni_id_list']),
}
# Secrets of a block: the service never returns them, so they are sent by update_password's rule.
SECRET_MEMBERS = frozenset(path.rsplit('.', 1)[-1] for path in schema.NO_LOG_PATHS)
# Members an Iceberg connection needs to be created (the API accepts them on create only).
ICEBERG_CREATE_REQUIRED = ('service_vip', 'resource', 'uniq_vpc_id', 'auth_type', 'eni_id_list')


def _rule_members():
    """{type: members} tied together by the schema's rules (a Kafka VPC network needs its VIP and
    port, ...), rules that require a secret left out: those are sent only by update_password."""
    members = {}
    for rule in schema.CONDITIONS:
        if any(option in SECRET_MEMBERS for option in rule['require']):
            continue
        tied = members.setdefault(rule['type'], set())
        tied.update(option for option, dummy, dummy in rule['when'])
        tied.update(rule['require'])
    return members


RULE_MEMBERS = _rule_members()

CREATE_FAILED, CREATING, RUNNING, DELETING, DELETE_FAILED, CHANGING, CHANGE_FAILED, ABNORMAL = -1, 0, 1, 2, 4, 5, 6, 7


def modify_required(block):
    """The members every Modify of block carries: those its Modify type requires (Resource; all of
    MQTT's) and those the schema's rules of that type tie together."""
    type_name = schema.MODIFY_PATH_TYPES.get(block)
    required = [option for option, member in schema.TYPES.get(type_name, {}).items() if member.get('required')]
    return required + sorted(RULE_MEMBERS.get(type_name, ()))


def split_paths(paths, current_type):
    """(replacement paths, {top-level option: [block members that differ]}) of the differing option paths."""
    replacement = []
    changed = {}
    own_block = BLOCK_OF_TYPE.get(current_type)
    for path in paths:
        top, dummy, rest = path.partition('.')
        member = rest.split('.', 1)[0].split('[', 1)[0]
        if top in ('resource_name', 'description'):
            changed.setdefault(top, [])
        elif top == own_block and member and member not in FIXED_MEMBERS.get(top, ()):
            changed.setdefault(top, []).append(member)
        else:
            # the type, the tags, a member that cannot change, or the block of another kind
            replacement.append(path)
    return replacement, changed


def block_change(block, members, params, current, send_secrets):
    """The block of a Modify request: the members that differ, those its Modify type requires,
    is_update while it is set, and the secrets given when send_secrets."""
    given = params.get(block) or {}
    have = (current or {}).get(block) or {}
    body = {}
    for member in list(members) + modify_required(block):
        body[member] = given.get(member) if given.get(member) is not None else have.get(member)
    if given.get('is_update') is not None:
        body['is_update'] = given['is_update']
    if send_secrets:
        body.update((member, given[member]) for member in SECRET_MEMBERS if given.get(member) is not None)
    return dict((key, value) for key, value in body.items() if value is not None)


def plan_changes(params, current, changed, send_secrets):
    """(changes, visible): the Modify request ({option: value}) and what a result shows of it."""
    changes = {}
    visible = {}
    for top, members in changed.items():
        if top not in BLOCKS:
            changes[top] = visible[top] = params[top]
            continue
        changes[top] = block_change(top, members, params, current, send_secrets)
        shown = dict(current.get(top) or {})
        shown.update((key, value) for key, value in changes[top].items() if key not in SECRET_MEMBERS)
        visible[top] = shown
    if any(top in BLOCKS for top in changes):
        # ModifyConnectResource ignores a block unless Type names the connection's own kind.
        changes['type'] = current.get('type')
    return changes, visible


def secrets_given(params, block):
    given = params.get(block) or {}
    return any(given.get(member) is not None for member in SECRET_MEMBERS)


class ConnectResource(Resource):
    """A DIP connection: the access details of a data store that DIP tasks name in their `resource`."""

    noun = 'connection'
    result_key = 'connect_resource'
    plural_result_key = 'connect_resources'
    schema = schema
    # The service chooses the ID of a new connection: resource_id only ever finds one.
    creates_by_id = False
    module_options = dict(
        resource_id=dict(type='str'),
        update_password=dict(type='str', default='on_create', choices=['on_create', 'always'], no_log=False),
    )
    identity = Identity(id_option='resource_id', id_member='ResourceId', name_option='resource_name',
                        name_member='ResourceName', scope={'type': 'Type'})
    actions = Actions(create='CreateConnectResource', describe='DescribeConnectResource',
                      modify='ModifyConnectResource', delete='DeleteConnectResource', created_id='ResourceId')
    listing = Listing('DescribeConnectResources', items='ConnectResourceList', page_size=1000,
                      filters={'type': 'Type', 'search_word': 'SearchWord', 'resource_region': 'ResourceRegion'})
    statuses = Statuses(
        names={CREATE_FAILED: 'create_failed', CREATING: 'creating', RUNNING: 'running', DELETING: 'deleting',
               DELETE_FAILED: 'delete_failed', CHANGING: 'changing', CHANGE_FAILED: 'change_failed',
               ABNORMAL: 'abnormal'},
        ready=RUNNING, creating=CREATING, transient=(CREATING, DELETING, CHANGING),
        failed=(CREATE_FAILED, DELETE_FAILED, CHANGE_FAILED, ABNORMAL), settled=(RUNNING,),
        deleting=DELETING, delete_failed=DELETE_FAILED, expected={CREATING: RUNNING, CHANGING: RUNNING})
    # Only the block of the connection's type may be set (type itself is one of its choices).
    variants = {'CreateConnectResourceRequest': Variant('type', blocks=dict(
        (block, [kind for kind, its_block in BLOCK_OF_TYPE.items() if its_block == block]) for block in BLOCKS))}
    result_keys = ('resource_id', 'resource_name', 'type', 'description', 'status', 'status_name', 'error_message',
                   'create_time', 'datahub_task_count', 'current_step', 'step_list', 'task_progress',
                   'dts_connect_param', 'mongo_db_connect_param', 'es_connect_param', 'click_house_connect_param',
                   'my_sql_connect_param', 'postgre_sql_connect_param', 'maria_db_connect_param',
                   'sql_server_connect_param', 'doris_connect_param', 'kafka_connect_param', 'mqtt_connect_param',
                   'iceberg_connect_param', 'tags')

    @classmethod
    def compare(cls, params, current, by_id):
        """The Plan of a connection: block members compared one by one, the Modify request shaped as
        ModifyConnectResource wants it, and with update_password=always the secrets sent each time."""
        paths = diff_paths(cls, desired_options(cls, params, by_id), current)
        replacement, changed = split_paths(paths, current.get('type'))
        own_block = BLOCK_OF_TYPE.get(current.get('type'))
        send_secrets = params.get('update_password') == 'always'
        if send_secrets and not replacement and own_block and secrets_given(params, own_block):
            changed.setdefault(own_block, [])
        changes, visible = plan_changes(params, current, changed, send_secrets)
        return Plan(paths, replacement, changes, visible)

    @classmethod
    def create_problems(cls, params):
        """What a create of params lacks beyond the name and the type: the block of the type, and
        what an Iceberg connection needs on create only."""
        block = BLOCK_OF_TYPE.get(params.get('type'))
        if block is None:
            return []
        if not params.get(block):
            return ['%s is required to create a connection of type %s' % (block, params['type'])]
        if block == 'iceberg_connect_param':
            return ['%s.%s is required to create a connection of type ICEBERG' % (block, member)
                    for member in ICEBERG_CREATE_REQUIRED if params[block].get(member) in (None, '', [])]
        return []

    @classmethod
    def tasks_using(cls, api, current):
        """(number, task IDs) of the DIP tasks that use the connection current (a result).

        The list answer counts them (DatahubTaskCount); a connection read by its ID is found in the
        list for it. Their IDs come from DescribeDatahubTasks by resource, when any use it.
        """
        count = current.get('datahub_task_count')
        resource_id = current['resource_id']
        if count is None:
            items = named(api, current.get('resource_name'), {'Type': current.get('type')})
            count = sum(item.get('DatahubTaskCount') or 0 for item in items if item.get('ResourceId') == resource_id)
        if not count:
            return 0, []
        # Imported here: only a refused delete lists tasks (a run that does not delete compiles no paging).
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.paging import all_pages  # pylint: disable=import-outside-toplevel
        tasks = all_pages(api.client, DatahubTask.listing, {'Resource': resource_id}, 'TaskId')
        return count, sorted(task['TaskId'] for task in tasks if task.get('TaskId'))

    @classmethod
    def refuse_delete(cls, current, api):
        count, task_ids = cls.tasks_using(api, current)
        if not count:
            return None
        message = 'connection %s is used by %d DIP task%s' % (current['resource_id'], count, '' if count == 1 else 's')
        if task_ids:
            message += ' (%s)' % ', '.join(task_ids)
        return message + '; delete those tasks or point them at another connection first. Nothing was changed.'
