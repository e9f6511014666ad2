# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""A client-side limit of requests per second per API action, and one client per worker thread.

The service allows about 20 requests per second per action; a fleet sending faster only earns
throttling answers and retries. Every attempt (retries included) takes a token of its action's
bucket first. The bucket holds half a second of tokens, not a whole one as the service's does: a
client at the same rate would keep the service's bucket empty, and any jitter in the requests'
arrival would be throttled; half a second of slack absorbs it. A throttling answer (other clients
share the quota, or the service allows less) empties the bucket and lowers the action's rate (at
most once a second); each answer that is not throttled raises it again, up to rate_limit.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import threading
import time

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.adapter import CkafkaError, is_throttled
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.client import CkafkaClient
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.rate_limits import rate_of

# The slowest rate a throttling answer can bring an action down to.
MIN_RATE = 1.0
# A throttling answer multiplies the rate by DECREASE; each other answer adds INCREASE times rate_limit.
DECREASE = 0.7
INCREASE = 0.02
# Throttling answers closer together than this are one event (the requests were in flight together).
DECREASE_INTERVAL = 1.0
# Rounding: a bucket this close to a whole token has one (a wait never shrinks to nothing).
EPSILON = 1e-9


# The bucket holds this many seconds of tokens (at least one token).
BURST_SECONDS = 0.5


class RateLimiter:
    """One token bucket per action: its rate of tokens a second, a burst of at most half that (BURST_SECONDS).

    rate: the most requests per second of every action (the user's rate_limit), or None: each action
    at its documented rate (transport/rate_limits.py: DeleteTopic 1, ModifyTopicAttributes 100, the
    others 20 unless documented). rates: {action: rate} in place of the documented table (tests).
    An action's rate is its documented one, capped at rate.
    """

    def __init__(self, rate, clock=time.monotonic, sleep=time.sleep, rates=None):
        self.rate = None if rate is None else float(rate)
        self.documented = rates
        self.limits = {}
        self.clock = clock
        self.sleep = sleep
        self.lock = threading.Lock()
        self.buckets = {}
        self.rates = {}
        self.decreased = {}

    def limit(self, action):
        """The most requests per second of action: its documented rate, capped at the run's rate."""
        if action not in self.limits:
            self.limits[action] = rate_of(action, self.rate, self.documented)
        return self.limits[action]

    def acquire(self, action):
        """Wait until action may send one request."""
        if self.rate is not None and self.rate <= 0:
            return
        while True:
            with self.lock:
                rate = self.rates.get(action, self.limit(action))
                now = self.clock()
                burst = max(1.0, rate * BURST_SECONDS)
                tokens, last = self.buckets.get(action, (burst, now))
                tokens = min(burst, tokens + (now - last) * rate)
                if tokens >= 1.0 - EPSILON:
                    self.buckets[action] = (max(0.0, tokens - 1.0), now)
                    return
                self.buckets[action] = (tokens, now)
                wait = max((1.0 - tokens) / rate, 0.001)
            self.sleep(wait)

    def throttled(self, action):
        """The service throttled action: pause it and send it more slowly."""
        with self.lock:
            now = self.clock()
            self.buckets[action] = (0.0, now)
            if now - self.decreased.get(action, now - DECREASE_INTERVAL) >= DECREASE_INTERVAL:
                self.decreased[action] = now
                self.rates[action] = max(min(MIN_RATE, self.limit(action)), self.rates.get(action, self.limit(action)) * DECREASE)

    def answered(self, action):
        """action got an answer that was not throttling: its rate may rise again, up to the limit."""
        if action in self.rates:
            with self.lock:
                rate = self.rates[action] + INCREASE * self.limit(action)
                if rate >= self.limit(action) - EPSILON:
                    del self.rates[action]
                else:
                    self.rates[action] = rate


class LimitedClient(CkafkaClient):
    """A CkafkaClient whose every attempt waits for its action's token."""

    limiter = None

    def _send(self, action, payload):
        self.limiter.acquire(action)
        try:
            answer = super(LimitedClient, self)._send(action, payload)
        except CkafkaError as error:
            if is_throttled(error):
                self.limiter.throttled(action)
            else:
                self.limiter.answered(action)
            raise
        self.limiter.answered(action)
        return answer


def limited_copy(client, limiter):
    """A client like client (credentials, endpoint, retries; warnings shared) with a session of its own
    (a requests session is not documented as safe to share between threads) and the limiter."""
    copy = LimitedClient.__new__(LimitedClient)
    copy.__dict__.update(client.__dict__)
    copy.session = type(client.session)()
    copy.limiter = limiter
    return copy


class WorkerClients:
    """One limited client per thread, all built from the run's client."""

    def __init__(self, client, limiter):
        self.client = client
        self.limiter = limiter
        self.local = threading.local()
        self.made = []
        self.lock = threading.Lock()

    def current(self):
        client = getattr(self.local, 'client', None)
        if client is None:
            client = self.local.client = limited_copy(self.client, self.limiter)
            with self.lock:
                self.made.append(client)
        return client

    def close(self):
        for client in self.made:
            client.close()
