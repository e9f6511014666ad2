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
    """The acceptors of one resource's wait (what a poll's result or error means for it), and its pacing
    (keywords of Pacing) when it waits alone."""

    def __init__(self, acceptors, status_key='status', **pacing):
        self.acceptors = acceptors
        self.status_key = status_key
        self.pacing = Pacing(**pacing)

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
        """The result read last (None when the goal is GONE) of read(resource_id) polls; raises WaitError."""
        outcome = wait_all({resource_id: self}, lambda ids: dict((found, read(found)) for found in ids), noun, timeout,
                           self.pacing)[resource_id]
        if isinstance(outcome, WaitError):
            raise outcome
        return outcome


class Pacing:
    """When the polls of a wait come: a wait follows the write that started it, and the resource cannot
    have moved yet, so the first poll comes after first_delay (or the timeout, when shorter), the next
    ones after delays growing by half each time up to max_delay."""

    def __init__(self, sleep=None, clock=None, first_delay=0.5, max_delay=5.0):
        self.sleep = sleep or time.sleep
        self.clock = clock or time.monotonic
        self.first_delay = first_delay
        self.max_delay = max_delay


def wait_all(waiters, read_many, noun, timeout, pacing=None):
    """{resource id: the result read last (None when gone), or a WaitError} for waiters ({id: Waiter}).

    Each poll is one read_many(ids) ({id: result or None}) of the resources still waited for, so a
    wait for many costs what reading them together costs (one listing, or a Describe each: the
    caller's choice). A resource already at its goal costs one poll.
    """
    pacing = pacing or Pacing()
    pending = dict(waiters)
    outcomes = {}
    last = {}
    deadline = pacing.clock() + timeout
    delay = pacing.first_delay
    first = min(pacing.first_delay, timeout)
    if first > 0:
        pacing.sleep(first)
    answered = False
    last_error = None
    while pending:
        try:
            results = read_many(sorted(pending))
        except CkafkaError as error:
            if not all(waiter.polls_again_after(error) for waiter in pending.values()):
                raise
            last_error = error
        else:
            answered, last_error = True, None
            for resource_id, waiter in list(pending.items()):
                result = results.get(resource_id)
                last[resource_id] = result
                status = None if result is None else result.get(waiter.status_key)
                try:
                    done = waiter.reached(result, status, noun, resource_id)
                except WaitError as error:
                    outcomes[resource_id] = error
                    del pending[resource_id]
                    continue
                if done:
                    outcomes[resource_id] = result
                    del pending[resource_id]
        if not pending:
            break
        remaining = deadline - pacing.clock()
        if remaining <= 0:
            for resource_id, waiter in pending.items():
                outcomes[resource_id] = timed_out(timeout, noun, resource_id, last.get(resource_id), waiter.status_key,
                                                  answered, last_error)
            break
        delay = min(pacing.max_delay, delay * 1.5)
        pacing.sleep(min(delay, remaining))
    return outcomes


def timed_out(timeout, noun, resource_id, result, status_key, answered, last_error):
    """The WaitError of a wait that reached its timeout."""
    status = None if result is None else result.get(status_key)
    seen = 'last status %s' % status if answered else 'no poll was answered'
    message = 'timed out after %s seconds waiting for %s %s; %s' % (timeout, noun, resource_id, seen)
    if last_error is not None:
        message += '; the last poll failed: %s' % last_error
    return WaitError(message, resource=result, status=status, timed_out=True)
