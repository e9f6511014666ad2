# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Waits on a resource's status, built from a table of success/failure/retry rules.

As amazon.aws's module_utils/waiters.py does, a waiter is a list of acceptors: the first whose
matcher holds for what a poll read decides (success ends the wait, failure raises WaitError, retry
polls again); when none holds, the wait polls again until its timeout. A poll that fails with a
code a retry acceptor names (throttling, once the client's own retries are spent) is polled again
too: the wait's timeout, not the request layer's retry count, bounds how long a wait may take.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import time

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import THROTTLED as THROTTLED_CODE, CkafkaError, matches_code
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import GONE

SUCCESS = 'success'
FAILURE = 'failure'
RETRY = 'retry'


class WaitError(Exception):
    """A wait ended without reaching its goal: a failure status or the timeout.

    resource is the result last read (None when gone), status its status.
    """

    def __init__(self, message, resource=None, status=None, timed_out=False):
        super(WaitError, self).__init__(message)
        self.resource = resource
        self.status = status
        self.timed_out = timed_out


class Acceptor:
    """One rule: when matcher holds for a poll's result, the wait ends in state.

    matcher: 'gone' (the resource is not there; expected is ignored), 'status' (its status is in
    expected) or 'error' (the poll failed with an error whose code, or code family before the first
    dot, is in expected). message: for failures, formatted with noun, id, status and error (the service's
    error message or 'no message').
    """

    def __init__(self, matcher, state, expected=(), message=None):
        self.matcher = matcher
        self.state = state
        self.expected = frozenset(expected)
        self.message = message

    def matches(self, result, status_key):
        if self.matcher == 'error':
            return False
        if self.matcher == 'gone':
            return result is None
        return result is not None and result.get(status_key) in self.expected

    def matches_error(self, error):
        return self.matcher == 'error' and matches_code(error.code, self.expected)


# A poll the service throttled is not an answer about the resource: poll again.
THROTTLED = Acceptor('error', RETRY, [THROTTLED_CODE])


def acceptors_for(statuses, goal):
    """The acceptors of a wait for goal: GONE, or a set of statuses of a Statuses description."""
    if goal == GONE:
        return [THROTTLED,
                Acceptor('gone', SUCCESS),
                Acceptor('status', FAILURE, [statuses.delete_failed], '%(noun)s %(id)s could not be deleted: %(error)s')]
    return [THROTTLED,
            Acceptor('gone', FAILURE, message='%(noun)s %(id)s disappeared while waiting for it'),
            Acceptor('status', SUCCESS, goal),
            Acceptor('status', FAILURE, statuses.failed, '%(noun)s %(id)s reached status %(status)s: %(error)s')]


def waiter_for(statuses, goal):
    """A Waiter for goal: GONE, a status or a set of statuses of a Statuses description."""
    goal = goal if goal == GONE or isinstance(goal, (set, frozenset)) else frozenset([goal])
    return Waiter(acceptors_for(statuses, goal), statuses.member)


class Waiter:
    """Polls read(resource_id) (a result or None) until an acceptor ends the wait, or the timeout.

    A wait follows the write that started it, and the resource cannot have moved yet: the first
    poll comes after first_delay (or the timeout, when shorter), the next ones after delays growing
    by half each time up to max_delay. A resource already at its goal costs one poll.
    """

    def __init__(self, acceptors, status_key='status', sleep=time.sleep, clock=time.monotonic,
                 first_delay=0.5, max_delay=5.0):
        self.acceptors = acceptors
        self.status_key = status_key
        self.sleep = sleep
        self.clock = clock
        self.first_delay = first_delay
        self.max_delay = max_delay

    def reached(self, result, status, noun, resource_id):
        """True when the first acceptor that holds for result is a success; raises WaitError on a failure."""
        for acceptor in self.acceptors:
            if not acceptor.matches(result, self.status_key):
                continue
            if acceptor.state == FAILURE:
                error = (result or {}).get('error_message') or 'no message'
                raise WaitError(acceptor.message % dict(noun=noun, id=resource_id, status=status, error=error),
                                resource=result, status=status)
            return acceptor.state == SUCCESS
        return False

    def polls_again_after(self, error):
        """True when the first acceptor that holds for a poll's error is a retry; otherwise the error ends the wait."""
        for acceptor in self.acceptors:
            if acceptor.matches_error(error):
                return acceptor.state == RETRY
        return False

    def wait(self, read, resource_id, noun, timeout):
        """The result read last (None when the goal is GONE); raises WaitError."""
        deadline = self.clock() + timeout
        delay = self.first_delay
        first = min(self.first_delay, timeout)
        if first > 0:
            self.sleep(first)
        result = status = last_error = None
        answered = False
        while True:
            try:
                result = read(resource_id)
            except CkafkaError as error:
                if not self.polls_again_after(error):
                    raise
                last_error = error
            else:
                answered, last_error = True, None
                status = None if result is None else result.get(self.status_key)
                if self.reached(result, status, noun, resource_id):
                    return result
            remaining = deadline - self.clock()
            if remaining <= 0:
                seen = 'last status %s' % status if answered else 'no poll was answered'
                message = 'timed out after %s seconds waiting for %s %s; %s' % (timeout, noun, resource_id, seen)
                if last_error is not None:
                    message += '; the last poll failed: %s' % last_error
                raise WaitError(message, resource=result, status=status, timed_out=True)
            delay = min(self.max_delay, delay * 1.5)
            self.sleep(min(delay, remaining))
