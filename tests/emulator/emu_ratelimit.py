# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Per-action request rate limit: a token bucket of N tokens refilled at N per second.

Every action gets `per_second` (the service's 20 by default) unless `per_action` names its own limit
(0 means no limit for that action), as the service sets a frequency limit per API action. The actions
whose API reference page states another limit (DOCUMENTED) get that one while `per_second` is not 0;
`per_second` 0 turns off every limit but those named in `per_action`.
"""

import threading
import time

# A call that comes this fraction of its spacing early still passes: a client that spaces its calls 1/N s
# apart is not refused for a few milliseconds of jitter.
TOLERANCE = 0.05

# Requests per second from the API reference pages of the instance actions (api.json does not carry them).
DOCUMENTED = {
    'CreateTopic': 20,
    'ModifyTopicAttributes': 100,
    'CreatePartition': 100,
    'DeleteTopic': 1,
    'DescribeTopicAttributes': 100,
    'DescribeTopic': 100,
    'DescribeTopicDetail': 100,
    'CreateUser': 100,
    'ModifyPassword': 100,
    'DeleteUser': 100,
    'DescribeUser': 100,
    'CreateAcl': 100,
    'DeleteAcl': 100,
    'DescribeACL': 100,
    'BatchCreateAcl': 20,
    'CreateAclRule': 20,
    'ModifyAclRule': 20,
    'DeleteAclRule': 20,
    'DescribeAclRule': 20,
    'DeleteGroup': 20,
}


def _limits(per_action):
    """{action: per second} from the admin API's `rate_limits` (ValueError when it is not one)."""
    if not isinstance(per_action, dict):
        raise ValueError('rate_limits is a JSON object of action: requests per second')
    limits = {}
    for action, value in per_action.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ValueError('rate_limits: the limit of %s is a number of requests per second, 0 or more' % action)
        limits[str(action)] = float(value)
    return limits


class RateLimiter:
    def __init__(self, per_second, clock=time.monotonic, per_action=None):
        self.per_second = float(per_second or 0)
        self.per_action = _limits(per_action or {})
        self.documented = dict(DOCUMENTED)
        self.clock = clock
        self.lock = threading.Lock()
        self.buckets = {}

    def configure(self, per_second=None, per_action=None):
        """Change the default limit and/or the limits of named actions (a new dict replaces the old one)."""
        limits = None if per_action is None else _limits(per_action)
        with self.lock:
            if per_second is not None:
                self.per_second = float(per_second or 0)
            if limits is not None:
                self.per_action = limits
            self.buckets.clear()

    def reset(self):
        with self.lock:
            self.buckets.clear()

    def limit(self, action):
        """The requests per second action may make (0: no limit)."""
        if action in self.per_action:
            return self.per_action[action]
        if self.per_second <= 0:
            return 0.0
        return float(self.documented.get(action, self.per_second))

    def allow(self, action):
        """True when the call may proceed; False when it exceeds the limit."""
        rate = self.limit(action)
        if rate <= 0:
            return True
        now = self.clock()
        with self.lock:
            tokens, last = self.buckets.get(action, (rate, now))
            tokens = min(rate, tokens + (now - last) * rate)
            if tokens >= 1.0 - TOLERANCE:
                self.buckets[action] = (max(tokens - 1.0, 0.0), now)
                return True
            self.buckets[action] = (tokens, now)
            return False
