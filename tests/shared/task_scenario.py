# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The task that tests/integration/test_datahub_task.py (real ansible-playbook runs), the in-process
tests/unit/plugins/modules/test_datahub_task_runs.py and the tests built on them declare."""

import copy

from run_checks import ok

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


def only_task(emulator):
    tasks = emulator.tasks()
    assert len(tasks) == 1, tasks
    return tasks[0]


def create_by_id(declare, **changes):
    run = declare(task_vars(task_id=TASK_ID, **changes))
    ok(run)
    return run


def immutable_changes():
    """The task by id with members that cannot change in place (a replacement)."""
    variables = task_vars(task_id=TASK_ID)
    variables['target_resource']['es_param'].update(index='index-v2', drop_invalid_message=False)
    return variables
