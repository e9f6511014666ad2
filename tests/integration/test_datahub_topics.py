# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_topics (issue 23) through real ansible-playbook runs against the
emulator: a fleet of DIP topics declared, pruned, deleted, gathered and rendered in one module run,
with what the emulator's request log shows of each run (which calls, which writes)."""

import pytest

from conftest import Declarer, cycle, failed, ok
from fleet_checks import (accepted, assert_diff_names, assert_refused_without_scope, by_name, call_directly,
                          emulator_settings, nulls, outcomes, text_of, throttled)

PLAYBOOK = 'fleet/datahub_topics.yml'
RENDER_PLAYBOOK = 'fleet/datahub_topics_rendered.yml'
TASK = 'Declare the topics'
LIST = 'DescribeDatahubTopics'
CREATE, MODIFY, DELETE = 'CreateDatahubTopic', 'ModifyDatahubTopic', 'DeleteDatahubTopic'
WRITES = frozenset([CREATE, MODIFY, DELETE])
# The playbook's extra vars (fleet_*: names Ansible gives a meaning to, or the singular playbooks use).
VARIABLE_NAMES = {'config': 'fleet_config', 'scope': 'fleet_scope', 'state': 'fleet_state'}

APP = '1250000000-'
NOTE = 'orders-of-the-shop'
# The singular module's topic result.
TOPIC_KEYS = {'name', 'topic_name', 'topic_id', 'partition_num', 'retention_ms', 'note', 'status', 'status_name',
              'address', 'tags'}


def topic_entry(name, **changes):
    entry = dict(name=APP + name, partition_num=3, retention_ms=86400000, note=NOTE)
    entry.update(changes)
    return entry


def fleet_of(count, prefix='fleet-'):
    return [topic_entry('%s%02d' % (prefix, number)) for number in range(count)]


@pytest.fixture
def declare(emulator):
    return Declarer(emulator, PLAYBOOK, TASK, WRITES, VARIABLE_NAMES)


def topics(emulator):
    """Every topic as DescribeDatahubTopic answers it (with its user name and password), by name."""
    return dict((topic['Name'], topic) for topic in emulator.resources('datahub_topic'))


def existing(emulator, *names):
    """Topics made directly (3 partitions, one day, a note); their topic ids by name."""
    return dict((name, call_directly(emulator, CREATE, {
        'Name': APP + name, 'PartitionNum': 3, 'RetentionMs': 86400000, 'Note': NOTE})['TopicId']) for name in names)


def assert_no_credentials(emulator, *runs):
    text = text_of(*runs)
    for topic in topics(emulator).values():
        assert topic['Password'] not in text


# ---------------------------------------------------------------------------
# merged


def test_merged_creates_then_rerun_lists_only(declare, emulator):
    fleet = fleet_of(5)
    fleet[4]['note'] = 'another-note'
    names = [entry['name'] for entry in fleet]
    check, real, rerun = cycle(declare, dict(config=fleet), [CREATE] * 5)
    # check mode predicts the items of the real run
    expected = [(number, name, 'created') for number, name in enumerate(names)]
    assert outcomes(check.result(TASK)) == outcomes(real.result(TASK)) == expected
    assert outcomes(rerun.result(TASK)) == [(number, name, 'unchanged') for number, name in enumerate(names)]
    stored = topics(emulator)
    assert sorted(stored) == sorted(names)
    for run in (check, real, rerun):
        for item in run.result(TASK)['results']:
            # what is set: a create in check mode cannot know what the service fills in (ids, address)
            known = TOPIC_KEYS - {'topic_id', 'topic_name', 'address', 'tags'}
            keys = set(item['topic'])
            assert keys == known if run is check else known | {'topic_id', 'topic_name'} <= keys <= TOPIC_KEYS, item
            assert item['topic']['name'] == item['name'] and item['topic']['partition_num'] == 3
            assert 'credentials' not in item
    for run in (real, rerun):
        for item in run.result(TASK)['results']:
            assert item['topic']['topic_id'] == stored[item['name']]['TopicId']
            assert item['topic']['status_name'] == 'in_use'
    assert by_name(real.result(TASK))[names[4]]['topic']['note'] == 'another-note'
    # each create sends only what its entry sets
    bodies = sorted((call['params'] for call in real.calls if call['action'] == CREATE), key=lambda b: b['Name'])
    assert bodies == [{'Name': entry['name'], 'PartitionNum': 3, 'RetentionMs': 86400000, 'Note': entry['note']}
                      for entry in fleet]
    for run in (check, real):
        diffs = assert_diff_names(run.result(TASK), names)
        assert diffs[names[2]]['after']['retention_ms'] == 86400000
    assert 'diff' not in rerun.result(TASK) or not rerun.result(TASK)['diff']
    # the rerun: one page of the listing answers every entry; the creates are not read back one by one
    assert rerun.actions == [LIST]
    assert set(real.actions) == {LIST, CREATE}, real.actions
    assert_no_credentials(emulator, check, real, rerun)


