# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Answers to the one result shape (module_utils/results.py), on the DIP task."""

import json

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.schema import OPTION_NAME_TREE

from ..task_samples import DESCRIBE_TASK, SEED, TASK_LIST_ITEM, convert, restrict, tccli_answer, tccli_examples


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
    # a list the answer (a list item) leaves out is not guessed: lookup.find describes the task for it
    assert result['tags'] is None and result['connections'] is None
    assert result['schema_id'] is None
    assert set(convert.TASK_RESULT_KEYS) <= set(result)


def test_result_keys_are_stable():
    assert sorted(convert.api_to_result({})) == sorted(convert.TASK_RESULT_KEYS)
    assert sorted(convert.api_to_result({'TaskId': 't', 'Status': 6})) == sorted(convert.TASK_RESULT_KEYS)
    assert convert.api_to_result({'Status': 6})['status_name'] == 'paused'
    assert convert.api_to_result({'Status': -1})['status_name'] == 'create_failed'


@pytest.mark.parametrize('answer', [DESCRIBE_TASK, TASK_LIST_ITEM], ids=['describe', 'list_item'])
def test_round_trip(answer):
    result = convert.api_to_result(answer)
    assert convert.options_to_request(result) == as_results_show(restrict(answer, OPTION_NAME_TREE))


def as_results_show(body):
    """body as a result reads back: a top-level "" is null (issue 16: one shape)."""
    return dict((key, value) for key, value in body.items() if value != '')


def test_unset_scalars_are_null_and_lists_are_lists():
    result = convert.api_to_result({'SchemaId': '', 'Connections': None, 'Tags': None, 'Description': ''})
    assert result['schema_id'] is None and result['description'] is None
    assert result['connections'] == [] and result['tags'] == []
    # what the answer does not carry is not guessed
    assert result['step_list'] is None and result['task_progress'] is None


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
