# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Which failed calls are tried again, and how long to wait in between."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import random

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import (
    HTTP_ERROR,
    NETWORK_ERROR,
    TIMEOUT_ERROR,
    INVALID_RESPONSE,
    code_family,
    is_throttled,
)

# Server-side faults, retried for calls safe to repeat; throttling is retried for every call, and a
# service error other than these is final.
RETRYABLE_SERVICE_CODES = ('InternalError',)


def is_retryable(error, idempotent):
    """Whether error may be retried.

    A call that is not safe to repeat is never retried once it may have reached the
    service: only throttling (which the service refused before doing anything) and
    failures before sending qualify for it.
    """
    code = error.code
    if is_throttled(error):
        return True
    if not error.sent:
        return True
    if not idempotent:
        return False
    if code_family(code) in RETRYABLE_SERVICE_CODES:
        return True
    if code in (NETWORK_ERROR, TIMEOUT_ERROR, INVALID_RESPONSE):
        return True
    if code == HTTP_ERROR and (error.http_status or 0) >= 500:
        return True
    return False


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
