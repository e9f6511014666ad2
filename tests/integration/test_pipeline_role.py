# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The tencentcloud.ckafka.datahub_pipeline role and the pipeline cookbook, through real
ansible-playbook runs against the emulator.

The role: check mode, create (in order, wired by the connection's resource_id and the topic's
name), rerun (reads only, from the request log), a change in place, teardown (in reverse order),
teardown again (reads only), a failed task creation that names the step and leaves the connection
in place, and bad variables refused before any call; a topic of a CKafka instance instead of a DIP
topic (kept on removal unless remove_with_pipeline). The cookbook: every docs/cookbook/pipeline_*.yml
through check mode, create, rerun, removal and removal again.

Each scenario of the role is a host of its own, with its own emulator (its request log is the
scenario's) and its own role variables (inventory host vars): one ansible-playbook run carries one
step of every scenario (issue 28: 8 runs where there were 39). A host's output is the lines of the
run that name no other host; what its emulator held is read right after each run.
"""

import concurrent.futures
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

import pytest
import yaml

import doc_examples
from conftest import ANSIBLE_PLAYBOOK, HERE as INTEGRATION, REGION, Declarer, run_playbook, start_emulator

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ROLE = os.path.join(ROOT, 'roles', 'datahub_pipeline')
COOKBOOK = sorted(glob.glob(os.path.join(ROOT, 'docs', 'cookbook', 'pipeline_*.yml')))
PLAYBOOK = 'pipeline/role.yml'
WRITES = frozenset([
    'CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource',
    'CreateDatahubTopic', 'ModifyDatahubTopic', 'DeleteDatahubTopic',
    'CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask',
    'RestartDatahubTask', 'CreateUser', 'ModifyPassword', 'DeleteUser', 'CreateAcl', 'DeleteAcl',
    'CreateTopic', 'ModifyTopicAttributes', 'CreatePartition', 'DeleteTopic',
])
ES_PASSWORD = 'pipeline-Es-Secret-4711'
TOPIC = '1250000000-orders-raw'
# The CKafka instance of the KAFKA ends and of the instance topics; every emulator of this file has it.
KAFKA_INSTANCE = 'ckafka-7kd5rzza'

CONNECTION = dict(
    resource_name='orders-search',
    type='ES',
    description='The search cluster',
    es_connect_param=dict(resource='es-abcd1234', port=9200, user_name='elastic', password=ES_PASSWORD, self_built=False,
                          service_vip='10.0.0.12', uniq_vpc_id='vpc-abcd1234'),
)
# A SINK task from a CKafka topic into the connection: the role fills es_param.resource.
KAFKA_TO_ES = dict(
    connection=CONNECTION,
    task=dict(
        task_name='orders-to-es',
        task_type='SINK',
        description='Orders into the search cluster',
        source_resource=dict(type='KAFKA', kafka_param=dict(self_built=False, resource='ckafka-7kd5rzza', topic='orders',
                                                            offset_type='earliest')),
        target_resource=dict(type='ES', es_param=dict(index='orders', drop_invalid_message=True, drop_invalid_json_message=False)),
    ),
)
# The same with a DIP topic as the source: the role sets type TOPIC and topic_param.resource.
TOPIC_TO_ES = dict(
    connection=CONNECTION,
    topic=dict(name=TOPIC, partition_num=3, retention_ms=86400000, note='raw orders'),
    task=dict(
        task_name='orders-raw-to-es',
        task_type='SINK',
        source_resource=dict(topic_param=dict(offset_type='earliest')),
        target_resource=dict(es_param=dict(index='orders-raw', drop_invalid_message=True, drop_invalid_json_message=False)),
    ),
)


def spec(base, **task_changes):
    result = copy.deepcopy(base)
    result['task'].update(task_changes)
    return result


MYSQL_TO_TOPIC = dict(
    connection=dict(resource_name='shop-mysql', type='MYSQL',
                    my_sql_connect_param=dict(resource='cdb-abcd1234', port=3306, user_name='dip', password=ES_PASSWORD,
                                              self_built=False, service_vip='10.0.0.21', uniq_vpc_id='vpc-abcd1234')),
    topic=dict(name='1250000000-shop-cdc', partition_num=1, retention_ms=86400000),
    task=dict(task_name='shop-cdc', task_type='SOURCE',
              source_resource=dict(my_sql_param=dict(database='shop', table='shop.orders'))),
)
FAILING_TASK = spec(TOPIC_TO_ES, target_resource=dict(es_param=dict(index='emulator-fail-create', drop_invalid_message=True,
                                                                    drop_invalid_json_message=False)))
FAILING_CONNECTION = copy.deepcopy(KAFKA_TO_ES)
FAILING_CONNECTION['connection']['es_connect_param']['resource'] = 'emulator-fail-create'
# The task module refuses offset_type timestamp without start_time: the role used to create the
# connection and the topic first and leave them behind.
REFUSED_TASK = spec(TOPIC_TO_ES, source_resource=dict(topic_param=dict(offset_type='timestamp')))
REFUSED_TASK_FIXED = spec(TOPIC_TO_ES, source_resource=dict(topic_param=dict(offset_type='timestamp', start_time=1700000000)))
REFUSED_TOPIC = copy.deepcopy(TOPIC_TO_ES)
REFUSED_TOPIC['topic']['retention_ms'] = 1000  # below the module's minimum
REFUSED_REMOVAL = copy.deepcopy(KAFKA_TO_ES)
REFUSED_REMOVAL['connection']['es_connect_param']['colour'] = 'blue'
ANOTHER_TASK = copy.deepcopy(KAFKA_TO_ES)
ANOTHER_TASK['task']['task_name'] = 'orders-to-es-copy'
OTHER_TYPE_END = spec(TOPIC_TO_ES, source_resource=dict(type='KAFKA', kafka_param=dict(self_built=False, resource='ckafka-7kd5rzza')))


def _instance_topic_example():
    """The datahub_pipeline_spec of docs/cookbook/pipelines.md whose SINK task reads an instance topic, as the page
    shows it (the password from a variable there)."""
    [example] = [found for found in doc_examples.examples()
                 if found.page == 'docs/cookbook/pipelines.md' and 'instance_topic:' in found.text]
    pipeline_spec = example.data()['datahub_pipeline_spec']
    pipeline_spec['connection']['es_connect_param']['password'] = ES_PASSWORD
    return pipeline_spec


# A SINK task reading a topic of a CKafka instance, declared by the role (the cookbook's example).
INSTANCE_TOPIC_TO_ES = _instance_topic_example()
# A SOURCE task writing into an instance topic the pipeline owns: removed with it.
MYSQL_TO_INSTANCE_TOPIC = dict(
    connection=MYSQL_TO_TOPIC['connection'],
    instance_topic=dict(instance_id=KAFKA_INSTANCE, topic_name='shop-cdc', partition_num=1, replica_num=1,
                        remove_with_pipeline=True),
    task=dict(task_name='shop-cdc-to-kafka', task_type='SOURCE',
              source_resource=dict(my_sql_param=dict(database='shop', table='shop.orders'))),
)
REFUSED_INSTANCE_TOPIC = copy.deepcopy(INSTANCE_TOPIC_TO_ES)
REFUSED_INSTANCE_TOPIC['instance_topic']['replica_num'] = 5  # the module takes 1 to 3
BOTH_TOPICS = dict(copy.deepcopy(INSTANCE_TOPIC_TO_ES), topic=TOPIC_TO_ES['topic'])
INSTANCE_TOPIC_OTHER_TYPE_END = spec(INSTANCE_TOPIC_TO_ES, source_resource=dict(type='TOPIC'))

BAD_VARIABLES = [
    (lambda s: s['task'].pop('task_type'), 'task_type'),
    (lambda s: s['task'].update(task_type='BOTH'), 'task_type'),
    (lambda s: s.pop('connection'), 'connection'),
    (lambda s: s['connection'].update(colour='blue'), 'colour'),
    (lambda s: s['topic'].update(partition_num='many'), 'partition_num'),
]
TYPOS = [
    (lambda s: s['connection'].update(colour='blue'), 'unknown option datahub_pipeline_spec.connection.colour'),
    (lambda s: s['task'].update(descripton='typo'), 'unknown option datahub_pipeline_spec.task.descripton'),
    (lambda s: s.update(conection={}), 'unknown option datahub_pipeline_spec.conection'),
    (lambda s: s['topic'].update(partition_num='many'), 'partition_num'),
]


def mutated(mutate):
    bad = copy.deepcopy(TOPIC_TO_ES)
    mutate(bad)
    return bad


def role_variables(pipeline_spec, state='present'):
    return dict(datahub_pipeline_spec=pipeline_spec, datahub_pipeline_state=state)


# Each scenario's steps: the role's variables for each run (None: the scenario sits the run out). The runs are
# STEP_RUNS; a scenario's steps are its own emulator's whole story.
STEP_RUNS = [dict(check=True, diff=True), dict(), dict(diff=True), dict(), dict()]
STORIES = {
    'create_with_topic': [role_variables(TOPIC_TO_ES), role_variables(TOPIC_TO_ES), role_variables(TOPIC_TO_ES),
                          role_variables(TOPIC_TO_ES, 'absent'), role_variables(TOPIC_TO_ES, 'absent')],
    'without_topic': [None, role_variables(KAFKA_TO_ES), role_variables(KAFKA_TO_ES), role_variables(KAFKA_TO_ES, 'absent')],
    'source_task': [None, role_variables(MYSQL_TO_TOPIC), role_variables(MYSQL_TO_TOPIC, 'absent')],
    'changed_description': [None, role_variables(KAFKA_TO_ES),
                            role_variables(spec(KAFKA_TO_ES, description='Orders into the search cluster, v2'))],
    'failed_task': [None, role_variables(FAILING_TASK), role_variables(spec(TOPIC_TO_ES, recreate=True))],
    'failed_connection': [None, role_variables(FAILING_CONNECTION)],
    'refused_task': [None, role_variables(REFUSED_TASK), None, role_variables(REFUSED_TASK_FIXED)],
    'refused_topic': [None, role_variables(REFUSED_TOPIC)],
    'refused_removal': [None, role_variables(KAFKA_TO_ES), role_variables(REFUSED_REMOVAL, 'absent')],
    'removal_checks_past': [None, role_variables(KAFKA_TO_ES), role_variables(KAFKA_TO_ES, 'absent')],
    'used_by_another': [None, role_variables(KAFKA_TO_ES), role_variables(ANOTHER_TASK), role_variables(KAFKA_TO_ES, 'absent')],
    'instance_topic': [role_variables(INSTANCE_TOPIC_TO_ES), role_variables(INSTANCE_TOPIC_TO_ES), role_variables(INSTANCE_TOPIC_TO_ES),
                       role_variables(INSTANCE_TOPIC_TO_ES, 'absent'), role_variables(INSTANCE_TOPIC_TO_ES, 'absent')],
    'instance_topic_removed': [None, role_variables(MYSQL_TO_INSTANCE_TOPIC), role_variables(MYSQL_TO_INSTANCE_TOPIC, 'absent')],
    'refused_instance_topic': [None, role_variables(REFUSED_INSTANCE_TOPIC)],
}
# The records name a task of a run of several hosts after the first host that runs it (its name templated with
# that host's variables): in a run where a scenario's assertions read such names, that scenario comes first.
FIRST = {2: ['changed_description', 'removal_checks_past'], 3: ['refused_task']}
# Refused before any call, on one emulator whose log stays empty: one run.
REFUSALS = dict(
    [('bad_variables_%d' % number, role_variables(mutated(mutate))) for number, (mutate, dummy) in enumerate(BAD_VARIABLES)]
    + [('typo_%d' % number, role_variables(mutated(mutate))) for number, (mutate, dummy) in enumerate(TYPOS)]
    + [('wrong_state', role_variables(TOPIC_TO_ES, 'presnt')),
       # datahub_pipeline_sate: absent used to be ignored, and the default state (present) created the pipeline.
       ('misspelt_variable', dict(datahub_pipeline_spec=TOPIC_TO_ES, datahub_pipeline_sate='absent')),
       ('other_type_end', role_variables(OTHER_TYPE_END)),
       ('both_topics', role_variables(BOTH_TOPICS)),
       ('instance_topic_other_type_end', role_variables(INSTANCE_TOPIC_OTHER_TYPE_END))])


def run_on_hosts(hosts, check=False, diff=False, verbosity=0):
    """One ansible-playbook run of pipeline/role.yml; hosts: {name: (emulator, role variables)}, each host
    against its own emulator with its variables as host vars. Returns {name: HostRun}."""
    workdir = tempfile.mkdtemp(prefix='ckafka-it-')
    records_path = os.path.join(workdir, 'records.jsonl')
    inventory = dict(ckafka=dict(hosts=dict(
        (name, dict(variables, ansible_connection='local', ansible_python_interpreter=sys.executable,
                    ckafka_endpoint=emulator.endpoint, ckafka_secret_id=emulator.secret_id,
                    ckafka_secret_key=emulator.secret_key, ckafka_region=REGION))
        for name, (emulator, variables) in hosts.items())))
    inventory_path = os.path.join(workdir, 'inventory.json')
    with open(inventory_path, 'w') as handle:
        json.dump(inventory, handle)
    command = [ANSIBLE_PLAYBOOK, '-i', inventory_path, '--forks', str(len(hosts)), os.path.join(INTEGRATION, 'playbooks', PLAYBOOK)]
    command += (['--check'] if check else []) + (['--diff'] if diff else []) + (['-' + 'v' * verbosity] if verbosity else [])
    environment = dict((name, value) for name, value in os.environ.items() if not name.startswith('TENCENTCLOUD_'))
    environment.update(
        ANSIBLE_CALLBACK_PLUGINS=os.path.join(INTEGRATION, 'callback_plugins'), ANSIBLE_CALLBACKS_ENABLED='result_recorder',
        RESULT_RECORDER_FILE=records_path, ANSIBLE_HOST_KEY_CHECKING='False', ANSIBLE_RETRY_FILES_ENABLED='False',
        ANSIBLE_NOCOLOR='1', ANSIBLE_FORCE_COLOR='0', ANSIBLE_LOCAL_TEMP=os.path.join(workdir, 'tmp'),
        ANSIBLE_DEPRECATION_WARNINGS='False')
    before = dict((name, len(emulator.requests())) for name, (emulator, dummy) in hosts.items())
    process = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=600, check=False)
    records = []
    if os.path.exists(records_path):
        with open(records_path) as handle:
            records = [json.loads(line) for line in handle if line.strip()]
    # no run prints the password
    assert ES_PASSWORD not in process.stdout + process.stderr, 'the run printed the password'
    return dict((name, HostRun(name, process, records, set(hosts) - {name}, emulator, before[name]))
                for name, (emulator, dummy) in hosts.items())


class HostRun:
    """What one host did in a run of several: its records, its share of the output (the lines that name no
    other host), the API calls its emulator received and what the emulator held after the run."""

    def __init__(self, host, process, records, others, emulator, before):
        self.host = host
        self.records = [record for record in records if record['host'] == host]
        self.rc = 2 if [r for r in self.records if r['status'] in ('failed', 'unreachable')] else 0
        self.process_rc = process.returncode
        self.output = share_of(process.stdout, host, others) + process.stderr
        self.calls = emulator.requests()[before:]
        self.actions = [entry['action'] for entry in self.calls]
        self.writes = [action for action in self.actions if action in WRITES]
        self.connections = connections(emulator)
        self.topics = topics(emulator)
        self.tasks = tasks(emulator)
        self.instance_topics = instance_topics(emulator)

    def results(self, task=None):
        return [r['result'] for r in self.records if task is None or task in r['task']]

    def result(self, task):
        found = self.results(task)
        assert found, 'no result recorded for task %r; tasks: %s' % (task, [r['task'] for r in self.records])
        return found[-1]

    def statuses(self, task=None):
        return [r['status'] for r in self.records if task is None or task in r['task']]

    def __repr__(self):
        failures = ['%s: %s' % (r['task'], r['result'].get('msg')) for r in self.records if r['status'] in ('failed', 'unreachable')]
        return 'HostRun(%s, rc=%s, %d failed)\n%s--- output ---\n%s' % (
            self.host, self.rc, len(failures), ''.join(line + '\n' for line in failures), self.output[-6000:])


def names_host(line, host):
    return '[%s]' % host in line or '<%s>' % host in line or line.startswith(host + ' ')


def share_of(output, host, others):
    """The output of a run of several hosts as a run of host alone would print it: the headers, the lines
    that name host, and the lines that name no host (an [ERROR] block) when the next line that names a host
    names this one."""
    kept, pending = [], []
    for line in output.splitlines(True):
        if line.startswith(('PLAY [', 'TASK [', 'PLAY RECAP', 'RUNNING HANDLER [')):
            kept.extend(pending + [line])
            pending = []
        elif names_host(line, host):
            kept.extend(pending + [line])
            pending = []
        elif any(names_host(line, other) for other in others):
            pending = []
        else:
            pending.append(line)
    return ''.join(kept + pending)


def changed(run):
    """The names of the tasks that changed, without the role's prefix."""
    return [record['task'].split(' : ')[-1] for record in run.records if record['status'] == 'changed']


def connections(emulator):
    return emulator.resources('connect_resource')


def topics(emulator):
    return emulator.resources('datahub_topic')


def tasks(emulator):
    return emulator.tasks()


def instance_topics(emulator):
    """The topics of the instance by name, as the emulator holds them (its admin view: no call in the log)."""
    return dict((topic['TopicName'], topic) for instance in emulator.resources('instance') for topic in instance['Topics']
                if instance['InstanceId'] == KAFKA_INSTANCE)


def ok(run):
    assert run.rc == 0, run
    return run


def nothing_left(run):
    return run.connections == [] and run.topics == [] and run.tasks == []


@pytest.fixture(scope='module')
def role_runs():
    """Every scenario's runs ({scenario: [HostRun of each step]}): STEP_RUNS carry the STORIES, one more run the
    REFUSALS, two more at -vvvv the password check; each scenario on an emulator of its own."""
    names = list(STORIES) + ['refusals', 'verbose']
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(names)) as pool:
        # no topic windows: a scenario deletes the instance topic it created a second before
        emulators = dict(zip(names, pool.map(lambda dummy: start_emulator(transition_seconds=0.3, topic_delete_window=0,
                                                                          topic_recreate_window=0), names)))
    try:
        for emulator in emulators.values():
            emulator.seed_instance(KAFKA_INSTANCE, 'orders-kafka')
        runs = dict((name, []) for name in STORIES)
        for number, options in enumerate(STEP_RUNS):
            first = FIRST.get(number, [])
            order = sorted(STORIES, key=lambda name: first.index(name) if name in first else len(first))
            hosts = dict((name, (emulators[name], STORIES[name][number])) for name in order
                         if number < len(STORIES[name]) and STORIES[name][number] is not None)
            for name, run in run_on_hosts(hosts, **options).items():
                runs[name].append(run)
        runs.update(run_on_hosts(dict((name, (emulators['refusals'], variables)) for name, variables in REFUSALS.items())))
        verbose = {'verbose': (emulators['verbose'], role_variables(KAFKA_TO_ES))}
        runs['verbose'] = [run_on_hosts(verbose, verbosity=4)['verbose']]
        verbose = {'verbose': (emulators['verbose'], role_variables(KAFKA_TO_ES, 'absent'))}
        runs['verbose'].append(run_on_hosts(verbose, verbosity=4)['verbose'])
        return runs
    finally:
        for emulator in emulators.values():
            emulator.stop()


