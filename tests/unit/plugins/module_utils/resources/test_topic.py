# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The instance topic's own decisions (module_utils/resources/topic/description.py): the requests equal
tccli's examples, the answers' Config block read under the request's names, partitions grown with
the new total and never shrunk, the delete and re-create windows, the instance on every call."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json
import os

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.topic import description as topic_description
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.topic.description import (
    Topic, TopicApi, name_errors, range_errors)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.decision import CHANGE, CREATE, DELETE, KEEP, decide
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import invalid_options
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import config_form
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError


def tccli_file(name):
    import tccli  # pylint: disable=import-outside-toplevel
    path = os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', name)
    with open(path, encoding='utf-8') as handle:
        return json.load(handle)


API = tccli_file('api.json')
EXAMPLES = tccli_file('examples.json')['actions']


def example_request(action):
    """The request of the action's first example in examples.json, as JSON (a query string's values typed by api.json)."""
    text = EXAMPLES[action][0]['input']
    if '{' in text:
        return json.loads(text[text.index('{'):])
    members = dict((member['name'], member['type']) for member in API['objects'][action + 'Request']['members'])
    request = {}
    for line in text.splitlines():
        line = line.strip().lstrip('&')
        if '=' not in line or line.startswith('http') or line.startswith('<'):
            continue
        key, value = line.split('=', 1)
        if key not in members:
            continue
        request[key] = int(value) if members[key] == 'int' else value
    return request


def example_answer(action):
    return json.loads(EXAMPLES[action][0]['output'])['Response']


