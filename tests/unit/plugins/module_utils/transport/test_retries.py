# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Which failures are retried, and the backoff between tries."""

import random

import pytest
from hypothesis import given, strategies as st

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy, is_retryable


@pytest.mark.parametrize('code, status, sent, idempotent, expected', [
    ('RequestLimitExceeded', 200, True, False, True),
    ('RequestLimitExceeded.GlobalRegionUinLimitExceeded', 200, True, False, True),
    ('InternalError', 200, True, True, True),
    ('InternalError', 200, True, False, False),
    ('ClientHttpError', 502, True, True, True),
    ('ClientHttpError', 503, True, False, False),
    ('ClientHttpError', 404, True, True, False),
    ('ClientNetworkError', None, True, True, True),
    ('ClientNetworkError', None, True, False, False),
    ('ClientNetworkError', None, False, False, True),
    ('ClientReadTimeout', None, True, True, True),
    ('ClientReadTimeout', None, True, False, False),
    ('ResourceNotFound', 200, True, True, False),
    ('InvalidParameterValue', 200, True, True, False),
    ('AuthFailure.SignatureFailure', 200, True, True, False),
])
def test_retry_decision(code, status, sent, idempotent, expected):
    assert is_retryable(CkafkaError(code, 'm', http_status=status, sent=sent), idempotent) is expected


@given(retries=st.integers(min_value=0, max_value=20), base=st.floats(min_value=0.01, max_value=2),
       cap=st.floats(min_value=0.01, max_value=30), seed=st.integers())
def test_backoff_is_capped_and_jittered(retries, base, cap, seed):
    policy = RetryPolicy(retries=retries, base_delay=base, max_delay=cap, rng=random.Random(seed))
    delays = policy.delays()
    assert len(delays) == retries
    for attempt, delay in enumerate(delays):
        assert 0 <= delay <= min(cap, base * 2 ** attempt) + 1e-9


def test_backoff_grows_exponentially_until_the_cap():
    policy = RetryPolicy(retries=8, base_delay=0.5, max_delay=10)
    assert [policy.ceiling(n) for n in range(7)] == [0.5, 1, 2, 4, 8, 10, 10]


def test_hosts_do_not_retry_in_lockstep():
    """Two hosts throttled at the same moment wait different times."""
    first = RetryPolicy(retries=5).delays()
    second = RetryPolicy(retries=5).delays()
    assert first != second
