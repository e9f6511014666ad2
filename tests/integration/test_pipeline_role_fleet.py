# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The datahub_pipeline role with a list, datahub_pipelines (issue 23): N pipelines declared with three
runs of the fleet modules (connections, topics, tasks), torn down in the reverse order, through real
ansible-playbook runs against the emulator. Nothing is written before every pipeline is checked.
Topics of CKafka instances (issue 30): one run of the topics module per instance, shared by pipelines
that declare them the same way, kept on removal unless remove_with_pipeline.
"""

import copy

import pytest

from conftest import Declarer

PLAYBOOK = 'pipeline/role.yml'
WRITES = frozenset([
    'CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource',
    'CreateDatahubTopic', 'ModifyDatahubTopic', 'DeleteDatahubTopic',
    'CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask',
    'RestartDatahubTask', 'CreateTopic', 'ModifyTopicAttributes', 'CreatePartition', 'DeleteTopic',
])
PASSWORD = 'fleet-Es-Secret-4711'
INSTANCES = ('ckafka-fleet001', 'ckafka-fleet002')


def connection(name):
    return dict(resource_name=name, type='ES', description='search cluster ' + name,
                es_connect_param=dict(resource='es-' + name, port=9200, user_name='elastic', password=PASSWORD,
                                      self_built=False, service_vip='10.0.0.12', uniq_vpc_id='vpc-abcd1234'))


def topic_pipeline(number, connection_name):
    """A DIP topic into an ES index over a shared connection."""
    topic = '1250000000-events-%d' % number
    return dict(
        connection=connection(connection_name),
        topic=dict(name=topic, partition_num=1, retention_ms=86400000),
        task=dict(task_name='events-%d-to-es' % number, task_type='SINK',
                  source_resource=dict(topic_param=dict(offset_type='earliest')),
                  target_resource=dict(es_param=dict(index='events-%d' % number, drop_invalid_message=True,
                                                     drop_invalid_json_message=False))),
    )


def kafka_pipeline(number, connection_name, state=None):
    """A CKafka topic into an ES index, without a DIP topic."""
    task = dict(task_name='orders-%d-to-es' % number, task_type='SINK',
                source_resource=dict(type='KAFKA', kafka_param=dict(self_built=False, resource='ckafka-7kd5rzza',
                                                                    topic='orders-%d' % number, offset_type='earliest')),
                target_resource=dict(es_param=dict(index='orders-%d' % number, drop_invalid_message=True,
                                                   drop_invalid_json_message=False)))
    if state:
        task['state'] = state
    return dict(connection=connection(connection_name), task=task)


def instance_topic_pipeline(name, instance, topic, connection_name, remove=False):
    """A topic of a CKafka instance, declared by the role, into an ES index."""
    instance_topic = dict(instance_id=instance, topic_name=topic, partition_num=2, replica_num=1)
    if remove:
        instance_topic['remove_with_pipeline'] = True
    return dict(connection=connection(connection_name), instance_topic=instance_topic,
                task=dict(task_name=name, task_type='SINK', source_resource=dict(kafka_param=dict(offset_type='earliest')),
                          target_resource=dict(es_param=dict(index=name, drop_invalid_message=True, drop_invalid_json_message=False))))


# Ten pipelines over two shared connections; three with a DIP topic; one task paused; four with a topic of an
# instance: two share the clicks topic (removed with them), views on the same instance and audit on another stay.
PIPELINES = [topic_pipeline(n, 'search-a') for n in range(3)] + \
    [kafka_pipeline(0, 'search-a'), kafka_pipeline(1, 'search-b'), kafka_pipeline(2, 'search-b', state='paused')] + \
    [instance_topic_pipeline('clicks-to-es', INSTANCES[0], 'clicks', 'search-a', remove=True),
     instance_topic_pipeline('clicks-to-es-copy', INSTANCES[0], 'clicks', 'search-b', remove=True),
     instance_topic_pipeline('views-to-es', INSTANCES[0], 'views', 'search-a'),
     instance_topic_pipeline('audit-to-es', INSTANCES[1], 'audit', 'search-b')]


class Pipelines(Declarer):
    """Runs the role with datahub_pipelines; no run prints the password."""

    def __init__(self, emulator):
        super(Pipelines, self).__init__(emulator, PLAYBOOK, None, WRITES)

    def __call__(self, pipelines, state='present', **options):
        run = super(Pipelines, self).__call__(dict(datahub_pipelines=pipelines, datahub_pipeline_state=state), **options)
        assert PASSWORD not in run.output, 'the run printed the password'
        return run


@pytest.fixture
def pipelines(emulator):
    # the instances of the instance topics; no topic windows (a teardown deletes a topic created seconds before)
    emulator.configure(topic_delete_window=0, topic_recreate_window=0)
    emulator.seed('instance', items=[dict(InstanceId=instance, InstanceName=instance) for instance in INSTANCES])
    return Pipelines(emulator)


def ok(run):
    assert run.rc == 0, run
    return run


def changed(run):
    return [record['task'].split(' : ')[-1] for record in run.records if record['status'] == 'changed']


def left(emulator):
    return emulator.resources('connect_resource'), emulator.resources('datahub_topic'), emulator.tasks()


def instance_topic(emulator, instance, name):
    """The topic as DescribeTopicAttributes finds it, None when it does not."""
    answer = emulator.call('DescribeTopicAttributes', {'InstanceId': instance, 'TopicName': name})['Response']
    return None if 'Error' in answer else answer['Result']


def topics_runs(run):
    """The real pass's runs of the topics module: {instance: the names of its config}."""
    return dict((record['result']['item']['instance_id'], [entry['topic_name'] for entry in record['result']['item']['config']])
                for record in run.records if record['action'] == 'tencentcloud.ckafka.topics' and record['status'] == 'item_changed')