class FakeClient:
    """Answers calls from a table {action: answer, exception or list of them in turn}; records what was sent."""

    def __init__(self, answers=None):
        self.answers = dict(answers or {})
        self.sent = []

    def call(self, action, params, idempotent=False):
        self.sent.append((action, dict(params)))
        answer = self.answers.get(action, {'Result': {}})
        if isinstance(answer, list):
            answer = answer.pop(0) if len(answer) > 1 else answer[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def api_for(client, instance_id):
    api = TopicApi(client, Topic)
    api.parent = Topic.identity.parent_of(dict(instance_id=instance_id))
    return api


def params_of(**options):
    params = dict((name, None) for name in Topic.schema.PARAMETER_SPEC)
    params.update(quota_producer_byte_rate=None, quota_consumer_byte_rate=None, state='present', recreate=False)
    params.update(options)
    return params


# ---- the requests equal tccli's examples --------------------------------------------------------------


def test_create_request_is_the_example():
    wanted = example_request('CreateTopic')
    client = FakeClient({'CreateTopic': example_answer('CreateTopic')})
    api = api_for(client, wanted['InstanceId'])
    params = params_of(instance_id=wanted['InstanceId'], topic_name=wanted['TopicName'],
                       partition_num=wanted['PartitionNum'], replica_num=wanted['ReplicaNum'])
    decision = decide(Topic, params, None, by_id=True)
    assert decision.kind == CREATE and decision.failure is None
    api.create(dict((name, params[name]) for name in Topic.schema.PARAMETER_SPEC))
    assert client.sent == [('CreateTopic', wanted)]


def test_modify_request_is_the_example():
    wanted = example_request('ModifyTopicAttributes')
    current = api_for(FakeClient({'DescribeTopicAttributes': example_answer('DescribeTopicAttributes')}),
                      wanted['InstanceId']).describe(wanted['TopicName'])
    params = params_of(instance_id=wanted['InstanceId'], topic_name=wanted['TopicName'], note=wanted['Note'])
    decision = decide(Topic, params, current, by_id=True)
    assert decision.kind == CHANGE
    client = FakeClient()
    api_for(client, wanted['InstanceId']).modify(wanted['TopicName'], decision.plan.changes)
    assert client.sent == [('ModifyTopicAttributes', wanted)]


def test_create_partition_request_is_the_example_the_new_total():
    wanted = example_request('CreatePartition')
    # the example's topic has 1 partition (DescribeTopicAttributes' example): 3 is the new total, not 3 more
    current = api_for(FakeClient({'DescribeTopicAttributes': example_answer('DescribeTopicAttributes')}),
                      wanted['InstanceId']).describe(wanted['TopicName'])
    assert current['partition_num'] == 1
    params = params_of(instance_id=wanted['InstanceId'], topic_name=wanted['TopicName'],
                       partition_num=wanted['PartitionNum'])
    decision = decide(Topic, params, current, by_id=True)
    assert decision.kind == CHANGE and decision.plan.changes == dict(partition_num=3)
    client = FakeClient()
    api_for(client, wanted['InstanceId']).modify(wanted['TopicName'], decision.plan.changes)
    assert client.sent == [('CreatePartition', wanted)]


def test_delete_request_is_the_example():
    wanted = example_request('DeleteTopic')
    current = dict(instance_id=wanted['InstanceId'], topic_name=wanted['TopicName'], partition_num=1)
    params = params_of(instance_id=wanted['InstanceId'], topic_name=wanted['TopicName'], state='absent')
    assert decide(Topic, params, current, by_id=True).kind == DELETE
    client = FakeClient()
    api_for(client, wanted['InstanceId']).delete(wanted['TopicName'])
    assert client.sent == [('DeleteTopic', wanted)]


def test_describe_request_is_the_example():
    wanted = example_request('DescribeTopicAttributes')
    client = FakeClient({'DescribeTopicAttributes': example_answer('DescribeTopicAttributes')})
    api_for(client, wanted['InstanceId']).describe(wanted['TopicName'])
    assert client.sent == [('DescribeTopicAttributes', wanted)]


# ---- answers -------------------------------------------------------------------------------------------


def test_describe_answer_reads_under_the_request_names_and_names_the_instance():
    client = FakeClient({'DescribeTopicAttributes': example_answer('DescribeTopicAttributes')})
    result = api_for(client, 'ckafka-na37x9qa').describe('test-sh')
    assert result == {
        'instance_id': 'ckafka-na37x9qa', 'topic_name': 'test-sh', 'topic_id': 'topic-24gugwns', 'partition_num': 1,
        'replica_num': 2, 'retention_ms': 86400000, 'max_message_bytes': 8388608, 'min_insync_replicas': 1,
        'clean_up_policy': 'delete', 'unclean_leader_election_enable': 1, 'enable_white_list': 0,
        'enable_acl_rule': 0, 'create_time': 1720525148}


def test_a_result_declared_as_it_is_changes_nothing():
    client = FakeClient({'DescribeTopicAttributes': example_answer('DescribeTopicAttributes')})
    current = api_for(client, 'ckafka-na37x9qa').describe('test-sh')
    form = config_form(Topic, current)
    assert form['instance_id'] == 'ckafka-na37x9qa' and 'create_time' not in form and 'topic_id' not in form
    assert decide(Topic, params_of(**form), current, by_id=True).kind == KEEP


def test_listing_reads_every_page_of_50_within_the_instance():
    detail = example_answer('DescribeTopicDetail')['Result']['TopicList'][0]
    pages = []
    for start, count in ((0, 50), (50, 50), (100, 7)):
        items = [dict(detail, TopicName='t%03d' % index, TopicId='topic-%03d' % index) for index in range(start, start + count)]
        pages.append({'Result': {'TopicList': items, 'TotalCount': 107}})
    client = FakeClient({'DescribeTopicDetail': pages})
    items = api_for(client, 'ckafka-1').list_answers({'SearchWord': None})
    assert len(items) == 107
    assert [params for action, params in client.sent] == [
        dict(InstanceId='ckafka-1', Limit=50, Offset=0), dict(InstanceId='ckafka-1', Limit=50, Offset=50),
        dict(InstanceId='ckafka-1', Limit=50, Offset=100)]
    result = api_for(client, 'ckafka-1').result_of(items[0])
    assert result['instance_id'] == 'ckafka-1' and result['retention_ms'] == 259200000
    # a listing reports a bool, the requests take 0/1
    assert result['enable_white_list'] == 0


def test_listing_leaves_out_topics_deleted_or_being_deleted():
    detail = example_answer('DescribeTopicDetail')['Result']['TopicList'][0]
    items = [dict(detail, TopicName='a', Status=0), dict(detail, TopicName='b', Status=1), dict(detail, TopicName='c', Status=2)]
    client = FakeClient({'DescribeTopicDetail': {'Result': {'TopicList': items, 'TotalCount': 3}}})
    assert [item['TopicName'] for item in api_for(client, 'ckafka-1').list_answers({})] == ['a']


def test_failures_name_the_topic_and_its_instance():
    client = FakeClient({'ModifyTopicAttributes': CkafkaError('InvalidParameterValue', 'bad note', action='ModifyTopicAttributes')})
    with pytest.raises(CkafkaError) as raised:
        api_for(client, 'ckafka-1').modify('orders', dict(note='x'))
    assert 'ModifyTopicAttributes of topic orders of instance ckafka-1 failed' in str(raised.value)


# ---- partitions --------------------------------------------------------------------------------------


CURRENT = dict(instance_id='ckafka-1', topic_name='orders', partition_num=6, replica_num=2, retention_ms=86400000)


def test_more_partitions_and_an_attribute_two_calls():
    params = params_of(instance_id='ckafka-1', topic_name='orders', partition_num=8, retention_ms=3600000)
    decision = decide(Topic, params, CURRENT, by_id=True)
    assert decision.kind == CHANGE
    client = FakeClient()
    api_for(client, 'ckafka-1').modify('orders', decision.plan.changes)
    assert client.sent == [
        ('ModifyTopicAttributes', dict(InstanceId='ckafka-1', TopicName='orders', RetentionMs=3600000)),
        ('CreatePartition', dict(InstanceId='ckafka-1', TopicName='orders', PartitionNum=8))]


def test_fewer_partitions_are_refused_and_say_why():
    params = params_of(instance_id='ckafka-1', topic_name='orders', partition_num=3)
    decision = decide(Topic, params, CURRENT, by_id=True)
    assert decision.kind is None
    message = str(decision.failure)
    assert 'partition_num (now 6, wanted 3)' in message and 'only grow' in message and 'recreate: true' in message
    assert decision.failure.extra['differing_paths'] == ['partition_num']


def test_fewer_partitions_with_recreate_warn_of_the_loss_and_the_wait():
    params = params_of(instance_id='ckafka-1', topic_name='orders', partition_num=3, replica_num=2, recreate=True)
    decision = decide(Topic, params, CURRENT, by_id=True)
    assert decision.kind == 'recreate'
    assert any('every message in it is lost' in warning and 'about a minute' in warning for warning in decision.warnings)


def test_the_instance_is_never_compared_nor_modified():
    assert 'instance_id' not in Topic.modify_options() and 'topic_name' not in Topic.modify_options()
    params = params_of(instance_id='ckafka-1', topic_name='orders', replica_num=3)
    decision = decide(Topic, params, dict(CURRENT, instance_id=None), by_id=True)
    assert decision.plan.changes == dict(replica_num=3)


def test_replicas_change_in_place():
    params = params_of(instance_id='ckafka-1', topic_name='orders', replica_num=3)
    decision = decide(Topic, params, CURRENT, by_id=True)
    client = FakeClient()
    api_for(client, 'ckafka-1').modify('orders', decision.plan.changes)
    assert client.sent == [('ModifyTopicAttributes', dict(InstanceId='ckafka-1', TopicName='orders', ReplicaNum=3))]


def test_tags_go_with_a_modify_but_alone_change_nothing():
    tags = [dict(tag_key='team', tag_value='shop')]
    assert decide(Topic, params_of(instance_id='ckafka-1', topic_name='orders', tags=tags), CURRENT, True).kind == KEEP
    decision = decide(Topic, params_of(instance_id='ckafka-1', topic_name='orders', tags=tags, note='n'), CURRENT, True)
    assert decision.plan.changes == dict(note='n', tags=tags)


def test_clean_up_policy_and_allow_list_compare_without_order():
    current = dict(CURRENT, clean_up_policy='delete,compact', ip_white_list=['10.0.0.2', '10.0.0.1'])
    params = params_of(instance_id='ckafka-1', topic_name='orders', clean_up_policy='compact, delete',
                       ip_white_list=['10.0.0.1', '10.0.0.2'])
    assert decide(Topic, params, current, by_id=True).kind == KEEP


# ---- bad input, before any call ----------------------------------------------------------------------


@pytest.mark.parametrize('name', ['orders', 'Orders_2024', 'a.b-c', 'x' * 128])
def test_good_names(name):
    assert name_errors(name) == []


@pytest.mark.parametrize('name', ['', ' ', 'ord ers', 'orders/1', 'x' * 129, 'ordérs'])
def test_bad_names_name_the_option(name):
    errors = name_errors(name)
    assert len(errors) == 1 and errors[0].startswith('topic_name ')


@pytest.mark.parametrize('option, value, fragment', [
    ('partition_num', 0, 'partition_num must be at least 1'),
    ('replica_num', 4, 'replica_num must be from 1 to 3'),
    ('replica_num', 0, 'replica_num must be from 1 to 3'),
    ('retention_ms', 59999, 'retention_ms must be from 60000'),
    ('segment_ms', 1000, 'segment_ms must be at least 86400000'),
    ('max_message_bytes', 12582913, 'max_message_bytes must be from 1024 to 12582912'),
    ('retention_bytes', 5, 'retention_bytes must be from 1073741824 to 1099511627776 (or -1)'),
    ('quota_producer_byte_rate', 0, 'quota_producer_byte_rate must be at least 1 (or -1)'),
    ('note', 'n' * 65, 'note must have at most 64 characters'),
    ('enable_white_list', 2, 'enable_white_list must be 0 (off) or 1 (on), got 2'),
    ('unclean_leader_election_enable', -1, 'unclean_leader_election_enable must be 0 (off) or 1 (on)'),
])
def test_ranges(option, value, fragment):
    errors = invalid_options(Topic, params_of(instance_id='ckafka-1', topic_name='orders', **{option: value}))
    assert any(fragment in error for error in errors), errors


def test_limits_are_accepted():
    assert range_errors(dict(partition_num=1, replica_num=3, min_insync_replicas=2, retention_ms=60000,
                             retention_bytes=-1, quota_consumer_byte_rate=-1, max_message_bytes=1024)) == []


def test_in_sync_replicas_cannot_exceed_the_replicas():
    assert range_errors(dict(replica_num=2, min_insync_replicas=3)) == [
        'min_insync_replicas (3) cannot exceed replica_num (2)']


def test_a_blank_instance_is_refused():
    errors = invalid_options(Topic, params_of(instance_id=' ', topic_name='orders'))
    assert any(error.startswith('instance_id must be an instance ID') for error in errors)


# ---- the service's windows ----------------------------------------------------------------------------


class Clock:
    def __init__(self):
        self.now = 0.0
        self.slept = []

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch):
    found = Clock()
    monkeypatch.setattr(TopicApi, 'clock', staticmethod(found.time))
    monkeypatch.setattr(TopicApi, 'sleep', staticmethod(found.sleep))
    return found


