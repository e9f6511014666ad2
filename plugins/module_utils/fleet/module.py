# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""FleetModule: one module run for a list of resources, with the network resource modules' states.

A fleet module is a subclass naming the resource description and the singular module whose
options each `config` entry takes::

    DatahubTasksModule = FleetModule.of(DatahubTask, run_statuses=True)

States: merged (each entry as the singular module's present/running/paused makes it), overridden
(merged, then every resource in `scope` that no entry names deleted), deleted (the entries'
resources; without config every resource in scope), gathered (the resources in scope as a
`config` list), rendered (the Create requests, no credentials, no call).

The run is the engine's (runtime/engine.py), the singular module's own, over every entry: read,
decide, write, wait, shape. What is the fleet's alone: the entries (their checks, labels, names
unique within the run), the scope and the prune plan, max_deletions, the concurrency and rate limit
of the calls (pool.py, throttle.py), and the summary: one bad entry refuses the plan before any
write; a step that fails alone leaves the others applied.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.arguments import entry_argument_errors
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.entries import (
    check_entries, config_spec, create_problems, entries_of)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.pool import run_all
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import safety
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import shape
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.throttle import RateLimiter, WorkerClients
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import known_after
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.arguments import common_argument_spec
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import CkafkaModule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.decision import CREATE, DELETE, RECREATE, missing_for_create
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.engine import FAILED, Engine, Step
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.lookup import needs_describe
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import config_form, config_options
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi

STATES = ('merged', 'overridden', 'deleted', 'gathered', 'rendered')
REFUSED = 'the plan was refused and nothing was written: %s'


