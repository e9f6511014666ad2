# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""`make matrix`: the collection's life cycle under every ansible-core and Python version it claims.

For each ansible-core minor release from the requires_ansible floor (meta/runtime.yml) to the newest
that installs on this Python: a virtual environment under .build/matrix/ with that ansible-core and
requests, the collection built with its ansible-galaxy and installed from the tarball, then every
playbook of tests/matrix/playbooks/ (one per module) against a local emulator. A newer minor that needs
a newer Python runs as an extra row on such a Python when the machine has one.

Then the modules run under every Python from the documented minimum (README.md) to 3.13 found on
PATH or in pyenv, driven by the newest ansible-core: a Python not found is reported, only a Python
found that fails fails the run. A table ends the output: version, result, time.
"""

from __future__ import absolute_import, division, print_function

import argparse
import concurrent.futures
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

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, '.build', 'matrix')
PLAYBOOKS = os.path.join(ROOT, 'tests', 'matrix', 'playbooks')
INTERPRETER_PLAYBOOK = os.path.join(ROOT, 'tests', 'matrix', 'interpreter.yml')
sys.path.insert(0, os.path.join(ROOT, 'tests', 'emulator'))

from harness import start_emulator  # noqa: E402  pylint: disable=wrong-import-position

NEWEST_PYTHON_MINOR = 13
REGION = 'ap-guangzhou'
# The CKafka instance the emulator is seeded with for the topic playbooks (extra var ckafka_instance_id).
MATRIX_INSTANCE = 'ckafka-matrix01'
PLAYBOOK_TIMEOUT = 600
RECAP = re.compile(r'^\S+\s+:\s+ok=(?P<ok>\d+)\s+changed=(?P<changed>\d+)\s+unreachable=(?P<unreachable>\d+)\s+'
                   r'failed=(?P<failed>\d+)', re.MULTILINE)
WARNING = re.compile(r'^\s*\[(DEPRECATION )?WARNING\]')
PRINT_LOCK = threading.Lock()


class MatrixFailure(Exception):
    pass


def say(text=''):
    with PRINT_LOCK:
        print(text, flush=True)


def run(command, what, env=None, cwd=ROOT, timeout=900):
    process = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=timeout)
    if process.returncode != 0:
        raise MatrixFailure('%s failed (exit %d): %s\n%s\n%s'
                            % (what, process.returncode, ' '.join(command), process.stdout[-3000:], process.stderr[-3000:]))
    return process


def version_key(text):
    return tuple(int(part) for part in text.split('.'))


# ---- what the collection claims ------------------------------------------------------------------

def ansible_floor():
    with open(os.path.join(ROOT, 'meta', 'runtime.yml'), encoding='utf-8') as handle:
        claim = yaml.safe_load(handle)['requires_ansible']
    match = re.match(r'^>=\s*(\d+)\.(\d+)', claim)
    if not match:
        raise MatrixFailure('requires_ansible %r is not of the form >=X.Y' % claim)
    return int(match.group(1)), int(match.group(2))


def readme_claims():
    """The Supported versions lines of README.md: {'ansible-core': (floor, tested), 'Python': (floor, tested)}.

    `tested` lists the versions in the parentheses after "tested with", leaving out "Python X.Y" (a controller).
    """
    with open(os.path.join(ROOT, 'README.md'), encoding='utf-8') as handle:
        text = handle.read()
    claims = {}
    for name in ('ansible-core', 'Python'):
        match = re.search(r'^\* %s (\d+\.\d+) or newer.*?\(tested with ([^)]*)\)' % re.escape(name), text, re.MULTILINE | re.DOTALL)
        if match:
            claims[name] = (match.group(1), sorted(set(re.findall(r'(?<!Python )\b\d+\.\d+', match.group(2))), key=version_key))
    return claims


# ---- interpreters and releases ------------------------------------------------------------------

def python_minor(executable):
    """'3.X' when `executable` runs (a pyenv shim may point at a Python that is not installed)."""
    try:
        process = subprocess.run([executable, '-c', 'import sys; print("%d.%d" % sys.version_info[:2])'],
                                 capture_output=True, text=True, check=False, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return process.stdout.strip() if process.returncode == 0 else None


def find_python(minor):
    """An interpreter of Python `minor` ('3.X') on PATH or in pyenv, or None."""
    candidates = []
    on_path = shutil.which('python' + minor)
    if on_path:
        candidates.append(on_path)
    pyenv_root = os.environ.get('PYENV_ROOT') or os.path.expanduser('~/.pyenv')
    candidates.extend(sorted(glob.glob(os.path.join(pyenv_root, 'versions', minor + '.*', 'bin', 'python' + minor)),
                             key=lambda path: version_key(re.search(r'versions/([\d.]+)', path).group(1)), reverse=True))
    for candidate in candidates:
        if python_minor(candidate) == minor:
            return candidate
    return None


def ansible_core_minors(python, floor):
    """Every ansible-core minor release from `floor` that pip can install on `python`, oldest first."""
    process = run([sys.executable, '-m', 'pip', '--python', python, 'index', 'versions', 'ansible-core', '--disable-pip-version-check'],
                  'pip index versions ansible-core (on %s)' % python)
    match = re.search(r'^Available versions: (.*)$', process.stdout, re.MULTILINE)
    if not match:
        raise MatrixFailure('pip index versions ansible-core listed nothing:\n' + process.stdout + process.stderr)
    minors = set()
    for version in match.group(1).split(','):
        parts = re.match(r'^\s*(\d+)\.(\d+)\.\d+\s*$', version)
        if parts and (int(parts.group(1)), int(parts.group(2))) >= floor:
            minors.add((int(parts.group(1)), int(parts.group(2))))
    return ['%d.%d' % minor for minor in sorted(minors)]


def make_venv(python, path, requirements):
    """A virtual environment at `path` with `requirements`, reused while they stay the same."""
    stamp = os.path.join(path, '.matrix-installed')
    wanted = json.dumps([python_minor(python)] + list(requirements))
    if os.path.exists(stamp):
        with open(stamp, encoding='utf-8') as handle:
            if handle.read() == wanted:
                return os.path.join(path, 'bin', 'python')
    shutil.rmtree(path, ignore_errors=True)
    venv_python = os.path.join(path, 'bin', 'python')
    if python_minor(python) == python_minor(sys.executable):
        # No pip of its own (faster): the development environment's pip installs into it.
        run([python, '-m', 'venv', '--without-pip', path], 'python -m venv %s' % path)
        pip = [sys.executable, '-m', 'pip', '--python', venv_python]
    else:
        # Another Python brings the pip it supports (today's pip no longer runs on 3.9).
        run([python, '-m', 'venv', path], 'python -m venv %s' % path)
        pip = [venv_python, '-m', 'pip']
    run(pip + ['install', '--quiet', '--disable-pip-version-check'] + list(requirements),
        'pip install %s into %s' % (' '.join(requirements), path))
    with open(stamp, 'w', encoding='utf-8') as handle:
        handle.write(wanted)
    return venv_python


# ---- one row of the table -----------------------------------------------------------------------

def clean_env(venv_bin, collections):
    env = dict(os.environ)
    for name in list(env):
        if name.startswith(('TENCENTCLOUD_', 'ANSIBLE_')) or name in ('PYTHONPATH', 'VIRTUAL_ENV'):
            del env[name]
    env.update(ANSIBLE_COLLECTIONS_PATH=collections, ANSIBLE_NOCOLOR='1', ANSIBLE_FORCE_COLOR='0', ANSIBLE_RETRY_FILES_ENABLED='False',
               ANSIBLE_HOST_KEY_CHECKING='False')
    env['PATH'] = venv_bin + os.pathsep + env.get('PATH', '')
    return env


def install_collection(venv_dir):
    """Build the collection with this venv's ansible-galaxy and install the tarball beside it."""
    bin_dir = os.path.join(venv_dir, 'bin')
    collections = os.path.join(venv_dir, 'collections')
    dist = os.path.join(venv_dir, 'dist')
    shutil.rmtree(dist, ignore_errors=True)
    shutil.rmtree(collections, ignore_errors=True)
    env = clean_env(bin_dir, collections)
    run([os.path.join(bin_dir, 'ansible-galaxy'), 'collection', 'build', '--output-path', dist], 'ansible-galaxy collection build', env)
    tarballs = glob.glob(os.path.join(dist, 'tencentcloud-ckafka-*.tar.gz'))
    if len(tarballs) != 1:
        raise MatrixFailure('expected one tarball in %s, found %s' % (dist, tarballs))
    run([os.path.join(bin_dir, 'ansible-galaxy'), 'collection', 'install', '-p', collections, tarballs[0]], 'ansible-galaxy collection install', env)
    installed = os.path.join(collections, 'ansible_collections', 'tencentcloud', 'ckafka')
    if not os.path.isfile(os.path.join(installed, 'MANIFEST.json')) or os.path.islink(installed):
        raise MatrixFailure('the tarball did not install into %s' % installed)
    return collections


