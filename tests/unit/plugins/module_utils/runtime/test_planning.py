# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Planning of a run (module_utils/planning.py) on the DIP task: what to modify, what needs a
replacement, and the predicted results; without API calls."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import PAUSED, RUNNING, DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import (
    compare, modify_after_create, predict_created, predict_modified, predict_recreated, top_level, value_at,
    with_values_at)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi

from ..task_samples import current, params


def test_no_difference_against_the_answer():
    comparison = compare(DatahubTask, params(), current(), by_id=False)
    assert comparison.paths == [] and comparison.changes == {} and not comparison.replacement_required


def test_mutable_changes_make_one_modify_with_only_them():
    comparison = compare(DatahubTask, params(description='new', tasks_max=3, auto_expand_flag=True), current(), by_id=False)
    assert comparison.changes == {'description': 'new', 'tasks_max': 3, 'auto_expand_flag': True}
    assert not comparison.replacement_required


def test_unchanged_mutable_fields_are_not_sent():
    comparison = compare(DatahubTask, params(description='d', tasks_max=1, sync_throttle_limit=0), current(), by_id=True)
    assert comparison.changes == {}


def test_task_name_is_compared_only_by_id():
    renamed = params(task_name='other')
    assert compare(DatahubTask, renamed, current(), by_id=False).changes == {}
    assert compare(DatahubTask, renamed, current(), by_id=True).changes == {'task_name': 'other'}


def test_immutable_differences_need_replacement():
    changed = params(task_type='SOURCE', tags=[{'tag_key': 'team', 'tag_value': 'ops'}])
    changed['target_resource']['es_param']['index'] = 'other'
    comparison = compare(DatahubTask, changed, current(), by_id=True)
    assert comparison.replacement_required
    assert comparison.replacement_paths == ['tags', 'target_resource.es_param.index', 'task_type']


def test_secrets_and_service_filled_members_are_not_compared():
    changed = params()
    changed['target_resource']['es_param']['password'] = 'another'
    changed['source_resource']['kafka_param']['zone_id'] = 1
    assert compare(DatahubTask, changed, current(), by_id=False).paths == []


def test_unset_options_are_never_compared():
    assert compare(DatahubTask, {'task_id': 'task-1'}, current(), by_id=True).paths == []


def test_modify_after_create():
    assert modify_after_create(DatahubTask, params()) == {}
    assert modify_after_create(DatahubTask, params(tasks_max=2, auto_expand_flag=False)) == {'tasks_max': 2, 'auto_expand_flag': False}


def test_predict_created_has_no_secret():
    predicted = predict_created(DatahubTask, params(task_id='task-9', tasks_max=2), RUNNING)
    assert predicted['task_id'] == 'task-9' and predicted['status_name'] == 'running' and predicted['tasks_max'] == 2
    assert predicted['target_resource']['es_param']['index'] == 'idx'
    assert 'secret-pw' not in repr(predicted)


def test_predict_modified():
    predicted = predict_modified(DatahubTask, current(), {'description': 'new', 'tasks_max': 4}, PAUSED)
    assert (predicted['description'], predicted['tasks_max'], predicted['status'], predicted['status_name']) == ('new', 4, 6, 'paused')


def test_top_level():
    assert top_level('source_resource.kafka_param.topic') == 'source_resource'
    assert top_level('tags[0].tag_key') == 'tags'
    assert top_level('description') == 'description'


def test_modify_request_uses_the_modify_names():
    """The plan is in option names; the Modify request gets the API names at the call."""
    sent = []

    class Client:
        def call(self, action, body, idempotent=False):
            sent.append((action, body, idempotent))
            return {}

    ResourceApi(Client(), DatahubTask).modify('task-1', {'description': 'new', 'tasks_max': 3, 'auto_expand_flag': True})
    assert sent == [('ModifyDatahubTask', {'Description': 'new', 'TasksMax': 3, 'AutoExpandFlag': True, 'TaskId': 'task-1'}, True)]


def test_values_at_paths_replace_only_those_paths():
    result = {'a': {'b': [{'c': 1, 'd': 'kept'}]}, 'x': None, 'y': 'kept'}
    desired = {'a': {'b': [{'c': 2}]}, 'x': {'z': 3}}
    changed = with_values_at(result, desired, ['a.b[0].c', 'x.z'])
    assert changed == {'a': {'b': [{'c': 2, 'd': 'kept'}]}, 'x': {'z': 3}, 'y': 'kept'}
    assert result['a']['b'][0]['c'] == 1
    assert value_at(desired, 'a.b[0].c') == 2 and value_at(desired, 'a.b[1].c') is None and value_at(desired, 'q.r') is None


def test_a_predicted_recreate_keeps_what_the_service_filled_in():
    task = current()
    wanted = params()
    wanted['target_resource']['es_param']['index'] = 'idx2'
    plan = compare(DatahubTask, wanted, task, by_id=False)
    predicted = predict_recreated(DatahubTask, wanted, task, plan.paths, RUNNING, by_id=False)
    assert predicted['target_resource']['es_param'] == dict(task['target_resource']['es_param'], index='idx2')
    # equal once normalised: left as read ("b, a" for "a,b"); by name the new id is not known yet
    assert predicted['source_resource'] == task['source_resource']
    assert predicted['task_id'] is None and predicted['status_name'] == 'running'
    assert 'password' not in predicted['target_resource']['es_param']
