# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""fleet/throttle.py: the token bucket per action on a fake clock, its slow-down after throttling, and worker clients."""

import threading

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.throttle import (
    LimitedClient, RateLimiter, WorkerClients, limited_copy)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.client import CkafkaClient
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy


class FakeTime:
    def __init__(self):
        self.now = 0.0
        self.slept = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def test_a_burst_of_half_a_second_then_one_request_per_token():
    """The service's bucket holds a whole second (20 at 20 per second): the client keeps 10 of them spare."""
    time = FakeTime()
    limiter = RateLimiter(20, clock=time.clock, sleep=time.sleep)
    for dummy in range(10):
        limiter.acquire('CreateDatahubTask')
    assert time.slept == []
    for dummy in range(20):
        limiter.acquire('CreateDatahubTask')
    # 20 more requests take one second at 20 per second
    assert abs(time.now - 1.0) < 1e-6


def test_a_slow_rate_still_sends_one_request_at_once():
    time = FakeTime()
    limiter = RateLimiter(1, clock=time.clock, sleep=time.sleep)
    limiter.acquire('CreateDatahubTask')
    assert time.slept == []
    limiter.acquire('CreateDatahubTask')
    assert abs(time.now - 1.0) < 1e-6


def test_each_action_has_its_own_bucket():
    time = FakeTime()
    limiter = RateLimiter(4, clock=time.clock, sleep=time.sleep)
    for action in ('CreateDatahubTask', 'CreateDatahubTask', 'DescribeDatahubTasks', 'DescribeDatahubTasks'):
        limiter.acquire(action)
    assert time.slept == []


def test_throttling_lowers_the_rate_once_a_second_down_to_one_and_answers_raise_it_again():
    time = FakeTime()
    limiter = RateLimiter(10, clock=time.clock, sleep=time.sleep)
    limiter.throttled('CreateDatahubTask')
    limiter.throttled('CreateDatahubTask')
    # requests in flight together are throttled together: one decrease
    assert limiter.rates['CreateDatahubTask'] == 7.0
    assert limiter.buckets['CreateDatahubTask'][0] == 0.0
    for dummy in range(10):
        time.now += 1.0
        limiter.throttled('CreateDatahubTask')
    assert limiter.rates['CreateDatahubTask'] == 1.0
    assert 'DescribeDatahubTasks' not in limiter.rates
    for dummy in range(44):
        limiter.answered('CreateDatahubTask')
    assert abs(limiter.rates['CreateDatahubTask'] - 9.8) < 1e-6
    limiter.answered('CreateDatahubTask')
    assert 'CreateDatahubTask' not in limiter.rates


def test_a_rate_of_zero_does_not_limit():
    time = FakeTime()
    limiter = RateLimiter(0, clock=time.clock, sleep=time.sleep)
    for dummy in range(100):
        limiter.acquire('x')
    assert time.slept == []


def make_client():
    class Credentials:
        secret_id, secret_key, security_token = 'AKID', 'key', None
    return CkafkaClient(Credentials(), 'ap-guangzhou', 'http://127.0.0.1:9')


def test_a_limited_copy_shares_settings_and_warnings_but_not_the_session():
    client = make_client()
    limiter = RateLimiter(5)
    copy = limited_copy(client, limiter)
    assert isinstance(copy, LimitedClient) and copy.limiter is limiter
    assert copy.session is not client.session
    assert copy.credentials is client.credentials and copy.url == client.url
    copy.warnings.append('seen')
    assert client.warnings == ['seen']


def test_a_limited_client_takes_a_token_per_attempt_and_slows_down_when_throttled(monkeypatch):
    client = make_client()
    client.retry_policy = RetryPolicy(retries=1, max_delay=0.0)
    client.sleep = lambda seconds: None
    taken = []

    class Limiter:
        def acquire(self, action):
            taken.append(action)

        def throttled(self, action):
            taken.append('throttled ' + action)

        def answered(self, action):
            taken.append('answered ' + action)

    copy = limited_copy(client, Limiter())

    answers = [CkafkaError('RequestLimitExceeded', 'too fast'), {'RequestId': 'r'}]

    def send(self, action, payload):
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer
    monkeypatch.setattr(CkafkaClient, '_send', send)
    assert copy.call('CreateDatahubTask', {}) == {'RequestId': 'r'}
    # the retry took a token too
    assert taken == ['CreateDatahubTask', 'throttled CreateDatahubTask', 'CreateDatahubTask', 'answered CreateDatahubTask']


def test_worker_clients_give_each_thread_its_own_client():
    workers = WorkerClients(make_client(), RateLimiter(5))
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(workers.current())) for dummy in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(id(client) for client in seen)) == 3
    assert workers.current() is workers.current()
    workers.close()


def test_each_action_at_its_documented_rate_capped_at_the_run_rate():
    """DeleteTopic is documented at 1 per second: 30 deletes take 29 seconds after the first, whatever rate_limit says."""
    time = FakeTime()
    limiter = RateLimiter(20, clock=time.clock, sleep=time.sleep)
    assert limiter.limit('DeleteTopic') == 1.0
    assert limiter.limit('ModifyTopicAttributes') == 20.0
    assert limiter.limit('CreateDatahubTask') == 20.0
    for dummy in range(30):
        limiter.acquire('DeleteTopic')
    assert abs(time.now - 29.0) < 1e-6


def test_without_a_run_rate_each_action_goes_at_the_documented_table():
    limiter = RateLimiter(None)
    assert [limiter.limit(action) for action in ('CreateTopic', 'ModifyTopicAttributes', 'CreatePartition',
                                                 'DeleteTopic', 'DescribeTopicAttributes', 'DescribeTopicDetail',
                                                 'CreateDatahubTask')] == [20.0, 100.0, 100.0, 1.0, 100.0, 100.0, 20.0]
    # a rate above the default applies to the actions without a documented rate
    assert RateLimiter(50).limit('CreateDatahubTask') == 50.0
    assert RateLimiter(50).limit('CreateTopic') == 20.0
