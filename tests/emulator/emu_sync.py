# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Kafka-to-Kafka sync tasks: CreateMetaSyncDatahubTask, CreateMetaAndDataSyncDatahubTask and
CreateMetaDataAndOffsetSyncDatahubTask.

Each makes a DIP task in the datahub_task store, so that DescribeDatahubTask(s), Pause, Resume,
Restart and Delete serve it as any task, through the same statuses. The task reads from a KAFKA
resource and writes to one: KafkaParam.Resource is the connection ID, KafkaParam.ConnectorSyncType
the kind, and the topic members of the request go to the source's KafkaParam.

The request types: CreateMetaAndDataSyncDatahubTaskRequest is the root of schema/datahub_sync_task.json;
the other two are built-in (emu_validation.ACTION_TYPES), checked against tccli's api.json.
"""

from emu_actions import Actions
from emu_errors import ApiError, invalid_value
from emu_store import Store
from emu_validation import TASK_NAME_RE

# action -> (KafkaParam.ConnectorSyncType, the offset types it takes)
SYNC_ACTIONS = {
    'CreateMetaSyncDatahubTask': ('META_SYNC_INSTANCE_TYPE', ()),
    'CreateMetaAndDataSyncDatahubTask': ('META_AND_DATA_SYNC_INSTANCE_TYPE', ('earliest', 'latest', 'timestamp')),
    'CreateMetaDataAndOffsetSyncDatahubTask': ('META_DATA_AND_OFFSET_SYNC_INSTANCE_TYPE', ('earliest', 'latest')),
}
SEPARATORS = ('.', '-', '_')
DESCRIPTION_MAX = 128
TOPIC_MEMBERS = ('TopicList', 'TopicRegularExpression', 'Prefix', 'Separator', 'OffsetType')


class NoStore(Store):
    """The sync actions keep nothing of their own: their tasks are in the datahub_task store."""

    noun = 'sync task'


class SyncActions(Actions):
    """The three Create actions (their request types: the schema file's root and emu_validation.ACTION_TYPES)."""

    def CreateMetaSyncDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._create('CreateMetaSyncDatahubTask', params)

    def CreateMetaAndDataSyncDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._create('CreateMetaAndDataSyncDatahubTask', params)

    def CreateMetaDataAndOffsetSyncDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._create('CreateMetaDataAndOffsetSyncDatahubTask', params)

    def _create(self, action, params):
        sync_type, offset_types = SYNC_ACTIONS[action]
        _check(params, offset_types)
        tasks = self.service.resource('datahub_task')
        if tasks is None:
            raise ApiError('InternalError', 'The emulator serves no DIP tasks (schema/datahub_task.json is missing).')
        for member in ('SourceResourceId', 'TargetResourceId'):
            self._kafka_connection(member, params[member])
        source = {'Resource': params['SourceResourceId'], 'SelfBuilt': False, 'ConnectorSyncType': sync_type}
        source.update((member, params[member]) for member in TOPIC_MEMBERS if params.get(member) is not None)
        request = {
            'TaskName': params['TaskName'],
            'TaskType': 'SOURCE',
            'SourceResource': {'Type': 'KAFKA', 'KafkaParam': source},
            'TargetResource': {'Type': 'KAFKA', 'KafkaParam': {'Resource': params['TargetResourceId'], 'SelfBuilt': False,
                                                               'ConnectorSyncType': sync_type}},
            'Description': params.get('Description'),
            'Tags': params.get('Tags'),
        }
        task = tasks.store.create(dict((key, value) for key, value in request.items() if value is not None))
        return {'Result': {'TaskId': task.task_id, 'DatahubId': task.datahub_id}}

    def _kafka_connection(self, member, resource_id):
        connections = self.service.resource('connect_resource')
        connection = connections.store.find(resource_id) if connections else None
        if connection is None:
            raise ApiError('ResourceNotFound', 'The connection `%s` (%s) does not exist.' % (resource_id, member))
        if connection.type != 'KAFKA':
            raise invalid_value(member, 'the connection `%s` is of type %s; a sync task joins two KAFKA connections.'
                                % (resource_id, connection.type))


def _check(params, offset_types):
    if not TASK_NAME_RE.match(params['TaskName']):
        raise invalid_value('TaskName', 'a task name starts with a letter, holds only letters, digits, `-`, `.` and `_`, '
                                        'and has at most 64 characters.')
    if len(params.get('Description') or '') > DESCRIPTION_MAX:
        raise invalid_value('Description', 'must have at most %d characters.' % DESCRIPTION_MAX)
    if params.get('TopicList') and params.get('TopicRegularExpression'):
        raise invalid_value('TopicList', 'give either `TopicList` or `TopicRegularExpression`, not both.')
    if params.get('Separator') is not None and params['Separator'] not in SEPARATORS:
        raise invalid_value('Separator', '`%s` is not one of %s.' % (params['Separator'], ', '.join(SEPARATORS)))
    if params.get('OffsetType') is not None and params['OffsetType'] not in offset_types:
        raise invalid_value('OffsetType', '`%s` is not one of %s.' % (params['OffsetType'], ', '.join(offset_types)))
