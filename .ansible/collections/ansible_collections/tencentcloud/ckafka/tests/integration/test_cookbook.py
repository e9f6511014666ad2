# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Every cookbook playbook (docs/cookbook/*.yml) against the emulator: it creates its task, a rerun
changes nothing, and task_state=absent removes it."""

import glob
import os

import pytest
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COOKBOOK = os.path.join(ROOT, 'docs', 'cookbook')
PLAYBOOKS = sorted(glob.glob(os.path.join(COOKBOOK, '*.yml')))
# Secrets the playbooks read from variables (Ansible Vault in real use).
SECRETS = dict(es_password='es-Secret-123', clickhouse_password='ch-Secret-123', mongodb_password='mongo-Secret-123')
# Families the cookbook promises (docs/cookbook/README.md): source and target types of the tasks.
FAMILIES = {
    ('KAFKA', 'ES'), ('TOPIC', 'ES'), ('KAFKA', 'COS'), ('KAFKA', 'CLS'), ('KAFKA', 'CLICKHOUSE'),
    ('MYSQL', 'KAFKA'), ('POSTGRESQL', 'TOPIC'), ('MONGODB', 'KAFKA'),
}
CREATING_ACTIONS = ('CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask',
                    'RestartDatahubTask')


def _changed(run):
    return [status for status in run.statuses() if status == 'changed']


def _writes(emulator):
    return [call for call in emulator.calls() if call.get('action') in CREATING_ACTIONS]


def test_the_cookbook_has_a_playbook_per_family():
    assert len(PLAYBOOKS) >= 9, PLAYBOOKS
    with open(os.path.join(COOKBOOK, 'README.md'), encoding='utf-8') as handle:
        readme = handle.read()
    for path in PLAYBOOKS:
        assert os.path.basename(path) in readme, '%s is not described in docs/cookbook/README.md' % os.path.basename(path)


@pytest.mark.parametrize('path', PLAYBOOKS, ids=[os.path.basename(p)[:-4] for p in PLAYBOOKS])
def test_cookbook_playbook_is_idempotent_and_removable(playbook, emulator, path):
    checked = playbook(path, extra_vars=SECRETS, check=True, diff=True)
    assert checked.rc == 0, checked
    assert len(_changed(checked)) == 1, checked
    assert emulator.tasks() == [], 'check mode created a task'

    first = playbook(path, extra_vars=SECRETS)
    assert first.rc == 0, first
    assert len(_changed(first)) == 1, first
    tasks = emulator.tasks()
    assert len(tasks) == 1, tasks
    assert tasks[0]['Status'] == 1, tasks[0]

    writes_before = len(_writes(emulator))
    second = playbook(path, extra_vars=SECRETS)
    assert second.rc == 0, second
    assert _changed(second) == [], second
    assert len(_writes(emulator)) == writes_before, 'the rerun wrote: %s' % _writes(emulator)[writes_before:]
    assert [t['TaskId'] for t in emulator.tasks()] == [tasks[0]['TaskId']]

    removed = playbook(path, extra_vars=dict(SECRETS, task_state='absent'))
    assert removed.rc == 0, removed
    assert len(_changed(removed)) == 1, removed
    assert emulator.tasks() == []

    again = playbook(path, extra_vars=dict(SECRETS, task_state='absent'))
    assert again.rc == 0, again
    assert _changed(again) == [], again


def _task_args(path):
    with open(path, encoding='utf-8') as handle:
        plays = yaml.safe_load(handle)
    return [task['tencentcloud.ckafka.datahub_task'] for play in plays for task in play.get('tasks', [])
            if 'tencentcloud.ckafka.datahub_task' in task]


def test_cookbook_covers_every_family():
    seen = set()
    chain = simple = False
    for path in PLAYBOOKS:
        for args in _task_args(path):
            assert args.get('state') == '{{ task_state }}', '%s: state must come from task_state' % path
            seen.add((args['source_resource']['type'], args['target_resource']['type']))
            chain = chain or bool(args.get('transforms_param'))
            simple = simple or bool(args.get('transform_param'))
    missing = FAMILIES - seen
    assert not missing, 'families without a cookbook playbook: %s' % sorted(missing)
    assert chain and simple, 'the cookbook needs a transforms_param and a transform_param example'
