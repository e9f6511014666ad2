# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Every cookbook playbook (docs/cookbook/*.yml) against the emulator.

For each playbook, in order: a check-mode run with --diff reports one change and creates nothing;
the real run creates exactly one task, which runs; the rerun reports no change and sends no write;
task_state=absent removes the task; a second removal changes nothing. No run prints a secret.

The playbooks use distinct task names, so they run side by side against one emulator (each
ansible-playbook start costs seconds); the outcomes are then checked one test per playbook.
"""

import concurrent.futures
import glob
import os

import pytest
import yaml

from conftest import run_playbook

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COOKBOOK = os.path.join(ROOT, 'docs', 'cookbook')
# Connection playbooks (*connection*.yml) have their own story: test_connect_resource_cookbook.py.
PLAYBOOKS = sorted(p for p in glob.glob(os.path.join(COOKBOOK, '*.yml')) if 'connection' not in os.path.basename(p))
MODULE = 'tencentcloud.ckafka.datahub_task'
# Secrets the playbooks read from variables (Ansible Vault in real use).
SECRETS = dict(es_password='es-Secret-4711', clickhouse_password='ch-Secret-4711', mongodb_password='mongo-Secret-4711')
# Source and target families the cookbook promises (docs/cookbook/README.md).
FAMILIES = {
    ('KAFKA', 'ES'), ('TOPIC', 'ES'), ('KAFKA', 'COS'), ('KAFKA', 'CLS'), ('KAFKA', 'CLICKHOUSE'),
    ('MYSQL', 'KAFKA'), ('POSTGRESQL', 'TOPIC'), ('MONGODB', 'KAFKA'),
}
WRITES = ('CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask', 'RestartDatahubTask')


def _name(path):
    return os.path.basename(path)[:-len('.yml')]


def _task_args(path):
    with open(path, encoding='utf-8') as handle:
        plays = yaml.safe_load(handle)
    return [task[MODULE] for play in plays for task in play.get('tasks', []) if MODULE in task]


def _changed(run):
    # Only the task counts: a pipeline playbook also declares the DIP topic around it.
    return len([record for record in run.records if record['status'] == 'changed' and record['action'] == MODULE])


def _tasks_named(emulator, name):
    return [task for task in emulator.tasks() if task.get('TaskName') == name]


def _writes_of(emulator, task_name, task_id):
    return [call for call in emulator.calls() if call.get('action') in WRITES
            and ((call.get('params') or {}).get('TaskName') == task_name or (call.get('params') or {}).get('TaskId') == task_id)]


def _story(emulator, path):
    """Run the five steps of one playbook; returns a list of (step, PlaybookRun, facts)."""
    task_name = _task_args(path)[0]['task_name']
    steps = []

    def step(label, **options):
        run = run_playbook(emulator, path, extra_vars=dict(SECRETS, **options.pop('extra_vars', {})), **options)
        steps.append((label, run, dict(tasks=_tasks_named(emulator, task_name))))
        return run

    step('check', check=True, diff=True)
    step('create')
    created = steps[-1][2]['tasks']
    task_id = created[0]['TaskId'] if len(created) == 1 else None
    writes = len(_writes_of(emulator, task_name, task_id))
    step('rerun', diff=True)
    steps[-1][2]['new_writes'] = _writes_of(emulator, task_name, task_id)[writes:]
    steps[-1][2]['task_id'] = task_id
    step('remove', extra_vars=dict(task_state='absent'))
    step('remove again', extra_vars=dict(task_state='absent'))
    return steps


@pytest.fixture(scope='module')
def stories(emulator_server):
    emulator_server.reset()
    with concurrent.futures.ThreadPoolExecutor(max_workers=min(len(PLAYBOOKS), 2 * (os.cpu_count() or 2))) as pool:
        futures = dict((path, pool.submit(_story, emulator_server, path)) for path in PLAYBOOKS)
    return dict((path, future.result()) for path, future in futures.items())


def test_the_cookbook_has_a_playbook_per_family():
    with open(os.path.join(COOKBOOK, 'README.md'), encoding='utf-8') as handle:
        readme = handle.read()
    seen = set()
    chain = simple = False
    for path in PLAYBOOKS:
        assert os.path.basename(path) in readme, '%s is not described in docs/cookbook/README.md' % os.path.basename(path)
        tasks = _task_args(path)
        assert len(tasks) == 1, '%s: one datahub_task per cookbook playbook' % path
        args = tasks[0]
        assert args.get('state') == '{{ task_state }}', '%s: state comes from the task_state variable' % path
        assert 'task_id' not in args, '%s: cookbook tasks are identified by their name' % path
        seen.add((args['source_resource']['type'], args['target_resource']['type']))
        chain = chain or bool(args.get('transforms_param'))
        simple = simple or bool(args.get('transform_param'))
    missing = FAMILIES - seen
    assert not missing, 'families without a cookbook playbook: %s' % sorted(missing)
    assert chain and simple, 'the cookbook needs a transforms_param and a transform_param example'


@pytest.mark.parametrize('path', PLAYBOOKS, ids=[_name(p) for p in PLAYBOOKS])
def test_cookbook_playbook(stories, path):
    steps = dict((label, (run, facts)) for label, run, facts in stories[path])
    for label, outcome in steps.items():
        run = outcome[0]
        assert run.rc == 0, '%s: %r' % (label, run)
        for secret in SECRETS.values():
            assert secret not in run.output, '%s printed a secret' % label

    run, facts = steps['check']
    assert _changed(run) == 1, run
    assert facts['tasks'] == [], 'check mode created a task'

    run, facts = steps['create']
    assert _changed(run) == 1, run
    assert len(facts['tasks']) == 1, facts['tasks']
    assert facts['tasks'][0]['Status'] == 1, facts['tasks'][0]

    run, facts = steps['rerun']
    assert _changed(run) == 0, run
    assert facts['new_writes'] == [], 'the rerun wrote: %s' % facts['new_writes']
    assert [t['TaskId'] for t in facts['tasks']] == [facts['task_id']]

    run, facts = steps['remove']
    assert _changed(run) == 1, run
    assert facts['tasks'] == []

    run, facts = steps['remove again']
    assert _changed(run) == 0, run
