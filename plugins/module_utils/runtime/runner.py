# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The base classes of the modules that manage a resource, and of their info modules.

A module is a subclass naming its description (plugins/module_utils/X_resource.py); the runtime does
the rest: lookup, comparison, create/modify/delete never repeated blindly, waits, check mode, diff,
and one fixed result shape. A module file holds its documentation and::

    class DatahubTopicModule(ResourceModule):
        resource = DatahubTopic

    def main():
        DatahubTopicModule.main()

and an info module::

    class DatahubTopicInfo(ResourceInfoModule):
        resource = DatahubTopic

The argument spec is the common options, the schema's PARAMETER_SPEC, the options Create does not
take (ModifyRules.create_omits), state (Resource.states), wait/wait_timeout (when the resource has
statuses), recreate, and the module's own extra_options.

Results: result[resource.result_key] (the resource, resource.result_keys, secrets left out; None
when absent), result[identity.id_option] (its id), recreated (true when the run replaced it, or
would in check mode) and previous_<id_option> (the id of the resource replaced, else None); diff
{before, after} in diff mode, secrets masked, both sides shaped the same way (results.py).
A recreate is announced by a warning naming the paths that differ. A resource in a failed status
(Statuses.failed) is replaced with recreate=true even when no option differs; state=present leaves
it with a warning quoting the service's error message.
Failures: msg names the resource; replacement_required/differing_paths/differences (path, current,
wanted; secrets masked) when an option Modify cannot change differs and recreate is false;
status/timed_out when a wait failed; error_code/request_id of a failed call; validation_errors for
bad options (before any call).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import snake_case, to_api
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import invalid_options
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.lookup import Ambiguous, find
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import lists_left_out
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import CkafkaModule, common_argument_spec
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import (
    compare, desired_options, modify_after_create, predict_created, predict_modified, predict_recreated, value_at)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import GONE

# safe_writes, waiters and masking are imported where a write, a wait or a diff needs them: a run
# that changes nothing pays for none of them (AnsiballZ compiles every imported file on each run;
# the per-item cost is a goal, docs/performance.md). AnsiballZ still ships them: it follows imports
# inside functions too.


def shown(value):
    """A value as a message quotes it (JSON: "index", null, ["a"])."""
    return json.dumps(value, sort_keys=True)


def is_secret_path(path, secrets):
    """Whether an option path names a secret (its last name is one, or says so)."""
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import is_secret_name  # pylint: disable=import-outside-toplevel
    last = path.rsplit('.', 1)[-1].split('[', 1)[0]
    return last in secrets or is_secret_name(last)


