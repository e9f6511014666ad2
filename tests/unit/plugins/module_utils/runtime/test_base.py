# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The module base: values of the wrong shape are caught before ansible-core sees them."""

import json
import subprocess
import sys

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import secret_values, shape_errors

SPEC = dict(
    name=dict(type='str'),
    resource=dict(type='dict', options=dict(
        type=dict(type='str'),
        es_param=dict(type='dict', options=dict(password=dict(type='str', no_log=True), port=dict(type='int'))),
    )),
    tags=dict(type='list', elements='dict', options=dict(tag_key=dict(type='str'))),
    secret_key=dict(type='str', no_log=True),
)


def test_scalars_where_dicts_belong():
    assert shape_errors(SPEC, {'resource': 42}) == ['resource must be a dictionary, got int']
    assert shape_errors(SPEC, {'resource': {'es_param': [1]}}) == ['resource.es_param must be a dictionary, got list']
    assert shape_errors(SPEC, {'tags': [{'tag_key': 'a'}, 3]}) == ['tags[1] must be a dictionary, got int']
    assert shape_errors(SPEC, {'tags': 7}) == ['tags must be a list of dictionaries, got int']


def test_good_shapes_and_strings_are_left_to_ansible():
    assert shape_errors(SPEC, {'resource': {'type': 'ES', 'es_param': {'port': 'x'}}, 'tags': [{'tag_key': 1}], 'name': 5}) == []
    assert shape_errors(SPEC, {'resource': 'type=ES'}) == []
    assert shape_errors(SPEC, {'resource': None, 'tags': None}) == []


def test_secret_values_found_at_depth():
    params = {'secret_key': 'k1', 'resource': {'es_param': {'password': 'p1'}}, 'tags': [{'tag_key': 'visible'}]}
    assert secret_values(SPEC, params) == {'k1', 'p1'}


def test_module_fails_cleanly_without_leaking(tmp_path):
    args = {'ANSIBLE_MODULE_ARGS': {
        'task_name': 'x', 'task_type': 'SINK', 'source_resource': 42, 'secret_id': 'AKIDx', 'secret_key': 'TOP-SECRET-KEY-1',
        'region': 'ap-guangzhou', 'endpoint': 'http://127.0.0.1:9',
        'target_resource': {'type': 'ES', 'es_param': {'resource': 'es-1', 'password': 'TOP-SECRET-PASSWORD-2'}}}}
    path = tmp_path / 'args.json'
    path.write_text(json.dumps(args))
    run = subprocess.run([sys.executable, '-m', 'ansible_collections.tencentcloud.ckafka.plugins.modules.datahub_task', str(path)],
                         capture_output=True, text=True, check=False)
    result = json.loads(run.stdout)
    assert result['failed'] is True
    assert 'source_resource must be a dictionary' in result['msg']
    assert 'Traceback' not in run.stdout + run.stderr
    assert 'TOP-SECRET' not in run.stdout + run.stderr
