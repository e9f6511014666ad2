# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.connect_resources (issue 23) through real ansible-playbook runs against the
emulator: a fleet of connections declared, pruned, deleted, gathered and rendered in one module run,
with what the emulator's request log shows of each run (which calls, which writes)."""

import collections
import copy

import pytest

from conftest import Declarer, cycle, failed, ok
from fleet_checks import (accepted, assert_diff_names, assert_refused_without_scope, by_name, call_directly,
                          emulator_settings, keys_anywhere, nulls, outcomes, text_of, throttled, wait_until)

PLAYBOOK = 'fleet/connect_resources.yml'
RENDER_PLAYBOOK = 'fleet/connect_resources_rendered.yml'
TASK = 'Declare the connections'
LIST = 'DescribeConnectResources'
CREATE, MODIFY, DELETE = 'CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource'
WRITES = frozenset([CREATE, MODIFY, DELETE, 'CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask'])
# The playbook's extra vars (fleet_*: names Ansible gives a meaning to, or the singular playbooks use).
VARIABLE_NAMES = {'config': 'fleet_config', 'scope': 'fleet_scope', 'state': 'fleet_state'}

PASSWORD = 'Es-Pw-Xylophone-4711'
MYSQL_PASSWORD = 'My-Pw-Narwhal-2718'
DESCRIPTION = 'the orders search cluster'
ES_BLOCK = {'resource': 'es-abcd1234', 'port': 9200, 'user_name': 'elastic', 'password': PASSWORD,
            'self_built': False, 'service_vip': '10.0.0.12', 'uniq_vpc_id': 'vpc-abcd1234'}
ES_API_BLOCK = {'Resource': 'es-abcd1234', 'Port': 9200, 'UserName': 'elastic', 'Password': PASSWORD,
                'SelfBuilt': False, 'ServiceVip': '10.0.0.12', 'UniqVpcId': 'vpc-abcd1234'}
MYSQL_BLOCK = {'resource': 'cdb-abcd1234', 'port': 3306, 'user_name': 'dip_reader', 'password': MYSQL_PASSWORD,
               'service_vip': '10.0.0.20', 'uniq_vpc_id': 'vpc-abcd1234', 'self_built': False}
MYSQL_API_BLOCK = {'Resource': 'cdb-abcd1234', 'Port': 3306, 'UserName': 'dip_reader', 'Password': MYSQL_PASSWORD,
                   'ServiceVip': '10.0.0.20', 'UniqVpcId': 'vpc-abcd1234', 'SelfBuilt': False}
# What the service fills in, which gathered never returns.
SERVICE_MEMBERS = {'status', 'status_name', 'error_message', 'create_time', 'datahub_task_count', 'current_step',
                   'step_list', 'task_progress', 'datahub_id', 'password'}


def es_entry(name, block=None, **changes):
    entry = dict(resource_name=name, type='ES', description=DESCRIPTION, es_connect_param=dict(ES_BLOCK, **(block or {})))
    entry.update(changes)
    return entry


def mysql_entry(name, **changes):
    entry = dict(resource_name=name, type='MYSQL', description='the orders database', my_sql_connect_param=dict(MYSQL_BLOCK))
    entry.update(changes)
    return entry


def fleet_of(count, prefix='fleet-'):
    return [es_entry('%s%02d' % (prefix, number)) for number in range(count)]


@pytest.fixture
def declare(emulator):
    return Declarer(emulator, PLAYBOOK, TASK, WRITES, VARIABLE_NAMES)


def connections(emulator):
    return emulator.resources('connect_resource')


def stored_by_name(emulator):
    """The connections by name (each name once)."""
    found = connections(emulator)
    names = collections.Counter(c['ResourceName'] for c in found)
    assert all(count == 1 for count in names.values()), names
    return dict((c['ResourceName'], c) for c in found)


def create_directly(emulator, name, kind='ES', description=DESCRIPTION):
    params = dict(ResourceName=name, Type=kind, Description=description)
    if kind == 'ES':
        params['EsConnectParam'] = dict(ES_API_BLOCK)
    else:
        params['MySQLConnectParam'] = dict(MYSQL_API_BLOCK)
    return call_directly(emulator, CREATE, params)['ResourceId']


