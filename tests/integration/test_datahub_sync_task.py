# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_sync_task through real ansible-playbook runs against the emulator: a sync task
created with exactly the body of tccli's example for its action (connection ids aside), rerun unchanged,
paused, resumed, deleted and deleted again unchanged. Every kind, a lost create answer, bad input and
replacements run in process: tests/unit/plugins/modules/test_datahub_sync_task_runs.py."""

import pytest

from conftest import Declarer, cycle, ok
from sync_task_scenario import KINDS, TASK, WRITES, example_body, kafka_connections, sync_tasks, sync_vars

PLAYBOOK = 'datahub_sync_task/declare.yml'
VARIABLE_NAMES = {'tags': 'task_tags'}


@pytest.fixture
def connections(emulator):
    return kafka_connections(emulator)


@pytest.fixture
def declare(emulator):
    return Declarer(emulator, PLAYBOOK, TASK, WRITES, VARIABLE_NAMES)


# one kind through real runs; every kind, in process (tests/unit/plugins/modules/test_datahub_sync_task_runs.py)
@pytest.mark.parametrize('sync', ['metadata_and_data'])
def test_each_kind_with_the_example_body_through_its_life(emulator, declare, connections, sync):
    variables = sync_vars(connections, sync)
    dummy, real, dummy = cycle(declare, variables, [KINDS[sync]])
    sent = [entry['params'] for entry in real.calls if entry['action'] == KINDS[sync]]
    expected = example_body(KINDS[sync])
    expected.update(SourceResourceId=connections[0], TargetResourceId=connections[1])
    assert sent == [expected]
    task = ok(real)['task']
    assert task['sync'] == sync and task['status_name'] == 'running'
    assert task['source_resource_id'] == connections[0] and task['target_resource_id'] == connections[1]
    assert task['task_name'] == expected['TaskName'] and task['task_id'].startswith('task-')
    assert task.get('topic_list') == expected.get('TopicList')

    paused = declare(dict(variables, state='paused'))
    assert ok(paused)['changed'] is True and paused.writes == ['PauseDatahubTask']
    assert ok(paused)['task']['status_name'] == 'paused'
    resumed = declare(dict(variables, state='running'))
    assert ok(resumed)['changed'] is True and resumed.writes == ['ResumeDatahubTask']
    assert ok(resumed)['task']['status_name'] == 'running'
    deleted = declare(dict(task_name=variables['task_name'], state='absent'))
    assert ok(deleted)['changed'] is True and deleted.writes == ['DeleteDatahubTask']
    assert sync_tasks(emulator) == []
    again = declare(dict(task_name=variables['task_name'], state='absent'))
    assert ok(again)['changed'] is False and again.writes == []
