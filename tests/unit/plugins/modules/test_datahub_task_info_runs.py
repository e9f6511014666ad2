# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""datahub_task_info in process (main() against the emulator): pagination, every filter, exact names,
unknown ids, check mode, the shape of a task and service errors. Moved from
tests/integration/test_datahub_task_info.py (issue 28), which keeps the real ansible-playbook runs of the
shape shared with datahub_task and of the secrets at -vvv."""

import contextlib

import pytest

from inprocess_runs import Declarer, looped, reset, started_emulator

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import compacted, converted_answer, result_of
from ansible_collections.tencentcloud.ckafka.plugins.modules import datahub_task_info

from samples import kafka_to_es  # inprocess_runs puts tests/emulator on sys.path  # pylint: disable=wrong-import-order

TASK_RESULT_KEYS = DatahubTask.result_keys
QUERIES = 'datahub_task_info/queries.yml'
READ = 'datahub_task_info/read.yml'

HTTP_SOURCE = {'Type': 'HTTP'}
KAFKA_TARGET = {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-target01', 'Topic': 't'}}
COS_TARGET = {'Type': 'COS', 'CosParam': {'BucketName': 'bucket', 'Region': 'ap-guangzhou'}}


@pytest.fixture(scope='module')
def emulator_server():
    server = started_emulator()
    yield server
    server.stop()


@pytest.fixture
def emulator(emulator_server):  # pylint: disable=redefined-outer-name
    return reset(emulator_server)


@pytest.fixture
def playbook(emulator):  # pylint: disable=redefined-outer-name
    """run(path, extra_vars=, check=) of the playbooks under tests/integration/playbooks/datahub_task_info: read.yml
    is one datahub_task_info run, queries.yml one run per item of its queries."""
    def run(path, extra_vars=None, check=False):
        extra = dict(extra_vars or {})
        connection = {}
        if 'ckafka_secret_id' in extra:
            connection['secret_id'] = extra.pop('ckafka_secret_id')
        read = Declarer(emulator, datahub_task_info, 'Read tasks', (), connection=connection)
        if path == READ:
            return read(extra, check=check)
        assert path == QUERIES, path
        return looped([read(query, check=check) for query in extra['queries']], items=extra['queries'])
    return run


def task_result(answer):
    return result_of(DatahubTask, answer)


def api_to_result(answer):
    converted = converted_answer(DatahubTask, answer)
    converted.update(compacted(DatahubTask, converted))
    return converted


@contextlib.contextmanager
def settings(emulator, **values):
    """Change emulator settings for a while, then put them back."""
    before = emulator.configure()
    emulator.configure(**values)
    try:
        yield
    finally:
        emulator.configure(**dict((name, before[name]) for name in values))


def unthrottled(emulator):
    """No rate limit, for bulk setup calls."""
    return settings(emulator, rate_limit=0)


def create(emulator, name, task_type='SINK', source=None, target=None):
    """Create a task straight through the API (no playbook); returns its id."""
    params = kafka_to_es(TaskName=name, TaskType=task_type)
    if source:
        params['SourceResource'] = source
    if target:
        params['TargetResource'] = target
    answer = emulator.call('CreateDatahubTask', params)['Response']
    assert 'Error' not in answer, answer
    return answer['Result']['TaskId']


def create_many(emulator, specs):
    with unthrottled(emulator):
        return [create(emulator, *spec) if isinstance(spec, tuple) else create(emulator, spec) for spec in specs]


def query_results(run):
    """The module result of every item of the looped `Read tasks` task, in order."""
    assert run.rc == 0, run
    return run.result('Read tasks')['results']


def names(result):
    return sorted(task['task_name'] for task in result['tasks'])


@pytest.fixture
def sample(emulator):
    """Five tasks of several kinds; returns name -> task id."""
    specs = [
        ('orders', 'SINK'),
        ('orders-2', 'SINK', None, COS_TARGET),
        ('ORDERS-archive', 'SINK', None, COS_TARGET),
        ('orders-source', 'SOURCE', HTTP_SOURCE, KAFKA_TARGET),
        ('payments', 'SINK'),
    ]
    ids = create_many(emulator, specs)
    return dict(zip([spec[0] for spec in specs], ids))


def test_pagination_follows_every_page_of_100(emulator, playbook):
    create_many(emulator, ['bulk-%03d' % index for index in range(250)])
    run = playbook(READ)
    assert run.rc == 0, run
    result = run.result('Read tasks')
    assert result['changed'] is False
    assert len(result['tasks']) == 250
    assert sorted(names(result)) == ['bulk-%03d' % index for index in range(250)]
    assert len(set(task['task_id'] for task in result['tasks'])) == 250
    calls = emulator.calls('DescribeDatahubTasks')
    assert [(call['params'].get('Limit'), call['params'].get('Offset')) for call in calls] == [(100, 0), (100, 100), (100, 200)]
    assert [call['action'] for call in emulator.calls()].count('DescribeDatahubTask') == 0


def test_pagination_with_a_filter_keeps_the_filter_on_every_page(emulator, playbook):
    create_many(emulator, [('sink-%03d' % index, 'SINK') for index in range(210)]
                + [('source-%02d' % index, 'SOURCE', HTTP_SOURCE, KAFKA_TARGET) for index in range(5)])
    run = playbook(READ, extra_vars={'task_type': 'SINK'})
    assert run.rc == 0, run
    assert len(run.result('Read tasks')['tasks']) == 210
    calls = emulator.calls('DescribeDatahubTasks')
    assert len(calls) == 3
    assert all(call['params'].get('TaskType') == 'SINK' for call in calls)


def test_every_filter(emulator, playbook, sample):
    queries = [
        {},
        {'search_word': 'orders'},
        {'search_word': 'ORDERS-a'},
        {'search_word': sample['payments'][5:]},
        {'search_word': 'nothing-matches'},
        {'task_type': 'SOURCE'},
        {'task_type': 'SINK'},
        {'source_type': 'HTTP'},
        {'source_type': 'KAFKA'},
        {'target_type': 'COS'},
        {'target_type': 'KAFKA'},
        {'resource': 'ckafka-target01'},
        {'resource': 'es-abcdefgh'},
        {'task_type': 'SINK', 'target_type': 'COS', 'search_word': 'archive'},
        {'task_type': 'SINK', 'source_type': 'KAFKA', 'target_type': 'ES', 'resource': 'ckafka-7kd5rzza', 'search_word': 'pay'},
    ]
    results = query_results(playbook(QUERIES, extra_vars={'queries': queries}))
    everything = sorted(sample)
    assert [names(result) for result in results] == [
        everything,
        ['ORDERS-archive', 'orders', 'orders-2', 'orders-source'],
        ['ORDERS-archive'],
        ['payments'],
        [],
        ['orders-source'],
        ['ORDERS-archive', 'orders', 'orders-2', 'payments'],
        ['orders-source'],
        ['ORDERS-archive', 'orders', 'orders-2', 'payments'],
        ['ORDERS-archive', 'orders-2'],
        ['orders-source'],
        ['orders-source'],
        ['orders', 'payments'],
        ['ORDERS-archive'],
        ['payments'],
    ]
    assert all(result['changed'] is False for result in results)
    # Every filter reached the service as the API parameter of that name.
    sent = [call['params'] for call in emulator.calls('DescribeDatahubTasks')]
    assert {'SearchWord', 'TaskType', 'SourceType', 'TargetType', 'Resource'} <= set().union(*sent)


def test_task_name_is_exact_where_search_word_is_fuzzy(emulator, playbook, sample):
    queries = [
        {'search_word': 'orders'},
        {'task_name': 'orders'},
        {'task_name': 'Orders'},
        {'task_name': 'orders-2'},
        {'task_name': 'orders', 'task_type': 'SOURCE'},
        {'task_name': 'orders-source', 'task_type': 'SOURCE'},
        {'task_name': 'orders-2', 'search_word': 'orders'},
        {'task_name': 'orders-2', 'search_word': 'payments'},
        {'task_name': 'ORDERS-archive', 'target_type': 'COS'},
    ]
    results = query_results(playbook(QUERIES, extra_vars={'queries': queries}))
    assert [names(result) for result in results] == [
        ['ORDERS-archive', 'orders', 'orders-2', 'orders-source'],
        ['orders'],
        [],
        ['orders-2'],
        [],
        ['orders-source'],
        ['orders-2'],
        [],
        ['ORDERS-archive'],
    ]
    assert results[1]['tasks'][0]['task_id'] == sample['orders']
    # task_name alone is sent as the search word; with search_word, search_word is sent.
    words = [call['params'].get('SearchWord') for call in emulator.calls('DescribeDatahubTasks')]
    assert words == ['orders', 'orders', 'Orders', 'orders-2', 'orders', 'orders-source', 'orders', 'payments', 'ORDERS-archive']


def test_read_by_id_and_unknown_id(emulator, playbook, sample):
    queries = [{'task_id': sample['orders']}, {'task_id': 'datahub-nope0000'}]
    results = query_results(playbook(QUERIES, extra_vars={'queries': queries}))
    read, unknown = results
    assert [task['task_id'] for task in read['tasks']] == [sample['orders']]
    task = read['tasks'][0]
    assert task['task_name'] == 'orders' and task['task_type'] == 'SINK'
    assert task['status'] in (0, 1) and task['status_name'] in ('creating', 'running')
    assert task['tags'] == [{'tag_key': 'team', 'tag_value': 'data'}]
    assert task['source_resource']['kafka_param']['resource'] == 'ckafka-7kd5rzza'
    assert unknown['tasks'] == [] and not unknown.get('failed') and unknown['changed'] is False
    # One DescribeDatahubTask each, and no listing.
    assert [call['params'] for call in emulator.calls('DescribeDatahubTask')] == [
        {'TaskId': sample['orders']}, {'TaskId': 'datahub-nope0000'}]
    assert emulator.calls('DescribeDatahubTasks') == []


def test_deleted_task_is_not_reported(emulator, playbook):
    with settings(emulator, transition_seconds=0):
        kept, deleted = create_many(emulator, ['kept', 'deleted'])
        answer = emulator.call('DeleteDatahubTask', {'TaskId': deleted})['Response']
        assert 'Error' not in answer, answer
        queries = [{'task_id': deleted}, {'task_name': 'deleted'}, {}]
        results = query_results(playbook(QUERIES, extra_vars={'queries': queries}))
    assert [names(result) for result in results] == [[], [], ['kept']]
    assert results[2]['tasks'][0]['task_id'] == kept


def test_check_mode_reads_the_same_and_changes_nothing(emulator, playbook, sample):
    queries = [{}, {'task_id': sample['orders']}, {'task_name': 'orders-2'}, {'task_id': 'datahub-nope0000'}]
    normal = query_results(playbook(QUERIES, extra_vars={'queries': queries}))
    before = len(emulator.calls())
    checked = query_results(playbook(QUERIES, extra_vars={'queries': queries}, check=True))
    assert [r['changed'] for r in normal + checked] == [False] * 8
    strip = ('status', 'status_name', 'task_progress', 'task_current_step')
    assert [[{k: v for k, v in t.items() if k not in strip} for t in r['tasks']] for r in checked] == \
        [[{k: v for k, v in t.items() if k not in strip} for t in r['tasks']] for r in normal]
    calls = emulator.calls()[before:]
    assert {call['action'] for call in calls} == {'DescribeDatahubTask', 'DescribeDatahubTasks'}
    assert len(emulator.tasks()) == len(sample)


def test_listed_and_read_tasks_have_the_same_keys(emulator, playbook, sample):
    queries = [{'task_name': 'orders'}, {'task_id': sample['orders']}, {'search_word': 'orders-2'}]
    listed, read, searched = query_results(playbook(QUERIES, extra_vars={'queries': queries}))
    listed_task, read_task, searched_task = listed['tasks'][0], read['tasks'][0], searched['tasks'][0]
    # issue 24: by its exact name a task is described when the list item lacks a list (its tags), as the module does
    assert listed_task == read_task
    assert set(read_task) <= set(TASK_RESULT_KEYS) and read_task['tags'] == [{'tag_key': 'team', 'tag_value': 'data'}]
    # a listing by filters shows what the list answer carries: what it lacks is left out, never null
    assert 'tags' not in searched_task and 'transforms_param' not in searched_task
    assert all(value is not None for value in searched_task.values())
    # And it is the shape datahub_task gives `task`: task_result of a Describe answer.
    describe = emulator.call('DescribeDatahubTask', {'TaskId': sample['orders']})['Response']['Result']
    assert task_result(describe) == read_task
    assert set(read_task) <= set(api_to_result(describe))


def test_service_error_carries_code_and_request_id(emulator, playbook, sample):
    emulator.add_fault('DescribeDatahubTasks', 'error', code='AuthFailure.UnauthorizedOperation',
                       message='The sub-account is not authorized (injected).')
    run = playbook(READ, extra_vars={'task_type': 'SINK'})
    assert run.rc != 0
    assert run.statuses('Read tasks') == ['failed']
    result = run.result('Read tasks')
    assert result['error_code'] == 'AuthFailure.UnauthorizedOperation'
    logged = emulator.calls('DescribeDatahubTasks')
    assert len(logged) == 1  # not retried
    assert result['request_id'] == logged[0]['request_id']
    assert 'not authorized' in result['msg']
    assert 'tasks' not in result or result['tasks'] is None


def test_wrong_credentials_fail_with_the_service_code(emulator, playbook):
    run = playbook(READ, extra_vars={'ckafka_secret_id': 'AKIDwrong0000000000000000000000000000', 'task_id': 'datahub-x'})
    assert run.rc != 0
    result = run.result('Read tasks')
    assert result['error_code'].startswith('AuthFailure')
    assert result['request_id']
    assert emulator.calls()[-1]['request_id'] == result['request_id']


def test_task_id_excludes_the_filters_before_any_call(emulator, playbook, sample):
    run = playbook(READ, extra_vars={'task_id': sample['orders'], 'task_type': 'SINK'})
    assert run.rc != 0
    assert 'mutually exclusive' in run.result('Read tasks')['msg']
    assert emulator.calls('DescribeDatahubTask') == [] and emulator.calls('DescribeDatahubTasks') == []
