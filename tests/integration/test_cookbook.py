# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Every cookbook playbook (docs/cookbook/*.yml) against the emulator.

For each playbook, in order: a check-mode run with --diff reports one change and creates nothing;
the real run creates exactly one task, which runs; the rerun reports no change and sends no write;
task_state=absent removes the task; a second removal changes nothing. No run prints a secret.

The playbooks use distinct task names, so they run side by side against one emulator (each
ansible-playbook start costs seconds); the outcomes are then checked one test per playbook.

The fleet playbooks (fleet_*.yml, docs/cookbook/fleets.md) and the adoption of an instance's topics
(topics_*.yml, docs/cookbook/adopt_instance_topics.md) have a story each at the end of this file.
"""

import concurrent.futures
import glob
import os

import pytest
import yaml

from conftest import run_playbook

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COOKBOOK = os.path.join(ROOT, 'docs', 'cookbook')
# Connection playbooks (*connection*.yml) have their own story: test_connect_resource_cookbook.py; so do the
# pipeline playbooks (pipeline_*.yml, several resources each): test_pipeline_role.py. The fleet playbooks
# (fleet_*.yml, many tasks each) and those that adopt an instance's topics (topics_*.yml) have a story each
# at the end of this file.
TASK_PLAYBOOKS = sorted(p for p in glob.glob(os.path.join(COOKBOOK, '*.yml'))
                        if 'connection' not in os.path.basename(p)
                        and not os.path.basename(p).startswith(('pipeline_', 'fleet_', 'topics_')))
FLEET_PLAYBOOKS = sorted(glob.glob(os.path.join(COOKBOOK, 'fleet_*.yml')))
TOPICS_PLAYBOOKS = sorted(glob.glob(os.path.join(COOKBOOK, 'topics_*.yml')))
# Every cookbook playbook this file runs.
PLAYBOOKS = TASK_PLAYBOOKS + FLEET_PLAYBOOKS + TOPICS_PLAYBOOKS
MODULE = 'tencentcloud.ckafka.datahub_task'
# Secrets the playbooks read from variables (Ansible Vault in real use).
SECRETS = dict(es_password='es-Secret-4711', clickhouse_password='ch-Secret-4711', mongodb_password='mongo-Secret-4711')
# Source and target families the cookbook promises (docs/cookbook/README.md).
FAMILIES = {
    ('KAFKA', 'ES'), ('TOPIC', 'ES'), ('KAFKA', 'COS'), ('KAFKA', 'CLS'), ('KAFKA', 'CLICKHOUSE'),
    ('MYSQL', 'KAFKA'), ('POSTGRESQL', 'TOPIC'), ('MONGODB', 'KAFKA'),
}
WRITES = ('CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask', 'RestartDatahubTask')


def _name(path):
    return os.path.basename(path)[:-len('.yml')]


def _task_args(path):
    with open(path, encoding='utf-8') as handle:
        plays = yaml.safe_load(handle)
    return [task[MODULE] for play in plays for task in play.get('tasks', []) if MODULE in task]


def _changed(run):
    # Only the task counts: a pipeline playbook also declares the DIP topic around it.
    return len([record for record in run.records if record['status'] == 'changed' and record['action'] == MODULE])


def _tasks_named(emulator, name):
    return [task for task in emulator.tasks() if task.get('TaskName') == name]


def _writes_of(emulator, task_name, task_id):
    return [call for call in emulator.calls() if call.get('action') in WRITES
            and ((call.get('params') or {}).get('TaskName') == task_name or (call.get('params') or {}).get('TaskId') == task_id)]


def _story(emulator, path):
    """Run the five steps of one playbook; returns a list of (step, PlaybookRun, facts)."""
    task_name = _task_args(path)[0]['task_name']
    steps = []

    def step(label, **options):
        run = run_playbook(emulator, path, extra_vars=dict(SECRETS, **options.pop('extra_vars', {})), **options)
        steps.append((label, run, dict(tasks=_tasks_named(emulator, task_name))))
        return run

    step('check', check=True, diff=True)
    step('create')
    created = steps[-1][2]['tasks']
    task_id = created[0]['TaskId'] if len(created) == 1 else None
    writes = len(_writes_of(emulator, task_name, task_id))
    step('rerun', diff=True)
    steps[-1][2]['new_writes'] = _writes_of(emulator, task_name, task_id)[writes:]
    steps[-1][2]['task_id'] = task_id
    step('remove', extra_vars=dict(task_state='absent'))
    step('remove again', extra_vars=dict(task_state='absent'))
    return steps


# The instance docs/cookbook/instance_topic_to_es.yml finds by its name (instances are not made through the API).
COOKBOOK_INSTANCE = {'InstanceId': 'ckafka-7kd5rzza', 'InstanceName': 'orders-kafka'}


@pytest.fixture(scope='module')
def stories(emulator_server):
    emulator_server.reset()
    emulator_server.seed('instance', items=[COOKBOOK_INSTANCE])
    with concurrent.futures.ThreadPoolExecutor(max_workers=min(len(TASK_PLAYBOOKS), 2 * (os.cpu_count() or 2))) as pool:
        futures = dict((path, pool.submit(_story, emulator_server, path)) for path in TASK_PLAYBOOKS)
    return dict((path, future.result()) for path, future in futures.items())


def test_the_cookbook_has_a_playbook_per_family():
    with open(os.path.join(COOKBOOK, 'README.md'), encoding='utf-8') as handle:
        readme = handle.read()
    seen = set()
    chain = simple = False
    for path in TASK_PLAYBOOKS:
        assert os.path.basename(path) in readme, '%s is not described in docs/cookbook/README.md' % os.path.basename(path)
        tasks = _task_args(path)
        assert len(tasks) == 1, '%s: one datahub_task per cookbook playbook' % path
        args = tasks[0]
        assert args.get('state') == '{{ task_state }}', '%s: state comes from the task_state variable' % path
        assert 'task_id' not in args, '%s: cookbook tasks are identified by their name' % path
        seen.add((args['source_resource']['type'], args['target_resource']['type']))
        chain = chain or bool(args.get('transforms_param'))
        simple = simple or bool(args.get('transform_param'))
    missing = FAMILIES - seen
    assert not missing, 'families without a cookbook playbook: %s' % sorted(missing)
    assert chain and simple, 'the cookbook needs a transforms_param and a transform_param example'


@pytest.mark.parametrize('path', TASK_PLAYBOOKS, ids=[_name(p) for p in TASK_PLAYBOOKS])
def test_cookbook_playbook(stories, path):
    steps = dict((label, (run, facts)) for label, run, facts in stories[path])
    for label, outcome in steps.items():
        run = outcome[0]
        assert run.rc == 0, '%s: %r' % (label, run)
        for secret in SECRETS.values():
            assert secret not in run.output, '%s printed a secret' % label

    run, facts = steps['check']
    assert _changed(run) == 1, run
    assert facts['tasks'] == [], 'check mode created a task'

    run, facts = steps['create']
    assert _changed(run) == 1, run
    assert len(facts['tasks']) == 1, facts['tasks']
    assert facts['tasks'][0]['Status'] == 1, facts['tasks'][0]

    run, facts = steps['rerun']
    assert _changed(run) == 0, run
    assert facts['new_writes'] == [], 'the rerun wrote: %s' % facts['new_writes']
    assert [t['TaskId'] for t in facts['tasks']] == [facts['task_id']]

    run, facts = steps['remove']
    assert _changed(run) == 1, run
    assert facts['tasks'] == []

    run, facts = steps['remove again']
    assert _changed(run) == 0, run


# ---------------------------------------------------------------------------
# fleets (docs/cookbook/fleets.md): adopting an account's tasks, pruning with overridden, 50 pipelines

FLEET_WRITES = frozenset(WRITES + ('CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource',
                                   'CreateDatahubTopic', 'ModifyDatahubTopic', 'DeleteDatahubTopic'))


def _fleet_run(emulator, name, writes=FLEET_WRITES, **options):
    """Run docs/cookbook/<name>; the run gets .actions, the calls the emulator accepted, and .writes, those in writes."""
    before = len(emulator.requests())
    may_fail = options.pop('may_fail', False)
    run = run_playbook(emulator, os.path.join(COOKBOOK, name), extra_vars=dict(SECRETS, **options.pop('extra_vars', {})), **options)
    # A call the emulator throttled (the fleet modules retry it) is not a write.
    calls = [entry for entry in emulator.requests()[before:] if entry.get('error_code') != 'RequestLimitExceeded']
    run.actions = [entry['action'] for entry in calls]
    run.writes = [action for action in run.actions if action in writes]
    assert run.rc == 0 or may_fail, run
    for secret in SECRETS.values():
        assert secret not in run.output, 'the run printed a secret'
    return run


def _changes(run):
    return [record['task'] for record in run.records if record['status'] == 'changed']


def _seed_tasks(emulator, *names):
    from samples import kafka_to_es  # pylint: disable=import-outside-toplevel
    return emulator.seed('datahub_task', items=[kafka_to_es(TaskName=name) for name in names])


def test_the_fleet_cookbook_is_described():
    with open(os.path.join(COOKBOOK, 'fleets.md'), encoding='utf-8') as handle:
        page = handle.read()
    assert [os.path.basename(path) for path in FLEET_PLAYBOOKS] == [
        'fleet_adopt_gather.yml', 'fleet_adopt_merge.yml', 'fleet_pipelines.yml', 'fleet_prune.yml']
    for path in FLEET_PLAYBOOKS:
        assert os.path.basename(path) in page, os.path.basename(path)


def test_fleet_adopting_an_accounts_tasks(emulator, tmp_path):
    # Tasks made elsewhere: one with tags and an Elasticsearch password the service never returns.
    _seed_tasks(emulator, 'console-orders', 'console-refunds', 'console-audit')
    adopted_file = str(tmp_path / 'adopted_tasks.yml')
    gather = _fleet_run(emulator, 'fleet_adopt_gather.yml', extra_vars=dict(adopted_file=adopted_file))
    assert gather.writes == [], gather.actions
    with open(adopted_file, encoding='utf-8') as handle:
        text = handle.read()
    adopted = yaml.safe_load(text)['adopted_tasks']
    assert sorted(entry['task_name'] for entry in adopted) == ['console-audit', 'console-orders', 'console-refunds']
    for entry in adopted:
        assert entry['task_id'].startswith('task-') and 'status' not in entry and 'create_time' not in entry, entry
    assert 'es-Pa55word' not in text and 'password' not in text, text

    check = _fleet_run(emulator, 'fleet_adopt_merge.yml', extra_vars=dict(adopted_file=adopted_file), check=True, diff=True)
    merge = _fleet_run(emulator, 'fleet_adopt_merge.yml', extra_vars=dict(adopted_file=adopted_file))
    for run in (check, merge):
        assert _changes(run) == [] and run.writes == [], run.actions
        assert all(action.startswith('Describe') for action in run.actions), run.actions

    # Reviewed and edited: the next run changes that task only.
    [entry for entry in adopted if entry['task_name'] == 'console-audit'][0]['description'] = 'kept by Ansible now'
    with open(adopted_file, 'w', encoding='utf-8') as handle:
        yaml.safe_dump({'adopted_tasks': adopted}, handle)
    edited = _fleet_run(emulator, 'fleet_adopt_merge.yml', extra_vars=dict(adopted_file=adopted_file))
    assert edited.writes == ['ModifyDatahubTask'], edited.actions
    assert [t['Description'] for t in emulator.tasks() if t['TaskName'] == 'console-audit'] == ['kept by Ansible now']


def test_fleet_pruning_with_overridden(emulator):
    _seed_tasks(emulator, 'shop-legacy-export', 'billing-to-es')
    check = _fleet_run(emulator, 'fleet_prune.yml', check=True, diff=True)
    assert check.writes == [], check.actions
    result = check.result('Declare the shop- tasks')
    assert [(item['name'], item['action']) for item in result['results']] == [
        ('shop-orders-to-es', 'created'), ('shop-refunds-to-es', 'created'), ('shop-legacy-export', 'deleted')], result['results']
    assert any('shop-legacy-export' in item['before_header'] for item in result['diff']), result['diff']

    prune = _fleet_run(emulator, 'fleet_prune.yml')
    assert sorted(prune.writes) == ['CreateDatahubTask', 'CreateDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask'], prune.actions
    left = dict((task['TaskName'], task['Status']) for task in emulator.tasks())
    # billing-to-es is outside the scope: never touched.
    assert left == {'shop-orders-to-es': 1, 'shop-refunds-to-es': 6, 'billing-to-es': 1}, left

    rerun = _fleet_run(emulator, 'fleet_prune.yml')
    assert _changes(rerun) == [] and rerun.writes == [], rerun.actions

    # More to delete than allowed: refused before any write.
    _seed_tasks(emulator, 'shop-old-1', 'shop-old-2')
    refused = _fleet_run(emulator, 'fleet_prune.yml', extra_vars=dict(prune_max_deletions=1), may_fail=True)
    assert refused.rc != 0 and refused.writes == [], refused
    assert 'max_deletions' in refused.result('Declare the shop- tasks')['msg']


def test_fleet_fifty_pipelines_with_the_role(emulator):
    check = _fleet_run(emulator, 'fleet_pipelines.yml', check=True)
    assert check.writes == [] and emulator.tasks() == [], check.actions

    create = _fleet_run(emulator, 'fleet_pipelines.yml')
    assert create.writes.count('CreateConnectResource') == 1, create.actions
    assert create.writes.count('CreateDatahubTopic') == 50 and create.writes.count('CreateDatahubTask') == 50
    [connection] = emulator.resources('connect_resource')
    tasks = emulator.tasks()
    assert len(tasks) == 50 and all(task['Status'] == 1 for task in tasks)
    assert all(task['TargetResource']['EsParam']['Resource'] == connection['ResourceId'] for task in tasks)
    assert sorted(task['SourceResource']['TopicParam']['Resource'] for task in tasks) == \
        sorted('1250000000-events-%d' % n for n in range(1, 51))

    rerun = _fleet_run(emulator, 'fleet_pipelines.yml')
    assert _changes(rerun) == [] and rerun.writes == [], rerun.actions
    assert len(rerun.actions) <= 6, rerun.actions  # list calls only: three runs, each checked first

    remove = _fleet_run(emulator, 'fleet_pipelines.yml', extra_vars=dict(pipeline_state='absent'))
    assert remove.writes == ['DeleteDatahubTask'] * 50 + ['DeleteDatahubTopic'] * 50 + ['DeleteConnectResource'], remove.actions
    assert emulator.tasks() == [] and emulator.resources('datahub_topic') == [] and emulator.resources('connect_resource') == []

    again = _fleet_run(emulator, 'fleet_pipelines.yml', extra_vars=dict(pipeline_state='absent'))
    assert _changes(again) == [] and again.writes == [], again.actions


# ---------------------------------------------------------------------------
# adopting an instance's topics (docs/cookbook/adopt_instance_topics.md): gathered, merged, overridden

TOPIC_WRITES = frozenset(['CreateTopic', 'ModifyTopicAttributes', 'CreatePartition', 'DeleteTopic'])
ADOPTED_PAGE = os.path.join(COOKBOOK, 'adopt_instance_topics.md')
# Topics made in the console on orders-kafka: settings of every kind, and two scratch topics nobody needs.
CONSOLE_TOPICS = [
    dict(TopicName='orders', PartitionNum=6, ReplicaNum=2, RetentionMs=259200000, CleanUpPolicy='compact, delete',
         Note='orders-of-the-shop', MinInsyncReplicas=2, Tags=[{'TagKey': 'team', 'TagValue': 'shop'}]),
    dict(TopicName='refunds', PartitionNum=3, ReplicaNum=2, RetentionMs=604800000, MaxMessageBytes=1048576,
         EnableWhiteList=1, IpWhiteList=['10.0.0.7']),
    dict(TopicName='audit', PartitionNum=1, ReplicaNum=3, RetentionBytes=-1, LogMsgTimestampType='LogAppendTime'),
    dict(TopicName='scratch-1', PartitionNum=1, ReplicaNum=1),
    dict(TopicName='scratch-2', PartitionNum=1, ReplicaNum=1),
]
OTHER_INSTANCE = {'InstanceId': 'ckafka-billing1', 'InstanceName': 'billing-kafka'}


def _instance_topics(emulator, instance_id):
    """{name: DescribeTopicDetail item} of the topics on an instance (read after the runs' calls are counted)."""
    listed = emulator.call('DescribeTopicDetail', {'InstanceId': instance_id, 'Limit': 50})['Response']['Result']['TopicList']
    return dict((item['TopicName'], item) for item in listed)


def test_the_topics_cookbook_is_described():
    with open(ADOPTED_PAGE, encoding='utf-8') as handle:
        page = handle.read()
    assert [os.path.basename(path) for path in TOPICS_PLAYBOOKS] == [
        'topics_adopt_gather.yml', 'topics_adopt_merge.yml', 'topics_prune.yml']
    for path in TOPICS_PLAYBOOKS:
        assert os.path.basename(path) in page, os.path.basename(path)
    for listing in (os.path.join(COOKBOOK, 'README.md'), os.path.join(ROOT, 'docs', 'index.md')):
        with open(listing, encoding='utf-8') as handle:
            assert 'adopt_instance_topics.md' in handle.read(), listing


def test_adopting_an_instances_topics(emulator, tmp_path):
    emulator.seed('instance', items=[COOKBOOK_INSTANCE, OTHER_INSTANCE])
    instance_id = COOKBOOK_INSTANCE['InstanceId']
    emulator.seed('topic', items=[dict(topic, InstanceId=instance_id) for topic in CONSOLE_TOPICS])
    emulator.seed('topic', items=[dict(InstanceId=OTHER_INSTANCE['InstanceId'], TopicName='invoices', PartitionNum=1, ReplicaNum=2)])
    # A quota set in the console (CreateTopic does not take one).
    assert 'Error' not in emulator.call('ModifyTopicAttributes', {'InstanceId': instance_id, 'TopicName': 'refunds',
                                                                  'QuotaProducerByteRate': 10})['Response']
    topics_file = str(tmp_path / 'topics_of_orders-kafka.yml')
    variables = dict(topics_file=topics_file)

    # Step 1: gathered, into the vars file.
    gather = _fleet_run(emulator, 'topics_adopt_gather.yml', writes=TOPIC_WRITES, extra_vars=variables)
    assert gather.writes == [], gather.actions
    with open(topics_file, encoding='utf-8') as handle:
        text = handle.read()
    assert text.startswith('---\n# 5 topics of orders-kafka (%s) gathered' % instance_id), text
    adopted = dict((entry['topic_name'], entry) for entry in yaml.safe_load(text)['instance_topics'])
    assert sorted(adopted) == ['audit', 'orders', 'refunds', 'scratch-1', 'scratch-2'], text
    for entry in adopted.values():
        assert entry['instance_id'] == instance_id, entry
        assert not set(entry) & {'topic_id', 'create_time', 'tags', 'status'}, entry
    orders = adopted['orders']
    assert (orders['partition_num'], orders['replica_num'], orders['retention_ms'], orders['clean_up_policy'], orders['note'],
            orders['min_insync_replicas']) == (6, 2, 259200000, 'compact, delete', 'orders-of-the-shop', 2), orders
    refunds = adopted['refunds']
    assert (refunds['partition_num'], refunds['retention_ms'], refunds['max_message_bytes'], refunds['enable_white_list'],
            refunds['ip_white_list'], refunds['quota_producer_byte_rate']) == (3, 604800000, 1048576, 1, ['10.0.0.7'], 10), refunds
    audit = adopted['audit']
    assert (audit['replica_num'], audit['log_msg_timestamp_type']) == (3, 'LogAppendTime') and 'retention_bytes' not in audit, audit

    # Step 2: the file declared with merged, check mode first, then for real: nothing changes, nothing is written.
    check = _fleet_run(emulator, 'topics_adopt_merge.yml', writes=TOPIC_WRITES, extra_vars=variables, check=True, diff=True)
    merge = _fleet_run(emulator, 'topics_adopt_merge.yml', writes=TOPIC_WRITES, extra_vars=variables)
    for run in (check, merge):
        assert _changes(run) == [] and run.writes == [], run.actions
        assert all(action.startswith('Describe') for action in run.actions), run.actions
        assert run.result('Declare every adopted topic')['msg'].startswith('5 unchanged'), run.result('Declare every adopted topic')

    # Step 3: the team owns the list: the scratch topics are out of it, a new topic is in. More deletions than
    # allowed are refused before any write; within the bound, only the topics outside the list go.
    team = [entry for name, entry in sorted(adopted.items()) if not name.startswith('scratch-')]
    team.append(dict(topic_name='payments', partition_num=3, replica_num=2, retention_ms=604800000))
    with open(topics_file, 'w', encoding='utf-8') as handle:
        yaml.safe_dump({'instance_topics': team}, handle, sort_keys=False)
    refused = _fleet_run(emulator, 'topics_prune.yml', writes=TOPIC_WRITES, extra_vars=dict(variables, prune_max_deletions=1),
                         may_fail=True)
    assert refused.rc != 0 and refused.writes == [], refused
    assert 'max_deletions' in refused.result('Declare the listed topics')['msg']

    prune = _fleet_run(emulator, 'topics_prune.yml', writes=TOPIC_WRITES, extra_vars=variables)
    assert sorted(prune.writes) == ['CreateTopic', 'DeleteTopic', 'DeleteTopic'], prune.actions
    deleted = [call['params']['TopicName'] for call in emulator.calls('DeleteTopic')]
    assert sorted(deleted) == ['scratch-1', 'scratch-2'], deleted
    result = prune.result('Declare the listed topics')
    assert sorted((item['name'], item['action']) for item in result['results']) == [
        ('audit', 'unchanged'), ('orders', 'unchanged'), ('payments', 'created'), ('refunds', 'unchanged'),
        ('scratch-1', 'deleted'), ('scratch-2', 'deleted')], result['results']
    left = _instance_topics(emulator, instance_id)
    assert sorted(left) == ['audit', 'orders', 'payments', 'refunds'], sorted(left)
    # Tags are not adopted, and a topic the run leaves unchanged keeps them; the other instance keeps its topic.
    assert left['orders']['Tags'] == [{'TagKey': 'team', 'TagValue': 'shop'}], left['orders']
    assert sorted(_instance_topics(emulator, OTHER_INSTANCE['InstanceId'])) == ['invoices']
