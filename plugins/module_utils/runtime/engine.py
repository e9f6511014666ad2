# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The engine: a list of declarations of one resource, read, decided, written, waited for and shaped.

A singular module runs a list of one; a fleet module runs its config entries (and the deletions of
its prune plan) through the same steps. Top to bottom:

    read     each declaration's resource: by id, or by name through the list action's filters, or one
             listing of the region when that costs fewer calls (lookup.Region); in a real run, a
             resource in a transient status is waited for when the declaration needs it settled
    decide   decision.decide for each (no calls), then the refusals that need a read: a delete the
             service's state forbids, a rename onto a name in use, a create by an id whose name is taken
    write    (real runs) writer.Writer for each step, concurrently when the caller's run_many is
    wait     one wait for every step's final status, each poll reading only the resources waited on
    shape    outcome(): the one result shape of a step (the resource, its id, recreated, previous id)

Check mode stops after decide and predicts (decision.predict). Nothing here fails the module: a
declaration that cannot be carried out is a step's failure (nothing is written), a write or a wait
that failed is a step's error; the module says what that means for its run.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import known_after
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.decision import (
    CHANGE, CREATE, DELETE, KEEP, RECREATE, WAIT_GONE, Failure, decide, id_of, predict, status_of)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import GONE
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.lookup import Ambiguous, Region, scope_of
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import (
    desired_options, predict_created, predict_modified)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError

# writer, waiters and masking are imported where a write, a wait or a diff needs them: a run that
# changes nothing pays for none of them (AnsiballZ compiles every imported file on each run; the
# per-item cost is a goal, docs/performance.md). AnsiballZ still ships them: it follows imports
# inside functions too.

# The result action of a step, as a fleet module reports it.
ACTION_WORDS = {KEEP: 'unchanged', CREATE: 'created', CHANGE: 'updated', RECREATE: 'recreated', DELETE: 'deleted',
                WAIT_GONE: 'deleted'}
EXTRA_ACTION_WORDS = {'pause': 'paused', 'resume': 'resumed', 'restart': 'restarted'}
FAILED = 'failed'


def in_order(function, items):
    """run_many of a run without concurrency: function over items, in order; an error stops it."""
    return [function(item) for item in items]


class Step:
    """One declaration in a run and what becomes of it.

    params: the singular module's options (state among them); label, index, name: how messages and
    results name it in a list (None: the resource itself). failure: a decision.Failure when it cannot be carried out (nothing is written);
    error: what ended it alone (a refusal of the service's state, a failed write or wait).
    """

    def __init__(self, params, resource, label=None, index=None, name=None):
        self.params = params
        self.label = label
        self.index = index
        self.name = name
        self.by_id = params.get(resource.identity.id_option) is not None
        self.current = None
        self.decision = None
        self.failure = None
        self.error = None
        self.after = None
        self.resource_id = None
        self.previous_id = None
        self.wrote = False
        self.created = False
        self.warnings = []

    @property
    def kind(self):
        return None if self.decision is None else self.decision.kind

    @property
    def changed(self):
        """Whether the step changes (or changed, or in check mode would change) something."""
        return self.wrote or (self.failure is None and self.error is None and self.decision is not None and self.decision.writes)

    @property
    def action(self):
        """created, updated, paused, deleted, unchanged, failed, ... (what a fleet module reports)."""
        if self.failure is not None or self.error is not None:
            return FAILED
        decision = self.decision
        if decision is None:
            return ACTION_WORDS[KEEP]
        if decision.kind == CHANGE and decision.action:
            return EXTRA_ACTION_WORDS.get(decision.action, decision.action)
        return ACTION_WORDS[decision.kind]


