# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Answers to the one result shape (module_utils/results.py), on the DIP task."""

import json

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.schema import OPTION_NAME_TREE

from ..task_samples import DESCRIBE_TASK, SEED, TASK_LIST_ITEM, as_results_show, convert, restrict, tccli_answer, tccli_examples


def test_describe_answer_to_result():
    result = convert.api_to_result(DESCRIBE_TASK)
    assert result['task_id'] == 'task-y9799wbn'
    assert result['status'] == 1
    assert result['status_name'] == 'running'
    kafka = result['target_resource']['kafka_param']
    assert kafka['resource'] == 'ckafka-wdvgwwx2'
    assert kafka['zone_id'] == 100006
    # issue 24: what is set and nothing else; the blocks of other kinds, nulls and empty lists are left out
    assert result['source_resource'] == {'type': 'HTTP'}
    assert sorted(result['target_resource']) == ['kafka_param', 'type']
    assert 'offset_type' not in kafka and 'table_mappings' not in kafka
    assert kafka['connector_sync_type'] == '' and kafka['use_table_mapping'] is False
    for unset in ('tags', 'connections', 'schema_id', 'schema_name', 'transform_param', 'transforms_param'):
        assert unset not in result, unset


def test_task_list_item_to_result():
    result = convert.api_to_result(TASK_LIST_ITEM)
    assert result['tasks_max'] == 3
    assert 'task_max' not in result
    assert result['task_progress'] == 36
    # a list the answer leaves out is not guessed (lookup.find describes the task for it), nor is an empty one shown
    assert 'step_list' not in result and 'tags' not in result and 'connections' not in result
    assert 'schema_id' not in result


def test_the_keys_every_task_has_are_always_there():
    assert convert.task_result({}) == {'task_id': None, 'task_name': None, 'status': None, 'status_name': None}
    assert sorted(convert.task_result({'TaskId': 't', 'Status': 6})) == ['status', 'status_name', 'task_id', 'task_name']
    assert convert.api_to_result({'Status': 6})['status_name'] == 'paused'
    assert convert.api_to_result({'Status': -1})['status_name'] == 'create_failed'


def test_result_keys_come_in_one_order():
    shuffled = dict(reversed(list(DESCRIBE_TASK.items())))
    assert list(convert.task_result(shuffled)) == list(convert.task_result(DESCRIBE_TASK))
    assert list(convert.task_result(DESCRIBE_TASK)) == [key for key in convert.TASK_RESULT_KEYS if key in convert.task_result(DESCRIBE_TASK)]


@pytest.mark.parametrize('answer', [DESCRIBE_TASK, TASK_LIST_ITEM], ids=['describe', 'list_item'])
def test_round_trip(answer):
    result = convert.api_to_result(answer)
    assert convert.options_to_request(result) == as_results_show(restrict(answer, OPTION_NAME_TREE))


def test_unset_values_are_left_out_and_lists_are_lists():
    result = convert.api_to_result({'SchemaId': '', 'Connections': None, 'Tags': None, 'Description': '',
                                    'StepList': ['a'], 'TaskId': 't'})
    assert result == {'task_id': 't', 'task_name': None, 'status': None, 'status_name': None, 'step_list': ['a']}


def test_a_list_keeps_every_element_in_its_place():
    result = convert.task_result({'Tags': [{'TagKey': 'a', 'TagValue': None}, {'TagKey': None}, {'TagKey': 'c'}]})
    assert result['tags'] == [{'tag_key': 'a'}, {}, {'tag_key': 'c'}]


def test_a_block_of_another_kind_is_left_out_even_when_reported():
    answer = {'SourceResource': {'Type': 'KAFKA', 'KafkaParam': {'Topic': 't'}, 'EsParam': {'SelfBuilt': False}}}
    assert convert.task_result(answer)['source_resource'] == {'type': 'KAFKA', 'kafka_param': {'topic': 't'}}
    # a kind nobody documents: nothing is known of its block, so every block stays
    unknown = {'SourceResource': {'Type': 'NEW', 'EsParam': {'SelfBuilt': False}}}
    assert convert.task_result(unknown)['source_resource'] == {'type': 'NEW', 'es_param': {'self_built': False}}


def test_round_trip_tccli_examples():
    answers = [tccli_answer(e) for e in tccli_examples('DescribeDatahubTask')]
    answers += [item for e in tccli_examples('DescribeDatahubTasks') for item in tccli_answer(e)['TaskList']]
    if not answers:
        pytest.skip('tccli is not installed')
    for answer in answers:
        result = convert.api_to_result(answer)
        assert convert.options_to_request(result) == as_results_show(restrict(answer, OPTION_NAME_TREE))
        assert result['status_name'] == 'running'


