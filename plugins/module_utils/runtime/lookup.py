# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Finding the resources declarations mean: by id, else by exact name (and scope).

One declaration is found with one Describe (by id) or the list action's own filters (by name).
Many are found the cheaper way: each on its own as above, or one listing of the region read
into an Index, whichever costs fewer calls (a run of k declarations in a region of N resources
costs about min(k, N / page size) calls). A list item is the result unless it lacks a member the
declaration compares: nothing is described only to fill a member the list answer leaves out.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type


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


def needs_describe(resource, item, compared):
    """Whether a list item lacks a member of the options compared (then the resource is described)."""
    return any(resource.reported_as(option) not in item for option in compared
               if option not in resource.uncompared_paths)


def ambiguous_ids(resource, items):
    return sorted(item.get(resource.identity.id_member) or '?' for item in items)


def result_of_match(api, matches, compared):
    """The result of the one list item of matches (a Describe when it lacks a compared member), or None."""
    resource = api.resource
    if len(matches) > 1:
        raise Ambiguous(ambiguous_ids(resource, matches))
    if not matches:
        return None
    item = matches[0]
    if needs_describe(resource, item, compared):
        return api.describe(item[resource.identity.id_member])
    return api.result_of(item)


def find(api, params, by_id, compared=()):
    """The result of the resource params identify, or None; raises Ambiguous.

    By id: one describe. By name: the list action filtered by the name (and scope), exact matches only.
    """
    resource = api.resource
    identity = resource.identity
    if by_id:
        return api.describe(params[identity.id_option])
    return result_of_match(api, named(api, params[identity.name_option], scope_of(resource, params)), compared)


class Index:
    """The list items of one listing, by id and by name."""

    def __init__(self, resource, items):
        identity = resource.identity
        self.resource = resource
        self.items = items
        self.by_id = dict((item.get(identity.id_member), item) for item in items)
        self.by_name = {}
        if identity.name_member:
            for item in items:
                self.by_name.setdefault(item.get(identity.name_member), []).append(item)

    def named(self, name, scope_values):
        """The items of name whose scope members equal scope_values (as lookup.named answers)."""
        return [item for item in self.by_name.get(name, [])
                if all(item.get(member) == value for member, value in scope_values.items())]

    def matches(self, params, by_id):
        """The items params identify (by id: at most one; by name and scope: every exact match)."""
        identity = self.resource.identity
        if by_id or not identity.name_member:
            item = self.by_id.get(params.get(identity.id_option) if by_id else params.get(identity.name_option))
            return [item] if item is not None else []
        return self.named(params.get(identity.name_option), scope_of(self.resource, params))


