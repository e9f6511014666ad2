# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""datahub_task_info through real ansible-playbook runs against the emulator: the shape it shares with
datahub_task, and no secret in any result or output at -vvv. Pagination, every filter, exact names,
unknown ids, check mode and service errors run in process: tests/unit/plugins/modules/test_datahub_task_info_runs.py."""

import contextlib
import json
import os

import pytest

from samples import ES_PASSWORD, kafka_to_es  # the integration conftest puts tests/emulator on sys.path

HERE = os.path.dirname(os.path.abspath(__file__))
DATAHUB_TASK_MODULE = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'plugins', 'modules', 'datahub_task.py')
QUERIES = 'datahub_task_info/queries.yml'

HTTP_SOURCE = {'Type': 'HTTP'}
KAFKA_TARGET = {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-target01', 'Topic': 't'}}
COS_TARGET = {'Type': 'COS', 'CosParam': {'BucketName': 'bucket', 'Region': 'ap-guangzhou'}}


@contextlib.contextmanager
def settings(emulator, **values):
    """Change emulator settings for a while, then put them back."""
    before = emulator.configure()
    emulator.configure(**values)
    try:
        yield
    finally:
        emulator.configure(**dict((name, before[name]) for name in values))


def unthrottled(emulator):
    """No rate limit, for bulk setup calls."""
    return settings(emulator, rate_limit=0)


def create(emulator, name, task_type='SINK', source=None, target=None):
    """Create a task straight through the API (no playbook); returns its id."""
    params = kafka_to_es(TaskName=name, TaskType=task_type)
    if source:
        params['SourceResource'] = source
    if target:
        params['TargetResource'] = target
    answer = emulator.call('CreateDatahubTask', params)['Response']
    assert 'Error' not in answer, answer
    return answer['Result']['TaskId']


def create_many(emulator, specs):
    with unthrottled(emulator):
        return [create(emulator, *spec) if isinstance(spec, tuple) else create(emulator, spec) for spec in specs]


def query_results(run):
    """The module result of every item of the looped `Read tasks` task, in order."""
    assert run.rc == 0, run
    return run.result('Read tasks')['results']


@pytest.fixture
def sample(emulator):
    """Five tasks of several kinds; returns name -> task id."""
    specs = [
        ('orders', 'SINK'),
        ('orders-2', 'SINK', None, COS_TARGET),
        ('ORDERS-archive', 'SINK', None, COS_TARGET),
        ('orders-source', 'SOURCE', HTTP_SOURCE, KAFKA_TARGET),
        ('payments', 'SINK'),
    ]
    ids = create_many(emulator, specs)
    return dict(zip([spec[0] for spec in specs], ids))


@pytest.mark.skipif(not os.path.exists(DATAHUB_TASK_MODULE), reason='plugins/modules/datahub_task.py does not exist yet')
def test_same_keys_as_datahub_task(emulator, playbook):
    run = playbook('datahub_task_info/shape.yml')
    assert run.rc == 0, run
    created = run.result('Create a task with datahub_task')['task']
    listed = run.result('List it with datahub_task_info')['tasks']
    read = run.result('Read it by id with datahub_task_info')['tasks']
    assert len(listed) == 1 and len(read) == 1
    assert sorted(created) == sorted(listed[0]) == sorted(read[0])
    assert created['task_id'] == listed[0]['task_id'] == read[0]['task_id']


def test_no_secret_in_any_result(emulator, playbook, sample):
    queries = [{}, {'task_id': sample['orders']}]
    run = playbook(QUERIES, extra_vars={'queries': queries}, verbosity=3)
    assert run.rc == 0, run
    for text in (run.output, json.dumps(run.records)):
        assert ES_PASSWORD not in text
        assert emulator.secret_key not in text
    for result in query_results(run):
        for task in result['tasks']:
            es_param = task['target_resource'].get('es_param')
            if es_param:
                assert es_param['user_name'] == 'elastic' and 'password' not in es_param