class FleetModule(CkafkaModule):
    """Base of a fleet module (see the module docstring)."""

    resource = None
    # Whether an entry takes `status: running | paused` (tasks).
    run_statuses = False
    # The list action's filters `scope` takes ({option: API name}); default: the listing's own.
    scope_filters = None
    # rate_limit's default: a number caps every action; None sends each action at its documented rate
    # (transport/rate_limits.py).
    default_rate_limit = 20.0

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
        # the parent (a topic's instance): a run declares the resources of one parent
        options = dict((name, dict(type='str', required=True)) for name in cls.resource.identity.parent)
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
            scope=dict(type='dict', options=cls.scope_options(), required=bool(cls.resource.identity.parent)),
            state=dict(type='str', default='merged', choices=list(STATES)),
            max_deletions=dict(type='int'),
            allow_delete_all=dict(type='bool', default=False),
            max_concurrency=dict(type='int', default=10),
            rate_limit=dict(type='float', default=cls.default_rate_limit),
        )
        if cls.resource.statuses is not None:
            options.update(wait=dict(type='bool', default=True), wait_timeout=dict(type='int', default=600))
        return common_argument_spec(**options)

    module_kwargs = dict(required_if=[('state', 'overridden', ['scope'])])

    @classmethod
    def explain_refusal(cls, params, msg):
        """Arguments Ansible refuses inside config: each bad entry named by position and name."""
        errors = entry_argument_errors(cls.entry_options(), params.get('config'), cls.resource)
        if not errors:
            return None
        return REFUSED % '; '.join('%s: %s' % error for error in errors), dict(
            plan_errors=[dict(entry=label, msg=message) for label, message in errors])

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
        api_class = self.resource.api_class or ResourceApi
        api = api_class(self.workers.current(), self.resource)
        # the parent in scope (a topic's instance) goes with every call
        api.parent = self.identity.parent_of(self.params.get('scope') or {})
        return api

    def execute(self):
        try:
            super(FleetModule, self).execute()
        finally:
            if self._workers is not None:
                self._workers.close()

    def many(self, function, items):
        return run_all(function, items, max(1, self.params['max_concurrency']))

    def engine(self):
        return Engine(self.resource, self.api, self.module.check_mode, wait=self.params.get('wait'),
                      wait_timeout=self.params.get('wait_timeout') or 600, delays=self.client.retry_policy.delays(),
                      run_many=self.many)

    def with_parent(self, entries):
        """Each entry's parent options (a topic's instance_id) from scope when the entry leaves them out;
        [(label, message)] of the entries that name another parent than scope's."""
        scope = self.params.get('scope') or {}
        errors = [('scope.%s' % option, 'must not be empty') for option in self.identity.parent
                  if not (scope.get(option) or '').strip()]
        if errors:
            return errors
        for entry in entries:
            for option in self.identity.parent:
                given = entry.params.get(option)
                if given is None:
                    entry.params[option] = scope.get(option)
                elif given != scope.get(option):
                    errors.append((entry.label, '%s is %s, not the scope\'s %s: a run declares the %s of one %s'
                                   % (option, given, scope.get(option), self.resource.nouns(), option.split('_')[0])))
        return errors

    def safety_params(self):
        """The options as the safety rules read them: scope without the parent (a topic's instance), which
        every state needs and which narrows nothing within the parent."""
        params = self.params
        parent = self.identity.parent
        if not parent or params.get('scope') is None:
            return params
        rest = dict((key, value) for key, value in params['scope'].items() if key not in parent and value is not None)
        state = params['state']
        # a scope of the parent alone is the whole parent: pruned by overridden and deleted without config
        keep = rest or state in ('overridden', 'gathered') or (state == 'deleted' and not params.get('config'))
        return dict(params, scope=rest if keep else None)

    def check_options(self):
        if self.params['state'] == 'overridden' and self.params['scope'] is None:
            # required_if takes a key given as null (a bare "scope:") for set: that would prune the region
            self.module.fail_json(msg='state=overridden deletes every resource in scope that no entry names: set '
                                      'scope (scope: {} means every %s of the region)' % self.resource.noun)
        if self.params['state'] == 'deleted' and not self.params['config'] and self.params['scope'] is None:
            self.module.fail_json(msg='state=deleted without config deletes every resource in scope: set scope '
                                      '(scope: {} means every %s of the region)' % self.resource.noun)
        # Options the state does not use, bounds, and what could empty the scope by accident (fleet/safety.py).
        errors = safety.option_errors(self.safety_params(), self.resource.noun, self.resource.nouns())
        if errors:
            self.module.fail_json(msg='the options were refused and nothing was called: %s' % '; '.join(errors),
                                  option_errors=errors)

    # ---- scope -------------------------------------------------------------------------------

    def scope_query(self):
        scope = self.params['scope'] or {}
        return dict((member, scope.get(option)) for option, member in self.filters().items()
                    if scope.get(option) not in (None, ''))

    def in_scope(self, items):
        prefix = (self.params['scope'] or {}).get('name_prefix')
        member = self.identity.name_member or self.identity.id_member
        return [item for item in items if not prefix or (item.get(member) or '').startswith(prefix)]

    def list_scope(self, engine=None):
        """The list items in scope; a scope without filters is the region's listing, which the engine's
        reads then take their resources from."""
        query = self.scope_query()
        if not query and engine is not None:
            return self.in_scope(engine.region.listed().items)
        return self.in_scope(self.api().list_answers(query))

    # ---- the run -----------------------------------------------------------------------------

    def run(self):
        self.check_options()
        state = self.params['state']
        entries = entries_of(self.params['config'], self.resource)
        parent_errors = self.with_parent(entries)
        if parent_errors:
            self.fail_plan(parent_errors, [self.step_of(entry, state) for entry in entries])
        if state == 'rendered':
            return self.rendered(entries)
        if state == 'gathered':
            return self.gathered()
        steps = [self.step_of(entry, state) for entry in entries]
        errors = self.with_placeholders(entries, check_entries(entries, self.resource))
        if errors:
            self.fail_plan(errors, steps)
        engine = self.engine()
        pruning = state == 'overridden' or (state == 'deleted' and not entries)
        scope = self.list_scope(engine) if pruning else []
        engine.read(steps)
        engine.decide(steps)
        errors = self.with_placeholders([], self.plan_errors(steps))
        if pruning:
            steps.extend(self.prune(engine, steps, scope))
        refusal = safety.deletion_refusal(steps, self.params['max_deletions'], self.resource, self.label,
                                          lambda step: step.kind == DELETE and step.error is None)
        if refusal:
            errors.append(('max_deletions', refusal))
        for step in steps:
            for warning in step.warnings:
                self.module.warn('%s: %s' % (self.label(step), warning))
        if errors:
            self.fail_plan(errors, steps)
        if self.module.check_mode:
            engine.predict(steps)
        else:
            engine.apply(steps)
        self.report(steps)

    def with_placeholders(self, entries, errors):
        """errors, as an id known after creation (runtime/known_after.py) makes them: refused in a real run,
        taken in check mode (what the checks say of it is dropped: it stands for a resource only predicted)."""
        if self.module.check_mode:
            return [(label, message) for label, message in errors if known_after.PLACEHOLDER not in str(message)]
        for entry in entries:
            paths = known_after.placeholder_paths(entry.params)
            if paths:
                errors.append((entry.label, known_after.refusal(paths)))
        return errors

    def step_of(self, entry, state):
        """The engine's step of an entry: its options, with the singular module's run options."""
        params = dict(entry.params, state='absent' if state == 'deleted' else entry.state)
        params.update(wait=self.params.get('wait'), wait_timeout=self.params.get('wait_timeout'))
        return Step(params, self.resource, label=entry.label, index=entry.index, name=entry.name)

    def plan_errors(self, steps):
        """[(label, message)] of the entries that cannot be carried out, and of two naming one resource."""
        errors = []
        claimed = {}
        for step in steps:
            if step.failure is not None:
                errors.append((step.label, str(step.failure)))
                continue
            if step.current is not None:
                other = claimed.setdefault(step.resource_id, step)
                if other is not step:
                    step.failure = 'names the same %s (%s) as %s' % (self.resource.noun, step.resource_id, other.label)
                    errors.append((step.label, step.failure))
                    continue
            if step.kind in (CREATE, RECREATE) and step.error is None:
                for problem in create_problems(step, self.resource):
                    errors.append((step.label, problem))
        return errors

    def prune(self, engine, steps, scope):
        """The steps deleting every resource in scope that no entry names."""
        claimed = set(step.resource_id for step in steps if step.current is not None)
        pruned = []
        for item in scope:
            resource_id = item.get(self.identity.id_member)
            if resource_id in claimed:
                continue
            step = Step({self.identity.id_option: resource_id, 'state': 'absent'}, self.resource)
            step.current = self.api().result_of(item)
            step.resource_id = resource_id
            step.label = shape.header(self.resource, step)
            pruned.append(step)
        engine.decide(pruned)
        return pruned

    # ---- results -----------------------------------------------------------------------------

    def label(self, step):
        return step.label or shape.header(self.resource, step)

    def report(self, steps):
        resource = self.resource
        self.result['results'] = [shape.result_item(resource, step) for step in steps]
        self.result['changed'] = any(step.changed for step in steps)
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
                         '; '.join('%s: %s' % (self.label(step), str(step.failure or step.error).rstrip('.'))
                                   for step in failed), line))

    def fail_plan(self, errors, steps):
        """Nothing was written: every step's item, the refused entries as failed with their problems."""
        problems = {}
        for label, message in errors:
            problems.setdefault(label, []).append(message)
        for step in steps:
            messages = problems.get(self.label(step))
            # a replacement refused shows the paths that differ, not the whole resource (as the singular module)
            shows = step.current if 'diff' not in getattr(step.failure, 'extra', {}) else None
            if messages:
                step.failure = '; '.join(messages)
            else:
                # nothing was written: every other step is as it was
                step.decision, step.error = None, None
            step.after = shows
        self.result['results'] = [shape.result_item(self.resource, step) for step in steps]
        self.fail(REFUSED % '; '.join('%s: %s' % error for error in errors),
                  plan_errors=[dict(entry=label, msg=message) for label, message in errors])

    def rendered(self, entries):
        steps = [self.step_of(entry, 'merged') for entry in entries]
        errors = check_entries(entries, self.resource)
        for step in steps:
            errors.extend((step.label, problem) for problem in create_problems(step, self.resource))
            lacking = missing_for_create(self.resource, step.params)
            if lacking is not None:
                errors.append((step.label, str(lacking)))
        if errors:
            self.fail_plan(errors, steps)
        self.result['rendered'] = [shape.rendered_item(self.resource, entry) for entry in entries]
        self.result['msg'] = '%d %s request%s rendered, nothing called' % (
            len(entries), self.resource.actions.create, '' if len(entries) == 1 else 's')

    def gathered(self):
        resource = self.resource
        items = self.list_scope()
        # every member a declaration can set: the list items that lack one are described
        options = [option for option in config_options(resource) if option != self.identity.id_option]
        to_describe = [item.get(self.identity.id_member) for item in items if needs_describe(resource, item, options)]
        described = dict(zip(to_describe, self.many(lambda resource_id: self.api().describe(resource_id), to_describe)))
        self.result['gathered'] = [config_form(resource, described.get(item.get(self.identity.id_member)) or
                                               self.api().result_of(item)) for item in items]
        self.result['msg'] = '%d %s gathered' % (len(self.result['gathered']),
                                                 self.resource.noun if len(self.result['gathered']) == 1 else self.resource.nouns())
