# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What an operator sees (issue 24, points 3, 8 and 9), in process (main() against the emulator): the diff
of a replacement only in diff mode, what a delete deleted, and an own state declared for a task that does
not exist. Moved from tests/integration/test_operator_view.py (issue 28), which keeps the replacement
previewed in check mode (what the failure prints)."""

import pytest

from inprocess_runs import failed, ok, reset, started_emulator
from test_datahub_task_runs import TASK_ID, create_by_id, task_declarer, task_vars


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
    return task_declarer(emulator)


def immutable_changes():
    variables = task_vars(task_id=TASK_ID)
    variables['target_resource']['es_param'].update(index='index-v2', drop_invalid_message=False)
    return variables


def test_the_diff_of_a_replacement_only_in_diff_mode(declare, emulator):
    create_by_id(declare)
    result = failed(declare(immutable_changes(), check=True))
    assert 'diff' not in result and result['replacement_required'] is True


def test_a_delete_by_id_returns_the_task_it_deleted(declare, emulator):
    create_by_id(declare)
    for check in (True, False):
        result = ok(declare(dict(task_id=TASK_ID, state='absent'), check=check))
        assert result['changed'] is True
        assert result['task']['task_id'] == TASK_ID and result['task']['task_name'] == 'orders-to-es'
        assert result['task']['target_resource']['es_param']['index'] == 'index'
    assert emulator.tasks() == []
    again = ok(declare(dict(task_id=TASK_ID, state='absent')))
    assert again['changed'] is False and again['task'] is None


def test_a_delete_without_wait_returns_the_task_being_deleted(declare, emulator):
    create_by_id(declare)
    result = ok(declare(dict(task_id=TASK_ID, state='absent', wait=False)))
    assert result['task']['task_id'] == TASK_ID and result['task']['status_name'] == 'deleting'


def test_pausing_a_task_that_does_not_exist_says_so_first(declare, emulator):
    for state in ('paused', 'running', 'restarted'):
        run = declare(dict(task_id='task-missing1', state=state))
        message = failed(run)['msg']
        assert message.startswith('the task task-missing1 does not exist, so state=%s has nothing to act on. ' % state), message
        assert 'To create it in that state, give task_name and task_type as well' in message
        assert run.writes == []
    assert emulator.tasks() == []


def test_present_on_a_missing_task_keeps_its_message(declare, emulator):
    message = failed(declare(dict(task_id='task-missing1')))['msg']
    assert message == 'the task task-missing1 does not exist, and task_name and task_type are required to create it'
