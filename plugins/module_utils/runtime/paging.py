# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Every page of a list action."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type


def all_pages(client, listing, query, id_member):
    """Every item the list action of listing answers to query (API names), following every page.

    query members that are None or '' are not sent. An item seen on an earlier page is not
    reported twice (items created or deleted between two pages shift the offsets).
    """
    query = dict((key, value) for key, value in query.items() if value not in (None, ''))
    items = []
    offset = 0
    while True:
        query.update(Limit=listing.page_size, Offset=offset)
        result = client.call(listing.action, query, idempotent=True).get('Result') or {}
        page = result.get(listing.items) or []
        items.extend(page)
        offset += len(page)
        total = result.get(listing.total)
        if not page or len(page) < listing.page_size or (total is not None and offset >= total):
            break
    seen = set()
    unique = []
    for item in items:
        if item.get(id_member) not in seen:
            seen.add(item.get(id_member))
            unique.append(item)
    return unique
