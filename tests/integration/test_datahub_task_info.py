# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""datahub_task_info through real ansible-playbook runs against the emulator: the shape it shares with
datahub_task, and no secret in any result or output at -vvv. Pagination, every filter, exact names,
unknown ids, check mode and service errors run in process: tests/unit/plugins/modules/test_datahub_task_info_runs.py."""

import json
import os

import pytest

from samples import ES_PASSWORD  # the integration conftest puts tests/emulator on sys.path
from task_info_scenario import create_sample, query_results

HERE = os.path.dirname(os.path.abspath(__file__))
DATAHUB_TASK_MODULE = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'plugins', 'modules', 'datahub_task.py')
QUERIES = 'datahub_task_info/queries.yml'


@pytest.fixture
def sample(emulator):
    """Five tasks of several kinds; returns name -> task id."""
    return create_sample(emulator)


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
