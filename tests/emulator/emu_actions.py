# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What the handlers of every resource share: their parts, the admin dump and the paged list answer.

A resource's handlers subclass Actions with one method per action, named like the action, taking
the validated parameters and returning the Response member (without RequestId).
"""


def page_window(params, default_limit, max_limit):
    """(limit, offset) of a list call: Limit defaults to default_limit and is capped at max_limit."""
    limit = params.get('Limit')
    limit = default_limit if limit is None else min(limit, max_limit)
    return limit, params.get('Offset') or 0


class Actions:
    """The handlers of one resource. Subclasses set the list answer's member and page sizes."""

    list_member = None
    default_limit = 20
    max_limit = 100

    def __init__(self, service, schema, store, renderer):
        self.service = service
        self.schema = schema
        self.store = store
        self.renderer = renderer

    def full(self, item):
        """The item as its Describe action answers it."""
        return self.renderer.describe(item)

    def dump(self):
        """Every item, for the admin API."""
        with self.store.lock:
            return [self.full(item) for item in self.store.list()]

    def page(self, params, matches, render):
        """The list answer: TotalCount of the items for which matches() holds, and one page of render()s."""
        limit, offset = page_window(params, self.default_limit, self.max_limit)
        with self.store.lock:
            selected = [item for item in self.store.list() if matches(item)]
            items = [render(item) for item in selected[offset:offset + limit]]
        return {'Result': {'TotalCount': len(selected), self.list_member: items}}
