# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""fleet/shape.py: result items (the engine's result shape with a position and a name), diff headers and
rendered requests (secrets masked)."""

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.entries import Entry
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.decision import Decision, CHANGE, DELETE
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.engine import Step
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import shape
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource.description import ConnectResource
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask


def test_a_result_item_and_its_diff_name_the_task():
    step = Step(dict(task_name='orders', state='present'), DatahubTask, label='config[2] (orders)', index=2, name='orders')
    step.current = {'task_id': 'task-1', 'task_name': 'orders', 'description': ''}
    step.resource_id = 'task-1'
    step.decision = Decision(CHANGE)
    step.after = {'task_id': 'task-1', 'task_name': 'orders', 'description': 'new'}
    item = shape.result_item(DatahubTask, step)
    assert item == {'index': 2, 'name': 'orders', 'task_id': 'task-1', 'action': 'updated', 'task': step.after,
                    'recreated': False, 'previous_task_id': None}
    diff = shape.diffs(DatahubTask, [step])
    assert diff[0]['before_header'] == 'task orders (task-1) (before)' and diff[0]['after']['description'] == 'new'


def test_a_pruned_resource_is_named_from_its_result():
    step = Step(dict(task_id='task-9', state='absent'), DatahubTask)
    step.current = step.after = {'task_id': 'task-9', 'task_name': 'old'}
    step.resource_id, step.decision = 'task-9', Decision(DELETE)
    item = shape.result_item(DatahubTask, step)
    assert item['index'] is None and item['name'] == 'old' and item['task'] == step.current and item['action'] == 'deleted'
    assert shape.diffs(DatahubTask, [step])[0]['after'] == {}


def test_a_rendered_request_masks_secrets():
    block = {'resource': 'es-1', 'port': 9200, 'user_name': 'u', 'password': 'hunter2', 'self_built': True}
    params = dict(resource_name='c', type='ES', es_connect_param=block)
    rendered = shape.rendered_item(ConnectResource, Entry(0, params, ConnectResource))
    assert rendered['action'] == 'CreateConnectResource'
    assert rendered['request']['EsConnectParam']['Password'] == '********' and 'hunter2' not in str(rendered)


def test_the_diff_of_a_rename_names_the_old_name_before():
    """Issue 29: the before header read `task hand-es-02 (task-1) (before)` though the name before was hand-es-01."""
    step = Step(dict(task_id='task-1', task_name='hand-es-02', state='present'), DatahubTask, index=0, name='hand-es-02')
    step.current = {'task_id': 'task-1', 'task_name': 'hand-es-01'}
    step.resource_id, step.decision = 'task-1', Decision(CHANGE)
    step.after = {'task_id': 'task-1', 'task_name': 'hand-es-02'}
    diff = shape.diffs(DatahubTask, [step])[0]
    assert diff['before_header'] == 'task hand-es-01 (task-1) (before)'
    assert diff['after_header'] == 'task hand-es-02 (task-1) (after)'
