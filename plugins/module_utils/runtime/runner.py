# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The base classes of the modules that manage a resource, and of their info modules.

A module is a subclass naming its description (plugins/module_utils/resources/<name>/description.py);
the runtime does the rest. A module file holds its documentation and::

    class DatahubTopicModule(ResourceModule):
        resource = DatahubTopic

    def main():
        DatahubTopicModule.main()

and an info module::

    class DatahubTopicInfo(ResourceInfoModule):
        resource = DatahubTopic

One run reads top to bottom (ResourceModule.run): check the options, read the resource, decide
(decision.py, no calls), write (never repeated blindly: safe_writes.py) and wait, shape the result.

The argument spec is the common options, the schema's PARAMETER_SPEC, the options only Modify
takes (Resource.create_omits), state (Resource.states), wait/wait_timeout (when the resource has
statuses), recreate, and the module's own extra_options.

Results: result[resource.result_key] (the resource, resource.result_keys, secrets left out: as read,
as written, as predicted in check mode, or what a delete deleted; None when there was none),
result[identity.id_option] (its id), recreated (true when the run replaced it, or would in check
mode) and previous_<id_option> (the id of the resource replaced, else None); diff {before, after}
in diff mode, secrets masked, both sides shaped the same way (results.py).
A recreate is announced by a warning naming the paths that differ. A resource in a failed status
(Statuses.failed) is replaced with recreate=true even when no option differs; state=present leaves
it with a warning quoting the service's error message.
Failures: msg names the resource; replacement_required/differing_paths/differences (path, current,
wanted; secrets masked) and diff (those paths only, not the resource) when an option Modify cannot
change differs and recreate is false; status/timed_out when a wait failed; error_code/request_id
of a failed call; validation_errors for bad options (before any call).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import CkafkaModule, common_argument_spec
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import invalid_options
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.decision import (
    CHANGE, CREATE, DELETE, RECREATE, WAIT_GONE, decide, id_of, missing_for_create, predict, status_of)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import GONE
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.lookup import Ambiguous, find, listed
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import (
    desired_options, modify_after_create, predict_created, predict_modified)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import lists_left_out
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi

# safe_writes, waiters and masking are imported where a write, a wait or a diff needs them: a run
# that changes nothing pays for none of them (AnsiballZ compiles every imported file on each run;
# the per-item cost is a goal, docs/performance.md). AnsiballZ still ships them: it follows imports
# inside functions too.


class ResourceBase(CkafkaModule):
    """What a module and an info module of a resource share: the description and its API."""

    # The Resource subclass this module manages (set by each module).
    resource = None
    # The module's own options beyond the description's (its module_options): {name: spec}.
    extra_options = {}

    def __init__(self, module):
        super(ResourceBase, self).__init__(module)
        self._api = None

    @property
    def api(self):
        """The ResourceApi of this run (built on first use, with the client)."""
        if self._api is None:
            self._api = (self.resource.api_class or ResourceApi)(self.client, self.resource)
            # the parent of a resource it holds (a topic's instance) goes with every call
            self._api.parent = self.resource.identity.parent_of(self.params)
        return self._api

    @classmethod
    def module_arguments(cls):
        """AnsibleModule keyword arguments besides the spec (required_one_of, mutually_exclusive, ...)."""
        return {}

    @classmethod
    def create_module(cls):
        cls.module_kwargs = cls.module_arguments()
        return super(ResourceBase, cls).create_module()


