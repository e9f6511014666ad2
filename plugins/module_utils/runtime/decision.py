# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""What a run does with one resource, decided from the options and the resource as read (no calls).

decide(resource, params, current, by_id) is the whole state machine of a declaration; the
runner (runner.py) reads before it and writes after it, and a fleet of declarations can call it
once per entry. predict(...) is the result a decision would read back, for check mode.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import (
    plan_for, predict_created, predict_modified, predict_recreated, value_at)

# What a decision does.
KEEP = 'keep'              # nothing to write: the resource is as declared (or absent, as wanted)
WAIT_GONE = 'wait_gone'    # a delete is under way already: wait for it (when wait is true)
DELETE = 'delete'
CREATE = 'create'
CHANGE = 'change'          # a Modify and/or an extra action (pause, resume, restart)
RECREATE = 'recreate'      # delete, wait until gone, create anew

WRITES = frozenset([DELETE, CREATE, CHANGE, RECREATE])
# The longest value a message quotes.
QUOTE_MAX = 120


class Failure(Exception):
    """A declaration that cannot be carried out: the message, and the keys the failed result carries."""

    def __init__(self, message, **extra):
        super(Failure, self).__init__(message)
        self.extra = extra


class Decision:
    """kind (above); plan (planning.Plan) of CHANGE and RECREATE; action, the extra action of a
    CHANGE (or None); goal, the status the resource ends in (or None); warnings for the user;
    failure, a Failure when the declaration cannot be carried out (kind is then None)."""

    def __init__(self, kind, plan=None, action=None, goal=None, warnings=(), failure=None):
        self.kind = kind
        self.plan = plan
        self.action = action
        self.goal = goal
        self.warnings = list(warnings)
        self.failure = failure

    @property
    def writes(self):
        """Whether carrying it out writes (the run's changed)."""
        return self.kind in WRITES


def shown(value):
    """A value as a message quotes it (JSON: "index", null, ["a"])."""
    return json.dumps(value, sort_keys=True)


def status_of(resource, result):
    return None if resource.statuses is None or result is None else result.get(resource.statuses.member)


def failed_status(resource, current):
    """The status of current when it is a failed one (create failed, ...), else None."""
    status = status_of(resource, current)
    return status if resource.statuses is not None and status in resource.statuses.failed else None


def id_of(resource, result):
    return (result or {}).get(resource.identity.id_option)


def differences(resource, params, current, paths):
    """[{path, current, wanted}] of option paths, secrets masked."""
    # Imported here: only a replacement shows differences (see runner.py on imports).
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.masking import (  # pylint: disable=import-outside-toplevel
        is_secret_path, mask_secrets, secret_names)
    # wanted from params, not from the compared options: a resource's own compare may add a path
    # (a sync task's kind) that no request member carries
    secrets = secret_names(resource)
    return [mask_secrets(dict(path=path, current=value_at(current, path), wanted=value_at(params, path)),
                         secrets | frozenset(['current', 'wanted']) if is_secret_path(path, secrets) else secrets)
            for path in paths]


def quoted(item):
    """path (now X, wanted Y), each value cut short: the differences key has them whole."""
    values = [shown(item[key]) for key in ('current', 'wanted')]
    values = [value if len(value) <= QUOTE_MAX else value[:QUOTE_MAX] + '...' for value in values]
    return '%s (now %s, wanted %s)' % (item['path'], values[0], values[1])


def replacement_failure(resource, params, current, plan):
    """The failure of a difference Modify cannot make: each path with its values, a line each when
    there are several, and the diff of those paths (what recreate: true would change); never the
    whole resource."""
    found = differences(resource, params, current, plan.replacement_paths)
    noun = resource.noun
    advice = ('the %s must be recreated. Set recreate: true to delete it and create it anew (--check --diff '
              'previews that).' % noun)
    if len(found) == 1:
        message = '%s %s differs in %s, which cannot be changed in place: %s' % (
            noun, id_of(resource, current), quoted(found[0]), advice)
    else:
        message = '%s %s differs in %d option paths that cannot be changed in place:\n%s\n%s' % (
            noun, id_of(resource, current), len(found), '\n'.join('  ' + quoted(item) for item in found),
            advice[0].upper() + advice[1:])
    note = resource.replacement_note(params, current, plan.replacement_paths)
    if note:
        message += ' ' + note
    diff = dict(before=dict((item['path'], item['current']) for item in found),
                after=dict((item['path'], item['wanted']) for item in found))
    return Failure(message, replacement_required=True, differing_paths=plan.replacement_paths, differences=found,
                   diff=diff)


