# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The plan of a fleet run, made before any write: every entry checked, every identity resolved
from the listing, and for each entry (and each resource it prunes) what the run will do.

One bad entry fails the plan; its error names the entry by position and name. The listing answers
lookup and comparison for the entries whose declared members its items carry; the others are
described (concurrently, by the caller's `describe_many`).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import adapter
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.entries import create_errors, entry_errors, missing_secrets

CREATED, UPDATED, RECREATED, DELETED, UNCHANGED, FAILED = 'created', 'updated', 'recreated', 'deleted', 'unchanged', 'failed'
# The result action of the resource's own extra actions.
ACTION_WORDS = {'pause': 'paused', 'resume': 'resumed', 'restart': 'restarted'}


class Step:
    """What the run does about one entry (entry None: a resource pruned by overridden or deleted)."""

    def __init__(self, entry, current=None):
        self.entry = entry
        self.current = current
        self.action = UNCHANGED
        self.plan = None
        self.extra = None          # pause / resume / restart
        self.goal = None           # the status the resource ends in (a wait's goal)
        self.predicted = current   # the resource after the step, as planned
        self.awaits_gone = False   # a delete is under way: the resource is created once it has gone
        self.error = None
        self.resource_id = None
        # The identity could not be resolved (several matches, or a resource another entry names).
        self.unresolved = False
        # A write went out (a failed step may still have changed something).
        self.wrote = False

    @property
    def index(self):
        return None if self.entry is None else self.entry.index


class PlanError(Exception):
    """The plan refused: errors is [(label, message)]; steps the plan so far."""

    def __init__(self, errors, steps):
        super(PlanError, self).__init__('; '.join('%s: %s' % item for item in errors))
        self.errors = errors
        self.steps = steps


class Index:
    """The list items of one listing, by id and by name."""

    def __init__(self, resource, items):
        identity = resource.identity
        self.by_id = dict((item.get(identity.id_member), item) for item in items)
        self.by_name = {}
        if identity.name_member:
            for item in items:
                self.by_name.setdefault(item.get(identity.name_member), []).append(item)

    def matches(self, resource, entry):
        """The items the entry identifies (by id: at most one; by name and scope: every exact match)."""
        identity = resource.identity
        if entry.by_id or not identity.name_member:
            item = self.by_id.get(entry.given_id)
            return [item] if item is not None else []
        scope = dict((member, entry.params[option]) for option, member in identity.scope.items()
                     if entry.params.get(option) is not None)
        return [item for item in self.by_name.get(entry.name, [])
                if all(item.get(member) == value for member, value in scope.items())]


def needs_describe(resource, entry, item):
    """Whether the entry declares a member the list item does not carry."""
    uncompared = resource.uncompared_paths
    return any(resource.reported_as(option) not in item
               for option in adapter.desired_options(resource, entry.params, entry.by_id) if option not in uncompared)


class Planner:
    """Builds the steps of a run. resource: the description; api: a ResourceApi (reads only: a
    connection's delete refusal lists the tasks that use it)."""

    def __init__(self, resource, api, required_secret_paths=()):
        self.resource = resource
        self.api = api
        self.required_secret_paths = required_secret_paths
        self.errors = []
        # What the singular module would warn about (a recreate and what it loses, a failed resource left alone).
        self.warnings = []

    def refuse(self, label, message):
        self.errors.append((label, message))

    # ---- checks without calls ------------------------------------------------------------

    def check_entries(self, entries):
        """Every entry's own checks, and names unique within the run."""
        seen = {}
        for entry in entries:
            for message in entry_errors(entry, self.resource):
                self.refuse(entry.label, message)
            key = entry.key(self.resource)
            if key in seen:
                self.refuse(entry.label, 'declares the same %s as %s' % (self.resource.noun, seen[key].label))
            else:
                seen[key] = entry

    def create_problems(self, entry, rendering=False):
        """What a create of the entry lacks; rendering: only the request is wanted (an entry by an id the
        service would not take for a create still shows its request)."""
        resource = self.resource
        problems = ['%s is required to create the %s' % (name, resource.noun)
                    for name in resource.create_requirements() if not entry.params.get(name)]
        problems.extend(resource.create_problems(entry.params))
        secrets = missing_secrets(self.required_secret_paths, entry.params)
        problems.extend('%s is required to create the %s (the service never returns it, so only a create needs it)'
                        % (path, resource.noun) for path in secrets)
        problems.extend(error for error in create_errors(entry, resource)
                        if not any(error.startswith(path + ' ') for path in secrets))
        if entry.by_id and not resource.creates_by_id and not rendering:
            problems.append('no %s has the ID %s; leave %s out to create one by its %s'
                            % (resource.noun, entry.given_id, resource.identity.id_option, resource.identity.name_option))
        return problems

    # ---- resolution ----------------------------------------------------------------------

    def resolve(self, entries, index, describe_many, compares=True):
        """A Step per entry with its current resource (None when it does not exist); compares false (a
        delete) needs no member the list answer lacks."""
        resource = self.resource
        id_member = resource.identity.id_member
        steps = []
        claimed = {}
        to_describe = []
        for entry in entries:
            step = Step(entry)
            steps.append(step)
            matches = index.matches(resource, entry)
            if len(matches) > 1:
                ids = sorted(item.get(id_member) or '?' for item in matches)
                self.refuse(entry.label, '%d %s are named %s exactly: %s; set %s to choose one'
                            % (len(ids), resource.nouns(), entry.name, ', '.join(ids), resource.identity.id_option))
                step.unresolved = True
                continue
            if not matches:
                continue
            item = matches[0]
            step.resource_id = item.get(id_member)
            if step.resource_id in claimed:
                self.refuse(entry.label, 'names the same %s (%s) as %s' % (resource.noun, step.resource_id, claimed[step.resource_id].label))
                step.unresolved = True
                continue
            claimed[step.resource_id] = entry
            if compares and needs_describe(resource, entry, item):
                to_describe.append(step)
            else:
                step.current = resource_result(resource, item)
        described = describe_many([step.resource_id for step in to_describe])
        for step, result in zip(to_describe, described):
            step.current = result
        for step in steps:
            step.predicted = step.current
        return steps, claimed

    # ---- decisions -----------------------------------------------------------------------

    def decide(self, step, fleet_state):
        """The step's action; a problem becomes a plan error naming the entry."""
        entry = step.entry
        resource = self.resource
        statuses = resource.statuses
        current = step.current
        if fleet_state == 'deleted':
            if current is not None:
                self.decide_delete(step, entry.label)
            return
        if current is not None and statuses is not None and current.get(statuses.member) == statuses.deleting:
            step.awaits_gone = True
            current = step.current = None
        goal = statuses.goal(entry.state) if statuses is not None else None
        if current is None:
            for problem in self.create_problems(entry):
                self.refuse(entry.label, problem)
            step.action, step.goal = CREATED, goal
            step.predicted = adapter.predict_created(resource, entry.params, goal)
            return
        plan = step.plan = adapter.plan_for(resource, entry.params, current, entry.by_id)
        failed = statuses is not None and current.get(statuses.member) in statuses.failed
        if plan.replacement_required or (failed and entry.params.get('recreate')):
            if not entry.params.get('recreate'):
                self.refuse(entry.label, '%s %s differs in %s, which cannot be changed in place; set recreate: true in '
                            'the entry to delete it and create it anew' % (resource.noun, step.resource_id,
                                                                           ', '.join(plan.replacement_paths)))
                return
            refusal = resource.refuse_delete(current, self.api)
            if refusal:
                refused_by_service(step, refusal)
                return
            step.action, step.goal = RECREATED, goal
            step.predicted = adapter.predict_recreated(resource, entry.params, current, plan.paths, goal, entry.by_id)
            paths = plan.replacement_paths
            reasons = '%s differ%s' % (', '.join(paths), 's' if len(paths) == 1 else '') if paths else \
                'it is in status %s' % current.get(statuses.member)
            self.warnings.append('%s: %s %s will be deleted and created anew because %s'
                                 % (entry.label, resource.noun, step.resource_id, reasons))
            loss = resource.recreate_warning(step.resource_id, entry.params)
            if loss:
                self.warnings.append('%s: %s' % (entry.label, loss))
            return
        status = current.get(statuses.member) if statuses is not None else None
        if failed and entry.state == 'present':
            message = (current.get('error_message') or 'no message').rstrip('.')
            self.warnings.append('%s: %s %s is in status %s (%s): the service says: %s. It is left as it is; set recreate: '
                                 'true in the entry to replace it'
                                 % (entry.label, resource.noun, step.resource_id, status, statuses.name(status), message))
        if statuses is not None:
            status = statuses.expected.get(status, status)
        extra, error = resource.state_action(entry.state, status)
        if error:
            self.refuse(entry.label, '%s %s: %s' % (resource.noun, step.resource_id, error))
            return
        step.extra = extra
        step.goal = resource.actions.extra[extra].goal if extra else None
        if extra:
            step.action = ACTION_WORDS.get(extra, extra)
        elif plan.changes:
            step.action = UPDATED
        step.predicted = adapter.predict_modified(resource, current, plan.visible, step.goal)

    def decide_delete(self, step, label):
        resource = self.resource
        statuses = resource.statuses
        if statuses is not None and step.current.get(statuses.member) == statuses.deleting:
            step.action = DELETED
            step.goal = adapter.GONE
            return
        refusal = resource.refuse_delete(step.current, self.api)
        if refusal:
            refused_by_service(step, refusal)
            return
        step.action = DELETED
        step.goal = adapter.GONE
        step.predicted = None


def refused_by_service(step, refusal):
    """A delete the service's state forbids (a connection still used by tasks): the entry is sound, so
    it fails alone and the others go on; a plan error would stop them all."""
    step.action, step.error, step.predicted = FAILED, refusal, step.current


def resource_result(resource, item):
    """The result of a list item (secrets left out)."""
    return adapter.ResourceApi(None, resource).result_of(item)