class ResourceModule(ResourceBase):
    """Base of a module that declares one resource: present/absent, and the resource's own states."""

    @classmethod
    def argument_spec(cls):
        resource = cls.resource
        options = dict(resource.schema.PARAMETER_SPEC)
        options['state'] = dict(type='str', default='present', choices=list(resource.states))
        if resource.statuses is not None:
            options.update(wait=dict(type='bool', default=True), wait_timeout=dict(type='int', default=600))
        options['recreate'] = dict(type='bool', default=False)
        options.update((name, dict(type=kind)) for name, kind in resource.create_omits().items())
        options.update(resource.module_options)
        options.update(cls.extra_options)
        return common_argument_spec(**options)

    @classmethod
    def module_arguments(cls):
        identity = cls.resource.identity
        return dict(required_one_of=[tuple(name for name in (identity.name_option, identity.id_option) if name)])

    def __init__(self, module):
        super(ResourceModule, self).__init__(module)
        resource = self.resource
        self.identity = resource.identity
        self.statuses = resource.statuses
        self.by_id = self.param_is_defined(self.identity.id_option)
        self.result.update({resource.result_key: None, self.identity.id_option: None, 'recreated': False,
                            self.previous_id_key: None})

    @property
    def previous_id_key(self):
        """The result key of the id of a resource replaced by a recreate (previous_task_id)."""
        return 'previous_' + self.identity.id_option

    # ---- the run -----------------------------------------------------------------------------

    def run(self):
        """Check the options, read the resource, decide (no calls), write and wait (in check mode:
        predict), shape the result."""
        self.check_options()
        current = self.read()
        decision = decide(self.resource, self.params, current, self.by_id, anticipate=self.module.check_mode)
        self.report(decision, current)
        if self.module.check_mode:
            after = predict(self.resource, self.params, current, decision, self.by_id)
        else:
            after = self.write(decision, current)
        self.result['changed'] = decision.writes
        # a replacement's id is the new one's (unknown in check mode when the service chooses it)
        self.set_result(after, None if decision.kind == RECREATE else id_of(self.resource, current))
        if decision.kind != WAIT_GONE:
            self.set_diff(current, None if decision.kind == DELETE else after)

    def check_options(self):
        """Options the service would refuse, before any call."""
        errors = invalid_options(self.resource, self.params)
        if errors:
            self.fail('invalid %s options: %s' % (self.resource.noun, '; '.join(errors)), validation_errors=errors)

    def read(self):
        """The resource, as the decision needs it: None when absent or being deleted (unless state is
        absent), and out of a transient status when a state of its own is declared (not in check mode)."""
        current = self.lookup()
        # Whatever fails from here on, the result says which resource it was about.
        self.set_result(current)
        statuses = self.statuses
        if current is None or statuses is None:
            return current
        state = self.params['state']
        status = status_of(self.resource, current)
        if status == statuses.deleting and state != 'absent':
            # A delete is under way: the resource is as good as gone.
            if not self.module.check_mode:
                self.settle(current)
            return None
        if state not in ('present', 'absent') and not self.module.check_mode and not statuses.is_settled(status):
            return self.settle(current)
        return current

    def report(self, decision, current):
        """Fail for a declaration that cannot be carried out; warn; announce a replacement."""
        if decision.kind in (DELETE, RECREATE):
            # A resource that must not be deleted (a connection in use) is not replaced either.
            refusal = self.resource.refuse_delete(current, self.api)
            if refusal:
                self.fail(refusal)
        failure = decision.failure
        if failure is not None:
            extra = dict(failure.extra)
            if 'diff' in extra:
                # the paths that differ, not the whole resource
                self.result[self.resource.result_key] = None
                if not self.module._diff:
                    extra.pop('diff')
            self.fail(str(failure), **extra)
        for warning in decision.warnings:
            self.module.warn(warning)
        if decision.kind == RECREATE:
            self.result['recreated'] = True
            self.result[self.previous_id_key] = id_of(self.resource, current)

    def write(self, decision, current):
        """Carry out decision; the resource afterwards (a delete's: what it deleted)."""
        kind = decision.kind
        if kind == WAIT_GONE:
            if self.params['wait']:
                self.wait_for(id_of(self.resource, current), GONE)
            return current
        if kind == DELETE:
            return self.delete(current)
        if kind == CREATE:
            return self.create(decision.goal)
        if kind == CHANGE:
            return self.change(current, decision)
        if kind == RECREATE:
            # what the create needs is checked before the delete
            lacking = missing_for_create(self.resource, self.params, id_of(self.resource, current))
            if lacking is not None:
                self.fail(str(lacking), **lacking.extra)
            self.delete(current, wait=True)
            return self.create(decision.goal)
        return current

    # ---- results -----------------------------------------------------------------------------

    def set_result(self, result, resource_id=None):
        """The resource in the result (a result dict or None) and its id."""
        self.result[self.resource.result_key] = result
        self.result[self.identity.id_option] = id_of(self.resource, result) or resource_id

    def set_diff(self, before, after):
        if self.module._diff:
            from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.masking import (  # pylint: disable=import-outside-toplevel
                mask_secrets, secret_names)
            secrets = secret_names(self.resource)
            self.result['diff'] = dict(before=mask_secrets(before or {}, secrets), after=mask_secrets(after or {}, secrets))

    # ---- reads and waits ---------------------------------------------------------------------

    def lookup(self):
        """The result of the resource this declaration identifies, or None."""
        try:
            return find(self.api, self.params, self.by_id, desired_options(self.resource, self.params, self.by_id))
        except Ambiguous as ambiguous:
            self.fail('%d %s are named %s exactly: %s; set %s to choose one'
                      % (len(ambiguous.ids), self.resource.nouns(), self.params[self.identity.name_option], ambiguous,
                         self.identity.id_option), **{self.identity.id_option + 's': ambiguous.ids})

    def wait_for(self, resource_id, goal):
        """Wait for goal (a status, a set of statuses or GONE); returns the result read last."""
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.waiters import (  # pylint: disable=import-outside-toplevel
            WaitError, waiter_for)
        waiter = waiter_for(self.statuses, goal)
        try:
            return waiter.wait(self.api.describe, resource_id, self.resource.noun, self.params['wait_timeout'])
        except WaitError as error:
            if error.resource is not None:
                self.result[self.resource.result_key] = error.resource
            self.fail(str(error), timed_out=error.timed_out, status=error.status)

    def settle(self, current):
        """Wait until current leaves a transient status; the result, or None when it went."""
        resource_id = id_of(self.resource, current)
        status = status_of(self.resource, current)
        if status == self.statuses.deleting:
            self.wait_for(resource_id, GONE)
            return None
        if self.statuses.is_settled(status):
            return current
        return self.wait_for(resource_id, self.statuses.settled)

    def read_back(self, resource_id, goal):
        """The resource after a write: waited for when wait is true, read once otherwise."""
        if goal is not None and self.params.get('wait'):
            return self.wait_for(resource_id, goal)
        return self.api.describe(resource_id)

    # ---- writes ------------------------------------------------------------------------------

    def safely(self, write, *args):
        """write(*args) from safe_writes.py, its failure as the module's."""
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.safe_writes import WriteFailed  # pylint: disable=import-outside-toplevel
        try:
            return write(*args)
        except WriteFailed as failure:
            self.fail(str(failure), error=failure.error, **failure.extra)

    def converge(self, name, resource_id, write, done):
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import safe_writes  # pylint: disable=import-outside-toplevel
        self.safely(safe_writes.converge, self.api, name, resource_id, write, done, self.client.retry_policy.delays())

    def create(self, goal):
        """Create the resource, then bring it to goal; the result."""
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.safe_writes import create_once  # pylint: disable=import-outside-toplevel
        statuses = self.statuses
        resource_id = self.safely(create_once, self.api, self.params, lambda: find(self.api, self.params, self.by_id),
                                  self.client.retry_policy.delays())
        self.result['changed'] = True
        self.result[self.identity.id_option] = resource_id
        extra = modify_after_create(self.resource, self.params)
        if extra:
            self.api.modify(resource_id, extra)
        then = statuses is not None and goal != statuses.ready
        if then:
            # The state is reached from ready (a task can be paused once it runs).
            self.wait_for(resource_id, statuses.ready)
            self.act(self.resource.state_action(self.params['state'], statuses.ready)[0], resource_id)
        if not self.params.get('wait') and not then:
            # The answer to a create is a resource being created: no need to read it back.
            return predict_created(self.resource, self.params, statuses.creating if statuses else None, resource_id)
        return self.read_back(resource_id, goal)

    def change(self, current, decision):
        """The Modify and the extra action of decision; the result."""
        resource_id = id_of(self.resource, current)
        plan = decision.plan
        if plan.changes:
            self.api.modify(resource_id, plan.changes)
            self.result['changed'] = True
        if decision.action is None:
            # Only the members sent changed: no need to read the resource again.
            return predict_modified(self.resource, current, plan.visible)
        self.act(decision.action, resource_id)
        return self.read_back(resource_id, decision.goal)

    def delete(self, current, wait=None):
        """Delete current, waited for until gone when wait (default: the wait option); returns what
        was deleted, as read last (None when it went before the delete was sent)."""
        resource_id = id_of(self.resource, current)
        statuses = self.statuses
        if statuses is not None and not statuses.is_settled(status_of(self.resource, current)):
            current = self.settle(current)
            if current is None:
                return None
        self.converge('delete', resource_id, lambda: self.api.delete(resource_id),
                      lambda result: result is None or status_of(self.resource, result) == statuses.deleting)
        self.result['changed'] = True
        if statuses is None:
            return current
        if self.params['wait'] if wait is None else wait:
            self.wait_for(resource_id, GONE)
            return current
        return self.api.describe(resource_id) or current

    def act(self, name, resource_id):
        """The extra action name (pause, ...), not repeated blindly."""
        done = self.resource.actions.extra[name].done
        self.converge(name, resource_id, lambda: self.api.act(name, resource_id),
                      lambda result: result is not None and status_of(self.resource, result) in done)


