# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Issue 24.1: an info module's result feeds its module as it is. A task, a connection and a topic
made outside Ansible, read with the info module and declared with exactly that result, report no
change and write nothing, in check mode too; a null means "not set" at every depth. A connection's
password is the exception: the service never returns it, and the failure says so.

Here one real run of each playbook of playbooks/adoption (the result passed on through Jinja); every case, in
check mode too, and the nulls and the missing password run in process:
tests/unit/plugins/modules/test_info_feeds_modules_runs.py."""

import pytest

from conftest import Declarer, ok
from samples import CONNECTION_PASSWORD, datahub_topic, es_connection, kafka_to_es  # tests/emulator is on sys.path

WRITES = frozenset(['CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask',
                    'RestartDatahubTask', 'CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource',
                    'CreateDatahubTopic', 'ModifyDatahubTopic', 'DeleteDatahubTopic'])
DECLARE = 'Declare the %s as read'


def created(emulator, action, body, member):
    answer = emulator.call(action, body)['Response']
    assert 'Error' not in answer, answer
    return answer['Result'][member]


def read_and_declare(emulator, kind, variables, check=False):
    """The run of playbooks/adoption/<kind>.yml; its declaration's result is run.task's."""
    playbook = {'task': 'adoption/task.yml', 'connection': 'adoption/connection.yml', 'topic': 'adoption/topic.yml'}[kind]
    return Declarer(emulator, playbook, DECLARE % kind, WRITES)(variables, check=check, diff=True)


def assert_unchanged(run):
    result = ok(run)
    assert result['changed'] is False, result
    assert run.writes == [], run.actions
    assert result['diff']['before'] == result['diff']['after']
    return result


@pytest.mark.parametrize('check', [False], ids=['run'])
@pytest.mark.parametrize('by', ['task_id'])
def test_a_task_declared_as_its_info_module_reads_it_changes_nothing(emulator, by, check):
    body = kafka_to_es(TaskName='adopted-orders')
    body['SourceResource']['KafkaParam'].update(CompressionType='none', QpsLimit=500, StartTime=None)
    body['TargetResource']['EsParam'].update(DateFormat='yyyy-MM-dd', ContentKey='')
    task_id = created(emulator, 'CreateDatahubTask', body, 'TaskId')
    run = read_and_declare(emulator, 'task', {by: task_id if by == 'task_id' else 'adopted-orders'}, check=check)
    declared = assert_unchanged(run)
    assert declared['task']['task_id'] == task_id
    assert declared['task'] == run.result('Read the task')['tasks'][0]


def connection(emulator):
    return created(emulator, 'CreateConnectResource', es_connection(ResourceName='adopted-es'), 'ResourceId')


@pytest.mark.parametrize('check', [False], ids=['run'])
def test_a_connection_declared_as_read_with_its_password_changes_nothing(emulator, check):
    resource_id = connection(emulator)
    run = read_and_declare(emulator, 'connection', {'resource_id': resource_id, 'connection_password': CONNECTION_PASSWORD},
                           check=check)
    declared = assert_unchanged(run)
    assert declared['connect_resource'] == run.result('Read the connection')['connect_resources'][0]
    assert CONNECTION_PASSWORD not in run.output


@pytest.mark.parametrize('check', [False], ids=['run'])
def test_a_topic_declared_as_read_changes_nothing(emulator, check):
    created(emulator, 'CreateDatahubTopic', datahub_topic(name='1250000000-adopted', Note=''), 'TopicName')
    run = read_and_declare(emulator, 'topic', {'topic_name': '1250000000-adopted'}, check=check)
    declared = assert_unchanged(run)
    assert declared['topic'] == run.result('Read the topic')['topics'][0]