class Engine:
    """Runs steps of one resource.

    apis(): the calling thread's ResourceApi. run_many(function, items): function over items (in
    threads, for a fleet), results in order, raising the first error. delays: the client's retry delays.
    """

    def __init__(self, resource, apis, check_mode, wait=True, wait_timeout=600, delays=(), run_many=in_order):
        self.resource = resource
        self.apis = apis
        self.check_mode = check_mode
        self.wait = wait
        self.wait_timeout = wait_timeout
        self.delays = delays
        self.run_many = run_many
        self.region = Region(apis)

    # ---- read ------------------------------------------------------------------------------

    def read(self, steps):
        """Each step's current resource (None when absent), settled as its decision needs it."""
        resource = self.resource
        # an id known after creation names a resource only predicted (check mode: a real run refused it)
        reading = [step for step in steps if not (step.by_id and step.params[resource.identity.id_option] == known_after.PLACEHOLDER)]
        found = self.region.find_all([(step.params, step.by_id) for step in reading], self.compared, self.run_many)
        for step, result in zip(reading, found):
            if isinstance(result, Ambiguous):
                identity = resource.identity
                step.failure = Failure('%d %s are named %s exactly: %s; set %s to choose one'
                                       % (len(result.ids), resource.nouns(), step.params[identity.name_option], result,
                                          identity.id_option), **{identity.id_option + 's': result.ids})
                continue
            step.current = result
            step.resource_id = id_of(resource, result)
        if not self.check_mode:
            self.settle(steps)

    def compared(self, params, by_id):
        """The options a list item must carry to stand for the resource (a delete compares nothing)."""
        return () if params['state'] == 'absent' else desired_options(self.resource, params, by_id)

    def settle(self, steps):
        """A resource being deleted is as good as gone unless state is absent (waited for until it is);
        a state of its own (paused, ...) is decided from a settled status (waited for)."""
        statuses = self.resource.statuses
        if statuses is None:
            return
        goals = {}
        for step in steps:
            status = status_of(self.resource, step.current)
            state = step.params['state']
            if step.current is None or statuses.is_settled(status):
                continue
            if status == statuses.deleting and state != 'absent':
                goals[step.resource_id] = GONE
            elif state not in ('present', 'absent'):
                goals[step.resource_id] = statuses.settled
        if not goals:
            return
        outcomes = self.wait_until(goals)
        for step in steps:
            if step.resource_id not in goals:
                continue
            outcome = outcomes[step.resource_id]
            if isinstance(outcome, Exception):
                step.error = outcome
            else:
                step.current = outcome

    # ---- decide ----------------------------------------------------------------------------

    def decide(self, steps):
        """decision.decide for each step read, then the refusals a decision needs a read for."""
        for step in steps:
            if step.failure is not None or step.error is not None:
                continue
            current = step.current
            statuses = self.resource.statuses
            if current is not None and statuses is not None and step.params['state'] != 'absent' \
                    and status_of(self.resource, current) == statuses.deleting:
                # (check mode: not waited for) a resource being deleted is as good as gone
                current = step.current = None
            step.decision = decide(self.resource, step.params, current, step.by_id, anticipate=self.check_mode)
            step.warnings.extend(step.decision.warnings)
            if step.decision.failure is not None:
                step.failure = step.decision.failure
            elif step.kind in (DELETE, RECREATE):
                # A resource that must not be deleted (a connection in use) is not replaced either.
                refusal = self.resource.refuse_delete(current, self.apis())
                if refusal:
                    step.error = refusal
        self.refuse_second_names(steps)

    def refuse_second_names(self, steps):
        """No run makes two resources of one name: a rename onto a name in use, or a create by an id that
        does not exist while another resource has the name, is refused before any write."""
        identity = self.resource.identity
        if not identity.name_option:
            return
        checked = [step for step in steps if step.failure is None and step.error is None and step.by_id
                   and self.takes_name(step)]
        if not checked:
            return
        names = dict((step.params[identity.name_option], scope_of(self.resource, step.params)) for step in checked)
        holders = self.region.holders(list(names), names, self.run_many)
        for step in checked:
            name = step.params[identity.name_option]
            others = [item.get(identity.id_member) for item in holders.get(name, [])
                      if item.get(identity.id_member) != step.params[identity.id_option]]
            if others:
                step.failure = Failure(self.second_name_message(step, name, sorted(others)))

    def takes_name(self, step):
        """Whether the step gives its resource a name it does not have yet (a create or a rename)."""
        name_option = self.resource.identity.name_option
        name = step.params.get(name_option)
        if name is None:
            return False
        if step.kind == CREATE:
            return True
        return step.kind in (CHANGE, RECREATE) and step.current is not None and step.current.get(name_option) != name

    def second_name_message(self, step, name, others):
        resource = self.resource
        identity = resource.identity
        holder = '%s %s' % (resource.noun if len(others) == 1 else resource.nouns(), ', '.join(others))
        if step.kind == CREATE:
            return ('no %s has the %s %s, and %s has the %s %s: a create by this %s would make two %s of one name. '
                    'Set %s to %s, or leave %s out to find it by its %s; nothing was changed'
                    % (resource.noun, identity.id_option, step.params[identity.id_option], holder, identity.name_option,
                       name, identity.id_option, resource.nouns(), identity.id_option, others[0], identity.id_option,
                       identity.name_option))
        return ('%s %s is the name of %s already: renaming %s %s to it would make two %s of one name. Choose another '
                '%s, or delete %s first; nothing was changed'
                % (identity.name_option, name, holder, resource.noun, step.resource_id, resource.nouns(),
                   identity.name_option, holder))

    # ---- predict (check mode) ----------------------------------------------------------------

    def predict(self, steps):
        """Check mode: each step's result as its decision would read it back. A create whose id the
        service chooses has its id known after creation (runtime/known_after.py): a play that wires it
        into the next module previews from an empty account."""
        id_option = self.resource.identity.id_option
        for step in steps:
            if step.decision is None or step.failure is not None or step.error is not None:
                step.after = step.current
                continue
            step.after = predict(self.resource, step.params, step.current, step.decision, step.by_id)
            if step.kind in (CREATE, RECREATE) and step.after is not None and step.after.get(id_option) is None:
                step.after = dict(step.after, **{id_option: known_after.PLACEHOLDER})

    # ---- write and wait ----------------------------------------------------------------------

    def apply(self, steps):
        """Write every step that writes, then wait for (or read back) what the steps ended in."""
        writing = [step for step in steps if step.failure is None and step.error is None and step.decision.writes]
        # Imported on this thread, before the workers start: on Python 3.9 a worker could see the module that
        # another worker was still loading from AnsiballZ's zip ("cannot import name 'Writer'", make matrix).
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.writer import Writer  # pylint: disable=import-outside-toplevel
        self.run_many(lambda step: self.write(step, Writer), writing)
        self.one_per_name(writing)
        self.finish(steps)

    def write(self, step, Writer):  # pylint: disable=invalid-name
        """step's writes (in a worker thread for a fleet) with the Writer class; a failure becomes step.error."""
        if step.kind == RECREATE:
            step.previous_id = step.resource_id
        try:
            Writer(self.resource, self.apis(), self.delays, self.wait_timeout).write(step)
        except Exception as error:  # pylint: disable=broad-except
            step.error = error
            # a failed wait read the resource last
            step.after = getattr(error, 'resource', None)

    def one_per_name(self, steps):
        """Concurrent runs of one declaration converge to one resource per name: after its creates, a run
        reads the names it created again; where another resource of that name is older (made first, by
        another run), the run deletes its own newer twin and takes the older one, with a warning. A create
        by id needs no such read: the service refuses a second create of one id."""
        identity = self.resource.identity
        created = [step for step in steps if step.created and step.error is None and not step.by_id
                   and identity.name_option and step.params.get(identity.name_option)]
        if not created or 'create_time' not in self.resource.result_keys:
            return
        names = dict((step.params[identity.name_option], scope_of(self.resource, step.params)) for step in created)
        try:
            holders = self.region.holders(list(names), names, self.run_many, fresh=True)
        except CkafkaError as error:
            # the creates went through: the run does not fail for a check after them, it says so
            created[0].warnings.append('the names this run created were not read again (%s): a concurrent run of the '
                                       'same declaration may have made a second %s of one of them' % (error, self.resource.noun))
            return
        for step in created:
            items = [self.apis().result_of(item) for item in holders.get(step.params[identity.name_option], [])]
            items.sort(key=lambda result: (str(result.get('create_time') or ''), result.get(identity.id_option) or ''))
            if len(items) < 2 or items[0].get(identity.id_option) == step.resource_id:
                continue
            first = items[0]
            twin = step.resource_id
            self.run_many(self.delete_twin, [dict(step=step, twin=twin)])
            step.resource_id = first.get(identity.id_option)
            step.current = first
            step.warnings.append(
                '%s %s was made by this run as %s, but %s %s of that name was made first (by another run): %s was '
                'deleted, and %s stands for this declaration' % (self.resource.noun, step.params[identity.name_option],
                                                                 twin, self.resource.noun, step.resource_id, twin,
                                                                 step.resource_id))

    def delete_twin(self, twin):
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.writer import Writer  # pylint: disable=import-outside-toplevel
        step = twin['step']
        api = self.apis()
        current = api.describe(twin['twin'])
        if current is not None:
            Writer(self.resource, api, self.delays, self.wait_timeout).delete(step, current)

    def finish(self, steps):
        """Each written step's resource afterwards: waited for (wait true), read once, or as predicted
        when no read would tell more (a create not waited for, a Modify alone)."""
        goals = {}
        reads = []
        for step in steps:
            if step.failure is not None or step.error is not None or step.kind in (None, KEEP):
                step.after = step.current if step.after is None else step.after
                continue
            read, step.after = self.read_back(step)
            if read is None:
                continue
            if self.wait and self.resource.statuses is not None:
                goals[step.resource_id] = read
            else:
                reads.append(step.resource_id)
        outcomes = self.wait_until(goals) if goals else {}
        if reads:
            outcomes.update(self.region.read_many(reads, self.run_many))
        for step in steps:
            if step.resource_id not in outcomes or step.failure is not None or step.error is not None:
                continue
            outcome = outcomes[step.resource_id]
            if isinstance(outcome, Exception):
                step.error = outcome
                if getattr(outcome, 'resource', None) is not None:
                    step.after = outcome.resource
            elif step.kind == DELETE:
                # not waited for: what the delete left (a resource being deleted); gone: what it deleted
                step.after = outcome or step.current
            elif step.kind != WAIT_GONE:
                step.after = outcome

    def read_back(self, step):
        """(the goal to wait for or read, or None; the result meanwhile) of a step written."""
        resource = self.resource
        statuses = resource.statuses
        kind = step.kind
        if kind in (DELETE, WAIT_GONE):
            waited = statuses is not None and (self.wait or kind == DELETE)
            return (GONE if waited else None), step.current
        if kind == CHANGE and step.decision.action is None:
            # only the members sent changed: no need to read the resource again
            return None, predict_modified(resource, step.current, step.decision.plan.visible)
        goal = step.decision.goal
        if kind in (CREATE, RECREATE) and (statuses is None or (not self.wait and goal == statuses.ready)):
            # the answer to a create is a resource being created: no need to read it back
            return None, predict_created(resource, step.params, statuses.creating if statuses else None, step.resource_id)
        return goal, step.after

    def wait_until(self, goals):
        """{id: result or WaitError} of waits for goals ({id: goal}), every poll one read of those pending."""
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.waiters import wait_all, waiter_for  # pylint: disable=import-outside-toplevel
        statuses = self.resource.statuses
        waiters = dict((resource_id, waiter_for(statuses, goal)) for resource_id, goal in goals.items())
        return wait_all(waiters, lambda ids: self.region.read_many(ids, self.run_many), self.resource.noun,
                        self.wait_timeout)


