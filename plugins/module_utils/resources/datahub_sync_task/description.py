# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The Kafka-to-Kafka sync task, described for the resource runtime (runtime/description.py).

A sync task is a DIP task made by one of three Create actions (the sync kind); afterwards it is
read, paused, resumed, restarted and deleted as any DIP task (resources/datahub_task/description.py).
DescribeDatahubTask(s) report it as a task from a KAFKA resource to a KAFKA resource: SyncTaskApi
turns that answer into the members of the Create request (SourceResourceId, TopicList, ...) and
the kind (Sync), so that the runtime compares like with like.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_sync_task import schema as sync_schema
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import (
    Actions, Comparison, Identity, Listing, Resource)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import to_api
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import compare
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi

# sync -> (its Create action, the KafkaParam.ConnectorSyncType DescribeDatahubTask reports it with).
# The API documents the first two values; the third is the one the emulator reports (no document names it).
SYNC_KINDS = {
    'metadata': ('CreateMetaSyncDatahubTask', 'META_SYNC_INSTANCE_TYPE'),
    'metadata_and_data': ('CreateMetaAndDataSyncDatahubTask', 'META_AND_DATA_SYNC_INSTANCE_TYPE'),
    'metadata_data_and_offsets': ('CreateMetaDataAndOffsetSyncDatahubTask', 'META_DATA_AND_OFFSET_SYNC_INSTANCE_TYPE'),
}
KIND_OF_SYNC_TYPE = dict((sync_type, kind) for kind, (action, sync_type) in SYNC_KINDS.items())
# The options of the topics, which CreateMetaSyncDatahubTask does not take.
TOPIC_OPTIONS = ('topic_list', 'topic_regular_expression', 'prefix', 'separator', 'offset_type')
# The offset types each action takes (API documentation).
OFFSET_TYPES = {
    'metadata': (),
    'metadata_and_data': ('earliest', 'latest', 'timestamp'),
    'metadata_data_and_offsets': ('earliest', 'latest'),
}
DESCRIPTION_MAX = 128
# The answer members a sync task keeps as they are; the rest comes from its KAFKA source and target.
KEPT_MEMBERS = ('TaskId', 'TaskName', 'Status', 'Description', 'Tags', 'ErrorMessage', 'DatahubId', 'CreateTime')
SOURCE_MEMBERS = ('TopicList', 'TopicRegularExpression', 'Prefix', 'Separator', 'OffsetType')


def _kafka_param(answer, side):
    resource = answer.get(side) or {}
    return resource.get('KafkaParam') or {}


def sync_answer(answer):
    """A DescribeDatahubTask answer (or DescribeDatahubTasks item) as the members of the sync task.

    A member the answer lacks stays out (a list item has no Tags): the runtime then describes the task.
    """
    if answer is None:
        return None
    flat = dict((member, answer[member]) for member in KEPT_MEMBERS if member in answer)
    source, target = _kafka_param(answer, 'SourceResource'), _kafka_param(answer, 'TargetResource')
    if 'SourceResource' in answer:
        flat['SourceResourceId'] = source.get('Resource')
        flat['Sync'] = KIND_OF_SYNC_TYPE.get(source.get('ConnectorSyncType'))
        flat.update((member, source.get(member)) for member in SOURCE_MEMBERS)
    if 'TargetResource' in answer:
        flat['TargetResourceId'] = target.get('Resource')
    return flat


class SyncTaskApi(ResourceApi):
    """The DIP task API seen as a sync task; Create is the kind's action (DatahubSyncTask.of_kind)."""

    def describe_answer(self, resource_id):
        return sync_answer(super(SyncTaskApi, self).describe_answer(resource_id))

    def list_answers(self, filters):
        return [sync_answer(item) for item in super(SyncTaskApi, self).list_answers(filters)]

    def modify(self, resource_id, changes):
        # ModifyDatahubTask is the DIP task's own action: its names are those of the task's Modify tree.
        body = to_api(changes, DatahubTask.schema.MODIFY_API_NAME_TREE)
        return self.call(self.resource.actions.modify, resource_id, body, idempotent=True)


