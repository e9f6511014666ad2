# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The cookbook's recipes (docs/cookbook/recipes/*.yml) against the emulator: checking a pipeline end to end
(write, read back, assert, wait for lag 0 while the emulator consumes) and migrating a Kafka cluster with a
sync task (check mode, create, rerun, pause, removal in the reverse order, removal again)."""

import os

from conftest import run_playbook

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECK = os.path.join(ROOT, 'docs', 'cookbook', 'recipes', 'check_pipeline_end_to_end.yml')
MIGRATE = os.path.join(ROOT, 'docs', 'cookbook', 'recipes', 'migrate_kafka_cluster.yml')
TOPIC = '1250000000-orders'
GROUP = 'orders-to-es'
WRITES = ('CreateConnectResource', 'DeleteConnectResource', 'CreateMetaDataAndOffsetSyncDatahubTask', 'DeleteDatahubTask',
          'PauseDatahubTask', 'ResumeDatahubTask', 'ModifyDatahubTask', 'ModifyConnectResource')


def recap(run):
    return dict((status, len([r for r in run.records if r['status'] == status])) for status in ('ok', 'changed', 'failed'))


def writes(emulator, since):
    return [entry['action'] for entry in emulator.requests()[since:] if entry['action'] in WRITES]


def test_check_a_pipeline_end_to_end(emulator):
    assert 'Error' not in emulator.call('CreateDatahubTopic', {'Name': TOPIC, 'PartitionNum': 3, 'RetentionMs': 86400000})['Response']
    emulator._admin('POST', 'messages', {'topic': TOPIC, 'messages': [{'value': str(n)} for n in range(6)]})  # pylint: disable=protected-access
    emulator._admin('POST', 'groups', {'topic': TOPIC, 'group': GROUP, 'offset': 0})  # pylint: disable=protected-access
    emulator._admin('POST', 'groups', {'topic': TOPIC, 'group': GROUP, 'rate': 1})  # pylint: disable=protected-access
    variables = dict(producer_url=emulator.endpoint + '/_emulator/messages', check_id='42', lag_delay=1)
    run = run_playbook(emulator, CHECK, extra_vars=variables)
    assert run.rc == 0, run
    assert run.statuses('The check message arrived intact') == ['ok']
    assert run.result('Wait until the pipeline has consumed every message')['total_lag'] == 0

    # A stale message under the same key: the assertion sees two, and the check fails there.
    emulator._admin('POST', 'messages', {'topic': TOPIC, 'messages': [{'key': 'pipeline-check-43', 'value': 'stale'}]})  # pylint: disable=protected-access
    doubled = run_playbook(emulator, CHECK, extra_vars=dict(variables, check_id='43'))
    assert doubled.rc != 0
    assert 'pipeline-check-43 is not in' in doubled.result('The check message arrived intact')['msg']


def test_migrate_a_kafka_cluster_with_a_sync_task(emulator):
    start = len(emulator.requests())
    check = run_playbook(emulator, MIGRATE, check=True, diff=True)
    assert check.rc == 0, check
    assert writes(emulator, start) == [] and emulator.tasks() == []

    start = len(emulator.requests())
    created = run_playbook(emulator, MIGRATE)
    assert created.rc == 0, created
    assert writes(emulator, start) == ['CreateConnectResource', 'CreateConnectResource', 'CreateMetaDataAndOffsetSyncDatahubTask']
    task = created.result('Keep the sync task')['task']
    assert task['status_name'] == 'running' and task['sync'] == 'metadata_data_and_offsets'
    assert task['topic_regular_expression'] == '^shop-.*'

    start = len(emulator.requests())
    rerun = run_playbook(emulator, MIGRATE)
    assert rerun.rc == 0 and recap(rerun)['changed'] == 0, rerun
    assert writes(emulator, start) == []

    start = len(emulator.requests())
    paused = run_playbook(emulator, MIGRATE, extra_vars=dict(migration_state='paused'))
    assert paused.rc == 0 and writes(emulator, start) == ['PauseDatahubTask'], paused

    start = len(emulator.requests())
    removed = run_playbook(emulator, MIGRATE, extra_vars=dict(migration_state='absent'))
    assert removed.rc == 0, removed
    assert writes(emulator, start) == ['DeleteDatahubTask', 'DeleteConnectResource', 'DeleteConnectResource']
    assert emulator.tasks() == [] and emulator.resources('connect_resource') == []

    again = run_playbook(emulator, MIGRATE, extra_vars=dict(migration_state='absent'))
    assert again.rc == 0 and recap(again)['changed'] == 0, again
