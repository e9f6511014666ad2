# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_sync_task through real ansible-playbook runs against the emulator: a sync task
created with exactly the body of tccli's example for its action (connection ids aside), rerun unchanged,
paused, resumed, deleted and deleted again unchanged. Every kind, a lost create answer, bad input and
replacements run in process: tests/unit/plugins/modules/test_datahub_sync_task_runs.py."""

import pytest

from conftest import Declarer
from sync_task_scenario import TASK, WRITES, assert_life, kafka_connections

PLAYBOOK = 'datahub_sync_task/declare.yml'
VARIABLE_NAMES = {'tags': 'task_tags'}


@pytest.fixture
def connections(emulator):
    return kafka_connections(emulator)


@pytest.fixture
def declare(emulator):
    return Declarer(emulator, PLAYBOOK, TASK, WRITES, VARIABLE_NAMES)


# one kind through real runs; every kind, in process (tests/unit/plugins/modules/test_datahub_sync_task_runs.py)
@pytest.mark.parametrize('sync', ['metadata_and_data'])
def test_each_kind_with_the_example_body_through_its_life(emulator, declare, connections, sync):
    assert_life(emulator, declare, connections, sync)
