# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Issue 24.1: an info module's result feeds its module as it is. A task, a connection and a topic
made outside Ansible, read with the info module and declared with exactly that result, report no
change and write nothing, in check mode too; a null means "not set" at every depth. A connection's
password is the exception: the service never returns it, and the failure says so.

In process (main() against the emulator): the two tasks of tests/integration/playbooks/adoption/<kind>.yml
as two module runs, the second given the first's result as those playbooks pass it. Moved from
tests/integration/test_info_feeds_modules.py (issue 28), which keeps one real run of each playbook (Jinja
between the two tasks)."""

import copy

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import converted_answer

from inprocess_runs import PlaybookDeclarer as Declarer
from inprocess_runs import Run, failed, ok, reset, started_emulator

from samples import CONNECTION_PASSWORD, datahub_topic, es_connection, kafka_to_es  # pylint: disable=wrong-import-order

WRITES = frozenset(['CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask',
                    'RestartDatahubTask', 'CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource',
                    'CreateDatahubTopic', 'ModifyDatahubTopic', 'DeleteDatahubTopic'])
DECLARE = 'Declare the %s as read'
# adoption/<kind>.yml: the info playbook and its task, the list of the result, the module's playbook, and the
# members the declaration passes (each omitted when the result lacks it)
ADOPTION = {
    'task': ('datahub_task_info/read.yml', 'Read the task', 'tasks', 'datahub_task/declare.yml',
             ('task_id', 'task_name', 'task_type', 'description', 'source_resource', 'target_resource', 'transform_param',
              'transforms_param', 'schema_id', 'tags', 'tasks_max', 'sync_throttle_limit', 'auto_expand_flag')),
    'connection': ('connect_resource/read.yml', 'Read the connection', 'connect_resources', 'connect_resource/declare.yml',
                   ('resource_id', 'resource_name', 'type', 'description', 'es_connect_param', 'my_sql_connect_param',
                    'kafka_connect_param', 'mongo_db_connect_param', 'tags')),
    'topic': ('datahub_topic/read.yml', 'Read the topic', 'topics', 'datahub_topic/declare.yml',
              ('name', 'partition_num', 'retention_ms', 'note', 'tags')),
}


@pytest.fixture(scope='module')
def emulator_server():
    server = started_emulator()
    yield server
    server.stop()


@pytest.fixture
def emulator(emulator_server):  # pylint: disable=redefined-outer-name
    return reset(emulator_server)


def read_and_declare(emulator, kind, variables, check=False):  # pylint: disable=redefined-outer-name
    """The two tasks of playbooks/adoption/<kind>.yml as one run; its declaration's result is run.task's."""
    info_path, info_task, key, path, members = ADOPTION[kind]
    variables = dict(variables)
    password = variables.pop('connection_password', None)
    if kind == 'topic':
        variables = dict(name=variables['topic_name'])
    read = Declarer(emulator, info_path, info_task, WRITES)(variables, check=check, diff=True)
    if read.rc:
        return read
    found = read.result(info_task)[key][0]
    options = dict((member, copy.deepcopy(found[member])) for member in members if member in found)
    if kind == 'connection' and 'es_connect_param' in options and password is not None:
        options['es_connect_param']['password'] = password
    declared = Declarer(emulator, path, DECLARE % kind, WRITES)(options, check=check, diff=True)
    run = Run(DECLARE % kind, declared.result(), read.calls + declared.calls, WRITES)
    run.records = read.records + declared.records
    run.writes = read.writes + declared.writes
    return run


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


@pytest.mark.parametrize('check', [False, True], ids=['run', 'check_mode'])
@pytest.mark.parametrize('by', ['task_id', 'task_name'])
def test_a_task_declared_as_its_info_module_reads_it_changes_nothing(emulator, by, check):
    body = kafka_to_es(TaskName='adopted-orders')
    body['SourceResource']['KafkaParam'].update(CompressionType='none', QpsLimit=500, StartTime=None)
    body['TargetResource']['EsParam'].update(DateFormat='yyyy-MM-dd', ContentKey='')
    task_id = created(emulator, 'CreateDatahubTask', body, 'TaskId')
    run = read_and_declare(emulator, 'task', {by: task_id if by == 'task_id' else 'adopted-orders'}, check=check)
    declared = assert_unchanged(run)
    assert declared['task']['task_id'] == task_id
    assert declared['task'] == run.result('Read the task')['tasks'][0]


def test_nulls_mean_not_set_at_every_depth(emulator):
    """A declaration full of nulls (the shape results had before issue 24), at the top and deep
    inside blocks, including options with choices: the same task, no change."""
    task_id = created(emulator, 'CreateDatahubTask', kafka_to_es(TaskName='null-filled'), 'TaskId')
    answer = emulator.call('DescribeDatahubTask', {'TaskId': task_id})['Response']['Result']
    options = converted_answer(DatahubTask, answer)
    assert options['source_resource']['kafka_param']['compression_type'] is None
    assert options['target_resource']['cos_param'] is None
    variables = dict((option, copy.deepcopy(options.get(option))) for option in
                     ('task_id', 'task_name', 'task_type', 'source_resource', 'target_resource', 'transform_param',
                      'transforms_param', 'schema_id', 'description'))
    variables.update(state=None, wait=None, task_tags=None, tasks_max=None)
    run = Declarer(emulator, 'datahub_task/declare.yml', 'Declare the task', WRITES)(variables, diff=True)
    result = assert_unchanged(run)
    assert result['task']['task_id'] == task_id


def connection(emulator):
    return created(emulator, 'CreateConnectResource', es_connection(ResourceName='adopted-es'), 'ResourceId')


@pytest.mark.parametrize('check', [False, True], ids=['run', 'check_mode'])
def test_a_connection_declared_as_read_with_its_password_changes_nothing(emulator, check):
    resource_id = connection(emulator)
    run = read_and_declare(emulator, 'connection', {'resource_id': resource_id, 'connection_password': CONNECTION_PASSWORD},
                           check=check)
    declared = assert_unchanged(run)
    assert declared['connect_resource'] == run.result('Read the connection')['connect_resources'][0]
    assert CONNECTION_PASSWORD not in run.output


def test_a_connection_declared_as_read_without_its_password_says_why_it_is_missing(emulator):
    resource_id = connection(emulator)
    run = read_and_declare(emulator, 'connection', {'resource_id': resource_id})
    result = failed(run)
    assert result['msg'] == (
        'missing required arguments: password found in es_connect_param. es_connect_param.password: the service never '
        'returns a password, so a result read with an info module does not carry it; add it to what you declare (from '
        'Ansible Vault, for example)'), result['msg']
    assert run.writes == [] and run.actions == ['DescribeConnectResource']


@pytest.mark.parametrize('check', [False, True], ids=['run', 'check_mode'])
def test_a_topic_declared_as_read_changes_nothing(emulator, check):
    created(emulator, 'CreateDatahubTopic', datahub_topic(name='1250000000-adopted', Note=''), 'TopicName')
    run = read_and_declare(emulator, 'topic', {'topic_name': '1250000000-adopted'}, check=check)
    declared = assert_unchanged(run)
    assert declared['topic'] == run.result('Read the topic')['topics'][0]
