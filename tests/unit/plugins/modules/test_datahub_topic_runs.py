# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_topic and datahub_topic_info in process (main() against the emulator):
every kind of change in check mode, for real, then as a rerun that changes nothing, with the API calls
each run made. Moved from tests/integration/test_datahub_topic.py (issue 28), which keeps one real
ansible-playbook run per state, the output at -vvvv, no_log and the cookbook."""

import json
import time

import pytest

from inprocess_runs import Declarer, cycle, failed, ok, reset, started_emulator

from ansible_collections.tencentcloud.ckafka.plugins.modules import datahub_topic, datahub_topic_info

TASK = 'Declare the topic'
INFO_TASK = 'Read the topics'
WRITES = frozenset(['CreateDatahubTopic', 'ModifyDatahubTopic', 'DeleteDatahubTopic'])

NAME = '1250000000-orders'
TOPIC = dict(name=NAME, partition_num=3, retention_ms=86400000, note='orders-of-the-shop')
TOPIC_KEYS = {'name', 'topic_name', 'topic_id', 'partition_num', 'retention_ms', 'note', 'status', 'status_name',
              'address', 'tags'}
READ_KEYS = TOPIC_KEYS - {'tags'}
PREDICTED_KEYS = READ_KEYS - {'topic_name', 'topic_id', 'address'}
RECREATE_WARNING = 'every message in it is lost'
# the playbook's extra vars named otherwise than the options
OPTION_NAMES = {'topic_name': 'name', 'topic_tags': 'tags'}


@pytest.fixture(scope='module')
def emulator_server():
    server = started_emulator()
    yield server
    server.stop()


@pytest.fixture
def emulator(emulator_server):  # pylint: disable=redefined-outer-name
    return reset(emulator_server)


@pytest.fixture
def declare(emulator):  # pylint: disable=redefined-outer-name
    return Declarer(emulator, datahub_topic, TASK, WRITES, OPTION_NAMES)


@pytest.fixture
def read(emulator):  # pylint: disable=redefined-outer-name
    return Declarer(emulator, datahub_topic_info, INFO_TASK, WRITES, OPTION_NAMES)


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


def create_directly(emulator, name, **members):
    params = dict(Name=name, PartitionNum=1, RetentionMs=60000)
    params.update(members)
    for attempt in range(50):
        answer = emulator.call('CreateDatahubTopic', params)['Response']
        if answer.get('Error', {}).get('Code') != 'RequestLimitExceeded':
            break
        time.sleep(0.1 * (attempt + 1))
    assert 'Error' not in answer, answer
    return answer


def warnings_of(run):
    return ' '.join(run.result(TASK).get('warnings') or [])


def create(declare, **changes):
    run = declare(topic_vars(**changes))
    ok(run)
    return run


def test_results_have_one_key_set(declare, emulator):
    check, real, rerun = cycle(declare, topic_vars(), ['CreateDatahubTopic'])
    for run, keys in ((check, PREDICTED_KEYS), (real, READ_KEYS), (rerun, READ_KEYS)):
        result = run.result(TASK)
        assert set(result['topic']) == keys, (run, result['topic'])
        assert 'credentials' not in result
    assert set(real.result(TASK)) - {'diff'} == set(rerun.result(TASK)) - {'diff'}
    # the prediction of a change has the keys of the real change
    check = declare(topic_vars(retention_ms=3600000), check=True)
    assert set(ok(check)['topic']) == READ_KEYS


def test_create_request_has_only_what_the_user_set(declare, emulator):
    create(declare)
    body = emulator.calls('CreateDatahubTopic')[0]['params']
    assert body == {'Name': NAME, 'PartitionNum': 3, 'RetentionMs': 86400000, 'Note': 'orders-of-the-shop'}


def test_create_needs_partitions_and_retention(declare, emulator):
    run = declare(dict(name=NAME, note='only a note'))
    result = failed(run)
    assert 'partition_num' in result['msg'] and 'retention_ms' in result['msg']
    assert run.writes == []
    assert topic_names(emulator) == []


def test_check_mode_writes_nothing(declare, emulator):
    for variables in (topic_vars(), topic_vars(state='absent')):
        run = declare(variables, check=True, diff=True)
        ok(run)
        assert run.writes == []
    assert topic_names(emulator) == []
    assert emulator.calls('CreateDatahubTopic') == []


@pytest.mark.parametrize('name', [
    'orders',                      # no AppId
    'abc-orders',                  # the prefix is not an AppId
    '1250000000orders',            # no dash after the AppId
    '1250000000-',                 # nothing after the dash
    '1250000000-ord_ers',          # an underscore
    '1250000000-ord ers',          # a space
    '1250000000-' + 'x' * 118,     # 129 characters
])
def test_bad_names_are_refused_before_any_call(declare, emulator, name):
    for check in (True, False):
        run = declare(topic_vars(name=name), check=check)
        result = failed(run)
        assert 'name' in result['msg'], result['msg']
        assert run.actions == [], run.actions


def test_longest_name_is_accepted(declare, emulator):
    name = '1250000000-' + 'x' * 117
    assert len(name) == 128
    run = declare(topic_vars(name=name))
    ok(run)
    assert run.writes == ['CreateDatahubTopic']


@pytest.mark.parametrize('option, value', [
    ('partition_num', 0), ('partition_num', 501), ('retention_ms', 59999), ('note', 'n' * 65),
])
def test_bad_values_are_refused_before_any_call(declare, emulator, option, value):
    run = declare(topic_vars(**{option: value}))
    result = failed(run)
    assert option in result['msg'], result['msg']
    assert run.actions == []


def test_retention_change_is_one_modify(declare, emulator):
    create(declare)
    check, real, rerun = cycle(declare, topic_vars(retention_ms=3600000), ['ModifyDatahubTopic'])
    assert check.result(TASK)['topic']['retention_ms'] == 3600000
    assert check.result(TASK)['diff']['before']['retention_ms'] == 86400000
    assert check.result(TASK)['diff']['after']['retention_ms'] == 3600000
    assert emulator.calls('ModifyDatahubTopic')[-1]['params'] == {'Name': NAME, 'RetentionMs': 3600000}
    assert real.actions == ['DescribeDatahubTopic', 'ModifyDatahubTopic']
    assert real.result(TASK)['topic']['retention_ms'] == 3600000
    assert describe(emulator)['RetentionMs'] == 3600000
    assert rerun.actions == ['DescribeDatahubTopic']


def test_note_only_change_carries_the_current_retention(declare, emulator):
    create(declare)
    check, real, rerun = cycle(declare, dict(name=NAME, note='a-new-note'), ['ModifyDatahubTopic'])
    assert check.result(TASK)['topic']['note'] == 'a-new-note'
    assert emulator.calls('ModifyDatahubTopic')[-1]['params'] == {'Name': NAME, 'Note': 'a-new-note', 'RetentionMs': 86400000}
    stored = describe(emulator)
    assert (stored['Note'], stored['RetentionMs'], stored['PartitionNum']) == ('a-new-note', 86400000, 3)
    assert real.result(TASK)['topic']['note'] == 'a-new-note'


def test_defaults_are_never_imposed(declare, emulator):
    create(declare)
    run = declare(dict(name=NAME))
    assert ok(run)['changed'] is False
    assert run.actions == ['DescribeDatahubTopic']
    stored = describe(emulator)
    assert (stored['Note'], stored['RetentionMs'], stored['PartitionNum']) == ('orders-of-the-shop', 86400000, 3)


def test_tags_go_with_the_create_and_every_modify(declare, emulator):
    tags = [{'tag_key': 'team', 'tag_value': 'data'}]
    create(declare, topic_tags=tags)
    api_tags = [{'TagKey': 'team', 'TagValue': 'data'}]
    assert emulator.calls('CreateDatahubTopic')[0]['params']['Tags'] == api_tags
    # the service never reports tags: they cannot differ, so a rerun changes nothing
    rerun = declare(topic_vars(topic_tags=[{'tag_key': 'team', 'tag_value': 'other'}]))
    assert ok(rerun)['changed'] is False and rerun.writes == []
    # a change of something else carries them
    run = declare(topic_vars(topic_tags=tags, note='tagged-again'))
    assert ok(run)['changed'] is True
    assert emulator.calls('ModifyDatahubTopic')[-1]['params'] == {
        'Name': NAME, 'Note': 'tagged-again', 'RetentionMs': 86400000, 'Tags': api_tags}


def test_create_without_wait(declare, emulator):
    run = declare(topic_vars(wait=False, return_credentials=True))
    result = ok(run)
    # the create is not read back
    assert run.actions == ['DescribeDatahubTopic', 'CreateDatahubTopic']
    assert set(result['topic']) == PREDICTED_KEYS
    assert result['topic']['name'] == NAME and result['topic']['status_name'] == 'in_use'
    assert result['credentials'] is None
    assert topic_names(emulator) == [NAME]


def test_partition_change_is_refused_without_a_write(declare, emulator):
    create(declare)
    for check in (True, False):
        run = declare(topic_vars(partition_num=6, note='also-changed'), check=check)
        result = failed(run)
        assert result['replacement_required'] is True
        assert result['differing_paths'] == ['partition_num']
        assert 'partition_num' in result['msg'] and 'recreate' in result['msg']
        assert run.writes == []
    assert describe(emulator)['PartitionNum'] == 3


def test_partition_change_with_recreate_warns_that_messages_are_lost(declare, emulator):
    create(declare)
    old_id = describe(emulator)['TopicId']
    variables = topic_vars(partition_num=6, recreate=True)
    check, real, rerun = cycle(declare, variables, ['DeleteDatahubTopic', 'CreateDatahubTopic'])
    for run in (check, real):
        assert RECREATE_WARNING in warnings_of(run), run
        assert NAME in warnings_of(run)
    assert RECREATE_WARNING not in warnings_of(rerun)
    assert check.result(TASK)['topic']['partition_num'] == 6
    assert check.result(TASK)['diff']['before']['partition_num'] == 3
    stored = describe(emulator)
    assert stored['PartitionNum'] == 6 and stored['TopicId'] != old_id
    result = real.result(TASK)
    assert result['diff']['before']['partition_num'] == 3 and result['diff']['after']['partition_num'] == 6
    assert result['topic']['topic_id'] == stored['TopicId']
    assert rerun.actions == ['DescribeDatahubTopic']


def test_return_credentials(declare, emulator):
    create(declare)
    stored = describe(emulator)
    run = declare(topic_vars(return_credentials=True, retention_ms=3600000), diff=True)
    result = ok(run)
    assert result['credentials'] == {'user_name': stored['UserName'], 'password': stored['Password']}
    # only under credentials: not in the topic, not in the diff
    assert stored['Password'] not in json.dumps(result['topic'])
    assert stored['Password'] not in json.dumps(result['diff'])
    assert set(result['topic']) == READ_KEYS
    rerun = declare(topic_vars(return_credentials=True, retention_ms=3600000))
    assert ok(rerun)['credentials']['password'] == stored['Password']
    assert rerun.actions == ['DescribeDatahubTopic']


def test_return_credentials_on_create(declare, emulator):
    check = declare(topic_vars(return_credentials=True), check=True)
    assert ok(check)['credentials'] is None
    run = declare(topic_vars(return_credentials=True))
    stored = describe(emulator)
    assert ok(run)['credentials'] == {'user_name': stored['UserName'], 'password': stored['Password']}


def test_delete_without_wait(declare, emulator):
    create(declare)
    run = declare(dict(name=NAME, state='absent', wait=False))
    assert ok(run)['changed'] is True
    assert run.writes == ['DeleteDatahubTopic']


def test_a_topic_being_deleted_counts_as_absent(declare, emulator):
    create(declare)
    old_id = describe(emulator)['TopicId']
    # a delete that lasts long enough to be seen
    emulator.configure(transition_seconds=3)
    try:
        ok(declare(dict(name=NAME, state='absent', wait=False)))
        assert describe(emulator)['Status'] == 2
        run = declare(topic_vars())
        result = ok(run)
    finally:
        emulator.configure(transition_seconds=0.3)
    # waited until the old topic was gone, then created the new one
    assert result['changed'] is True and run.writes == ['CreateDatahubTopic']
    assert result['topic']['topic_id'] == describe(emulator)['TopicId'] != old_id


def test_info_unknown_name_is_an_empty_list(read, emulator):
    run = read(dict(name='1250000000-nothing'))
    result = ok(run, INFO_TASK)
    assert result['topics'] == [] and result['changed'] is False


def test_info_refuses_a_bad_name_before_any_call(read, emulator):
    run = read(dict(name='orders'))
    assert run.rc != 0, run
    assert 'name' in run.result(INFO_TASK)['msg']
    assert run.actions == []


def test_info_follows_every_page(read, emulator):
    for number in range(230):
        create_directly(emulator, '1250000000-page-%03d' % number)
    create_directly(emulator, '1250000000-other')
    run = read(dict(search_word='page'))
    topics = ok(run, INFO_TASK)['topics']
    assert sorted(t['name'] for t in topics) == ['1250000000-page-%03d' % n for n in range(230)]
    assert run.actions == ['DescribeDatahubTopics'] * 3
    assert [call['params'].get('Limit') for call in run.calls] == [100, 100, 100]
    assert [call['params'].get('Offset', 0) for call in run.calls] == [0, 100, 200]
    assert all(call['params'].get('SearchWord') == 'page' for call in run.calls)
    for topic in topics:
        # a listing lacks the address: left out, not guessed (and these topics have no note)
        assert set(topic) == READ_KEYS - {'address', 'note'}
    everything = read({})
    assert len(ok(everything, INFO_TASK)['topics']) == 231


def test_info_filters_go_to_the_request(read, emulator):
    create_directly(emulator, '1250000000-app-logs')
    create_directly(emulator, '1250000000-web-logs')
    run = read(dict(topic_regular_expression='1250000000-app-.*'))
    assert [t['name'] for t in ok(run, INFO_TASK)['topics']] == ['1250000000-app-logs']
    assert run.calls[0]['params']['TopicRegularExpression'] == '1250000000-app-.*'
    assert 'QueryFromConnectResource' not in run.calls[0]['params']
    # a connection filter goes with QueryFromConnectResource; the service knows no such connection
    connection = 'resource-none0000'
    run = read(dict(connect_resource_id=connection, topic_regular_expression='1250000000-app-.*'))
    assert run.rc != 0, run
    assert run.result(INFO_TASK)['error_code'] == 'ResourceNotFound'
    params = run.calls[0]['params']
    assert params['QueryFromConnectResource'] is True
    assert params['ConnectResourceId'] == connection
    assert params['TopicRegularExpression'] == '1250000000-app-.*'


def test_info_name_and_filters_are_exclusive(read, emulator):
    run = read(dict(name=NAME, search_word='orders'))
    assert run.rc != 0, run
    assert run.actions == []
