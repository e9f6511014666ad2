# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Connections (CreateConnectResource): the resources a DIP task's `Resource` members name.

Statuses: -1 create failed, 0 creating, 1 running, 2 deleting, 4 delete failed (the API also lists
5 modifying, 6 modify failed and 7 abnormal, which the emulator never reports: Modify is at once).
"""

import collections

from emu_actions import Actions, search_word
from emu_errors import ApiError, invalid_value
from emu_render import Renderer, format_time
from emu_store import GONE, Item, Store
from emu_validation import CONNECT_TYPE_BLOCKS

CREATE_FAILED, CREATING, RUNNING, DELETING, DELETE_FAILED = -1, 0, 1, 2, 4
STATUS_NAMES = {-1: 'create failed', 0: 'creating', 1: 'running', 2: 'deleting', 4: 'delete failed',
                5: 'modifying', 6: 'modify failed', 7: 'abnormal'}
ALLOWED = {
    'ModifyConnectResource': (CREATE_FAILED, CREATING, RUNNING, DELETE_FAILED),
    'DeleteConnectResource': (CREATE_FAILED, RUNNING, DELETE_FAILED),
}
MARKERS = {'create': 'emulator-fail-create', 'delete': 'emulator-fail-delete'}

# The parameter blocks of an answer, in the order of the API's DescribeConnectResourceResp.
ANSWER_BLOCKS = ('MySQLConnectParam', 'PostgreSQLConnectParam', 'DtsConnectParam', 'MongoDBConnectParam', 'EsConnectParam',
                 'ClickHouseConnectParam', 'MariaDBConnectParam', 'SQLServerConnectParam', 'CtsdbConnectParam',
                 'DorisConnectParam', 'KafkaConnectParam', 'MqttConnectParam', 'IcebergConnectParam')
# Modify also takes CtsdbConnectParam, for the CTSDB connections the console makes.
TYPE_BLOCKS = dict(CONNECT_TYPE_BLOCKS, CTSDB='CtsdbConnectParam')
STEPS = ['WAIT_CREATE_PRIVATELINK', 'WAIT_CONNECT_PORT', 'WAIT_CONNECT_RESOURCE']
STEP_BY_STATUS = {-1: 'FAILED', 0: 'WAIT_CONNECT_RESOURCE', 1: 'FINISH', 2: 'DELETING', 4: 'FAILED'}
PROGRESS_BY_STATUS = {0: 30.0, 2: 50.0}


class Connection(Item):
    markers = MARKERS

    def __init__(self, resource_id, request, now, seq):
        super().__init__(resource_id, request, now, seq, CREATING)
        self.name = request['ResourceName']
        self.description = request.get('Description') or ''
        self.type = request['Type']
        self.blocks = {name: dict(request[name]) for name in ANSWER_BLOCKS if isinstance(request.get(name), dict)}
        self.tags = [dict(t) for t in request.get('Tags') or []]

    def regions(self):
        return [block.get('Region') for block in self.blocks.values() if block.get('Region')]


class ConnectionStore(Store):
    noun = 'connection'
    status_names = STATUS_NAMES
    allowed = ALLOWED

    def new_item(self, params, now):
        item = Connection(self.new_key('resource-'), params, now, self.next_seq())
        self.start(item, CREATING, RUNNING, CREATE_FAILED,
                   'Connection creation failed: a parameter is marked `%s` (emulated failure).' % MARKERS['create'], now, 'create')
        return item


class ConnectionRenderer(Renderer):
    """DescribeConnectResourceResp, and the DescribeConnectResource items of the list (with task_count)."""

    def __init__(self, schema):
        super().__init__(schema)
        self.block_types = {name: spec.get('ref') or name for name, spec in schema.members(schema.root).items()}

    def _block(self, item, name):
        block = item.blocks.get(name)
        if block is None:
            return None
        return self.expand(block, self.block_types.get(name, name), item)

    def describe(self, item, task_count=None):
        answer = {
            'ResourceId': item.key,
            'ResourceName': item.name,
            'Description': item.description,
            'Type': item.type,
            'Status': item.status,
            'CreateTime': format_time(item.created),
            'ErrorMessage': item.error_message,
        }
        if task_count is not None:
            answer['DatahubTaskCount'] = task_count
        answer['CurrentStep'] = STEP_BY_STATUS.get(item.status, '')
        if task_count is not None:
            answer['TaskProgress'] = PROGRESS_BY_STATUS.get(item.status, 100.0)
        answer['StepList'] = list(STEPS)
        for name in ANSWER_BLOCKS:
            answer[name] = self._block(item, name)
        answer['Tags'] = [dict(t) for t in item.tags]
        if task_count is None:
            answer['IcebergDatabases'] = [] if item.type == 'ICEBERG' else None
        return answer


class ConnectActions(Actions):
    """CreateConnectResource, DescribeConnectResource(s), ModifyConnectResource, DeleteConnectResource."""

    list_member = 'ConnectResourceList'
    max_limit = 1000

    def task_ids(self, resource_id):
        """The ids of the DIP tasks whose parameter blocks name the connection."""
        tasks = self.service.resource('datahub_task')
        return [t.task_id for t in tasks.store.using(resource_id)] if tasks else []

    def task_counts(self):
        """{resource id: number of DIP tasks that name it}, from one pass over the tasks (a list of a
        thousand connections would otherwise walk every task once per connection)."""
        tasks = self.service.resource('datahub_task')
        counts = collections.Counter()
        for task in tasks.store.list() if tasks else []:
            counts.update(set(task.resources()))
        return counts

    def full(self, item, counts=None):
        """The list's form (with DatahubTaskCount), for the admin API."""
        count = counts.get(item.key, 0) if counts is not None else len(self.task_ids(item.key))
        return self.renderer.describe(item, count)

    def dump(self):
        counts = self.task_counts()
        with self.store.lock:
            return [self.full(item, counts) for item in self.store.list()]

    def CreateConnectResource(self, params):  # pylint: disable=invalid-name
        return {'Result': {'ResourceId': self.store.create(params).key}}

    def DescribeConnectResource(self, params):  # pylint: disable=invalid-name
        return self.describe(params['ResourceId'])

    def DescribeConnectResources(self, params):  # pylint: disable=invalid-name
        word = search_word(params)
        counts = self.task_counts()
        return self.page(params, lambda item: _matches(item, params, word), lambda item: self.full(item, counts))

    def ModifyConnectResource(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            item = self.store.get_for('ModifyConnectResource', params['ResourceId'])
            if params.get('Type') is not None and params['Type'] != item.type:
                raise invalid_value('Type', 'the connection %s is of type %s; a connection\'s type cannot change.'
                                    % (item.key, item.type))
            own_block = TYPE_BLOCKS.get(item.type)
            for name in TYPE_BLOCKS.values():
                if params.get(name) is not None and name != own_block:
                    raise invalid_value(name, 'the connection %s is of type %s, which takes `%s` only.' % (item.key, item.type, own_block))
            if params.get(own_block) is not None:
                block = item.blocks.setdefault(own_block, {})
                block.update({k: v for k, v in params[own_block].items() if v is not None})
            if params.get('ResourceName') is not None:
                item.name = params['ResourceName']
            if params.get('Description') is not None:
                item.description = params['Description']
            return {'Result': {'ResourceId': item.key}}

    def DeleteConnectResource(self, params):  # pylint: disable=invalid-name
        now = self.store.clock()
        with self.store.lock:
            item = self.store.get(params['ResourceId'], now)
            users = self.task_ids(item.key)
            if users:
                raise ApiError('ResourceInUse', 'The connection %s is used by %d DIP task(s) (%s); delete those tasks or point '
                                                'them at another connection first.' % (item.key, len(users), ', '.join(users)))
            self.store.check_allowed(item, 'DeleteConnectResource')
            self.store.start(item, DELETING, GONE, DELETE_FAILED,
                             'Deleting the connection failed (emulated failure `%s`).' % MARKERS['delete'], now, 'delete')
            return {'Result': {'ResourceId': item.key}}


def _matches(item, params, word):
    if word and word not in item.name.lower():
        return False
    if params.get('Type') and item.type != params['Type']:
        return False
    if params.get('ResourceRegion') and params['ResourceRegion'] not in item.regions():
        return False
    return True