def existing(emulator, *names, **kinds):
    """Connections made directly (ES unless kinds says), running before the test goes on; their ids by name."""
    ids = dict((name, create_directly(emulator, name, kinds.get(name.replace('-', '_'), 'ES'))) for name in names)
    wait_until(lambda: all(c['Status'] == 1 for c in connections(emulator)))
    return ids


def task_using(emulator, resource_id):
    """A DIP task that writes to the connection; its id."""
    return call_directly(emulator, 'CreateDatahubTask', {
        'TaskName': 'orders-to-es', 'TaskType': 'SINK',
        'SourceResource': {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-7kd5rzza',
                                                           'Topic': 'orders', 'OffsetType': 'earliest'}},
        'TargetResource': {'Type': 'ES', 'EsParam': {'Resource': resource_id, 'Index': 'orders'}}})['TaskId']


def assert_no_secret(emulator, *runs):
    text = text_of(*runs) + repr(emulator.requests())
    for secret in (PASSWORD, MYSQL_PASSWORD):
        assert secret not in text


# ---------------------------------------------------------------------------
# merged


def test_merged_creates_then_rerun_lists_only(declare, emulator):
    fleet = fleet_of(4) + [mysql_entry('fleet-db')]
    names = [entry['resource_name'] for entry in fleet]
    check, real, rerun = cycle(declare, dict(config=fleet), [CREATE] * 5)
    # check mode predicts the items of the real run
    expected = [(number, name, 'created') for number, name in enumerate(names)]
    assert outcomes(check.result(TASK)) == outcomes(real.result(TASK)) == expected
    assert outcomes(rerun.result(TASK)) == [(number, name, 'unchanged') for number, name in enumerate(names)]
    stored = stored_by_name(emulator)
    assert sorted(stored) == sorted(names)
    for run in (real, rerun):
        for item in run.result(TASK)['results']:
            connection = item['connect_resource']
            assert item['resource_id'] == connection['resource_id'] == stored[item['name']]['ResourceId'], item
            assert connection['status_name'] == 'running' and connection['resource_name'] == item['name']
    results = by_name(real.result(TASK))
    assert results['fleet-00']['connect_resource']['es_connect_param']['user_name'] == 'elastic'
    assert results['fleet-db']['connect_resource']['my_sql_connect_param']['user_name'] == 'dip_reader'
    # the singular module's result shape (what is set): a create in check mode shows what it would send,
    # so its keys are those of the real result but what only the service fills in (ids, times, steps)
    reruns = by_name(rerun.result(TASK))
    for item in check.result(TASK)['results']:
        predicted, read = set(item['connect_resource']), set(results[item['name']]['connect_resource'])
        assert predicted <= read and read - predicted <= {'resource_id', 'create_time', 'step_list', 'current_step',
                                                          'datahub_task_count', 'task_progress', 'error_message'}
        assert read == set(reruns[item['name']]['connect_resource'])
    # each create sends only what its entry sets
    bodies = sorted((call['params'] for call in real.calls if call['action'] == CREATE), key=lambda b: b['ResourceName'])
    assert [set(body) for body in bodies] == [{'ResourceName', 'Type', 'Description', 'EsConnectParam'}] * 4 + [
        {'ResourceName', 'Type', 'Description', 'MySQLConnectParam'}]
    # one diff per created connection, naming it
    for run in (check, real):
        diffs = assert_diff_names(run.result(TASK), names)
        assert diffs['fleet-02']['after']['resource_name'] == 'fleet-02'
    assert 'diff' not in rerun.result(TASK) or not rerun.result(TASK)['diff']
    # the rerun: one page of the listing answers every entry; the creates were waited for through the listing too
    assert rerun.actions == [LIST]
    assert set(real.actions) == {LIST, CREATE}, real.actions
    assert_no_secret(emulator, check, real, rerun)