def test_create_rerun_teardown_with_a_topic(role_runs):
    check, create, rerun, teardown, again = role_runs['create_with_topic']
    ok(check)
    assert check.writes == [], check.actions
    assert len(changed(check)) == 3, changed(check)
    assert check.connections == [] and check.topics == [] and check.tasks == []

    ok(create)
    # In order: the task names the connection and the topic.
    assert create.writes == ['CreateConnectResource', 'CreateDatahubTopic', 'CreateDatahubTask'], create.actions
    [connection] = create.connections
    [task] = create.tasks
    assert task['TargetResource']['Type'] == 'ES'
    assert task['TargetResource']['EsParam']['Resource'] == connection['ResourceId']
    assert task['TargetResource']['EsParam']['Index'] == 'orders-raw'
    assert task['SourceResource']['Type'] == 'TOPIC'
    assert task['SourceResource']['TopicParam']['Resource'] == TOPIC
    assert task['Status'] == 1
    assert create.result('Declare the connection')['resource_id'] == connection['ResourceId']

    ok(rerun)
    assert changed(rerun) == []
    assert rerun.writes == [], rerun.actions
    assert all(action.startswith('Describe') for action in rerun.actions), rerun.actions

    ok(teardown)
    # The reverse order: a connection in use cannot be deleted.
    assert teardown.writes == ['DeleteDatahubTask', 'DeleteDatahubTopic', 'DeleteConnectResource'], teardown.actions
    assert len(changed(teardown)) == 3
    assert teardown.connections == [] and teardown.topics == [] and teardown.tasks == []

    ok(again)
    assert changed(again) == []
    assert again.writes == [], again.actions


