# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Parity of the singular modules and their fleet modules (issue 28): each singular module's life cycle
replayed through its fleet module with one entry gives the same verdict (changed, failed), the same
messages and warnings (after the entry label) and results of the same shape.

Both run in-process (module arguments patched, main() called) against the real emulator, each case
from the same starting state (the emulator is reset and the case's set-up replayed before each side).
Ids the service chooses differ between the two sides, so they are compared as the role they play.

A member only a Describe carries may be absent from a fleet result read from a list answer (documented
in the fleet modules' RETURN); the shapes compared here are those both read the same way.
"""

import contextlib
import copy
import io
import json
import os
import re
import sys

import pytest

from ansible.module_utils.common import warnings as ansible_warnings
from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.modules import (
    connect_resource, connect_resources, datahub_task, datahub_tasks, datahub_topic, datahub_topics)

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', '..', 'emulator'))
from harness import start_emulator  # noqa: E402  pylint: disable=wrong-import-position,import-error

IDS = re.compile(r'\b(task|resource)-[a-z0-9]{8}\b')


@pytest.fixture(scope='module')
def emulator():
    server = start_emulator(transition_seconds=0.1, rate_limit=0)
    yield server
    server.stop()


def run(emulator, module, args, check=False, diff=False):
    """main() of module with args (and the emulator's connection); the result it printed."""
    arguments = dict(secret_id=emulator.secret_id, secret_key=emulator.secret_key, region='ap-guangzhou',
                     endpoint=emulator.endpoint, _ansible_check_mode=check, _ansible_diff=diff)
    arguments.update(copy.deepcopy(args))
    stdout = io.StringIO()
    with patch_module_args(arguments), contextlib.redirect_stdout(stdout), pytest.MonkeyPatch.context() as patch:
        # each run warns afresh: ansible-core keeps the warnings of a process (once each) in a global
        patch.setattr(ansible_warnings, '_global_warnings', {})
        with pytest.raises(SystemExit):
            module.main()
    return json.loads(stdout.getvalue())


class Pair:
    """A singular module, its fleet module, and how the fleet's one entry is made from the singular args."""

    def __init__(self, singular, fleet, result_key, id_option, run_options=('state', 'wait', 'wait_timeout')):
        self.singular = singular
        self.fleet = fleet
        self.result_key = result_key
        self.id_option = id_option
        self.run_options = run_options

    def entry(self, args):
        entry = dict((name, value) for name, value in args.items() if name not in self.run_options)
        state = args.get('state', 'present')
        if state in ('running', 'paused'):
            entry['status'] = state
        return entry, ('deleted' if state == 'absent' else 'merged')

    def both(self, emulator, setup, args, check=False, diff=False):
        """(singular result, fleet result), each from the state setup(emulator) makes; args may be a
        function of the emulator (an id the service chose in the set-up)."""
        emulator.reset()
        setup(emulator)
        single = run(emulator, self.singular, args(emulator) if callable(args) else args, check, diff)
        emulator.reset()
        setup(emulator)
        args = args(emulator) if callable(args) else args
        entry, state = self.entry(args)
        fleet_args = dict(config=[entry], state=state)
        fleet_args.update((name, args[name]) for name in ('wait', 'wait_timeout') if name in args)
        many = run(emulator, self.fleet, fleet_args, check, diff)
        return single, many


def normalised(value):
    """value (JSON) with the ids the service chooses replaced by their kind."""
    return json.loads(IDS.sub(lambda match: match.group(1) + '-ID', json.dumps(value)))


def shape_of(value):
    """The members of value at every depth (a dict's keys, a list's elements), values by their type only:
    what the service fills in (times, datahub ids) differs between the two sides' resources."""
    if isinstance(value, dict):
        return dict((key, shape_of(item)) for key, item in value.items())
    if isinstance(value, list):
        return [shape_of(item) for item in value]
    return type(value).__name__


def warnings_of(result):
    """The warnings' texts (ansible-core 2.19 returns each as a summary of its event)."""
    return [warning['event']['msg'] if isinstance(warning, dict) else warning for warning in result.get('warnings', [])]


def label_of(entry_result):
    return 'config[0] (%s)' % entry_result['name']


def assert_same(pair, single, many):
    """The same verdict, messages, warnings and result shape."""
    single, many = normalised(single), normalised(many)
    assert bool(single.get('failed')) == bool(many.get('failed')), (single, many)
    assert single['changed'] == many['changed'], (single, many)
    item = many['results'][0]
    label = label_of(item)
    assert [label + ': ' + warning for warning in warnings_of(single)] == [
        warning for warning in warnings_of(many) if warning.startswith('config[0]')], (single, many)
    if single.get('failed'):
        assert '%s: %s' % (label, single['msg']) in many['msg'], (single['msg'], many['msg'])
        assert item['action'] == 'failed' and item['msg'] == single['msg']
    shown, listed = single[pair.result_key], item[pair.result_key]
    assert (shown is None) == (listed is None), (shown, listed)
    assert shape_of(shown) == shape_of(listed), (shown, listed)
    for key in (pair.id_option, 'recreated', 'previous_' + pair.id_option):
        assert single[key] == item[key], key
    if 'diff' in single and single['changed'] and not single.get('failed'):
        before, after = many['diff'][0]['before'], many['diff'][0]['after']
        assert shape_of((single['diff']['before'], single['diff']['after'])) == shape_of((before, after))
    return item


# ---- DIP tasks ------------------------------------------------------------------------------------------

TASKS = Pair(datahub_task, datahub_tasks, 'task', 'task_id')
TASK = dict(
    task_name='orders-to-es', task_type='SINK',
    source_resource={'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 'orders',
                                                      'offset_type': 'earliest'}},
    target_resource={'type': 'ES', 'es_param': {'resource': 'resource-test', 'index': 'orders', 'drop_invalid_message': True}},
)


def task(**changes):
    args = copy.deepcopy(TASK)
    args.update(changes)
    return args


def nothing(emulator):
    return None


def existing(**changes):
    """A set-up that creates the task (by the singular module) and waits until it runs."""
    def setup(emulator):
        created = run(emulator, datahub_task, task(**changes))
        assert created['changed'] and not created.get('failed'), created
    return setup


@pytest.mark.parametrize('check', [True, False])
def test_task_create_in_check_mode_and_for_real(emulator, check):
    single, many = TASKS.both(emulator, nothing, task(), check=check, diff=True)
    item = assert_same(TASKS, single, many)
    assert item['action'] == 'created' and single['changed']


def test_task_rerun_changes_nothing(emulator):
    single, many = TASKS.both(emulator, existing(), task())
    assert assert_same(TASKS, single, many)['action'] == 'unchanged' and not single['changed']


@pytest.mark.parametrize('check', [True, False])
def test_task_update(emulator, check):
    single, many = TASKS.both(emulator, existing(), task(description='new words'), check=check, diff=True)
    assert assert_same(TASKS, single, many)['action'] == 'updated'


def test_task_replacement_refused_names_the_path_in_both(emulator):
    changed = task()
    changed['source_resource']['kafka_param']['topic'] = 'refunds'
    single, many = TASKS.both(emulator, existing(), changed)
    assert single['failed'] and 'source_resource.kafka_param.topic' in single['msg']
    assert_same(TASKS, single, many)


@pytest.mark.parametrize('check', [True, False])
def test_task_replacement_done_with_recreate(emulator, check):
    changed = task(recreate=True)
    changed['source_resource']['kafka_param']['topic'] = 'refunds'
    single, many = TASKS.both(emulator, existing(), changed, check=check)
    item = assert_same(TASKS, single, many)
    assert item['action'] == 'recreated' and single['recreated'] and normalised(single)['previous_task_id'] == 'task-ID'
    assert any('will be deleted and created anew' in warning for warning in warnings_of(single))


@pytest.mark.parametrize('state, action', [('paused', 'paused'), ('running', 'unchanged')])
def test_task_pause_and_running(emulator, state, action):
    single, many = TASKS.both(emulator, existing(), task(state=state))
    assert assert_same(TASKS, single, many)['action'] == action


def test_task_resume(emulator):
    def paused(emulator):
        existing()(emulator)
        run(emulator, datahub_task, task(state='paused'))
    single, many = TASKS.both(emulator, paused, task(state='running'))
    assert assert_same(TASKS, single, many)['action'] == 'resumed'


def test_task_delete_by_name(emulator):
    single, many = TASKS.both(emulator, existing(), task(state='absent'))
    assert assert_same(TASKS, single, many)['action'] == 'deleted' and single['changed']


# a task id chosen here (the service takes a client-chosen TaskId): the same on both sides
FIXED_ID = 'task-paritytask1'


@pytest.mark.parametrize('check', [True, False])
def test_task_by_id_rerun_update_and_delete(emulator, check):
    for args, action in ((task(task_id=FIXED_ID), 'unchanged'), (task(task_id=FIXED_ID, description='by id'), 'updated'),
                         (dict(task_id=FIXED_ID, state='absent'), 'deleted')):
        single, many = TASKS.both(emulator, existing(task_id=FIXED_ID), args, check=check, diff=True)
        item = assert_same(TASKS, single, many)
        assert item['action'] == action and single['task_id'] == FIXED_ID


def test_task_unknown_id_is_created_only_when_no_task_has_its_name(emulator):
    """issue 29.3: an id that does not exist, with the name of a task that does, is refused naming it"""
    single, many = TASKS.both(emulator, existing(task_id=FIXED_ID), task(task_id='task-unknownid1'))
    assert single['failed'] and FIXED_ID in single['msg'] and not single['changed']
    assert_same(TASKS, single, many)
    single, many = TASKS.both(emulator, nothing, task(task_id='task-unknownid1'))
    assert assert_same(TASKS, single, many)['action'] == 'created' and single['task_id'] == 'task-unknownid1'


def test_task_rename_onto_a_name_in_use_is_refused_in_both(emulator):
    """issue 29.3: the rename would make two tasks of one name"""
    def two(emulator):
        existing()(emulator)
        existing(task_name='other-task', task_id=FIXED_ID)(emulator)
    single, many = TASKS.both(emulator, two, task(task_id=FIXED_ID))
    assert single['failed'] and 'is the name of task task-ID already: renaming task %s' % FIXED_ID in normalised(single)['msg']
    assert_same(TASKS, single, many)
    assert len([item for item in emulator.tasks() if item['TaskName'] == 'orders-to-es']) == 1


def test_task_nulls_mean_not_set_in_both(emulator):
    """issue 28.2: offset_type: null was refused by the fleet module only"""
    nulls = task(description=None)
    nulls['source_resource']['kafka_param']['offset_type'] = None
    nulls['target_resource']['es_param']['index'] = 'orders'
    single, many = TASKS.both(emulator, nothing, nulls, check=True)
    assert not single.get('failed') and not many.get('failed'), many
    assert_same(TASKS, single, many)


def test_task_read_by_name_returns_the_same_members(emulator):
    """issue 28.2: the singular module described a task found by name for its lists, the fleet did not"""
    single, many = TASKS.both(emulator, existing(), task())
    assert sorted(single['task']) == sorted(many['results'][0]['task'])


def test_task_in_a_failed_status_fails_in_both_naming_it(emulator):
    """issue 29.4: a task in status -1 declared present is not unchanged"""
    failing = task()
    failing['target_resource']['es_param']['resource'] = 'emulator-fail-create'

    def broken(emulator):
        created = run(emulator, datahub_task, failing)
        assert created['failed'] and 'reached status -1' in created['msg']
    single, many = TASKS.both(emulator, broken, failing)
    assert single['failed'] and 'is in status -1 (create_failed)' in single['msg'] and not single['changed']
    assert_same(TASKS, single, many)
    single, many = TASKS.both(emulator, broken, dict(failing, recreate=True), check=True)
    assert assert_same(TASKS, single, many)['action'] == 'recreated'


def test_task_create_that_fails_fails_in_both(emulator):
    failing = task()
    failing['target_resource']['es_param']['resource'] = 'emulator-fail-create'
    single, many = TASKS.both(emulator, nothing, failing)
    assert single['failed'] and single['changed'] and 'reached status -1' in single['msg']
    assert_same(TASKS, single, many)


# ---- connections ----------------------------------------------------------------------------------------

CONNECTIONS = Pair(connect_resource, connect_resources, 'connect_resource', 'resource_id')
CONNECTION = dict(resource_name='search-cluster', type='ES', description='the orders search cluster',
                  es_connect_param={'resource': 'es-abcd1234', 'port': 9200, 'user_name': 'elastic',
                                    'password': 'Es-Pw-Xylophone-4711', 'self_built': False,
                                    'service_vip': '10.0.0.12', 'uniq_vpc_id': 'vpc-abcd1234'})


def connection(**changes):
    args = copy.deepcopy(CONNECTION)
    args.update(changes)
    return args


def existing_connection(emulator):
    assert run(emulator, connect_resource, connection())['changed']


@pytest.mark.parametrize('setup, args, action', [
    (nothing, connection(), 'created'),
    (existing_connection, connection(), 'unchanged'),
    (existing_connection, connection(description='new words'), 'updated'),
    (existing_connection, connection(state='absent'), 'deleted'),
])
@pytest.mark.parametrize('check', [True, False])
def test_connection_life_cycle(emulator, setup, args, action, check):
    single, many = CONNECTIONS.both(emulator, setup, args, check=check, diff=True)
    assert assert_same(CONNECTIONS, single, many)['action'] == action
    assert 'Es-Pw-Xylophone-4711' not in json.dumps([single, many])


def test_connection_replacement_refused_then_done(emulator):
    mysql = dict(resource_name='search-cluster', type='MYSQL',
                 my_sql_connect_param={'resource': 'cdb-abcd1234', 'port': 3306, 'user_name': 'dip_reader',
                                       'password': 'My-Pw-Narwhal-2718', 'service_vip': '10.0.0.20',
                                       'uniq_vpc_id': 'vpc-abcd1234', 'self_built': False})

    def by_id(**changes):
        return lambda emulator: dict(mysql, resource_id=emulator.resources('connect_resource')[0]['ResourceId'], **changes)
    single, many = CONNECTIONS.both(emulator, existing_connection, by_id())
    assert single['failed'] and 'cannot be changed in place' in single['msg']
    assert assert_same(CONNECTIONS, single, many)['action'] == 'failed'
    single, many = CONNECTIONS.both(emulator, existing_connection, by_id(recreate=True), check=True)
    assert assert_same(CONNECTIONS, single, many)['action'] == 'recreated'


def test_connection_unknown_id_is_refused_in_both(emulator):
    single, many = CONNECTIONS.both(emulator, nothing, connection(resource_id='resource-zzzzzzzz'))
    assert single['failed'] and 'no connection has the ID resource-zzzzzzzz' in single['msg']
    assert_same(CONNECTIONS, single, many)


# ---- DIP topics -----------------------------------------------------------------------------------------

TOPICS = Pair(datahub_topic, datahub_topics, 'topic', 'name')
TOPIC = dict(name='1250000000-orders', partition_num=3, retention_ms=86400000, note='orders-of-the-shop')


def existing_topic(emulator):
    assert run(emulator, datahub_topic, TOPIC)['changed']


@pytest.mark.parametrize('setup, args, action', [
    (nothing, TOPIC, 'created'),
    (existing_topic, TOPIC, 'unchanged'),
    (existing_topic, dict(TOPIC, note='other-words'), 'updated'),
    (existing_topic, dict(TOPIC, state='absent'), 'deleted'),
    (existing_topic, dict(TOPIC, partition_num=6), 'failed'),
    (existing_topic, dict(TOPIC, partition_num=6, recreate=True), 'recreated'),
])
@pytest.mark.parametrize('check', [True, False])
def test_topic_life_cycle(emulator, setup, args, action, check):
    single, many = TOPICS.both(emulator, setup, args, check=check, diff=True)
    assert assert_same(TOPICS, single, many)['action'] == action


# ---- cost follows the declaration (issue 29.6), against the emulator ----------------------------------

def seeded_region(emulator, count):
    request = dict(TaskName='bulk-{n}', TaskType='SINK',
                   SourceResource={'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-7kd5rzza',
                                                                   'Topic': 'orders', 'OffsetType': 'earliest'}},
                   TargetResource={'Type': 'ES', 'EsParam': {'Resource': 'resource-test', 'Index': 'orders',
                                                             'DropInvalidMessage': True}})
    emulator.seed('datahub_task', template=request, count=count, width=4)


def reads(emulator):
    return [call['action'] for call in emulator.requests() if call['action'].startswith('Describe')]


def test_a_few_entries_in_a_region_of_thousands_cost_a_few_calls(emulator):
    emulator.reset()
    seeded_region(emulator, 2900)
    existing_one = task(task_name='bulk-0042')
    existing_one['source_resource']['kafka_param'].pop('offset_type')
    entries = [existing_one, task(task_name='brand-new')]
    check = run(emulator, datahub_tasks, dict(config=entries), check=True)
    assert [item['action'] for item in check['results']] == ['unchanged', 'created'], check
    # the first page (it says the region has 29 pages), then the list action filtered by each entry's name;
    # 0.3.0 listed the 29 pages
    assert reads(emulator) == ['DescribeDatahubTasks'] * 3
    emulator.reset()
    seeded_region(emulator, 2900)
    real = run(emulator, datahub_tasks, dict(config=entries))
    assert [item['action'] for item in real['results']] == ['unchanged', 'created'] and real['changed']
    # the plan's three, the name read again after the create, then the polls of the new task alone
    assert reads(emulator)[:4] == ['DescribeDatahubTasks'] * 4
    assert set(reads(emulator)[4:]) == {'DescribeDatahubTask'}