def test_diff_names_each_changed_topic_and_only_the_change_is_sent(declare, emulator):
    existing(emulator, 'fleet-00', 'fleet-01', 'fleet-02')
    names = [APP + 'fleet-%02d' % number for number in range(4)]
    fleet = [topic_entry('fleet-00'), topic_entry('fleet-01', retention_ms=3600000),
             dict(name=names[2], note='a-new-note'), topic_entry('fleet-03')]
    expected = [(0, names[0], 'unchanged'), (1, names[1], 'updated'), (2, names[2], 'updated'), (3, names[3], 'created')]
    check = declare(dict(config=fleet), check=True, diff=True)
    assert ok(check)['changed'] is True
    assert check.writes == []
    real = declare(dict(config=fleet), diff=True)
    assert ok(real)['changed'] is True
    assert sorted(real.writes) == [CREATE, MODIFY, MODIFY]
    for run in (check, real):
        result = run.result(TASK)
        assert outcomes(result) == expected
        diffs = assert_diff_names(result, names[1:])
        assert diffs[names[1]]['before']['retention_ms'] == 86400000
        assert diffs[names[1]]['after']['retention_ms'] == 3600000
        assert diffs[names[2]]['before']['note'] == NOTE and diffs[names[2]]['after']['note'] == 'a-new-note'
        assert by_name(result)[names[1]]['topic']['retention_ms'] == 3600000
    modifies = sorted((call['params'] for call in real.calls if call['action'] == MODIFY), key=lambda p: p['Name'])
    # a note change carries the current retention (ModifyDatahubTopic requires it)
    assert modifies == [{'Name': names[1], 'RetentionMs': 3600000},
                        {'Name': names[2], 'Note': 'a-new-note', 'RetentionMs': 86400000}]
    stored = topics(emulator)
    assert stored[names[1]]['RetentionMs'] == 3600000 and stored[names[2]]['Note'] == 'a-new-note'
    assert sorted(stored) == names
    assert_no_credentials(emulator, check, real)


# ---------------------------------------------------------------------------
# overridden and deleted


def test_overridden_deletes_exactly_the_undeclared_topics_in_scope(declare, emulator):
    ids = existing(emulator, 'team-a-1', 'team-a-2', 'team-a-3', 'x-team-a', 'team-b-1')
    # outside the scope: x-team-a by its prefix (the search word finds it), team-b-1 by both
    variables = dict(state='overridden', scope={'search_word': 'team-a', 'name_prefix': APP + 'team-a-'},
                     config=[dict(name=APP + 'team-a-1'), topic_entry('team-a-4')])
    untouched = sorted(APP + name for name in ids)

    refused = declare(dict(variables, max_deletions=1))
    result = failed(refused)
    assert 'max_deletions' in result['msg'], result['msg']
    assert refused.writes == [], refused.actions
    assert sorted(topics(emulator)) == untouched

    expected = [(0, APP + 'team-a-1', 'unchanged'), (1, APP + 'team-a-4', 'created'),
                (None, APP + 'team-a-2', 'deleted'), (None, APP + 'team-a-3', 'deleted')]
    check = declare(dict(variables, max_deletions=2), check=True, diff=True)
    assert ok(check)['changed'] is True and check.writes == []
    real = declare(dict(variables, max_deletions=2), diff=True)
    assert ok(real)['changed'] is True
    assert sorted(real.writes) == [CREATE, DELETE, DELETE]
    for run in (check, real):
        result = run.result(TASK)
        # the pruned topics after the entries (in any order among themselves)
        assert outcomes(result)[:2] == expected[:2] and sorted(outcomes(result)[2:]) == expected[2:]
        for name in ('team-a-2', 'team-a-3'):
            assert by_name(result)[APP + name]['topic']['topic_id'] == ids[name]
        assert_diff_names(result, [APP + 'team-a-2', APP + 'team-a-3', APP + 'team-a-4'])
    # the listing asked the service for the scope's search word
    assert any((call['params'] or {}).get('SearchWord') == 'team-a' for call in real.calls if call['action'] == LIST)
    assert sorted(call['params']['Name'] for call in real.calls if call['action'] == DELETE) == [
        APP + 'team-a-2', APP + 'team-a-3']
    assert sorted(topics(emulator)) == [APP + 'team-a-1', APP + 'team-a-4', APP + 'team-b-1', APP + 'x-team-a']
    assert topics(emulator)[APP + 'team-a-1']['TopicId'] == ids['team-a-1']
    # no scope, no pruning: what is outside the declared scope stays
    assert_refused_without_scope(declare, variables)
    assert sorted(topics(emulator)) == [APP + 'team-a-1', APP + 'team-a-4', APP + 'team-b-1', APP + 'x-team-a']


