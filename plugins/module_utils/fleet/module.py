# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""FleetModule: one module run for a list of resources, with the network resource modules' states.

A fleet module is a subclass naming the resource description and the singular module whose
options each `config` entry takes::

    class DatahubTasksModule(FleetModule):
        resource = DatahubTask
        run_statuses = True

States: merged (each entry as the singular module's present/running/paused makes it), overridden
(merged, then every resource in `scope` that no entry names deleted), deleted (the entries'
resources; without config every resource in scope), gathered (the resources in scope as a
`config` list), rendered (the Create requests, no credentials, no call).

The run: plan (plan.py: every entry checked, every identity resolved from one listing; one bad
entry fails the run before any write), writes (execute.py, concurrently under the rate limit,
throttle.py and pool.py), waits (waits.py, through the listing), results (shape.py).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import adapter
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.arguments import entry_argument_errors
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.entries import Entry, config_spec, entries_of, secret_paths
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.execute import Executor
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.plan import (
    CREATED, DELETED, FAILED, RECREATED, UNCHANGED, Index, PlanError, Planner, Step, needs_describe, resource_result)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.pool import Failure, run_all
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import safety
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import known_after
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import shape
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.throttle import RateLimiter, WorkerClients
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.waits import wait_all

STATES = ('merged', 'overridden', 'deleted', 'gathered', 'rendered')


class FleetModule(adapter.CkafkaModule):
    """Base of a fleet module (see the module docstring)."""

    resource = None
    # Whether an entry takes `status: running | paused` (tasks).
    run_statuses = False
    # The list action's filters `scope` takes ({option: API name}); default: the listing's own.
    scope_filters = None

    # ---- options -----------------------------------------------------------------------------

    @classmethod
    def entry_options(cls):
        return config_spec(cls.resource, cls.run_statuses)

    @classmethod
    def filters(cls):
        return dict(cls.scope_filters if cls.scope_filters is not None else cls.resource.listing.filters)

    @classmethod
    def scope_options(cls):
        parameters = cls.resource.schema.PARAMETER_SPEC
        options = {}
        for name in cls.filters():
            options[name] = dict(type='str')
            if parameters.get(name, {}).get('choices'):
                options[name]['choices'] = list(parameters[name]['choices'])
        options['name_prefix'] = dict(type='str')
        return options

    @classmethod
    def argument_spec(cls):
        options = dict(
            config=dict(type='list', elements='dict', options=cls.entry_options()),
            scope=dict(type='dict', options=cls.scope_options()),
            state=dict(type='str', default='merged', choices=list(STATES)),
            max_deletions=dict(type='int'),
            allow_delete_all=dict(type='bool', default=False),
            max_concurrency=dict(type='int', default=10),
            rate_limit=dict(type='float', default=20.0),
        )
        if cls.resource.statuses is not None:
            options.update(wait=dict(type='bool', default=True), wait_timeout=dict(type='int', default=600))
        return adapter.common_argument_spec(**options)

    @classmethod
    def create_module(cls):
        """The AnsibleModule; arguments Ansible refuses fail naming each bad entry of config."""
        cls.module_kwargs = dict(required_if=[('state', 'overridden', ['scope'])])
        spec = cls.argument_spec()
        try:
            return adapter.CheckedModule(argument_spec=spec, supports_check_mode=cls.supports_check_mode, **cls.module_kwargs)
        except (adapter.ArgumentsRefused, TypeError, AttributeError) as refusal:
            raw = adapter.raw_module(spec, cls.supports_check_mode)
            identity = cls.resource.identity
            errors = entry_argument_errors(cls.entry_options(), raw.params.get('config'),
                                           [name for name in (identity.name_option, identity.id_option) if name])
            if errors:
                raw.fail_json(msg='the plan was refused and nothing was written: %s'
                              % '; '.join('%s: %s' % error for error in errors),
                              plan_errors=[dict(entry=label, msg=message) for label, message in errors])
            if isinstance(refusal, adapter.ArgumentsRefused):
                raw.fail_json(**refusal.kwargs)
        # A crash of ansible-core outside config: the base class's handling.
        return super(FleetModule, cls).create_module()

    # ---- set-up ------------------------------------------------------------------------------

    def __init__(self, module):
        super(FleetModule, self).__init__(module)
        self.result.update(results=[])
        self.identity = self.resource.identity
        self._workers = None

    @property
    def workers(self):
        if self._workers is None:
            self._workers = WorkerClients(self.client, RateLimiter(self.params['rate_limit']))
        return self._workers

    def api(self):
        """The calling thread's ResourceApi (a client of its own, under the run's rate limit)."""
        api_class = self.resource.api_class or adapter.ResourceApi
        return api_class(self.workers.current(), self.resource)

    def execute(self):
        try:
            super(FleetModule, self).execute()
        finally:
            if self._workers is not None:
                self._workers.close()

    def many(self, function, items):
        return run_all(function, items, max(1, self.params['max_concurrency']))

    def check_options(self):
        if self.params['state'] == 'overridden' and self.params['scope'] is None:
            # required_if takes a key given as null (a bare "scope:") for set: that would prune the region
            self.module.fail_json(msg='state=overridden deletes every resource in scope that no entry names: set '
                                      'scope (scope: {} means every %s of the region)' % self.resource.noun)
        if self.params['state'] == 'deleted' and not self.params['config'] and self.params['scope'] is None:
            self.module.fail_json(msg='state=deleted without config deletes every resource in scope: set scope '
                                      '(scope: {} means every %s of the region)' % self.resource.noun)
        # Options the state does not use, bounds, and what could empty the scope by accident (fleet/safety.py).
        errors = safety.option_errors(self.params, self.resource.noun, self.resource.nouns())
        if errors:
            self.module.fail_json(msg='the options were refused and nothing was called: %s' % '; '.join(errors),
                                  option_errors=errors)

    # ---- reads -------------------------------------------------------------------------------

    def scope_query(self):
        scope = self.params['scope'] or {}
        return dict((member, scope.get(option)) for option, member in self.filters().items()
                    if scope.get(option) not in (None, ''))

    def in_scope(self, items):
        prefix = (self.params['scope'] or {}).get('name_prefix')
        member = self.identity.name_member or self.identity.id_member
        return [item for item in items if not prefix or (item.get(member) or '').startswith(prefix)]

    def list_scope(self, everything=None):
        """The list items in scope; everything (the unfiltered listing) is reused when scope sends no filter."""
        query = self.scope_query()
        if not query and everything is not None:
            return self.in_scope(everything)
        return self.in_scope(self.api().list_answers(query))

    def describe_many(self, resource_ids):
        outcomes = self.many(lambda resource_id: self.api().describe(resource_id), resource_ids)
        for outcome in outcomes:
            if isinstance(outcome, Failure):
                raise outcome.error
        return outcomes

    # ---- the run -----------------------------------------------------------------------------

    def run(self):
        self.check_options()
        state = self.params['state']
        entries = entries_of(self.params['config'], self.resource)
        if state == 'rendered':
            return self.rendered(entries)
        if state == 'gathered':
            return self.gathered()
        planner = Planner(self.resource, None, secret_paths(adapter.singular_spec(self.resource)))
        planner.check_entries(entries)
        self.check_placeholders(planner, entries)
        if planner.errors:
            self.fail_plan(PlanError(planner.errors, [Step(entry) for entry in entries]))
        planner.api = self.api()
        steps = self.plan(planner, entries, state)
        for warning in planner.warnings:
            self.module.warn(warning)
        self.check_placeholders(planner, [])
        if planner.errors:
            self.fail_plan(PlanError(planner.errors, steps))
        if not self.module.check_mode:
            self.apply(steps)
        else:
            self.known_after_creation(steps)
        self.report(steps)

    def check_placeholders(self, planner, entries):
        """An id known after creation (runtime/known_after.py): refused in a real run, taken in check mode
        (what the checks say of it is dropped: it stands for a resource only predicted)."""
        if self.module.check_mode:
            planner.errors = [(label, message) for label, message in planner.errors
                              if known_after.PLACEHOLDER not in message]
            return
        for entry in entries:
            paths = known_after.placeholder_paths(entry.params)
            if paths:
                planner.refuse(entry.label, known_after.refusal(paths))

    def known_after_creation(self, steps):
        """Check mode: a predicted create whose id the service chooses returns the placeholder as its id."""
        id_option = self.identity.id_option
        for step in steps:
            if step.action in (CREATED, RECREATED) and step.predicted is not None and step.predicted.get(id_option) is None:
                step.resource_id = step.resource_id if step.action == RECREATED else known_after.PLACEHOLDER
                step.predicted = dict(step.predicted, **{id_option: known_after.PLACEHOLDER})

    def plan(self, planner, entries, state):
        everything = self.api().list_answers({}) if entries else None
        steps = []
        claimed = {}
        if entries:
            steps, claimed = planner.resolve(entries, Index(self.resource, everything), self.describe_many,
                                             compares=state != 'deleted')
            for step in steps:
                if not step.unresolved:
                    planner.decide(step, state)
        if state == 'overridden' or (state == 'deleted' and not entries):
            for item in self.list_scope(everything):
                resource_id = item.get(self.identity.id_member)
                if resource_id in claimed:
                    continue
                step = Step(None, resource_result(self.resource, item))
                step.resource_id = resource_id
                planner.decide_delete(step, shape.header(self.resource, step))
                steps.append(step)
        refusal = safety.deletion_refusal(steps, self.params['max_deletions'], self.resource,
                                          lambda step: shape.header(self.resource, step),
                                          lambda step: step.action == DELETED)
        if refusal:
            planner.refuse('max_deletions', refusal)
        return steps

    def apply(self, steps):
        resource = self.resource
        executor = Executor(resource, self.api, self.client.retry_policy.delays(),
                            self.params.get('wait_timeout') or 600)
        to_write = [step for step in steps if step.action not in (UNCHANGED, FAILED)]
        for step, outcome in zip(to_write, self.many(executor, to_write)):
            if isinstance(outcome, Failure):
                self.mark_failed(step, outcome.error)
        self.wait_for(steps)
        for step in to_write:
            if step.action == CREATED or step.action == RECREATED:
                if step.predicted is not None and step.predicted.get(self.identity.id_option) is None:
                    step.predicted[self.identity.id_option] = step.resource_id

    def wait_for(self, steps):
        """The final status of every step written, through the listing."""
        statuses = self.resource.statuses
        waiting = [step for step in steps if step.action not in (UNCHANGED, FAILED) and step.goal is not None]
        if statuses is None or not self.params.get('wait') or not waiting:
            for step in waiting:
                if step.action in (CREATED, RECREATED) and statuses is not None:
                    step.predicted = dict(step.predicted, **{statuses.member: statuses.creating})
                    step.predicted['status_name'] = statuses.name(statuses.creating)
            return
        api = self.api()
        outcomes = wait_all(self.resource, lambda: api.list_answers({}),
                            dict((step.resource_id, step.goal) for step in waiting), self.params['wait_timeout'])
        for step in waiting:
            outcome = outcomes.get(step.resource_id)
            if isinstance(outcome, Exception):
                self.mark_failed(step, outcome)
            elif step.action != DELETED and outcome is not None:
                read = dict(outcome)
                for key, value in (step.predicted or {}).items():
                    if read.get(key) is None and value is not None:
                        read[key] = value
                step.predicted = read

    def mark_failed(self, step, error):
        """The step failed: its result is the resource as last read (a failed wait's), else as it was."""
        step.action = FAILED
        step.error = str(error)
        read = getattr(error, 'resource', None)
        step.predicted = read if read is not None else step.current

    # ---- results -----------------------------------------------------------------------------

    def report(self, steps):
        resource = self.resource
        self.result['results'] = [shape.result_item(resource, step) for step in steps]
        self.result['changed'] = any(step.action not in (UNCHANGED, FAILED) or step.wrote
                                     for step in steps)
        if self.module._diff:
            self.result['diff'] = shape.diffs(resource, steps)
        line = safety.summary([step.action for step in steps], self.module.check_mode)
        if self.result.get('diff'):
            # Ansible prints a diff's prepared text as it is, after its before/after, at any verbosity:
            # `--diff` (and the `--check --diff` preview) shows the plan's summary without -v.
            self.result['diff'][-1]['prepared'] = '%s: %s\n' % (resource.nouns(), line)
        failed = [step for step in steps if step.action == FAILED]
        if not failed:
            self.result['msg'] = line
        else:
            self.fail('%d of %d %s failed; the others were applied. %s. In all: %s'
                      % (len(failed), len(steps), 'steps' if len(steps) != 1 else 'step',
                         '; '.join('%s: %s' % (self.label(step), step.error.rstrip('.')) for step in failed),
                         line))

    def label(self, step):
        if step.entry is not None:
            return step.entry.label
        return shape.header(self.resource, step)

    def fail_plan(self, error):
        """Nothing was written: every step's item, the refused entries as failed with their problems."""
        problems = {}
        for label, message in error.errors:
            problems.setdefault(label, []).append(message)
        for step in error.steps:
            messages = problems.get(self.label(step))
            if messages:
                step.action, step.error = FAILED, '; '.join(messages)
            elif step.action != FAILED:
                # nothing was written: every other step is as it was
                step.action, step.predicted = UNCHANGED, step.current
        self.result['results'] = [shape.result_item(self.resource, step) for step in error.steps]
        self.fail('the plan was refused and nothing was written: %s' % error, plan_errors=[
            dict(entry=label, msg=message) for label, message in error.errors])

    def rendered(self, entries):
        planner = Planner(self.resource, None, secret_paths(adapter.singular_spec(self.resource)))
        planner.check_entries(entries)
        for entry in entries:
            for problem in planner.create_problems(entry, rendering=True):
                planner.refuse(entry.label, problem)
        if planner.errors:
            self.fail_plan(PlanError(planner.errors, [Step(entry) for entry in entries]))
        self.result['rendered'] = [shape.rendered_item(self.resource, entry) for entry in entries]
        self.result['msg'] = '%d %s request%s rendered, nothing called' % (
            len(entries), self.resource.actions.create, '' if len(entries) == 1 else 's')

    def gathered(self):
        resource = self.resource
        options = frozenset(resource.schema.PARAMETER_SPEC) | frozenset(resource.create_omits()) | frozenset(
            [self.identity.id_option])
        items = self.list_scope()
        # An entry declaring every member: the list items that lack one are described.
        declaring_all = Entry(None, dict((option, True) for option in options - frozenset(resource.uncompared_paths)), resource)
        to_describe = [item for item in items if needs_describe(resource, declaring_all, item)]
        described = dict(zip([item.get(self.identity.id_member) for item in to_describe],
                             self.describe_many([item.get(self.identity.id_member) for item in to_describe])))
        gathered = []
        for item in items:
            resource_id = item.get(self.identity.id_member)
            result = described.get(resource_id) or resource_result(resource, item)
            gathered.append(adapter.config_form(resource, result))
        self.result['gathered'] = gathered
        self.result['msg'] = '%d %s gathered' % (len(gathered), self.resource.noun if len(gathered) == 1 else self.resource.nouns())
