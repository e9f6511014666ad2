# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Helpers of the benchmark script: paths, the emulator, timed ansible-playbook runs, statistics
and a description of the machine. Standard library only (the client and the SDK are imported by run.py)."""

import copy
import datetime
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS_DIR = os.path.dirname(HERE)
ROOT = os.path.dirname(TESTS_DIR)
PLAYBOOKS = os.path.join(HERE, 'playbooks')
CALLBACKS = os.path.join(HERE, 'callback_plugins')
# The Makefile links the checkout here so that it imports as ansible_collections.tencentcloud.ckafka.
LINK_ROOT = os.path.join(ROOT, '.build', 'links')
COLLECTION_LINK = os.path.join(LINK_ROOT, 'ansible_collections', 'tencentcloud', 'ckafka')
ANSIBLE_PLAYBOOK = os.path.join(os.path.dirname(sys.executable), 'ansible-playbook')
REGION = 'ap-guangzhou'
# Where playbooks and import timings find the collection; run.py --collections-path points it at a prototype copy.
SETTINGS = {'collections_path': LINK_ROOT}

sys.path.insert(0, os.path.join(TESTS_DIR, 'emulator'))
if LINK_ROOT not in sys.path:
    sys.path.insert(0, LINK_ROOT)

from harness import start_emulator  # noqa: E402 pylint: disable=wrong-import-position

# One declaration in API form (for set-up calls) and in option form (for playbooks); they describe the same task.
API_TASK = {
    'TaskName': 'bench-task',
    'TaskType': 'SINK',
    'SourceResource': {
        'Type': 'KAFKA',
        'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-7kd5rzza', 'Topic': 'topic-test', 'OffsetType': 'earliest'},
    },
    'TargetResource': {
        'Type': 'ES',
        'EsParam': {'Resource': 'resource-test', 'Index': 'index', 'DropInvalidMessage': True, 'DropInvalidJsonMessage': False},
    },
}
OPTION_TASK = {
    'task_name': 'bench-task',
    'task_type': 'SINK',
    'source_resource': {'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 'topic-test',
                                                         'offset_type': 'earliest'}},
    'target_resource': {'type': 'ES', 'es_param': {'resource': 'resource-test', 'index': 'index', 'drop_invalid_message': True,
                                                   'drop_invalid_json_message': False}},
}


def api_task(**changes):
    task = copy.deepcopy(API_TASK)
    task.update(changes)
    return task


def option_task(**changes):
    task = copy.deepcopy(OPTION_TASK)
    task.update(changes)
    return task


def ensure_link():
    """The symlink `make link` makes, for runs of run.py outside make."""
    if not os.path.exists(COLLECTION_LINK):
        os.makedirs(os.path.dirname(COLLECTION_LINK), exist_ok=True)
        os.symlink(ROOT, COLLECTION_LINK)


NAGLE_SERVER = os.path.join(HERE, 'emulator_nagle.py')


def emulator(nagle=False, **options):
    """start_emulator(**options); with nagle, through emulator_nagle.py (the emulator as it was, with the stall)."""
    import harness  # pylint: disable=import-outside-toplevel
    saved = harness.SERVER
    harness.SERVER = NAGLE_SERVER if nagle else saved
    try:
        return start_emulator(**options)
    finally:
        harness.SERVER = saved


# ---- statistics -------------------------------------------------------------------------------


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def spread(values):
    """'median (min-max, n=N)' of a list of numbers."""
    values = [v for v in values if v is not None]
    if not values:
        return 'n/a'
    if len(values) == 1:
        return fmt(values[0])
    return '%s (%s-%s, n=%d)' % (fmt(median(values)), fmt(min(values)), fmt(max(values)), len(values))


def fmt(value):
    if value is None:
        return 'n/a'
    if isinstance(value, int) or float(value).is_integer():
        return '%d' % value
    if abs(value) >= 100:
        return '%.0f' % value
    if abs(value) >= 10:
        return '%.1f' % value
    return '%.2f' % value


def action_counts(entries):
    counts = {}
    for entry in entries:
        counts[entry['action']] = counts.get(entry['action'], 0) + 1
    return counts


def short_action(action):
    return action.replace('DatahubTasks', 'List').replace('DatahubTask', '')


def describe_counts(counts):
    """'Describe 1 + Create 1' style breakdown."""
    return ' + '.join('%s %d' % (short_action(action), count) for action, count in sorted(counts.items())) or 'none'


# ---- ansible-playbook -----------------------------------------------------------------------------


class PlaybookRun:
    def __init__(self, returncode, stdout, stderr, wall, events, cpu=None):
        self.cpu = cpu
        self.rc = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.wall = wall
        self.events = events

    def task_seconds(self, task):
        """Seconds from the start of the task named task to its last result (every host, every item)."""
        start = [e['t'] for e in self.events if e['event'] == 'task_start' and e['task'] == task]
        ends = [e['t'] for e in self.events if e['event'] != 'task_start' and e['task'] == task]
        if not start or not ends:
            return None
        return max(ends) - start[0]

    def results(self, task=None):
        return [e for e in self.events if e['event'] in ('result', 'item') and (task is None or e['task'] == task)]

    def failures(self):
        return [e for e in self.events if e['event'] in ('result', 'item') and e['status'] in ('failed', 'unreachable')]

    def check(self):
        if self.rc != 0:
            raise RuntimeError('ansible-playbook failed (rc %s)\n--- stdout ---\n%s\n--- stderr ---\n%s'
                               % (self.rc, self.stdout[-4000:], self.stderr[-2000:]))
        return self


def write_inventory(directory, hosts):
    path = os.path.join(directory, 'inventory.ini')
    with open(path, 'w') as handle:
        handle.write('[ckafka]\n')
        for host in hosts:
            handle.write('%s ansible_connection=local ansible_python_interpreter=%s\n' % (host, sys.executable))
    return path


def run_playbook(emu, playbook, extra_vars=None, hosts=('localhost',), forks=None, env=None, timeout=1800):
    """Run tests/benchmarks/playbooks/<playbook> against emu; timings come from the bench_timer callback."""
    workdir = tempfile.mkdtemp(prefix='ckafka-bench-')
    try:
        events_path = os.path.join(workdir, 'events.jsonl')
        variables = dict(ckafka_endpoint=emu.endpoint, ckafka_secret_id=emu.secret_id, ckafka_secret_key=emu.secret_key,
                         ckafka_region=REGION)
        variables.update(extra_vars or {})
        vars_path = os.path.join(workdir, 'vars.json')
        with open(vars_path, 'w') as handle:
            json.dump(variables, handle)
        command = [ANSIBLE_PLAYBOOK, '-i', write_inventory(workdir, hosts), '-e', '@' + vars_path, os.path.join(PLAYBOOKS, playbook)]
        if forks:
            command.extend(['--forks', str(forks)])
        environment = dict((k, v) for k, v in os.environ.items() if not k.startswith('TENCENTCLOUD_'))
        environment.update(
            ANSIBLE_COLLECTIONS_PATH=SETTINGS['collections_path'],
            ANSIBLE_CALLBACK_PLUGINS=CALLBACKS,
            ANSIBLE_CALLBACKS_ENABLED='bench_timer',
            BENCH_TIMER_FILE=events_path,
            ANSIBLE_HOST_KEY_CHECKING='False',
            ANSIBLE_RETRY_FILES_ENABLED='False',
            ANSIBLE_NOCOLOR='1',
            ANSIBLE_LOCAL_TEMP=os.path.join(workdir, 'tmp'),
            ANSIBLE_DEPRECATION_WARNINGS='False',
        )
        environment.update(env or {})
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        process = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=timeout, check=False)
        wall = time.monotonic() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        # User + system CPU of ansible-playbook and every process it waited for (workers, modules).
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        events = []
        if os.path.exists(events_path):
            with open(events_path) as handle:
                events = [json.loads(line) for line in handle if line.strip()]
        return PlaybookRun(process.returncode, process.stdout, process.stderr, wall, events, cpu)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


# ---- the machine ----------------------------------------------------------------------------------


def _cpu_model():
    try:
        with open('/proc/cpuinfo') as handle:
            for line in handle:
                if line.lower().startswith('model name'):
                    return line.split(':', 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or 'unknown'


def _memory():
    try:
        with open('/proc/meminfo') as handle:
            for line in handle:
                if line.startswith('MemTotal:'):
                    return '%.1f GiB' % (int(line.split()[1]) / 1024.0 / 1024.0)
    except OSError:
        pass
    return 'unknown'


def _version(command):
    try:
        output = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return 'unknown'
    return output.strip().splitlines()[0] if output.strip() else 'unknown'


def machine():
    """(label, value) pairs describing where the figures come from."""
    from ansible.release import __version__ as ansible_version  # pylint: disable=import-outside-toplevel
    return [
        ('date', datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')),
        ('CPUs (nproc)', str(os.cpu_count())),
        ('CPU model', _cpu_model()),
        ('memory', _memory()),
        ('OS', '%s %s' % (platform.system(), platform.release())),
        ('Python', platform.python_version()),
        ('ansible-core', ansible_version),
        ('ansible-playbook', _version([ANSIBLE_PLAYBOOK, '--version'])),
        ('load average at start (1, 5, 15 min)', load_average()),
    ]


def load_average():
    try:
        return ', '.join('%.2f' % value for value in os.getloadavg())
    except OSError:
        return 'unknown'