def test_deleted_with_and_without_config(declare, emulator):
    existing(emulator, 'team-a-1', 'team-a-2', 'team-a-3', 'team-b-1')
    with_config = declare(dict(state='deleted', config=[dict(name=APP + 'team-a-1'), dict(name=APP + 'team-a-9')]),
                          diff=True)
    result = ok(with_config)
    assert result['changed'] is True
    assert outcomes(result) == [(0, APP + 'team-a-1', 'deleted'), (1, APP + 'team-a-9', 'unchanged')]
    assert_diff_names(result, [APP + 'team-a-1'])
    assert [call['params'] for call in with_config.calls if call['action'] == DELETE] == [{'Name': APP + 'team-a-1'}]
    assert sorted(topics(emulator)) == [APP + 'team-a-2', APP + 'team-a-3', APP + 'team-b-1']

    # deleting a whole scope without entries must be said (issue 29)
    unsaid = declare(dict(state='deleted', scope={'name_prefix': APP + 'team-a-'}))
    assert 'allow_delete_all' in unsaid.result(unsaid.task)['msg'] and unsaid.writes == []
    variables = dict(state='deleted', scope={'name_prefix': APP + 'team-a-'}, allow_delete_all=True)
    in_scope = declare(variables)
    result = ok(in_scope)
    assert result['changed'] is True
    assert sorted(outcomes(result)) == [(None, APP + 'team-a-2', 'deleted'), (None, APP + 'team-a-3', 'deleted')]
    assert sorted(in_scope.writes) == [DELETE, DELETE]
    assert sorted(topics(emulator)) == [APP + 'team-b-1']
    again = declare(variables)
    assert ok(again)['changed'] is False
    assert again.writes == [] and set(again.actions) == {LIST}
    assert ok(again)['results'] == []
    # without config, no scope is no deletion
    assert_refused_without_scope(declare, dict(state='deleted'))
    assert sorted(topics(emulator)) == [APP + 'team-b-1']


# ---------------------------------------------------------------------------
# gathered and rendered


def test_gathered_feeds_back_without_credentials(declare, emulator):
    existing(emulator, 'team-a-1', 'team-a-2', 'team-b-1')
    call_directly(emulator, MODIFY, {'Name': APP + 'team-a-2', 'RetentionMs': 3600000, 'Note': 'shorter'})
    gathered_run = declare(dict(state='gathered', scope={'name_prefix': APP + 'team-a-'}))
    result = ok(gathered_run)
    assert result['changed'] is False
    assert gathered_run.writes == [] and set(gathered_run.actions) == {LIST}, gathered_run.actions
    gathered = sorted(result['gathered'], key=lambda entry: entry['name'])
    # the name (the topic's id) and every member set; nothing the service fills in, no credentials
    assert gathered == [
        {'name': APP + 'team-a-1', 'partition_num': 3, 'retention_ms': 86400000, 'note': NOTE},
        {'name': APP + 'team-a-2', 'partition_num': 3, 'retention_ms': 3600000, 'note': 'shorter'},
    ]
    assert all(nulls(entry) == [] for entry in gathered)

    fed_back = declare(dict(config=result['gathered']), diff=True)
    result = ok(fed_back)
    assert result['changed'] is False
    assert fed_back.writes == [] and fed_back.actions == [LIST]
    assert [action for dummy, dummy, action in outcomes(result)] == ['unchanged', 'unchanged']
    assert_no_credentials(emulator, gathered_run, fed_back)


