# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""runtime/writer.py: the writes of one step, raising instead of failing a module, never repeated blindly."""

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import (
    DELETING, PAUSED, DatahubTask)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import decision
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.engine import Step
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.safe_writes import WriteFailed
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.writer import Writer
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError

from .test_engine import Service, answer, declared


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch):
    monkeypatch.setattr('time.sleep', lambda seconds: None)


def step_of(service, params, current=None, **settings):
    step = Step(params, DatahubTask)
    step.current = current
    step.resource_id = current and current['task_id']
    step.decision = decision.decide(DatahubTask, params, current, step.by_id)
    return step, Writer(DatahubTask, ResourceApi(service, DatahubTask), delays=(0, 0, 0), wait_timeout=5)


def test_a_create_in_state_paused_waits_for_running_then_pauses():
    service = Service([], settle_after=2)
    step, writer = step_of(service, declared(task_name='n', state='paused'))
    writer.write(step)
    assert step.wrote and step.created and service.tasks[step.resource_id]['Status'] == PAUSED
    actions = service.actions()
    assert actions[0] == 'CreateDatahubTask' and actions[-1] == 'PauseDatahubTask' and 'DescribeDatahubTask' in actions


def test_a_delete_after_an_unknown_outcome_is_read_before_it_is_sent_again():
    service = Service([answer('task-a', 'a')])
    original = service.call
    lost = []

    def losing(action, params=None, idempotent=False):
        answered = original(action, params, idempotent)
        if action == 'DeleteDatahubTask' and not lost:
            lost.append(action)
            raise CkafkaError('InternalError', 'the answer was lost', action=action)
        return answered
    service.call = losing
    current = ResourceApi(service, DatahubTask).describe('task-a')
    step, writer = step_of(service, declared(task_id='task-a', state='absent'), current)
    writer.write(step)
    # the delete went through: the read after the lost answer says so, and it is not sent again
    assert service.actions().count('DeleteDatahubTask') == 1 and step.wrote and 'task-a' not in service.tasks


def test_a_recreate_that_cannot_create_fails_before_its_delete():
    service = Service([answer('task-a', 'a', SourceResource={'Type': 'KAFKA', 'KafkaParam': {'Topic': 'x'}})])
    current = ResourceApi(service, DatahubTask).describe('task-a')
    params = declared(task_id='task-a', task_name='a', recreate=True, task_type=None)
    step, writer = step_of(service, params, current)
    assert step.kind == decision.RECREATE
    with pytest.raises(decision.Failure) as lacking:
        writer.write(step)
    assert 'is to be created anew, and task_type is required' in str(lacking.value)
    assert service.actions() == ['DescribeDatahubTask'] and not step.wrote


def test_a_refused_write_raises_and_says_what_went_out():
    service = Service([answer('task-a', 'a', Description='old')])
    original = service.call

    def refusing(action, params=None, idempotent=False):
        if action == 'PauseDatahubTask':
            raise CkafkaError('FailedOperation', 'not now', action=action)
        return original(action, params, idempotent)
    service.call = refusing
    current = ResourceApi(service, DatahubTask).describe('task-a')
    step, writer = step_of(service, declared(task_id='task-a', task_name='a', description='new', state='paused'), current)
    with pytest.raises(CkafkaError):
        writer.write(step)
    # the Modify went out before the pause was refused
    assert step.wrote and service.tasks['task-a']['Description'] == 'new'


def test_a_delete_settles_a_transient_status_first_and_a_lost_create_is_reported():
    service = Service([answer('task-d', 'd', status=DELETING)])
    current = ResourceApi(service, DatahubTask).describe('task-d')
    step, writer = step_of(service, declared(task_id='task-d', state='absent'), current)
    service.tasks.pop('task-d')
    # gone while it settled: nothing to delete
    assert writer.delete(step, current) is None and 'DeleteDatahubTask' not in service.actions()
    service = Service([])

    def lost(action, params=None, idempotent=False):
        service.calls.append((action, params))
        if action == 'CreateDatahubTask':
            raise CkafkaError('InternalError', 'lost', action=action)
        return {'Result': {'TaskList': [], 'TotalCount': 0}}
    service.call = lost
    step, writer = step_of(service, declared(task_name='n'))
    with pytest.raises(WriteFailed) as failed:
        writer.write(step)
    assert 'CreateDatahubTask failed 4 times and no task was found afterwards' in str(failed.value)
    assert service.actions().count('CreateDatahubTask') == 4
