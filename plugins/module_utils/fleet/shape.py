# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""What a fleet run returns beyond the engine's result shape (runtime/engine.py outcome): the position
and name of each item, the diff headers and the rendered requests. Secrets are never in any of them."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.engine import FAILED, diff_of, outcome
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.masking import mask_secrets, secret_names
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import to_api


def masked(value, resource):
    return mask_secrets(value, secret_names(resource))


def display_name(resource, step):
    identity = resource.identity
    if step.name:
        return step.name
    for result in (step.current, step.after):
        if result and identity.name_option and result.get(identity.name_option):
            return result[identity.name_option]
    return step.resource_id


def header(resource, step, name=None):
    name = name or display_name(resource, step)
    if step.resource_id and step.resource_id != name:
        return '%s %s (%s)' % (resource.noun, name, step.resource_id)
    return '%s %s' % (resource.noun, name or '(new)')


def result_item(resource, step):
    """{index, name, action, msg when failed} and the engine's outcome: the resource, its id, recreated,
    previous id (what the singular module returns about it)."""
    item = dict(index=step.index, name=display_name(resource, step), action=step.action)
    shaped = outcome(resource, step)
    shaped[resource.result_key] = None if shaped[resource.result_key] is None else masked(shaped[resource.result_key], resource)
    item.update(shaped)
    if resource.identity.id_option == 'name':
        # the id is the name (a topic): the entry names it even where no resource has it yet
        item['name'] = display_name(resource, step)
    if step.action == FAILED:
        item['msg'] = str(step.failure if step.failure is not None else step.error)
    return item


def diffs(resource, steps):
    """A before/after per step that changes something, with headers naming it (the name before a rename)."""
    found = []
    for step in steps:
        diff = diff_of(resource, step) if step.changed and step.action != FAILED else None
        if diff is None:
            continue
        before_name = (step.current or {}).get(resource.identity.name_option) if resource.identity.name_option else None
        diff.update(before_header='%s (before)' % header(resource, step, before_name),
                    after_header='%s (after)' % header(resource, step))
        found.append(diff)
    return found


def rendered_item(resource, entry):
    request = to_api(entry.params, resource.schema.API_NAME_TREE)
    return dict(index=entry.index, name=entry.name, action=resource.actions.create, request=masked(request, resource))