# ---- shape ---------------------------------------------------------------------------------------

def previous_id_key(resource):
    """The result key of the id of a resource replaced by a recreate (previous_task_id)."""
    return 'previous_' + resource.identity.id_option


def outcome(resource, step):
    """The one result shape of a step: {result key: the resource (as read, written, predicted or
    deleted; None when there was none), id option: its id, recreated, previous_<id option>}."""
    identity = resource.identity
    shown = step.after
    recreated = step.kind == RECREATE and step.failure is None
    # a replacement's id is the new one's (unknown in check mode when the service chooses it)
    resource_id = id_of(resource, shown) or (None if recreated else (step.resource_id or id_of(resource, step.current)))
    return {resource.result_key: shown, identity.id_option: resource_id, 'recreated': recreated,
            previous_id_key(resource): id_of(resource, step.current) if recreated else None}


def diff_of(resource, step):
    """{before, after} of a step, secrets masked; None when it shows nothing (a wait for a delete)."""
    if step.kind == WAIT_GONE:
        return None
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.masking import (  # pylint: disable=import-outside-toplevel
        mask_secrets, secret_names)
    secrets = secret_names(resource)
    after = None if step.kind == DELETE else step.after
    return dict(before=mask_secrets(step.current or {}, secrets), after=mask_secrets(after or {}, secrets))
