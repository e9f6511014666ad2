# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""fleet/pool.py: outcomes in order, a failure kept as its item's outcome, concurrency bounded."""

import threading
import time

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.pool import Failure, run_all


def test_outcomes_in_the_order_of_the_items_and_failures_kept():
    def work(number):
        if number == 3:
            raise ValueError('three')
        time.sleep(0.01 * (5 - number))
        return number * 10
    outcomes = run_all(work, range(5), 4)
    assert [outcome for outcome in outcomes if not isinstance(outcome, Failure)] == [0, 10, 20, 40]
    assert isinstance(outcomes[3], Failure) and str(outcomes[3]) == 'three'


def test_at_most_max_concurrency_at_once():
    lock = threading.Lock()
    running = [0, 0]

    def work(dummy):
        with lock:
            running[0] += 1
            running[1] = max(running[1], running[0])
        time.sleep(0.02)
        with lock:
            running[0] -= 1
    run_all(work, range(12), 3)
    assert running[1] == 3


def test_nothing_to_do():
    assert run_all(lambda item: item, [], 10) == []
