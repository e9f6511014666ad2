# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Options to request body, answer to result, comparison and masking of DIP task parameters."""

import copy
import json
import os
import re

import pytest
from hypothesis import given, settings, HealthCheck
from hypothesis import strategies as st

from ansible_collections.tencentcloud.ckafka.plugins.module_utils import datahub_convert as convert
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_task_schema import (
    API_NAME_TREE,
    OPTION_NAME_TREE,
    PARAMETER_SPEC,
)

# ---------------------------------------------------------------------------
# The three CreateDatahubTask examples of the API reference (also tccli's examples.json),
# as module options and as the request bodies the reference shows.

SEED = {
    'kafka_to_eb_cos': (
        {
            'task_name': 'MyTaskName',
            'task_type': 'SINK',
            'source_resource': {
                'type': 'KAFKA',
                'kafka_param': {
                    'self_built': False,
                    'resource': 'ckafka-7kd5rzza',
                    'topic': 'topic-test',
                    'offset_type': 'timestamp',
                    'start_time': 1635339533,
                },
            },
            'target_resource': {
                'type': 'EB',
                'event_bus_param': {
                    'type': 'COS',
                    'self_built': False,
                    'resource': 'target-resource',
                    'namespace': 'default',
                    'function_name': 'ckafka-7kd5rzza_topic-0cus2p9z_task_1633501781881_schedule',
                    'qualifier': '$LATEST',
                },
            },
        },
        {
            'TaskName': 'MyTaskName',
            'TaskType': 'SINK',
            'SourceResource': {
                'Type': 'KAFKA',
                'KafkaParam': {
                    'SelfBuilt': False,
                    'Resource': 'ckafka-7kd5rzza',
                    'Topic': 'topic-test',
                    'OffsetType': 'timestamp',
                    'StartTime': 1635339533,
                },
            },
            'TargetResource': {
                'Type': 'EB',
                'EventBusParam': {
                    'Type': 'COS',
                    'SelfBuilt': False,
                    'Resource': 'target-resource',
                    'Namespace': 'default',
                    'FunctionName': 'ckafka-7kd5rzza_topic-0cus2p9z_task_1633501781881_schedule',
                    'Qualifier': '$LATEST',
                },
            },
        },
    ),
    'kafka_to_es': (
        {
            'task_name': 'MyTaskName',
            'task_type': 'SINK',
            'source_resource': {
                'type': 'KAFKA',
                'kafka_param': {'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 'topic-test', 'offset_type': 'earliest'},
            },
            'target_resource': {
                'type': 'ES',
                'es_param': {'resource': 'resource-test', 'drop_invalid_message': True, 'index': 'index', 'drop_invalid_json_message': False},
            },
        },
        {
            'TaskName': 'MyTaskName',
            'TaskType': 'SINK',
            'SourceResource': {
                'Type': 'KAFKA',
                'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-7kd5rzza', 'Topic': 'topic-test', 'OffsetType': 'earliest'},
            },
            'TargetResource': {
                'Type': 'ES',
                'EsParam': {'Resource': 'resource-test', 'DropInvalidMessage': True, 'Index': 'index', 'DropInvalidJsonMessage': False},
            },
        },
    ),
    'topic_to_es': (
        {
            'task_name': 'MyTaskName',
            'task_type': 'SINK',
            'source_resource': {'type': 'TOPIC', 'topic_param': {'resource': '12345-xxx', 'offset_type': 'earliest'}},
            'target_resource': {
                'type': 'ES',
                'es_param': {'resource': 'resource-test', 'drop_invalid_message': True, 'index': 'index', 'drop_invalid_json_message': False},
            },
        },
        {
            'TaskName': 'MyTaskName',
            'TaskType': 'SINK',
            'SourceResource': {'Type': 'TOPIC', 'TopicParam': {'Resource': '12345-xxx', 'OffsetType': 'earliest'}},
            'TargetResource': {
                'Type': 'ES',
                'EsParam': {'Resource': 'resource-test', 'DropInvalidMessage': True, 'Index': 'index', 'DropInvalidJsonMessage': False},
            },
        },
    ),
}