def test_without_a_topic_the_topic_step_is_skipped(role_runs):
    create, rerun, teardown = role_runs['without_topic']
    ok(create)
    assert create.writes == ['CreateConnectResource', 'CreateDatahubTask'], create.actions
    [connection] = create.connections
    [task] = create.tasks
    assert task['TargetResource']['EsParam']['Resource'] == connection['ResourceId']
    assert task['SourceResource']['Type'] == 'KAFKA' and task['SourceResource']['KafkaParam']['Topic'] == 'orders'

    ok(rerun)
    assert changed(rerun) == [] and rerun.writes == [], rerun.actions

    ok(teardown)
    assert teardown.writes == ['DeleteDatahubTask', 'DeleteConnectResource'], teardown.actions
    assert teardown.connections == [] and teardown.tasks == []


def test_a_source_task_reads_from_the_connection_and_writes_to_the_topic(role_runs):
    create, teardown = role_runs['source_task']
    ok(create)
    assert create.writes == ['CreateConnectResource', 'CreateDatahubTopic', 'CreateDatahubTask'], create.actions
    [connection] = create.connections
    [task] = create.tasks
    assert task['SourceResource']['Type'] == 'MYSQL'
    assert task['SourceResource']['MySQLParam']['Resource'] == connection['ResourceId']
    assert task['TargetResource']['Type'] == 'TOPIC'
    assert task['TargetResource']['TopicParam']['Resource'] == '1250000000-shop-cdc'
    ok(teardown)
    assert teardown.writes == ['DeleteDatahubTask', 'DeleteDatahubTopic', 'DeleteConnectResource'], teardown.actions


