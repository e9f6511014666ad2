# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""fleet/waits.py: every pending task waited for through one listing per poll."""

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.waits import wait_all
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import GONE
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.waiters import WaitError


class Script:
    def __init__(self, pages):
        self.pages = list(pages)
        self.polls = 0
        self.now = 0.0

    def list_items(self):
        self.polls += 1
        return self.pages.pop(0) if len(self.pages) > 1 else self.pages[0]

    def sleep(self, seconds):
        self.now += seconds

    def clock(self):
        return self.now


def task(task_id, status):
    return dict(TaskId=task_id, TaskName=task_id, Status=status)


def test_one_listing_per_poll_for_every_pending_task():
    script = Script([[task('a', 0), task('b', 0), task('c', 1)], [task('a', 1), task('b', 0), task('c', 2)], [task('a', 1), task('b', 1)]])
    outcomes = wait_all(DatahubTask, script.list_items, {'a': 1, 'b': 1, 'c': GONE}, 60, sleep=script.sleep, clock=script.clock)
    assert script.polls == 3
    assert outcomes['a']['status'] == 1 and outcomes['b']['status'] == 1 and outcomes['c'] is None


def test_a_failure_status_and_the_timeout_are_per_task():
    script = Script([[task('a', -1), task('b', 0)]])
    outcomes = wait_all(DatahubTask, script.list_items, {'a': 1, 'b': 1}, 5, sleep=script.sleep, clock=script.clock)
    assert isinstance(outcomes['a'], WaitError) and not outcomes['a'].timed_out
    assert isinstance(outcomes['b'], WaitError) and outcomes['b'].timed_out and outcomes['b'].status == 0


def test_a_task_that_disappears_fails_its_wait():
    script = Script([[]])
    outcomes = wait_all(DatahubTask, script.list_items, {'a': 1}, 5, sleep=script.sleep, clock=script.clock)
    assert isinstance(outcomes['a'], WaitError) and 'disappeared' in str(outcomes['a'])
