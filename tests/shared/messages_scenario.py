# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The topic, its messages and its consumer group that tests/integration/test_datahub_messages.py (real
ansible-playbook runs) and tests/unit/plugins/modules/test_datahub_messages_runs.py (in process) read:
set through the emulator's API and admin routes."""

NAME = '1250000000-orders'
GROUP = 'billing'
PARTITIONS = 60


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
