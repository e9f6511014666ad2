# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""What a run must change, decided from options and results only (no calls): compare, modify
planning, and the result predicted for check mode and for writes not read back."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import copy
import re

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.comparison import diff_paths
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import join_path
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import compacted

_TOP = re.compile(r'[.\[]')


def top_level(path):
    """The top-level option of an option path (source_resource.kafka_param.topic -> source_resource)."""
    return _TOP.split(path, 1)[0]


def desired_options(resource, params, by_id):
    """The options the user set that are compared with the resource.

    The id (and the parent, Identity.parent) is the identity, never compared; the name is compared only
    when the identity is the id.
    """
    identity = resource.identity
    names = [name for name in resource.schema.PARAMETER_SPEC if name != identity.id_option and name not in identity.parent]
    names.extend(resource.create_omits())
    desired = dict((name, params.get(name)) for name in names if params.get(name) is not None)
    if not by_id:
        desired.pop(resource.identity.name_option, None)
    return desired


class Plan:
    """What differs: paths (option paths), replacement_paths (those Modify cannot change), and
    changes ({option: value}, the Modify to send; empty when nothing changes in place) and
    visible ({option: value}, the changes a result shows: write-only secrets left out)."""

    def __init__(self, paths, replacement_paths, changes, visible=None):
        self.paths = paths
        self.replacement_paths = replacement_paths
        self.changes = changes
        self.visible = changes if visible is None else visible

    @property
    def replacement_required(self):
        return bool(self.replacement_paths)


def with_always_sent(resource, params, current, changes):
    """changes plus the members Modify needs every time, from the options or else from current."""
    if changes:
        for option in resource.modify.always_send:
            if option not in changes:
                changes[option] = params.get(option) if params.get(option) is not None else (current or {}).get(option)
    return changes


def compare(resource, params, current, by_id):
    """The Plan that brings current (a result) to what params set."""
    paths = diff_paths(resource, desired_options(resource, params, by_id), current, resource.create_omits())
    modifiable = resource.modify_options()
    replacement = [path for path in paths if top_level(path) not in modifiable]
    changed = sorted(set(top_level(path) for path in paths if top_level(path) in modifiable))
    visible = dict((option, params[option]) for option in changed)
    return Plan(paths, replacement, with_always_sent(resource, params, current, dict(visible)), visible)


def plan_for(resource, params, current, by_id):
    """The Plan bringing current to params: the resource's own compare when it has one."""
    own = getattr(resource, 'compare', None)
    if own is not None:
        return own(params, current, by_id)
    return compare(resource, params, current, by_id)


def modify_after_create(resource, params):
    """The changes ({option: value}) of the options Create does not take that the user set, or {}; an
    option at the value that means unset (Comparison.unset_values: a new resource has none) needs none."""
    root = resource.schema.PATH_TYPES.get('')
    unset = resource.comparison.unset_values
    return dict((option, params[option]) for option in resource.create_omits()
                if params.get(option) is not None and params[option] != unset.get((root, option), object()))


def with_status(resource, result, status):
    result = copy.deepcopy(result)
    result[resource.statuses.member] = status
    if 'status_name' in result:
        result['status_name'] = resource.statuses.name(status)
    return result


def pruned(value, secret_paths=frozenset(), path=''):
    """An option value as a request carries it: None left out at every depth, and the secrets at
    secret_paths (option paths, no indexes) too."""
    if isinstance(value, dict):
        return dict((key, pruned(item, secret_paths, join_path(path, key))) for key, item in value.items()
                    if item is not None and join_path(path, key) not in secret_paths)
    if isinstance(value, list):
        return [pruned(item, secret_paths, path) for item in value if item is not None]
    return value


def predict_created(resource, params, status, resource_id=None):
    """The result a create of params would read back, in status, with resource_id (None while the
    service has not chosen one); in option names, secrets left out."""
    names = list(resource.schema.PARAMETER_SPEC) + list(resource.create_omits())
    options = pruned(dict((name, params.get(name)) for name in names), resource.schema.NO_LOG_PATHS)
    if resource_id is not None:
        options[resource.identity.id_option] = resource_id
    if resource.statuses is not None:
        options[resource.statuses.member] = status
    return compacted(resource, options)


def predict_modified(resource, current, changes, status=None):
    """current (a result) with changes applied, and status when given."""
    result = copy.deepcopy(current)
    result.update(changes)
    if status is not None:
        result = with_status(resource, result, status)
    return compacted(resource, result)


_STEP = re.compile(r'([^.\[\]]+)|\[(\d+)\]')


def _steps(path):
    """The keys and indexes of an option path (a.b[0].c -> ['a', 'b', 0, 'c'])."""
    return [int(index) if index else name for name, index in _STEP.findall(path)]


def value_at(obj, path):
    """The value at an option path of options or a result; None where it is missing."""
    for step in _steps(path):
        if isinstance(step, int):
            obj = obj[step] if isinstance(obj, list) and step < len(obj) else None
        else:
            obj = obj.get(step) if isinstance(obj, dict) else None
    return obj


def with_values_at(result, desired, paths):
    """A copy of result (a result) where each option path of paths holds the value desired gives it.

    The rest stays as read: the members the service filled and those equal once normalised (a
    topic list in another order), so that a diff shows the paths that really differ and nothing else.
    """
    result = copy.deepcopy(result)
    for path in paths:
        steps = _steps(path)
        target = result
        for step, following in zip(steps, steps[1:]):
            child = target[step] if isinstance(step, int) else target.get(step)
            if child is None:
                child = [] if isinstance(following, int) else {}
                target[step] = child
            target = child
        target[steps[-1]] = copy.deepcopy(value_at(desired, path))
    return result


def predict_recreated(resource, params, current, paths, status, by_id):
    """The result a recreate would read back: current with the differing paths as params set them, in
    status; the id is the one given (by id, when the client chooses ids or the id is the name), else
    unknown (None: the service gives the new resource a new one)."""
    result = with_values_at(current, desired_options(resource, params, by_id), paths)
    actions = resource.actions
    if not (by_id and (actions.new_id is not None or actions.created_id is None)):
        result[resource.identity.id_option] = None
    if resource.statuses is not None and status is not None:
        result = with_status(resource, result, status)
    return compacted(resource, result)
