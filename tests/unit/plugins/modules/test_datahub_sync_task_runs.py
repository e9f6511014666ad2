# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_sync_task in process (main() against the emulator): each sync kind created with
exactly the body of tccli's example for its action (connection ids aside), rerun unchanged, paused, resumed,
deleted and deleted again unchanged; a lost create answer leaving one task; bad input refused before any call;
what cannot change in place refused as a replacement. Moved from tests/integration/test_datahub_sync_task.py
(issue 28), which keeps one kind's life through real ansible-playbook runs."""

import pytest

from inprocess_runs import Declarer, failed, ok
from sync_task_scenario import KINDS, TASK, WRITES, assert_life, kafka_connections, sync_tasks, sync_vars

from ansible_collections.tencentcloud.ckafka.plugins.modules import datahub_sync_task

OPTION_NAMES = {'task_tags': 'tags'}


@pytest.fixture
def declare(emulator):
    return Declarer(emulator, datahub_sync_task, TASK, WRITES, OPTION_NAMES)


@pytest.fixture
def connections(emulator):
    return kafka_connections(emulator)


@pytest.mark.parametrize('sync', sorted(KINDS))
def test_each_kind_with_the_example_body_through_its_life(emulator, declare, connections, sync):
    assert_life(emulator, declare, connections, sync)


def test_a_lost_create_answer_leaves_one_task(emulator, declare, connections):
    emulator.add_fault(action='CreateMetaAndDataSyncDatahubTask', kind='drop_after')
    run = declare(sync_vars(connections))
    result = ok(run)
    assert result['changed'] is True
    assert run.writes == ['CreateMetaAndDataSyncDatahubTask']
    assert [task['TaskId'] for task in sync_tasks(emulator)] == [result['task_id']]
    # The task was looked up by name before any second create.
    assert 'DescribeDatahubTasks' in run.actions[run.actions.index('CreateMetaAndDataSyncDatahubTask'):]


def test_description_changes_in_place_and_topics_need_a_replacement(emulator, declare, connections):
    variables = sync_vars(connections)
    ok(declare(variables))
    changed = declare(dict(variables, description='mirrored'))
    assert ok(changed)['changed'] is True and changed.writes == ['ModifyDatahubTask']
    assert ok(changed)['task']['description'] == 'mirrored'
    other = declare(dict(variables, description='mirrored', topic_list=['other']))
    result = failed(other)
    assert result['replacement_required'] is True and result['differing_paths'] == ['topic_list']
    assert other.writes == []
    kind = declare(dict(variables, description='mirrored', sync='metadata_data_and_offsets'))
    assert failed(kind)['differing_paths'] == ['sync'] and kind.writes == []
    assert 'metadata_and_data' in failed(kind)['msg'] and 'metadata_data_and_offsets' in failed(kind)['msg']


@pytest.mark.parametrize('changes, words', [
    (dict(topic_regular_expression='^shop.*'), ['topic_list and topic_regular_expression']),
    (dict(separator='/'), ['separator']),
    (dict(sync='metadata_data_and_offsets', offset_type='timestamp'), ['offset_type timestamp', 'metadata_data_and_offsets']),
    (dict(sync='metadata'), ['sync=metadata', 'does not take topic_list']),
], ids=['topic_list_and_regular_expression', 'separator', 'offset_type', 'option_of_another_kind'])
def test_bad_input_is_refused_before_any_call(emulator, declare, connections, changes, words):
    variables = sync_vars(connections)
    variables.update(changes)
    run = declare(variables)
    message = failed(run)['msg']
    assert all(word in message for word in words), message
    assert run.calls == []


def test_an_unknown_task_id_is_not_created(emulator, declare, connections):
    run = declare(sync_vars(connections, task_id='task-nothere1'))
    assert 'leave task_id out' in failed(run)['msg']
    assert run.writes == []


def test_a_different_kind_is_recreated_when_asked(emulator, declare, connections):
    variables = sync_vars(connections)
    first = ok(declare(variables))['task_id']
    run = declare(dict(variables, sync='metadata_data_and_offsets', recreate=True))
    result = ok(run)
    assert result['changed'] is True and result['recreated'] is True and result['previous_task_id'] == first
    assert run.writes == ['DeleteDatahubTask', 'CreateMetaDataAndOffsetSyncDatahubTask']
    assert result['task']['sync'] == 'metadata_data_and_offsets' and result['task_id'] != first
    assert [task['TaskId'] for task in sync_tasks(emulator)] == [result['task_id']]