RECREATE_REFUSED = CkafkaError('FailedOperation', '[4000]10011 the topic was deleted less than a minute ago',
                               action='CreateTopic')


def test_a_create_inside_the_recreate_window_is_tried_again(clock):
    client = FakeClient({'CreateTopic': [RECREATE_REFUSED, RECREATE_REFUSED, {'Result': {'TopicId': 'topic-1'}}]})
    assert api_for(client, 'ckafka-1').create(dict(instance_id='ckafka-1', topic_name='orders', partition_num=1,
                                                   replica_num=1)) == 'orders'
    assert [action for action, params in client.sent] == ['CreateTopic'] * 3
    assert clock.slept == [topic_description.WINDOW_POLL] * 2


def test_a_create_still_refused_says_how_long_never_the_raw_code(clock):
    client = FakeClient({'CreateTopic': RECREATE_REFUSED})
    with pytest.raises(CkafkaError) as raised:
        api_for(client, 'ckafka-1').create(dict(instance_id='ckafka-1', topic_name='orders', partition_num=1,
                                                replica_num=1))
    message = str(raised.value)
    assert '10011' not in message
    assert 'topic orders of instance ckafka-1 created within about 60 seconds of being deleted' in message
    assert 'run the task again in a minute' in message
    assert sum(clock.slept) <= topic_description.WINDOW_WAIT