class ResourceBase(CkafkaModule):
    """What a module and an info module of a resource share: the description and its API."""

    # The Resource subclass this module manages (set by each module).
    resource = None
    # The module's own options beyond those derived from the description: {name: spec}.
    extra_options = {}

    def __init__(self, module):
        super(ResourceBase, self).__init__(module)
        self._api = None

    @property
    def api(self):
        """The ResourceApi of this run (built on first use, with the client)."""
        if self._api is None:
            api_class = self.resource.api_class or ResourceApi
            self._api = api_class(self.client, self.resource, with_secrets=self.include_secrets())
        return self._api

    def include_secrets(self):
        """Whether results carry the resource's secret_members (a module asks for them with an option)."""
        return False

    @classmethod
    def module_arguments(cls):
        """AnsibleModule keyword arguments besides the spec (required_one_of, mutually_exclusive, ...)."""
        return {}

    @classmethod
    def create_module(cls):
        cls.module_kwargs = cls.module_arguments()
        return super(ResourceBase, cls).create_module()

    def fail_write(self, failure):
        self.fail(str(failure), error=failure.error, **failure.extra)


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
        options.update((name, dict(type=kind)) for name, kind in resource.modify.create_omits.items())
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

    # ---- results -----------------------------------------------------------------------------

    def set_result(self, result, resource_id=None):
        """The resource in the result (a result dict or None) and its id."""
        self.result[self.resource.result_key] = result
        self.result[self.identity.id_option] = (result or {}).get(self.identity.id_option) or resource_id

    def set_diff(self, before, after):
        if self.module._diff:
            from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.masking import mask_secrets  # pylint: disable=import-outside-toplevel
            secrets = self.secret_names()
            self.result['diff'] = dict(before=mask_secrets(before or {}, secrets), after=mask_secrets(after or {}, secrets))

    def status_of(self, result):
        return None if self.statuses is None or result is None else result.get(self.statuses.member)

    def is_settled(self, result):
        return self.statuses is None or self.statuses.is_settled(self.status_of(result))

    # ---- checks ------------------------------------------------------------------------------

    def require_create_options(self):
        missing = [name for name in self.resource.create_requirements() if not self.params.get(name)]
        if missing:
            self.fail('the %s %s does not exist, and %s required to create it'
                      % (self.resource.noun, self.params.get(self.identity.id_option) or self.params.get(self.identity.name_option),
                         ' and '.join(missing) + (' are' if len(missing) > 1 else ' is')))
        problems = self.resource.create_problems(self.params)
        if problems:
            self.fail('invalid %s options: %s' % (self.resource.noun, '; '.join(problems)), validation_errors=problems)

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
            WaitError, Waiter, acceptors_for)
        goal = goal if goal == GONE or isinstance(goal, (set, frozenset)) else frozenset([goal])
        waiter = Waiter(acceptors_for(self.statuses, goal), self.statuses.member)
        try:
            return waiter.wait(self.api.describe, resource_id, self.resource.noun, self.params['wait_timeout'])
        except WaitError as error:
            if error.resource is not None:
                self.result[self.resource.result_key] = error.resource
            self.fail(str(error), timed_out=error.timed_out, status=error.status)

    def settle(self, resource_id, current):
        """Wait until current leaves a transient status; the result, or None when it went."""
        status = self.status_of(current)
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

    def create_resource(self, request):
        """Create with request (API names), never repeated blindly; returns the id."""
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.safe_writes import (  # pylint: disable=import-outside-toplevel
            WriteFailed, create_once)
        delays = self.client.retry_policy.delays()
        try:
            resource_id = create_once(self.api, request, lambda: find(self.api, self.params, self.by_id), delays)
        except WriteFailed as failure:
            self.fail_write(failure)
        self.result['changed'] = True
        return resource_id

    def converge(self, name, resource_id, write, done):
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.safe_writes import (  # pylint: disable=import-outside-toplevel
            WriteFailed, converge)
        try:
            converge(self.api, name, resource_id, write, done, self.client.retry_policy.delays())
        except WriteFailed as failure:
            self.fail_write(failure)

    def delete(self, resource_id):
        self.converge('delete', resource_id, lambda: self.api.delete(resource_id),
                      lambda result: result is None or self.status_of(result) == self.statuses.deleting)

    def run_action(self, name, resource_id):
        done = self.resource.actions.extra[name].done
        self.converge(name, resource_id, lambda: self.api.act(name, resource_id),
                      lambda result: result is not None and self.status_of(result) in done)

    # ---- the run -----------------------------------------------------------------------------

    def run(self):
        errors = invalid_options(self.resource, self.params)
        if errors:
            self.fail('invalid %s options: %s' % (self.resource.noun, '; '.join(errors)), validation_errors=errors)
        state = self.params['state']
        current = self.lookup()
        resource_id = current[self.identity.id_option] if current else None
        if current is not None and self.statuses is not None and self.status_of(current) == self.statuses.deleting \
                and state != 'absent':
            # A delete is under way: the resource is as good as gone.
            if not self.module.check_mode:
                self.settle(resource_id, current)
            current = None
        if state == 'absent':
            self.absent(resource_id, current)
        else:
            self.present(state, resource_id, current)

    def present(self, state, resource_id, current):
        """state is present or one of the resource's own states (running, paused, ...)."""
        if current is None and self.by_id and not self.resource.creates_by_id:
            # The service chooses the id of a new resource: one made here could not be found by this id.
            name_option = self.identity.name_option
            self.fail('no %s has the ID %s; leave %s out to create one%s'
                      % (self.resource.noun, self.params[self.identity.id_option], self.identity.id_option,
                         ' by its ' + name_option if name_option else ''))
        if current is None:
            self.create(state, before={})
        else:
            self.update(state, resource_id, current)

    def absent(self, resource_id, current):
        if current is None:
            self.set_diff({}, {})
            return
        self.result[self.identity.id_option] = resource_id
        waits = self.statuses is not None and self.params['wait']
        if self.statuses is not None and self.status_of(current) == self.statuses.deleting:
            # A delete is under way already.
            if waits and not self.module.check_mode:
                self.wait_for(resource_id, GONE)
                current = None
            self.set_result(current, resource_id)
            return
        refusal = self.resource.refuse_delete(current, self.api)
        if refusal:
            self.fail(refusal)
        self.set_diff(current, {})
        if self.module.check_mode:
            self.result['changed'] = True
            return
        if not self.is_settled(current) and self.settle(resource_id, current) is None:
            self.result['changed'] = True
            return
        self.delete(resource_id)
        self.result['changed'] = True
        if waits:
            self.wait_for(resource_id, GONE)
            self.result[self.resource.result_key] = None
        elif self.statuses is not None:
            self.result[self.resource.result_key] = self.api.describe(resource_id)

    def create(self, state, before):
        """Create the resource (nothing exists under this identity now); before is the diff's before side."""
        self.require_create_options()
        request = to_api(self.params, self.resource.schema.API_NAME_TREE)
        statuses = self.statuses
        goal = statuses.goal(state) if statuses else None
        if self.module.check_mode:
            self.result['changed'] = True
            predicted = predict_created(self.resource, self.params, request, goal)
            self.set_result(predicted, self.params.get(self.identity.id_option))
            self.set_diff(before, predicted)
            return
        resource_id = self.create_resource(request)
        self.result[self.identity.id_option] = resource_id
        extra = modify_after_create(self.resource, self.params)
        if extra:
            self.api.modify(resource_id, extra)
        then = statuses is not None and goal != statuses.ready
        if then:
            # The state is reached from ready (a task can be paused once it runs).
            self.wait_for(resource_id, statuses.ready)
            action = self.resource.state_action(state, statuses.ready)[0]
            self.run_action(action, resource_id)
        if not self.params.get('wait') and not then:
            # The answer to a create is a resource being created: no need to read it back.
            request[self.identity.id_member] = resource_id
            result = predict_created(self.resource, self.params, request, statuses.creating if statuses else None)
        else:
            result = self.read_back(resource_id, goal)
        self.set_result(result, resource_id)
        self.set_diff(before, result)

    def update(self, state, resource_id, current):
        # Whatever fails from here on, the result says which resource it was about.
        self.set_result(current, resource_id)
        plan = self.plan_for(current)
        failed = self.failed_status(current)
        if plan.replacement_required or (failed is not None and self.params['recreate']):
            if not self.params['recreate']:
                self.fail_replacement(resource_id, current, plan)
            self.recreate(state, resource_id, current, plan)
            return
        if failed and state == 'present':
            self.module.warn('%s %s is in status %s (%s): the service says: %s. It is left as it is; '
                             'set recreate: true to replace it, or state: restarted to restart it'
                             % (self.resource.noun, resource_id, failed, self.statuses.name(failed),
                                current.get('error_message') or 'no message'))
        status = self.status_of(current)
        if self.module.check_mode:
            status = self.statuses.expected.get(status, status) if self.statuses else None
        elif state != 'present' and not self.is_settled(current):
            current = self.settle(resource_id, current)
            if current is None:
                self.create(state, before={})
                return
            status = self.status_of(current)
            plan = self.plan_for(current)
        action, error = self.resource.state_action(state, status)
        if error:
            self.set_result(current)
            self.fail('%s %s: %s. Service message: %s' % (self.resource.noun, resource_id, error, current.get('error_message') or 'none'),
                      status=status)
        changed = bool(plan.changes) or action is not None
        goal = self.resource.actions.extra[action].goal if action else None
        predicted = predict_modified(self.resource, current, plan.visible, goal)
        if self.module.check_mode or not changed:
            self.result['changed'] = changed
            self.set_result(predicted if changed else current)
            self.set_diff(current, predicted)
            return
        if plan.changes:
            self.api.modify(resource_id, plan.changes)
            self.result['changed'] = True
        if action is None:
            # Only the members sent changed: no need to read the resource again.
            self.set_result(predicted)
            self.set_diff(current, predicted)
            return
        self.run_action(action, resource_id)
        self.result['changed'] = True
        result = self.read_back(resource_id, goal)
        self.set_result(result, resource_id)
        self.set_diff(current, result)

    def plan_for(self, current):
        """The Plan bringing current to the options: the resource's own compare when it has one."""
        own = getattr(self.resource, 'compare', None)
        if own is not None:
            return own(self.params, current, self.by_id)
        return compare(self.resource, self.params, current, self.by_id)

    def fail_replacement(self, resource_id, current, plan):
        """Fail for differences Modify cannot make: each path with its current and wanted value."""
        self.set_result(current, resource_id)
        differences = self.differences(plan.replacement_paths, current)
        self.fail('%s %s differs in %s, which cannot be changed in place: the %s must be recreated. '
                  'Set recreate: true to delete it and create it anew.'
                  % (self.resource.noun, resource_id, '; '.join(
                      '%s (now %s, wanted %s)' % (item['path'], shown(item['current']), shown(item['wanted']))
                      for item in differences), self.resource.noun),
                  replacement_required=True, differing_paths=plan.replacement_paths, differences=differences)

    def failed_status(self, current):
        """The status of current when it is a failed one (create failed, ...), else None."""
        status = self.status_of(current)
        return status if self.statuses is not None and status in self.statuses.failed else None

    def differences(self, paths, current):
        """[{path, current, wanted}] of option paths, secrets masked."""
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.masking import mask_secrets  # pylint: disable=import-outside-toplevel
        desired = desired_options(self.resource, self.params, self.by_id)
        secrets = self.secret_names()
        return [mask_secrets(dict(path=path, current=value_at(current, path), wanted=value_at(desired, path)),
                             secrets if not is_secret_path(path, secrets) else secrets | frozenset(['current', 'wanted']))
                for path in paths]

    def secret_names(self):
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.masking import secret_option_names  # pylint: disable=import-outside-toplevel
        return secret_option_names(self.resource.schema.NO_LOG_PATHS) | frozenset(
            snake_case(member) for member in self.resource.secret_members)

    def announce_recreate(self, resource_id, current, plan):
        """Warn that the resource will be replaced, and why; recreated and the previous id in the result."""
        reasons = []
        if plan.replacement_paths:
            reasons.append('%s differ%s' % (', '.join(plan.replacement_paths), 's' if len(plan.replacement_paths) == 1 else ''))
        failed = self.failed_status(current)
        if failed is not None:
            reasons.append('it is in status %s (%s; the service says: %s)'
                           % (failed, self.statuses.name(failed), current.get('error_message') or 'no message'))
        self.module.warn('%s %s will be deleted and created anew because %s'
                         % (self.resource.noun, resource_id, ' and '.join(reasons)))
        self.result['recreated'] = True
        self.result[self.previous_id_key] = resource_id

    def recreate(self, state, resource_id, current, plan):
        """Delete the resource, wait until it is gone, and create it anew with the options given.

        plan: the comparison of current with the options (update's).
        """
        # A resource that must not be deleted (a connection in use) is not replaced either.
        refusal = self.resource.refuse_delete(current, self.api)
        if refusal:
            self.fail(refusal)
        self.announce_recreate(resource_id, current, plan)
        loss = self.resource.recreate_warning(resource_id, self.params)
        if loss:
            self.module.warn(loss)
        if self.module.check_mode:
            self.result['changed'] = True
            predicted = predict_recreated(self.resource, self.params, current, plan.paths,
                                          self.statuses.goal(state) if self.statuses else None, self.by_id)
            # the id the new resource will have (None when the service chooses it)
            self.result[self.resource.result_key] = predicted
            self.result[self.identity.id_option] = predicted.get(self.identity.id_option)
            self.set_diff(current, predicted)
            return
        if not self.is_settled(current):
            current = self.settle(resource_id, current)
        if current is not None:
            self.delete(resource_id)
            self.result['changed'] = True
            if self.statuses is not None:
                self.wait_for(resource_id, GONE)
        self.create(state, before=current)


class ResourceInfoModule(ResourceBase):
    """Base of an info module: one resource by its id, or every one matching the listing's filters.

    Options: the id option, the exact name option, and listing.filters. The result is
    result[resource.plural_result_key]: a list (empty when nothing matches) of results with the
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
        listing = resource.listing
        query = dict((api_name, self.params.get(option)) for option, api_name in listing.filters.items())
        name = self.params.get(identity.name_option) if identity.name_option else None
        query[listing.search] = query.get(listing.search) or name
        found = self.api.list_answers(query)
        if name:
            found = [item for item in found if item.get(identity.name_member) == name]
        # by its exact name a resource reads as the module finds it (lookup.find): described when the list item lacks a list
        read = [self.api.describe(item[identity.id_member]) if name and lists_left_out(resource, item) else self.api.result_of(item)
                for item in found]
        return [result for result in read if result is not None]
