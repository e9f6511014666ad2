# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What a user sees about results, diffs, recreates and failed tasks (issue 16, points 1, 2, 3, 4
and 7), in process (main() against the emulator; moved from tests/integration/test_user_experience.py,
issue 28: every assertion reads a module's result and the API calls, none the output of ansible-playbook).

* Diffs show real changes only: a pause by name diffs as status/status_name, a check-mode recreate
  for one changed index as that index.
* One result shape: create, rerun, update and check mode return the same keys, lists as lists.
* A recreate is announced (warning, recreated, previous_task_id), in check mode too.
* A task in a failure status: recreate: true replaces it, state: present warns with the service's
  message, state: restarted restarts it.
* An immutable difference names each path with its current and wanted value, secrets masked.
"""

import time

import pytest

from inprocess_runs import failed, ok, reset, started_emulator
from test_datahub_task_runs import TASK_ID, create_by_id, only_task, task_declarer, task_vars

LISTS = ('tags', 'connections')


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


def changed_paths(before, after, path=''):
    """The paths where two results differ (dicts walked, anything else compared whole)."""
    if isinstance(before, dict) and isinstance(after, dict):
        found = []
        for key in sorted(set(before) | set(after)):
            found.extend(changed_paths(before.get(key), after.get(key), '%s.%s' % (path, key) if path else key))
        return found
    return [] if before == after else [path]


def warnings_of(result):
    return ' '.join(str(warning) for warning in result.get('warnings') or [])


# ---------------------------------------------------------------------------
# 1. diffs of real changes only


def test_a_pause_by_name_diffs_as_the_status_only(declare, emulator):
    ok(declare(task_vars(task_tags=[{'tag_key': 'team', 'tag_value': 'data'}])))
    for check in (True, False):
        run = declare(dict(task_name='orders-to-es', state='paused'), check=check, diff=True)
        diff = ok(run)['diff']
        # read as it was found (its list item): besides the status, only what the service derives from it
        # (the list answer's current step) may change, never a member one answer carries and the other not
        derived = [] if check else ['task_current_step']
        assert changed_paths(diff['before'], diff['after']) == ['status', 'status_name'] + derived, diff


def test_a_check_mode_recreate_diffs_as_the_changed_index_only(declare, emulator):
    create_by_id(declare)
    variables = task_vars(task_id=TASK_ID, recreate=True)
    variables['target_resource']['es_param']['index'] = 'index-v2'
    result = ok(declare(variables, check=True, diff=True))
    diff = result['diff']
    assert changed_paths(diff['before'], diff['after']) == ['target_resource.es_param.index'], diff
    # the predicted task keeps what the service filled in
    assert result['task']['source_resource']['kafka_param']['topic_id'] == diff['before']['source_resource']['kafka_param']['topic_id']


# ---------------------------------------------------------------------------
# 2. one result shape


def test_create_rerun_update_and_check_mode_return_one_shape(declare, emulator):
    variables = task_vars(task_tags=[{'tag_key': 'team', 'tag_value': 'data'}])
    runs = [declare(variables, check=True), declare(variables), declare(variables),
            declare(dict(variables, description='changed'), check=True), declare(dict(variables, description='changed'))]
    tasks = [ok(run)['task'] for run in runs]
    keys = sorted(tasks[1])
    # issue 24: what is set; a create in check mode shows what it would send (the service fills in the rest)
    assert set(tasks[0]) < set(keys)
    assert sorted(tasks[2]) == keys
    # the update sets a description, which then shows (in check mode too): nothing else changes shape
    for task in tasks[3:]:
        assert sorted(task) == sorted(keys + ['description'])
    for task in tasks:
        assert task['tags'] == [{'tag_key': 'team', 'tag_value': 'data'}]
        assert 'schema_id' not in task
        # members the service never returns for a described task are not guessed
        assert 'step_list' not in task and 'task_progress' not in task
        for key in LISTS:
            assert key not in task or isinstance(task[key], list), (key, task[key])
    # what the service returns reads the same on create, rerun and update
    for key in ('connections', 'schema_id', 'schema_name', 'step_list', 'isolate_status'):
        assert len(set(repr(task.get(key)) for task in tasks[1:])) == 1, key


# ---------------------------------------------------------------------------
# 3. recreate announced


def test_recreate_is_announced_in_check_mode_and_for_real(declare, emulator):
    create_by_id(declare)
    variables = task_vars(task_id=TASK_ID, recreate=True)
    variables['target_resource']['es_param']['index'] = 'index-v2'
    for check in (True, False):
        result = ok(declare(variables, check=check))
        assert ('task %s will be deleted and created anew because target_resource.es_param.index differs' % TASK_ID
                in warnings_of(result)), result
        assert result['recreated'] is True and result['previous_task_id'] == TASK_ID
    rerun = ok(declare(variables))
    assert rerun['recreated'] is False and rerun['previous_task_id'] is None and not rerun.get('warnings')


def test_recreate_by_name_gives_the_previous_and_the_new_id(declare, emulator):
    old = ok(declare(task_vars()))['task_id']
    variables = task_vars(recreate=True)
    variables['target_resource']['es_param']['index'] = 'index-v2'
    result = ok(declare(variables))
    assert result['previous_task_id'] == old and result['task_id'] != old and result['recreated'] is True
    assert only_task(emulator)['TaskId'] == result['task_id']


# ---------------------------------------------------------------------------
# 4. failed tasks


def failed_task(declare, emulator):
    variables = task_vars(task_id=TASK_ID, wait=False)
    variables['target_resource']['es_param']['resource'] = 'es-emulator-fail-create'
    ok(declare(variables))
    # A playbook run starts seconds after the previous one: by then the creation (0.3 s here) has failed. In
    # process the next run starts at once, while the task is still being created.
    deadline = time.time() + 10
    while only_task(emulator)['Status'] == 0 and time.time() < deadline:
        time.sleep(0.05)
    run = declare(dict(task_id=TASK_ID, state='running'))
    result = failed(run)
    assert result['task']['status'] == -1, result
    return variables


def test_present_on_a_failed_task_fails_with_the_service_message(declare, emulator):
    """issue 29.4: a task in status -1 declared present is not unchanged: the run fails naming it"""
    variables = failed_task(declare, emulator)
    run = declare(dict(variables, wait=True))
    result = failed(run)
    assert result['changed'] is False and run.writes == []
    message = only_task(emulator)['ErrorMessage']
    assert message and message.rstrip('.') in result['msg'], result
    assert 'task %s is in status -1 (create_failed)' % TASK_ID in result['msg'] and 'recreate: true' in result['msg']


def test_recreate_replaces_a_failed_task_although_no_option_differs(declare, emulator):
    variables = failed_task(declare, emulator)
    check = declare(dict(variables, recreate=True), check=True)
    result = ok(check)
    assert result['changed'] is True and check.writes == [] and result['recreated'] is True
    assert 'will be deleted and created anew because it is in status -1 (create_failed' in warnings_of(result)
    real = declare(dict(variables, recreate=True))
    result = ok(real)
    assert real.writes == ['DeleteDatahubTask', 'CreateDatahubTask'], real.actions
    assert result['recreated'] is True and result['previous_task_id'] == TASK_ID


def test_restarted_restarts_a_failed_task(declare, emulator):
    variables = failed_task(declare, emulator)
    run = declare(dict(variables, state='restarted'))
    assert ok(run)['changed'] is True
    assert run.writes == ['RestartDatahubTask']


# ---------------------------------------------------------------------------
# 7. messages carry the values


def test_an_immutable_difference_names_the_current_and_wanted_values(declare, emulator):
    create_by_id(declare)
    variables = task_vars(task_id=TASK_ID)
    variables['target_resource']['es_param'].update(index='index-v2', user_name='elastic', password='hunter2-secret')
    result = failed(declare(variables))
    assert 'target_resource.es_param.index (now "index", wanted "index-v2")' in result['msg'], result['msg']
    assert {'path': 'target_resource.es_param.index', 'current': 'index', 'wanted': 'index-v2'} in result['differences']
    assert 'target_resource.es_param.user_name (now null, wanted "elastic")' in result['msg']
    assert 'hunter2-secret' not in str(result)


# ---------------------------------------------------------------------------
# 3 for a connection: its own id key


def test_a_connection_recreate_is_announced_with_the_previous_resource_id(emulator):
    import test_connect_resource_runs as connect  # pylint: disable=import-outside-toplevel
    declare_connection = connect.connection_declarer(emulator)
    old_id = connect.create(declare_connection)
    variables = dict(resource_id=old_id, resource_name='search-cluster', type='MYSQL', my_sql_connect_param=connect.MYSQL_BLOCK,
                     recreate=True)
    for check in (True, False):
        result = ok(declare_connection(variables, check=check))
        assert 'connection %s will be deleted and created anew because ' % old_id in warnings_of(result), result
        assert 'my_sql_connect_param.port' in warnings_of(result) and 'type differ' in warnings_of(result)
        assert result['recreated'] is True and result['previous_resource_id'] == old_id
        # the service chooses the new connection's id: unknown in check mode
        assert result['resource_id'] == result['connect_resource']['resource_id'] != old_id
    assert result['resource_id'] != old_id and connect.only_connection(emulator)['ResourceId'] == result['resource_id']
