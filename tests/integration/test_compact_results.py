# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Issue 24.2: a result shows what is set. The keys every resource has (its id, its name, its
status) are always there; every other key and every member at any depth only when it has a value;
of the parameter blocks only those of the resource's own kinds. A create, a rerun, a rerun in check
mode and the info module (by id and by name) give the same keys: in process,
tests/unit/plugins/modules/test_compact_results_runs.py. Here, through real ansible runs: a Kafka to
Elasticsearch task read ad hoc fits in about 45 lines."""

import copy
import os
import subprocess
import sys

from conftest import REGION, Declarer, ok
from samples import es_connection  # tests/emulator is on sys.path

TASK_WRITES = frozenset(['CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask',
                         'ResumeDatahubTask', 'RestartDatahubTask'])
KAFKA_TO_ES = dict(
    task_name='compact-orders',
    task_type='SINK',
    description='orders to the search cluster',
    source_resource={'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 'topic-test',
                                                      'offset_type': 'earliest'}},
    target_resource={'type': 'ES', 'es_param': {'resource': 'es-abcdefgh', 'index': 'index', 'user_name': 'elastic',
                                                'password': 'es-Pa55word-7741', 'drop_invalid_message': True,
                                                'drop_invalid_json_message': False}},
    task_tags=[{'tag_key': 'team', 'tag_value': 'data'}],
)
ANSIBLE = os.path.join(os.path.dirname(sys.executable), 'ansible')


def adhoc_lines(emulator, module, arguments):
    """The lines ansible prints for an ad hoc run of module, as YAML."""
    environment = dict(os.environ, ANSIBLE_CALLBACK_RESULT_FORMAT='yaml', ANSIBLE_NOCOLOR='1', ANSIBLE_FORCE_COLOR='0',
                       ANSIBLE_LOCALHOST_WARNING='False', ANSIBLE_INVENTORY_UNPARSED_WARNING='False')
    arguments = dict(arguments, endpoint=emulator.endpoint, secret_id=emulator.secret_id, secret_key=emulator.secret_key,
                     region=REGION)
    command = [ANSIBLE, 'localhost', '-m', 'tencentcloud.ckafka.' + module, '-a',
               ' '.join('%s=%s' % item for item in sorted(arguments.items())),
               '-e', 'ansible_python_interpreter=' + sys.executable]
    process = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=300, check=False)
    assert process.returncode == 0, process.stdout + process.stderr
    return process.stdout.rstrip('\n').splitlines()


def test_a_kafka_to_elasticsearch_task_read_ad_hoc_fits_in_45_lines(emulator):
    body = es_connection()  # a connection too: its block is the only one shown
    answer = emulator.call('CreateConnectResource', body)['Response']
    assert 'Error' not in answer, answer
    declare = Declarer(emulator, 'datahub_task/declare.yml', 'Declare the task', TASK_WRITES)
    task_id = ok(declare(copy.deepcopy(KAFKA_TO_ES)))['task_id']
    lines = adhoc_lines(emulator, 'datahub_task_info', {'task_id': task_id})
    assert lines[0].startswith('localhost | SUCCESS'), lines
    assert len(lines) <= 45, '\n'.join(lines)
    assert 'null' not in '\n'.join(lines)
    connection = adhoc_lines(emulator, 'connect_resource_info', {'resource_id': answer['Result']['ResourceId']})
    assert len(connection) <= 30 and 'null' not in '\n'.join(connection), '\n'.join(connection)