def grouped(writes):
    """The writes with consecutive repeats folded: the order of the steps."""
    return [action for position, action in enumerate(writes) if position == 0 or writes[position - 1] != action]


def test_present_rerun_absent(pipelines, emulator):
    check = ok(pipelines(PIPELINES, check=True, diff=True))
    assert check.writes == [], check.actions
    assert len(changed(check)) == 4, changed(check)
    assert left(emulator) == ([], [], [])

    create = ok(pipelines(PIPELINES))
    # Connections, then DIP topics, then instance topics, then tasks; the shared connections and topic once each.
    assert grouped(create.writes) == ['CreateConnectResource', 'CreateDatahubTopic', 'CreateTopic', 'CreateDatahubTask',
                                      'PauseDatahubTask'], create.writes
    assert create.writes.count('CreateConnectResource') == 2 and create.writes.count('CreateDatahubTopic') == 3
    assert create.writes.count('CreateDatahubTask') == 10 and create.writes.count('PauseDatahubTask') == 1
    # One run of the topics module per instance, each with its instance's topics.
    assert topics_runs(create) == {INSTANCES[0]: ['clicks', 'views'], INSTANCES[1]: ['audit']}, topics_runs(create)
    created = sorted((entry['params']['InstanceId'], entry['params']['TopicName'], entry['params']['PartitionNum'], entry['params']['ReplicaNum'])
                     for entry in create.calls if entry['action'] == 'CreateTopic')
    assert created == [(INSTANCES[0], 'clicks', 2, 1), (INSTANCES[0], 'views', 2, 1), (INSTANCES[1], 'audit', 2, 1)], created
    connections, topics, tasks = left(emulator)
    ids = dict((item['ResourceName'], item['ResourceId']) for item in connections)
    by_name = dict((task['TaskName'], task) for task in tasks)
    for number in range(3):
        task = by_name['events-%d-to-es' % number]
        assert task['SourceResource']['Type'] == 'TOPIC'
        assert task['SourceResource']['TopicParam']['Resource'] == '1250000000-events-%d' % number
        assert task['TargetResource']['Type'] == 'ES' and task['TargetResource']['EsParam']['Resource'] == ids['search-a']
        assert task['Status'] == 1
    assert by_name['orders-0-to-es']['TargetResource']['EsParam']['Resource'] == ids['search-a']
    assert by_name['orders-1-to-es']['TargetResource']['EsParam']['Resource'] == ids['search-b']
    assert by_name['orders-2-to-es']['Status'] == 6  # paused
    assert sorted(topic['Name'] for topic in topics) == ['1250000000-events-%d' % n for n in range(3)]
    for name, instance, topic in (('clicks-to-es', INSTANCES[0], 'clicks'), ('clicks-to-es-copy', INSTANCES[0], 'clicks'),
                                  ('audit-to-es', INSTANCES[1], 'audit')):
        source = by_name[name]['SourceResource']
        assert source['Type'] == 'KAFKA' and source['KafkaParam']['SelfBuilt'] is False, source
        assert (source['KafkaParam']['Resource'], source['KafkaParam']['Topic'], source['KafkaParam']['OffsetType']) == \
            (instance, topic, 'earliest'), source

    rerun = ok(pipelines(PIPELINES))
    assert changed(rerun) == [] and rerun.writes == [], rerun.actions
    # Three list calls a pass (the check pass and the real one), none per pipeline, and one read of each instance's
    # topics (a listing, or a describe of its only topic).
    assert all(action.startswith('Describe') for action in rerun.actions), rerun.actions
    topic_reads = [action for action in rerun.actions if action in ('DescribeTopicDetail', 'DescribeTopicAttributes')]
    assert len(rerun.actions) - len(topic_reads) <= 6 and len(topic_reads) == 2 * len(INSTANCES), rerun.actions

    teardown = ok(pipelines(PIPELINES, state='absent'))
    # The reverse order: a connection in use cannot be deleted; of the instance topics, only the one that says
    # remove_with_pipeline, after the tasks.
    assert grouped(teardown.writes) == ['DeleteDatahubTask', 'DeleteDatahubTopic', 'DeleteTopic', 'DeleteConnectResource'], teardown.writes
    assert len(teardown.writes) == 10 + 3 + 1 + 2
    assert [entry['params']['TopicName'] for entry in teardown.calls if entry['action'] == 'DeleteTopic'] == ['clicks']
    assert left(emulator) == ([], [], [])
    assert instance_topic(emulator, INSTANCES[0], 'clicks') is None
    assert instance_topic(emulator, INSTANCES[0], 'views')['PartitionNum'] == 2
    assert instance_topic(emulator, INSTANCES[1], 'audit')['PartitionNum'] == 2

    again = ok(pipelines(PIPELINES, state='absent'))
    assert changed(again) == [] and again.writes == [], again.actions