# The DescribeDatahubTask answer of the API reference (the service's message text replaced by English).
DESCRIBE_TASK = {
    'Connections': [],
    'TransformParam': None,
    'SchemaId': '',
    'SchemaName': '',
    'TransformsParam': None,
    'TaskName': 'mytask',
    'TaskType': 'SOURCE',
    'SourceResource': {
        'Type': 'HTTP', 'KafkaParam': None, 'EventBusParam': None, 'MongoDBParam': None, 'TdwParam': None, 'EsParam': None,
        'DtsParam': None, 'ClickHouseParam': None, 'ClsParam': None, 'CosParam': None, 'MySQLParam': None, 'MqttParam': None,
        'PostgreSQLParam': None, 'MariaDBParam': None, 'SQLServerParam': None, 'CtsdbParam': None, 'TopicParam': None, 'ScfParam': None,
    },
    'TargetResource': {
        'Type': 'KAFKA',
        'KafkaParam': {
            'Topic': 'topic-1', 'OffsetType': None, 'StartTime': None, 'ResourceName': 'test-public-network', 'ZoneId': 100006,
            'TopicId': 'topic-byp7lpy2', 'PartitionNum': 3, 'EnableToleration': None, 'QpsLimit': 2000, 'UseTableMapping': False,
            'TableMappings': None, 'CompressionType': 'none', 'UseAutoCreateTopic': False, 'MsgMultiple': 1, 'ConnectorSyncType': '',
            'KeepPartition': False, 'SelfBuilt': False, 'Resource': 'ckafka-wdvgwwx2',
        },
        'EventBusParam': None, 'MongoDBParam': None, 'TdwParam': None, 'EsParam': None, 'DtsParam': None, 'ClickHouseParam': None,
        'ClsParam': None, 'CosParam': None, 'MySQLParam': None, 'MqttParam': None, 'PostgreSQLParam': None, 'MariaDBParam': None,
        'SQLServerParam': None, 'CtsdbParam': None, 'TopicParam': None, 'ScfParam': None,
    },
    'TaskId': 'task-y9799wbn',
    'DatahubId': 'datahub-y9799wbn',
    'Status': 1,
    'CreateTime': '2024-12-04 16:22:23',
    'ErrorMessage': 'running',
    'Tags': [],
}

# A DescribeDatahubTasks TaskList item of the API reference (same task, list form).
TASK_LIST_ITEM = dict(
    (k, copy.deepcopy(v)) for k, v in DESCRIBE_TASK.items()
    if k in ('TaskName', 'TaskType', 'SourceResource', 'TargetResource', 'TaskId', 'DatahubId', 'Status', 'CreateTime', 'ErrorMessage'))
TASK_LIST_ITEM.update({'TaskProgress': 36, 'TaskCurrentStep': 'FINISH', 'StepList': [], 'TaskMax': 3})
TASK_LIST_ITEM['TargetResource']['KafkaParam'].update({'TopicId': None, 'PartitionNum': None})


def drop_none(value):
    if isinstance(value, dict):
        return dict((k, drop_none(v)) for k, v in value.items() if v is not None)
    if isinstance(value, list):
        return [drop_none(v) for v in value if v is not None]
    return value


def restrict(api_obj, tree):
    """The members of api_obj the CreateDatahubTask request tree knows, without nulls."""
    out = {}
    for key, value in api_obj.items():
        if key not in tree or value is None:
            continue
        subtree = tree[key][1]
        if subtree is None:
            out[key] = value
        elif isinstance(value, list):
            out[key] = [restrict(item, subtree) for item in value if item is not None]
        else:
            out[key] = restrict(value, subtree)
    return out