class Region:
    """What a run knows of the region's listing: its size once a page was read, the whole Index once
    it was listed. It chooses, for k resources, k calls of their own or one listing."""

    def __init__(self, apis):
        self.apis = apis
        self.index = None
        self.total = None
        self.first = None
        # {id: (name, scope values)} of the resources read from a list item: a later read of one of them
        # reads its list item again, so that a run compares a resource with itself as read the same way
        self.from_list = {}

    @property
    def api(self):
        """The calling thread's ResourceApi (a fleet's workers each have a client of their own)."""
        return self.apis()

    def pages(self):
        """The calls one listing of the region costs, its first page read once to know (one call)."""
        if self.total is None:
            if self.index is not None:
                self.total = len(self.index.items)
            else:
                from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.paging import first_page  # pylint: disable=import-outside-toplevel
                # within the parent (a topic's instance) when the resource has one
                self.first = first_page(self.api.client, self.api.resource.listing, dict(self.api.parent))
                self.total = self.first[1]
        return max(1, -(-self.total // self.api.resource.listing.page_size))

    def listing_is_cheaper(self, count, fresh=False):
        """Whether one listing (free when the Index is there and fresh reads are not needed) costs fewer
        calls than count calls of their own; one resource is never listed for."""
        if self.index is not None and not fresh:
            return True
        if count <= 1:
            return False
        return self.pages() < count

    def listed(self):
        """The Index of the whole region (listed once; the page read by measure is not read again)."""
        if self.index is None:
            items = self.api.list_answers({}, first=self.first)
            self.index = Index(self.api.resource, items)
        return self.index

    def find_all(self, declarations, compared, run_many):
        """[result, None or an Ambiguous] per declaration ((params, by_id) pairs); compared(params, by_id):
        the options the comparison needs of the list item."""
        if self.listing_is_cheaper(len(declarations)):
            api = self.api
            index = self.listed()
            matched = []
            for params, by_id in declarations:
                matches = index.matches(params, by_id)
                if len(matches) > 1:
                    matched.append(Ambiguous(ambiguous_ids(api.resource, matches)))
                else:
                    matched.append(matches)
            to_describe = [position for position, matches in enumerate(matched) if isinstance(matches, list) and matches
                           and needs_describe(api.resource, matches[0], compared(*declarations[position]))]
            described = dict(zip(to_describe, run_many(
                lambda position: self.api.describe(matched[position][0][api.resource.identity.id_member]), to_describe)))
            found = []
            for position, matches in enumerate(matched):
                if isinstance(matches, Ambiguous) or not matches:
                    found.append(matches or None)
                elif position in described:
                    found.append(described[position])
                else:
                    found.append(self.listed_result(matches[0]))
            return found

        def one(declaration):
            params, by_id = declaration
            if by_id:
                return self.api.describe(params[self.api.resource.identity.id_option])
            try:
                matches = named(self.api, params[self.api.resource.identity.name_option], scope_of(self.api.resource, params))
                if len(matches) == 1 and not needs_describe(self.api.resource, matches[0], compared(params, by_id)):
                    return self.listed_result(matches[0])
                return result_of_match(self.api, matches, compared(params, by_id))
            except Ambiguous as ambiguous:
                return ambiguous
        return run_many(one, declarations)

    def listed_result(self, item):
        """The result of a list item, remembered as read from the list (read_one)."""
        identity = self.api.resource.identity
        if identity.name_member:
            scope = dict((member, item.get(member)) for member in identity.scope.values())
            self.from_list[item.get(identity.id_member)] = (item.get(identity.name_member), scope)
        return self.api.result_of(item)

    def holders(self, names, scope_values, run_many, fresh=False):
        """{name: [list items]} of the resources named so (exactly, in scope_values[name]), the cheaper
        way; fresh: read now (not from the Index listed before)."""
        names = sorted(set(names))
        if self.listing_is_cheaper(len(names), fresh):
            index = Index(self.api.resource, self.api.list_answers({})) if fresh else self.listed()
            return dict((name, index.named(name, scope_values.get(name, {}))) for name in names)
        return dict(zip(names, run_many(lambda name: named(self.api, name, scope_values.get(name, {})), names)))

    def read_many(self, resource_ids, run_many):
        """{id: result or None} of resource_ids now, the cheaper way (a wait's poll)."""
        if self.listing_is_cheaper(len(resource_ids), fresh=True):
            items = dict((item.get(self.api.resource.identity.id_member), item) for item in self.api.list_answers({}))
            return dict((resource_id, self.api.result_of(items.get(resource_id))) for resource_id in resource_ids)
        return dict(zip(resource_ids, run_many(self.read_one, resource_ids)))

    def read_one(self, resource_id):
        """The result of resource_id now, read as the run read it first: a Describe, or its list item
        through the list action filtered by its name (so a diff shows what changed, not what the two
        answers carry)."""
        if resource_id not in self.from_list:
            return self.api.describe(resource_id)
        name, scope = self.from_list[resource_id]
        id_member = self.api.resource.identity.id_member
        items = [item for item in named(self.api, name, scope) if item.get(id_member) == resource_id]
        return self.api.result_of(items[0]) if items else None
