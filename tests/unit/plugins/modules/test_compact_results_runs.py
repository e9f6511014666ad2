# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Issue 24.2: a result shows what is set. The keys every resource has (its id, its name, its
status) are always there; every other key and every member at any depth only when it has a value;
of the parameter blocks only those of the resource's own kinds. A create, a rerun, a rerun in check
mode and the info module (by id and by name) give the same keys. In process (main() against the
emulator); moved from tests/integration/test_compact_results.py (issue 28), which keeps the ad hoc
run that fits in about 45 lines."""

import pytest

from inprocess_runs import PlaybookDeclarer as Declarer
from inprocess_runs import cycle, ok, reset, started_emulator

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
ALWAYS = {'task': ('task_id', 'task_name', 'status', 'status_name'),
          'connect_resource': ('resource_id', 'resource_name', 'status', 'status_name'),
          'topic': ('name', 'status', 'status_name')}


@pytest.fixture(scope='module')
def emulator_server():
    server = started_emulator()
    yield server
    server.stop()


@pytest.fixture
def emulator(emulator_server):  # pylint: disable=redefined-outer-name
    return reset(emulator_server)


def unset_paths(value, path=''):
    """The paths of value that show nothing: null, [] or {}."""
    if value is None or value == [] or value == {}:
        return [path]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in unset_paths(item, '%s.%s' % (path, key) if path else key)]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in unset_paths(item, '%s[%d]' % (path, index))]
    return []


def assert_compact(result, kind):
    """Only the keys every resource has may be null; nothing else anywhere shows nothing."""
    for key in ALWAYS[kind]:
        assert key in result, (key, result)
    assert [path for path in unset_paths(result) if path not in ALWAYS[kind]] == [], result


def task_runs(emulator):
    declare = Declarer(emulator, 'datahub_task/declare.yml', 'Declare the task', TASK_WRITES)
    check, real, rerun = cycle(declare, KAFKA_TO_ES, ['CreateDatahubTask'])
    check_rerun = declare(KAFKA_TO_ES, check=True, diff=True)
    read = Declarer(emulator, 'datahub_task_info/read.yml', 'Read tasks', TASK_WRITES)
    task_id = ok(real)['task_id']
    by_id, by_name = read({'task_id': task_id}), read({'task_name': KAFKA_TO_ES['task_name']})
    return check, real, rerun, check_rerun, by_id, by_name


def test_a_task_shows_what_is_set_with_the_same_keys_everywhere(emulator):
    check, real, rerun, check_rerun, by_id, by_name = task_runs(emulator)
    created = ok(real)['task']
    tasks = [created, ok(rerun)['task'], ok(check_rerun)['task'], ok(by_id)['tasks'][0], ok(by_name)['tasks'][0]]
    for task in tasks:
        assert_compact(task, 'task')
        assert sorted(task) == sorted(created), (sorted(task), sorted(created))
        # the parameter blocks of the task's own kinds, nothing of the seventeen others
        assert sorted(task['source_resource']) == ['kafka_param', 'type']
        assert sorted(task['target_resource']) == ['es_param', 'type']
        assert 'password' not in task['target_resource']['es_param']
    assert ok(check_rerun)['changed'] is False and check_rerun.writes == []
    assert tasks[1] == tasks[3] == tasks[4]
    # what is unset is left out, lists stay lists
    assert created['tags'] == [{'tag_key': 'team', 'tag_value': 'data'}]
    assert 'connections' not in created and 'schema_id' not in created and 'transform_param' not in created
    # a create in check mode shows what it would send, and the keys every task has
    predicted = ok(check)['task']
    assert_compact(predicted, 'task')
    assert set(predicted) <= set(created) and predicted['task_name'] == created['task_name']
    assert predicted['source_resource'] == {'type': 'KAFKA', 'kafka_param': KAFKA_TO_ES['source_resource']['kafka_param']}


def test_the_diff_shows_the_result_shape(emulator):
    check, real, rerun, check_rerun, by_id, by_name = task_runs(emulator)
    for run in (check, real, rerun, check_rerun):
        result = ok(run)
        assert result['diff']['after'] == result['task'] or run is real and result['diff']['after']['task_id'] == result['task']['task_id']
        assert [path for path in unset_paths(result['diff']['after']) if path not in ALWAYS['task']] == []


def test_a_connection_and_a_topic_show_what_is_set(emulator):
    connection = Declarer(emulator, 'connect_resource/declare.yml', 'Declare the connection',
                          ['CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource'])
    block = {'port': 9200, 'user_name': 'elastic', 'password': 'conn-Pa55word-3190', 'resource': 'es-abcdefgh',
             'self_built': False, 'service_vip': '10.0.0.12', 'uniq_vpc_id': 'vpc-abcdefgh'}
    variables = dict(resource_name='compact-es', type='ES', es_connect_param=block)
    dummy, real, rerun = cycle(connection, variables, ['CreateConnectResource'])
    read = Declarer(emulator, 'connect_resource/read.yml', 'Read connections', [])
    resource_id = ok(real)['resource_id']
    by_id = dict(variables, resource_id=resource_id)
    described = [ok(real)['connect_resource'], ok(connection(by_id))['connect_resource'],
                 ok(connection(by_id, check=True))['connect_resource'],
                 ok(read({'resource_id': resource_id}))['connect_resources'][0]]
    listed = [ok(rerun)['connect_resource'], ok(read({'resource_name': 'compact-es'}))['connect_resources'][0]]
    for result in described + listed:
        assert_compact(result, 'connect_resource')
        assert [key for key in result if key.endswith('_connect_param')] == ['es_connect_param']
        assert 'password' not in result['es_connect_param']
    for result in described:
        assert sorted(result) == sorted(described[0])
    # found by name, a connection also shows what only the list reports
    assert set(listed[0]) == set(listed[1]) and set(listed[0]) - set(described[0]) <= {'datahub_task_count', 'task_progress'}

    topic = Declarer(emulator, 'datahub_topic/declare.yml', 'Declare the topic', ['CreateDatahubTopic', 'ModifyDatahubTopic'],
                     {'name': 'topic_name', 'tags': 'topic_tags'})
    dummy, real, rerun = cycle(topic, dict(name='1250000000-compact', partition_num=3, retention_ms=86400000),
                               ['CreateDatahubTopic'])
    listed = Declarer(emulator, 'datahub_topic/read.yml', 'Read the topics', [], {'name': 'topic_name'})
    results = [ok(real)['topic'], ok(rerun)['topic'], ok(listed({'name': '1250000000-compact'}))['topics'][0]]
    for result in results:
        assert_compact(result, 'topic')
        assert sorted(result) == sorted(results[0])
    assert 'note' not in results[0] and 'tags' not in results[0]
