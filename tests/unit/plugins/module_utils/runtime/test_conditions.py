# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The schema rules checked before any call (module_utils/conditions.py), on the DIP task schema:
each rule has a passing and a failing case."""

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.schema import CONDITIONS, PATH_TYPES, ROOT_TYPE, TYPES
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task import schema as datahub_task_schema
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import condition_errors
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask

from ..task_samples import SEED, with_all_options


def validate_task_params(params):
    """The messages the schema's rules give about params (the DIP task's empty strings allowed)."""
    return condition_errors(datahub_task_schema, params, DatahubTask.empty_strings_allowed)


DUMMY = {'str': 'x', 'int': 1, 'bool': True, 'float': 1.0}


def dummy(member):
    if member['type'] == 'dict':
        return {}
    if member['type'] == 'list':
        return [{}] if member.get('elements') == 'dict' else ['x']
    return DUMMY[member['type']]


def place(type_name, obj):
    """Params holding obj as the first object of type_name in the tree, and the display path of obj."""
    index_free = sorted((p for p, t in PATH_TYPES.items() if t == type_name and p), key=lambda p: (p.count('.'), p))[0]
    params = {}
    node, current_type, shown = params, ROOT_TYPE, []
    parts = index_free.split('.')
    for depth, option in enumerate(parts):
        member = TYPES[current_type][option]
        last = depth == len(parts) - 1
        child = obj if last else {}
        if member['type'] == 'list':
            node[option] = [child]
            shown.append(option + '[0]')
        else:
            node[option] = child
            shown.append(option)
        node, current_type = child, member['ref']
    return params, '.'.join(shown)


def rule_id(rule):
    return '%s:%s->%s' % (rule['type'], ','.join('%s %s %s' % (c[0], c[1], c[2][0]) for c in rule['when']), ','.join(rule['require']))


@pytest.mark.parametrize('rule', CONDITIONS, ids=rule_id)
def test_rule_fails_then_passes(rule):
    obj = {}
    for option, operator, values in rule['when']:
        if operator == 'in':
            obj[option] = values[0]
    params, path = place(rule['type'], obj)
    errors = validate_task_params(params)
    assert len(errors) == len(rule['require']), errors
    for option, message in zip(rule['require'], errors):
        assert message.endswith(', so %s.%s is required' % (path, option))
        for clause_option, _operator, _values in rule['when']:
            assert '%s.%s is' % (path, clause_option) in message
    for option in rule['require']:
        obj[option] = dummy(TYPES[rule['type']][option])
    assert validate_task_params(params) == []


@pytest.mark.parametrize('rule', [r for r in CONDITIONS if any(c[1] == 'in' for c in r['when'])], ids=rule_id)
def test_rule_does_not_fire_on_other_values(rule):
    obj = {}
    for option, operator, values in rule['when']:
        if operator == 'in':
            obj[option] = False if values[0] is True else ('OTHER' if isinstance(values[0], str) else True)
    params, _path = place(rule['type'], obj)
    assert validate_task_params(params) == []


def test_message_names_both_options():
    params = with_all_options({'source_resource': {'type': 'KAFKA'}})
    assert validate_task_params(params) == ['source_resource.type is KAFKA, so source_resource.kafka_param is required']


def test_every_resource_kind_selects_its_block():
    expected = {
        'KAFKA': 'kafka_param', 'EB': 'event_bus_param', 'EB_COS': 'event_bus_param', 'MONGODB': 'mongo_db_param', 'ES': 'es_param',
        'TDW': 'tdw_param', 'DTS': 'dts_param', 'CLICKHOUSE': 'click_house_param', 'CLS': 'cls_param', 'COS': 'cos_param',
        'MYSQL': 'my_sql_param', 'TDSQL_C_MYSQL': 'my_sql_param', 'POSTGRESQL': 'postgre_sql_param',
        'TDSQL_C_POSTGRESQL': 'postgre_sql_param', 'TOPIC': 'topic_param', 'MARIADB': 'maria_db_param',
        'SQLSERVER': 'sql_server_param', 'CTSDB': 'ctsdb_param', 'SCF': 'scf_param', 'MQTT': 'mqtt_param', 'ICEBERG': 'iceberg_param',
    }
    for kind, block in expected.items():
        errors = validate_task_params({'target_resource': {'type': kind}})
        assert errors == ['target_resource.type is %s, so target_resource.%s is required' % (kind, block)]
    # kinds without a parameter block of their own
    assert validate_task_params({'source_resource': {'type': 'HTTP'}}) == []


def test_offset_timestamp_needs_start_time():
    params = {'source_resource': {'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'r', 'offset_type': 'timestamp'}}}
    assert validate_task_params(params) == [
        'source_resource.kafka_param.offset_type is timestamp, so source_resource.kafka_param.start_time is required']
    params['source_resource']['kafka_param']['start_time'] = 1635339533
    assert validate_task_params(params) == []


def test_table_mapping_needs_mappings():
    kafka = {'self_built': False, 'resource': 'r', 'use_table_mapping': True, 'table_mappings': []}
    assert validate_task_params({'target_resource': {'type': 'KAFKA', 'kafka_param': kafka}}) == [
        'target_resource.kafka_param.use_table_mapping is true, so target_resource.kafka_param.table_mappings is required']


def test_auto_create_topic_two_clauses():
    kafka = {'self_built': False, 'resource': 'r', 'use_auto_create_topic': True}
    assert validate_task_params({'target_resource': {'type': 'KAFKA', 'kafka_param': kafka}}) == [
        'target_resource.kafka_param.use_auto_create_topic is true and target_resource.kafka_param.use_table_mapping is not true, '
        'so target_resource.kafka_param.topic is required']
    kafka.update(use_table_mapping=True, table_mappings=[{'database': 'd', 'table': 't', 'topic': 'p', 'topic_id': 'i'}])
    assert validate_task_params({'target_resource': {'type': 'KAFKA', 'kafka_param': kafka}}) == []


def test_rules_apply_inside_lists_and_nested_blocks():
    params = {
        'transforms_param': {
            'content': '{}',
            'output_format': 'ROW',
            'failure_param': {'type': 'DLQ', 'dlq_type': 'TOPIC'},
            'field_chain': [
                {'analyse': {'format': 'JSON'}},
                {'analyse': {'format': 'JSON'}, 'smt': [{'key': 'k', 'operate': 'MAPPING', 'scheme_type': 'STRING',
                                                         'value_operates': [{'type': 'TRIM'}, {'type': 'SUBSTR'}]}]},
            ],
        },
    }
    assert validate_task_params(params) == [
        'transforms_param.output_format is ROW, so transforms_param.row_param is required',
        'transforms_param.field_chain[1].smt[0].value_operates[1].type is SUBSTR, so '
        'transforms_param.field_chain[1].smt[0].value_operates[1].substr is required',
        'transforms_param.failure_param.dlq_type is TOPIC, so transforms_param.failure_param.topic_param is required',
    ]


@pytest.mark.parametrize('name', sorted(SEED))
def test_seed_examples_are_valid(name):
    assert validate_task_params(with_all_options(SEED[name][0])) == []


def test_explicit_null_for_required_nested_option():
    click_house = {'cluster': None, 'database': 'd', 'table': 't', 'resource': 'r',
                   'schema': [{'column_name': 'c', 'json_key': 'c', 'type': 'String', 'allow_null': None}]}
    errors = validate_task_params({'target_resource': {'type': 'CLICKHOUSE', 'click_house_param': click_house}})
    assert errors == [
        'target_resource.click_house_param.cluster is required when target_resource.click_house_param is given',
        'target_resource.click_house_param.schema[0].allow_null is required when target_resource.click_house_param.schema[0] is given',
    ]
    click_house['cluster'] = 'c'
    click_house['schema'][0]['allow_null'] = False
    assert validate_task_params({'target_resource': {'type': 'CLICKHOUSE', 'click_house_param': click_house}}) == []
    # unset top-level options are never "required" here: state=absent needs none of them
    assert validate_task_params(with_all_options({})) == []


def test_unsigned_members_must_not_be_negative():
    cos = {'bucket_name': 'b', 'region': 'ap-guangzhou', 'aggregate_batch_size': -1, 'aggregate_interval': 0}
    assert validate_task_params({'target_resource': {'type': 'COS', 'cos_param': cos}}) == [
        'target_resource.cos_param.aggregate_batch_size must not be negative (it is -1)']
    cos['aggregate_batch_size'] = 5
    assert validate_task_params({'target_resource': {'type': 'COS', 'cos_param': cos}}) == []
    # signed members may be negative as far as this layer knows
    assert validate_task_params({'target_resource': {'type': 'SCF', 'scf_param': {'function_name': 'f', 'batch_size': -1}}}) == []


def test_required_strings_must_not_be_empty():
    # Ansible hands an explicit null given for a string option to the module as ""
    params = {'target_resource': {'type': 'ES', 'es_param': {'resource': ''}}}
    assert validate_task_params(params) == ['target_resource.es_param.resource must not be empty']
    chain = {'content': '{}', 'field_chain': [{'analyse': {'format': 'JSON'}, 'smt': [{
        'key': 'k', 'operate': 'MAPPING', 'scheme_type': 'STRING', 'value_operates': [{'type': 'REPLACE', 'replace': {'old_value': 'a', 'new_value': ''}}]}]}]}
    assert validate_task_params({'transforms_param': chain}) == []
    # optional strings may be empty
    assert validate_task_params({'target_resource': {'type': 'ES', 'es_param': {'resource': 'r', 'index': ''}}}) == []


def test_every_port_member_is_from_1_to_65535():
    """Issue 29: a port of 99999999999999999999 was accepted (and the task created)."""
    import glob
    import json
    import os
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))))
    ports = [(path, member['option']) for path in glob.glob(os.path.join(repo, 'schema', '*.json'))
             for kind in json.load(open(path))['types'].values() for member in kind['members']
             if member['type'] == 'int' and (member['option'] == 'port' or member['option'].endswith('_port'))]
    assert len(ports) >= 20
    for path, option in ports:
        member = [m for kind in json.load(open(path))['types'].values() for m in kind['members'] if m['option'] == option][0]
        assert (member.get('minimum'), member.get('maximum')) == (1, 65535), (path, option)


def test_a_port_out_of_range_is_refused_before_any_call():
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource.description import ConnectResource
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import invalid_options
    connection = dict(resource_name='c', type='ES', es_connect_param=dict(resource='es-1', port=99999999999999999999,
                                                                          user_name='u', password='p', self_built=True))
    assert 'es_connect_param.port must be from 1 to 65535, got 99999999999999999999' in invalid_options(ConnectResource, connection)
    connection['es_connect_param']['port'] = 0
    assert 'es_connect_param.port must be from 1 to 65535, got 0' in invalid_options(ConnectResource, connection)
    connection['es_connect_param']['port'] = 65535
    assert not [error for error in invalid_options(ConnectResource, connection) if 'port' in error]
    task = dict(task_name='t', task_type='SINK',
                source_resource=dict(type='KAFKA', kafka_param=dict(self_built=False, resource='ckafka-1', topic='x')),
                target_resource=dict(type='ES', es_param=dict(resource='r', index='i', port=70000)))
    assert 'target_resource.es_param.port must be from 1 to 65535, got 70000' in invalid_options(DatahubTask, task)
