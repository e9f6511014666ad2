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


def run_all(function, items, max_concurrency):
    """[function(item)] in the order of items, on at most max_concurrency threads; the first error
    (in the order of items) is raised once every item has run: one failure never stops the others."""
    items = list(items)
    if not items:
        return []
    outcomes = []

    def guarded(item):
        try:
            return True, function(item)
        except Exception as error:  # pylint: disable=broad-except
            return False, error

    workers = max(1, min(int(max_concurrency), len(items)))
    if workers == 1:
        outcomes = [guarded(item) for item in items]
    else:
        with ThreadPoolExecutor(max_workers=workers) as executor:
            outcomes = list(executor.map(guarded, items))
    for succeeded, value in outcomes:
        if not succeeded:
            raise value
    return [value for succeeded, value in outcomes]
