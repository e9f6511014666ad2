# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Run a function over many items at once: threads for the API calls only.

AnsibleModule is not safe to use from several threads: a worker returns its outcome (or raises),
and the main thread alone reports.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from concurrent.futures import ThreadPoolExecutor


class Failure:
    """What a worker raised, kept as its item's outcome."""

    def __init__(self, error):
        self.error = error

    def __str__(self):
        return str(self.error)


def run_all(function, items, max_concurrency):
    """[function(item) or Failure(error)] in the order of items; a failure never stops the others."""
    items = list(items)
    if not items:
        return []

    def guarded(item):
        try:
            return function(item)
        except Exception as error:  # pylint: disable=broad-except
            return Failure(error)

    workers = max(1, min(int(max_concurrency), len(items)))
    if workers == 1:
        return [guarded(item) for item in items]
    with ThreadPoolExecutor(max_workers=workers) as executor:
        return list(executor.map(guarded, items))
