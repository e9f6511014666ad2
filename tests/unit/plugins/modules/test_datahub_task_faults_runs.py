# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_task in process (main() against the emulator) under faults, failed
transitions, timeouts and bad input. Moved from tests/integration/test_datahub_task_faults.py (issue 28),
which keeps the secrets at -vvvv through real ansible-playbook runs."""

import pytest

from inprocess_runs import failed, ok, reset, started_emulator
from test_datahub_task_runs import TASK, TASK_ID, only_task, task_declarer, task_vars

from harness import start_emulator  # inprocess_runs puts tests/emulator on sys.path  # pylint: disable=wrong-import-order

FAULTS = [
    pytest.param(dict(kind='drop_before'), id='drop_before'),
    pytest.param(dict(kind='drop_after'), id='drop_after'),
    pytest.param(dict(kind='http_status', status=502), id='http_502'),
    pytest.param(dict(kind='error', code='InternalError'), id='InternalError'),
]


def run_playbook(emulator, path, extra_vars):
    """tests/integration/playbooks/datahub_task/declare.yml with extra_vars: one datahub_task run."""
    assert path == 'datahub_task/declare.yml', path
    return task_declarer(emulator)(extra_vars)


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


@pytest.mark.parametrize('by_id', [True, False], ids=['by_id', 'by_name'])
@pytest.mark.parametrize('fault', FAULTS)
def test_create_fault_leaves_exactly_one_task(declare, emulator, fault, by_id):
    variables = task_vars(task_id=TASK_ID) if by_id else task_vars()
    emulator.add_fault('CreateDatahubTask', **fault)
    run = declare(variables)
    result = ok(run)
    assert result['changed'] is True
    task = only_task(emulator)
    assert result['task_id'] == task['TaskId'] and task['Status'] == 1
    creates = emulator.calls('CreateDatahubTask')
    if fault['kind'] == 'drop_after':
        # the create went through: it is found, not repeated
        assert len(creates) == 1
    else:
        assert len(creates) == 2
    rerun = declare(variables)
    assert ok(rerun)['changed'] is False
    assert rerun.writes == []
    assert len(emulator.tasks()) == 1


@pytest.mark.parametrize('fault', FAULTS)
def test_describe_fault_is_retried(declare, emulator, fault):
    emulator.add_fault('DescribeDatahubTask', **fault)
    run = declare(task_vars(task_id=TASK_ID))
    assert ok(run)['changed'] is True
    assert only_task(emulator)['Status'] == 1
    assert len(emulator.calls('CreateDatahubTask')) == 1
    emulator.add_fault('DescribeDatahubTask', **fault)
    rerun = declare(task_vars(task_id=TASK_ID))
    assert ok(rerun)['changed'] is False
    assert rerun.writes == []
    assert len(emulator.tasks()) == 1


@pytest.mark.parametrize('fault', FAULTS)
def test_write_faults_on_pause_and_delete_converge(declare, emulator, fault):
    ok(declare(task_vars(task_id=TASK_ID)))
    emulator.add_fault('PauseDatahubTask', **fault)
    assert ok(declare(dict(task_id=TASK_ID, state='paused')))['task']['status'] == 6
    emulator.add_fault('DeleteDatahubTask', **fault)
    assert ok(declare(dict(task_id=TASK_ID, state='absent')))['changed'] is True
    assert emulator.tasks() == []


def test_failed_creation_is_reported_with_its_message(declare, emulator):
    variables = task_vars(task_id=TASK_ID)
    variables['target_resource']['es_param']['resource'] = 'es-emulator-fail-create'
    run = declare(variables)
    result = failed(run)
    assert result['status'] == -1
    assert result['changed'] is True
    assert 'emulator-fail-create' in result['msg']
    assert result['task']['status_name'] == 'create_failed'
    assert result['task_id'] == TASK_ID
    assert only_task(emulator)['Status'] == -1
    # a rerun does not create a second task, and state running says why it cannot run
    rerun = declare(dict(variables, state='running'))
    assert failed(rerun)['status'] == -1
    assert rerun.writes == []
    assert len(emulator.tasks()) == 1


def test_wait_times_out_with_the_last_status():
    with start_emulator(transition_seconds=30) as emulator:
        run = run_playbook(emulator, 'datahub_task/declare.yml', extra_vars=task_vars(task_id=TASK_ID, wait_timeout=2))
        result = failed(run)
        assert result['timed_out'] is True
        assert result['status'] == 0
        assert 'timed out' in result['msg']
        assert result['task']['status_name'] == 'creating'
        assert len(emulator.calls('CreateDatahubTask')) == 1
        # without waiting, the rerun reports no change and the status it has
        rerun = run_playbook(emulator, 'datahub_task/declare.yml', extra_vars=task_vars(task_id=TASK_ID, wait=False))
        assert ok(rerun)['changed'] is False
        assert rerun.result(TASK)['task']['status'] == 0


def test_a_wait_polls_again_after_a_throttled_poll():
    """With max_retries 0 the client never retries: a status poll the service throttles ends neither the wait
    nor the run; the wait polls again, bounded by wait_timeout (the create happens within 0.5 s of the
    lookup, so the first poll comes before the limit of 1 call per second lets another through)."""
    with start_emulator(transition_seconds=3, rate_limit=1) as emulator:
        run = run_playbook(emulator, 'datahub_task/declare.yml', extra_vars=task_vars(task_id=TASK_ID, max_retries=0))
        result = ok(run, TASK)
        assert result['changed'] is True and result['task']['status'] == 1, result
        polls = emulator.calls('DescribeDatahubTask')
        throttled = [entry for entry in polls if entry.get('error_code') == 'RequestLimitExceeded']
        assert throttled, polls
        assert len(emulator.calls('CreateDatahubTask')) == 1


def bad_unknown_key():
    variables = task_vars()
    variables['source_resource']['kafka_param']['topicc'] = 'typo'
    return variables, 'topicc'


def bad_type():
    return task_vars(tasks_max='many'), 'tasks_max'


def bad_nested_type():
    variables = task_vars()
    variables['source_resource']['kafka_param']['start_time'] = 'yesterday'
    return variables, 'start_time'


def bad_missing_block():
    variables = task_vars()
    del variables['target_resource']['es_param']
    return variables, 'target_resource.es_param'


def bad_missing_nested_required():
    variables = task_vars()
    del variables['source_resource']['kafka_param']['resource']
    return variables, 'resource'


@pytest.mark.parametrize('make', [bad_unknown_key, bad_type, bad_nested_type, bad_missing_block, bad_missing_nested_required])
def test_bad_input_fails_before_any_call(declare, emulator, make):
    variables, name = make()
    run = declare(variables)
    result = failed(run)
    assert name in result['msg'], result['msg']
    assert emulator.requests() == []
