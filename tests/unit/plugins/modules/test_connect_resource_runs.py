# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.connect_resource and connect_resource_info in process (main() against the
emulator): the change, the rerun that changes nothing, the API calls of each run, and the connection's
own rules (write-only passwords, replacement by type, no delete while DIP tasks use it). Moved from
tests/integration/test_connect_resource.py (issue 28), which keeps one real ansible-playbook run per
state and the output at -vvvv."""

import contextlib
import copy
import json
import time

import pytest

from inprocess_runs import Declarer, cycle, failed, ok, reset, started_emulator

from ansible_collections.tencentcloud.ckafka.plugins.modules import connect_resource, connect_resource_info, datahub_task

TASK = 'Declare the connection'
WRITES = frozenset(['CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource',
                    'CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask'])
PASSWORD = 'Es-Pw-Xylophone-4711'
NEW_PASSWORD = 'Es-Pw-Quokka-0815'
MYSQL_PASSWORD = 'My-Pw-Narwhal-2718'

ES = dict(
    resource_name='search-cluster',
    type='ES',
    description='the orders search cluster',
    es_connect_param={'resource': 'es-abcd1234', 'port': 9200, 'user_name': 'elastic', 'password': PASSWORD,
                      'self_built': False, 'service_vip': '10.0.0.12', 'uniq_vpc_id': 'vpc-abcd1234'},
)
MYSQL_BLOCK = {'resource': 'cdb-abcd1234', 'port': 3306, 'user_name': 'dip_reader', 'password': MYSQL_PASSWORD,
               'service_vip': '10.0.0.20', 'uniq_vpc_id': 'vpc-abcd1234', 'self_built': False}


def task_using(variables):
    """tests/integration/playbooks/connect_resource/task_using.yml: a DIP task pointed at a connection."""
    return datahub_task, 'Declare the task', dict(
        task_name=variables.get('task_name', 'orders-to-es'), task_type='SINK', state=variables.get('task_state', 'present'),
        source_resource=dict(type='KAFKA', kafka_param=dict(self_built=False, resource='ckafka-7kd5rzza', topic='orders',
                                                            offset_type='earliest')),
        target_resource=dict(type='ES', es_param=dict(resource=variables['resource_id'], index='orders')))


def es_vars(block=None, **changes):
    variables = copy.deepcopy(ES)
    variables['es_connect_param'].update(block or {})
    variables.update(changes)
    return variables


@pytest.fixture(scope='module')
def emulator_server():
    server = started_emulator()
    yield server
    server.stop()


@pytest.fixture
def emulator(emulator_server):  # pylint: disable=redefined-outer-name
    return reset(emulator_server)


def connection_declarer(emulator):  # pylint: disable=redefined-outer-name
    return Declarer(emulator, connect_resource, TASK, WRITES, playbooks={'connect_resource/task_using.yml': task_using})


@pytest.fixture
def declare(emulator):  # pylint: disable=redefined-outer-name
    return connection_declarer(emulator)


@pytest.fixture
def playbook(emulator):  # pylint: disable=redefined-outer-name
    """run(path, extra_vars=) of tests/integration/playbooks/connect_resource/read.yml: one connect_resource_info run."""
    def run(path, extra_vars=None, **options):
        assert path == 'connect_resource/read.yml', path
        return Declarer(emulator, connect_resource_info, 'Read connections', WRITES)(extra_vars or {}, **options)
    return run


def connections(emulator):
    return emulator.resources('connect_resource')


def only_connection(emulator):
    found = connections(emulator)
    assert len(found) == 1, found
    return found[0]


def create(declare, **changes):
    return ok(declare(es_vars(**changes)))['resource_id']


def modify_params(emulator):
    return [call['params'] for call in emulator.calls('ModifyConnectResource')]


def read(playbook, **options):
    run = playbook('connect_resource/read.yml', extra_vars=options)
    return ok(run, 'Read connections')['connect_resources']


def test_create_request_has_only_what_the_user_set(declare, emulator):
    ok(declare(es_vars()))
    body = emulator.calls('CreateConnectResource')[0]['params']
    assert set(body) == {'ResourceName', 'Type', 'Description', 'EsConnectParam'}
    assert set(body['EsConnectParam']) == {'Resource', 'Port', 'UserName', 'Password', 'SelfBuilt', 'ServiceVip', 'UniqVpcId'}


def test_rerun_by_id_costs_one_describe(declare, emulator):
    resource_id = create(declare)
    rerun = declare(dict(resource_id=resource_id, description='the orders search cluster'))
    assert ok(rerun)['changed'] is False
    assert rerun.actions == ['DescribeConnectResource']


def test_unknown_id_fails_without_a_write(declare, emulator):
    run = declare(es_vars(resource_id='resource-nothere1'))
    result = failed(run)
    assert 'resource-nothere1' in result['msg']
    assert run.writes == []
    assert connections(emulator) == []


def test_missing_block_for_the_type_fails_before_any_write(declare, emulator):
    variables = es_vars()
    del variables['es_connect_param']
    run = declare(variables)
    result = failed(run)
    assert 'es_connect_param is required to create a connection of type ES' in result['msg']
    # the name lookup, and no write
    assert run.actions == ['DescribeConnectResources']


def test_two_connections_with_the_same_name_fail_listing_them(declare, emulator):
    ids = [create_directly(emulator, ResourceName='twin', Type='ES', EsConnectParam={
        'Resource': 'es-abcd1234', 'Port': 9200, 'UserName': 'elastic', 'Password': PASSWORD, 'SelfBuilt': True})
        for dummy in range(2)]
    run = declare(es_vars(resource_name='twin'))
    result = failed(run)
    for resource_id in ids:
        assert resource_id in result['msg']
    assert run.writes == []


def test_type_narrows_the_name(declare, emulator):
    ok(declare(es_vars()))
    rerun = declare(dict(resource_name='search-cluster', type='ES'))
    assert ok(rerun)['changed'] is False
    assert emulator.calls('DescribeConnectResources')[-1]['params']['Type'] == 'ES'
    other = declare(dict(resource_name='search-cluster', type='MYSQL', my_sql_connect_param=MYSQL_BLOCK))
    assert ok(other)['changed'] is True
    assert sorted(c['Type'] for c in connections(emulator)) == ['ES', 'MYSQL']


def test_description_change_sends_only_that_field(declare, emulator):
    resource_id = create(declare)
    check, real, rerun = cycle(declare, es_vars(description='new words'), ['ModifyConnectResource'])
    assert check.result(TASK)['connect_resource']['description'] == 'new words'
    assert check.result(TASK)['diff']['after']['description'] == 'new words'
    assert check.result(TASK)['diff']['before']['description'] == 'the orders search cluster'
    assert modify_params(emulator) == [{'ResourceId': resource_id, 'Description': 'new words'}]
    assert only_connection(emulator)['Description'] == 'new words'
    assert real.actions == ['DescribeConnectResources', 'ModifyConnectResource']
    assert real.result(TASK)['connect_resource']['description'] == 'new words'


def test_rename_by_id(declare, emulator):
    resource_id = create(declare)
    cycle(declare, es_vars(resource_id=resource_id, resource_name='renamed'), ['ModifyConnectResource'])
    assert modify_params(emulator) == [{'ResourceId': resource_id, 'ResourceName': 'renamed'}]
    assert only_connection(emulator)['ResourceName'] == 'renamed'


def test_block_change_sends_the_member_the_resource_and_the_type(declare, emulator):
    resource_id = create(declare)
    cycle(declare, es_vars({'user_name': 'dip_writer'}), ['ModifyConnectResource'])
    assert modify_params(emulator) == [{'ResourceId': resource_id, 'Type': 'ES',
                                        'EsConnectParam': {'Resource': 'es-abcd1234', 'UserName': 'dip_writer'}}]
    assert only_connection(emulator)['EsConnectParam']['UserName'] == 'dip_writer'


def test_is_update_goes_with_every_change_of_its_block(declare, emulator):
    resource_id = create(declare, es_connect_param=dict(ES['es_connect_param'], is_update=True))
    cycle(declare, es_vars({'user_name': 'dip_writer', 'is_update': True}), ['ModifyConnectResource'])
    assert modify_params(emulator) == [{'ResourceId': resource_id, 'Type': 'ES', 'EsConnectParam': {
        'Resource': 'es-abcd1234', 'UserName': 'dip_writer', 'IsUpdate': True}}]


def test_a_member_that_cannot_change_needs_a_replacement(declare, emulator):
    create(declare)
    run = declare(es_vars({'port': 9201}))
    result = failed(run)
    assert result['replacement_required'] is True
    assert result['differing_paths'] == ['es_connect_param.port']
    assert run.writes == []


def test_defaults_are_never_imposed(declare, emulator):
    resource_id = create(declare)
    run = declare(dict(resource_id=resource_id))
    assert ok(run)['changed'] is False
    assert run.writes == []


def test_update_password_on_create_never_sends_a_new_password(declare, emulator):
    create(declare)
    for check in (True, False):
        run = declare(es_vars({'password': NEW_PASSWORD}, update_password='on_create'), check=check)
        assert ok(run)['changed'] is False
        assert run.writes == []
    # and a change of another member does not carry it either
    ok(declare(es_vars({'password': NEW_PASSWORD, 'user_name': 'dip_writer'})))
    assert 'Password' not in modify_params(emulator)[-1]['EsConnectParam']


def test_update_password_always_sends_it_on_every_run(declare, emulator):
    resource_id = create(declare)
    variables = es_vars({'password': NEW_PASSWORD}, update_password='always')
    check = declare(variables, check=True, diff=True)
    assert ok(check)['changed'] is True
    assert check.writes == []
    for attempt in range(2):
        run = declare(variables)
        result = ok(run)
        assert result['changed'] is True, attempt
        assert run.writes == ['ModifyConnectResource']
        assert 'password' not in result['connect_resource']['es_connect_param']
    sent = modify_params(emulator)
    assert len(sent) == 2
    for params in sent:
        assert params['ResourceId'] == resource_id and params['Type'] == 'ES'
        assert set(params['EsConnectParam']) == {'Resource', 'Password'}


def test_type_change_is_refused_then_recreated(declare, emulator):
    # By name, the type narrows the identity (a MYSQL connection of that name is another one), so a
    # type change shows when the identity is the ID.
    old_id = create(declare)
    variables = dict(resource_id=old_id, resource_name='search-cluster', type='MYSQL', my_sql_connect_param=MYSQL_BLOCK)
    for check in (True, False):
        run = declare(variables, check=check)
        result = failed(run)
        assert result['replacement_required'] is True
        assert 'type' in result['differing_paths']
        assert 'recreate' in result['msg']
        assert run.writes == []
    assert only_connection(emulator)['Type'] == 'ES'
    check = declare(dict(variables, recreate=True), check=True)
    assert ok(check)['changed'] is True and check.writes == []
    assert check.result(TASK)['connect_resource']['type'] == 'MYSQL'
    run = declare(dict(variables, recreate=True))
    result = ok(run)
    assert result['changed'] is True
    assert run.writes == ['DeleteConnectResource', 'CreateConnectResource']
    connection = only_connection(emulator)
    assert connection['Type'] == 'MYSQL' and connection['ResourceId'] != old_id
    assert result['resource_id'] == connection['ResourceId']
    del variables['resource_id']
    rerun = declare(variables)
    assert ok(rerun)['changed'] is False and rerun.writes == []


def test_a_failed_connection_fails_naming_it_or_is_replaced(declare, emulator):
    """The runtime's rule for failed statuses holds for connections too: state=present fails for a
    connection whose creation failed, quoting the service (issue 29.4: it is not unchanged);
    recreate=true replaces it."""
    marked = es_vars(description='emulator-fail-create')
    created = declare(dict(marked, wait=False))
    failed_id = ok(created)['resource_id']
    deadline = time.time() + 10
    while only_connection(emulator)['Status'] == 0 and time.time() < deadline:
        time.sleep(0.1)  # the emulator's creation takes 0.3 s here
    assert only_connection(emulator)['Status'] == -1
    left = declare(marked)
    result = failed(left)
    assert result['changed'] is False and left.writes == [] and result['recreated'] is False
    assert 'connection %s is in status -1 (create_failed)' % failed_id in result['msg']
    assert 'emulated failure' in result['msg'] and 'recreate: true' in result['msg'] and result['status'] == -1
    healthy = es_vars(recreate=True)
    check = declare(healthy, check=True)
    assert ok(check)['recreated'] is True and check.writes == []
    run = declare(healthy)
    result = ok(run)
    assert result['changed'] is True and result['recreated'] is True and result['previous_resource_id'] == failed_id
    assert run.writes == ['DeleteConnectResource', 'CreateConnectResource']
    connection = only_connection(emulator)
    assert connection['Status'] == 1 and connection['ResourceId'] == result['resource_id'] != failed_id
    assert 'will be deleted and created anew because it is in status -1' in json.dumps(result['warnings'])


def test_delete_by_id_then_again(declare, emulator):
    resource_id = create(declare)
    cycle(declare, dict(resource_id=resource_id, state='absent'), ['DeleteConnectResource'])
    assert connections(emulator) == []


@pytest.mark.parametrize('by_id', [False, True], ids=['by_name', 'by_id'])
def test_delete_of_a_connection_in_use_is_refused_without_a_write(declare, emulator, by_id):
    resource_id = create(declare)
    ok(declare(dict(resource_id=resource_id), path='connect_resource/task_using.yml'), 'Declare the task')
    task_id = emulator.tasks()[0]['TaskId']
    identity = dict(resource_id=resource_id) if by_id else dict(resource_name='search-cluster')
    for check in (True, False):
        run = declare(dict(identity, state='absent'), check=check)
        result = failed(run)
        assert run.writes == [], run.actions
        assert '1 DIP task' in result['msg'] and task_id in result['msg']
    # recreate is refused the same way
    run = declare(dict(resource_id=resource_id, resource_name='search-cluster', type='MYSQL',
                       my_sql_connect_param=MYSQL_BLOCK, recreate=True))
    failed(run)
    assert run.writes == [], run.actions
    assert only_connection(emulator)['ResourceId'] == resource_id
    # once the task is gone, the connection goes
    ok(declare(dict(resource_id=resource_id, task_state='absent'), path='connect_resource/task_using.yml'),
       'Declare the task')
    ok(declare(dict(identity, state='absent')))
    assert connections(emulator) == []


def test_iceberg_needs_its_create_only_members(declare, emulator):
    run = declare(dict(resource_name='lake', type='ICEBERG', iceberg_connect_param={'resource': 'emr-abcd1234'}))
    result = failed(run)
    assert 'iceberg_connect_param.service_vip is required to create a connection of type ICEBERG' in result['msg']
    assert run.writes == []


@contextlib.contextmanager
def unthrottled(emulator):
    """No rate limit, for bulk setup calls."""
    before = emulator.configure()['rate_limit']
    emulator.configure(rate_limit=0)
    try:
        yield
    finally:
        emulator.configure(rate_limit=before)


def create_directly(emulator, **params):
    answer = emulator.call('CreateConnectResource', params)['Response']
    assert 'Error' not in answer, answer
    return answer['Result']['ResourceId']


def test_info_filters_over_several_pages(emulator, playbook):
    block = {'Resource': 'cdwch-abcd1234', 'Port': 8123, 'UserName': 'default', 'Password': 'Bulk-Pw-0000', 'SelfBuilt': True}
    with unthrottled(emulator):
        for number in range(1003):
            create_directly(emulator, ResourceName='bulk-%04d' % number, Type='CLICKHOUSE', ClickHouseConnectParam=block)
        create_directly(emulator, ResourceName='lonely-es', Type='ES', EsConnectParam={
            'Resource': 'es-abcd1234', 'Port': 9200, 'UserName': 'elastic', 'Password': 'Bulk-Pw-0000', 'SelfBuilt': True})
    before = len(emulator.calls('DescribeConnectResources'))
    found = read(playbook, type='CLICKHOUSE')
    assert len(found) == 1003 and len(set(c['resource_id'] for c in found)) == 1003
    pages = [call['params'] for call in emulator.calls('DescribeConnectResources')[before:]]
    assert [(p['Offset'], p['Limit'], p['Type']) for p in pages] == [(0, 1000, 'CLICKHOUSE'), (1000, 1000, 'CLICKHOUSE')]
    assert [c['resource_name'] for c in read(playbook, search_word='lonely')] == ['lonely-es']
    assert [c['resource_name'] for c in read(playbook, resource_name='bulk-0007')] == ['bulk-0007']
    assert len(read(playbook)) == 1004