def test_single_pipeline_variables_keep_working_beside(pipelines, emulator):
    # The same role, one pipeline as datahub_pipeline_spec: the singular modules.
    run = ok(Declarer.__call__(
        pipelines, dict(datahub_pipeline_spec=kafka_pipeline(0, 'search-a'))))
    assert run.writes == ['CreateConnectResource', 'CreateDatahubTask'], run.actions
    assert 'DescribeConnectResources' in run.actions


def test_a_bad_pipeline_among_many_writes_nothing(pipelines, emulator):
    bad = copy.deepcopy(PIPELINES)
    bad[4]['task']['source_resource']['kafka_param']['offset_type'] = 'timestamp'  # and no start_time
    run = pipelines(bad)
    assert run.rc != 0, run
    assert run.writes == [], run.actions
    assert left(emulator) == ([], [], [])
    message = run.result('Fail naming the tasks step')['msg']
    assert 'the tasks step was refused by the check before any write' in message, message
    assert 'orders-1-to-es' in message and 'start_time' in message and 'Nothing was written' in message, message


def test_a_shared_connection_or_topic_declared_otherwise_is_refused_before_any_call(pipelines, emulator):
    bad = copy.deepcopy(PIPELINES)
    bad[3]['connection']['description'] = 'another description'
    bad[7]['instance_topic']['partition_num'] = 4  # clicks, as bad[6] declares it otherwise
    bad[9]['task']['source_resource']['type'] = 'TOPIC'  # the end of an instance topic is a KAFKA one
    run = pipelines(bad)
    assert run.rc != 0, run
    assert run.actions == [], run.actions
    message = run.result('Check that the pipelines fit together')['msg']
    assert 'datahub_pipelines[3] declares the connection search-a (ES) otherwise' in message, message
    assert 'datahub_pipelines[7] declares the topic ckafka-fleet001/clicks otherwise than a pipeline before it' in message, message
    assert 'datahub_pipelines[9]: the instance topic ckafka-fleet002/audit goes into the source_resource of the task audit-to-es,' \
        ' whose type must be KAFKA or unset.' in message, message


def test_a_typo_in_one_pipeline_is_named(pipelines, emulator):
    bad = copy.deepcopy(PIPELINES)
    bad[2]['topic']['partitions'] = 3
    run = pipelines(bad)
    assert run.rc != 0, run
    assert run.actions == [], run.actions
    message = run.result('Refuse the pipelines whose options are wrong')['msg']
    assert 'unknown option datahub_pipelines[2].topic.partitions' in message, message
    assert 'argument_spec' not in run.output and len(run.output) < 3000, run


def test_both_variables_are_refused(pipelines, emulator):
    run = Declarer.__call__(
        pipelines, dict(datahub_pipelines=PIPELINES, datahub_pipeline_spec=PIPELINES[0]))
    assert run.rc != 0 and run.actions == [], run
    assert 'not both' in run.result("Check the role's variables")['msg']


def test_a_connection_another_task_uses_stops_the_removal_before_any_write(pipelines, emulator):
    ok(pipelines(PIPELINES[3:5]))
    search_b = [item['ResourceId'] for item in emulator.resources('connect_resource') if item['ResourceName'] == 'search-b'][0]
    stranger = emulator.tasks()[0]
    emulator.seed('datahub_task', items=[dict(TaskName='stranger', TaskType='SINK', SourceResource=stranger['SourceResource'],
                                              TargetResource=dict(Type='ES', EsParam=dict(stranger['TargetResource']['EsParam'],
                                                                                          Resource=search_b)))])
    run = pipelines(PIPELINES[3:5], state='absent')
    assert run.rc != 0, run
    assert run.writes == [], run.actions
    message = run.result('Fail naming the connections removal step')['msg']
    assert 'refused by the check before any write' in message and 'is used by 2 DIP tasks' in message, message
