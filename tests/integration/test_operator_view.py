# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What an operator sees (issue 24, point 3) through real ansible-playbook runs: a replacement previewed in
check mode, a few lines printed. What a delete deleted and an own state declared for a task that does not
exist (points 8 and 9) run in process: tests/unit/plugins/modules/test_operator_view_runs.py."""

import pytest

from conftest import failed, ok
from test_datahub_task import TASK_ID, create_by_id, task_declarer, task_vars


@pytest.fixture
def declare(emulator):
    return task_declarer(emulator)


def immutable_changes():
    variables = task_vars(task_id=TASK_ID)
    variables['target_resource']['es_param'].update(index='index-v2', drop_invalid_message=False)
    return variables


# ---------------------------------------------------------------------------
# 24.3: a replacement previewed in check mode


def test_check_mode_previews_a_replacement_path_by_path(declare, emulator):
    create_by_id(declare)
    run = declare(immutable_changes(), check=True, diff=True)
    result = failed(run)
    assert run.writes == []
    message = result['msg']
    assert message.startswith('task %s differs in 2 option paths that cannot be changed in place:\n' % TASK_ID), message
    assert '\n  target_resource.es_param.drop_invalid_message (now true, wanted false)\n' in message
    assert '\n  target_resource.es_param.index (now "index", wanted "index-v2")\n' in message
    assert 'recreate: true' in message and len(message.splitlines()) == 4
    # a few lines, not the task: the failure printed names no block the paths do not
    assert result['task'] is None and 'ckafka-7kd5rzza' not in run.output, run.output
    assert result['diff'] == {
        'before': {'target_resource.es_param.drop_invalid_message': True, 'target_resource.es_param.index': 'index'},
        'after': {'target_resource.es_param.drop_invalid_message': False, 'target_resource.es_param.index': 'index-v2'}}
    # what recreate: true then does is what the diff said
    replaced = ok(declare(dict(immutable_changes(), recreate=True), check=True, diff=True))
    after = replaced['diff']['after']['target_resource']['es_param']
    assert (after['index'], after['drop_invalid_message']) == ('index-v2', False)
