# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Status lifecycle, refusals in the wrong status, and the failure markers."""

import time

import pytest

TRANSITION = 0.3  # the transition_seconds conftest.py starts the emulator with


def status(api, task_id):
    answer = api('DescribeDatahubTask', {'TaskId': task_id})
    return answer['Result']['Status'] if 'Result' in answer else answer['Error']['Code']


def settle():
    time.sleep(TRANSITION + 0.05)


def create(api, task_params, **overrides):
    return api('CreateDatahubTask', task_params(**overrides))['Result']['TaskId']


def code(answer):
    return answer['Error']['Code'] if 'Error' in answer else None


def test_full_lifecycle(api, task_params):
    task_id = create(api, task_params)
    assert status(api, task_id) == 0
    settle()
    assert status(api, task_id) == 1
    api('PauseDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 5
    settle()
    assert status(api, task_id) == 6
    api('ResumeDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 8
    settle()
    assert status(api, task_id) == 1
    api('DeleteDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 2
    settle()
    assert status(api, task_id) == 'ResourceNotFound'
    assert code(api('DeleteDatahubTask', {'TaskId': task_id})) == 'ResourceNotFound'


def test_zero_transition_is_immediate(emu, api, task_params):
    emu.configure(transition_seconds=0)
    task_id = create(api, task_params)
    assert status(api, task_id) == 1
    api('PauseDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 6
    api('ResumeDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 1
    api('DeleteDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 'ResourceNotFound'


def test_deleted_task_id_can_be_reused(emu, api, task_params):
    emu.configure(transition_seconds=0)
    create(api, task_params, TaskId='task-again001')
    api('DeleteDatahubTask', {'TaskId': 'task-again001'})
    assert 'Result' in api('CreateDatahubTask', task_params(TaskId='task-again001'))


@pytest.mark.parametrize('action', ['PauseDatahubTask', 'ResumeDatahubTask', 'RestartDatahubTask', 'DeleteDatahubTask',
                                    'ModifyDatahubTask', 'DescribeDatahubTask'])
def test_unknown_task(api, action):
    assert code(api(action, {'TaskId': 'task-nothere1'})) == 'ResourceNotFound'


def test_refusals_by_status(api, task_params):
    task_id = create(api, task_params)
    # creating (0)
    for action in ('PauseDatahubTask', 'ResumeDatahubTask', 'RestartDatahubTask', 'DeleteDatahubTask'):
        answer = api(action, {'TaskId': task_id})
        assert code(answer) == 'FailedOperation', action
        assert 'status 0' in answer['Error']['Message']
    assert 'Result' in api('ModifyDatahubTask', {'TaskId': task_id, 'TasksMax': 2})
    settle()
    # running (1)
    assert code(api('ResumeDatahubTask', {'TaskId': task_id})) == 'FailedOperation'
    api('PauseDatahubTask', {'TaskId': task_id})
    # pausing (5)
    assert code(api('PauseDatahubTask', {'TaskId': task_id})) == 'FailedOperation'
    assert code(api('DeleteDatahubTask', {'TaskId': task_id})) == 'FailedOperation'
    settle()
    # paused (6)
    assert code(api('PauseDatahubTask', {'TaskId': task_id})) == 'FailedOperation'
    assert code(api('RestartDatahubTask', {'TaskId': task_id})) == 'FailedOperation'
    api('DeleteDatahubTask', {'TaskId': task_id})
    # deleting (2)
    for action in ('PauseDatahubTask', 'ResumeDatahubTask', 'RestartDatahubTask', 'DeleteDatahubTask'):
        assert code(api(action, {'TaskId': task_id})) == 'FailedOperation', action
    answer = api('ModifyDatahubTask', {'TaskId': task_id, 'Description': 'x'})
    assert code(answer) == 'FailedOperation'
    assert 'deleting' in answer['Error']['Message']


def test_restart_running_goes_through_resuming(api, task_params):
    task_id = create(api, task_params)
    settle()
    api('RestartDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 8
    settle()
    assert status(api, task_id) == 1


def failing(task_params, marker):
    params = task_params()
    params['TargetResource']['EsParam']['Resource'] = 'es-%s-1' % marker
    return params


def test_create_failure_marker(api, task_params):
    task_id = api('CreateDatahubTask', failing(task_params, 'emulator-fail-create'))['Result']['TaskId']
    assert status(api, task_id) == 0
    settle()
    result = api('DescribeDatahubTask', {'TaskId': task_id})['Result']
    assert result['Status'] == -1
    assert 'emulator-fail-create' in result['ErrorMessage']
    listed = api('DescribeDatahubTasks', {})['Result']['TaskList'][0]
    assert listed['Status'] == -1 and listed['ErrorMessage'] == result['ErrorMessage']
    # A failed creation can be restarted (fails again: the marker is still there) or deleted.
    api('RestartDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 0
    settle()
    assert status(api, task_id) == -1
    api('DeleteDatahubTask', {'TaskId': task_id})
    settle()
    assert status(api, task_id) == 'ResourceNotFound'


def test_pause_resume_delete_restart_failure_markers(emu, api, task_params):
    emu.configure(transition_seconds=0)
    task_id = api('CreateDatahubTask', failing(task_params, 'emulator-fail-pause'))['Result']['TaskId']
    api('PauseDatahubTask', {'TaskId': task_id})
    result = api('DescribeDatahubTask', {'TaskId': task_id})['Result']
    assert result['Status'] == 7 and 'emulator-fail-pause' in result['ErrorMessage']
    assert 'Result' in api('RestartDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 1

    task_id = api('CreateDatahubTask', failing(task_params, 'emulator-fail-resume'))['Result']['TaskId']
    api('PauseDatahubTask', {'TaskId': task_id})
    api('ResumeDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 9
    assert 'Result' in api('DeleteDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 'ResourceNotFound'

    task_id = api('CreateDatahubTask', failing(task_params, 'emulator-fail-delete'))['Result']['TaskId']
    api('DeleteDatahubTask', {'TaskId': task_id})
    result = api('DescribeDatahubTask', {'TaskId': task_id})['Result']
    assert result['Status'] == 4 and 'emulator-fail-delete' in result['ErrorMessage']

    task_id = api('CreateDatahubTask', failing(task_params, 'emulator-fail-restart'))['Result']['TaskId']
    api('RestartDatahubTask', {'TaskId': task_id})
    assert status(api, task_id) == 9


def test_error_message_cleared_after_recovery(emu, api, task_params):
    emu.configure(transition_seconds=0)
    task_id = api('CreateDatahubTask', failing(task_params, 'emulator-fail-pause'))['Result']['TaskId']
    api('PauseDatahubTask', {'TaskId': task_id})
    api('RestartDatahubTask', {'TaskId': task_id})
    assert api('DescribeDatahubTask', {'TaskId': task_id})['Result']['ErrorMessage'] == ''
