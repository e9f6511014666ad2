# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The writes of one step: create, converge (Modify and an extra action), delete, recreate.

Every write goes through safe_writes.py (never repeated blindly after an unknown outcome). A wait
a write needs before the next one (a delete before the create of a recreate, a new task running
before it is paused, a transient status before an action) is made here, on the resource alone;
the wait for the status a step ends in is the engine's, for every step at once. Failures raise
(WriteFailed, WaitError, CkafkaError, or a decision.Failure:
what the create of a recreate lacks, checked before its delete): the caller decides what a failure means for the run.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import safe_writes
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.decision import (
    CHANGE, CREATE, DELETE, RECREATE, id_of, missing_for_create, status_of)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import GONE
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.lookup import find
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import modify_after_create
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.waiters import waiter_for


class Writer:
    """The writes of steps of one resource over api (a ResourceApi); delays: the client's retry delays."""

    def __init__(self, resource, api, delays, wait_timeout):
        self.resource = resource
        self.api = api
        self.delays = delays
        self.wait_timeout = wait_timeout

    def write(self, step):
        """Carry out step.decision; step.resource_id and step.wrote follow what went out."""
        kind = step.decision.kind
        if kind == DELETE:
            step.current = self.delete(step, step.current)
        elif kind == CREATE:
            self.create(step)
        elif kind == CHANGE:
            self.change(step)
        elif kind == RECREATE:
            # what the create needs is checked before the delete
            lacking = missing_for_create(self.resource, step.params, step.resource_id)
            if lacking is not None:
                raise lacking
            self.delete(step, step.current, wait_gone=True)
            self.create(step)

    # ---- one resource ------------------------------------------------------------------------

    def wait(self, resource_id, goal):
        """Wait for goal (a status, a set of them, or GONE) on one resource; raises WaitError."""
        return waiter_for(self.resource.statuses, goal).wait(self.api.describe, resource_id, self.resource.noun,
                                                             self.wait_timeout)

    def settle(self, current):
        """current once it has left a transient status; None when it went."""
        statuses = self.resource.statuses
        status = status_of(self.resource, current)
        if statuses is None or current is None or statuses.is_settled(status):
            return current
        if status == statuses.deleting:
            self.wait(id_of(self.resource, current), GONE)
            return None
        return self.wait(id_of(self.resource, current), statuses.settled)

    def converge(self, name, resource_id, write, done):
        safe_writes.converge(self.api, name, resource_id, write, done, self.delays)

    def act(self, name, resource_id):
        """The extra action name (pause, ...), not repeated blindly."""
        done = self.resource.actions.extra[name].done
        self.converge(name, resource_id, lambda: self.api.extra_action(name, resource_id),
                      lambda result: result is not None and status_of(self.resource, result) in done)

    # ---- the writes ----------------------------------------------------------------------------

    def create(self, step):
        """Create step.params; when the state is reached from ready (a task paused once it runs), wait
        for ready and act."""
        resource, api, params = self.resource, self.api, step.params
        step.resource_id = safe_writes.create_once(api, params, lambda: find(api, params, step.by_id), self.delays)
        step.wrote = True
        step.created = True
        extra = modify_after_create(resource, params)
        if extra:
            api.modify(step.resource_id, extra)
        statuses = resource.statuses
        if statuses is not None and step.decision.goal != statuses.ready:
            self.wait(step.resource_id, statuses.ready)
            action = resource.state_action(params['state'], statuses.ready)[0]
            if action:
                self.act(action, step.resource_id)

    def change(self, step):
        """The Modify and the extra action of the decision."""
        decision = step.decision
        if decision.plan.changes:
            self.api.modify(step.resource_id, decision.plan.changes)
            step.wrote = True
        if decision.action is not None:
            self.act(decision.action, step.resource_id)
            step.wrote = True

    def delete(self, step, current, wait_gone=False):
        """Delete current once settled (waited for until gone when wait_gone); returns what was
        deleted, as read last (None when it went before the delete was sent)."""
        resource_id = id_of(self.resource, current)
        statuses = self.resource.statuses
        current = self.settle(current)
        if current is None:
            return None
        self.converge('delete', resource_id, lambda: self.api.delete(resource_id),
                      lambda result: result is None or (statuses is not None and status_of(self.resource, result) == statuses.deleting))
        step.wrote = True
        if wait_gone and statuses is not None:
            self.wait(resource_id, GONE)
        return current
