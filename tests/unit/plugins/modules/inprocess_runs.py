# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The integration tests' Declarer, in process: a module's main() against the emulator, no ansible-playbook.

A run patches the module's arguments (ansible.module_utils.testing.patch_module_args, as ansible-test
units run a module), calls main() and reads the JSON it prints. It returns an object with what the
integration tests read of a PlaybookRun (rc, records, result(), statuses(), calls, actions, writes), so
the lifecycle and call-sequence assertions read here exactly as they did against a playbook run.
ok(), failed() and cycle() are those of tests/integration/conftest.py.

What needs a real playbook (task keywords such as no_log, the output at -vvvv, module_defaults, the
action group, templating) stays in tests/integration/, with one real run per module and state.
"""

import contextlib
import importlib
import io
import json
import os
import sys

from ansible.module_utils.common import warnings as ansible_warnings
from ansible.module_utils.testing import patch_module_args

TESTS_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
EMULATOR_DIR = os.path.join(TESTS_DIR, 'emulator')
if EMULATOR_DIR not in sys.path:
    sys.path.insert(0, EMULATOR_DIR)

from harness import start_emulator  # noqa: E402  pylint: disable=wrong-import-position

REGION = 'ap-guangzhou'
# the integration suite's emulator (tests/integration/conftest.py): the same transitions; no rate limit,
# so a count of calls never includes a refused one
TRANSITION = 0.3


def started_emulator():
    """An emulator for one test module (stop() it after)."""
    return start_emulator(transition_seconds=TRANSITION, rate_limit=0)


def reset(emulator):
    emulator.reset()
    emulator.configure(transition_seconds=TRANSITION, rate_limit=0, clock_offset=0, require_region=False,
                       refuse_client_task_id=False, app_id=None)
    return emulator


def run_module(module, args):
    """main() of module with args (with _ansible_* keys); the result it printed, as a dict."""
    stdout = io.StringIO()
    # a module process starts with no warning: these are global to the process, and every run here shares one
    ansible_warnings._global_warnings.clear()  # pylint: disable=protected-access
    ansible_warnings._global_deprecations.clear()  # pylint: disable=protected-access
    saved = dict((name, os.environ.pop(name)) for name in list(os.environ) if name.startswith('TENCENTCLOUD_'))
    try:
        with patch_module_args(args), contextlib.redirect_stdout(stdout):
            try:
                module.main()
            except SystemExit:
                pass
    finally:
        os.environ.update(saved)
    return json.loads(stdout.getvalue())


def as_controller_shows(result):
    """ansible-core 2.19 modules print warnings as structured events; the controller's result (what the
    integration tests read) has their messages."""
    if result.get('warnings'):
        result['warnings'] = [w['event']['msg'] if isinstance(w, dict) and 'event' in w else w for w in result['warnings']]
    if result.get('deprecations'):
        result['deprecations'] = [dict(w['event'], msg=w['event']['msg']) if isinstance(w, dict) and 'event' in w else w
                                  for w in result['deprecations']]
    result.setdefault('_ansible_no_log', False)
    return result


class Run:
    """One module run, read as the integration tests read a PlaybookRun of one task."""

    def __init__(self, task, result, calls, writes):
        self.task = task
        result = as_controller_shows(result)
        failed = bool(result.get('failed'))
        self.rc = 2 if failed else 0
        status = 'failed' if failed else ('changed' if result.get('changed') else 'ok')
        self.records = [dict(host='localhost', task=task, status=status, result=result)]
        self.calls = calls
        self.actions = [entry['action'] for entry in calls]
        self.writes = [action for action in self.actions if action in writes]
        self.stdout = json.dumps(result)
        self.stderr = ''

    @property
    def output(self):
        return self.stdout + self.stderr

    def results(self, task=None, host=None):
        return [r['result'] for r in self.records
                if (task is None or task in r['task']) and (host is None or r['host'] == host)]

    def result(self, task=None, host=None):
        found = self.results(task, host)
        assert found, 'no result recorded for task %r' % task
        return found[-1]

    def statuses(self, task=None):
        return [r['status'] for r in self.records if task is None or task in r['task']]

    def failures(self):
        return ['%s | %s: %s' % (r['host'], r['task'], r['result'].get('msg')) for r in self.records if r['status'] == 'failed']

    def __repr__(self):
        return 'Run(rc=%s) %s\nactions: %s' % (self.rc, self.stdout[-6000:], self.actions)


class Declarer:
    """Declarer(emulator, module, task, writes)(variables, check=, diff=): one main() run of module.

    variables are the module's options (the integration tests' extra vars, before their renaming);
    option_names names the option of an extra var named otherwise (the playbook's topic_tags is tags);
    connection overrides the emulator's endpoint and credentials (e.g. {'secret_id': 'AKIDwrong...'});
    playbooks stands in for the other playbooks a test names with path=: {path: function(variables)
    returning (module, task, options)}.
    """

    def __init__(self, emulator, module, task, writes, option_names=None, connection=None, playbooks=None):
        self.emulator = emulator
        self.module = module
        self.task = task
        self.writes = frozenset(writes)
        self.option_names = option_names or {}
        self.connection = connection or {}
        self.playbooks = playbooks or {}

    def args(self, variables, check=False, diff=False):
        args = dict(endpoint=self.emulator.endpoint, secret_id=self.emulator.secret_id,
                    secret_key=self.emulator.secret_key, region=REGION)
        args.update(self.connection)
        args.update((self.option_names.get(key, key), value) for key, value in variables.items())
        args.update(_ansible_check_mode=check, _ansible_diff=diff)
        return args

    def __call__(self, variables, check=False, diff=False, path=None):
        module, task = self.module, self.task
        if path is not None:
            module, task, variables = self.playbooks[path](variables)
        before = len(self.emulator.requests())
        result = run_module(module, self.args(variables, check=check, diff=diff))
        run = Run(task, result, self.emulator.requests()[before:], self.writes)
        run.task = self.task
        return run


def ok(run, task=None):
    """The result of task (the run's own task by default) in a run that succeeded."""
    assert run.rc == 0, run
    return run.result(task or run.task)


def failed(run, task=None):
    """The result of task (the run's own task by default), which failed."""
    task = task or run.task
    assert run.rc != 0, run
    assert run.statuses(task)[-1] == 'failed', run
    return run.result(task)


def cycle(declare, variables, expected_writes, diff=True):
    """Check mode, the real run, the rerun: the check and the rerun write nothing, the real run
    writes expected_writes, both first runs change and the rerun does not. Returns the three runs."""
    check = declare(variables, check=True, diff=diff)
    assert ok(check)['changed'] is True, check
    assert check.writes == [], check.actions
    real = declare(variables, diff=diff)
    assert ok(real)['changed'] is True, real
    assert real.writes == expected_writes, real.actions
    rerun = declare(variables, diff=diff)
    assert ok(rerun)['changed'] is False, rerun
    assert rerun.writes == [], rerun.actions
    return check, real, rerun


def looped(runs, loop_var='item', items=None):
    """The runs of a task's loop read as one task: its results, changed when one changed, failed when one failed."""
    results = []
    for number, run in enumerate(runs):
        result = dict(run.result(run.task))
        result.update(ansible_loop_var=loop_var)
        result[loop_var] = items[number] if items is not None else None
        results.append(result)
    combined = dict(results=results, changed=any(r.get('changed') for r in results), msg='All items completed')
    if any(r.get('failed') for r in results):
        combined.update(failed=True, msg='One or more items failed')
    task = runs[0].task if runs else None
    run = Run(task, combined, [call for run in runs for call in run.calls], ())
    run.writes = [action for run in runs for action in run.writes]
    return run


# The one-task playbooks of tests/integration/playbooks and their modules: (module name, the extra vars that
# are named otherwise than the options).
PLAYBOOKS = {
    'datahub_task/declare.yml': ('datahub_task', {'task_tags': 'tags'}),
    'datahub_task_info/read.yml': ('datahub_task_info', {}),
    'connect_resource/declare.yml': ('connect_resource', {'connection_tags': 'tags'}),
    'connect_resource/read.yml': ('connect_resource_info', {}),
    'datahub_topic/declare.yml': ('datahub_topic', {'topic_name': 'name', 'topic_tags': 'tags'}),
    'datahub_topic/read.yml': ('datahub_topic_info', {'topic_name': 'name'}),
    'datahub_messages/offsets.yml': ('datahub_group_offsets_info', {'topic_name': 'name'}),
    'datahub_messages/read.yml': ('datahub_message_info', {'topic_name': 'name'}),
}


class PlaybookDeclarer(Declarer):
    """The integration tests' Declarer(emulator, path, task, writes, variable_names), in process: the module of
    the one-task playbook at path."""

    def __init__(self, emulator, path, task, writes, variable_names=None):
        name, option_names = PLAYBOOKS[path]
        module = importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.modules.' + name)
        option_names = dict(option_names)
        option_names.update((variable, option) for option, variable in (variable_names or {}).items())
        super(PlaybookDeclarer, self).__init__(emulator, module, task, writes, option_names)
