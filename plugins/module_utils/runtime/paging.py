# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Every page of a list action."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type


def sent(query):
    """The members of query that are sent: None and '' are not."""
    return dict((key, value) for key, value in query.items() if value not in (None, ''))


def first_page(client, listing, query):
    """(items, total count) of the first page the list action of listing answers to query: one call."""
    result = client.call(listing.action, dict(sent(query), Limit=listing.page_size, Offset=0), idempotent=True).get('Result') or {}
    page = result.get(listing.items) or []
    total = result.get(listing.total)
    return page, (len(page) if total is None else total)


def all_pages(client, listing, query, id_member, first=None):
    """Every item the list action of listing answers to query (API names), following every page.

    first: the (items, total) of the first page when it was read already (first_page). An item seen
    on an earlier page is not reported twice (items created or deleted between two pages shift the offsets).
    """
    items = []
    offset = 0
    if first is not None:
        items.extend(first[0])
        offset = len(first[0])
        if not first[0] or len(first[0]) < listing.page_size or offset >= first[1]:
            return unique(items, id_member)
    for page in pages(client, listing, query, offset):
        items.extend(page)
    return unique(items, id_member)


def pages(client, listing, query, offset=0):
    """Each page (the items of one answer) of the list action of listing for query, from offset to the last page.

    The last page is the one shorter than the page size, or the one that reaches the answer's total count;
    an answer without a total count is followed until a short page.
    """
    query = sent(query)
    while True:
        result = client.call(listing.action, dict(query, Limit=listing.page_size, Offset=offset), idempotent=True).get('Result') or {}
        page = result.get(listing.items) or []
        yield page
        offset += len(page)
        total = result.get(listing.total)
        if not page or len(page) < listing.page_size or (total is not None and offset >= total):
            return


def unique(items, id_member):
    seen = set()
    kept = []
    for item in items:
        if item.get(id_member) not in seen:
            seen.add(item.get(id_member))
            kept.append(item)
    return kept