def with_all_options(params, spec=None):
    """params as Ansible hands them to a module: every unset option present as None."""
    spec = PARAMETER_SPEC if spec is None else spec
    out = {}
    for option, entry in spec.items():
        value = params.get(option)
        if value is not None and 'options' in entry:
            if entry['type'] == 'list':
                value = [with_all_options(item, entry['options']) for item in value]
            else:
                value = with_all_options(value, entry['options'])
        out[option] = value
    return out


def tccli_examples(action):
    try:
        import tccli
    except ImportError:
        return []
    path = os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'examples.json')
    with open(path, encoding='utf-8') as handle:
        return json.load(handle)['actions'].get(action, [])


def tccli_answer(example):
    return json.loads(example['output'])['Response']['Result']


def tccli_request(example):
    return json.loads(example['input'][example['input'].index('{'):])


# ---------------------------------------------------------------------------
# options -> request


@pytest.mark.parametrize('name', sorted(SEED))
def test_seed_examples_render_member_for_member(name):
    options, body = SEED[name]
    assert convert.options_to_request(with_all_options(options)) == body
    assert convert.options_to_request(options) == body


def test_seed_examples_are_tccli_examples():
    requests = [tccli_request(e) for e in tccli_examples('CreateDatahubTask')]
    if not requests:
        pytest.skip('tccli is not installed')
    for _options, body in SEED.values():
        assert body in requests


