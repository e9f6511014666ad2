# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The writes of one step, as the singular module makes them (run in a worker thread).

A create goes through safe_writes.create_once (looked up again after an unknown outcome; a task's
client-chosen TaskId refused as a repetition), deletes and pause/resume/restart through converge.
A wait the step needs before its next write (a delete before the create of a recreate, a new task
running before it is paused) is made here, on the resource alone; the wait for each step's final
status is made for every step at once through the listing (waits.py).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import adapter
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.plan import CREATED, DELETED, RECREATED


class Executor:
    """apis() is the calling thread's ResourceApi; delays the client's retry delays."""

    def __init__(self, resource, apis, delays, wait_timeout):
        self.resource = resource
        self.apis = apis
        self.delays = delays
        self.wait_timeout = wait_timeout

    def __call__(self, step):
        api = self.apis()
        if step.action == CREATED:
            self.create(api, step)
        elif step.action == RECREATED:
            self.recreate(api, step)
        elif step.action == DELETED:
            self.delete(api, step)
        else:
            self.update(api, step)
        return step

    # ---- helpers ---------------------------------------------------------------------------

    def status_of(self, result):
        statuses = self.resource.statuses
        return None if statuses is None or result is None else result.get(statuses.member)

    def wait_one(self, api, resource_id, goal):
        """Wait for goal (a status, a set of them, or GONE) on one resource; raises WaitError."""
        waiter = adapter.waiter_for(self.resource.statuses, goal)
        return waiter.wait(api.describe, resource_id, self.resource.noun, self.wait_timeout)

    def settled(self, api, step):
        """The step's resource once it has left a transient status (None when it went)."""
        statuses = self.resource.statuses
        current = step.current
        if statuses is None or current is None or statuses.is_settled(self.status_of(current)):
            return current
        if self.status_of(current) == statuses.deleting:
            self.wait_one(api, step.resource_id, adapter.GONE)
            return None
        return self.wait_one(api, step.resource_id, statuses.settled)

    def run_action(self, api, name, resource_id):
        done = self.resource.actions.extra[name].done
        adapter.converge(api, name, resource_id, lambda: api.act(name, resource_id),
                         lambda result: result is not None and self.status_of(result) in done, self.delays)

    # ---- the steps ---------------------------------------------------------------------------

    def create(self, api, step):
        entry = step.entry
        if step.awaits_gone:
            self.wait_one(api, step.resource_id, adapter.GONE)
        step.resource_id = adapter.create_once(
            api, entry.params, lambda: adapter.find(api, entry.params, entry.by_id), self.delays)
        step.wrote = True
        extra = adapter.modify_after_create(self.resource, entry.params)
        if extra:
            api.modify(step.resource_id, extra)
        statuses = self.resource.statuses
        if statuses is not None and step.goal != statuses.ready:
            # The state is reached from ready (a task can be paused once it runs).
            self.wait_one(api, step.resource_id, statuses.ready)
            action = self.resource.state_action(entry.state, statuses.ready)[0]
            if action:
                self.run_action(api, action, step.resource_id)

    def update(self, api, step):
        if step.plan is not None and step.plan.changes:
            api.modify(step.resource_id, step.plan.changes)
            step.wrote = True
        if step.extra:
            if self.settled(api, step) is None:
                # Gone while it settled: made anew.
                step.action, step.current, step.awaits_gone = CREATED, None, False
                self.create(api, step)
                return
            self.run_action(api, step.extra, step.resource_id)
            step.wrote = True

    def recreate(self, api, step):
        current = self.settled(api, step)
        if current is not None:
            self.delete_now(api, step.resource_id)
            step.wrote = True
            if self.resource.statuses is not None:
                self.wait_one(api, step.resource_id, adapter.GONE)
        self.create(api, step)

    def delete(self, api, step):
        statuses = self.resource.statuses
        if statuses is not None and self.status_of(step.current) == statuses.deleting:
            return
        if self.settled(api, step) is None:
            return
        self.delete_now(api, step.resource_id)
        step.wrote = True

    def delete_now(self, api, resource_id):
        statuses = self.resource.statuses
        adapter.converge(api, 'delete', resource_id, lambda: api.delete(resource_id),
                         lambda result: result is None or (statuses is not None and self.status_of(result) == statuses.deleting),
                         self.delays)
