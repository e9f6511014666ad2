# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_group_offsets_info through a real ansible-playbook run against the emulator: a
playbook that waits for lag 0 while the emulator consumes. Offsets and lag over two pages, the messages and
bad input run in process: tests/unit/plugins/modules/test_datahub_messages_runs.py."""

from conftest import Declarer, ok

NAME = '1250000000-orders'
GROUP = 'billing'
PARTITIONS = 60
NO_WRITES = frozenset()


def make_topic(emulator, partitions=PARTITIONS):
    answer = emulator.call('CreateDatahubTopic', {'Name': NAME, 'PartitionNum': partitions, 'RetentionMs': 86400000})
    assert 'Error' not in answer['Response'], answer


def produce(emulator, messages, partition=None):
    """Writes messages as a producer does, through the emulator's admin route; [{partition, offset}]."""
    payload = {'topic': NAME, 'messages': messages}
    if partition is not None:
        payload['partition'] = partition
    return emulator._admin('POST', 'messages', payload)  # pylint: disable=protected-access


def consume(emulator, **how):
    """Moves the group's offsets as a consumer does (offset, consume or rate), through the admin route."""
    return emulator._admin('POST', 'groups', dict(topic=NAME, group=GROUP, **how))  # pylint: disable=protected-access


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
