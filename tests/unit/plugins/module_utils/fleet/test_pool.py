# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""fleet/pool.py: outcomes in order, a failure raised once every item has run, concurrency bounded."""

import threading
import time

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.pool import run_all


def test_outcomes_in_the_order_of_the_items_and_a_failure_raised_after_every_item_ran():
    done = []

    def work(number):
        if number == 3:
            raise ValueError('three')
        time.sleep(0.01 * (5 - number))
        done.append(number)
        return number * 10
    assert run_all(lambda number: number * 10, range(5), 4) == [0, 10, 20, 30, 40]
    with pytest.raises(ValueError) as raised:
        run_all(work, range(5), 4)
    assert str(raised.value) == 'three' and sorted(done) == [0, 1, 2, 4]


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
