# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_task in process (main() against the emulator): every kind of change in
check mode, for real, then as a rerun that changes nothing, with the API calls of each run. Moved from
tests/integration/test_datahub_task.py (issue 28), which keeps one real ansible-playbook run per state."""

import copy

import pytest

from inprocess_runs import Declarer, cycle, failed, ok, reset, started_emulator

from ansible_collections.tencentcloud.ckafka.plugins.modules import datahub_task

TASK = 'Declare the task'
WRITES = frozenset(['CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask',
                    'ResumeDatahubTask', 'RestartDatahubTask'])

KAFKA_TO_ES = dict(
    task_name='orders-to-es',
    task_type='SINK',
    source_resource={'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 'topic-test',
                                                      'offset_type': 'earliest'}},
    target_resource={'type': 'ES', 'es_param': {'resource': 'resource-test', 'drop_invalid_message': True, 'index': 'index',
                                                'drop_invalid_json_message': False}},
)
TASK_ID = 'task-it000001'
# the playbook's extra vars named otherwise than the options
OPTION_NAMES = {'task_tags': 'tags'}


def task_vars(**changes):
    variables = copy.deepcopy(KAFKA_TO_ES)
    variables.update(changes)
    return variables


def task_declarer(emulator):
    return Declarer(emulator, datahub_task, TASK, WRITES, OPTION_NAMES)


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


def only_task(emulator):
    tasks = emulator.tasks()
    assert len(tasks) == 1, tasks
    return tasks[0]


def create_by_id(declare, **changes):
    run = declare(task_vars(task_id=TASK_ID, **changes))
    ok(run)
    return run


def test_create_by_id_rerun_costs_exactly_one_call(declare, emulator):
    cycle(declare, task_vars(task_id=TASK_ID), ['CreateDatahubTask'])
    assert only_task(emulator)['TaskId'] == TASK_ID
    rerun = declare(task_vars(task_id=TASK_ID, state='running'))
    assert ok(rerun)['changed'] is False
    assert rerun.actions == ['DescribeDatahubTask']
    assert len(emulator.requests()[-1:]) == 1


def test_create_without_wait_costs_three_calls(declare, emulator):
    run = declare(task_vars(task_id=TASK_ID, wait=False))
    result = ok(run)
    # The lookup, the check that no other task has the name (issue 29.3) and the create: a task just
    # created is being created, no need to read it back; a create by id needs no second name check (the
    # service refuses a second create of one id).
    assert run.actions == ['DescribeDatahubTask', 'DescribeDatahubTasks', 'CreateDatahubTask']
    assert result['task']['status'] == 0 and result['task']['status_name'] == 'creating'
    assert result['task_id'] == TASK_ID == result['task']['task_id']
    assert only_task(emulator)['TaskId'] == TASK_ID


def test_create_paused(declare, emulator):
    cycle(declare, task_vars(task_id=TASK_ID, state='paused'), ['CreateDatahubTask', 'PauseDatahubTask'])
    assert only_task(emulator)['Status'] == 6


def test_create_applies_modify_only_options(declare, emulator):
    variables = task_vars(task_id=TASK_ID, tasks_max=3, sync_throttle_limit=100, auto_expand_flag=True)
    check, real, rerun = cycle(declare, variables, ['CreateDatahubTask', 'ModifyDatahubTask'])
    assert check.result(TASK)['task']['tasks_max'] == 3
    task = only_task(emulator)
    assert (task['TaskMax'], task['SyncThrottleLimit'], task['AutoExpandFlag']) == (3, 100, True)
    modify = emulator.calls('ModifyDatahubTask')[0]['params']
    assert modify == {'TaskId': TASK_ID, 'TasksMax': 3, 'SyncThrottleLimit': 100, 'AutoExpandFlag': True}
    assert real.result(TASK)['task']['tasks_max'] == 3
    assert rerun.actions == ['DescribeDatahubTask']


def test_create_request_has_only_what_the_user_set(declare, emulator):
    ok(declare(task_vars(task_id=TASK_ID)))
    body = emulator.calls('CreateDatahubTask')[0]['params']
    assert body == {
        'TaskName': 'orders-to-es', 'TaskType': 'SINK', 'TaskId': TASK_ID,
        'SourceResource': {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-7kd5rzza', 'Topic': 'topic-test',
                                                           'OffsetType': 'earliest'}},
        'TargetResource': {'Type': 'ES', 'EsParam': {'Resource': 'resource-test', 'DropInvalidMessage': True, 'Index': 'index',
                                                     'DropInvalidJsonMessage': False}},
    }


def test_missing_task_type_fails_before_any_write(declare, emulator):
    variables = task_vars(task_id=TASK_ID)
    del variables['task_type']
    run = declare(variables)
    result = failed(run)
    assert 'task_type' in result['msg']
    assert run.writes == []


def test_two_tasks_with_the_same_name_fail_listing_them(declare, emulator):
    ids = []
    for number in range(2):
        ids.append('task-dup%05d' % number)
        ok(declare(task_vars(task_id=ids[-1], task_name='twin-%d' % number)))
    # the module makes no second task of one name (issue 29.3); another client may
    for task_id in ids:
        emulator.call('ModifyDatahubTask', {'TaskId': task_id, 'TaskName': 'orders-to-es'})
    refused = declare(task_vars(task_id='task-dup99999'))
    assert refused.writes == [] and 'no task has the task_id task-dup99999' in failed(refused)['msg']
    run = declare(task_vars())
    result = failed(run)
    for task_id in ids:
        assert task_id in result['msg']
    assert run.writes == []


def test_name_and_type_identify_the_task(declare, emulator):
    ok(declare(task_vars()))
    rerun = declare(dict(task_name='orders-to-es', task_type='SINK', state='running'))
    assert ok(rerun)['changed'] is False
    assert rerun.actions == ['DescribeDatahubTasks']
    assert emulator.calls('DescribeDatahubTasks')[-1]['params']['TaskType'] == 'SINK'


@pytest.mark.parametrize('option, value, api_name, answer_name', [
    ('description', 'new words', 'Description', 'Description'),
    ('task_name', 'renamed-task', 'TaskName', 'TaskName'),
    ('tasks_max', 4, 'TasksMax', 'TaskMax'),
    ('sync_throttle_limit', 250, 'SyncThrottleLimit', 'SyncThrottleLimit'),
    ('auto_expand_flag', True, 'AutoExpandFlag', 'AutoExpandFlag'),
])
def test_update_of_each_mutable_field(declare, emulator, option, value, api_name, answer_name):
    create_by_id(declare)
    variables = task_vars(task_id=TASK_ID)
    variables[option] = value
    check, real, rerun = cycle(declare, variables, ['ModifyDatahubTask'])
    assert check.result(TASK)['task'][option] == value
    assert check.result(TASK)['diff']['after'][option] == value
    assert emulator.calls('ModifyDatahubTask')[-1]['params'] == {'TaskId': TASK_ID, api_name: value}
    assert only_task(emulator)[answer_name] == value
    assert real.result(TASK)['task'][option] == value
    # an update costs the lookup and the modify; a rename, the check that no other task has the name too
    renaming = ['DescribeDatahubTasks'] if option == 'task_name' else []
    assert real.actions == ['DescribeDatahubTask'] + renaming + ['ModifyDatahubTask']
    assert rerun.actions == ['DescribeDatahubTask']


def test_update_by_name_reads_only_the_list(declare, emulator):
    ok(declare(task_vars()))
    check, real, rerun = cycle(declare, task_vars(description='by name'), ['ModifyDatahubTask'])
    assert real.actions == ['DescribeDatahubTasks', 'ModifyDatahubTask']
    assert rerun.actions == ['DescribeDatahubTasks']
    assert only_task(emulator)['Description'] == 'by name'


def test_options_the_list_lacks_are_described(declare, emulator):
    variables = task_vars(task_tags=[{'tag_key': 'team', 'tag_value': 'data'}])
    ok(declare(variables))
    rerun = declare(variables)
    assert ok(rerun)['changed'] is False
    assert rerun.actions == ['DescribeDatahubTasks', 'DescribeDatahubTask']
    assert rerun.result(TASK)['task']['tags'] == [{'tag_key': 'team', 'tag_value': 'data'}]


def test_defaults_are_never_imposed(declare, emulator):
    create_by_id(declare, description='keep me', tasks_max=2)
    run = declare(dict(task_id=TASK_ID))
    assert ok(run)['changed'] is False
    task = only_task(emulator)
    assert (task['Description'], task['TaskMax']) == ('keep me', 2)


def test_pause_without_wait(declare, emulator):
    create_by_id(declare)
    run = declare(dict(task_id=TASK_ID, state='paused', wait=False))
    result = ok(run)
    assert result['changed'] is True
    assert result['task']['status'] in (5, 6)
    assert run.actions == ['DescribeDatahubTask', 'PauseDatahubTask', 'DescribeDatahubTask']


def test_wait_for_a_transient_status_before_pausing(declare, emulator):
    ok(declare(task_vars(task_id=TASK_ID, wait=False)))
    run = declare(dict(task_id=TASK_ID, state='paused'))
    assert ok(run)['task']['status'] == 6
    assert run.writes == ['PauseDatahubTask']


def test_delete_by_name(declare, emulator):
    ok(declare(task_vars()))
    cycle(declare, dict(task_name='orders-to-es', state='absent'), ['DeleteDatahubTask'])
    assert emulator.tasks() == []


def test_immutable_change_is_refused_without_a_write(declare, emulator):
    create_by_id(declare)
    variables = task_vars(task_id=TASK_ID, description='also changed')
    variables['target_resource']['es_param']['index'] = 'index-v2'
    for check in (True, False):
        run = declare(variables, check=check)
        result = failed(run)
        assert result['replacement_required'] is True
        assert 'target_resource.es_param.index' in result['msg']
        assert 'recreate' in result['msg']
        assert result['differing_paths'] == ['target_resource.es_param.index']
        assert run.writes == []
    assert only_task(emulator)['TargetResource']['EsParam']['Index'] == 'index'


def test_recreate(declare, emulator):
    create_by_id(declare)
    variables = task_vars(task_id=TASK_ID, recreate=True)
    variables['target_resource']['es_param']['index'] = 'index-v2'
    check, real, rerun = cycle(declare, variables, ['DeleteDatahubTask', 'CreateDatahubTask'])
    assert check.result(TASK)['task']['target_resource']['es_param']['index'] == 'index-v2'
    task = only_task(emulator)
    assert task['TaskId'] == TASK_ID
    assert task['TargetResource']['EsParam']['Index'] == 'index-v2'
    result = real.result(TASK)
    assert result['diff']['before']['target_resource']['es_param']['index'] == 'index'
    assert result['diff']['after']['target_resource']['es_param']['index'] == 'index-v2'
    assert rerun.actions == ['DescribeDatahubTask']
