# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""`make demo`: the whole story of a CKafka DIP pipeline, against the local emulator.

Builds the collection, installs the tarball into ./collections as a user would, starts the
emulator and runs the playbooks of examples/demo/ one step at a time: the pipeline (an Elasticsearch
connection and a SINK task from a CKafka topic into it, declared with the datahub_pipeline role) in
check mode, for real, again (changed=0), with a new task description, a listing, the teardown and
the teardown again. Each step's PLAY RECAP is printed and checked, and the emulator's admin API
and request log confirm what the step claims. Exits 0 only when every step did what it shows.
"""

from __future__ import absolute_import, division, print_function

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.dirname(sys.executable)
DEMO = os.path.join(ROOT, 'examples', 'demo')
DIST = os.path.join(ROOT, '.build', 'dist')
COLLECTIONS = os.path.join(ROOT, 'collections')
INSTALLED = os.path.join(COLLECTIONS, 'ansible_collections', 'tencentcloud', 'ckafka')
SERVER = os.path.join(ROOT, 'tests', 'emulator', 'server.py')
REGION = 'ap-guangzhou'
# The emulator's default key pair (tests/emulator/emu_api.py).
SECRET_ID = 'AKIDEMULATOR00000000000000000000'
SECRET_KEY = 'emulator-secret-key'
ES_PASSWORD = 'demo-Es-Passw0rd'
TASK_NAME = 'orders-to-es'
CONNECTION_NAME = 'orders-search'
PIPELINE = 'pipeline.yml'
NEW_DESCRIPTION = 'Order events into the orders index, v2'
WRITES = ('CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask', 'RestartDatahubTask',
          'CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource',
          'CreateDatahubTopic', 'ModifyDatahubTopic', 'DeleteDatahubTopic')
RECAP = re.compile(r'^(?P<host>\S+)\s+:\s+ok=(?P<ok>\d+)\s+changed=(?P<changed>\d+)\s+unreachable=(?P<unreachable>\d+)\s+'
                   r'failed=(?P<failed>\d+)', re.MULTILINE)


class DemoFailure(Exception):
    pass


def say(text=''):
    print(text, flush=True)


def heading(number, title, story):
    say()
    say('=' * 100)
    say('Step %s. %s' % (number, title))
    for line in story:
        say('  ' + line)
    say('=' * 100)


def run(command, env, what, cwd=ROOT, show=False):
    process = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if show:
        for line in process.stdout.rstrip('\n').splitlines():
            say('    ' + line)
    if process.returncode != 0:
        raise DemoFailure('%s failed (exit %d): %s\n%s\n%s'
                          % (what, process.returncode, ' '.join(command), process.stdout[-4000:], process.stderr[-4000:]))
    return process


# ---- the emulator --------------------------------------------------------------------------------

class Emulator:
    def __init__(self, transition_seconds=1):
        self.stderr = tempfile.TemporaryFile()  # pylint: disable=consider-using-with
        # --verbose: a failed demo shows the emulator's last calls (action, resource, error code).
        command = [sys.executable, SERVER, '--port', '0', '--transition-seconds', str(transition_seconds), '--verbose']
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=self.stderr,  # pylint: disable=consider-using-with
                                        stdin=subprocess.DEVNULL, close_fds=True)
        lines = []
        reader = threading.Thread(target=lambda: lines.append(self.process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(20)
        line = lines[0].decode('utf-8', 'replace').strip() if lines else ''
        if not line.startswith('listening on '):
            self.stop()
            raise DemoFailure('the emulator did not start (first line %r): %s' % (line, self.stderr_text()))
        self.endpoint = line[len('listening on '):]

    def admin(self, route):
        with urllib.request.urlopen(self.endpoint + '/_emulator/' + route, timeout=10) as answer:  # nosec - local emulator
            return json.loads(answer.read().decode('utf-8'))

    def tasks(self):
        return self.admin('tasks')

    def calls(self):
        return self.admin('requests')

    def stderr_text(self):
        """The end of the emulator's stderr, without the demo's own admin calls."""
        self.stderr.seek(0)
        lines = self.stderr.read().decode('utf-8', 'replace').splitlines(True)
        return ''.join(line for line in lines if '/_emulator/' not in line)[-3000:]

    def stop(self):
        """Terminate, then kill if it lingers."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process.stdout:
            self.process.stdout.close()


# ---- build and install ------------------------------------------------------------------------