def missing_for_create(resource, params, replaced_id=None):
    """The failure of a create that lacks required options (or the resource's own), else None.

    replaced_id: the id of the resource a recreate replaces (None: nothing exists).
    """
    identity = resource.identity
    missing = [name for name in resource.create_requirements() if not params.get(name)]
    if missing:
        named = replaced_id or params.get(identity.id_option) or params.get(identity.name_option)
        needed = ' and '.join(missing) + (' are' if len(missing) > 1 else ' is')
        state = params.get('state')
        if replaced_id is not None:
            return Failure('the %s %s is to be created anew, and %s required to create it; nothing was changed'
                           % (resource.noun, named, needed))
        if state in ('present', None):
            return Failure('the %s %s does not exist, and %s required to create it' % (resource.noun, named, needed))
        # The user meant to act on a resource: say first that there is none, then how to make one.
        return Failure('the %s %s does not exist, so state=%s has nothing to act on. To create it in that state, '
                       'give %s as well (%s required to create a %s)'
                       % (resource.noun, named, state, ' and '.join(missing), needed, resource.noun))
    problems = resource.create_problems(params)
    if problems:
        return Failure('invalid %s options: %s' % (resource.noun, '; '.join(problems)), validation_errors=problems)
    return None


def decide_absent(resource, current):
    if current is None:
        return Decision(KEEP)
    statuses = resource.statuses
    if statuses is not None and status_of(resource, current) == statuses.deleting:
        return Decision(WAIT_GONE)
    return Decision(DELETE)


def decide_create(resource, params, by_id):
    identity = resource.identity
    goal = resource.statuses.goal(params['state']) if resource.statuses else None
    if by_id and not resource.creates_by_id:
        # The service chooses the id of a new resource: one made here could not be found by this id.
        failure = Failure('no %s has the ID %s; leave %s out to create one%s'
                          % (resource.noun, params[identity.id_option], identity.id_option,
                             ' by its ' + identity.name_option if identity.name_option else ''))
        return Decision(None, failure=failure)
    return Decision(CREATE, goal=goal, failure=missing_for_create(resource, params))


def recreate_warnings(resource, params, current, plan):
    """Why the resource is replaced, and what a replacement loses."""
    reasons = []
    paths = plan.replacement_paths
    if paths:
        reasons.append('%s differ%s' % (', '.join(paths), 's' if len(paths) == 1 else ''))
    failed = failed_status(resource, current)
    if failed is not None:
        reasons.append('it is in status %s (%s; the service says: %s)'
                       % (failed, resource.statuses.name(failed), current.get('error_message') or 'no message'))
    resource_id = id_of(resource, current)
    warnings = ['%s %s will be deleted and created anew because %s' % (resource.noun, resource_id, ' and '.join(reasons))]
    loss = resource.recreate_warning(resource_id, params)
    return warnings + ([loss] if loss else [])


def decide_existing(resource, params, current, by_id, anticipate):
    state = params['state']
    statuses = resource.statuses
    plan = plan_for(resource, params, current, by_id)
    failed = failed_status(resource, current)
    if plan.replacement_required or (failed is not None and params['recreate']):
        if not params['recreate']:
            return Decision(None, plan=plan, failure=replacement_failure(resource, params, current, plan))
        return Decision(RECREATE, plan=plan, goal=statuses.goal(state) if statuses else None,
                        warnings=recreate_warnings(resource, params, current, plan))
    warnings = []
    if failed is not None and state == 'present':
        warnings.append('%s %s is in status %s (%s): the service says: %s. It is left as it is; set recreate: true '
                        'to replace it, or state: restarted to restart it'
                        % (resource.noun, id_of(resource, current), failed, statuses.name(failed),
                           current.get('error_message') or 'no message'))
    status = status_of(resource, current)
    if anticipate and statuses is not None:
        status = statuses.expected.get(status, status)
    action, error = resource.state_action(state, status)
    if error:
        return Decision(None, failure=Failure('%s %s: %s. Service message: %s' % (
            resource.noun, id_of(resource, current), error, current.get('error_message') or 'none'), status=status))
    if not plan.changes and action is None:
        return Decision(KEEP, plan=plan, warnings=warnings)
    goal = resource.actions.extra[action].goal if action else None
    return Decision(CHANGE, plan=plan, action=action, goal=goal, warnings=warnings)


def decide(resource, params, current, by_id, anticipate=False):
    """The Decision for params (module options, state among them) given current (a result or None).

    by_id: whether the identity option is set. anticipate: check mode, where a transient status
    is taken as the one it turns into (nothing waits for it). current must be settled as the run
    needs it (runner.ResourceModule.read): a resource being deleted is None unless state is absent.
    """
    if params['state'] == 'absent':
        return decide_absent(resource, current)
    if current is None:
        return decide_create(resource, params, by_id)
    return decide_existing(resource, params, current, by_id, anticipate)


def predict(resource, params, current, decision, by_id):
    """The result decision would read back (check mode); a delete's is what it deletes."""
    kind = decision.kind
    if kind == CREATE:
        return predict_created(resource, params, decision.goal, params.get(resource.identity.id_option))
    if kind == CHANGE:
        return predict_modified(resource, current, decision.plan.visible, decision.goal)
    if kind == RECREATE:
        return predict_recreated(resource, params, current, decision.plan.paths, decision.goal, by_id)
    return current
