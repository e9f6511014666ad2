# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""runtime/engine.py over an in-memory DIP task service: what a run of k declarations costs in a region
of N tasks, the refusals that keep one task per name, the decisions of many at once, the writes and
the one wait for many. Every call is logged, so each test counts what it cost."""

import copy

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import (
    CREATE_FAILED, DELETING, PAUSED, RUNNING, DatahubTask)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import decision
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.engine import Engine, Step, outcome
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy

SOURCE = {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-1', 'Topic': 'orders'}}
TARGET = {'Type': 'ES', 'EsParam': {'Resource': 'es-1', 'Index': 'orders'}}


def answer(task_id, name, status=RUNNING, created='2026-12-07 01:00:00', **members):
    item = dict(TaskId=task_id, TaskName=name, TaskType='SINK', Status=status, SourceResource=SOURCE, TargetResource=TARGET,
                TaskMax=1, SyncThrottleLimit=0, AutoExpandFlag=False, CreateTime=created, Description='')
    item.update(members)
    return item


class Service:
    """DescribeDatahubTask(s), Create/Modify/Delete/Pause: tasks in memory, statuses reached at once
    unless `settle_after` polls say otherwise; every call logged as (action, params)."""

    def __init__(self, tasks=(), settle_after=0):
        self.tasks = dict((task['TaskId'], dict(task)) for task in tasks)
        self.calls = []
        self.warnings = []
        self.retry_policy = RetryPolicy(retries=0)
        self.settle_after = settle_after
        self.created = 0

    def call(self, action, params=None, idempotent=False):
        params = dict(params or {})
        self.calls.append((action, params))
        task_id = params.get('TaskId')
        if action == 'DescribeDatahubTask':
            self.tick()
            if task_id not in self.tasks:
                raise CkafkaError('ResourceNotFound', 'no task %s' % task_id, action=action)
            return {'Result': copy.deepcopy(self.tasks[task_id])}
        if action == 'DescribeDatahubTasks':
            self.tick()
            found = sorted((task for task in self.tasks.values()
                            if params.get('SearchWord', '') in task['TaskName']
                            and params.get('TaskType') in (None, task['TaskType'])), key=lambda task: task['TaskId'])
            page = found[params['Offset']:params['Offset'] + params['Limit']]
            return {'Result': {'TaskList': copy.deepcopy(page), 'TotalCount': len(found)}}
        if action == 'CreateDatahubTask':
            self.created += 1
            self.tasks[task_id] = answer(task_id, params['TaskName'], status=0 if self.settle_after else RUNNING,
                                         created='2026-12-07 02:%02d:00' % self.created)
            return {'Result': {'TaskId': task_id}}
        if action == 'ModifyDatahubTask':
            self.tasks[task_id].update((key, value) for key, value in params.items() if key != 'TaskId')
            return {'Result': {}}
        if action == 'DeleteDatahubTask':
            del self.tasks[task_id]
            return {'Result': {}}
        if action == 'PauseDatahubTask':
            self.tasks[task_id]['Status'] = PAUSED
            return {'Result': {}}
        raise AssertionError(action)

    def tick(self):
        """A poll: tasks being created run after settle_after polls."""
        if self.settle_after:
            self.settle_after -= 1
            if not self.settle_after:
                for task in self.tasks.values():
                    if task['Status'] == 0:
                        task['Status'] = RUNNING

    def actions(self):
        return [action for action, dummy in self.calls]


def region(count, prefix='bulk'):
    return [answer('task-%s%04d' % (prefix, number), '%s-%04d' % (prefix, number)) for number in range(count)]


def declared(**options):
    params = dict(task_id=None, task_name=None, task_type='SINK', state='present', recreate=False, wait=True,
                  wait_timeout=30, source_resource={'type': 'KAFKA', 'kafka_param': {'self_built': False,
                                                                                     'resource': 'ckafka-1', 'topic': 'orders'}},
                  target_resource={'type': 'ES', 'es_param': {'resource': 'es-1', 'index': 'orders'}})
    params.update(options)
    return params


def engine_of(service, check_mode=False):
    engine = Engine(DatahubTask, lambda: ResourceApi(service, DatahubTask), check_mode, wait=True, wait_timeout=30)
    return engine


def plan(service, *params, **settings):
    engine = engine_of(service, **settings)
    steps = [Step(options, DatahubTask, label='config[%d]' % index, index=index) for index, options in enumerate(params)]
    engine.read(steps)
    engine.decide(steps)
    return engine, steps


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch):
    monkeypatch.setattr('time.sleep', lambda seconds: None)


# ---- read: cost follows the declaration (issue 29.6) -------------------------------------------------

def test_one_declaration_by_id_is_one_describe_and_by_name_one_filtered_listing():
    service = Service(region(250))
    plan(service, declared(task_id='task-bulk0007'))
    assert service.actions() == ['DescribeDatahubTask']
    service.calls = []
    engine, steps = plan(service, declared(task_name='bulk-0042'))
    assert service.calls == [('DescribeDatahubTasks', {'SearchWord': 'bulk-0042', 'TaskType': 'SINK', 'Limit': 100, 'Offset': 0})]
    assert steps[0].resource_id == 'task-bulk0042' and steps[0].kind == decision.KEEP


def test_a_few_entries_in_a_large_region_cost_about_one_call_each_not_the_whole_listing():
    service = Service(region(2900))
    engine, steps = plan(service, declared(task_id='task-bulk0001'), declared(task_name='bulk-2001'),
                         declared(task_name='missing-one'))
    # the first page says how large the region is (29 pages); then a call per entry
    assert service.actions() == ['DescribeDatahubTasks', 'DescribeDatahubTask', 'DescribeDatahubTasks', 'DescribeDatahubTasks']
    assert [step.kind for step in steps] == [decision.KEEP, decision.KEEP, decision.CREATE]


def test_many_entries_in_a_small_region_cost_one_listing():
    service = Service(region(150))
    engine, steps = plan(service, *[declared(task_name='bulk-%04d' % number) for number in range(40)])
    assert service.actions() == ['DescribeDatahubTasks', 'DescribeDatahubTasks']  # two pages, the first read once
    assert all(step.kind == decision.KEEP for step in steps) and steps[39].resource_id == 'task-bulk0039'


def test_a_list_item_lacking_a_compared_member_is_described_and_nothing_else():
    service = Service(region(150))
    tagged = declared(task_name='bulk-0003', tags=[{'tag_key': 'k', 'tag_value': 'v'}])
    engine, steps = plan(service, tagged, *[declared(task_name='bulk-%04d' % number) for number in range(10, 14)])
    assert service.actions().count('DescribeDatahubTask') == 1 and service.calls[-1][1] == {'TaskId': 'task-bulk0003'}


def test_several_exact_matches_are_a_failure_naming_the_ids():
    service = Service([answer('task-2', 'twin'), answer('task-1', 'twin')])
    engine, steps = plan(service, declared(task_name='twin'))
    assert str(steps[0].failure) == '2 tasks are named twin exactly: task-1, task-2; set task_id to choose one'
    assert steps[0].failure.extra == {'task_ids': ['task-1', 'task-2']} and steps[0].decision is None


# ---- decide: one task per name (issue 29.3), failed statuses (issue 29.4) -------------------------------

def test_a_rename_onto_a_name_in_use_is_refused_naming_the_other_task():
    service = Service([answer('task-a', 'first'), answer('task-b', 'second')])
    engine, steps = plan(service, declared(task_id='task-a', task_name='second'))
    assert str(steps[0].failure) == ('task_name second is the name of task task-b already: renaming task task-a to it would '
                                     'make two tasks of one name. Choose another task_name, or delete task task-b first; '
                                     'nothing was changed')
    renamed = plan(Service([answer('task-a', 'first')]), declared(task_id='task-a', task_name='second'))[1][0]
    assert renamed.failure is None and renamed.kind == decision.CHANGE


def test_an_unknown_id_is_created_only_when_no_task_has_its_name():
    service = Service([answer('task-b', 'orders')])
    engine, steps = plan(service, declared(task_id='task-new', task_name='orders'))
    assert str(steps[0].failure).startswith('no task has the task_id task-new, and task task-b has the task_name orders: '
                                            'a create by this task_id would make two tasks of one name. Set task_id to task-b')
    service = Service([])
    engine, steps = plan(service, declared(task_id='task-new', task_name='orders'))
    assert steps[0].failure is None and steps[0].kind == decision.CREATE
    engine.apply(steps)
    # the id is the client's: no second name check after the create (the service refuses a second create of one id)
    assert service.actions() == ['DescribeDatahubTask', 'DescribeDatahubTasks', 'CreateDatahubTask', 'DescribeDatahubTask']


def test_a_failed_task_declared_present_fails_with_its_message_or_is_replaced():
    service = Service([answer('task-f', 'broken', status=CREATE_FAILED, ErrorMessage='no route to es-1')])
    engine, steps = plan(service, declared(task_name='broken'))
    assert 'task task-f is in status -1 (create_failed): the service says: no route to es-1' in str(steps[0].failure)
    engine, steps = plan(service, declared(task_name='broken', recreate=True))
    assert steps[0].kind == decision.RECREATE and 'it is in status -1' in steps[0].warnings[0]


def test_check_mode_takes_a_task_being_deleted_for_gone():
    service = Service([answer('task-d', 'leaving', status=DELETING)])
    engine, steps = plan(service, declared(task_name='leaving'), check_mode=True)
    assert steps[0].kind == decision.CREATE and steps[0].current is None
    engine.predict(steps)
    # the id the create will have is known after creation (runtime/known_after.py)
    assert steps[0].after['task_name'] == 'leaving' and steps[0].after['task_id'] == '(known after creation)'


# ---- write and wait ---------------------------------------------------------------------------------

def test_creates_then_one_wait_for_all_of_them():
    service = Service([], settle_after=3)
    engine, steps = plan(service, *[declared(task_name='new-%d' % number) for number in range(3)])
    engine.apply(steps)
    assert [step.error for step in steps] == [None, None, None]
    assert [step.after['status'] for step in steps] == [RUNNING] * 3 and all(step.changed for step in steps)
    # one listing to plan (an empty region), the creates, the names read again, then one listing per poll
    # for the three tasks together
    assert service.actions() == ['DescribeDatahubTasks'] + ['CreateDatahubTask'] * 3 + ['DescribeDatahubTasks'] * 2


def test_waits_poll_only_the_resources_waited_on_in_a_large_region():
    service = Service(region(500) + [answer('task-p', 'to-pause')])
    engine, steps = plan(service, declared(task_name='to-pause', state='paused'))
    service.calls = []
    engine.apply(steps)
    # the task alone is polled, read as the run found it: its list item, the list filtered by its name
    assert service.actions() == ['PauseDatahubTask', 'DescribeDatahubTasks']
    assert service.calls[-1][1]['SearchWord'] == 'to-pause'
    assert steps[0].after['status'] == PAUSED and steps[0].action == 'paused'


def test_a_recreate_deletes_waits_and_creates_and_reports_the_previous_id():
    service = Service([answer('task-old', 'orders', SourceResource=dict(SOURCE, KafkaParam=dict(SOURCE['KafkaParam'], Topic='x')))])
    engine, steps = plan(service, declared(task_id='task-old', task_name='orders', recreate=True))
    engine.apply(steps)
    assert steps[0].error is None and service.actions()[1:4] == ['DeleteDatahubTask', 'DescribeDatahubTask', 'CreateDatahubTask']
    shaped = outcome(DatahubTask, steps[0])
    assert shaped['recreated'] is True and shaped['previous_task_id'] == 'task-old' and shaped['task_id'] == 'task-old'


def test_a_failed_write_is_the_steps_error_and_the_others_go_on():
    service = Service([answer('task-a', 'a', Description='old'), answer('task-b', 'b', Description='old')])
    engine, steps = plan(service, declared(task_name='a', description='new'), declared(task_name='b', description='new'))
    original = service.call

    def refusing(action, params=None, idempotent=False):
        if action == 'ModifyDatahubTask' and params['TaskId'] == 'task-a':
            raise CkafkaError('InvalidParameter', 'no', action=action)
        return original(action, params, idempotent)
    service.call = refusing
    engine.apply(steps)
    assert isinstance(steps[0].error, CkafkaError) and steps[0].action == 'failed'
    assert steps[1].error is None and steps[1].action == 'updated' and service.tasks['task-b']['Description'] == 'new'


def test_concurrent_runs_converge_to_one_task_per_name():
    """issue 29.3: after its creates a run reads the names again; its newer twin of an older task goes"""
    service = Service([])
    engine, steps = plan(service, declared(task_name='orders'))
    # another run creates the same name between this run's read and its create
    service.tasks['task-other'] = answer('task-other', 'orders', created='2026-12-07 01:59:00')
    engine.apply(steps)
    assert list(service.tasks) == ['task-other'] and steps[0].resource_id == 'task-other'
    assert 'was made first (by another run)' in steps[0].warnings[-1] and steps[0].changed
    # the older one is kept by the run that made it
    service = Service([])
    engine, steps = plan(service, declared(task_name='orders'))
    service.tasks['task-later'] = answer('task-later', 'orders', created='2026-12-07 03:00:00')
    engine.apply(steps)
    assert len(service.tasks) == 2 and steps[0].resource_id != 'task-later' and not steps[0].warnings


# ---- decisions of many (moved from the fleet's plan tests) ------------------------------------------

def test_the_listing_answers_lookup_and_comparison_of_many():
    service = Service([answer('task-a', 'a'), answer('task-b', 'b')] + region(3))
    engine, steps = plan(service, declared(task_name='a'), declared(task_name='b', description='new'), declared(task_name='c'))
    assert service.actions() == ['DescribeDatahubTasks']
    assert [step.action for step in steps] == ['unchanged', 'updated', 'created']
    assert [step.resource_id for step in steps] == ['task-a', 'task-b', None]
    assert steps[1].decision.plan.changes == {'description': 'new'}
    engine.predict(steps)
    assert steps[2].after['task_name'] == 'c' and steps[2].after['status'] == RUNNING


def test_a_replacement_needs_recreate_and_names_the_paths_and_paused_pauses():
    service = Service([answer('task-a', 'a'), answer('task-p', 'p')])
    changed = {'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-1', 'topic': 'refunds'}}
    engine, steps = plan(service, declared(task_name='a', source_resource=changed), declared(task_name='p', state='paused'))
    assert 'source_resource.kafka_param.topic' in str(steps[0].failure) and steps[0].failure.extra['replacement_required']
    assert steps[1].action == 'paused' and steps[1].decision.action == 'pause' and steps[1].decision.goal == PAUSED
    engine, steps = plan(service, declared(task_name='a', source_resource=changed, recreate=True))
    assert steps[0].failure is None and steps[0].action == 'recreated'


def test_a_create_without_its_options_is_a_failure():
    engine, steps = plan(Service([]), declared(task_name='n', task_type=None))
    assert str(steps[0].failure) == 'the task n does not exist, and task_type is required to create it'


def test_a_delete_needs_no_describe_and_a_task_being_deleted_is_waited_for():
    service = Service([answer('task-a', 'a')])
    tagged = declared(task_name='a', state='absent', tags=[{'tag_key': 'k', 'tag_value': 'v'}])
    engine, steps = plan(service, tagged, declared(task_name='gone', state='absent'))
    # the region's one page answers both: nothing is described for a delete
    assert service.actions() == ['DescribeDatahubTasks']
    assert [step.action for step in steps] == ['deleted', 'unchanged']
    # a real run: a task being deleted is waited for until gone, then created
    service = Service([answer('task-d', 'd', status=DELETING)])
    original = service.tick

    def deleted_on_poll():
        original()
        if len(service.calls) > 1:
            service.tasks.pop('task-d', None)
    service.tick = deleted_on_poll
    engine, steps = plan(service, declared(task_name='d'))
    assert steps[0].kind == decision.CREATE and steps[0].current is None and len(service.calls) == 2


def test_a_delete_the_service_state_forbids_fails_the_step_alone():
    class Refusing(DatahubTask):
        @classmethod
        def refuse_delete(cls, current, api):
            return 'in use'
    service = Service([answer('task-x', 'x'), answer('task-y', 'y')])
    engine = Engine(Refusing, lambda: ResourceApi(service, Refusing), False)
    steps = [Step(declared(task_id='task-x', state='absent'), Refusing), Step(declared(task_id='task-y', state='absent'), Refusing)]
    engine.read(steps)
    engine.decide(steps)
    assert [step.error for step in steps] == ['in use', 'in use'] and all(step.failure is None for step in steps)
    assert [step.action for step in steps] == ['failed', 'failed']
