# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tencentcloud.ckafka.datahub_topic and datahub_topic_info through real ansible-playbook runs
against the emulator: one run per state (check mode, for real, then as a rerun that changes nothing),
the credentials of a topic never in the output, at -vvvv or under no_log, and the cookbook. Every other
kind of change, its API calls and messages run in process: tests/unit/plugins/modules/test_datahub_topic_runs.py."""

import json

import pytest

from conftest import Declarer, cycle, failed, ok

PLAYBOOK = 'datahub_topic/declare.yml'
INFO_PLAYBOOK = 'datahub_topic/read.yml'
TASK = 'Declare the topic'
INFO_TASK = 'Read the topics'
WRITES = frozenset(['CreateDatahubTopic', 'ModifyDatahubTopic', 'DeleteDatahubTopic'])

NAME = '1250000000-orders'
TOPIC = dict(name=NAME, partition_num=3, retention_ms=86400000, note='orders-of-the-shop')
# Extra vars named like options that Ansible reserves.
VARIABLE_NAMES = {'name': 'topic_name', 'tags': 'topic_tags'}


def topic_vars(**changes):
    variables = dict(TOPIC)
    variables.update(changes)
    return variables


@pytest.fixture
def declare(emulator):
    return Declarer(emulator, PLAYBOOK, TASK, WRITES, VARIABLE_NAMES)


@pytest.fixture
def read(emulator):
    return Declarer(emulator, INFO_PLAYBOOK, INFO_TASK, WRITES, VARIABLE_NAMES)


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


# ---------------------------------------------------------------------------
# create


def test_create_check_real_rerun(declare, emulator):
    check, real, rerun = cycle(declare, topic_vars(), ['CreateDatahubTopic'])
    assert topic_names(emulator) == [NAME]
    predicted = check.result(TASK)['topic']
    assert predicted['name'] == NAME and predicted['partition_num'] == 3 and predicted['retention_ms'] == 86400000
    assert predicted['status_name'] == 'in_use'
    assert check.result(TASK)['diff']['before'] == {}
    result = real.result(TASK)
    stored = describe(emulator)
    assert result['topic']['topic_id'] == stored['TopicId'] and result['topic']['topic_name'] == stored['TopicName']
    assert result['topic']['status'] == 1 and result['topic']['status_name'] == 'in_use'
    assert result['topic']['address'] == stored['Address']
    assert result['diff']['before'] == {} and result['diff']['after']['name'] == NAME
    # a rerun costs one read and nothing else
    assert rerun.actions == ['DescribeDatahubTopic']
    assert rerun.result(TASK)['diff']['before'] == rerun.result(TASK)['diff']['after']


# ---------------------------------------------------------------------------
# credentials


def test_credentials_are_absent_by_default(declare, emulator):
    run = declare(topic_vars(), diff=True, verbosity=4)
    result = ok(run)
    stored = describe(emulator)
    assert 'credentials' not in result
    assert stored['Password'] not in run.output
    assert stored['Password'] not in json.dumps(run.records)
    rerun = declare(topic_vars(), diff=True, verbosity=4)
    assert 'credentials' not in ok(rerun)
    assert stored['Password'] not in rerun.output


def test_credentials_never_in_errors(declare, emulator):
    create(declare)
    stored = describe(emulator)
    run = declare(topic_vars(partition_num=7, return_credentials=True), diff=True, verbosity=4)
    result = failed(run)
    assert 'credentials' not in result
    assert stored['Password'] not in run.output


def test_no_log_hides_the_credentials_at_vvvv(declare, emulator):
    create(declare)
    stored = describe(emulator)
    run = declare(topic_vars(return_credentials=True, topic_no_log=True), verbosity=4)
    assert run.rc == 0, run
    assert stored['Password'] not in run.output
    assert stored['UserName'] not in run.output


# ---------------------------------------------------------------------------
# delete


def test_delete_check_real_twice_absent(declare, emulator):
    create(declare)
    check, real, rerun = cycle(declare, dict(name=NAME, state='absent'), ['DeleteDatahubTopic'])
    assert check.result(TASK)['diff']['after'] == {}
    assert check.result(TASK)['diff']['before']['name'] == NAME
    # what the delete deleted (issue 24.8), in check mode too; nothing once it is gone
    assert check.result(TASK)['topic']['name'] == real.result(TASK)['topic']['name'] == NAME
    assert topic_names(emulator) == []
    assert rerun.actions == ['DescribeDatahubTopic']
    assert rerun.result(TASK)['topic'] is None


# ---------------------------------------------------------------------------
# datahub_topic_info


def test_info_by_name_has_the_keys_of_the_module(declare, read, emulator):
    created = ok(declare(topic_vars()))
    run = read(dict(name=NAME))
    topics = ok(run, INFO_TASK)['topics']
    assert run.actions == ['DescribeDatahubTopic']
    assert topics == [created['topic']]
    assert describe(emulator)['Password'] not in run.output


# ---------------------------------------------------------------------------
# the cookbook pipeline (its task side also runs in test_cookbook.py)


def test_cookbook_pipeline_topic_lifecycle(emulator):
    import os
    from conftest import run_playbook
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                        'docs', 'cookbook', 'http_topic_to_es.yml')
    name = '1250000000-web-events'
    secrets = dict(es_password='es-Secret-4711')

    def story(**options):
        extra = dict(secrets, **options.pop('extra_vars', {}))
        run = run_playbook(emulator, path, extra_vars=extra, **options)
        assert run.rc == 0, run
        assert 'es-Secret-4711' not in run.output
        return run

    def topic_changes(run):
        return [r['status'] for r in run.records if r['action'] == 'tencentcloud.ckafka.datahub_topic']

    def task_changes(run):
        return len([r for r in run.records if r['action'] == 'tencentcloud.ckafka.datahub_task' and r['status'] == 'changed'])

    check = story(check=True, diff=True)
    assert 'changed' in topic_changes(check) and topic_names(emulator) == []
    assert task_changes(check) == 1
    created = story()
    assert task_changes(created) == 1
    assert topic_names(emulator) == [name]
    stored = describe(emulator, name)
    assert stored['Password'] not in created.output
    assert 'changed' in topic_changes(created)
    rerun = story(diff=True)
    assert 'changed' not in topic_changes(rerun)
    assert [r for r in rerun.records if r['status'] == 'changed'] == []
    removed = story(extra_vars=dict(task_state='absent'))
    assert task_changes(removed) == 1 and topic_changes(removed)[-1] == 'changed'
    assert topic_names(emulator) == [] and emulator.tasks() == []
    again = story(extra_vars=dict(task_state='absent'))
    assert [r for r in again.records if r['status'] == 'changed'] == []
