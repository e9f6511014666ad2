# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Per-action request rate limit: a token bucket of N tokens refilled at N per second."""

import threading
import time


class RateLimiter:
    def __init__(self, per_second, clock=time.monotonic):
        self.per_second = float(per_second or 0)
        self.clock = clock
        self.lock = threading.Lock()
        self.buckets = {}

    def configure(self, per_second):
        with self.lock:
            self.per_second = float(per_second or 0)
            self.buckets.clear()

    def reset(self):
        with self.lock:
            self.buckets.clear()

    def allow(self, action):
        """True when the call may proceed; False when it exceeds the limit."""
        if self.per_second <= 0:
            return True
        now = self.clock()
        with self.lock:
            tokens, last = self.buckets.get(action, (self.per_second, now))
            tokens = min(self.per_second, tokens + (now - last) * self.per_second)
            if tokens >= 1.0:
                self.buckets[action] = (tokens - 1.0, now)
                return True
            self.buckets[action] = (tokens, now)
            return False
