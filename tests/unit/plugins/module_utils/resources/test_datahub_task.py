# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The DIP task's own decisions (module_utils/resources/datahub_task/description.py): its states, its checks."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import invalid_options
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask, new_task_id

from ..task_samples import params


@pytest.mark.parametrize('state, status, action', [
    ('present', 6, None), ('present', -1, None),
    ('running', 1, None), ('running', 6, 'resume'), ('running', 9, 'resume'),
    ('paused', 6, None), ('paused', 1, 'pause'), ('paused', 7, 'pause'),
    ('restarted', 1, 'restart'), ('restarted', -1, 'restart'), ('restarted', 6, 'resume'),
])
def test_run_state_actions(state, status, action):
    assert DatahubTask.state_action(state, status) == (action, None)


@pytest.mark.parametrize('state, status', [('running', -1), ('running', 4), ('paused', -1), ('paused', 9)])
def test_failure_statuses_cannot_be_converged(state, status):
    action, error = DatahubTask.state_action(state, status)
    assert action is None and 'status %s' % status in error


def test_invalid_options_accepts_good_options():
    assert invalid_options(DatahubTask, params(task_id='task-1', tasks_max=1, sync_throttle_limit=0)) == []


def test_invalid_options_refuses_null_nested_required_members():
    broken = params(tags=[{'tag_key': 'k', 'tag_value': None}])
    broken['source_resource']['kafka_param']['resource'] = None
    assert invalid_options(DatahubTask, broken) == [
        'source_resource.kafka_param.resource is required when source_resource.kafka_param is given',
        'tags[0].tag_value is required when tags[0] is given']


@pytest.mark.parametrize('changes, word', [
    ({'task_name': '1abc'}, 'task_name'), ({'task_name': 'a' * 65}, 'task_name'), ({'task_name': ''}, 'task_name'),
    ({'task_id': 'bad id'}, 'task_id'), ({'tasks_max': 0}, 'tasks_max'), ({'sync_throttle_limit': -1}, 'sync_throttle_limit'),
])
def test_invalid_options_refuses_what_the_service_refuses(changes, word):
    """One message per problem: no check is made twice."""
    errors = invalid_options(DatahubTask, params(**changes))
    assert len(errors) == 1 and word in errors[0]


@pytest.mark.parametrize('name, valid', [('MyTaskName', True), ('a', True), ('task-1.x_y', True), ('1task', False), ('', True),
                                         ('has space', False), ('a' * 64, True), ('a' * 65, False)])
def test_task_name_form(name, valid):
    errors = DatahubTask.validate({'task_name': name})
    assert (errors == []) == valid, errors
    if not valid:
        assert errors[0].startswith('task_name must start with a letter')


@pytest.mark.parametrize('task_id, valid', [('task-y9799wbn', True), ('', False), ('-x', False), ('a b', False), ('x' * 129, False)])
def test_task_id_form(task_id, valid):
    errors = DatahubTask.validate({'task_id': task_id})
    assert (errors == []) == valid, errors


def test_new_task_ids_have_the_service_format():
    ids = set(new_task_id() for dummy in range(50))
    assert len(ids) == 50 and all(len(i) == 13 and i.startswith('task-') for i in ids)


def test_create_needs_name_and_type():
    assert DatahubTask.create_requirements() == ('task_name', 'task_type')
