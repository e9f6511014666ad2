# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""fleet/safety.py: the one-line summary and the deletion bound (issue 29); the module runs are in
tests/unit/plugins/modules/test_fleet_safety.py."""

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import safety
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.decision import DELETE, Decision
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.engine import Step
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask


def test_summary_in_check_mode_and_after():
    actions = ['created'] * 3 + ['updated'] + ['deleted'] * 5 + ['unchanged'] * 191
    assert safety.summary(actions, True) == '3 to create, 1 to update, 5 to delete, 191 unchanged (check mode: nothing was written)'
    assert safety.summary(actions, False) == '3 created, 1 updated, 5 deleted, 191 unchanged'
    assert safety.summary([], False) == 'nothing to do'


def steps(pruned, named=0):
    made = []
    for number in range(pruned):
        step = Step({'task_id': 'task-%d' % number, 'state': 'absent'}, DatahubTask)
        step.current = {'task_id': 'task-%d' % number, 'task_name': 'old-%02d' % number}
        step.resource_id, step.decision = 'task-%d' % number, Decision(DELETE)
        made.append(step)
    for number in range(named):
        step = Step(dict(task_name='named-%d' % number, state='absent'), DatahubTask, index=number)
        step.decision = Decision(DELETE)
        made.append(step)
    return made


def refusal(plan, limit=None):
    return safety.deletion_refusal(plan, limit, DatahubTask, lambda step: 'task %s' % step.resource_id,
                                   lambda step: step.action == 'deleted')


def test_ten_pruned_pass_without_max_deletions_eleven_do_not():
    assert refusal(steps(10, named=30)) is None
    message = refusal(steps(11))
    assert message.startswith('the plan deletes 11 tasks that no entry names, more than 10'), message
    assert 'task task-0, task task-1, task task-10, task task-2, task task-3 and 6 more' in message
    assert 'max_deletions: 11' in message


def test_max_deletions_counts_every_deletion():
    assert refusal(steps(11), limit=11) is None
    assert 'the plan deletes 12 tasks, more than max_deletions (11)' in refusal(steps(11, named=1), limit=11)
