# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Where options differ from a result (module_utils/comparison.py), on the DIP task."""

import copy

import pytest

from ..task_samples import DESCRIBE_TASK, SEED, convert, with_all_options


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
