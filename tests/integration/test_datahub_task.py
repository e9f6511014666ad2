# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_task through real ansible-playbook runs against the emulator: one run
per state in check mode, for real, then as a rerun that changes nothing. Every other kind of change and
the API calls of each run are in process: tests/unit/plugins/modules/test_datahub_task_runs.py."""

import copy

import pytest

from conftest import Declarer, cycle, ok

PLAYBOOK = 'datahub_task/declare.yml'
TASK = 'Declare the task'
WRITES = frozenset(['CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask',
                    'ResumeDatahubTask', 'RestartDatahubTask'])

KAFKA_TO_ES = dict(
    task_name='orders-to-es',
    task_type='SINK',
    source_resource={'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 'topic-test',
                                                      'offset_type': 'earliest'}},
    target_resource={'type': 'ES', 'es_param': {'resource': 'resource-test', 'drop_invalid_message': True, 'index': 'index',
                                                'drop_invalid_json_message': False}},
)
TASK_ID = 'task-it000001'


def task_vars(**changes):
    variables = copy.deepcopy(KAFKA_TO_ES)
    variables.update(changes)
    return variables


def task_declarer(emulator):
    return Declarer(emulator, PLAYBOOK, TASK, WRITES)


@pytest.fixture
def declare(emulator):
    return task_declarer(emulator)


def only_task(emulator):
    tasks = emulator.tasks()
    assert len(tasks) == 1, tasks
    return tasks[0]


def create_by_id(declare, **changes):
    run = declare(task_vars(task_id=TASK_ID, **changes))
    ok(run)
    return run


# ---------------------------------------------------------------------------
# create


def test_create_by_name_check_real_rerun(declare, emulator):
    check, real, rerun = cycle(declare, task_vars(), ['CreateDatahubTask'])
    predicted = check.result(TASK)['task']
    assert predicted['task_name'] == 'orders-to-es' and predicted['status_name'] == 'running'
    assert check.result(TASK)['diff']['before'] == {}
    result = real.result(TASK)
    assert result['task']['status'] == 1 and result['task']['status_name'] == 'running'
    assert result['task_id'] == result['task']['task_id'] == only_task(emulator)['TaskId']
    assert result['diff']['before'] == {} and result['diff']['after']['task_id'] == result['task_id']
    # by name, a no-op rerun costs one call per page of the task list filtered by the name: nothing is
    # described only for what the list leaves out (issue 28.2: the fleet module reads it the same way)
    assert rerun.actions == ['DescribeDatahubTasks']
    assert rerun.result(TASK)['task_id'] == result['task_id']


# ---------------------------------------------------------------------------
# run state


def test_pause_then_resume(declare, emulator):
    create_by_id(declare)
    check, real, rerun = cycle(declare, dict(task_id=TASK_ID, state='paused'), ['PauseDatahubTask'])
    assert check.result(TASK)['task']['status_name'] == 'paused'
    assert real.result(TASK)['task']['status'] == 6
    assert only_task(emulator)['Status'] == 6
    assert rerun.actions == ['DescribeDatahubTask']
    # present leaves the run state alone
    assert ok(declare(dict(task_id=TASK_ID, state='present')))['changed'] is False
    check, real, rerun = cycle(declare, dict(task_id=TASK_ID, state='running'), ['ResumeDatahubTask'])
    assert check.result(TASK)['task']['status_name'] == 'running'
    assert real.result(TASK)['task']['status'] == 1
    assert only_task(emulator)['Status'] == 1


def test_restart_is_always_a_change(declare, emulator):
    create_by_id(declare)
    check = declare(dict(task_id=TASK_ID, state='restarted'), check=True)
    assert ok(check)['changed'] is True
    assert check.writes == []
    for attempt in range(2):
        real = declare(dict(task_id=TASK_ID, state='restarted'))
        result = ok(real)
        assert result['changed'] is True, attempt
        assert real.writes == ['RestartDatahubTask']
        assert result['task']['status'] == 1
    assert len(emulator.calls('RestartDatahubTask')) == 2
    rerun = declare(dict(task_id=TASK_ID, state='running'))
    assert ok(rerun)['changed'] is False


# ---------------------------------------------------------------------------
# delete


def test_delete_check_real_twice_absent(declare, emulator):
    create_by_id(declare)
    check, real, rerun = cycle(declare, dict(task_id=TASK_ID, state='absent'), ['DeleteDatahubTask'])
    assert check.result(TASK)['diff']['after'] == {}
    assert check.result(TASK)['diff']['before']['task_id'] == TASK_ID
    # what the delete deleted (issue 24.8), in check mode too; nothing once it is gone
    assert check.result(TASK)['task']['task_id'] == real.result(TASK)['task']['task_id'] == TASK_ID
    assert emulator.tasks() == []
    assert rerun.actions == ['DescribeDatahubTask'] and rerun.result(TASK)['task'] is None
