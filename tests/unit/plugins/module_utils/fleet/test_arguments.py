# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""fleet/arguments.py: each entry checked on its own, errors labelled by position and name."""

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.arguments import entry_argument_errors
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.entries import config_spec, entry_label, name_of
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask

SPEC = config_spec(DatahubTask, with_status=True)


def test_good_entries_give_no_error():
    assert entry_argument_errors(SPEC, [dict(task_name='a'), dict(task_id='task-1', status='paused')], DatahubTask) == []


def test_each_bad_entry_is_named():
    errors = entry_argument_errors(SPEC, [dict(task_name='a'), dict(task_name='b', tasks_max='x'), 'text',
                                          dict(task_id='task-9', nope=1), dict(task_name='c', status='sleeping')], DatahubTask)
    labels = [label for label, dummy in errors]
    assert labels == ['config[1] (b)', 'config[2]', 'config[3] (task-9)', 'config[4] (c)']
    assert 'tasks_max' in errors[0][1] and errors[1][1] == 'must be a dictionary, got str'
    assert errors[2][1].startswith('unsupported option nope') and 'status' in errors[3][1]


def test_a_config_that_is_no_list_is_left_to_ansible():
    assert entry_argument_errors(SPEC, 'text', DatahubTask) == []
    assert entry_label(0, name_of(DatahubTask, {'task_name': 5})) == 'config[0]'