class DatahubSyncTask(Resource):
    noun = 'task'
    result_key = 'task'
    plural_result_key = 'tasks'
    schema = sync_schema
    identity = Identity(id_option='task_id', id_member='TaskId', name_option='task_name', name_member='TaskName')
    listing = Listing('DescribeDatahubTasks', items='TaskList', page_size=100, filters={'search_word': 'SearchWord'})
    # of_kind() sets the Create action of the kind asked for; the service chooses the TaskId.
    actions = Actions(create=None, describe='DescribeDatahubTask', delete='DeleteDatahubTask', modify='ModifyDatahubTask',
                      extra=DatahubTask.actions.extra, created_id='TaskId')
    statuses = DatahubTask.statuses
    answer_renames = {'Sync': 'sync'}
    comparison = Comparison(unordered_lists=((sync_schema.ROOT_TYPE, 'topic_list'),))
    result_keys = ('task_id', 'task_name', 'sync', 'status', 'status_name', 'source_resource_id', 'target_resource_id',
                   'topic_list', 'topic_regular_expression', 'prefix', 'separator', 'offset_type', 'description',
                   'tags', 'error_message', 'datahub_id', 'create_time')
    states = DatahubTask.states
    api_class = SyncTaskApi
    creates_by_id = False
    module_options = dict(task_id=dict(type='str'), sync=dict(type='str', choices=sorted(SYNC_KINDS)))

    @classmethod
    def of_kind(cls, kind):
        """The description whose Create is the action of kind (metadata, ...); itself when kind is None."""
        if kind is None:
            return cls
        actions = Actions(create=SYNC_KINDS[kind][0], describe=cls.actions.describe, delete=cls.actions.delete,
                          modify=cls.actions.modify, extra=cls.actions.extra, created_id=cls.actions.created_id)
        return type(cls.__name__, (cls,), dict(actions=actions))

    @classmethod
    def create_requirements(cls):
        # The kind chooses the Create action: a create needs it besides the request's required members.
        return tuple(cls.schema.REQUIRED_FOR_CREATE) + ('sync',)

    @classmethod
    def modify_options(cls):
        # ModifyDatahubTask is the DIP task's: what its tree shares with the sync request (the name,
        # the description) changes in place; everything else a sync task has needs a replacement.
        return dict((option, names) for option, names in DatahubTask.modify_options().items()
                    if option in cls.schema.PARAMETER_SPEC)

    @classmethod
    def compare(cls, params, current, by_id):
        # The kind is the Create action, no member of any request: a different kind needs a replacement.
        plan = compare(cls, params, current, by_id)
        if params.get('sync') is not None and current.get('sync') not in (None, params['sync']):
            plan.paths = sorted(plan.paths + ['sync'])
            plan.replacement_paths = sorted(plan.replacement_paths + ['sync'])
        return plan

    @classmethod
    def validate(cls, params):
        errors = DatahubTask.validate(params)
        kind = params.get('sync')
        if params.get('topic_list') and params.get('topic_regular_expression'):
            errors.append('topic_list and topic_regular_expression are mutually exclusive: the task takes one of them')
        if kind == 'metadata':
            errors.extend('sync=metadata (CreateMetaSyncDatahubTask) does not take %s' % option
                          for option in TOPIC_OPTIONS if params.get(option) is not None)
        elif kind and params.get('offset_type') and params['offset_type'] not in OFFSET_TYPES[kind]:
            errors.append('offset_type %s is not taken by sync=%s (%s), which takes %s'
                          % (params['offset_type'], kind, SYNC_KINDS[kind][0], ', '.join(OFFSET_TYPES[kind])))
        description = params.get('description')
        if description and len(description) > DESCRIPTION_MAX:
            errors.append('description must have at most %d characters (it has %d)' % (DESCRIPTION_MAX, len(description)))
        return errors

    @classmethod
    def create_problems(cls, params):
        kind = params.get('sync')
        if kind != 'metadata' and not (params.get('topic_list') or params.get('topic_regular_expression')):
            return ['sync=%s (%s) needs the topics to synchronise: set topic_list or topic_regular_expression'
                    % (kind, SYNC_KINDS[kind][0])]
        return []

    @classmethod
    def state_action(cls, state, status):
        return DatahubTask.state_action(state, status)
