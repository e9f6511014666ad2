# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.connect_resource and connect_resource_info through real ansible-playbook runs
against the emulator: one run per state (check mode, the change, the rerun that changes nothing), and
no password or Kerberos file in the output at -vvvv. The connection's own rules (write-only passwords,
replacement by type, no delete while DIP tasks use it) and the API calls of each kind of change run in
process: tests/unit/plugins/modules/test_connect_resource_runs.py."""

import copy
import json

import pytest

from conftest import Declarer, cycle, ok

PLAYBOOK = 'connect_resource/declare.yml'
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


def es_vars(block=None, **changes):
    variables = copy.deepcopy(ES)
    variables['es_connect_param'].update(block or {})
    variables.update(changes)
    return variables


def connection_declarer(emulator):
    return Declarer(emulator, PLAYBOOK, TASK, WRITES)


@pytest.fixture
def declare(emulator):
    return connection_declarer(emulator)


def connections(emulator):
    return emulator.resources('connect_resource')


def only_connection(emulator):
    found = connections(emulator)
    assert len(found) == 1, found
    return found[0]


def create(declare, **changes):
    return ok(declare(es_vars(**changes)))['resource_id']


# ---------------------------------------------------------------------------
# create, rerun


def test_create_check_real_rerun(declare, emulator):
    check, real, rerun = cycle(declare, es_vars(), ['CreateConnectResource'])
    predicted = check.result(TASK)['connect_resource']
    assert predicted['resource_name'] == 'search-cluster' and predicted['status_name'] == 'running'
    assert check.result(TASK)['diff']['before'] == {}
    result = real.result(TASK)
    connection = only_connection(emulator)
    assert result['resource_id'] == result['connect_resource']['resource_id'] == connection['ResourceId']
    assert result['connect_resource']['status'] == 1 and result['connect_resource']['status_name'] == 'running'
    assert result['connect_resource']['es_connect_param']['user_name'] == 'elastic'
    assert 'password' not in result['connect_resource']['es_connect_param']
    assert result['diff']['before'] == {} and result['diff']['after']['resource_id'] == result['resource_id']
    # by name, a rerun costs one read (one page of the list) and no write
    assert rerun.actions == ['DescribeConnectResources']
    assert rerun.result(TASK)['resource_id'] == result['resource_id']
    # issue 24, what is set: a rerun by name shows the keys of the create, and what only the list reports; a
    # create in check mode shows what it sends, not what the service fills in (create_time, the steps)
    keys = set(real.result(TASK)['connect_resource'])
    assert set(rerun.result(TASK)['connect_resource']) - keys == {'datahub_task_count', 'task_progress'}
    assert keys <= set(rerun.result(TASK)['connect_resource'])
    assert set(predicted) < keys and keys - set(predicted) <= {'create_time', 'current_step', 'step_list'}
    assert {'status_name', 'es_connect_param'} <= keys and 'tags' not in keys  # none given: none shown


# ---------------------------------------------------------------------------
# delete


def test_delete_then_delete_again(declare, emulator):
    resource_id = create(declare)
    check, real, rerun = cycle(declare, dict(resource_name='search-cluster', state='absent'), ['DeleteConnectResource'])
    assert check.result(TASK)['diff']['after'] == {}
    assert check.result(TASK)['diff']['before']['resource_id'] == resource_id
    # what the delete deleted (issue 24.8), in check mode too; nothing once it is gone
    assert check.result(TASK)['connect_resource']['resource_id'] == resource_id
    assert real.result(TASK)['connect_resource']['resource_id'] == resource_id
    assert connections(emulator) == []
    assert rerun.actions == ['DescribeConnectResources'] and rerun.result(TASK)['connect_resource'] is None


# ---------------------------------------------------------------------------
# secrets


def test_no_password_shows_at_vvvv(declare, emulator):
    first = declare(es_vars(), verbosity=4, diff=True)
    resource_id = ok(first)['resource_id']
    runs = [
        first,
        declare(es_vars({'password': NEW_PASSWORD}, update_password='always'), verbosity=4, diff=True, check=True),
        declare(es_vars({'password': NEW_PASSWORD}, update_password='always'), verbosity=4, diff=True),
        declare(es_vars({'port': 1, 'password': NEW_PASSWORD}), verbosity=4, diff=True),
        declare(dict(resource_id=resource_id, resource_name='search-cluster', type='MYSQL', recreate=True,
                     my_sql_connect_param=MYSQL_BLOCK), verbosity=4, diff=True),
    ]
    assert [run.rc == 0 for run in runs] == [True, True, True, False, True], runs
    assert [call['action'] for run in runs for call in run.calls if call['action'] in WRITES] == [
        'CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource', 'CreateConnectResource']
    haystacks = [(run.stdout + run.stderr, json.dumps(run.records, default=str)) for run in runs]
    log = json.dumps(emulator.requests(), default=str)
    for secret in (PASSWORD, NEW_PASSWORD, MYSQL_PASSWORD):
        for output, records in haystacks:
            assert secret not in output
            assert secret not in records
        assert secret not in log


def test_iceberg_kerberos_files_never_show(declare, emulator):
    keytab, krb5 = 'S2V5dGFiLVhlbm9wdXMtNzc3Nw==', 'S3JiNS1Xb21iYXQtODg4OA=='
    variables = dict(resource_name='lake', type='ICEBERG', iceberg_connect_param={
        'service_vip': '10.0.0.40;10.0.0.41', 'resource': 'emr-abcd1234', 'uniq_vpc_id': 'vpc-abcd1234',
        'auth_type': 'KERBEROS', 'eni_id_list': ['eni-1', 'eni-2'], 'key_tab_content': keytab, 'krb5_conf_content': krb5,
        'kerberos_user_principal': 'dip@EXAMPLE.COM'})
    runs = [declare(variables, verbosity=4, diff=True), declare(dict(variables, update_password='always'), verbosity=4)]
    assert [ok(run)['changed'] for run in runs] == [True, True]
    sent = emulator.calls('ModifyConnectResource')[-1]['params']['IcebergConnectParam']
    assert set(sent) == {'KeyTabContent', 'KRB5ConfContent'}
    text = json.dumps([run.records for run in runs], default=str) + ''.join(run.output for run in runs)
    text += json.dumps(emulator.requests(), default=str)
    assert keytab not in text and krb5 not in text


# ---------------------------------------------------------------------------
# connect_resource_info


def read(playbook, **options):
    run = playbook('connect_resource/read.yml', extra_vars=options)
    return ok(run, 'Read connections')['connect_resources']


def test_info_by_id_has_the_keys_of_the_module(declare, emulator, playbook):
    real = declare(es_vars())
    module_result = ok(real)['connect_resource']
    found = read(playbook, resource_id=module_result['resource_id'])
    assert len(found) == 1
    assert set(found[0]) == set(module_result)
    assert found[0]['es_connect_param']['user_name'] == 'elastic'
    assert 'password' not in found[0]['es_connect_param']
    assert read(playbook, resource_id='resource-nothere1') == []