def test_a_changed_task_description_is_one_modify(role_runs):
    create, update = role_runs['changed_description']
    ok(create)
    ok(update)  # with --diff
    assert update.writes == ['ModifyDatahubTask'], update.actions
    assert changed(update) == ['Declare the task orders-to-es']
    modify = [entry for entry in update.calls if entry['action'] == 'ModifyDatahubTask'][-1]['params']
    assert sorted(modify) == ['Description', 'TaskId']
    assert update.tasks[0]['Description'] == 'Orders into the search cluster, v2'


def test_a_failed_task_creation_names_the_step_and_keeps_the_connection(role_runs):
    run, rerun = role_runs['failed_task']
    assert run.rc != 0, run
    assert run.writes == ['CreateConnectResource', 'CreateDatahubTopic', 'CreateDatahubTask'], run.actions
    message = run.result('Fail naming the task step')['msg']
    assert 'the task step failed' in message, message
    assert 'orders-raw-to-es' in message
    [connection] = run.connections
    assert connection['ResourceId'] in message, message
    assert TOPIC in message
    assert len(run.topics) == 1
    # Nothing was rolled back.
    assert 'DeleteConnectResource' not in run.actions and 'DeleteDatahubTopic' not in run.actions
    assert run.statuses('Declare the task') == ['failed'] and run.statuses('Fail naming the connection step') == []

    # After the fix (recreate), the rerun finds the connection and the topic and only replaces the failed task.
    ok(rerun)
    assert rerun.writes == ['DeleteDatahubTask', 'CreateDatahubTask'], rerun.actions
    assert len(rerun.connections) == 1 and len(rerun.topics) == 1