def base_env():
    env = dict(os.environ)
    for name in list(env):
        if name.startswith('TENCENTCLOUD_') or name.startswith('ANSIBLE_'):
            del env[name]
    # The Makefile puts the development symlink on PYTHONPATH and ANSIBLE_COLLECTIONS_PATH:
    # the demo uses the installed copy only.
    env.pop('PYTHONPATH', None)
    env.update(ANSIBLE_COLLECTIONS_PATH=COLLECTIONS, ANSIBLE_NOCOLOR='1', ANSIBLE_FORCE_COLOR='0',
               ANSIBLE_RETRY_FILES_ENABLED='False', ANSIBLE_DEPRECATION_WARNINGS='False', ANSIBLE_HOST_KEY_CHECKING='False')
    env['PATH'] = BIN + os.pathsep + env.get('PATH', '')
    return env


def build_and_install(env):
    say('Building the collection (ansible-galaxy collection build) ...')
    os.makedirs(DIST, exist_ok=True)
    for old in glob.glob(os.path.join(DIST, 'tencentcloud-ckafka-*.tar.gz')):
        os.remove(old)
    run([os.path.join(BIN, 'ansible-galaxy'), 'collection', 'build', '--force', '--output-path', DIST], env, 'the build')
    tarballs = glob.glob(os.path.join(DIST, 'tencentcloud-ckafka-*.tar.gz'))
    if len(tarballs) != 1:
        raise DemoFailure('expected one tarball in %s, found %s' % (DIST, tarballs))
    say('  built %s' % os.path.relpath(tarballs[0], ROOT))
    say('Installing it into %s (ansible-galaxy collection install) ...' % os.path.relpath(COLLECTIONS, ROOT))
    run([os.path.join(BIN, 'ansible-galaxy'), 'collection', 'install', '--force', '-p', COLLECTIONS, tarballs[0]], env, 'the install')
    listing = run([os.path.join(BIN, 'ansible-galaxy'), 'collection', 'list', 'tencentcloud.ckafka', '--format', 'json'], env, 'the listing')
    found = json.loads(listing.stdout or '{}')
    places = [(os.path.realpath(path), info) for path, collections in found.items() for name, info in collections.items()
              if name == 'tencentcloud.ckafka']
    expected = os.path.realpath(os.path.join(COLLECTIONS, 'ansible_collections'))
    locations = [place[0] for place in places]
    if locations != [expected]:
        raise DemoFailure('tencentcloud.ckafka should be found only in %s, found in %s' % (expected, locations))
    say('  ansible finds tencentcloud.ckafka %s only in %s' % (places[0][1].get('version'), os.path.relpath(INSTALLED, ROOT)))
    if os.path.islink(INSTALLED):
        raise DemoFailure('%s is a symlink, not an installed copy' % INSTALLED)


# ---- the steps ---------------------------------------------------------------------------------

def recap(output):
    found = [m.groupdict() for m in RECAP.finditer(output)]
    if len(found) != 1:
        raise DemoFailure('expected one PLAY RECAP line, found %d' % len(found))
    return dict((key, int(value)) for key, value in found[0].items() if key != 'host')


