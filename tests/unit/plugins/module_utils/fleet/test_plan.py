# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""fleet/plan.py: identities resolved from one listing, describes only for members the list lacks, the
singular module's decisions per entry, and refusals naming the entry."""

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.entries import Entry
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.plan import (
    CREATED, DELETED, RECREATED, FAILED, UNCHANGED, UPDATED, Index, Planner, Step)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask

SOURCE = {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-1', 'Topic': 'orders'}}
TARGET = {'Type': 'ES', 'EsParam': {'Resource': 'resource-1', 'Index': 'orders'}}


def item(task_id, name, status=1, **members):
    answer = dict(TaskId=task_id, TaskName=name, TaskType='SINK', Status=status, SourceResource=SOURCE, TargetResource=TARGET,
                  Description='', TaskMax=1, SyncThrottleLimit=0, AutoExpandFlag=False)
    answer.update(members)
    return answer


def entry(index, name, **options):
    params = dict(task_id=None, task_name=name, task_type='SINK', recreate=False, status=None,
                  source_resource={'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-1', 'topic': 'orders'}},
                  target_resource={'type': 'ES', 'es_param': {'resource': 'resource-1', 'index': 'orders'}})
    params.update(options)
    return Entry(index, params, DatahubTask)


def plan(entries, items, state='merged'):
    planner = Planner(DatahubTask, api=None)
    planner.check_entries(entries)
    described = []

    def describe_many(ids):
        described.extend(ids)
        return [dict(DatahubTask_result(task_id), tags=[]) for task_id in ids]
    steps, claimed = planner.resolve(entries, Index(DatahubTask, items), describe_many)
    for step in steps:
        if not step.unresolved:
            planner.decide(step, state)
    return planner, steps, described


def DatahubTask_result(task_id):  # pylint: disable=invalid-name
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.plan import resource_result
    return resource_result(DatahubTask, item(task_id, 'described'))


def test_the_listing_answers_lookup_and_comparison():
    planner, steps, described = plan([entry(0, 'a'), entry(1, 'b', description='new'), entry(2, 'c')],
                                     [item('task-a', 'a'), item('task-b', 'b')])
    assert planner.errors == [] and described == []
    assert [step.action for step in steps] == [UNCHANGED, UPDATED, CREATED]
    assert [step.resource_id for step in steps] == ['task-a', 'task-b', None]
    assert steps[1].plan.changes == {'description': 'new'}
    assert steps[2].predicted['task_name'] == 'c' and steps[2].predicted['status'] == 1


def test_a_member_the_list_lacks_is_described():
    planner, steps, described = plan([entry(0, 'a', tags=[{'tag_key': 'k', 'tag_value': 'v'}]), entry(1, 'b')],
                                     [item('task-a', 'a'), item('task-b', 'b')])
    assert described == ['task-a']


def test_several_exact_matches_fail_naming_the_ids():
    planner, steps, described = plan([entry(4, 'twin')], [item('task-2', 'twin'), item('task-1', 'twin')])
    assert planner.errors == [('config[4] (twin)', '2 tasks are named twin exactly: task-1, task-2; set task_id to choose one')]


def test_two_entries_of_one_task_are_refused():
    planner, steps, described = plan([entry(0, 'a'), entry(1, 'a')], [])
    assert planner.errors == [('config[1] (a)', 'declares the same task as config[0] (a)')]
    planner, steps, described = plan([entry(0, 'a'), entry(1, None, task_id='task-a')], [item('task-a', 'a')])
    assert planner.errors == [('config[1] (task-a)', 'names the same task (task-a) as config[0] (a)')]


def test_a_replacement_needs_recreate_and_names_the_paths():
    changed = {'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-1', 'topic': 'refunds'}}
    planner, steps, described = plan([entry(0, 'a', source_resource=changed)], [item('task-a', 'a')])
    assert len(planner.errors) == 1 and 'source_resource.kafka_param.topic' in planner.errors[0][1]
    planner, steps, described = plan([entry(0, 'a', source_resource=changed, recreate=True)], [item('task-a', 'a')])
    assert planner.errors == [] and steps[0].action == RECREATED


def test_status_paused_pauses_and_a_create_requires_its_options():
    planner, steps, described = plan([entry(0, 'a', status='paused')], [item('task-a', 'a')])
    assert steps[0].action == 'paused' and steps[0].extra == 'pause' and steps[0].goal == 6
    planner, steps, described = plan([entry(2, 'n', task_type=None)], [])
    assert planner.errors == [('config[2] (n)', 'task_type is required to create the task')]


def test_deleted_state():
    planner, steps, described = plan([entry(0, 'a'), entry(1, 'gone')], [item('task-a', 'a')], state='deleted')
    assert [step.action for step in steps] == [DELETED, UNCHANGED]


def test_a_task_being_deleted_is_created_once_gone():
    planner, steps, described = plan([entry(0, 'a')], [item('task-a', 'a', status=2)])
    assert steps[0].action == CREATED and steps[0].awaits_gone


def test_prune_steps_are_refused_by_refuse_delete():
    class Refusing(DatahubTask):
        @classmethod
        def refuse_delete(cls, current, api):
            return 'in use'
    planner = Planner(Refusing, api=None)
    step = Step(None, {'status': 1, 'task_id': 'task-x'})
    planner.decide_delete(step, 'task task-x')
    # the service's state, not the entry, forbids it: the step fails alone, the plan goes on
    assert planner.errors == [] and (step.action, step.error) == (FAILED, 'in use')


def test_a_connection_by_id_cannot_be_created_but_its_request_can_be_rendered():
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource.description import ConnectResource
    block = {'resource': 'es-1', 'port': 9200, 'user_name': 'u', 'password': 'pw', 'self_built': True}
    by_id = Entry(0, dict(resource_id='resource-1', resource_name='c', type='ES', es_connect_param=block), ConnectResource)
    planner = Planner(ConnectResource, api=None)
    assert planner.create_problems(by_id) == ['no connection has the ID resource-1; leave resource_id out to create one by its resource_name']
    assert planner.create_problems(by_id, rendering=True) == []


def test_a_delete_needs_no_describe():
    entries = [entry(0, 'a', tags=[{'tag_key': 'k', 'tag_value': 'v'}])]
    planner = Planner(DatahubTask, api=None)
    steps, claimed = planner.resolve(entries, Index(DatahubTask, [item('task-a', 'a')]), lambda ids: [1 / 0 for dummy in ids], compares=False)
    planner.decide(steps[0], 'deleted')
    assert steps[0].action == DELETED and steps[0].current['task_id'] == 'task-a'


def test_the_failed_status_warning_has_one_full_stop():
    """Issue 29: "(emulated failure).. It is left" when the service's message ends in a full stop."""
    planner, steps, described = plan([entry(0, 'a', description='')], [item('task-1', 'a', status=-1, ErrorMessage='emulated failure.')])
    warnings = [warning for warning in planner.warnings if 'It is left' in warning]
    assert warnings and '..' not in warnings[0] and 'emulated failure. It is left' in warnings[0], planner.warnings