def test_a_failed_connection_step_is_named_and_nothing_else_runs(role_runs):
    [run] = role_runs['failed_connection']
    assert run.rc != 0, run
    message = run.result('Fail naming the connection step')['msg']
    assert 'the connection step failed' in message, message
    assert 'CreateDatahubTask' not in run.actions
    assert run.tasks == []


@pytest.mark.parametrize('number, words', [(number, words) for number, (dummy, words) in enumerate(BAD_VARIABLES)])
def test_bad_variables_fail_before_any_call(role_runs, number, words):
    run = role_runs['bad_variables_%d' % number]
    assert run.rc != 0, run
    assert run.actions == [], run.actions
    assert words in run.output, run


# ---------------------------------------------------------------------------
# nothing is written before everything is checked (issue 24, point 4)


def test_a_task_the_module_refuses_writes_nothing(role_runs):
    run, create = role_runs['refused_task']  # the fixed pipeline runs a step later (FIRST)
    assert run.rc != 0, run
    assert run.writes == [], run.actions
    assert nothing_left(run)
    message = run.result('Fail naming the task step')['msg']
    assert 'the task step was refused by the check before any write' in message, message
    assert 'start_time' in message and 'orders-raw-to-es' in message, message
    assert 'Nothing was written' in message, message
    assert run.statuses('Declare the connection') == [] and run.statuses('Declare the DIP topic') == []

    # Fixed, the same pipeline is created in one run.
    ok(create)
    assert create.writes == ['CreateConnectResource', 'CreateDatahubTopic', 'CreateDatahubTask'], create.actions
    # The check pass reports no change of its own: each step changes once.
    assert changed(create) == ['Declare the connection orders-search', 'Declare the DIP topic ' + TOPIC,
                               'Declare the task orders-raw-to-es'], changed(create)


def test_a_topic_the_module_refuses_writes_nothing(role_runs):
    [run] = role_runs['refused_topic']
    assert run.rc != 0, run
    assert run.writes == [], run.actions
    assert nothing_left(run)
    message = run.result('Fail naming the topic step')['msg']
    assert 'the topic step was refused by the check before any write' in message and 'retention_ms' in message, message


def test_a_removal_the_connection_module_refuses_deletes_nothing(role_runs):
    create, run = role_runs['refused_removal']
    ok(create)
    assert run.rc != 0, run
    # The task used to be deleted before the connection step found the typo.
    assert run.writes == [], run.actions
    assert len(run.tasks) == 1 and len(run.connections) == 1
    message = run.result('Fail naming the connection removal step')['msg']
    assert 'was refused by the check before any write' in message and 'colour' in message, message


def test_a_removal_checks_past_the_connection_its_own_task_uses(role_runs):
    # In the check pass the task still uses the connection; the removal goes ahead in the reverse order.
    create, teardown = role_runs['removal_checks_past']
    ok(create)
    ok(teardown)
    assert teardown.writes == ['DeleteDatahubTask', 'DeleteConnectResource'], teardown.actions
    assert changed(teardown) == ['Remove the task orders-to-es', 'Remove the connection orders-search'], changed(teardown)


def test_a_connection_used_by_another_task_is_still_refused(role_runs):
    create, other, run = role_runs['used_by_another']
    ok(create)
    ok(other)
    assert run.rc != 0, run
    assert run.writes == [], run.actions
    message = run.result('Fail naming the connection removal step')['msg']
    assert 'is used by 2 DIP tasks' in message, message