def modules_without_playbook():
    """The modules of plugins/modules/ that have no life cycle playbook tests/matrix/playbooks/<module>.yml."""
    modules = [os.path.splitext(os.path.basename(path))[0] for path in glob.glob(os.path.join(ROOT, 'plugins', 'modules', '*.py'))]
    return sorted(name for name in modules if name != '__init__' and not os.path.isfile(os.path.join(PLAYBOOKS, name + '.yml')))


def module_playbooks():
    """One life cycle playbook per module: adding a module means adding tests/matrix/playbooks/<module>.yml."""
    missing = modules_without_playbook()
    if missing:
        raise MatrixFailure('no life cycle playbook for %s: add tests/matrix/playbooks/<module>.yml' % ', '.join(missing))
    return sorted(glob.glob(os.path.join(PLAYBOOKS, '*.yml')))


def expected_recap(playbook):
    with open(playbook, encoding='utf-8') as handle:
        plays = yaml.safe_load(handle)
    expected = {'ok': 0, 'changed': 0}
    for play in plays:
        recap = (play.get('vars') or {}).get('matrix_recap')
        if not recap:
            raise MatrixFailure('%s: a play without vars.matrix_recap (the ok and changed counts its PLAY RECAP must show)' % playbook)
        for key in expected:
            expected[key] += int(recap[key])
    return dict(expected, failed=0, unreachable=0)


