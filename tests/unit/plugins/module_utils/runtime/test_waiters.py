# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Waiters (module_utils/waiters.py) on a fake clock, as the DIP task uses them: when they poll, how often, and when they give up."""

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import (
    CREATE_FAILED, CREATING, DELETE_FAILED, DELETING, RUNNING, DatahubTask)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.waiters import (
    FAILURE, GONE, Acceptor, Pacing, WaitError, Waiter, acceptors_for, wait_all, waiter_for)


class FakeClient:
    """Answers DescribeDatahubTask with the next status of a script (None: not found), at a fake time."""

    def __init__(self, statuses):
        self.statuses = list(statuses)
        self.now = 0.0
        self.polls = []

    def sleep(self, seconds):
        assert seconds > 0
        self.now += seconds

    def clock(self):
        return self.now

    def call(self, action, params, idempotent=False):
        assert action == 'DescribeDatahubTask' and idempotent
        self.polls.append(round(self.now, 4))
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        if status is None:
            return {'Result': None}
        return {'Result': {'TaskId': params['TaskId'], 'Status': status}}


class TaskWaits:
    """A wait on a task of client, as datahub_task makes it."""

    def __init__(self, client):
        self.client = client
        self.api = ResourceApi(client, DatahubTask)

    def wait(self, task_id, goal, timeout, first_delay=0.5, max_delay=5.0):
        waiter = Waiter(acceptors_for(DatahubTask.statuses, goal), sleep=self.client.sleep, clock=self.client.clock,
                        first_delay=first_delay, max_delay=max_delay)
        return waiter.wait(self.api.describe, task_id, 'task', timeout)


def tasks(statuses):
    client = FakeClient(statuses)
    return TaskWaits(client), client


def test_first_poll_waits_first_delay():
    waiter, client = tasks([CREATING, CREATING, RUNNING])
    assert waiter.wait('task-1', {RUNNING}, timeout=60)['status'] == RUNNING
    assert client.polls == [0.5, 1.25, 2.375]


def test_task_already_at_goal_costs_one_poll_after_the_delay():
    waiter, client = tasks([RUNNING])
    assert waiter.wait('task-1', {RUNNING}, timeout=60)['status'] == RUNNING
    assert client.polls == [0.5]


def test_gone():
    waiter, client = tasks([DELETING, None])
    assert waiter.wait('task-1', GONE, timeout=60) is None
    assert client.polls == [0.5, 1.25]


def test_delay_is_capped():
    waiter, client = tasks([CREATING] * 12 + [RUNNING])
    waiter.wait('task-1', {RUNNING}, timeout=600, first_delay=1.0, max_delay=2.0)
    gaps = [b - a for a, b in zip(client.polls, client.polls[1:])]
    assert client.polls[0] == 1.0 and max(gaps) == 2.0


def test_timeout_counts_the_first_delay():
    waiter, client = tasks([CREATING])
    with pytest.raises(WaitError) as caught:
        waiter.wait('task-1', {RUNNING}, timeout=2)
    assert caught.value.timed_out and caught.value.status == CREATING
    assert client.polls == [0.5, 1.25, 2.0]
    assert client.now == 2.0


def test_timeout_shorter_than_first_delay_still_polls_once():
    waiter, client = tasks([CREATING])
    with pytest.raises(WaitError) as caught:
        waiter.wait('task-1', {RUNNING}, timeout=0.2)
    assert caught.value.timed_out
    assert client.polls == [0.2]


def test_zero_timeout_polls_once_at_once():
    waiter, client = tasks([RUNNING])
    assert waiter.wait('task-1', {RUNNING}, timeout=0)['status'] == RUNNING
    assert client.polls == [0.0]


@pytest.mark.parametrize('goal, statuses, status', [
    ({RUNNING}, [CREATING, CREATE_FAILED], CREATE_FAILED),
    (GONE, [DELETING, DELETE_FAILED], DELETE_FAILED),
])
def test_failure_status_ends_the_wait(goal, statuses, status):
    waiter, client = tasks(statuses)
    with pytest.raises(WaitError) as caught:
        waiter.wait('task-1', goal, timeout=60)
    assert caught.value.status == status and not caught.value.timed_out
    assert len(client.polls) == 2


def test_disappearing_task():
    waiter, client = tasks([CREATING, None])
    with pytest.raises(WaitError, match='disappeared'):
        waiter.wait('task-1', {RUNNING}, timeout=60)


class ThrottledClient(FakeClient):
    """FakeClient whose first `throttled` polls fail as a throttled call fails once the client's retries are spent."""

    def __init__(self, statuses, throttled, code='RequestLimitExceeded'):
        super(ThrottledClient, self).__init__(statuses)
        self.throttled = throttled
        self.code = code

    def call(self, action, params, idempotent=False):
        if self.throttled:
            self.throttled -= 1
            self.polls.append(round(self.now, 4))
            raise CkafkaError(self.code, 'too many requests', action=action)
        return super(ThrottledClient, self).call(action, params, idempotent)