@pytest.mark.parametrize('number, words', [(number, words) for number, (dummy, words) in enumerate(TYPOS)])
def test_a_typo_is_named_in_a_short_message(role_runs, number, words):
    run = role_runs['typo_%d' % number]
    assert run.rc != 0, run
    assert run.actions == [], run.actions
    message = run.result('Refuse the pipelines whose options are wrong')['msg']
    assert words in message and 'Nothing was written' in message, message
    # No dump of the argument spec (it used to print 8 KB of it).
    assert 'argument_spec' not in run.output and 'Supported parameters include' not in run.output, run
    assert len(run.output) < 3000, len(run.output)


def test_a_wrong_state_is_named_in_a_short_message(role_runs):
    run = role_runs['wrong_state']
    assert run.rc != 0, run
    assert run.actions == []
    assert 'datahub_pipeline_state must be present or absent, not presnt' in run.result("Check the role's variables")['msg']
    assert 'argument_spec' not in run.output and len(run.output) < 3000, run


def test_a_misspelt_role_variable_is_named(role_runs):
    # datahub_pipeline_sate: absent used to be ignored, and the default state (present) created the pipeline.
    run = role_runs['misspelt_variable']
    assert run.rc != 0, run
    assert run.actions == [], run.actions
    message = run.result("Check the role's variables")['msg']
    assert 'unknown variable datahub_pipeline_sate (a typo?)' in message, message
    assert nothing_left(run)


def test_a_topic_with_a_task_end_of_another_type_is_refused(role_runs):
    run = role_runs['other_type_end']
    assert run.rc != 0, run
    assert run.actions == []
    assert 'TOPIC' in run.output and 'source_resource' in run.output, run


def test_no_password_at_high_verbosity(role_runs):
    # run_on_hosts asserts that the password is not in the output.
    create, teardown = role_runs['verbose']
    ok(create)
    ok(teardown)


# ---------------------------------------------------------------------------
# a topic of a CKafka instance instead of a DIP topic (issue 30)


def test_an_instance_topic_is_declared_before_the_task_that_reads_it(role_runs):
    check, create, rerun, teardown, again = role_runs['instance_topic']
    ok(check)
    assert check.writes == [], check.actions
    assert len(changed(check)) == 3, changed(check)
    assert check.instance_topics == {} and check.tasks == []

    ok(create)
    assert create.writes == ['CreateConnectResource', 'CreateTopic', 'CreateDatahubTask'], create.actions
    [created] = [entry['params'] for entry in create.calls if entry['action'] == 'CreateTopic']
    assert dict((name, created.get(name)) for name in ('InstanceId', 'TopicName', 'PartitionNum', 'ReplicaNum', 'RetentionMs')) == dict(
        InstanceId=KAFKA_INSTANCE, TopicName='orders', PartitionNum=6, ReplicaNum=2, RetentionMs=259200000), created
    [request] = [entry['params'] for entry in create.calls if entry['action'] == 'CreateDatahubTask']
    # the instance and the topic from instance_topic, over the kafka_param the pipeline gave (offset_type)
    assert request['SourceResource']['Type'] == 'KAFKA', request['SourceResource']
    assert request['SourceResource']['KafkaParam'] == dict(SelfBuilt=False, Resource=KAFKA_INSTANCE, Topic='orders',
                                                           OffsetType='earliest'), request['SourceResource']
    [connection] = create.connections
    assert request['TargetResource']['EsParam']['Resource'] == connection['ResourceId']
    assert create.instance_topics['orders']['PartitionNum'] == 6 and create.topics == []
    assert len(create.tasks) == 1 and create.tasks[0]['Status'] == 1

    ok(rerun)
    assert changed(rerun) == [] and rerun.writes == [], rerun.actions
    assert 'DescribeTopicAttributes' in rerun.actions, rerun.actions

    ok(teardown)
    # The topic holds the application's data: the pipeline's removal leaves it.
    assert teardown.writes == ['DeleteDatahubTask', 'DeleteConnectResource'], teardown.actions
    assert teardown.tasks == [] and teardown.connections == []
    assert list(teardown.instance_topics) == ['orders'], teardown.instance_topics
    ok(again)
    assert again.writes == [] and changed(again) == [], again.actions
    assert list(again.instance_topics) == ['orders']


def test_an_instance_topic_with_remove_with_pipeline_goes_after_the_task(role_runs):
    create, teardown = role_runs['instance_topic_removed']
    ok(create)
    assert create.writes == ['CreateConnectResource', 'CreateTopic', 'CreateDatahubTask'], create.actions
    [task] = create.tasks
    # A SOURCE task writes into the instance topic: its target end.
    assert task['TargetResource']['Type'] == 'KAFKA', task['TargetResource']
    assert (task['TargetResource']['KafkaParam']['Resource'], task['TargetResource']['KafkaParam']['Topic']) == (KAFKA_INSTANCE, 'shop-cdc')
    assert task['SourceResource']['Type'] == 'MYSQL'
    ok(teardown)
    assert teardown.writes == ['DeleteDatahubTask', 'DeleteTopic', 'DeleteConnectResource'], teardown.actions
    assert teardown.instance_topics == {} and nothing_left(teardown)


def test_an_instance_topic_the_module_refuses_writes_nothing(role_runs):
    [run] = role_runs['refused_instance_topic']
    assert run.rc != 0, run
    assert run.writes == [], run.actions
    assert nothing_left(run) and run.instance_topics == {}
    message = run.result('Fail naming the instance topic step')['msg']
    assert 'the instance topic step was refused by the check before any write' in message, message
    assert 'tencentcloud.ckafka.topic %s/orders' % KAFKA_INSTANCE in message and 'replica_num' in message, message
    assert 'Nothing was written' in message, message