def installed_version(python, distribution):
    process = run([python, '-c', 'import importlib.metadata as m, sys; print(m.version(sys.argv[1]))', distribution], 'version of ' + distribution)
    return process.stdout.strip()


class Row:
    def __init__(self, kind, version, label):
        self.kind = kind
        self.version = version
        self.label = label
        self.result = 'not run'
        self.detail = ''
        self.seconds = None
        self.waited = 0.0  # time spent waiting for another row, left out of `seconds`

    @property
    def passed(self):
        return self.result == 'passed'

    @property
    def failed(self):
        return self.result == 'FAILED'


def fresh_workdir(venv_dir):
    """A new folder for this run's logs and temporary files; the previous run's go."""
    for old in glob.glob(os.path.join(venv_dir, 'run-*')):
        shutil.rmtree(old, ignore_errors=True)
    return tempfile.mkdtemp(prefix='run-', dir=venv_dir)


def run_playbooks(workdir, ansible_bin, collections, module_python):
    """The interpreter check, then every module playbook against a fresh emulator."""
    env = clean_env(ansible_bin, collections)
    env['ANSIBLE_LOCAL_TEMP'] = os.path.join(workdir, 'tmp')
    env['ANSIBLE_REMOTE_TEMP'] = os.path.join(workdir, 'remote-tmp')
    inventory = os.path.join(workdir, 'inventory.ini')
    with open(inventory, 'w', encoding='utf-8') as handle:
        handle.write('localhost ansible_connection=local ansible_python_interpreter=%s\n' % module_python)
    # The topic windows (a delete within a minute of the create, a create within a minute of the delete) are
    # a second here: the topic's life cycle waits them out instead of a minute each.
    with start_emulator(transition_seconds=0.2, rate_limit=0, topic_delete_window=1, topic_recreate_window=1) as emulator:
        # The instance that holds the topics of the topic playbooks (instances are not made through the API).
        emulator.seed('instance', items=[dict(InstanceId=MATRIX_INSTANCE, InstanceName='matrix-kafka',
                                              Tags=[dict(TagKey='owner', TagValue='matrix')])])
        extra = os.path.join(workdir, 'vars.json')
        with open(extra, 'w', encoding='utf-8') as handle:
            json.dump(dict(ckafka_endpoint=emulator.endpoint, ckafka_region=REGION, ckafka_secret_id=emulator.secret_id,
                           ckafka_secret_key=emulator.secret_key, matrix_python=python_minor(module_python),
                           ansible_python_interpreter=module_python, ckafka_instance_id=MATRIX_INSTANCE), handle)
        for playbook in [INTERPRETER_PLAYBOOK] + module_playbooks():
            name = os.path.splitext(os.path.basename(playbook))[0]
            # Without an inventory entry localhost would run modules under the controller's Python: both are set.
            command = [os.path.join(ansible_bin, 'ansible-playbook'), '-i', inventory, '-e', '@' + extra,
                       '-e', json.dumps(dict(ckafka_name='matrix-' + name.replace('_', '-'))), playbook]
            process = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, check=False, timeout=PLAYBOOK_TIMEOUT)
            log = os.path.join(workdir, name + '.log')
            with open(log, 'w', encoding='utf-8') as handle:
                handle.write(process.stdout + '\n--- stderr ---\n' + process.stderr)
            found = [dict((key, int(value)) for key, value in m.groupdict().items()) for m in RECAP.finditer(process.stdout)]
            expected = dict(failed=0, unreachable=0) if playbook == INTERPRETER_PLAYBOOK else expected_recap(playbook)
            wrong = len(found) != 1 or any(found[0][key] != value for key, value in expected.items())
            if process.returncode != 0 or wrong:
                raise MatrixFailure('%s: exit %d, PLAY RECAP %s, expected %s (log: %s)\n%s' % (
                    name, process.returncode, found, expected, os.path.relpath(log, ROOT), failure_lines(process.stdout)))
            # A deprecation today is a failure in a later release: it fails the row now.
            warnings = [line for line in (process.stdout + process.stderr).splitlines() if WARNING.search(line)]
            if warnings:
                raise MatrixFailure('%s: ansible-core warned (log: %s)\n%s' % (name, os.path.relpath(log, ROOT), '\n'.join(warnings[:20])))
        if 'matrix-Es-Passw0rd' in emulator.stderr():
            raise MatrixFailure('a secret reached the emulator log')