class ResourceInfoModule(ResourceBase):
    """Base of an info module: one resource by its id, or every one matching the listing's filters.

    Options: the id option, the exact name option, and listing.filters. The result is
    result[resource.plural_result_key] (default: the noun's plural): a list (empty when nothing matches) of results with the
    same keys as the module's. Never writes; changed is always false.
    """

    @classmethod
    def filter_options(cls):
        """The listing's filter options and the exact name option, in that order."""
        names = list(cls.resource.listing.filters)
        name_option = cls.resource.identity.name_option
        if name_option and name_option not in names:
            names.insert(1, name_option)
        return names

    @classmethod
    def argument_spec(cls):
        parameters = cls.resource.schema.PARAMETER_SPEC
        options = {cls.resource.identity.id_option: dict(type='str')}
        # the parent (a topic's instance): every read is within it
        options.update((option, dict(type='str', required=True)) for option in cls.resource.identity.parent)
        for name in cls.filter_options():
            options[name] = dict(type='str')
            if parameters.get(name, {}).get('choices'):
                options[name]['choices'] = list(parameters[name]['choices'])
        options.update(cls.extra_options)
        return common_argument_spec(**options)

    @classmethod
    def module_arguments(cls):
        return dict(mutually_exclusive=[(cls.resource.identity.id_option, name) for name in cls.filter_options()])

    def run(self):
        self.result[self.resource.plural_result_key or self.resource.nouns()] = self.read()

    def read(self):
        resource = self.resource
        identity = resource.identity
        resource_id = self.params[identity.id_option]
        if resource_id is not None:
            if not resource_id.strip():
                self.fail('%s must not be empty' % identity.id_option)
            errors = resource.id_errors(resource_id)
            if errors:
                self.fail('invalid %s options: %s' % (resource.noun, '; '.join(errors)), validation_errors=errors)
            found = self.api.describe(resource_id)
            return [found] if found else []
        filters = dict((api_name, self.params.get(option)) for option, api_name in resource.listing.filters.items())
        name = self.params.get(identity.name_option) if identity.name_option else None
        found = listed(self.api, filters, name)
        # by its exact name a resource reads as the module finds it (lookup.find): described when the list item lacks a list
        read = [self.api.describe(item[identity.id_member]) if name and lists_left_out(resource, item) else self.api.result_of(item)
                for item in found]
        return [result for result in read if result is not None]
