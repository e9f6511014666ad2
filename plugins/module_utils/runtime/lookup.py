# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Finding the one resource a declaration means: by its id, else by its exact name."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import lists_left_out


class Ambiguous(Exception):
    """More than one resource has the exact name; ids lists them, sorted."""

    def __init__(self, ids):
        super(Ambiguous, self).__init__(', '.join(ids))
        self.ids = ids


def listed(api, filters, name=None, exact=None):
    """The list items (API names) matching filters ({API name: value}, None left out by the listing).

    With name: only those whose name is exactly name and whose exact members ({API name: value})
    equal those values; the loose search filter carries the name unless filters give one.
    """
    resource = api.resource
    query = dict(filters)
    search = resource.listing.search
    if name is not None:
        query[search] = query.get(search) or name
    query.update(exact or {})
    items = api.list_answers(query)
    if name is None:
        return items
    return [item for item in items if item.get(resource.identity.name_member) == name
            and all(item.get(member) == value for member, value in (exact or {}).items())]


def named(api, name, scope_values):
    """The list items (API names) whose name is exactly name and whose scope members equal
    scope_values ({API name: value} of the scope options set, sent as filters too)."""
    return listed(api, {}, name, scope_values)


def scope_of(resource, params):
    return dict((member, params[option]) for option, member in resource.identity.scope.items()
                if params.get(option) is not None)


def find(api, params, by_id, compared=()):
    """The result of the resource params identify, or None; raises Ambiguous.

    By id: one describe. By name: every page of the listing, exact matches only; the list item
    is the result unless it lacks a member of the options compared or a list of the result (a list
    answer leaves some out: a task's Tags, Connections), and then the resource is described, so a
    result never shows a list it was not told (tags [] on create, null on a rerun by name).
    """
    resource = api.resource
    identity = resource.identity
    if by_id:
        return api.describe(params[identity.id_option])
    matches = named(api, params[identity.name_option], scope_of(resource, params))
    if len(matches) > 1:
        raise Ambiguous(sorted(item.get(identity.id_member) or '?' for item in matches))
    if not matches:
        return None
    item = matches[0]
    if any(resource.reported_as(option) not in item for option in compared) or lists_left_out(resource, item):
        return api.describe(item[identity.id_member])
    return api.result_of(item)
