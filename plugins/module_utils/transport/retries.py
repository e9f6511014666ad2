# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Which failed calls are tried again, and how long to wait in between."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import random

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import is_throttled


def is_retryable(error, idempotent):
    """Whether error may be retried.

    Throttling (the service refused before doing anything) and failures before sending are
    retried for every call; a call safe to repeat is retried after an unknown outcome too
    (CkafkaError.outcome_unknown). A call that is not safe to repeat is never retried once it
    may have reached the service, and any other service error is final.
    """
    return is_throttled(error) or not error.sent or (idempotent and error.outcome_unknown)


class RetryPolicy:
    """Capped exponential backoff with full jitter.

    Attempt n (from 0) waits a random time in [0, min(cap, base * 2 ** n)], so that
    many hosts throttled at the same moment spread their retries out instead of
    coming back in lockstep.
    """

    def __init__(self, retries=6, base_delay=0.5, max_delay=10.0, rng=None):
        self.retries = max(0, int(retries))
        self.base_delay = float(base_delay)
        self.max_delay = float(max_delay)
        self.rng = rng or random.Random()

    def ceiling(self, attempt):
        return min(self.max_delay, self.base_delay * (2 ** attempt))

    def delay(self, attempt):
        return self.rng.uniform(0, self.ceiling(attempt))

    def delays(self):
        """One delay per allowed retry."""
        return [self.delay(attempt) for attempt in range(self.retries)]
