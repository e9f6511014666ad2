# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_group_offsets_info through a real ansible-playbook run against the emulator: a
playbook that waits for lag 0 while the emulator consumes. Offsets and lag over two pages, the messages and
bad input run in process: tests/unit/plugins/modules/test_datahub_messages_runs.py."""

from conftest import Declarer, ok
from messages_scenario import GROUP, NAME, consume, make_topic, produce

NO_WRITES = frozenset()


def test_a_playbook_waits_for_lag_0_while_the_emulator_consumes(emulator):
    make_topic(emulator, partitions=3)
    # 15 messages a partition consumed at 1 a second: the lag lasts longer than a playbook takes to start on a busy machine
    for partition in range(3):
        produce(emulator, [{'value': 'v%d' % n} for n in range(15)], partition)
    consume(emulator, offset=0)
    consume(emulator, rate=1)
    wait = Declarer(emulator, 'datahub_messages/wait_for_lag.yml', 'Wait until the lag is 0', NO_WRITES)
    run = wait(dict(topic_name=NAME, group=GROUP, retries=60))
    result = ok(run)
    assert result['total_lag'] == 0
    assert result['attempts'] > 1
    assert run.actions.count('DescribeDatahubGroupOffsets') == result['attempts']
