# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""What a fleet run returns: one result item per step, the diff list and the rendered requests
(the gathered config is runtime/results.py's config_form). Secrets are never in any of them."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import adapter
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.plan import FAILED, UNCHANGED


def display_name(resource, step):
    identity = resource.identity
    if step.entry is not None and step.entry.name:
        return step.entry.name
    for result in (step.current, step.predicted):
        if result and identity.name_option and result.get(identity.name_option):
            return result[identity.name_option]
    return step.resource_id


def header(resource, step):
    name = display_name(resource, step)
    if step.resource_id and step.resource_id != name:
        return '%s %s (%s)' % (resource.noun, name, step.resource_id)
    return '%s %s' % (resource.noun, name or '(new)')


def result_item(resource, step):
    """{index, name, <id key>, action, <result key>, msg when failed}."""
    identity = resource.identity
    item = dict(index=step.index, name=display_name(resource, step), action=step.action)
    item[identity.id_option] = step.resource_id if identity.id_option != 'name' else item['name']
    shown = step.current if step.action == 'deleted' else step.predicted
    item[resource.result_key] = None if shown is None else adapter.masked(shown, resource)
    if step.action == FAILED:
        item['msg'] = step.error
    return item


def diff_item(resource, step):
    before = step.current or {}
    after = {} if step.action == 'deleted' else (step.predicted or {})
    title = header(resource, step)
    return dict(before=adapter.masked(before, resource), after=adapter.masked(after, resource),
                before_header='%s (before)' % before_header(resource, step, title), after_header='%s (after)' % title)


def before_header(resource, step, title):
    """The header of the resource as it was: a rename names the old name."""
    option = resource.identity.name_option
    old = (step.current or {}).get(option) if option else None
    if old and step.resource_id and old != display_name(resource, step):
        return '%s %s (%s)' % (resource.noun, old, step.resource_id)
    return title


def diffs(resource, steps):
    return [diff_item(resource, step) for step in steps if step.action not in (UNCHANGED, FAILED)]


# ---- rendered ----------------------------------------------------------------------------------

def rendered_item(resource, entry):
    request = adapter.create_request(resource, entry.params)
    return dict(index=entry.index, name=entry.name, action=resource.actions.create,
                request=adapter.masked(request, resource))
