# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""A resource declared as its info module reads it changes nothing: the cases that
tests/integration/test_info_feeds_modules.py (real runs of playbooks/adoption) and
tests/unit/plugins/modules/test_info_feeds_modules_runs.py (in process) both run, each with its own
read_and_declare(emulator, kind, variables, check=). Both put tests/emulator on sys.path (samples)."""

from run_checks import ok
from samples import CONNECTION_PASSWORD, datahub_topic, es_connection, kafka_to_es

WRITES = frozenset(['CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask',
                    'RestartDatahubTask', 'CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource',
                    'CreateDatahubTopic', 'ModifyDatahubTopic', 'DeleteDatahubTopic'])
DECLARE = 'Declare the %s as read'


def created(emulator, action, body, member):
    answer = emulator.call(action, body)['Response']
    assert 'Error' not in answer, answer
    return answer['Result'][member]


def assert_unchanged(run):
    result = ok(run)
    assert result['changed'] is False, result
    assert run.writes == [], run.actions
    assert result['diff']['before'] == result['diff']['after']
    return result


def connection(emulator):
    return created(emulator, 'CreateConnectResource', es_connection(ResourceName='adopted-es'), 'ResourceId')


def assert_task_adopted(emulator, read_and_declare, by, check):
    """A task made through the API, read with datahub_task_info (by task_id or task_name) and declared as read: no change."""
    body = kafka_to_es(TaskName='adopted-orders')
    body['SourceResource']['KafkaParam'].update(CompressionType='none', QpsLimit=500, StartTime=None)
    body['TargetResource']['EsParam'].update(DateFormat='yyyy-MM-dd', ContentKey='')
    task_id = created(emulator, 'CreateDatahubTask', body, 'TaskId')
    run = read_and_declare(emulator, 'task', {by: task_id if by == 'task_id' else 'adopted-orders'}, check=check)
    declared = assert_unchanged(run)
    assert declared['task']['task_id'] == task_id
    assert declared['task'] == run.result('Read the task')['tasks'][0]


def assert_connection_adopted(emulator, read_and_declare, check):
    """A connection read with connect_resource_info and declared as read, with its password: no change, no password shown."""
    resource_id = connection(emulator)
    run = read_and_declare(emulator, 'connection', {'resource_id': resource_id, 'connection_password': CONNECTION_PASSWORD},
                           check=check)
    declared = assert_unchanged(run)
    assert declared['connect_resource'] == run.result('Read the connection')['connect_resources'][0]
    assert CONNECTION_PASSWORD not in run.output


def assert_topic_adopted(emulator, read_and_declare, check):
    """A topic read with datahub_topic_info and declared as read: no change."""
    created(emulator, 'CreateDatahubTopic', datahub_topic(name='1250000000-adopted', Note=''), 'TopicName')
    run = read_and_declare(emulator, 'topic', {'topic_name': '1250000000-adopted'}, check=check)
    declared = assert_unchanged(run)
    assert declared['topic'] == run.result('Read the topic')['topics'][0]
