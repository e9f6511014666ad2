# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The connections that tests/integration/test_connect_resource.py (real ansible-playbook runs) and
tests/unit/plugins/modules/test_connect_resource_runs.py (in process) declare, and what both read of them."""

import copy

from run_checks import ok

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


def connections(emulator):
    return emulator.resources('connect_resource')


def only_connection(emulator):
    found = connections(emulator)
    assert len(found) == 1, found
    return found[0]


def create(declare, **changes):
    return ok(declare(es_vars(**changes)))['resource_id']


def read(playbook, **options):
    run = playbook('connect_resource/read.yml', extra_vars=options)
    return ok(run, 'Read connections')['connect_resources']
