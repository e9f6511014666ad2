# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_sync_task through real ansible-playbook runs against the emulator: a sync task
created with exactly the body of tccli's example for its action (connection ids aside), rerun unchanged,
paused, resumed, deleted and deleted again unchanged. Every kind, a lost create answer, bad input and
replacements run in process: tests/unit/plugins/modules/test_datahub_sync_task_runs.py."""

import json
import os
import re

import pytest

from conftest import Declarer, cycle, ok

PLAYBOOK = 'datahub_sync_task/declare.yml'
TASK = 'Declare the sync task'
CREATES = ('CreateMetaSyncDatahubTask', 'CreateMetaAndDataSyncDatahubTask', 'CreateMetaDataAndOffsetSyncDatahubTask')
WRITES = frozenset(CREATES + ('ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask',
                              'RestartDatahubTask'))
KINDS = {'metadata': 'CreateMetaSyncDatahubTask', 'metadata_and_data': 'CreateMetaAndDataSyncDatahubTask',
         'metadata_data_and_offsets': 'CreateMetaDataAndOffsetSyncDatahubTask'}
VARIABLE_NAMES = {'tags': 'task_tags'}
SNAKE = (re.compile(r'(?<=[a-z0-9])(?=[A-Z])'), re.compile(r'(?<=[A-Z])(?=[A-Z][a-z])'))


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


@pytest.fixture
def declare(emulator):
    return Declarer(emulator, PLAYBOOK, TASK, WRITES, VARIABLE_NAMES)


def sync_vars(connections, sync='metadata_and_data', **changes):
    body = example_body(KINDS[sync])
    body.update(SourceResourceId=connections[0], TargetResourceId=connections[1])
    variables = as_options(body)
    variables['sync'] = sync
    variables.update(changes)
    return variables


def sync_tasks(emulator):
    return [task for task in emulator.tasks() if (task['SourceResource'].get('KafkaParam') or {}).get('ConnectorSyncType')]


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