def test_a_delete_inside_the_delete_window_is_tried_again(clock):
    refused = CkafkaError('UnsupportedOperation.FrequencyTopicDeleteOperate', 'the topic was created 2 s ago',
                          action='DeleteTopic')
    client = FakeClient({'DeleteTopic': [refused, {'Result': {}}]})
    api_for(client, 'ckafka-1').delete('orders')
    assert len(client.sent) == 2 and clock.slept == [topic_description.WINDOW_POLL]


def test_other_refusals_are_not_waited_for(clock):
    client = FakeClient({'DeleteTopic': CkafkaError('ResourceNotFound', 'no such topic', action='DeleteTopic')})
    with pytest.raises(CkafkaError):
        api_for(client, 'ckafka-1').delete('orders')
    assert clock.slept == [] and len(client.sent) == 1


def test_the_wait_is_what_the_service_says_is_left_of_the_window(clock):
    refused = CkafkaError('UnsupportedOperation.FrequencyTopicDeleteOperate',
                          'The topic `orders` was created 59.0 s ago; it can be deleted 60 s after its creation: retry in 1.0 s.',
                          action='DeleteTopic')
    client = FakeClient({'DeleteTopic': [refused, {'Result': {}}]})
    api_for(client, 'ckafka-1').delete('orders')
    assert clock.slept == [pytest.approx(1.2)]


def test_the_options_derived_from_the_schema_are_computed_once_and_handed_out_as_copies(monkeypatch):
    """modify_options and create_omits are asked for several times per entry of a fleet: computed once per class
    and schema, each caller gets a copy of its own."""
    first = Topic.modify_options()
    first.clear()
    assert Topic.modify_options() and Topic.create_omits() == Topic.create_omits()
    Topic.create_omits()['quota_producer_byte_rate'] = 'changed by a caller'
    assert Topic.create_omits().get('quota_producer_byte_rate') in (None, 'int')

    class Narrow:
        """A schema of another shape: a class with it is computed anew, not served from the cache."""
        MODIFY_API_NAME_TREE = {'note': ('Note', None)}

    monkeypatch.setattr(Topic, 'schema', Narrow)
    assert Topic.modify_options() == {'note': ('Note', None)}
