# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Planning logic of the datahub_task module (module_utils/datahub_task_state.py), without API calls."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import copy

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils import datahub_task_state as plan
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_convert import api_to_result, options_to_request

OPTIONS = {
    'task_name': 'orders-to-es',
    'task_type': 'SINK',
    'source_resource': {'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-1', 'topic': 'a,b'}},
    'target_resource': {'type': 'ES', 'es_param': {'resource': 'es-1', 'index': 'idx', 'password': 'secret-pw'}},
}

ANSWER = {
    'TaskId': 'task-1', 'TaskName': 'orders-to-es', 'TaskType': 'SINK', 'Status': 1, 'Description': 'd',
    'SourceResource': {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-1', 'Topic': 'b, a',
                                                       'ZoneId': 100006, 'PartitionNum': 3}},
    'TargetResource': {'Type': 'ES', 'EsParam': {'Resource': 'es-1', 'Index': 'idx', 'Port': 9200}},
    'Tags': [{'TagKey': 'team', 'TagValue': 'data'}], 'TransformParam': None, 'SchemaId': '',
    'TaskMax': 1, 'SyncThrottleLimit': 0, 'AutoExpandFlag': False,
}
LIST_ENTRY = dict((k, v) for k, v in ANSWER.items() if k not in ('Tags', 'TransformParam', 'TransformsParam', 'SchemaId'))


def params(**changes):
    value = copy.deepcopy(OPTIONS)
    value.update(changes)
    return value


def current():
    return api_to_result(copy.deepcopy(ANSWER))


def test_no_difference_against_the_answer():
    comparison = plan.compare(params(), current(), by_id=False)
    assert comparison.paths == [] and comparison.modify == {} and not comparison.replacement_required


def test_mutable_changes_make_one_modify_with_only_them():
    comparison = plan.compare(params(description='new', tasks_max=3, auto_expand_flag=True), current(), by_id=False)
    assert comparison.modify == {'Description': 'new', 'TasksMax': 3, 'AutoExpandFlag': True}
    assert not comparison.replacement_required


def test_unchanged_mutable_fields_are_not_sent():
    comparison = plan.compare(params(description='d', tasks_max=1, sync_throttle_limit=0), current(), by_id=True)
    assert comparison.modify == {}


def test_task_name_is_compared_only_by_id():
    renamed = params(task_name='other')
    assert plan.compare(renamed, current(), by_id=False).modify == {}
    assert plan.compare(renamed, current(), by_id=True).modify == {'TaskName': 'other'}


def test_immutable_differences_need_replacement():
    changed = params(task_type='SOURCE', tags=[{'tag_key': 'team', 'tag_value': 'ops'}])
    changed['target_resource']['es_param']['index'] = 'other'
    comparison = plan.compare(changed, current(), by_id=True)
    assert comparison.replacement_required
    assert comparison.immutable_paths == ['tags', 'target_resource.es_param.index', 'task_type']
    message = plan.replacement_message('task-1', comparison.immutable_paths)
    assert 'task-1' in message and 'recreated' in message and 'target_resource.es_param.index' in message


def test_secrets_and_service_filled_members_are_not_compared():
    changed = params()
    changed['target_resource']['es_param']['password'] = 'another'
    changed['source_resource']['kafka_param']['zone_id'] = 1
    assert plan.compare(changed, current(), by_id=False).paths == []


def test_unset_options_are_never_compared():
    assert plan.compare({'task_id': 'task-1'}, current(), by_id=True).paths == []


@pytest.mark.parametrize('option, expected', [
    ('description', False), ('tasks_max', False), ('source_resource', False), ('tags', True), ('transform_param', True),
    ('schema_id', True), ('transforms_param', True),
])
def test_needs_describe_only_for_what_the_list_lacks(option, expected):
    value = {'tags': [{'tag_key': 'k', 'tag_value': 'v'}], 'transform_param': {}, 'transforms_param': {}, 'schema_id': 's',
             'description': 'x', 'tasks_max': 2, 'source_resource': OPTIONS['source_resource']}[option]
    assert plan.needs_describe({'task_name': 'n', option: value}, LIST_ENTRY) is expected


@pytest.mark.parametrize('state, status, action', [
    ('present', 6, None), ('present', -1, None),
    ('running', 1, None), ('running', 6, 'resume'), ('running', 9, 'resume'),
    ('paused', 6, None), ('paused', 1, 'pause'), ('paused', 7, 'pause'),
    ('restarted', 1, 'restart'), ('restarted', -1, 'restart'), ('restarted', 6, 'resume'),
])
def test_run_state_actions(state, status, action):
    assert plan.run_state_action(state, status) == (action, None)


@pytest.mark.parametrize('state, status', [('running', -1), ('running', 4), ('paused', -1), ('paused', 9)])
def test_failure_statuses_cannot_be_converged(state, status):
    action, error = plan.run_state_action(state, status)
    assert action is None and 'status %s' % status in error


def test_modify_after_create():
    assert plan.modify_after_create(params()) == {}
    assert plan.modify_after_create(params(tasks_max=2, auto_expand_flag=False)) == {'TasksMax': 2, 'AutoExpandFlag': False}


def test_predict_created_has_no_secret():
    predicted = plan.predict_created(params(tasks_max=2), options_to_request(params(task_id='task-9')), plan.RUNNING)
    assert predicted['task_id'] == 'task-9' and predicted['status_name'] == 'running' and predicted['tasks_max'] == 2
    assert predicted['target_resource']['es_param']['index'] == 'idx'
    assert 'secret-pw' not in repr(predicted)


def test_predict_modified():
    predicted = plan.predict_modified(current(), {'Description': 'new', 'TasksMax': 4}, plan.PAUSED)
    assert (predicted['description'], predicted['tasks_max'], predicted['status'], predicted['status_name']) == ('new', 4, 6, 'paused')


def test_top_level():
    assert plan.top_level('source_resource.kafka_param.topic') == 'source_resource'
    assert plan.top_level('tags[0].tag_key') == 'tags'
    assert plan.top_level('description') == 'description'


def test_invalid_options_accepts_good_options():
    assert plan.invalid_options(params(task_id='task-1', tasks_max=1, sync_throttle_limit=0)) == []


def test_invalid_options_refuses_null_nested_required_members():
    broken = params(tags=[{'tag_key': 'k', 'tag_value': None}])
    broken['source_resource']['kafka_param']['resource'] = None
    assert plan.invalid_options(broken) == [
        'source_resource.kafka_param.resource is required when source_resource.kafka_param is given',
        'tags[0].tag_value is required when tags[0] is given']


@pytest.mark.parametrize('changes, word', [
    ({'task_name': '1abc'}, 'task_name'), ({'task_name': 'a' * 65}, 'task_name'), ({'task_name': ''}, 'task_name'),
    ({'task_id': 'bad id'}, 'task_id'), ({'tasks_max': 0}, 'tasks_max'), ({'sync_throttle_limit': -1}, 'sync_throttle_limit'),
])
def test_invalid_options_refuses_what_the_service_refuses(changes, word):
    """One message per problem: no check is made twice."""
    errors = plan.invalid_options(params(**changes))
    assert len(errors) == 1 and word in errors[0]
