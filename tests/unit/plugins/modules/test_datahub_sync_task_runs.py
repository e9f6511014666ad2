# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_sync_task in process (main() against the emulator): each sync kind created with
exactly the body of tccli's example for its action (connection ids aside), rerun unchanged, paused, resumed,
deleted and deleted again unchanged; a lost create answer leaving one task; bad input refused before any call;
what cannot change in place refused as a replacement. Moved from tests/integration/test_datahub_sync_task.py
(issue 28), which keeps one kind's life through real ansible-playbook runs."""

import json
import os
import re

import pytest

from inprocess_runs import Declarer, cycle, failed, ok, reset, started_emulator

from ansible_collections.tencentcloud.ckafka.plugins.modules import datahub_sync_task

TASK = 'Declare the sync task'
CREATES = ('CreateMetaSyncDatahubTask', 'CreateMetaAndDataSyncDatahubTask', 'CreateMetaDataAndOffsetSyncDatahubTask')
WRITES = frozenset(CREATES + ('ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask',
                              'RestartDatahubTask'))
KINDS = {'metadata': 'CreateMetaSyncDatahubTask', 'metadata_and_data': 'CreateMetaAndDataSyncDatahubTask',
         'metadata_data_and_offsets': 'CreateMetaDataAndOffsetSyncDatahubTask'}
OPTION_NAMES = {'task_tags': 'tags'}
SNAKE = (re.compile(r'(?<=[a-z0-9])(?=[A-Z])'), re.compile(r'(?<=[A-Z])(?=[A-Z][a-z])'))


@pytest.fixture(scope='module')
def emulator_server():
    server = started_emulator()
    yield server
    server.stop()


@pytest.fixture
def emulator(emulator_server):  # pylint: disable=redefined-outer-name
    return reset(emulator_server)


@pytest.fixture
def declare(emulator):  # pylint: disable=redefined-outer-name
    return Declarer(emulator, datahub_sync_task, TASK, WRITES, OPTION_NAMES)


def snake_case(name):
    return SNAKE[1].sub('_', SNAKE[0].sub('_', name)).lower()


def example_body(action):
    """The request body of tccli's example of action (examples.json, the JSON after the headers)."""
    tccli = pytest.importorskip('tccli')
    path = os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'examples.json')
    with open(path, encoding='utf-8') as handle:
        example = json.load(handle)['actions'][action][0]['input']
    return json.loads(example[example.index('{'):])


def as_options(body):
    """A request body as the module's options (TagKey -> tag_key)."""
    def convert(value):
        if isinstance(value, dict):
            return dict((snake_case(key), convert(item)) for key, item in value.items())
        if isinstance(value, list):
            return [convert(item) for item in value]
        return value
    return convert(body)


def kafka_connection(emulator, name):
    answer = emulator.call('CreateConnectResource', {'ResourceName': name, 'Type': 'KAFKA',
                                                     'KafkaConnectParam': {'Resource': 'ckafka-%s' % name[:8], 'SelfBuilt': False}})
    assert 'Error' not in answer['Response'], answer
    return answer['Response']['Result']['ResourceId']


@pytest.fixture
def connections(emulator):
    return kafka_connection(emulator, 'source01'), kafka_connection(emulator, 'target01')


def sync_vars(connections, sync='metadata_and_data', **changes):
    body = example_body(KINDS[sync])
    body.update(SourceResourceId=connections[0], TargetResourceId=connections[1])
    variables = as_options(body)
    variables['sync'] = sync
    variables.update(changes)
    return variables


def sync_tasks(emulator):
    return [task for task in emulator.tasks() if (task['SourceResource'].get('KafkaParam') or {}).get('ConnectorSyncType')]


@pytest.mark.parametrize('sync', sorted(KINDS))
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