def test_unset_values_are_never_sent():
    params = with_all_options({'task_name': 'a', 'source_resource': {'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'r'}}})
    body = convert.options_to_request(params)
    assert body == {'TaskName': 'a', 'SourceResource': {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'r'}}}


def test_falsy_values_the_user_set_are_sent():
    body = convert.options_to_request({'description': '', 'source_resource': {'kafka_param': {'self_built': False, 'start_time': 0}}})
    assert body == {'Description': '', 'SourceResource': {'KafkaParam': {'SelfBuilt': False, 'StartTime': 0}}}


def test_irregular_api_spellings():
    params = {
        'source_resource': {
            'type': 'MYSQL',
            'my_sql_param': {'database': 'd', 'table': 't', 'resource': 'r', 'drop_cls': {'drop_cls_owneruin': '100'}},
            'postgre_sql_param': {'database': 'd', 'table': 't', 'resource': 'r', 'plugin_name': 'pgoutput'},
            'mongo_db_param': {'database': 'd', 'collection': 'c', 'copy_existing': True, 'resource': 'r', 'ip': '10.0.0.1'},
            'sql_server_param': {'database': 'd', 'table': 't', 'resource': 'r'},
            'maria_db_param': {'database': 'd', 'table': 't', 'resource': 'r'},
            'click_house_param': {'cluster': 'c', 'database': 'd', 'table': 't', 'resource': 'r', 'schema': [
                {'column_name': 'a', 'json_key': 'a', 'type': 'String', 'allow_null': False}]},
            'dts_param': {'resource': 'r', 'tran_sql': True},
            'mqtt_param': {'topics': 'a', 'clean_session': True, 'qos': 1},
        },
        'transforms_param': {
            'content': '{}',
            'field_chain': [{'analyse': {'format': 'JSON'}, 'smt': [{
                'key': 'k', 'operate': 'MAPPING', 'scheme_type': 'STRING',
                'value_operates': [{'type': 'KV', 'kv': {'delimiter': ';', 'regex': '='}}, {'type': 'LOWERCASE', 'lowercase': {}}],
            }]}],
        },
    }
    body = convert.options_to_request(params)
    source = body['SourceResource']
    assert source['MySQLParam']['DropCls'] == {'DropClsOwneruin': '100'}
    assert source['PostgreSQLParam']['PluginName'] == 'pgoutput'
    assert source['MongoDBParam']['Ip'] == '10.0.0.1'
    assert set(source) == {'Type', 'MySQLParam', 'PostgreSQLParam', 'MongoDBParam', 'SQLServerParam', 'MariaDBParam', 'ClickHouseParam',
                           'DtsParam', 'MqttParam'}
    assert source['ClickHouseParam']['Schema'] == [{'ColumnName': 'a', 'JsonKey': 'a', 'Type': 'String', 'AllowNull': False}]
    assert source['DtsParam']['TranSql'] is True
    assert source['MqttParam']['Qos'] == 1
    smt = body['TransformsParam']['FieldChain'][0]['SMT'][0]
    assert smt['ValueOperates'] == [{'Type': 'KV', 'KV': {'Delimiter': ';', 'Regex': '='}}, {'Type': 'LOWERCASE', 'Lowercase': {}}]
    assert smt['SchemeType'] == 'STRING'


def test_options_outside_the_tree_are_ignored():
    assert convert.options_to_request({'state': 'present', 'wait': True, 'task_name': 'a', 'tasks_max': 3}) == {'TaskName': 'a'}


def _option_values(spec, depth=0):
    """A hypothesis strategy of option dictionaries following spec, any option possibly None or absent."""
    fields = {}
    for option, entry in spec.items():
        kind = entry['type']
        if kind == 'dict':
            value = _option_values(entry['options'], depth + 1) if depth < 3 else st.just({})
        elif kind == 'list':
            if entry.get('elements') == 'dict':
                inner = _option_values(entry['options'], depth + 1) if depth < 3 else st.just({})
            else:
                inner = st.text(max_size=3)
            value = st.lists(st.one_of(st.none(), inner), max_size=2)
        elif kind == 'bool':
            value = st.booleans()
        elif kind == 'int':
            value = st.integers(min_value=-5, max_value=5)
        else:
            value = st.sampled_from(entry['choices']) if entry.get('choices') else st.text(max_size=3)
        fields[option] = st.one_of(st.none(), value)
    return st.fixed_dictionaries({}, optional=fields)


def _walk_body(body, tree, seen):
    for key, value in body.items():
        assert key in tree, key
        assert value is not None, key
        subtree = tree[key][1]
        seen.add(key)
        if isinstance(value, dict):
            _walk_body(value, subtree, seen)
        elif isinstance(value, list):
            for item in value:
                assert item is not None
                if isinstance(item, dict):
                    _walk_body(item, subtree, seen)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_option_values(PARAMETER_SPEC))
def test_options_to_request_never_emits_none(params):
    body = convert.options_to_request(params)
    _walk_body(body, OPTION_NAME_TREE, set())
    # and the body reads back to the options that were set, less the secrets results never hold
    result = convert.api_to_result(body)
    assert convert.options_to_request(result) == without_secrets(body)


def without_secrets(value):
    if isinstance(value, dict):
        return dict((k, without_secrets(v)) for k, v in value.items() if k not in ('Password', 'GroupPassword'))
    if isinstance(value, list):
        return [without_secrets(v) for v in value]
    return value


# ---------------------------------------------------------------------------
# naming rule

WORDS = st.sampled_from(['Task', 'Name', 'Kafka', 'Param', 'Self', 'Built', 'Topic', 'Id', 'Max', 'Es', 'Post', 'Offset'])
ACRONYMS = st.sampled_from(['SQL', 'DB', 'SMT', 'KV', 'EB', 'IP'])


@given(st.lists(st.one_of(WORDS, ACRONYMS), min_size=1, max_size=5).filter(
    lambda parts: not any(a.isupper() and b.isupper() for a, b in zip(parts, parts[1:]))))
def test_snake_case_rule(parts):
    name = ''.join(parts)
    assert convert.snake_case(name) == '_'.join(p.lower() for p in parts)


@pytest.mark.parametrize('api_name, option', [
    ('SourceResource', 'source_resource'), ('SelfBuilt', 'self_built'), ('MySQLParam', 'my_sql_param'),
    ('SQLServerParam', 'sql_server_param'), ('PostgreSQLParam', 'postgre_sql_param'), ('MongoDBParam', 'mongo_db_param'),
    ('SMTParam', 'smt_param'), ('SMT', 'smt'), ('KV', 'kv'), ('DropClsOwneruin', 'drop_cls_owneruin'), ('TaskMax', 'task_max'),
])
def test_snake_case_examples(api_name, option):
    assert convert.snake_case(api_name) == option


def test_tree_names_follow_the_rule():
    def check(tree):
        for option, (api_name, subtree) in tree.items():
            assert option == convert.snake_case(api_name)
            if subtree:
                check(subtree)
    check(API_NAME_TREE)


# ---------------------------------------------------------------------------
# answer -> result


def test_describe_answer_to_result():
    result = convert.api_to_result(DESCRIBE_TASK)
    assert result['task_id'] == 'task-y9799wbn'
    assert result['status'] == 1
    assert result['status_name'] == 'running'
    assert result['tags'] == []
    kafka = result['target_resource']['kafka_param']
    assert kafka['resource'] == 'ckafka-wdvgwwx2'
    assert kafka['zone_id'] == 100006
    assert result['source_resource']['mongo_db_param'] is None
    assert result['source_resource']['sql_server_param'] is None
    assert set(convert.TASK_RESULT_KEYS) <= set(result)


def test_task_list_item_to_result():
    result = convert.api_to_result(TASK_LIST_ITEM)
    assert result['tasks_max'] == 3
    assert 'task_max' not in result
    assert result['task_progress'] == 36
    assert result['step_list'] == []
    assert result['tags'] is None
    assert set(convert.TASK_RESULT_KEYS) <= set(result)


def test_result_keys_are_stable():
    assert sorted(convert.api_to_result({})) == sorted(convert.TASK_RESULT_KEYS)
    assert sorted(convert.api_to_result({'TaskId': 't', 'Status': 6})) == sorted(convert.TASK_RESULT_KEYS)
    assert convert.api_to_result({'Status': 6})['status_name'] == 'paused'
    assert convert.api_to_result({'Status': -1})['status_name'] == 'create_failed'


@pytest.mark.parametrize('answer', [DESCRIBE_TASK, TASK_LIST_ITEM], ids=['describe', 'list_item'])
def test_round_trip(answer):
    result = convert.api_to_result(answer)
    assert convert.options_to_request(result) == restrict(answer, OPTION_NAME_TREE)


def test_round_trip_tccli_examples():
    answers = [tccli_answer(e) for e in tccli_examples('DescribeDatahubTask')]
    answers += [item for e in tccli_examples('DescribeDatahubTasks') for item in tccli_answer(e)['TaskList']]
    if not answers:
        pytest.skip('tccli is not installed')
    for answer in answers:
        result = convert.api_to_result(answer)
        assert convert.options_to_request(result) == restrict(answer, OPTION_NAME_TREE)
        assert result['status_name'] == 'running'


def test_round_trip_seed_requests():
    for options, body in SEED.values():
        assert convert.options_to_request(convert.api_to_result(body)) == body


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


def current_of(options, extra=None):
    """The result the service would give back for a task created from options."""
    body = convert.options_to_request(options)
    answer = copy.deepcopy(body)
    answer.update({'TaskId': 'task-1', 'Status': 1})
    for key, value in (extra or {}).items():
        answer[key] = value
    return convert.api_to_result(answer)


@pytest.mark.parametrize('name', sorted(SEED))
def test_no_diff_against_itself(name):
    options = with_all_options(SEED[name][0])
    assert convert.diff_paths(options, current_of(options)) == []


def test_diff_reports_leaf_paths():
    options = with_all_options(SEED['kafka_to_es'][0])
    current = current_of(options)
    current['source_resource']['kafka_param']['topic'] = 'other'
    current['target_resource']['es_param']['index'] = 'other'
    assert convert.diff_paths(options, current) == ['source_resource.kafka_param.topic', 'target_resource.es_param.index']


def test_diff_ignores_unset_and_service_filled_and_secrets():
    options = with_all_options({
        'task_name': 'a',
        'target_resource': {'type': 'KAFKA', 'kafka_param': {
            'self_built': False, 'resource': 'r', 'resource_name': 'mine', 'zone_id': 1, 'topic_id': 't', 'partition_num': 9}},
        'source_resource': {'type': 'ES', 'es_param': {'resource': 'es', 'password': 'secret'}},
    })
    current = convert.api_to_result(DESCRIBE_TASK)
    current['task_name'] = 'a'
    current['source_resource'] = {'type': 'ES', 'es_param': {'resource': 'es'}}
    current['target_resource']['kafka_param']['resource'] = 'r'
    assert convert.diff_paths(options, current) == []


def test_diff_normalises_both_sides():
    options = {'source_resource': {'type': 'KAFKA', 'kafka_param': {
        'self_built': False, 'resource': 'r', 'topic': 'b, a', 'start_time': 5, 'topic_list': ['y', 'x'], 'use_table_mapping': False}}}
    current = {'source_resource': {'type': 'KAFKA', 'kafka_param': {
        'self_built': 'false', 'resource': 'r', 'topic': 'a,b', 'start_time': '5', 'topic_list': ['x', 'y'], 'use_table_mapping': None}}}
    assert convert.diff_paths(options, current) == []
    current['source_resource']['kafka_param']['topic'] = 'a,b,c'
    assert convert.diff_paths(options, current) == ['source_resource.kafka_param.topic']


def test_diff_tags_as_a_set():
    options = {'tags': [{'tag_key': 'a', 'tag_value': '1'}, {'tag_key': 'b', 'tag_value': '2'}]}
    current = {'tags': [{'tag_key': 'b', 'tag_value': '2'}, {'tag_key': 'a', 'tag_value': '1'}]}
    assert convert.diff_paths(options, current) == []
    current['tags'][0]['tag_value'] = '3'
    assert convert.diff_paths(options, current) == ['tags']
    assert convert.diff_paths({'tags': []}, {'tags': None}) == []


def test_diff_list_elements_have_indexes():
    chain = [{'analyse': {'format': 'JSON'}, 'smt': [{'key': 'k', 'operate': 'MAPPING', 'scheme_type': 'STRING'}]}]
    options = {'transforms_param': {'content': '{}', 'field_chain': chain}}
    current = {'transforms_param': {'content': '{}', 'field_chain': copy.deepcopy(chain), 'result': 'computed'}}
    assert convert.diff_paths(options, current) == []
    current['transforms_param']['field_chain'][0]['smt'][0]['key'] = 'other'
    assert convert.diff_paths(options, current) == ['transforms_param.field_chain[0].smt[0].key']
    current['transforms_param']['field_chain'].append({'analyse': {'format': 'JSON'}})
    assert convert.diff_paths(options, current) == ['transforms_param.field_chain']


def test_diff_missing_block_and_modify_fields():
    options = {'task_type': 'SINK', 'target_resource': {'type': 'ES', 'es_param': {'resource': 'es'}}, 'tasks_max': 3,
               'description': 'd', 'state': 'present', 'wait': True}
    current = convert.api_to_result({'TaskType': 'SINK', 'TargetResource': {'Type': 'ES', 'EsParam': None}, 'TaskMax': 1, 'Description': 'd'})
    assert convert.diff_paths(options, current) == ['target_resource.es_param.resource', 'tasks_max']


# ---------------------------------------------------------------------------
# masking


def test_mask_secrets():
    params = {'source_resource': {'es_param': {'password': 'hunter2', 'user_name': 'u'}, 'dts_param': {'group_password': 'p'}},
              'Password': 'x', 'tags': [{'tag_key': 'k', 'tag_value': 'v'}], 'none_password': None}
    masked = convert.mask_secrets(params)
    assert masked['source_resource']['es_param'] == {'password': convert.MASK, 'user_name': 'u'}
    assert masked['source_resource']['dts_param'] == {'group_password': convert.MASK}
    assert masked['Password'] == convert.MASK
    assert masked['tags'] == params['tags']
    assert masked['none_password'] is None
    assert params['source_resource']['es_param']['password'] == 'hunter2'
    assert not re.search('hunter2', json.dumps(masked))