def test_a_topic_and_an_instance_topic_together_are_refused(role_runs):
    run = role_runs['both_topics']
    assert run.rc != 0, run
    assert run.actions == [], run.actions
    message = run.result('Refuse the pipelines whose options are wrong')['msg']
    assert 'datahub_pipeline_spec sets both topic and instance_topic' in message and 'Nothing was written' in message, message


def test_an_instance_topic_with_a_task_end_of_another_type_is_refused(role_runs):
    run = role_runs['instance_topic_other_type_end']
    assert run.rc != 0, run
    assert run.actions == [], run.actions
    message = run.result('Check that the task has an end for the connection and one for the topic')['msg']
    assert 'The instance topic %s/orders goes into its source_resource, whose type must be KAFKA or unset, not TOPIC.' % KAFKA_INSTANCE \
        in message, message


# ---------------------------------------------------------------------------
# the role's variables follow the modules' options


def _module_docs(names):
    """{module: {option: its documentation}}."""
    command = [os.path.join(os.path.dirname(sys.executable), 'ansible-doc'), '-j', '-t', 'module'] + \
        ['tencentcloud.ckafka.' + name for name in names]
    process = subprocess.run(command, capture_output=True, text=True, check=True)
    docs = json.loads(process.stdout)
    return dict((name, docs['tencentcloud.ckafka.' + name]['doc']['options']) for name in names)


def _module_options(names):
    return dict((name, set(options)) for name, options in _module_docs(names).items())


def _connection_settings():
    """The options of the common doc fragment: module_defaults sets them, not the role."""
    sys.path.insert(0, os.path.join(ROOT, 'plugins', 'doc_fragments'))
    try:
        import common  # pylint: disable=import-outside-toplevel
    finally:
        sys.path.pop(0)
    return set(yaml.safe_load(common.ModuleDocFragment.DOCUMENTATION)['options'])


def test_the_role_variables_are_the_module_options():
    with open(os.path.join(ROLE, 'meta', 'argument_specs.yml'), encoding='utf-8') as handle:
        parts = yaml.safe_load(handle)['argument_specs']['pipeline']['options']
    with open(os.path.join(ROLE, 'tasks', 'present.yml'), encoding='utf-8') as handle:
        present = yaml.safe_load(handle)
    docs = _module_docs(['connect_resource', 'datahub_topic', 'datahub_task', 'topic'])
    modules = dict((name, set(options)) for name, options in docs.items())
    settings = _connection_settings()
    assert 'region' in settings and 'secret_key' in settings
    # The role's own options, which no module has.
    own = {'instance_topic': {'remove_with_pipeline'}}
    for part, module in (('connection', 'connect_resource'), ('topic', 'datahub_topic'), ('task', 'datahub_task'),
                         ('instance_topic', 'topic')):
        # The pipeline's state decides the connection's and the topics'; the task keeps its run state.
        expected = modules[module] - settings - ({'state'} if part != 'task' else set())
        declared = set(parts[part]['options']) - own.get(part, set())
        assert declared == expected, (part, sorted(declared ^ expected))
        # Every option reaches the module: the present step passes each one, and state.
        step = [item for item in present if item['name'] == part.replace('_', ' ').capitalize() + ' step'][0]['block'][0]
        assert set(step['tencentcloud.ckafka.' + module]) == expected | {'state'}, part
    # The instance topic's options have the topic module's types, so that the role's check refuses what the module would.
    for name, option in parts['instance_topic']['options'].items():
        if name not in own['instance_topic']:
            wanted = docs['topic'][name]
            assert [option.get(key) for key in ('type', 'elements', 'choices')] == \
                [wanted.get(key) for key in ('type', 'elements', 'choices')], name


def test_the_access_variables_are_the_user_and_acls_options():
    with open(os.path.join(ROLE, 'meta', 'argument_specs.yml'), encoding='utf-8') as handle:
        access = yaml.safe_load(handle)['argument_specs']['pipeline']['options']['access']['options']
    modules = _module_options(['user'])
    # the instance is the access's own, the state the pipeline's; nothing of a user needs a replacement
    assert set(access['user']['options']) == modules['user'] - _connection_settings() - {'instance_id', 'state', 'recreate'}
    assert set(access['grants']['options']) == {'resource_type', 'resource_name', 'operations', 'host'}
    assert all(access['user']['options'][name].get('no_log') for name in ('password', 'current_password'))


def test_ansible_doc_documents_the_role():
    command = [os.path.join(os.path.dirname(sys.executable), 'ansible-doc'), '-j', '-t', 'role', 'tencentcloud.ckafka.datahub_pipeline']
    process = subprocess.run(command, capture_output=True, text=True, check=True)
    entry_points = json.loads(process.stdout)['tencentcloud.ckafka.datahub_pipeline']['entry_points']
    # main: the role's variables; pipeline: the options of one pipeline (the role checks them itself, issue 24).
    assert set(entry_points['main']['options']) == {'datahub_pipeline_state', 'datahub_pipeline_spec', 'datahub_pipelines'}
    assert set(entry_points['pipeline']['options']) == {'connection', 'topic', 'instance_topic', 'task', 'access'}
    assert process.stderr.strip() == '', process.stderr


# ---------------------------------------------------------------------------
# the pipeline cookbook

SECRETS = dict(es_password='es-Secret-4711', clickhouse_password='ch-Secret-4711', mysql_password='my-Secret-4711')
# Whether each pipeline of the cookbook has a DIP topic between its connection and its task.
COOKBOOK_TOPICS = {'pipeline_kafka_to_es.yml': False, 'pipeline_mysql_to_dip.yml': True, 'pipeline_role_dip_to_clickhouse.yml': True}