def test_diff_names_each_changed_connection_and_only_the_change_is_sent(declare, emulator):
    ids = existing(emulator, 'fleet-00', 'fleet-01', 'fleet-02')
    fleet = [es_entry('fleet-00'), es_entry('fleet-01', description='new words'),
             es_entry('fleet-02', {'user_name': 'dip_writer'}), es_entry('fleet-03')]
    expected = [(0, 'fleet-00', 'unchanged'), (1, 'fleet-01', 'updated'), (2, 'fleet-02', 'updated'),
                (3, 'fleet-03', 'created')]
    check = declare(dict(config=fleet), check=True, diff=True)
    assert ok(check)['changed'] is True
    assert check.writes == []
    real = declare(dict(config=fleet), diff=True)
    assert ok(real)['changed'] is True
    assert sorted(real.writes) == [CREATE, MODIFY, MODIFY]
    for run in (check, real):
        result = run.result(TASK)
        assert outcomes(result) == expected
        diffs = assert_diff_names(result, ['fleet-01', 'fleet-02', 'fleet-03'])
        assert diffs['fleet-01']['before']['description'] == DESCRIPTION
        assert diffs['fleet-01']['after']['description'] == 'new words'
        assert diffs['fleet-02']['before']['es_connect_param']['user_name'] == 'elastic'
        assert diffs['fleet-02']['after']['es_connect_param']['user_name'] == 'dip_writer'
        assert by_name(result)['fleet-01']['connect_resource']['description'] == 'new words'
    modifies = sorted((call['params'] for call in real.calls if call['action'] == MODIFY), key=lambda p: p['ResourceId'] != ids['fleet-01'])
    assert modifies == [{'ResourceId': ids['fleet-01'], 'Description': 'new words'},
                        {'ResourceId': ids['fleet-02'], 'Type': 'ES',
                         'EsConnectParam': {'Resource': 'es-abcd1234', 'UserName': 'dip_writer'}}]
    stored = stored_by_name(emulator)
    assert stored['fleet-01']['Description'] == 'new words'
    assert stored['fleet-02']['EsConnectParam']['UserName'] == 'dip_writer'
    assert sorted(stored) == ['fleet-00', 'fleet-01', 'fleet-02', 'fleet-03']
    assert_no_secret(emulator, check, real)


# ---------------------------------------------------------------------------
# overridden and deleted


def test_overridden_deletes_exactly_the_undeclared_connections_in_scope(declare, emulator):
    ids = existing(emulator, 'team-a-1', 'team-a-2', 'team-a-3', 'team-a-db', 'team-b-1', team_a_db='MYSQL')
    # outside the scope: team-a-db by its type, team-b-1 by its name
    variables = dict(state='overridden', scope={'type': 'ES', 'name_prefix': 'team-a-'},
                     config=[dict(resource_name='team-a-1', type='ES'), es_entry('team-a-4')])
    untouched = sorted(ids)

    refused = declare(dict(variables, max_deletions=1))
    result = failed(refused)
    assert 'max_deletions' in result['msg'], result['msg']
    assert refused.writes == [], refused.actions
    assert sorted(stored_by_name(emulator)) == untouched

    expected = [(0, 'team-a-1', 'unchanged'), (1, 'team-a-4', 'created'),
                (None, 'team-a-2', 'deleted'), (None, 'team-a-3', 'deleted')]
    check = declare(dict(variables, max_deletions=2), check=True, diff=True)
    assert ok(check)['changed'] is True and check.writes == []
    real = declare(dict(variables, max_deletions=2), diff=True)
    assert ok(real)['changed'] is True
    assert sorted(real.writes) == [CREATE, DELETE, DELETE]
    for run in (check, real):
        result = run.result(TASK)
        # the pruned connections after the entries (in any order among themselves)
        assert outcomes(result)[:2] == expected[:2] and sorted(outcomes(result)[2:]) == expected[2:]
        items = by_name(result)
        for name in ('team-a-2', 'team-a-3'):
            assert items[name]['resource_id'] == ids[name]
            assert items[name]['connect_resource']['resource_id'] == ids[name]
        assert_diff_names(result, ['team-a-2', 'team-a-3', 'team-a-4'])
    assert sorted(call['params']['ResourceId'] for call in real.calls if call['action'] == DELETE) == sorted(
        [ids['team-a-2'], ids['team-a-3']])
    assert sorted(stored_by_name(emulator)) == ['team-a-1', 'team-a-4', 'team-a-db', 'team-b-1']
    assert stored_by_name(emulator)['team-a-1']['ResourceId'] == ids['team-a-1']
    # no scope, no pruning: what is outside the declared scope stays
    assert_refused_without_scope(declare, variables)
    assert sorted(stored_by_name(emulator)) == ['team-a-1', 'team-a-4', 'team-a-db', 'team-b-1']