def failure_lines(output):
    lines = [line for line in output.splitlines() if line.startswith(('fatal:', 'failed:')) or '"msg"' in line or 'Assertion failed' in line]
    return '\n'.join(lines[:20])


def timed(row, body):
    started = time.time()
    try:
        body()
        row.result = 'passed'
    except (MatrixFailure, OSError, subprocess.TimeoutExpired) as error:
        row.result = 'FAILED'
        row.detail = str(error)
    row.seconds = time.time() - started - row.waited
    say('%-44s %s (%.0f s)%s' % (row.label, row.result, row.seconds, '\n' + row.detail if row.detail else ''))


class Matrix:
    def __init__(self, controller, jobs):
        self.controller = controller
        self.jobs = jobs
        self.rows = []
        self.newest = None  # (ansible bin, collections, version) of the newest ansible-core on this Python
        self.newest_ready = threading.Event()

    def ansible_row(self, minor, python, extra=False):
        label = 'ansible-core %s%s' % (minor, ' (Python %s controller)' % python_minor(python) if extra else '')
        row = Row('ansible-core', minor, label)
        venv_dir = os.path.join(BUILD, 'ansible-core-%s%s' % (minor, '-py' + python_minor(python) if extra else ''))

        def body():
            venv_python = make_venv(python, venv_dir, ['ansible-core==%s.*' % minor, 'requests'])
            row.version = installed_version(venv_python, 'ansible-core')
            row.label = label.replace(minor, row.version, 1)
            collections = install_collection(venv_dir)
            workdir = fresh_workdir(venv_dir)
            run_playbooks(workdir, os.path.join(venv_dir, 'bin'), collections, venv_python)
            return collections

        def job():
            collections = []
            try:
                timed(row, lambda: collections.append(body()))
            finally:
                if row.kind == 'ansible-core' and self.newest_minor == minor and not extra:
                    if row.passed:
                        self.newest = (os.path.join(venv_dir, 'bin'), collections[0], row.version)
                    self.newest_ready.set()
        return row, job

    def python_row(self, minor, python):
        row = Row('Python', minor, 'Python %s' % minor)
        venv_dir = os.path.join(BUILD, 'python-%s' % minor)

        def body():
            venv_python = make_venv(python, venv_dir, ['requests'])
            waited = time.time()
            self.newest_ready.wait()
            row.waited = time.time() - waited
            if self.newest is None:
                raise MatrixFailure('the newest ansible-core row failed: nothing to drive the modules with')
            ansible_bin, collections, version = self.newest
            row.label = 'Python %s (%s, ansible-core %s)' % (minor, python_version(venv_python), version)
            workdir = fresh_workdir(venv_dir)
            run_playbooks(workdir, ansible_bin, collections, venv_python)

        return row, lambda: timed(row, body)

    def plan(self, only=None):
        module_playbooks()
        floor = ansible_floor()
        minors = ansible_core_minors(self.controller, floor)
        if not minors:
            raise MatrixFailure('no ansible-core release from %d.%d installs on %s' % (floor + (self.controller,)))
        self.newest_minor = minors[-1]  # pylint: disable=attribute-defined-outside-init
        jobs = []
        # The newest first: the Python rows wait for it.
        for minor in reversed(minors):
            jobs.append(self.ansible_row(minor, self.controller))
        controller_minor = python_minor(self.controller)
        newer_python = None
        for candidate in range(int(controller_minor.split('.')[1]) + 1, NEWEST_PYTHON_MINOR + 1):
            newer_python = find_python('3.%d' % candidate)
            if newer_python:
                break
        if newer_python:
            for minor in ansible_core_minors(newer_python, floor):
                if version_key(minor) > version_key(self.newest_minor):
                    jobs.append(self.ansible_row(minor, newer_python, extra=True))
        python_floor = readme_claims().get('Python', ('3.9', []))[0]
        for number in range(int(python_floor.split('.')[1]), NEWEST_PYTHON_MINOR + 1):
            minor = '3.%d' % number
            python = find_python(minor)
            if python is None:
                row = Row('Python', minor, 'Python %s' % minor)
                row.result = 'not found'
                self.rows.append(row)
                continue
            jobs.append(self.python_row(minor, python))
        if only:
            selected = [job for job in jobs if any(word in job[0].label for word in only)]
            if any(job[0].kind == 'Python' for job in selected) and jobs[0] not in selected:
                selected.insert(0, jobs[0])  # the newest ansible-core drives the Python rows
            jobs = selected
        self.rows = [job[0] for job in jobs] + self.rows
        return [job[1] for job in jobs]

    def execute(self, only=None):
        jobs = self.plan(only)
        say('make matrix: %d rows, %d at a time; work in %s' % (len(jobs), self.jobs, os.path.relpath(BUILD, ROOT)))
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.jobs) as pool:
            for future in [pool.submit(job) for job in jobs]:
                future.result()