class Demo:
    def __init__(self, emulator, env, workdir):
        self.emulator = emulator
        self.env = env
        self.workdir = workdir
        self.inventory = os.path.join(workdir, 'inventory.ini')
        with open(self.inventory, 'w') as handle:
            handle.write('[demo]\nlocalhost ansible_connection=local ansible_python_interpreter=%s\n' % sys.executable)
        self.vars = os.path.join(workdir, 'vars.json')
        with open(self.vars, 'w') as handle:
            json.dump(dict(ckafka_endpoint=emulator.endpoint, ckafka_region=REGION, ckafka_secret_id=SECRET_ID,
                           ckafka_secret_key=SECRET_KEY, es_password=ES_PASSWORD), handle)
        self.steps = []

    def writes(self):
        return [call['action'] for call in self.emulator.calls() if call.get('action') in WRITES]

    def playbook(self, playbook, expect, options=(), extra_vars=None):
        command = [os.path.join(BIN, 'ansible-playbook'), '-i', self.inventory, '-e', '@' + self.vars]
        if extra_vars:
            command.extend(['-e', json.dumps(extra_vars, sort_keys=True)])
        command.extend(options)
        command.append(os.path.join(DEMO, playbook))
        say('$ ansible-playbook %s%s' % (' '.join(options) + ' ' if options else '', os.path.relpath(command[-1], ROOT))
            + (" -e '%s'" % json.dumps(extra_vars, sort_keys=True) if extra_vars else ''))
        env = dict(self.env, ANSIBLE_LOCAL_TEMP=os.path.join(self.workdir, 'tmp'))
        process = subprocess.run(command, cwd=self.workdir, env=env, capture_output=True, text=True, check=False, timeout=600)
        for line in process.stdout.rstrip('\n').splitlines():
            say('    ' + line)
        if process.stderr.strip():
            for line in process.stderr.rstrip('\n').splitlines():
                say('    (stderr) ' + line)
        if ES_PASSWORD in process.stdout + process.stderr:
            raise DemoFailure('the Elasticsearch password appeared in the output')
        counts = recap(process.stdout)
        wanted = dict(expect, unreachable=0)
        wanted.setdefault('failed', 0)
        wrong = dict((key, (counts[key], value)) for key, value in wanted.items() if counts[key] != value)
        if wrong or process.returncode != 0:
            raise DemoFailure('%s: PLAY RECAP %s, expected %s (exit %d)' % (playbook, counts, wanted, process.returncode))
        return counts

    def check(self, condition, claim):
        if not condition:
            raise DemoFailure('the emulator disagrees: %s' % claim)
        say('  verified: %s' % claim)

    def task(self):
        tasks = [t for t in self.emulator.tasks() if t.get('TaskName') == TASK_NAME]
        return tasks[0] if len(tasks) == 1 else (None if not tasks else tasks)

    def connections(self):
        return self.emulator.admin('resources/connect_resource')

    def story(self):
        heading(1, 'Check mode: what would the pipeline do?', [
            'examples/demo/pipeline.yml declares the whole pipeline with the tencentcloud.ckafka.datahub_pipeline role:',
            'an Elasticsearch connection, and a SINK task that copies the orders topic of a CKafka instance into it.',
            'ansible-playbook --check --diff shows what it would create (no password: secrets never show) and reports',
            'changed=2 (the connection and the task), but sends no write: the emulator must still be empty.'])
        self.playbook(PIPELINE, dict(ok=9, changed=2), options=('--check', '--diff'))
        self.check(self.connections() == [] and self.emulator.tasks() == [], 'no connection and no task exist: nothing was created')
        self.check(self.writes() == [], 'no write call reached the API')

        heading(2, 'Create: the connection, then the task that writes through it', [
            'The same playbook for real. The role creates the connection (CreateConnectResource, then a wait until it',
            'runs), puts its resource_id into the task as target_resource.es_param.resource, and creates the task.'])
        self.playbook(PIPELINE, dict(ok=13, changed=2))
        connections = self.connections()
        self.check(len(connections) == 1 and connections[0]['ResourceName'] == CONNECTION_NAME,
                   'exactly one connection named %s exists' % CONNECTION_NAME)
        connection_id = connections[0]['ResourceId']
        self.check(connections[0]['Status'] == 1, '%s runs (status 1)' % connection_id)
        task = self.task()
        self.check(isinstance(task, dict), 'exactly one task named %s exists' % TASK_NAME)
        self.check(task['Status'] == 1, '%s runs (status 1)' % task['TaskId'])
        self.check(task['TargetResource']['Type'] == 'ES' and task['TargetResource']['EsParam']['Resource'] == connection_id,
                   'it writes to Elasticsearch through the connection %s' % connection_id)
        self.check(task['SourceResource']['KafkaParam']['Topic'] == 'orders', 'it reads the orders topic of ckafka-7kd5rzza')
        self.check(self.writes() == ['CreateConnectResource', 'CreateDatahubTask'], 'the connection was created before the task')
        task_id = task['TaskId']

        heading(3, 'Rerun: nothing to do', [
            'The same declaration again: the connection and the task are found by their exact names, compared with',
            'what the playbook sets (only that), and left alone: changed=0, and only reads reach the API.'])
        before = len(self.emulator.calls())
        writes = self.writes()
        self.playbook(PIPELINE, dict(ok=13, changed=0))
        reads = [call['action'] for call in self.emulator.calls()[before:]]
        self.check(self.writes() == writes, 'the rerun sent no write call, only %s' % ', '.join(reads))

        heading(4, 'Update in place: a new description for the task', [
            'The description can change in place: one ModifyDatahubTask carries only the changed field; the',
            'connection is left as it is. --diff shows the task before and after.'])
        before = self.writes()
        self.playbook(PIPELINE, dict(ok=13, changed=1), options=('--diff',), extra_vars=dict(orders_description=NEW_DESCRIPTION))
        task = self.task()
        self.check(self.writes()[len(before):] == ['ModifyDatahubTask'], 'one ModifyDatahubTask, nothing else was written')
        sent = [call for call in self.emulator.calls() if call.get('action') == 'ModifyDatahubTask'][-1].get('params') or {}
        self.check(sorted(sent) == ['Description', 'TaskId'], 'it carried only TaskId and Description')
        self.check(task['TaskId'] == task_id and task['Description'] == NEW_DESCRIPTION,
                   'same task %s, description %s' % (task_id, NEW_DESCRIPTION))

        heading(5, 'List with connect_resource_info and datahub_task_info', [
            'The connections of type ES and the SINK tasks that write to Elasticsearch; every page is followed,',
            'nothing is changed. The connection counts the task that uses it.'])
        before = self.writes()
        self.playbook('list.yml', dict(ok=4, changed=0))
        self.check(self.writes() == before, 'the listing sent no write call')

        heading(6, 'Teardown: the task first, then the connection', [
            'pipeline_state=absent runs the role the other way round: the service refuses to delete a connection',
            'that a task still uses, so the task goes first (and is waited for), then the connection.'])
        before = self.writes()
        self.playbook(PIPELINE, dict(ok=11, changed=2), extra_vars=dict(pipeline_state='absent'))
        self.check(self.writes()[len(before):] == ['DeleteDatahubTask', 'DeleteConnectResource'],
                   'DeleteDatahubTask, then DeleteConnectResource')
        self.check(self.emulator.tasks() == [] and self.connections() == [], 'no task and no connection are left')

        heading(7, 'Teardown again: nothing to do', [
            'Both are already gone: the role only looks, changed=0.'])
        before = self.writes()
        self.playbook(PIPELINE, dict(ok=11, changed=0), extra_vars=dict(pipeline_state='absent'))
        self.check(self.writes() == before, 'the second teardown sent no write call')


