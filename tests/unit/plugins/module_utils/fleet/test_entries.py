# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""fleet/entries.py: the entry spec is the singular module's, secrets are not required by it but by a create."""

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.entries import (
    Entry, check_entries, config_spec, create_problems, entry_errors, singular_spec)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.arguments import missing_secrets
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource.description import ConnectResource
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask

ES_BLOCK = {'resource': 'es-1', 'port': 9200, 'user_name': 'elastic', 'self_built': False, 'service_vip': '10.0.0.1',
            'uniq_vpc_id': 'vpc-1'}


def test_the_task_entry_takes_the_singular_options_and_status_but_no_run_option():
    spec = config_spec(DatahubTask, with_status=True)
    assert {'task_id', 'task_name', 'source_resource', 'tasks_max', 'recreate', 'status'} <= set(spec)
    assert not {'state', 'wait', 'wait_timeout', 'secret_key', 'region'} & set(spec)
    assert spec['status']['choices'] == ['running', 'paused']


def test_secrets_are_not_required_in_an_entry_but_a_create_needs_them():
    spec = config_spec(ConnectResource)
    # the description's module_options, as the connect_resource module takes them
    assert spec['update_password'] == dict(type='str', default='on_create', choices=['on_create', 'always'], no_log=False)
    assert spec['resource_id'] == dict(type='str')
    assert spec['es_connect_param']['options']['password'].get('required') is None
    assert spec['es_connect_param']['options']['port']['required'] is True
    spec = singular_spec(ConnectResource)
    assert spec['es_connect_param']['options']['password']['required'] is True
    # as Ansible hands it over: a suboption left out is None
    params = dict(resource_name='c', type='ES', es_connect_param=dict(ES_BLOCK, password=None))
    assert missing_secrets(spec, params) == ['es_connect_param.password']
    entry = Entry(0, params, ConnectResource)
    assert entry_errors(entry, ConnectResource) == []
    assert create_problems(entry, ConnectResource) == [
        'es_connect_param.password is required to create the connection (the service never returns it, so only a create needs it)']
    params['es_connect_param']['password'] = 'pw'
    assert missing_secrets(spec, params) == [] and create_problems(Entry(0, params, ConnectResource), ConnectResource) == []


def test_an_entry_is_named_by_position_and_name_and_keyed_by_its_identity():
    entry = Entry(3, dict(task_name='orders', task_type='SINK', status='paused'), DatahubTask)
    assert entry.label == 'config[3] (orders)' and entry.state == 'paused' and not entry.by_id
    assert entry.identities(DatahubTask) == [('name', 'orders', ('task_type', 'SINK'))]
    by_id = Entry(0, dict(task_id='task-1', task_name='orders'), DatahubTask)
    assert by_id.identities(DatahubTask) == [('id', 'task-1'), ('name', 'orders')] and by_id.state == 'present'


def test_two_entries_of_one_name_are_refused_even_with_different_ids():
    """issue 29.3: names are how every later run finds a resource"""
    entries = [Entry(0, dict(task_id='task-1', task_name='orders'), DatahubTask),
               Entry(1, dict(task_id='task-2', task_name='orders'), DatahubTask),
               Entry(2, dict(task_id='task-1', task_name='other'), DatahubTask),
               Entry(3, dict(task_name='fine'), DatahubTask)]
    assert check_entries(entries, DatahubTask) == [
        ('config[1] (orders)', 'has the task_name of config[0] (orders): names are unique within a run'),
        ('config[2] (other)', 'declares the same task as config[0] (orders)')]


def test_an_entry_without_identity_is_refused():
    assert entry_errors(Entry(0, dict(task_type='SINK'), DatahubTask), DatahubTask) == ['one of task_id, task_name is required']