def test_rendered_without_credentials_or_calls(emulator):
    fleet = [topic_entry('fleet-00'), topic_entry('fleet-01', tags=[{'tag_key': 'team', 'tag_value': 'data'}]),
             dict(name=APP + 'fleet-02', partition_num=1, retention_ms=60000)]
    run = Declarer(emulator, RENDER_PLAYBOOK, TASK, WRITES, VARIABLE_NAMES)(dict(config=fleet))
    result = ok(run)
    assert result['changed'] is False
    assert emulator.requests() == []
    assert result['rendered'] == [
        {'index': 0, 'name': APP + 'fleet-00', 'action': CREATE, 'request': {
            'Name': APP + 'fleet-00', 'PartitionNum': 3, 'RetentionMs': 86400000, 'Note': NOTE}},
        {'index': 1, 'name': APP + 'fleet-01', 'action': CREATE, 'request': {
            'Name': APP + 'fleet-01', 'PartitionNum': 3, 'RetentionMs': 86400000, 'Note': NOTE,
            'Tags': [{'TagKey': 'team', 'TagValue': 'data'}]}},
        {'index': 2, 'name': APP + 'fleet-02', 'action': CREATE, 'request': {
            'Name': APP + 'fleet-02', 'PartitionNum': 1, 'RetentionMs': 60000}},
    ]


# ---------------------------------------------------------------------------
# fifty at once


@pytest.mark.parametrize('position, entry, words', [
    pytest.param(37, topic_entry('odd-one', partition_num=0), ['partition_num'], id='out_of_range'),
    pytest.param(37, topic_entry('odd-one', retention_ms='a day'), ['retention_ms'], id='wrong_type'),
    pytest.param(37, topic_entry('odd_one'), [], id='bad_name'),
    pytest.param(40, topic_entry('fleet-05', retention_ms=3600000), [], id='name_twice'),
])
def test_a_bad_entry_among_fifty_writes_nothing(declare, emulator, position, entry, words):
    fleet = fleet_of(50)
    fleet[position] = entry
    run = declare(dict(config=fleet))
    message = failed(run)['msg']
    # the entry by its position and name, and what is wrong with it
    for word in [str(position), entry['name']] + words:
        assert word in message, (word, message)
    assert run.writes == [], run.actions
    assert topics(emulator) == {}


def test_creates_whose_answers_are_lost_leave_one_topic_each(declare, emulator):
    emulator.add_fault(CREATE, kind='drop_after', count=3)
    fleet = fleet_of(50)
    run = declare(dict(config=fleet))
    result = ok(run)
    assert result['changed'] is True
    assert [action for dummy, dummy, action in outcomes(result)] == ['created'] * 50
    assert emulator.faults() == []
    stored = topics(emulator)
    assert sorted(stored) == sorted(entry['name'] for entry in fleet)
    # a lost answer is found by its name, not sent again (a create the service throttled is sent again)
    assert sorted(params['Name'] for params in accepted(run, CREATE)) == sorted(entry['name'] for entry in fleet)
    for item in result['results']:
        assert item['topic']['topic_id'] == stored[item['name']]['TopicId']


def test_throttling_at_five_per_second_is_absorbed(declare, emulator):
    fleet = fleet_of(50)
    with emulator_settings(emulator, rate_limit=5):
        run = declare(dict(config=fleet))
    result = ok(run)
    assert throttled(run), 'the service never throttled the run'
    assert [action for dummy, dummy, action in outcomes(result)] == ['created'] * 50
    assert sorted(topics(emulator)) == sorted(entry['name'] for entry in fleet)
    assert sorted(params['Name'] for params in accepted(run, CREATE)) == sorted(entry['name'] for entry in fleet)


# ---------------------------------------------------------------------------
# partial failure


def test_a_refused_create_is_reported_while_the_others_converge(declare, emulator):
    existing(emulator, 'fleet-00')
    fleet = fleet_of(5)
    fleet[0]['retention_ms'] = 3600000
    emulator.add_fault(CREATE, kind='error', code='FailedOperation', message='refused once by the emulator')
    run = declare(dict(config=fleet))
    result = failed(run)
    assert result['changed'] is True
    actions = dict((name, action) for dummy, name, action in outcomes(result))
    refused = [name for name, action in actions.items() if action == 'failed']
    assert len(refused) == 1 and refused[0] != fleet[0]['name'], actions
    assert actions[fleet[0]['name']] == 'updated'
    assert set(name for name, action in actions.items() if action == 'created') == set(
        entry['name'] for entry in fleet[1:]) - set(refused)
    assert 'refused once by the emulator' in by_name(result)[refused[0]]['msg']
    assert refused[0] in result['msg']
    assert sorted(topics(emulator)) == sorted(set(entry['name'] for entry in fleet) - set(refused))
    # the rerun creates what the refusal left out and changes nothing else
    rerun = declare(dict(config=fleet))
    result = ok(rerun)
    assert rerun.writes == [CREATE]
    assert dict((name, action) for dummy, name, action in outcomes(result)) == dict(
        (entry['name'], 'created' if entry['name'] == refused[0] else 'unchanged') for entry in fleet)
    assert sorted(topics(emulator)) == sorted(entry['name'] for entry in fleet)
