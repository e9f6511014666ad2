# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_task's secrets never in the output at -vvvv, through real ansible-playbook runs.
Faults, failed transitions, timeouts and bad input run in process: tests/unit/plugins/modules/test_datahub_task_faults_runs.py."""

import copy

import pytest

from test_datahub_task import TASK_ID, task_declarer, task_vars

PASSWORD = 'Pw-0f-the-ES-cluster-7731'


@pytest.fixture
def declare(emulator):
    return task_declarer(emulator)


def test_no_secret_in_output_at_vvvv(declare, emulator):
    variables = task_vars(task_id=TASK_ID)
    variables['target_resource']['es_param'].update(user_name='elastic', password=PASSWORD)
    runs = [declare(variables, verbosity=4, diff=True), declare(variables, verbosity=4, diff=True)]
    changed = copy.deepcopy(variables)
    changed['target_resource']['es_param']['index'] = 'other'
    runs.append(declare(changed, verbosity=4, diff=True))
    changed['recreate'] = True
    runs.append(declare(changed, verbosity=4, diff=True, check=True))
    runs.append(declare(dict(task_id=TASK_ID, state='absent'), verbosity=4, diff=True))
    assert [run.rc == 0 for run in runs] == [True, True, False, True, True]
    for run in runs:
        text = run.output + repr(run.records)
        assert PASSWORD not in text
        assert emulator.secret_key not in text
    assert PASSWORD not in repr(emulator.requests())