def test_deleted_with_and_without_config(declare, emulator):
    ids = existing(emulator, 'team-a-1', 'team-a-2', 'team-a-3', 'team-b-1')
    with_config = declare(dict(state='deleted', config=[dict(resource_name='team-a-1'), dict(resource_name='team-a-9')]),
                          diff=True)
    result = ok(with_config)
    assert result['changed'] is True
    assert outcomes(result) == [(0, 'team-a-1', 'deleted'), (1, 'team-a-9', 'unchanged')]
    assert by_name(result)['team-a-1']['resource_id'] == ids['team-a-1']
    assert_diff_names(result, ['team-a-1'])
    assert [call['params'] for call in with_config.calls if call['action'] == DELETE] == [{'ResourceId': ids['team-a-1']}]
    assert sorted(stored_by_name(emulator)) == ['team-a-2', 'team-a-3', 'team-b-1']

    # deleting a whole scope without entries must be said (issue 29)
    unsaid = declare(dict(state='deleted', scope={'name_prefix': 'team-a-'}))
    assert 'allow_delete_all' in unsaid.result(unsaid.task)['msg'] and unsaid.writes == []
    variables = dict(state='deleted', scope={'name_prefix': 'team-a-'}, allow_delete_all=True)
    in_scope = declare(variables)
    result = ok(in_scope)
    assert result['changed'] is True
    assert sorted(outcomes(result)) == [(None, 'team-a-2', 'deleted'), (None, 'team-a-3', 'deleted')]
    assert sorted(in_scope.writes) == [DELETE, DELETE]
    assert sorted(stored_by_name(emulator)) == ['team-b-1']
    again = declare(variables)
    assert ok(again)['changed'] is False
    assert again.writes == [] and set(again.actions) == {LIST}
    assert ok(again)['results'] == []
    # without config, no scope is no deletion
    assert_refused_without_scope(declare, dict(state='deleted'))
    assert sorted(stored_by_name(emulator)) == ['team-b-1']


# ---------------------------------------------------------------------------
# gathered and rendered


def test_gathered_feeds_back_without_passwords(declare, emulator):
    ids = existing(emulator, 'team-a-1', 'team-a-db', 'team-b-1', team_a_db='MYSQL')
    task_id = task_using(emulator, ids['team-a-1'])  # a connection count the service fills in
    gathered_run = declare(dict(state='gathered', scope={'name_prefix': 'team-a-'}))
    result = ok(gathered_run)
    assert result['changed'] is False
    assert gathered_run.writes == [] and set(gathered_run.actions) == {LIST}, gathered_run.actions
    gathered = result['gathered']
    assert sorted(entry['resource_name'] for entry in gathered) == ['team-a-1', 'team-a-db']
    entries = dict((entry['resource_name'], entry) for entry in gathered)
    for name, entry in entries.items():
        assert entry['resource_id'] == ids[name]
        assert nulls(entry) == [], (name, nulls(entry))
        assert not keys_anywhere(entry) & SERVICE_MEMBERS, entry
    es_block = dict(ES_BLOCK)
    del es_block['password']
    assert entries['team-a-1']['type'] == 'ES' and entries['team-a-1']['description'] == DESCRIPTION
    assert entries['team-a-1']['es_connect_param'] == es_block
    mysql_block = dict(MYSQL_BLOCK)
    del mysql_block['password']
    assert entries['team-a-db']['my_sql_connect_param'] == mysql_block
    assert task_id not in repr(gathered)

    # fed back: nothing to do, one listing
    fed_back = declare(dict(config=gathered), diff=True)
    result = ok(fed_back)
    assert result['changed'] is False
    assert fed_back.writes == [] and fed_back.actions == [LIST]
    assert [action for dummy, dummy, action in outcomes(result)] == ['unchanged', 'unchanged']

    # a new connection needs the password the service never returns: the run names the entry and the member
    new = copy.deepcopy(gathered[0])
    del new['resource_id']
    new['resource_name'] = 'team-a-new'
    missing = declare(dict(config=gathered + [new]))
    message = failed(missing)['msg']
    assert 'team-a-new' in message and 'password' in message and '2' in message, message
    assert missing.writes == []
    assert sorted(stored_by_name(emulator)) == ['team-a-1', 'team-a-db', 'team-b-1']
    assert_no_secret(emulator, gathered_run, fed_back, missing)