def _story(emulator, path):
    steps = []

    def step(label, **options):
        before = len(emulator.requests())
        run = run_playbook(emulator, path, extra_vars=dict(SECRETS, **options.pop('extra_vars', {})), **options)
        run.writes = [entry['action'] for entry in emulator.requests()[before:] if entry['action'] in WRITES]
        steps.append((label, run))

    step('check', check=True, diff=True)
    step('create')
    step('rerun')
    step('remove', extra_vars=dict(pipeline_state='absent'))
    step('remove again', extra_vars=dict(pipeline_state='absent'))
    return steps


def _story_on_its_own_emulator(path):
    """The story of one playbook on an emulator of its own, so that its request log is its own."""
    sys.path.insert(0, os.path.join(ROOT, 'tests', 'emulator'))
    from harness import start_emulator  # pylint: disable=import-outside-toplevel
    server = start_emulator(transition_seconds=0.3)
    try:
        steps = _story(server, path)
        steps.append(('left', (connections(server), topics(server), tasks(server))))
        return steps
    finally:
        server.stop()


@pytest.fixture(scope='module')
def cookbook_stories():
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(COOKBOOK)) as pool:
        futures = dict((path, pool.submit(_story_on_its_own_emulator, path)) for path in COOKBOOK)
    return dict((path, future.result()) for path, future in futures.items())


def test_the_pipeline_cookbook_is_described():
    with open(os.path.join(ROOT, 'docs', 'cookbook', 'pipelines.md'), encoding='utf-8') as handle:
        page = handle.read()
    assert sorted(os.path.basename(path) for path in COOKBOOK) == sorted(COOKBOOK_TOPICS)
    for path in COOKBOOK:
        assert os.path.basename(path) in page
    with_role = [path for path in COOKBOOK if 'tencentcloud.ckafka.datahub_pipeline' in open(path, encoding='utf-8').read()]
    assert len(with_role) == 1, with_role


@pytest.mark.parametrize('path', COOKBOOK, ids=[os.path.basename(p)[:-4] for p in COOKBOOK])
def test_cookbook_pipeline(cookbook_stories, path):
    steps = dict(cookbook_stories[path])
    assert steps.pop('left') == ([], [], []), 'the removal left something behind'
    for label, run in steps.items():
        assert run.rc == 0, (label, run)
        for secret in SECRETS.values():
            assert secret not in run.output, '%s printed a secret' % label
    assert steps['check'].writes == []
    assert changed(steps['check']), steps['check']
    with_topic = COOKBOOK_TOPICS[os.path.basename(path)]
    resources = ['ConnectResource'] + (['DatahubTopic'] if with_topic else []) + ['DatahubTask']
    assert steps['create'].writes == ['Create' + name for name in resources], steps['create'].writes
    assert changed(steps['rerun']) == [] and steps['rerun'].writes == [], steps['rerun']
    assert steps['remove'].writes == ['Delete' + name for name in reversed(resources)], steps['remove'].writes
    assert changed(steps['remove again']) == [] and steps['remove again'].writes == []


# ---------------------------------------------------------------------------
# access: the pipeline's user and its grants

APP_PASSWORD = 'pipeline-Kafka-Secret-0815'
ACCESS = dict(instance_id=KAFKA_INSTANCE, user=dict(name='dip-orders', password=APP_PASSWORD),
              grants=[dict(resource_type='topic', resource_name='orders', operations=['read']),
                      dict(resource_type='group', resource_name='orders-to-es', operations=['read'])])


class Pipeline(Declarer):
    """The role on one host, recording the run's API calls; no run prints the connection's password."""

    def __init__(self, emulator):
        super(Pipeline, self).__init__(emulator, PLAYBOOK, None, WRITES)

    def __call__(self, pipeline_spec, state='present', **options):
        run = super(Pipeline, self).__call__(dict(datahub_pipeline_spec=pipeline_spec, datahub_pipeline_state=state), **options)
        assert ES_PASSWORD not in run.output, 'the run printed the password'
        return run


@pytest.fixture
def pipeline(emulator):
    return Pipeline(emulator)


def test_access_is_declared_first_and_removed_last(pipeline, emulator):
    emulator.seed_instance(KAFKA_INSTANCE, 'orders-kafka')
    declared = dict(copy.deepcopy(KAFKA_TO_ES), access=ACCESS)
    check = ok(pipeline(declared, check=True))
    assert check.writes == [] and APP_PASSWORD not in check.output
    created = ok(pipeline(declared, verbosity=4))
    assert created.writes == ['CreateUser', 'CreateAcl', 'CreateAcl', 'CreateConnectResource', 'CreateDatahubTask']
    assert APP_PASSWORD not in created.output
    grants = emulator.call('DescribeACL', {'InstanceId': KAFKA_INSTANCE, 'ResourceType': 3})['Response']['Result']['AclList']
    assert [(g['ResourceName'], g['Principal'], g['Operation']) for g in grants] == [('orders-to-es', 'User:dip-orders', 3)]
    rerun = ok(pipeline(declared))
    assert rerun.writes == [] and changed(rerun) == []
    removed = ok(pipeline(declared, state='absent'))
    assert removed.writes == ['DeleteDatahubTask', 'DeleteConnectResource', 'DeleteAcl', 'DeleteAcl', 'DeleteUser']
    assert ok(pipeline(declared, state='absent')).writes == []


def test_a_fleet_of_pipelines_refuses_access(emulator):
    fleet = Declarer(emulator, PLAYBOOK, None, WRITES)
    run = fleet(dict(datahub_pipelines=[dict(copy.deepcopy(KAFKA_TO_ES), access=ACCESS)]))
    assert run.rc != 0 and 'datahub_pipelines[0] declares access' in run.output and run.writes == []
    assert APP_PASSWORD not in run.output
