# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Options to API names and back (module_utils/runtime/naming.py), on the DIP task schema."""

import pytest
from hypothesis import assume, given, settings, HealthCheck
from hypothesis import strategies as st

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.schema import API_NAME_TREE, OPTION_NAME_TREE, PARAMETER_SPEC

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task import schema
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import condition_errors

from ..task_samples import SEED, as_results_show, convert, tccli_examples, tccli_request, with_all_options


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
    # results show what is set (issue 24): a block of another kind than its object's is left out, and
    # the validation refuses one before any call, so the round trip holds for what validates
    assume(not any('does not belong' in error for error in condition_errors(schema, params, variants=DatahubTask.variants)))
    assert convert.options_to_request(result) == as_results_show(without_secrets(body))


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
