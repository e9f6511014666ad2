# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What a user sees about their input and about the service's refusals (issue 16, points 5 and 10),
in process (main() against the emulator; moved from tests/integration/test_user_experience_inputs.py,
issue 28, which keeps the connection block whose password must not show in the output).

* Resource types: a type the API does not document (es for ES) and a parameter block that does not
  belong to the type are refused before any call, with the upper-case spelling suggested; the same
  for a connection's type.
* The client-chosen TaskId: a service that refuses it gets a create without one, after a lookup by
  name, and the run says so in a warning; a rerun finds the task by name.
"""

import copy

import pytest

from inprocess_runs import Declarer, failed, looped, ok, reset, started_emulator
from test_datahub_task_runs import KAFKA_TO_ES, WRITES, task_declarer

from ansible_collections.tencentcloud.ckafka.plugins.modules import connect_resource, datahub_task

CASES = 'reliability_input/cases.yml'
CONNECTION = dict(resource_name='search-cluster', type='ES',
                  es_connect_param={'resource': 'es-abcd1234', 'port': 9200, 'user_name': 'elastic',
                                    'password': 'Es-Pw-Xylophone-4711', 'self_built': False, 'service_vip': '10.0.0.12',
                                    'uniq_vpc_id': 'vpc-abcd1234'})


@pytest.fixture(scope='module')
def emulator_server():
    server = started_emulator()
    yield server
    server.stop()


@pytest.fixture
def emulator(emulator_server):  # pylint: disable=redefined-outer-name
    return reset(emulator_server)


@pytest.fixture
def declare(emulator):  # pylint: disable=redefined-outer-name
    return task_declarer(emulator)


def run_playbook(emulator, path, extra_vars):  # pylint: disable=redefined-outer-name
    """tests/integration/playbooks/reliability_input/cases.yml: datahub_task once per case (module_defaults
    max_retries 0, wait false)."""
    assert path == CASES, path
    declare = Declarer(emulator, datahub_task, 'Run every generated case', WRITES)
    return looped([declare(dict(dict(max_retries=0, wait=False), **case)) for case in extra_vars['cases']],
                  loop_var='item', items=extra_vars['cases'])


@pytest.fixture
def playbook(emulator):  # pylint: disable=redefined-outer-name
    """run(path, extra_vars=) of tests/integration/playbooks/connect_resource/declare.yml: one connect_resource run."""
    def run(path, extra_vars=None):
        assert path == 'connect_resource/declare.yml', path
        return Declarer(emulator, connect_resource, 'Declare the connection', WRITES)(extra_vars or {})
    return run


@pytest.fixture
def refusing_emulator(emulator):
    """The emulator as a service that chooses task ids itself (refuses a TaskId in a create)."""
    emulator.configure(refuse_client_task_id=True)
    yield emulator
    emulator.configure(refuse_client_task_id=False)


def with_target(**target):
    variables = copy.deepcopy(KAFKA_TO_ES)
    variables['target_resource'] = target
    return variables


def test_lower_case_type_is_refused_before_any_call_with_the_upper_case_spelling(declare):
    run = declare(with_target(type='es', es_param={'resource': 'resource-test', 'index': 'index'}))
    result = failed(run)
    assert run.actions == [], run.actions
    assert "target_resource.type 'es' is not a type the API documents" in result['msg'], result['msg']
    assert 'did you mean ES?' in result['msg'], result['msg']
    assert result['validation_errors'] == [result['msg'].split(': ', 1)[1]], result


def test_unknown_source_type_is_refused_with_the_types(declare):
    variables = copy.deepcopy(KAFKA_TO_ES)
    variables['source_resource']['type'] = 'KAFAK'
    run = declare(variables)
    result = failed(run)
    assert run.actions == []
    assert "source_resource.type 'KAFAK' is not a type the API documents; the types are KAFKA, EB," in result['msg']
    assert 'did you mean' not in result['msg']


def test_block_of_another_type_is_refused_before_any_call(declare):
    run = declare(with_target(type='ES', es_param={'resource': 'resource-test', 'index': 'index'},
                              kafka_param={'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 'topic-test'}))
    result = failed(run)
    assert run.actions == []
    assert result['validation_errors'] == [
        'target_resource.kafka_param does not belong to target_resource.type ES (it is the block of type KAFKA); leave it out']


def test_every_type_the_api_uses_is_accepted(emulator):
    """EB (the API's own example) and the documented types pass the module's check: each case is sent
    (here, to an emulator that refuses what it does not serve; what matters is that the module sent it)."""
    event_bus = {'type': 'COS', 'self_built': False, 'resource': 'target-resource'}
    cases = [dict(KAFKA_TO_ES, task_name='eb-%d' % index, target_resource={'type': kind, 'event_bus_param': event_bus})
             for index, kind in enumerate(('EB', 'EB_COS', 'EB_ES', 'EB_CLS'))]
    cases.append(dict(KAFKA_TO_ES, task_name='http-target', target_resource={'type': 'HTTP'}))
    run = run_playbook(emulator, CASES, extra_vars={'cases': cases})
    results = run.result('Run every generated case')['results']
    for case, result in zip(cases, results):
        assert 'validation_errors' not in result, (case, result)
    assert emulator.count('CreateDatahubTask') == len(cases)


def test_connection_type_in_lower_case_is_refused_before_any_call(playbook, emulator):
    run = playbook('connect_resource/declare.yml', extra_vars=dict(copy.deepcopy(CONNECTION), type='es'))
    assert run.rc != 0, run
    assert emulator.requests() == []
    assert 'type' in run.result('Declare the connection')['msg'] and 'ES' in run.result('Declare the connection')['msg']


def test_refused_client_task_id_falls_back_to_a_create_without_one(declare, refusing_emulator):
    run = declare(KAFKA_TO_ES)
    result = ok(run)
    assert result['changed'] is True
    creates = refusing_emulator.calls('CreateDatahubTask')
    assert len(creates) == 2, creates
    assert 'TaskId' in creates[0]['params'] and 'TaskId' not in creates[1]['params'], creates
    # between the two creates, the task is looked up by name; after them its name is read again (one
    # task per name, issue 29.3)
    assert run.actions.count('DescribeDatahubTasks') == 3, run.actions
    tasks = refusing_emulator.tasks()
    assert len(tasks) == 1 and result['task_id'] == tasks[0]['TaskId'], tasks
    warnings = ' '.join(result.get('warnings', []))
    assert 'the service refused the TaskId' in warnings and 'created without one' in warnings, result
    # the rerun finds it by name and changes nothing
    rerun = declare(KAFKA_TO_ES)
    assert ok(rerun)['changed'] is False
    assert rerun.writes == [] and len(refusing_emulator.tasks()) == 1


def test_refused_task_id_of_the_user_fails_with_what_to_do(declare, refusing_emulator):
    run = declare(dict(KAFKA_TO_ES, task_id='task-mine0001'))
    result = failed(run)
    assert run.writes == ['CreateDatahubTask']
    assert 'leave task_id out and identify the task by task_name' in result['msg'], result['msg']
    assert refusing_emulator.tasks() == []


def test_task_id_is_chosen_by_the_module_while_the_service_takes_it(declare, emulator):
    """Without the refusal, one create carrying the module's TaskId and no warning."""
    run = declare(KAFKA_TO_ES)
    result = ok(run)
    creates = emulator.calls('CreateDatahubTask')
    assert len(creates) == 1 and creates[0]['params']['TaskId'] == result['task_id']
    assert not any('TaskId' in warning for warning in result.get('warnings', []))
