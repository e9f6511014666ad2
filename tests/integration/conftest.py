# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Fixtures that run real ansible-playbook against the local CKafka emulator.

Playbooks live in tests/integration/playbooks/. Each run gets extra vars with the
emulator's endpoint and credentials (ckafka_endpoint, ckafka_secret_id,
ckafka_secret_key, ckafka_region), an inventory whose hosts use this virtual
environment's python, and the result_recorder callback, so tests can read every
task result as data.
"""

import json
import os
import subprocess
import sys
import tempfile

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS_DIR = os.path.dirname(HERE)
PLAYBOOKS = os.path.join(HERE, 'playbooks')
sys.path.insert(0, os.path.join(TESTS_DIR, 'emulator'))
sys.path.insert(0, os.path.join(TESTS_DIR, 'shared'))

from harness import start_emulator  # noqa: E402 pylint: disable=wrong-import-position
# ok(), failed() and cycle() are the tests' own (from conftest import ok ...), shared with the in-process runs
from run_checks import cycle, failed, ok  # noqa: E402,F401 pylint: disable=wrong-import-position,unused-import

REGION = 'ap-guangzhou'

# cryptography 51 deprecates DSA, and ansible-core 2.19 imports DSA names at start-up (its ssh-agent
# support), so every ansible-doc prints that warning whatever it documents. It is not the collection's:
# the tests that require a clean stderr ignore that one message, and nothing else.
UPSTREAM_WARNING = 'ignore:DSA is deprecated'
if UPSTREAM_WARNING not in os.environ.get('PYTHONWARNINGS', ''):
    os.environ['PYTHONWARNINGS'] = ','.join(filter(None, [os.environ.get('PYTHONWARNINGS'), UPSTREAM_WARNING]))
ANSIBLE_PLAYBOOK = os.path.join(os.path.dirname(sys.executable), 'ansible-playbook')


class PlaybookRun:
    """The outcome of one ansible-playbook run."""

    def __init__(self, command, returncode, stdout, stderr, records):
        self.command = command
        self.rc = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.records = records
        # Set by Declarer.
        self.task = None
        self.calls = self.actions = self.writes = None

    @property
    def output(self):
        return self.stdout + self.stderr

    def results(self, task=None, host=None):
        """Result dicts of the tasks whose name contains task (all when None)."""
        return [r['result'] for r in self.records
                if (task is None or task in r['task']) and (host is None or r['host'] == host)]

    def result(self, task, host=None):
        found = self.results(task, host)
        assert found, 'no result recorded for task %r; tasks: %s' % (task, [r['task'] for r in self.records])
        return found[-1]

    def statuses(self, task=None):
        return [r['status'] for r in self.records if task is None or task in r['task']]

    def failures(self):
        """'host | task: message' of every failed or unreachable task (ignored failures left out)."""
        return ['%s | %s: %s' % (record['host'], record['task'], record['result'].get('msg'))
                for record in self.records if record['status'] in ('failed', 'unreachable')]

    def __repr__(self):
        # The failures first: a long output is cut, and CI shows only the start of an assertion.
        failures = self.failures()
        return 'PlaybookRun(rc=%s, %d failed)\n%s--- stdout ---\n%s\n--- stderr ---\n%s' % (
            self.rc, len(failures), ''.join(line + '\n' for line in failures), self.stdout[-6000:], self.stderr[-3000:])


def write_inventory(directory, hosts=('localhost',)):
    path = os.path.join(directory, 'inventory.ini')
    with open(path, 'w') as handle:
        handle.write('[ckafka]\n')
        for host in hosts:
            handle.write('%s ansible_connection=local ansible_python_interpreter=%s\n' % (host, sys.executable))
    return path


def run_playbook(emulator, playbook, extra_vars=None, check=False, diff=False, verbosity=0, hosts=('localhost',),
                 forks=None, env=None, timeout=600, limit=None, tags=None):
    """Run a playbook (a path relative to tests/integration/playbooks) against emulator."""
    workdir = tempfile.mkdtemp(prefix='ckafka-it-')
    records_path = os.path.join(workdir, 'records.jsonl')
    variables = dict(ckafka_endpoint=emulator.endpoint, ckafka_secret_id=emulator.secret_id,
                     ckafka_secret_key=emulator.secret_key, ckafka_region=REGION)
    variables.update(extra_vars or {})
    vars_path = os.path.join(workdir, 'vars.json')
    with open(vars_path, 'w') as handle:
        json.dump(variables, handle)
    command = [ANSIBLE_PLAYBOOK, '-i', write_inventory(workdir, hosts), '-e', '@' + vars_path,
               os.path.join(PLAYBOOKS, playbook)]
    if check:
        command.append('--check')
    if diff:
        command.append('--diff')
    if verbosity:
        command.append('-' + 'v' * verbosity)
    if forks:
        command.extend(['--forks', str(forks)])
    if limit:
        command.extend(['--limit', limit])
    if tags:
        command.extend(['--tags', tags])
    environment = dict(os.environ)
    for name in list(environment):
        if name.startswith('TENCENTCLOUD_'):
            del environment[name]
    environment.update(
        ANSIBLE_CALLBACK_PLUGINS=os.path.join(HERE, 'callback_plugins'),
        ANSIBLE_CALLBACKS_ENABLED='result_recorder',
        RESULT_RECORDER_FILE=records_path,
        ANSIBLE_HOST_KEY_CHECKING='False',
        ANSIBLE_RETRY_FILES_ENABLED='False',
        ANSIBLE_NOCOLOR='1',
        ANSIBLE_FORCE_COLOR='0',
        ANSIBLE_LOCAL_TEMP=os.path.join(workdir, 'tmp'),
        ANSIBLE_DEPRECATION_WARNINGS='False',
    )
    environment.update(env or {})
    process = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=timeout, check=False)
    records = []
    if os.path.exists(records_path):
        with open(records_path) as handle:
            records = [json.loads(line) for line in handle if line.strip()]
    return PlaybookRun(command, process.returncode, process.stdout, process.stderr, records)


class Declarer:
    """Runs one playbook with extra vars and records which API calls each run made.

    A run gets calls (the emulator's log entries of the run), actions (their names), writes (the
    actions that are in writes) and task (the playbook task ok() and failed() read unless told
    another). variable_names renames extra vars named like options that Ansible reserves.
    """

    def __init__(self, emulator, path, task, writes, variable_names=None):
        self.emulator = emulator
        self.path = path
        self.task = task
        self.writes = frozenset(writes)
        self.variable_names = variable_names or {}

    def __call__(self, variables, path=None, **options):
        before = len(self.emulator.requests())
        variables = dict((self.variable_names.get(key, key), value) for key, value in variables.items())
        run = run_playbook(self.emulator, path or self.path, extra_vars=variables, **options)
        run.calls = self.emulator.requests()[before:]
        run.actions = [entry['action'] for entry in run.calls]
        run.writes = [action for action in run.actions if action in self.writes]
        run.task = self.task
        return run


@pytest.fixture(scope='module')
def emulator_server():
    server = start_emulator(transition_seconds=0.3)
    yield server
    server.stop()


@pytest.fixture
def emulator(emulator_server):
    emulator_server.reset()
    return emulator_server


@pytest.fixture
def playbook(emulator):
    """run(playbook, **options) against the per-test emulator."""
    def run(path, **options):
        return run_playbook(emulator, path, **options)
    return run
