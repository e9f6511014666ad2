# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_tasks (issue 23) through real ansible-playbook runs against the emulator:
every state, the plan refusing bad entries before any write, safe creates after lost answers,
throttling, and partial failure."""

import copy

import pytest

from conftest import Declarer, failed, ok

PLAYBOOK = 'fleet/datahub_tasks.yml'
OFFLINE_PLAYBOOK = 'fleet/datahub_tasks_offline.yml'
TASK = 'Declare the tasks'
LIST = 'DescribeDatahubTasks'
WRITES = frozenset(['CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask',
                    'ResumeDatahubTask', 'RestartDatahubTask'])

BASE = dict(
    task_type='SINK',
    source_resource={'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 'orders',
                                                      'offset_type': 'earliest'}},
    target_resource={'type': 'ES', 'es_param': {'resource': 'resource-test', 'drop_invalid_message': True, 'index': 'orders',
                                                'drop_invalid_json_message': False}},
)


def task(name, **changes):
    entry = copy.deepcopy(BASE)
    entry['task_name'] = name
    entry.update(changes)
    return entry


def fleet(count, prefix='shop-'):
    return [task('%s%03d' % (prefix, number)) for number in range(count)]


@pytest.fixture
def declare(emulator):
    return Declarer(emulator, PLAYBOOK, TASK, WRITES)


def live_tasks(emulator):
    return dict((item['TaskName'], item) for item in emulator.tasks() if item['Status'] != 3)


def names_of(emulator):
    return sorted(live_tasks(emulator))


# ---------------------------------------------------------------------------
# merged


def test_merged_creates_then_rerun_lists_only(declare, emulator):
    config = fleet(5) + [task('shop-paused', status='paused')]
    check = declare(dict(fleet_config=config), check=True, diff=True)
    predicted = ok(check)
    assert predicted['changed'] is True and check.writes == []
    assert names_of(emulator) == []
    real = declare(dict(fleet_config=config), diff=True)
    result = ok(real)
    assert result['changed'] is True
    assert sorted(real.writes) == ['CreateDatahubTask'] * 6 + ['PauseDatahubTask']
    tasks = live_tasks(emulator)
    assert sorted(tasks) == sorted(entry['task_name'] for entry in config)
    assert tasks['shop-paused']['Status'] == 6 and tasks['shop-000']['Status'] == 1
    # one item per entry, in order, as check mode predicted them
    items = result['results']
    assert [item['index'] for item in items] == list(range(6))
    assert [item['action'] for item in items] == ['created'] * 6
    assert [item['action'] for item in predicted['results']] == ['created'] * 6
    assert [item['name'] for item in items] == [entry['task_name'] for entry in config]
    for item in items:
        assert item['task_id'] == tasks[item['name']]['TaskId'] == item['task']['task_id']
    assert [item['task']['status_name'] for item in items] == ['running'] * 5 + ['paused']
    assert [item['task']['status_name'] for item in predicted['results']] == ['running'] * 5 + ['paused']
    # the diff names each created task
    headers = [entry['after_header'] for entry in result['diff']]
    assert len(headers) == 6 and all(any(name in header for header in headers) for name in tasks)
    assert all(entry['before'] == {} for entry in result['diff'])
    # the rerun: nothing changed, list calls only (one per 100 tasks)
    rerun = declare(dict(fleet_config=config))
    assert ok(rerun)['changed'] is False
    assert rerun.actions == [LIST]
    assert [item['action'] for item in ok(rerun)['results']] == ['unchanged'] * 6


def test_merged_updates_and_pauses_with_a_diff_naming_each(declare, emulator):
    config = fleet(3)
    ok(declare(dict(fleet_config=config)))
    changed = copy.deepcopy(config)
    changed[0]['description'] = 'orders to search'
    changed[2]['status'] = 'paused'
    check = declare(dict(fleet_config=changed), check=True, diff=True)
    assert check.writes == []
    real = declare(dict(fleet_config=changed), diff=True)
    result = ok(real)
    assert sorted(real.writes) == ['ModifyDatahubTask', 'PauseDatahubTask']
    assert [item['action'] for item in result['results']] == ['updated', 'unchanged', 'paused']
    assert [item['action'] for item in ok(check)['results']] == ['updated', 'unchanged', 'paused']
    assert len(result['diff']) == 2
    assert 'shop-000' in result['diff'][0]['before_header'] and 'shop-000' in result['diff'][0]['after_header']
    assert 'shop-002' in result['diff'][1]['after_header']
    assert result['diff'][0]['after']['description'] == 'orders to search'
    assert result['diff'][1]['after']['status_name'] == 'paused'
    assert live_tasks(emulator)['shop-002']['Status'] == 6


# ---------------------------------------------------------------------------
# overridden, max_deletions, deleted


def test_overridden_deletes_exactly_the_undeclared_tasks_in_scope(declare, emulator):
    ok(declare(dict(fleet_config=fleet(4) + fleet(2, prefix='other-'))))
    keep = fleet(4)[:2] + [task('shop-new')]
    check = declare(dict(fleet_state='overridden', fleet_scope={'name_prefix': 'shop-'}, fleet_config=keep), check=True)
    assert check.writes == [] and len(live_tasks(emulator)) == 6
    run = declare(dict(fleet_state='overridden', fleet_scope={'name_prefix': 'shop-'}, fleet_config=keep))
    result = ok(run)
    assert sorted(run.writes) == ['CreateDatahubTask', 'DeleteDatahubTask', 'DeleteDatahubTask']
    assert names_of(emulator) == ['other-000', 'other-001', 'shop-000', 'shop-001', 'shop-new']
    pruned = [item for item in result['results'] if item['index'] is None]
    assert sorted(item['name'] for item in pruned) == ['shop-002', 'shop-003']
    assert all(item['action'] == 'deleted' and item['task']['task_name'] == item['name'] for item in pruned)
    assert [item['action'] for item in ok(check)['results']] == [item['action'] for item in result['results']]


def test_the_plan_summary_is_seen_without_verbosity(declare, emulator):
    """Issue 29: without -v nothing said what happened; msg is the plan in one line, in check mode too, and
    --diff prints it after the diffs at any verbosity."""
    ok(declare(dict(fleet_config=fleet(3))))
    keep = [task('shop-000', description='changed'), task('shop-001'), task('shop-new')]
    variables = dict(fleet_state='overridden', fleet_scope={'name_prefix': 'shop-'}, fleet_config=keep)
    check = declare(variables, check=True, diff=True)
    summary = '1 to create, 1 to update, 1 to delete, 1 unchanged (check mode: nothing was written)'
    assert ok(check)['msg'] == summary and check.writes == []
    assert 'tasks: ' + summary in check.stdout, check.stdout
    run = declare(variables, diff=True)
    assert ok(run)['msg'] == '1 created, 1 updated, 1 deleted, 1 unchanged'
    assert 'tasks: 1 created, 1 updated, 1 deleted, 1 unchanged' in run.stdout


def test_overridden_requires_a_scope(declare, emulator):
    run = declare(dict(fleet_state='overridden', fleet_config=fleet(1)))
    assert 'scope' in failed(run)['msg'] and run.calls == []


def test_max_deletions_refuses_before_any_write(declare, emulator):
    ok(declare(dict(fleet_config=fleet(4))))
    run = declare(dict(fleet_state='overridden', fleet_scope={}, fleet_config=[task('shop-new')], max_deletions=3))
    result = failed(run)
    assert run.writes == []
    assert 'max_deletions' in result['msg'] and 'deletes 4 tasks' in result['msg']
    assert len(live_tasks(emulator)) == 4


def test_deleted_with_config_and_without(declare, emulator):
    ok(declare(dict(fleet_config=fleet(3) + fleet(2, prefix='other-'))))
    run = declare(dict(fleet_state='deleted', fleet_config=[task('shop-000'), task('shop-missing')]))
    result = ok(run)
    assert run.writes == ['DeleteDatahubTask']
    assert [item['action'] for item in result['results']] == ['deleted', 'unchanged']
    assert names_of(emulator) == ['other-000', 'other-001', 'shop-001', 'shop-002']
    refused = declare(dict(fleet_state='deleted'))
    assert 'scope' in failed(refused)['msg'] and refused.writes == []
    unsaid = declare(dict(fleet_state='deleted', fleet_scope={'name_prefix': 'shop-'}))
    assert 'allow_delete_all' in failed(unsaid)['msg'] and unsaid.writes == []
    run = declare(dict(fleet_state='deleted', fleet_scope={'name_prefix': 'shop-'}, allow_delete_all=True))
    result = ok(run)
    assert run.writes == ['DeleteDatahubTask'] * 2
    assert sorted(item['name'] for item in result['results']) == ['shop-001', 'shop-002']
    assert names_of(emulator) == ['other-000', 'other-001']
    rerun = declare(dict(fleet_state='deleted', fleet_scope={'name_prefix': 'shop-'}, allow_delete_all=True))
    assert ok(rerun)['changed'] is False and rerun.writes == []


# ---------------------------------------------------------------------------
# gathered, rendered


def test_gathered_feeds_back_as_config_with_no_change(declare, emulator):
    config = fleet(3)
    config[0]['description'] = 'first'
    config[1]['task_tags'] = None
    config[1]['tags'] = [{'tag_key': 'team', 'tag_value': 'shop'}]
    config[1].pop('task_tags')
    config[2]['status'] = 'paused'
    ok(declare(dict(fleet_config=config + fleet(1, prefix='other-'))))
    run = declare(dict(fleet_state='gathered', fleet_scope={'name_prefix': 'shop-'}))
    gathered = ok(run)['gathered']
    assert run.writes == [] and ok(run)['changed'] is False
    assert sorted(entry['task_name'] for entry in gathered) == ['shop-000', 'shop-001', 'shop-002']
    for entry in gathered:
        assert entry['task_id'].startswith('task-')
        assert not set(entry) & {'status', 'status_name', 'create_time', 'datahub_id', 'task_progress', 'step_list'}
        assert None not in entry.values()
    by_name = dict((entry['task_name'], entry) for entry in gathered)
    assert by_name['shop-000']['description'] == 'first'
    assert by_name['shop-001']['tags'] == [{'tag_key': 'team', 'tag_value': 'shop'}]
    # one list call, one describe per task for what the list answer lacks
    assert sorted(run.actions) == ['DescribeDatahubTask'] * 3 + [LIST]
    fed = declare(dict(fleet_config=gathered))
    assert ok(fed)['changed'] is False and fed.writes == []
    assert live_tasks(emulator)['shop-002']['Status'] == 6


def test_rendered_needs_no_credentials_and_makes_no_call(declare, emulator):
    config = fleet(2)
    config[1]['task_id'] = 'task-render01'
    before = len(emulator.requests())
    run = declare(dict(fleet_config=config), path=OFFLINE_PLAYBOOK)
    result = ok(run, 'Render the tasks')
    assert len(emulator.requests()) == before
    rendered = result['rendered']
    assert [item['index'] for item in rendered] == [0, 1]
    assert all(item['action'] == 'CreateDatahubTask' for item in rendered)
    assert rendered[0]['request']['TaskName'] == 'shop-000' and 'TaskId' not in rendered[0]['request']
    assert rendered[1]['request']['TaskId'] == 'task-render01'
    assert rendered[0]['request']['SourceResource']['KafkaParam']['Topic'] == 'orders'


# ---------------------------------------------------------------------------
# the plan refuses bad entries before any write


def test_a_bad_entry_among_50_writes_nothing(declare, emulator):
    config = fleet(50)
    config[37]['tasks_max'] = 0
    run = declare(dict(fleet_config=config))
    result = failed(run)
    assert run.writes == [] and names_of(emulator) == []
    assert 'config[37] (shop-037)' in result['msg'] and 'tasks_max' in result['msg']
    assert result['plan_errors'] == [{'entry': 'config[37] (shop-037)', 'msg': 'tasks_max must be at least 1, got 0'}]
    # every entry's outcome: the bad one failed, the others untouched
    assert [item['action'] for item in result['results']] == ['unchanged'] * 37 + ['failed'] + ['unchanged'] * 12
    assert result['results'][37]['msg'] == 'tasks_max must be at least 1, got 0' and result['changed'] is False


def test_an_entry_ansible_refuses_is_named_by_position_and_name(declare, emulator):
    config = fleet(50)
    config[12]['tasks_max'] = 'many'
    config[40]['bogus'] = True
    run = declare(dict(fleet_config=config))
    result = failed(run)
    assert run.calls == [] and names_of(emulator) == []
    assert [error['entry'] for error in result['plan_errors']] == ['config[12] (shop-012)', 'config[40] (shop-040)']
    assert 'tasks_max' in result['plan_errors'][0]['msg'] and 'unsupported option bogus' in result['plan_errors'][1]['msg']


def test_names_unique_within_the_run_and_ambiguous_names_fail_with_ids(declare, emulator):
    run = declare(dict(fleet_config=[task('shop-a'), task('shop-b'), task('shop-a')]))
    assert 'config[2] (shop-a)' in failed(run)['msg'] and 'config[0]' in failed(run)['msg'] and run.calls == []
    for dummy in range(2):
        emulator.call('CreateDatahubTask', dict(copy.deepcopy(_api_task('twin'))))
    ids = sorted(item['TaskId'] for item in emulator.tasks())
    run = declare(dict(fleet_config=[task('shop-c'), task('twin')]))
    result = failed(run)
    assert run.writes == [] and 'config[1] (twin)' in result['msg'] and all(task_id in result['msg'] for task_id in ids)


def test_a_create_needs_the_create_options_and_says_which_entry(declare, emulator):
    entry = task('shop-x')
    del entry['task_type']
    run = declare(dict(fleet_config=fleet(2) + [entry]))
    result = failed(run)
    assert run.writes == [] and 'config[2] (shop-x)' in result['msg'] and 'task_type' in result['msg']


def _api_task(name):
    return {'TaskName': name, 'TaskType': 'SINK',
            'SourceResource': {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-7kd5rzza', 'Topic': 'orders'}},
            'TargetResource': {'Type': 'ES', 'EsParam': {'Resource': 'resource-test'}}}


# ---------------------------------------------------------------------------
# faults: lost answers, throttling, a failed entry


def test_lost_create_answers_among_50_leave_exactly_one_task_each(declare, emulator):
    emulator.add_fault('CreateDatahubTask', 'drop_after', count=8)
    config = fleet(50)
    run = declare(dict(fleet_config=config, max_retries=3))
    result = ok(run)
    tasks = [item for item in emulator.tasks() if item['Status'] != 3]
    assert sorted(item['TaskName'] for item in tasks) == sorted(entry['task_name'] for entry in config)
    assert len(tasks) == 50
    assert all(item['action'] == 'created' for item in result['results'])
    assert run.actions.count('CreateDatahubTask') >= 50
    rerun = declare(dict(fleet_config=config))
    assert ok(rerun)['changed'] is False and rerun.actions == [LIST]


def test_throttling_at_5_requests_per_second_is_absorbed(declare, emulator):
    emulator.configure(rate_limit=5)
    try:
        config = fleet(20)
        run = declare(dict(fleet_config=config))
        result = ok(run)
        assert any(call.get('error_code') == 'RequestLimitExceeded' for call in run.calls), run.actions
        assert len(live_tasks(emulator)) == 20
        assert all(item['action'] == 'created' for item in result['results'])
    finally:
        emulator.configure(rate_limit=0)


def test_a_failed_entry_is_reported_while_the_others_converge(declare, emulator):
    config = fleet(4)
    config[1]['target_resource']['es_param']['resource'] = 'emulator-fail-create'
    run = declare(dict(fleet_config=config))
    result = failed(run)
    assert [item['action'] for item in result['results']] == ['created', 'failed', 'created', 'created']
    assert 'config[1] (shop-001)' in result['msg'] and '1 of 4' in result['msg']
    assert 'create_failed' in result['results'][1]['msg'] or '-1' in result['results'][1]['msg']
    assert result['results'][1]['task']['status_name'] == 'create_failed' and result['changed'] is True
    assert result['results'][1]['task_id'] == result['results'][1]['task']['task_id']
    tasks = live_tasks(emulator)
    assert [tasks[name]['Status'] for name in ('shop-000', 'shop-002', 'shop-003')] == [1, 1, 1]


def test_resume_and_recreate_as_the_singular_module_does(declare, emulator):
    config = fleet(2)
    config[0]['status'] = 'paused'
    ok(declare(dict(fleet_config=config)))
    old_id = live_tasks(emulator)['shop-001']['TaskId']
    changed = fleet(2)
    changed[0]['status'] = 'running'
    changed[1]['source_resource']['kafka_param']['topic'] = 'refunds'
    refused = declare(dict(fleet_config=changed))
    assert refused.writes == [] and 'config[1] (shop-001)' in failed(refused)['msg']
    assert 'source_resource.kafka_param.topic' in failed(refused)['msg']
    changed[1]['recreate'] = True
    check = declare(dict(fleet_config=changed), check=True)
    assert check.writes == [] and [item['action'] for item in ok(check)['results']] == ['resumed', 'recreated']
    run = declare(dict(fleet_config=changed))
    result = ok(run)
    assert [item['action'] for item in result['results']] == ['resumed', 'recreated']
    assert sorted(run.writes) == ['CreateDatahubTask', 'DeleteDatahubTask', 'ResumeDatahubTask']
    tasks = live_tasks(emulator)
    assert tasks['shop-000']['Status'] == 1 and tasks['shop-001']['TaskId'] != old_id
    assert result['results'][1]['task_id'] == tasks['shop-001']['TaskId']
    assert any('will be deleted and created anew' in warning for warning in result.get('warnings', []))
