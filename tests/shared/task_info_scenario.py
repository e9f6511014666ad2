# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The tasks that tests/integration/test_datahub_task_info.py (real ansible-playbook runs) and
tests/unit/plugins/modules/test_datahub_task_info_runs.py (in process) read: created straight through
the emulator's API (no playbook). Both put tests/emulator on sys.path (samples)."""

import contextlib

from samples import kafka_to_es

HTTP_SOURCE = {'Type': 'HTTP'}
KAFKA_TARGET = {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-target01', 'Topic': 't'}}
COS_TARGET = {'Type': 'COS', 'CosParam': {'BucketName': 'bucket', 'Region': 'ap-guangzhou'}}
# the sample: five tasks of several kinds, (name, type, source, target)
SAMPLE = [
    ('orders', 'SINK'),
    ('orders-2', 'SINK', None, COS_TARGET),
    ('ORDERS-archive', 'SINK', None, COS_TARGET),
    ('orders-source', 'SOURCE', HTTP_SOURCE, KAFKA_TARGET),
    ('payments', 'SINK'),
]


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


def create_sample(emulator):
    """The five tasks of SAMPLE; returns name -> task id."""
    ids = create_many(emulator, SAMPLE)
    return dict(zip([spec[0] for spec in SAMPLE], ids))


def query_results(run):
    """The module result of every item of the looped `Read tasks` task, in order."""
    assert run.rc == 0, run
    return run.result('Read tasks')['results']
