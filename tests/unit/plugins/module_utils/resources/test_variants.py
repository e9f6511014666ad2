# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The kind of a DatahubResource (its type) and its parameter block, checked before any call; the
refused client-chosen id of a create (safe_writes)."""

import json
import os
import re

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task import schema as datahub_task_schema
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import (
    condition_errors, invalid_options, variant_blocks)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import RESOURCE_TYPES, DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import Variant
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.safe_writes import refuses_id

from ..task_samples import tccli_examples, tccli_request

KAFKA = {'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-1', 'topic': 't'}}
ES = {'type': 'ES', 'es_param': {'resource': 'es-1', 'index': 'i'}}


def task(**changes):
    params = dict(task_name='t', task_type='SINK', source_resource=dict(KAFKA), target_resource=dict(ES))
    params.update(changes)
    return params


def documented_types():
    try:
        import tccli
    except ImportError:
        pytest.skip('tccli is not installed')
    path = os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'api.json')
    with open(path, encoding='utf-8') as handle:
        members = json.load(handle)['objects']['DatahubResource']['members']
    document = [member for member in members if member['name'] == 'Type'][0]['document']
    return re.findall(r'<br>([A-Z_]+)', document)


def test_every_documented_type_is_known():
    documented = documented_types()
    assert len(documented) > 20
    # "EB_" of the documentation stands for the EB_* family, which is listed
    assert set(documented) - set(RESOURCE_TYPES) == {'EB_'}


def test_the_types_of_the_api_examples_are_known():
    kinds = set()
    for example in tccli_examples('CreateDatahubTask'):
        request = tccli_request(example)
        kinds.update(request[side]['Type'] for side in ('SourceResource', 'TargetResource') if side in request)
    assert 'EB' in kinds or not kinds
    assert kinds <= set(RESOURCE_TYPES)


def test_every_block_of_a_type_rule_belongs_to_known_types():
    blocks = variant_blocks(datahub_task_schema, 'DatahubResource', 'type')
    assert blocks['kafka_param'] == {'KAFKA'}
    assert blocks['event_bus_param'] == {'EB', 'EB_ES', 'EB_COS', 'EB_CLS'}
    assert set().union(*blocks.values()) <= set(RESOURCE_TYPES)


@pytest.mark.parametrize('kind, upper', [('es', 'ES'), ('Kafka', 'KAFKA'), ('eb_cos', 'EB_COS'), (' es ', 'ES')])
def test_the_upper_case_spelling_is_suggested(kind, upper):
    errors = invalid_options(DatahubTask, task(target_resource=dict(ES, type=kind)))
    assert len(errors) == 1, errors
    assert errors[0].startswith("target_resource.type %r is not a type the API documents (did you mean %s?" % (kind, upper))


def test_an_unknown_type_lists_the_types_and_skips_the_rules_that_depend_on_it():
    errors = invalid_options(DatahubTask, task(source_resource={'type': 'NOPE'}))
    assert errors == ["source_resource.type 'NOPE' is not a type the API documents; the types are " + ', '.join(RESOURCE_TYPES)]


@pytest.mark.parametrize('kind', RESOURCE_TYPES)
def test_every_known_type_passes_the_type_check(kind):
    errors = condition_errors(datahub_task_schema, {'target_resource': {'type': kind}}, (), DatahubTask.variants)
    assert not any('is not a type' in error for error in errors), errors


def test_a_block_of_another_type_is_refused():
    target = dict(ES, kafka_param=KAFKA['kafka_param'], mongo_db_param={'resource': 'm'})
    assert invalid_options(DatahubTask, task(target_resource=target)) == [
        'target_resource.kafka_param does not belong to target_resource.type ES (it is the block of type KAFKA); leave it out',
        'target_resource.mongo_db_param does not belong to target_resource.type ES (it is the block of type MONGODB); leave it out',
    ]


def test_a_block_shared_by_types_names_them_all():
    target = {'type': 'MYSQL', 'my_sql_param': {'database': 'd', 'table': 't', 'resource': 'r'},
              'postgre_sql_param': {'database': 'd', 'table': 't', 'resource': 'r', 'plugin_name': 'p'}}
    errors = invalid_options(DatahubTask, task(task_type='SOURCE', source_resource=target, target_resource={'type': 'TOPIC', 'topic_param': {'resource': 'x'}}))
    assert errors == ['source_resource.postgre_sql_param does not belong to source_resource.type MYSQL '
                      '(it is the block of types POSTGRESQL, TDSQL_C_POSTGRESQL); leave it out'], errors


def test_a_null_block_is_not_set():
    assert invalid_options(DatahubTask, task(target_resource=dict(ES, kafka_param=None))) == []


def test_without_values_only_the_blocks_are_checked():
    """A member with choices in the argument spec (connect_resource's type): Ansible checks the value."""
    class Schema:
        CONDITIONS = ({'type': 'Root', 'when': (('kind', 'in', ('A',)),), 'require': ('a_param',)},)
        TYPES = {'Root': {'kind': {'type': 'str'}, 'a_param': {'type': 'dict', 'ref': 'AParam'}}}
        PATH_TYPES = {'': 'Root'}
    variants = {'Root': Variant('kind')}
    assert condition_errors(Schema, {'kind': 'B', 'a_param': {'x': 1}}, (), variants) == [
        'a_param does not belong to kind B (it is the block of type A); leave it out']
    assert condition_errors(Schema, {'kind': 'whatever'}, (), variants) == []


def test_connection_blocks_belong_to_their_types():
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource.description import (  # pylint: disable=import-outside-toplevel
        BLOCK_OF_TYPE, ConnectResource)
    block = {'resource': 'r', 'port': 1, 'user_name': 'u', 'password': 'p', 'self_built': True}
    for kind, own in BLOCK_OF_TYPE.items():
        params = {'resource_name': 'c', 'type': kind, own: dict(block)}
        assert not any('does not belong' in error for error in invalid_options(ConnectResource, params)), kind
    errors = invalid_options(ConnectResource, {'resource_name': 'c', 'type': 'ES', 'es_connect_param': dict(block),
                                               'kafka_connect_param': {'resource': 'ckafka-1'}})
    assert errors == ['kafka_connect_param does not belong to type ES (it is the block of type KAFKA); leave it out']


@pytest.mark.parametrize('code, message, refused', [
    ('InvalidParameterValue', 'TaskId is not accepted: the service chooses task ids', True),
    ('InvalidParameter', 'unknown parameter TaskId', True),
    ('UnknownParameter', 'The parameter `TaskId` is not recognized', True),
    ('InvalidParameterValue.RepetitionValue', 'TaskId task-1 exists', False),
    ('InvalidParameterValue', 'TaskName is too long', False),
])
def test_a_refused_task_id_is_recognised(code, message, refused):
    assert refuses_id(CkafkaError(code, message), 'TaskId') is refused


def test_an_unknown_outcome_is_no_refusal():
    assert refuses_id(CkafkaError('ClientNetworkError', 'TaskId? connection reset'), 'TaskId') is False