def test_round_trip_seed_requests():
    for options, body in SEED.values():
        assert convert.options_to_request(convert.api_to_result(body)) == as_results_show(body)


def test_secrets_are_dropped_from_results():
    answer = {
        'TargetResource': {'Type': 'ES', 'EsParam': {'Resource': 'es-1', 'UserName': 'u', 'Password': 'hunter2'}},
        'SourceResource': {'Type': 'DTS', 'DtsParam': {'Resource': 'dts-1', 'GroupPassword': 'p'}},
        'SomeSecretKey': 'x',
        'Extra': {'ApiToken': 't', 'Kept': 1},
    }
    result = convert.api_to_result(answer)
    assert 'password' not in result['target_resource']['es_param']
    assert result['target_resource']['es_param']['user_name'] == 'u'
    assert 'group_password' not in result['source_resource']['dts_param']
    assert 'some_secret_key' not in result
    assert result['extra'] == {'kept': 1}
    assert 'hunter2' not in json.dumps(result)


def test_unknown_keys_use_the_same_rule():
    result = convert.api_to_result({'SourceResource': {'Type': 'X', 'NewFancyParam': {'SubValueID': 1}}, 'IsolateStatus': 0})
    assert result['source_resource']['new_fancy_param'] == {'sub_value_id': 1}
    assert result['isolate_status'] == 0


# ---------------------------------------------------------------------------
# comparison


# ---------------------------------------------------------------------------
# config form: what a user would declare


def test_config_form_of_a_task_is_what_a_user_declares():
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import config_form
    answer = dict(DESCRIBE_TASK, TaskMax=2, Description='', Tags=[{'TagKey': 'team', 'TagValue': 'data'}])
    answer['TargetResource'] = dict(answer['TargetResource'], EsParam={'Resource': 'es-1', 'Password': 'hunter2'})
    form = config_form(DatahubTask, convert.task_result(answer))
    assert form == {
        'task_id': 'task-y9799wbn', 'task_name': 'mytask', 'task_type': 'SOURCE',
        'source_resource': {'type': 'HTTP'},
        'target_resource': {'type': 'KAFKA', 'kafka_param': {
            'topic': 'topic-1', 'qps_limit': 2000, 'use_table_mapping': False, 'compression_type': 'none',
            'use_auto_create_topic': False, 'msg_multiple': 1, 'connector_sync_type': '', 'keep_partition': False,
            'self_built': False, 'resource': 'ckafka-wdvgwwx2'}},
        'tags': [{'tag_key': 'team', 'tag_value': 'data'}], 'tasks_max': 2}
    # an answer gives the same; a list gives one form per item; secrets never
    assert config_form(DatahubTask, answer) == form
    assert config_form(DatahubTask, [answer]) == [form]
    assert 'hunter2' not in json.dumps(form)


def test_config_form_of_a_connection_and_a_topic():
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource.description import ConnectResource
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_topic.description import DatahubTopic
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import config_form
    connection = {'ResourceId': 'resource-1', 'ResourceName': 'es', 'Type': 'ES', 'Status': 1, 'CreateTime': 'now',
                  'EsConnectParam': {'Port': 9200, 'UserName': 'elastic', 'Password': 'pw', 'Resource': 'es-1'},
                  'MySQLConnectParam': None, 'DatahubTaskCount': 0}
    assert config_form(ConnectResource, connection) == {
        'resource_id': 'resource-1', 'resource_name': 'es', 'type': 'ES',
        'es_connect_param': {'port': 9200, 'user_name': 'elastic', 'resource': 'es-1'}}
    topic = {'Name': '1250000000-a', 'TopicName': 'a', 'TopicId': 'topic-1', 'PartitionNum': 3, 'RetentionMs': 60000,
             'Note': '', 'Status': 1, 'UserName': 'u', 'Password': 'p', 'Address': 'x:9092'}
    assert config_form(DatahubTopic, topic) == {'name': '1250000000-a', 'partition_num': 3, 'retention_ms': 60000}


def test_predictions_are_compact_too():
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import predict_modified, predict_recreated
    current = convert.task_result(DESCRIBE_TASK)
    assert predict_modified(DatahubTask, current, {'description': None, 'tasks_max': 2}) == dict(current, tasks_max=2)
    params = {'task_id': 'task-y9799wbn', 'target_resource': {'type': 'KAFKA', 'kafka_param': {'topic': 'other', 'offset_type': None}}}
    predicted = predict_recreated(DatahubTask, params, current, ['target_resource.kafka_param'], 1, True)
    assert predicted['target_resource']['kafka_param'] == {'topic': 'other'}
