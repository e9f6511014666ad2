# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The sync task's own decisions (module_utils/resources/datahub_sync_task/description.py): the Create action
of each kind, the options each kind refuses, a DIP task answer read as a sync task, the kind compared but
never sent to ModifyDatahubTask."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_sync_task.description import (
    DatahubSyncTask, SyncTaskApi, sync_answer)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import compare, plan_for
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import result_of

ANSWER = {
    'TaskId': 'task-abcd1234', 'TaskName': 'orders-mirror', 'TaskType': 'SOURCE', 'Status': 1, 'Description': 'd',
    'Tags': [{'TagKey': 'team', 'TagValue': 'data'}], 'ErrorMessage': '', 'DatahubId': 'datahub-abcd1234',
    'CreateTime': '2026-01-01 00:00:00', 'TaskMax': 1,
    'SourceResource': {'Type': 'KAFKA', 'KafkaParam': {
        'Resource': 'resource-src00001', 'ConnectorSyncType': 'META_AND_DATA_SYNC_INSTANCE_TYPE', 'TopicList': ['b', 'a'],
        'TopicRegularExpression': None, 'Prefix': 'mirror', 'Separator': '.', 'OffsetType': 'latest', 'ZoneId': 100006}},
    'TargetResource': {'Type': 'KAFKA', 'KafkaParam': {'Resource': 'resource-dst00001'}},
}
PARAMS = dict(task_name='orders-mirror', sync='metadata_and_data', source_resource_id='resource-src00001',
              target_resource_id='resource-dst00001', topic_list=['a', 'b'], prefix='mirror', separator='.',
              offset_type='latest', description='d', tags=[{'tag_key': 'team', 'tag_value': 'data'}])


class FakeClient:
    def __init__(self, answers):
        self.answers = answers
        self.sent = []

    def call(self, action, params, idempotent=False):
        self.sent.append((action, dict(params)))
        return self.answers[action]


def params(**changes):
    values = dict((option, None) for option in DatahubSyncTask.schema.PARAMETER_SPEC)
    values.update(PARAMS, task_id=None, state='present')
    values.update(changes)
    return values


def test_an_answer_reads_as_the_members_of_the_sync_request():
    result = result_of(DatahubSyncTask, sync_answer(ANSWER))
    assert result['sync'] == 'metadata_and_data' and result['status_name'] == 'running'
    assert (result['source_resource_id'], result['target_resource_id']) == ('resource-src00001', 'resource-dst00001')
    assert result['topic_list'] == ['b', 'a'] and result['prefix'] == 'mirror' and result['offset_type'] == 'latest'
    assert result['tags'] == [{'tag_key': 'team', 'tag_value': 'data'}]
    # results show what is set: the unset regular expression and the empty error message are left out
    assert (set(DatahubSyncTask.result_keys) | {'status_name'}) - set(result) == {'topic_regular_expression', 'error_message'}


def test_a_list_item_without_tags_leaves_them_out():
    item = dict(ANSWER)
    del item['Tags']
    assert 'Tags' not in sync_answer(item) and sync_answer(None) is None


def test_the_same_task_compares_equal_whatever_the_topic_order():
    plan = compare(DatahubSyncTask, params(), result_of(DatahubSyncTask, sync_answer(ANSWER)), by_id=False)
    assert plan.paths == [] and plan.changes == {}


def test_the_kind_and_the_topics_need_a_replacement_and_the_description_does_not():
    current = result_of(DatahubSyncTask, sync_answer(ANSWER))
    plan = plan_for(DatahubSyncTask, params(sync='metadata_data_and_offsets', topic_list=['a'], description='new'),
                    current, by_id=False)
    assert plan.replacement_paths == ['sync', 'topic_list']
    assert plan.changes == {'description': 'new'}


@pytest.mark.parametrize('kind, action', [
    ('metadata', 'CreateMetaSyncDatahubTask'), ('metadata_and_data', 'CreateMetaAndDataSyncDatahubTask'),
    ('metadata_data_and_offsets', 'CreateMetaDataAndOffsetSyncDatahubTask')])
def test_each_kind_creates_with_its_own_action_and_the_service_chooses_the_id(kind, action):
    described = DatahubSyncTask.of_kind(kind)
    assert described.actions.create == action and issubclass(described, DatahubSyncTask)
    client = FakeClient({action: {'Result': {'TaskId': 'task-new00001', 'DatahubId': 'datahub-new00001'}}})
    api = SyncTaskApi(client, described)
    assert api.create(dict(task_name='x', source_resource_id='a', target_resource_id='b')) == 'task-new00001'
    assert client.sent == [(action, {'TaskName': 'x', 'SourceResourceId': 'a', 'TargetResourceId': 'b'})]
    assert DatahubSyncTask.of_kind(None) is DatahubSyncTask and DatahubSyncTask.actions.create is None


def test_modify_is_the_dip_tasks_own_and_never_changes_the_kind():
    # the kind is a replacement (compare), so a Modify only ever carries members of the task's Modify tree
    assert 'sync' not in DatahubSyncTask.modify_options() and 'description' in DatahubSyncTask.modify_options()
    client = FakeClient({'ModifyDatahubTask': {'Result': {}}})
    api = SyncTaskApi(client, DatahubSyncTask)
    api.modify('task-abcd1234', {'description': 'new'})
    assert client.sent == [('ModifyDatahubTask', {'TaskId': 'task-abcd1234', 'Description': 'new'})]


@pytest.mark.parametrize('changes, message', [
    (dict(topic_regular_expression='^a'), 'topic_list and topic_regular_expression are mutually exclusive'),
    (dict(sync='metadata', topic_list=None, prefix=None, separator=None, offset_type='latest'),
     'sync=metadata (CreateMetaSyncDatahubTask) does not take offset_type'),
    (dict(sync='metadata_data_and_offsets', offset_type='timestamp'), 'offset_type timestamp is not taken by sync=metadata_data_and_offsets'),
    (dict(description='x' * 129), 'description must have at most 128 characters'),
    (dict(task_name='1-mirror'), 'task_name must start with a letter'),
])
def test_options_the_kind_does_not_take_are_refused(changes, message):
    errors = DatahubSyncTask.validate(params(**changes))
    assert len(errors) == 1 and errors[0].startswith(message), errors


def test_good_options_pass_and_a_mirror_needs_topics():
    assert DatahubSyncTask.validate(params()) == []
    assert DatahubSyncTask.validate(params(sync='metadata', topic_list=None, prefix=None, separator=None, offset_type=None)) == []
    assert DatahubSyncTask.validate(params(sync='metadata_and_data', offset_type='timestamp')) == []
    assert DatahubSyncTask.create_problems(params(topic_list=None)) == [
        'sync=metadata_and_data (CreateMetaAndDataSyncDatahubTask) needs the topics to synchronise: set topic_list '
        'or topic_regular_expression']
    assert DatahubSyncTask.create_problems(params(sync='metadata', topic_list=None)) == []