def python_version(python):
    return run([python, '-c', 'import platform; print(platform.python_version())'], 'python version').stdout.strip()


def table(rows, total):
    rows = sorted(rows, key=lambda row: (row.kind != 'ansible-core', version_key('.'.join(row.version.split('.')[:2]))))
    width = max(len(row.label) for row in rows)
    lines = ['', '| %s | result    | time   |' % 'version'.ljust(width), '| %s | --------- | ------ |' % ('-' * width)]
    for row in rows:
        lines.append('| %s | %s | %s |' % (row.label.ljust(width), row.result.ljust(9),
                                           ('%.0f s' % row.seconds if row.seconds is not None else '-').rjust(6)))
    lines.append('')
    lines.append('total %.0f s' % total)
    return '\n'.join(lines)


def compare_claims(rows):
    """Say what README.md claims against what this run proved."""
    claims = readme_claims()
    notes = []
    proved = {
        'ansible-core': sorted(set(row.version.rsplit('.', 1)[0] for row in rows if row.kind == 'ansible-core' and row.passed), key=version_key),
        'Python': sorted(set(row.version for row in rows if row.kind == 'Python' and row.passed), key=version_key),
    }
    for name, versions in proved.items():
        claimed = claims.get(name, (None, []))[1]
        notes.append('%s: README.md says tested with %s; this run proved %s' % (name, ', '.join(claimed) or '(nothing)', ', '.join(versions)))
        unproved = [version for version in claimed if version not in versions]
        if unproved:
            notes.append('  not proved here: %s' % ', '.join(unproved))
    return '\n'.join(notes)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--jobs', type=int, default=2, help='rows run at a time (default 2)')
    parser.add_argument('--only', action='append', help='run only the rows whose label contains this text (repeatable)')
    args = parser.parse_args(argv)
    started = time.time()
    os.makedirs(BUILD, exist_ok=True)
    matrix = Matrix(sys.executable, args.jobs)
    try:
        matrix.execute(args.only)
    except MatrixFailure as error:
        say('MATRIX FAILED before it could run: %s' % error)
        return 1
    say(table(matrix.rows, time.time() - started))
    say(compare_claims(matrix.rows))
    failed = [row.label for row in matrix.rows if row.failed]
    floor = '%d.%d' % ansible_floor()
    if readme_claims().get('ansible-core', (floor,))[0] != floor:
        failed.append('README.md names another ansible-core floor than requires_ansible %s in meta/runtime.yml' % floor)
    if failed:
        say('FAILED: %s' % ', '.join(failed))
        return 1
    if not any(row.passed for row in matrix.rows if row.kind == 'ansible-core'):
        say('FAILED: no ansible-core row passed')
        return 1
    say('matrix passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
