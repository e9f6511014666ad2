# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The argument path (runtime/arguments.py): values of the wrong shape are caught before ansible-core
sees them, a null means "not set" at every depth (issue 24), and AnsibleModule is built once, with the
whole spec, validating it once."""

import json
import subprocess
import sys

import contextlib
import io

import pytest

from ansible.module_utils import basic
from ansible.module_utils.common import arg_spec
from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.arguments import (
    build_module, missing_secrets, secret_values, shape_errors, without_nulls)

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


def test_a_secret_inside_a_block_of_the_wrong_shape_is_still_found():
    """The failure for a list where a dict belongs must still mask what the list holds."""
    params = {'resource': [{'es_param': {'password': 'p2'}}], 'tags': {'tag_key': 'x'}}
    assert secret_values(SPEC, params) == {'p2'}
    assert shape_errors(SPEC, params)[:2] == ['resource must be a dictionary, got list', 'tags must be a list of dictionaries, got dict']


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


def test_nulls_given_to_options_are_left_out_at_every_depth():
    params = {'name': None, 'resource': {'type': None, 'es_param': {'password': None, 'port': 1}},
              'tags': [None, {'tag_key': None}], 'secret_key': 'k'}
    assert without_nulls(SPEC, params) == {'resource': {'es_param': {'port': 1}}, 'tags': [{}], 'secret_key': 'k'}


def test_a_key_no_option_knows_stays_even_when_null():
    """so that Ansible still names a misspelt option as unsupported"""
    assert without_nulls(SPEC, {'nmae': None, 'resource': {'es_parm': None}}) == {'nmae': None, 'resource': {'es_parm': None}}


def test_required_secrets_left_out_of_a_given_block():
    spec = dict(block=dict(type='dict', options=dict(password=dict(type='str', no_log=True, required=True),
                                                     port=dict(type='int'))),
                items=dict(type='list', elements='dict', options=dict(token=dict(type='str', no_log=True, required=True))))
    assert missing_secrets(spec, {'block': {'port': 1}, 'items': [{'token': 't'}, {}]}) == ['block.password', 'items[1].token']
    assert missing_secrets(spec, {}) == []


def run_module(tmp_path, name, module_args):
    args = dict(secret_id='AKIDx', secret_key='TOP-SECRET-KEY-1', region='ap-guangzhou', endpoint='http://127.0.0.1:9')
    args.update(module_args)
    path = tmp_path / 'args.json'
    path.write_text(json.dumps({'ANSIBLE_MODULE_ARGS': args}))
    run = subprocess.run([sys.executable, '-m', 'ansible_collections.tencentcloud.ckafka.plugins.modules.' + name, str(path)],
                         capture_output=True, text=True, check=False)
    assert 'Traceback' not in run.stdout + run.stderr and 'TOP-SECRET' not in run.stdout + run.stderr
    return json.loads(run.stdout)


def test_a_nested_null_where_an_option_has_choices_passes_validation(tmp_path):
    """The endpoint refuses connections: the run gets past validation, to the first call."""
    result = run_module(tmp_path, 'datahub_task', {
        'task_id': 'task-abcd1234', 'state': None, 'description': None, 'max_retries': 0,
        'source_resource': {'type': 'KAFKA', 'kafka_param': {'resource': 'ckafka-1', 'self_built': False,
                                                             'compression_type': None, 'offset_type': None}},
        'target_resource': {'type': 'ES', 'es_param': {'resource': 'es-1', 'password': 'TOP-SECRET-PASSWORD-2'},
                            'cos_param': None}})
    assert result['failed'] and result['error_code'].startswith('Client'), result
    assert result['invocation']['module_args']['state'] == 'present'


def test_a_required_password_left_out_says_the_service_never_returns_it(tmp_path):
    result = run_module(tmp_path, 'connect_resource', {
        'resource_id': 'resource-abcd1234', 'resource_name': 'es', 'type': 'ES',
        'es_connect_param': {'resource': 'es-1', 'port': 9200, 'user_name': 'elastic', 'self_built': False,
                             'password': None}})
    assert result['failed'] and result['msg'] == (
        'missing required arguments: password found in es_connect_param. es_connect_param.password: the service never '
        'returns a password, so a result read with an info module does not carry it; add it to what you declare (from '
        'Ansible Vault, for example)')


def test_ansible_module_is_built_once_with_the_whole_spec_and_validates_once():
    block_options = dict(kind=dict(type='str', choices=['A'], required=True), secret=dict(type='str', no_log=True))
    spec = dict(state=dict(type='str', choices=['present'], default='present'),
                block=dict(type='dict', required=True, options=block_options))
    built, validated = [], []
    original_init, original_validate = basic.AnsibleModule.__init__, arg_spec.ModuleArgumentSpecValidator.validate

    def init(self, *args, **kwargs):
        built.append(kwargs['argument_spec'])
        original_init(self, *args, **kwargs)

    def validate(self, parameters):
        validated.append(parameters)
        return original_validate(self, parameters)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(basic.AnsibleModule, '__init__', init)
        patch.setattr(arg_spec.ModuleArgumentSpecValidator, 'validate', validate)
        with patch_module_args(dict(state=None, block=dict(kind='A', secret=None))):
            module = build_module(spec)
    assert built == [spec] and len(validated) == 1
    # a null means not set: the default of state, no secret
    assert module.params['state'] == 'present' and module.params['block'] == dict(kind='A', secret=None)
    assert spec['block']['options']['kind']['choices'] == ['A']  # the spec itself is left as it is


def test_a_null_where_an_option_has_choices_is_not_set_and_a_wrong_value_is_refused():
    spec = dict(block=dict(type='dict', options=dict(kind=dict(type='str', choices=['A']))))
    with patch_module_args(dict(block=dict(kind=None))):
        assert build_module(spec).params['block'] == dict(kind=None)
    stdout = io.StringIO()
    with patch_module_args(dict(block=dict(kind='B'))), contextlib.redirect_stdout(stdout), pytest.raises(SystemExit):
        build_module(spec)
    assert 'value of kind must be one of: A, got: B found in block' in json.loads(stdout.getvalue())['msg']


def test_a_misspelt_nested_option_is_named_even_when_null(tmp_path):
    """AnsibleModule's own message (it names the module under ansible-playbook)"""
    result = run_module(tmp_path, 'datahub_task', {
        'task_id': 'task-abcd1234', 'source_resource': {'type': 'KAFKA', 'kafka_parm': None}})
    assert result['failed'] and result['msg'].startswith('Unsupported parameters for ('), result['msg']
    assert ' module: source_resource.kafka_parm. Supported parameters include: ' in result['msg']
