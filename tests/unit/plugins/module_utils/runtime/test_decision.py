# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""runtime/decision.py: what a run does with one DIP task, from options and a result alone (no calls,
no module), and what it predicts."""

import copy

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import (
    CREATE_FAILED, DELETING, PAUSED, PAUSING, RUNNING, DatahubTask)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import decision as d
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.decision import decide, predict

from ..task_samples import current, params


def declared(**changes):
    """Module options as the runner has them: state and recreate always set."""
    options = dict(state='present', recreate=False)
    options.update(params(**changes))
    return options


def in_status(status, **changes):
    result = current()
    result.update(status=status, **changes)
    return result


def test_nothing_differs_keeps():
    decision = decide(DatahubTask, declared(), current(), by_id=False)
    assert decision.kind == d.KEEP and not decision.writes and decision.failure is None


def test_a_missing_task_is_created_in_the_state_goal():
    decision = decide(DatahubTask, declared(state='paused'), None, by_id=False)
    assert decision.kind == d.CREATE and decision.goal == PAUSED and decision.writes


def test_a_mutable_difference_changes_and_an_own_state_acts():
    decision = decide(DatahubTask, declared(description='new', state='paused'), current(), by_id=False)
    assert decision.kind == d.CHANGE and decision.plan.changes == {'description': 'new'}
    assert decision.action == 'pause' and decision.goal == PAUSED


def test_check_mode_anticipates_a_transient_status():
    pausing = in_status(PAUSING)
    assert decide(DatahubTask, declared(state='paused'), pausing, by_id=False, anticipate=True).kind == d.KEEP
    assert decide(DatahubTask, declared(state='paused'), pausing, by_id=False).failure is not None


def test_an_immutable_difference_fails_with_its_paths_and_their_diff():
    options = declared(target_resource={'type': 'ES', 'es_param': {'resource': 'es-1', 'index': 'idx-2'}})
    decision = decide(DatahubTask, options, current(), by_id=False)
    assert decision.kind is None and not decision.writes
    failure = decision.failure
    assert str(failure).startswith('task task-1 differs in target_resource.es_param.index (now "idx", wanted "idx-2"), '
                                   'which cannot be changed in place: the task must be recreated.')
    assert failure.extra['differing_paths'] == ['target_resource.es_param.index']
    assert failure.extra['diff'] == {'before': {'target_resource.es_param.index': 'idx'},
                                     'after': {'target_resource.es_param.index': 'idx-2'}}


def test_several_paths_a_line_each_and_long_values_cut_short():
    long_topic = 'x' * 300
    kafka_param = {'self_built': False, 'resource': 'ckafka-2', 'topic': long_topic}
    options = declared(source_resource={'type': 'KAFKA', 'kafka_param': kafka_param})
    failure = decide(DatahubTask, options, current(), by_id=False).failure
    lines = str(failure).splitlines()
    assert lines[0] == 'task task-1 differs in 2 option paths that cannot be changed in place:'
    assert lines[1] == '  source_resource.kafka_param.resource (now "ckafka-1", wanted "ckafka-2")'
    assert lines[2].startswith('  source_resource.kafka_param.topic (now "b, a", wanted "xxx') and lines[2].endswith('...)')
    assert len(lines) == 4 and lines[3].startswith('The task must be recreated.')
    assert failure.extra['differences'][1]['wanted'] == long_topic


def test_recreate_replaces_and_says_why():
    options = declared(recreate=True, target_resource={'type': 'ES', 'es_param': {'resource': 'es-1', 'index': 'idx-2'}})
    decision = decide(DatahubTask, options, current(), by_id=True)
    assert decision.kind == d.RECREATE and decision.goal == RUNNING
    assert decision.warnings == ['task task-1 will be deleted and created anew because target_resource.es_param.index differs']
    predicted = predict(DatahubTask, options, current(), decision, by_id=True)
    assert predicted['target_resource']['es_param']['index'] == 'idx-2' and predicted['task_id'] == 'task-1'


def test_a_failed_task_declared_present_fails_naming_it_or_is_replaced():
    """issue 29.4: a task in status -1 is not unchanged"""
    failed = in_status(CREATE_FAILED, error_message='no route')
    refused = decide(DatahubTask, declared(), failed, by_id=False)
    assert refused.kind is None and not refused.writes
    assert str(refused.failure) == ('task task-1 is in status -1 (create_failed): the service says: no route. Set recreate: '
                                    'true to replace it, or state: restarted to restart it')
    assert refused.failure.extra == {'status': -1}
    assert decide(DatahubTask, declared(recreate=True), failed, by_id=False).kind == d.RECREATE


def test_absent():
    assert decide(DatahubTask, declared(state='absent'), None, by_id=True).kind == d.KEEP
    assert decide(DatahubTask, declared(state='absent'), current(), by_id=True).kind == d.DELETE
    assert decide(DatahubTask, declared(state='absent'), in_status(DELETING), by_id=True).kind == d.WAIT_GONE


def test_a_delete_predicts_what_it_deletes():
    options = declared(state='absent')
    decision = decide(DatahubTask, options, current(), by_id=True)
    assert predict(DatahubTask, options, current(), decision, by_id=True) == current()


def test_an_own_state_on_a_missing_task_says_it_does_not_exist_first():
    failure = decide(DatahubTask, dict(state='paused', recreate=False, task_id='task-9'), None, by_id=True).failure
    assert str(failure) == ('the task task-9 does not exist, so state=paused has nothing to act on. To create it in that '
                            'state, give task_name and task_type as well (task_name and task_type are required to create '
                            'a task)')
    present = decide(DatahubTask, dict(state='present', recreate=False, task_id='task-9'), None, by_id=True).failure
    assert str(present) == 'the task task-9 does not exist, and task_name and task_type are required to create it'


def test_a_create_is_predicted_in_option_names_without_secrets():
    options = declared(task_id='task-9', tasks_max=2)
    decision = decide(DatahubTask, options, None, by_id=True)
    predicted = predict(DatahubTask, options, None, decision, by_id=True)
    assert predicted['task_id'] == 'task-9' and predicted['tasks_max'] == 2 and predicted['status_name'] == 'running'
    assert predicted['target_resource'] == {'type': 'ES', 'es_param': {'resource': 'es-1', 'index': 'idx'}}
    assert 'secret-pw' not in repr(predicted)


def test_decide_changes_nothing_it_is_given():
    options, result = declared(description='new'), current()
    before = copy.deepcopy((options, result))
    decide(DatahubTask, options, result, by_id=False)
    assert (options, result) == before


def test_the_failed_status_message_has_one_full_stop():
    """Issue 29: "(emulated failure).. It is left" when the service's message ends in a full stop."""
    failed = in_status(CREATE_FAILED, error_message='emulated failure.')
    message = str(decide(DatahubTask, declared(), failed, by_id=False).failure)
    assert 'the service says: emulated failure. Set recreate: true' in message and '..' not in message, message
