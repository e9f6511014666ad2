# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The topic that tests/integration/test_datahub_topic.py (real ansible-playbook runs) and
tests/unit/plugins/modules/test_datahub_topic_runs.py (in process) declare, and how both read it back."""

from run_checks import ok

TASK = 'Declare the topic'
INFO_TASK = 'Read the topics'
WRITES = frozenset(['CreateDatahubTopic', 'ModifyDatahubTopic', 'DeleteDatahubTopic'])

NAME = '1250000000-orders'
TOPIC = dict(name=NAME, partition_num=3, retention_ms=86400000, note='orders-of-the-shop')


def topic_vars(**changes):
    variables = dict(TOPIC)
    variables.update(changes)
    return variables


def describe(emulator, name=NAME):
    """The topic as DescribeDatahubTopic answers it (with its user name and password), or None."""
    answer = emulator.call('DescribeDatahubTopic', {'Name': name})['Response']
    if 'Error' in answer:
        return None
    return answer['Result']


def topic_names(emulator):
    answer = emulator.call('DescribeDatahubTopics', {'Limit': 100})['Response']
    return sorted(topic['Name'] for topic in answer['Result']['TopicList'])


def create(declare, **changes):
    run = declare(topic_vars(**changes))
    ok(run)
    return run