def test_a_throttled_poll_is_polled_again():
    client = ThrottledClient([CREATING, RUNNING], throttled=2)
    result = TaskWaits(client).wait('task-1', {RUNNING}, timeout=60)
    assert result['status'] == RUNNING
    assert len(client.polls) == 4


def test_a_wait_throttled_to_its_timeout_says_so():
    client = ThrottledClient([CREATING], throttled=1000, code='RequestLimitExceeded.UinLimitExceeded')
    with pytest.raises(WaitError) as caught:
        TaskWaits(client).wait('task-1', {RUNNING}, timeout=10)
    assert caught.value.timed_out
    assert str(caught.value) == ('timed out after 10 seconds waiting for task task-1; no poll was answered; the last poll failed: '
                                 'DescribeDatahubTask of task task-1 failed with RequestLimitExceeded.UinLimitExceeded: too many requests')
    assert client.now <= 10.0001


@pytest.mark.parametrize('code', ['AuthFailure.SecretIdNotFound', 'InternalError', 'ClientNetworkError'])
def test_other_poll_errors_end_the_wait(code):
    client = ThrottledClient([RUNNING], throttled=1, code=code)
    with pytest.raises(CkafkaError) as caught:
        TaskWaits(client).wait('task-1', {RUNNING}, timeout=60)
    assert caught.value.code == code
    assert len(client.polls) == 1


def test_the_first_error_acceptor_decides_and_only_a_retry_polls_again():
    client = ThrottledClient([RUNNING], throttled=1)
    acceptors = [Acceptor('error', FAILURE, ['RequestLimitExceeded'])] + acceptors_for(DatahubTask.statuses, {RUNNING})
    waiter = Waiter(acceptors, sleep=client.sleep, clock=client.clock)
    with pytest.raises(CkafkaError) as caught:
        waiter.wait(ResourceApi(client, DatahubTask).describe, 'task-1', 'task', 60)
    assert caught.value.code == 'RequestLimitExceeded'
    assert len(client.polls) == 1


# ---- the wait for many: one read of the pending resources per poll (moved from fleet/waits.py's tests) ----

class Script:
    """read_many over scripted polls ({id: status}, a missing id: gone); records which ids each poll read."""

    def __init__(self, polls):
        self.polls = list(polls)
        self.read = []
        self.now = 0.0

    def read_many(self, ids):
        self.read.append(list(ids))
        statuses = self.polls.pop(0) if len(self.polls) > 1 else self.polls[0]
        return dict((task_id, {'task_id': task_id, 'status': statuses[task_id]} if task_id in statuses else None)
                    for task_id in ids)

    def pacing(self):
        return Pacing(sleep=self.sleep, clock=lambda: self.now)

    def sleep(self, seconds):
        self.now += seconds


def waiters(goals):
    return dict((task_id, waiter_for(DatahubTask.statuses, goal)) for task_id, goal in goals.items())


def test_one_read_per_poll_for_every_pending_task_and_only_those_pending():
    script = Script([{'a': 0, 'b': 0, 'c': 1}, {'a': 1, 'b': 0, 'c': 2}, {'a': 1, 'b': 1}])
    outcomes = wait_all(waiters({'a': RUNNING, 'b': RUNNING, 'c': GONE}), script.read_many, 'task', 60, script.pacing())
    assert script.read == [['a', 'b', 'c'], ['a', 'b', 'c'], ['b', 'c']]
    assert outcomes['a']['status'] == 1 and outcomes['b']['status'] == 1 and outcomes['c'] is None


def test_a_failure_status_and_the_timeout_are_per_task():
    script = Script([{'a': -1, 'b': 0}])
    outcomes = wait_all(waiters({'a': RUNNING, 'b': RUNNING}), script.read_many, 'task', 5, script.pacing())
    assert isinstance(outcomes['a'], WaitError) and not outcomes['a'].timed_out
    assert isinstance(outcomes['b'], WaitError) and outcomes['b'].timed_out and outcomes['b'].status == 0
    # the same words as a wait for one task
    assert str(outcomes['b']) == 'timed out after 5 seconds waiting for task b; last status 0'


def test_a_task_that_disappears_fails_its_wait():
    script = Script([{}])
    outcomes = wait_all(waiters({'a': RUNNING}), script.read_many, 'task', 5, script.pacing())
    assert isinstance(outcomes['a'], WaitError) and 'disappeared' in str(outcomes['a'])


def test_a_throttled_poll_is_polled_again_and_another_error_ends_the_wait():
    script = Script([{'a': 1}])
    answers = [CkafkaError('RequestLimitExceeded', 'slow down'), None]

    def read_many(ids):
        error = answers.pop(0)
        if error is not None:
            raise error
        return script.read_many(ids)
    assert wait_all(waiters({'a': RUNNING}), read_many, 'task', 60, script.pacing())['a']['status'] == 1

    def refused(ids):
        raise CkafkaError('AuthFailure', 'no')
    with pytest.raises(CkafkaError):
        wait_all(waiters({'a': RUNNING}), refused, 'task', 60, script.pacing())
