# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Waits for many resources at once: each poll is one listing (one call per page of 100), not one
Describe per resource. The acceptors are the singular module's (runtime/waiters.py)."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import time

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import adapter
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.plan import resource_result


def wait_all(resource, list_items, goals, timeout, sleep=time.sleep, clock=time.monotonic, first_delay=0.5, max_delay=5.0):
    """{resource id: the result read last, or a WaitError} for goals ({resource id: goal}).

    list_items() answers every list item (API names); a resource missing from it is gone.
    """
    statuses = resource.statuses
    id_member = resource.identity.id_member
    waiters = dict((resource_id, adapter.waiter_for(statuses, goal)) for resource_id, goal in goals.items())
    outcomes = {}
    last = {}
    deadline = clock() + timeout
    delay = first_delay
    sleep(min(first_delay, timeout))
    while waiters:
        try:
            items = dict((item.get(id_member), item) for item in list_items())
        except adapter.CkafkaError as error:
            if not adapter.is_throttled(error):
                raise
        else:
            for resource_id, waiter in list(waiters.items()):
                item = items.get(resource_id)
                result = None if item is None else resource_result(resource, item)
                last[resource_id] = result
                status = None if result is None else result.get(statuses.member)
                try:
                    if waiter.reached(result, status, resource.noun, resource_id):
                        outcomes[resource_id] = result
                        del waiters[resource_id]
                except adapter.WaitError as error:
                    outcomes[resource_id] = error
                    del waiters[resource_id]
        if not waiters:
            break
        remaining = deadline - clock()
        if remaining <= 0:
            for resource_id in waiters:
                result = last.get(resource_id)
                status = None if result is None else result.get(statuses.member)
                message = 'timed out after %s seconds waiting for %s %s; last status %s' % (timeout, resource.noun, resource_id, status)
                outcomes[resource_id] = adapter.WaitError(message, resource=result, status=status, timed_out=True)
            break
        delay = min(max_delay, delay * 1.5)
        sleep(min(delay, remaining))
    return outcomes