def test_rendered_without_credentials_or_calls(emulator):
    fleet = [es_entry('fleet-00'), mysql_entry('fleet-db')]
    run = Declarer(emulator, RENDER_PLAYBOOK, TASK, WRITES, VARIABLE_NAMES)(dict(config=fleet))
    result = ok(run)
    assert result['changed'] is False
    assert emulator.requests() == []
    rendered = result['rendered']
    masked = rendered[0]['request']['EsConnectParam']['Password']
    assert masked not in (PASSWORD, None, '')
    assert rendered == [
        {'index': 0, 'name': 'fleet-00', 'action': CREATE, 'request': {
            'ResourceName': 'fleet-00', 'Type': 'ES', 'Description': DESCRIPTION,
            'EsConnectParam': dict(ES_API_BLOCK, Password=masked)}},
        {'index': 1, 'name': 'fleet-db', 'action': CREATE, 'request': {
            'ResourceName': 'fleet-db', 'Type': 'MYSQL', 'Description': 'the orders database',
            'MySQLConnectParam': dict(MYSQL_API_BLOCK, Password=masked)}},
    ]
    assert_no_secret(emulator, run)


# ---------------------------------------------------------------------------
# fifty at once


def without_block(name):
    entry = es_entry(name)
    del entry['es_connect_param']
    return entry


@pytest.mark.parametrize('position, entry, words', [
    pytest.param(37, es_entry('odd-one', {'port': 'many'}), ['port'], id='wrong_type'),
    pytest.param(37, without_block('odd-one'), ['es_connect_param'], id='create_without_its_block'),
    pytest.param(40, es_entry('fleet-05', description='the same name again'), [], id='name_twice'),
])
def test_a_bad_entry_among_fifty_writes_nothing(declare, emulator, position, entry, words):
    fleet = fleet_of(50)
    fleet[position] = entry
    run = declare(dict(config=fleet))
    message = failed(run)['msg']
    # the entry by its position and name, and what is wrong with it
    for word in [str(position), entry['resource_name']] + words:
        assert word in message, (word, message)
    assert run.writes == [], run.actions
    assert connections(emulator) == []


def test_creates_whose_answers_are_lost_leave_one_connection_each(declare, emulator):
    emulator.add_fault(CREATE, kind='drop_after', count=3)
    fleet = fleet_of(50)
    run = declare(dict(config=fleet))
    result = ok(run)
    assert result['changed'] is True
    assert [action for dummy, dummy, action in outcomes(result)] == ['created'] * 50
    assert emulator.faults() == []
    stored = stored_by_name(emulator)
    assert sorted(stored) == sorted(entry['resource_name'] for entry in fleet)
    # a lost answer is found by its name, not sent again (a create the service throttled is sent again)
    assert sorted(params['ResourceName'] for params in accepted(run, CREATE)) == sorted(entry['resource_name'] for entry in fleet)
    for item in result['results']:
        assert item['resource_id'] == stored[item['name']]['ResourceId']
        assert stored[item['name']]['Status'] == 1


