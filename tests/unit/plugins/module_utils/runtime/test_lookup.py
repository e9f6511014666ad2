# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Finding the resource a declaration means (module_utils/lookup.py), on the DIP task."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import copy

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.lookup import Ambiguous, find
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import desired_options
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import result_of

from ..task_samples import ANSWER, LIST_ENTRY, OPTIONS


class FakeApi:
    """The reads of a ResourceApi over fixed list items; records queries and describes."""

    resource = DatahubTask

    def __init__(self, items):
        self.items = items
        self.queries = []
        self.described = []

    def list_answers(self, query):
        self.queries.append(query)
        return copy.deepcopy(self.items)

    def describe(self, task_id):
        self.described.append(task_id)
        return result_of(DatahubTask, dict(ANSWER, TaskId=task_id))

    @staticmethod
    def result_of(answer):
        return result_of(DatahubTask, answer)


@pytest.mark.parametrize('option, expected', [
    ('description', False), ('tasks_max', False), ('source_resource', False), ('tags', True), ('transform_param', True),
    ('schema_id', True), ('transforms_param', True),
])
def test_needs_describe_only_for_what_the_list_lacks(option, expected):
    # a list item carrying the result's lists (the service's never carries Tags: see the next test)
    entry = dict(LIST_ENTRY, Tags=[], Connections=[], StepList=[])
    if option == 'tags':
        entry.pop('Tags')
    value = {'tags': [{'tag_key': 'k', 'tag_value': 'v'}], 'transform_param': {}, 'transforms_param': {}, 'schema_id': 's',
             'description': 'x', 'tasks_max': 2, 'source_resource': OPTIONS['source_resource']}[option]
    options = {'task_name': 'orders-to-es', option: value}
    api = FakeApi([entry])
    found = find(api, options, False, desired_options(DatahubTask, options, False))
    assert found['task_id'] == 'task-1'
    assert api.described == (['task-1'] if expected else [])


def test_a_list_item_is_the_result_unless_it_lacks_a_compared_member():
    # nothing is described only to fill a member the list answer leaves out (Tags, Connections): the
    # singular and the fleet module read a task by name alike (issue 28.2)
    api = FakeApi([LIST_ENTRY])
    found = find(api, {'task_name': 'orders-to-es'}, False)
    assert found['task_id'] == 'task-1' and api.described == [] and 'tags' not in found
    found = find(api, {'task_name': 'orders-to-es'}, False, compared=['tags'])
    assert found['task_id'] == 'task-1' and api.described == ['task-1']


def test_by_name_matches_exactly_and_filters_by_scope():
    api = FakeApi([dict(LIST_ENTRY, TaskName='orders-to-es-2', TaskId='task-2'), LIST_ENTRY,
                   dict(LIST_ENTRY, TaskType='SOURCE', TaskId='task-3')])
    found = find(api, {'task_name': 'orders-to-es', 'task_type': 'SINK'}, False)
    assert found['task_id'] == 'task-1' and api.described == []
    assert api.queries == [{'SearchWord': 'orders-to-es', 'TaskType': 'SINK'}]


def test_ambiguous_names_give_the_ids():
    api = FakeApi([dict(LIST_ENTRY, TaskId='task-b'), dict(LIST_ENTRY, TaskId='task-a')])
    with pytest.raises(Ambiguous) as caught:
        find(api, {'task_name': 'orders-to-es'}, False)
    assert caught.value.ids == ['task-a', 'task-b'] and str(caught.value) == 'task-a, task-b'


def test_by_id_is_one_describe():
    api = FakeApi([])
    assert find(api, {'task_id': 'task-7', 'task_name': 'x'}, True)['task_id'] == 'task-7'
    assert api.described == ['task-7'] and api.queries == []