# ---- after the demo ----------------------------------------------------------------------------

DOC_MODULE = 'tencentcloud.ckafka.datahub_task'
LINK_ROOT = os.path.join(ROOT, '.build', 'links')


def module_docs_hint():
    """Lines telling how to read the modules' documentation from the repository root, checked first.

    ansible.cfg at the root points collections_path at .build/links, which `make link` (a step of
    `make demo`) fills: ansible-doc must find the module there with no ANSIBLE_* variable set.
    """
    env = dict((name, value) for name, value in os.environ.items()
               if not name.startswith('ANSIBLE_') and name not in ('PYTHONPATH', 'TENCENTCLOUD_CKAFKA_ENDPOINT'))
    env.update(ANSIBLE_NOCOLOR='1', PATH=BIN + os.pathsep + env.get('PATH', ''))
    process = subprocess.run([os.path.join(BIN, 'ansible-doc'), '--json', DOC_MODULE], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=False)
    try:
        found = DOC_MODULE in json.loads(process.stdout or '{}')
    except ValueError:
        found = False
    if not found:
        return ['The modules\' documentation: run `make link` once, then `ansible-doc %s` from the repository root' % DOC_MODULE,
                '(ansible.cfg there points at %s).' % os.path.relpath(LINK_ROOT, ROOT)]
    return ['The modules\' documentation, from the repository root (ansible.cfg points at %s):'
            % os.path.relpath(LINK_ROOT, ROOT),
            '  ansible-doc %s' % DOC_MODULE,
            '  ansible-doc -l tencentcloud.ckafka               # every module',
            '  ansible-doc -t role tencentcloud.ckafka.datahub_pipeline',
            'or docs/modules/ in the repository.']


def main():
    started = time.time()
    say('tencentcloud.ckafka demo: a CKafka DIP pipeline (connection and task), from check mode to teardown, against the local emulator.')
    env = base_env()
    workdir = tempfile.mkdtemp(prefix='ckafka-demo-')
    emulator = None
    try:
        build_and_install(env)
        say('Starting the emulator (tests/emulator/server.py --port 0 --transition-seconds 1 --verbose) ...')
        emulator = Emulator(transition_seconds=1)
        say('  listening on %s' % emulator.endpoint)
        Demo(emulator, env, workdir).story()
    except DemoFailure as error:
        say()
        say('DEMO FAILED: %s' % error)
        if emulator is not None:
            say('emulator log (tail):\n%s' % emulator.stderr_text())
        return 1
    except KeyboardInterrupt:
        say('interrupted')
        return 130
    finally:
        if emulator is not None:
            emulator.stop()
            say('Emulator stopped.')
        shutil.rmtree(workdir, ignore_errors=True)
    say()
    say('Demo complete: 7 steps, every PLAY RECAP as expected and confirmed by the emulator (%.0f s).' % (time.time() - started))
    say('The collection stays installed in %s; remove it with `make clean`.' % os.path.relpath(COLLECTIONS, ROOT))
    for line in module_docs_hint():
        say(line)
    return 0


if __name__ == '__main__':
    sys.exit(main())