def test_throttling_at_five_per_second_is_absorbed(declare, emulator):
    fleet = fleet_of(50)
    with emulator_settings(emulator, rate_limit=5):
        run = declare(dict(config=fleet))
    result = ok(run)
    assert throttled(run), 'the service never throttled the run'
    # waited for through the listing, not one Describe per connection
    assert 'DescribeConnectResource' not in run.actions
    assert [action for dummy, dummy, action in outcomes(result)] == ['created'] * 50
    stored = stored_by_name(emulator)
    assert sorted(stored) == sorted(entry['resource_name'] for entry in fleet)
    assert all(connection['Status'] == 1 for connection in stored.values())
    assert sorted(params['ResourceName'] for params in accepted(run, CREATE)) == sorted(entry['resource_name'] for entry in fleet)


# ---------------------------------------------------------------------------
# partial failure


def test_a_connection_in_use_is_reported_while_the_others_are_deleted(declare, emulator):
    ids = existing(emulator, 'team-a-1', 'team-a-2', 'team-a-3')
    task_id = task_using(emulator, ids['team-a-2'])
    run = declare(dict(state='deleted', config=[dict(resource_name=name) for name in sorted(ids)]))
    result = failed(run)
    assert outcomes(result) == [(0, 'team-a-1', 'deleted'), (1, 'team-a-2', 'failed'), (2, 'team-a-3', 'deleted')]
    refused = by_name(result)['team-a-2']
    assert refused['resource_id'] == ids['team-a-2'] and task_id in refused['msg']
    assert 'team-a-2' in result['msg'] and task_id in result['msg']
    assert result['changed'] is True
    assert sorted(call['params']['ResourceId'] for call in run.calls if call['action'] == DELETE) == sorted(
        [ids['team-a-1'], ids['team-a-3']])
    assert sorted(stored_by_name(emulator)) == ['team-a-2']


def test_a_failed_create_is_reported_while_the_others_converge(declare, emulator):
    fleet = fleet_of(4) + [es_entry('fleet-bad', description='emulator-fail-create')]
    emulator.add_fault(CREATE, kind='error', code='FailedOperation', message='refused once by the emulator')
    # one write at a time: the refusal falls on the first create, not on fleet-bad's (the last)
    run = declare(dict(config=fleet, max_concurrency=1))
    result = failed(run)
    assert result['changed'] is True
    actions = dict((name, action) for dummy, name, action in outcomes(result))
    # the service refused one create (any one), and fleet-bad's creation failed
    refused = [name for name, action in actions.items() if action == 'failed' and name != 'fleet-bad']
    assert actions['fleet-bad'] == 'failed' and len(refused) == 1, actions
    assert set(name for name, action in actions.items() if action == 'created') == set(
        entry['resource_name'] for entry in fleet) - {'fleet-bad', refused[0]}
    items = by_name(result)
    assert 'refused once by the emulator' in items[refused[0]]['msg']
    assert 'emulator-fail-create' in items['fleet-bad']['msg']
    for name in (refused[0], 'fleet-bad'):
        assert name in result['msg']
    stored = stored_by_name(emulator)
    assert refused[0] not in stored and stored['fleet-bad']['Status'] == -1
    assert all(stored[name]['Status'] == 1 for name in actions if name not in (refused[0], 'fleet-bad'))
    # a connection in a failed status declared present is not unchanged (issue 29.4): the rerun's plan is refused
    # naming it and the service's message, and nothing is written
    rerun = declare(dict(config=fleet))
    assert rerun.writes == [] and 'is in status -1' in failed(rerun)['msg'] and 'fleet-bad' in failed(rerun)['msg']
    # declared without it, the rerun creates what the refusal left out and changes nothing else
    rerun = declare(dict(config=fleet[:-1]))
    result = ok(rerun)
    assert rerun.writes == [CREATE]
    assert dict((name, action) for dummy, name, action in outcomes(result)) == dict(
        (entry['resource_name'], 'created' if entry['resource_name'] == refused[0] else 'unchanged') for entry in fleet[:-1])
    assert len(stored_by_name(emulator)) == 5
