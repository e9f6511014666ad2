# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The DIP topic's own decisions (module_utils/resources/datahub_topic/description.py): the name rule and the
ranges, the comparison that cannot see tags, RetentionMs and tags with every Modify, and the
credentials kept out of every result."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json
import os
import re

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_topic.description import (
    DatahubTopic, TopicApi, name_errors)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import compare
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import result_of

ANSWER = {
    'Name': '1250000000-orders', 'TopicName': '1250000000-orders', 'TopicId': 'topic-abcd1234', 'PartitionNum': 3,
    'RetentionMs': 86400000, 'Note': 'orders', 'UserName': 'dip-user-1', 'Password': 'dip-Pa55-9931', 'Status': 1,
    'Address': 'dip.tencentcloudmq.com:6000',
}


class FakeClient:
    """Answers calls from a table {action: answer or exception}; records what was sent."""

    def __init__(self, answers):
        self.answers = answers
        self.sent = []

    def call(self, action, params, idempotent=False):
        self.sent.append((action, dict(params)))
        answer = self.answers[action]
        if isinstance(answer, Exception):
            raise answer
        return answer


@pytest.mark.parametrize('name', ['1-a', '1250000000-orders', '1250000000-Orders-2024', '1250000000-' + 'x' * 117])
def test_good_names(name):
    assert name_errors(name) == []


@pytest.mark.parametrize('name', ['orders', 'abc-orders', '1250000000orders', '1250000000-', '-orders',
                                  '1250000000-ord_ers', '1250000000-ord.ers', '1250000000-ord ers',
                                  '1250000000-' + 'x' * 118, ''])
def test_bad_names_name_the_option(name):
    errors = name_errors(name)
    assert len(errors) == 1 and errors[0].startswith('name ')


def test_the_name_rule_is_the_emulators():
    """One rule on both sides: the emulator's check is written independently (tests/emulator)."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, '..', '..', '..', '..', 'emulator', 'emu_validation.py'), encoding='utf-8') as handle:
        text = handle.read()
    pattern = re.search(r"TOPIC_NAME_RE = re.compile\(r'([^']+)'\)", text).group(1)
    for name in ('1-a', '1250000000-orders', 'orders', '1250000000-ord_ers', '12-', '12--'):
        assert (name_errors(name) == []) == bool(re.match(pattern, name)), name


@pytest.mark.parametrize('option, value, fragment', [
    ('partition_num', 0, 'between 1 and 500'), ('partition_num', 501, 'between 1 and 500'),
    ('retention_ms', 59999, 'at least 60000'), ('note', 'n' * 65, 'at most 64'),
])
def test_ranges(option, value, fragment):
    errors = DatahubTopic.validate({'name': '1250000000-orders', option: value})
    assert len(errors) == 1 and errors[0].startswith(option) and fragment in errors[0]


def test_limits_are_accepted():
    params = {'name': '1250000000-orders', 'partition_num': 500, 'retention_ms': 60000, 'note': 'n' * 64}
    assert DatahubTopic.validate(params) == []
    assert DatahubTopic.validate(dict(params, partition_num=1)) == []


def test_results_have_the_fixed_keys_and_never_the_credentials():
    result = result_of(DatahubTopic, ANSWER)
    # issue 24: what is set; tags, which the service never reports, are not guessed
    assert set(result) == set(DatahubTopic.result_keys) - set(['tags'])
    assert result['status_name'] == 'in_use'
    assert 'dip-Pa55-9931' not in json.dumps(result) and 'dip-user-1' not in json.dumps(result)
    listed = result_of(DatahubTopic, dict((k, v) for k, v in ANSWER.items() if k in ('Name', 'TopicId', 'Status')))
    # the keys every topic has are there, null or not
    assert listed == {'name': ANSWER['Name'], 'topic_id': ANSWER['TopicId'], 'status': ANSWER['Status'], 'status_name': 'in_use'}


def test_note_only_change_carries_the_current_retention():
    current = result_of(DatahubTopic, ANSWER)
    plan = compare(DatahubTopic, {'name': '1250000000-orders', 'note': 'new'}, current, True)
    assert not plan.replacement_required
    assert plan.changes == {'note': 'new', 'retention_ms': 86400000, 'tags': None}
    assert plan.visible == {'note': 'new'}


def test_tags_are_never_compared_but_go_with_a_modify():
    current = result_of(DatahubTopic, ANSWER)
    tags = [{'tag_key': 'team', 'tag_value': 'data'}]
    assert compare(DatahubTopic, {'name': '1250000000-orders', 'tags': tags}, current, True).changes == {}
    plan = compare(DatahubTopic, {'name': '1250000000-orders', 'tags': tags, 'retention_ms': 3600000}, current, True)
    assert plan.changes == {'retention_ms': 3600000, 'tags': tags}


def test_partitions_need_a_replacement():
    current = result_of(DatahubTopic, ANSWER)
    plan = compare(DatahubTopic, {'name': '1250000000-orders', 'partition_num': 6, 'note': 'x'}, current, True)
    assert plan.replacement_paths == ['partition_num']


def test_modify_request_names():
    client = FakeClient({'ModifyDatahubTopic': {'Result': {}}})
    api = TopicApi(client, DatahubTopic)
    api.modify('1250000000-orders', {'note': 'new', 'retention_ms': 86400000, 'tags': [{'tag_key': 'k', 'tag_value': 'v'}]})
    assert client.sent == [('ModifyDatahubTopic', {'Name': '1250000000-orders', 'Note': 'new', 'RetentionMs': 86400000,
                                                   'Tags': [{'TagKey': 'k', 'TagValue': 'v'}]})]


def test_credentials_of_the_topic_read_last():
    client = FakeClient({'DescribeDatahubTopic': {'Result': ANSWER}, 'DeleteDatahubTopic': {'Result': {}},
                         'CreateDatahubTopic': {'Result': {'TopicName': 'x', 'TopicId': 'topic-2'}}})
    api = TopicApi(client, DatahubTopic)
    assert api.credentials is None
    result = api.describe('1250000000-orders')
    assert 'password' not in result
    assert api.credentials == {'user_name': 'dip-user-1', 'password': 'dip-Pa55-9931'}
    api.delete('1250000000-orders')
    assert api.credentials is None
    api.describe('1250000000-orders')
    api.create({'Name': '1250000000-orders', 'PartitionNum': 1, 'RetentionMs': 60000})
    assert api.credentials is None


def test_an_unknown_topic_has_no_credentials():
    client = FakeClient({'DescribeDatahubTopic': CkafkaError('ResourceNotFound', 'no such topic')})
    api = TopicApi(client, DatahubTopic)
    assert api.describe('1250000000-nothing') is None
    assert api.credentials is None


def test_a_connection_filter_asks_for_the_connections_topics():
    client = FakeClient({'DescribeDatahubTopics': {'Result': {'TotalCount': 0, 'TopicList': []}}})
    api = TopicApi(client, DatahubTopic)
    api.list_answers({'ConnectResourceId': 'resource-1', 'SearchWord': None})
    api.list_answers({'SearchWord': 'orders'})
    first, second = [params for dummy, params in client.sent]
    assert first['QueryFromConnectResource'] is True and first['ConnectResourceId'] == 'resource-1'
    assert 'QueryFromConnectResource' not in second
