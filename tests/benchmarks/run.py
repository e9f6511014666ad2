# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Benchmarks of the collection against the local emulator (`make bench`).

    .venv/bin/python tests/benchmarks/run.py                 # every section, writes docs/performance.md
    .venv/bin/python tests/benchmarks/run.py --quick         # fewer items and repeats, no docs unless --doc
    .venv/bin/python tests/benchmarks/run.py -s calls,sdk    # some sections only

Sections: calls (API calls per operation), item (per-item cost against ansible.builtin.ping, with an anatomy of
the module start-up), sdk (the client against the official SDK), scale (100 tasks from 20 hosts under the rate
limit), list (datahub_task_info over 1,000 tasks), fleet (datahub_tasks: 200 creates, their no-op rerun and gathered over
500 tasks, against loops of the singular module), region (a few entries in a region of thousands), topics (topics on a CKafka
instance: 200 creates, their no-op rerun and a prune of 30 under the documented limits per action). Figures are medians
of several runs; nothing here asserts a time.
"""

import argparse
import contextlib
import glob
import importlib
import io
import json
import os
import pstats
import re
import shutil
import resource
import subprocess
import sys
import tempfile
import time

import benchlib
from benchlib import api_task, option_task, spread, median, fmt

PROFILING = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'profiling')
SECTIONS = ('calls', 'item', 'sdk', 'scale', 'list', 'fleet', 'region', 'topics')
DOC = os.path.join(benchlib.ROOT, 'docs', 'performance.md')
BEGIN = '<!-- bench:begin (written by tests/benchmarks/run.py; edit outside these markers) -->'
END = '<!-- bench:end -->'
DEFAULT_RATE_LIMIT = 20


class Table:
    """Rows of (section, measure, value, goal, note)."""

    def __init__(self):
        self.rows = []

    def add(self, section, measure, value, goal='', note=''):
        self.rows.append((section, measure, value, goal, note))
        print('  %-44s %-34s %-10s %s' % (measure, value, goal, note), flush=True)

    def markdown(self):
        lines = ['| section | measure | value | goal | note |', '| --- | --- | --- | --- | --- |']
        for row in self.rows:
            lines.append('| %s |' % ' | '.join(str(cell).replace('|', '/') for cell in row))
        return '\n'.join(lines)

    def text(self):
        widths = [max(len(str(row[i])) for row in self.rows + [('section', 'measure', 'value', 'goal', 'note')]) for i in range(5)]
        lines = []
        for row in [('section', 'measure', 'value', 'goal', 'note')] + self.rows:
            lines.append('  '.join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())
        return '\n'.join(lines)


def new_client(emu, rate_limited=False):
    """Our CkafkaClient pointed at emu (no retries unless rate_limited)."""
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.client import CkafkaClient  # pylint: disable=import-outside-toplevel
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.credentials import Credentials  # pylint: disable=import-outside-toplevel
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy  # pylint: disable=import-outside-toplevel
    policy = RetryPolicy(retries=8 if rate_limited else 0)
    return CkafkaClient(Credentials(emu.secret_id, emu.secret_key), benchlib.REGION, emu.endpoint, retry_policy=policy)


def create_tasks(emu, requests_list):
    client = new_client(emu)
    try:
        return [client.call('CreateDatahubTask', request)['Result']['TaskId'] for request in requests_list]
    finally:
        client.close()


def wait_settled(emu, seconds):
    """Let the tasks just created leave CREATING (the emulator moves them after transition_seconds)."""
    time.sleep(seconds + 0.1)
    return emu


# ---- 1. API calls per operation ---------------------------------------------------------------


def calls_operations():
    """(name, goal, setup(emu), extra vars) of every operation measured."""
    task_id = 'task-bench0001'

    def nothing(emu):
        return emu

    def by_id(emu):
        create_tasks(emu, [api_task(TaskId=task_id)])

    def by_name(emu):
        create_tasks(emu, [api_task()])

    def look_alikes(emu):
        # 249 other tasks whose names contain the name: SearchWord matches them all, 3 pages of 100.
        create_tasks(emu, [api_task()] + [api_task(TaskName='bench-task-%03d' % n) for n in range(249)])

    return [
        # By name, the list answer lacks a task's Tags and Connections: the task found is described for
        # them (one DescribeDatahubTask more than by task_id, since 0.2.0; docs/performance.md).
        ('create, wait=false, by name', '2', nothing, option_task(wait=False)),
        ('create, wait=false, with task_id', '2', nothing, option_task(task_id=task_id, wait=False)),
        ('create, wait=true, by name', '2 + polls', nothing, option_task()),
        ('no-op rerun by task_id', '1', by_id, option_task(task_id=task_id)),
        ('no-op rerun by name (1 page)', '2', by_name, option_task()),
        ('no-op rerun by name (250 matches, 3 pages)', '4', look_alikes, option_task()),
        ('update description by task_id', '2', by_id, option_task(task_id=task_id, description='changed')),
        ('update description by name', '3', by_name, option_task(description='changed')),
        ('delete, wait=true, by task_id', '2 + polls', by_id, {'task_id': task_id, 'state': 'absent'}),
        ('delete, wait=true, by name', '3 + polls', by_name, {'task_name': 'bench-task', 'state': 'absent'}),
    ]


def section_calls(table, opts):
    print('\n== 1. API calls per operation (emulator request log; transition_seconds=%s, no rate limit)' % opts.transition, flush=True)
    repeats = opts.repeats or (1 if opts.quick else 3)
    with benchlib.emulator(transition_seconds=opts.transition, rate_limit=0) as emu:
        for name, goal, setup, variables in calls_operations():
            totals, seconds, breakdowns = [], [], []
            for dummy in range(repeats):
                emu.reset()
                setup(emu)
                wait_settled(emu, opts.transition)
                before = len(emu.requests())
                run = benchlib.run_playbook(emu, 'declare.yml', extra_vars=variables).check()
                entries = emu.requests()[before:]
                totals.append(len(entries))
                seconds.append(run.task_seconds('Declare the task'))
                breakdowns.append(benchlib.describe_counts(benchlib.action_counts(entries)))
            common = max(set(breakdowns), key=breakdowns.count)
            table.add('1 calls', name, spread(totals), goal, '%s; task %s s' % (common, fmt(median(seconds))))


# ---- 2. per-item cost -------------------------------------------------------------------------


def section_item(table, opts):
    count = 10 if opts.quick else 40
    repeats = opts.repeats or (1 if opts.quick else 3)
    print('\n== 2. Per-item cost: loop of %d no-op datahub_task items against %d ansible.builtin.ping items' % (count, count), flush=True)
    with benchlib.emulator(transition_seconds=0.1, rate_limit=0) as emu:
        create_tasks(emu, [api_task(TaskId='task-bench%04d' % n, TaskName='bench-item-%04d' % n) for n in range(count)])
        wait_settled(emu, 0.1)
        variables = option_task()
        variables.pop('task_name')
        runs = (('ping', dict(ping_count=count, item_count=0)), ('datahub_task', dict(ping_count=0, item_count=count)),
                ('empty', dict(ping_count=0, item_count=0)))
        walls = dict((name, []) for name, counts in runs)
        cpus = dict((name, []) for name, counts in runs)
        calls = []
        for number in range(repeats):
            for name, counts in (runs if number % 2 == 0 else tuple(reversed(runs))):
                variables.update(counts)
                before = len(emu.requests())
                run = benchlib.run_playbook(emu, 'per_item.yml', extra_vars=variables).check()
                if name == 'datahub_task':
                    calls.append(len(emu.requests()) - before)
                    changed = [e for e in run.results('No-op datahub_task loop') if e['event'] == 'item' and e['changed']]
                    if changed:
                        raise RuntimeError('the datahub_task items were not no-ops: %s' % changed[:2])
                    walls[name].append(run.task_seconds('No-op datahub_task loop') / count * 1000)
                elif name == 'ping':
                    walls[name].append(run.task_seconds('Ping loop') / count * 1000)
                cpus[name].append(run.cpu)
        cpu_item = dict((name, [(cpu - empty) / count * 1000 for cpu, empty in zip(cpus[name], cpus['empty'])])
                        for name in ('ping', 'datahub_task'))
        table.add('2 item', 'ansible.builtin.ping per item (wall ms)', spread(walls['ping']), '', 'CPU %s ms' % spread(cpu_item['ping']))
        table.add('2 item', 'no-op datahub_task per item (wall ms)', spread(walls['datahub_task']), '',
                  'CPU %s ms; API calls per item: %s' % (spread(cpu_item['datahub_task']), fmt(median(calls) / count)))
        table.add('2 item', 'ratio datahub_task / ping, wall', spread([d / p for d, p in zip(walls['datahub_task'], walls['ping'])]), '<= 1.5')
        table.add('2 item', 'ratio datahub_task / ping, CPU', spread([d / p for d, p in zip(cpu_item['datahub_task'], cpu_item['ping'])]),
                  '<= 1.5', 'CPU of the whole ansible-playbook tree, minus a run with no items')
        if opts.profile:
            controller_profile(table, emu, variables, count, opts.profile)
        anatomy(table, emu, opts)


def profile_seconds(paths, waiting):
    """Total seconds of the cProfile files at paths, and the part spent in the function named waiting."""
    paths = [path for path in paths if os.path.getsize(path)]
    if not paths:
        return 0.0, 0.0
    stats = pstats.Stats(*paths)
    waited = sum(row[2] for key, row in stats.stats.items() if key[2] == waiting)
    return stats.total_tt, waited


def controller_profile(table, emu, variables, count, directory):
    """One profiled run of each loop: what the controller itself spends per item, beside the module's process.

    The worker's own time is its total minus its waits on the module's processes (select.poll); the main
    process's is its total minus its sleeps between checks on the workers, minus a run with no items.
    """
    own = {}
    for name, counts in (('ping', dict(ping_count=count, item_count=0)), ('datahub_task', dict(ping_count=0, item_count=count)),
                         ('empty', dict(ping_count=0, item_count=0))):
        target = os.path.join(directory, name)
        shutil.rmtree(target, ignore_errors=True)
        os.makedirs(target)
        env = dict(PROFILE_DIR=target, PYTHONPATH=os.pathsep.join([PROFILING, benchlib.SETTINGS['collections_path']]))
        benchlib.run_playbook(emu, 'per_item.yml', extra_vars=dict(variables, **counts), env=env).check()
        worker_total, worker_waiting = profile_seconds(glob.glob(os.path.join(target, 'worker-*.prof')),
                                                       "<method 'poll' of 'select.poll' objects>")
        main_total, main_sleeping = profile_seconds(glob.glob(os.path.join(target, 'main-*.prof')), '<built-in method time.sleep>')
        own[name] = (worker_total - worker_waiting, main_total - main_sleeping, worker_waiting)
    for name in ('ping', 'datahub_task'):
        worker, main, waiting = own[name]
        worker_empty, main_empty, dummy = own['empty']
        table.add('2 item', 'controller per item, %s (profiled, ms)' % name,
                  fmt((worker - worker_empty + main - main_empty) / count * 1000), '',
                  'worker %s ms, main process %s ms; the worker waited %s ms per item on the module; profiles in %s'
                  % (fmt((worker - worker_empty) / count * 1000), fmt((main - main_empty) / count * 1000),
                     fmt(waiting / count * 1000), os.path.join(directory, name)))


def keep_payloads(emu, remote):
    """AnsiballZ wrappers of one ping and one no-op datahub_task item (ANSIBLE_KEEP_REMOTE_FILES=1), kept under remote."""
    variables = option_task(item_count=1, ping_count=1)
    variables.pop('task_name')
    benchlib.run_playbook(emu, 'per_item.yml', extra_vars=variables,
                          env=dict(ANSIBLE_KEEP_REMOTE_FILES='1', ANSIBLE_REMOTE_TMP=remote)).check()
    found = {}
    for path in glob.glob(os.path.join(remote, '*', 'AnsiballZ_*.py')):
        found[os.path.basename(path)[len('AnsiballZ_'):-3]] = path
    return found


def time_command(command, repeats, env=None):
    """Wall and CPU (user + system of the child) seconds of each run of command."""
    walls, cpus = [], []
    for dummy in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        subprocess.run(command, capture_output=True, check=True, env=env)
        walls.append(time.monotonic() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return walls, cpus


def import_time(module):
    """Microseconds of `import module` (python -X importtime, cumulative of the top-level import) and the largest."""
    env = dict(os.environ, PYTHONPATH=benchlib.SETTINGS['collections_path'])
    output = subprocess.run([sys.executable, '-X', 'importtime', '-c', 'import %s' % module], capture_output=True, text=True,
                            check=True, env=env).stderr
    rows = []
    for line in output.splitlines():
        match = re.match(r'import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)', line)
        if match:
            rows.append((int(match.group(2)), len(match.group(3)), match.group(4)))
    total = [row[0] for row in rows if row[2] == module]
    return (total[0] if total else None), rows


def anatomy(table, emu, opts):
    """Where the per-item time of datahub_task goes: the module side alone, payload size, imports."""
    repeats = 5 if opts.quick else 15
    remote = tempfile.mkdtemp(prefix='ckafka-bench-remote-')
    try:
        time_module_side(table, keep_payloads(emu, remote), repeats)
    finally:
        shutil.rmtree(remote, ignore_errors=True)
    import_times(table, opts)


def time_module_side(table, payloads, repeats):
    """CPU of running each kept AnsiballZ wrapper again by itself: the module's share of an item."""
    cpu_ms = {}
    for name in ('ping', 'datahub_task'):
        path = payloads.get(name)
        if not path:
            table.add('2 item', 'AnsiballZ_%s.py' % name, 'missing')
            continue
        size = os.path.getsize(path)
        walls, cpus = time_command([sys.executable, path], repeats)
        cpu_ms[name] = median(cpus) * 1000
        table.add('2 item', 'AnsiballZ payload %s (KiB)' % name, fmt(size / 1024.0))
        table.add('2 item', 'module side alone, %s (CPU ms)' % name, spread([c * 1000 for c in cpus]), '',
                  'python AnsiballZ_%s.py; wall %s ms' % (name, fmt(median(walls) * 1000)))
    if len(cpu_ms) == 2:
        table.add('2 item', 'module side, datahub_task - ping (CPU ms)', fmt(cpu_ms['datahub_task'] - cpu_ms['ping']), '',
                  'ratio %s' % fmt(cpu_ms['datahub_task'] / cpu_ms['ping']))


def import_times(table, opts):
    prefix = 'ansible_collections.tencentcloud.ckafka.plugins.'
    for module in ('ansible.module_utils.basic', prefix + 'modules.datahub_task', 'requests',
                   prefix + 'module_utils.resources.datahub_task.schema'):
        samples = []
        try:
            for dummy in range(3):
                total, rows = import_time(module)
                samples.append(total)
        except subprocess.CalledProcessError:
            # a copy measured with --collections-path may predate the module (an A/B run)
            table.add('2 item', 'import %s (ms, alone)' % module.replace(prefix, ''), 'n/a', '', 'not in this copy')
            continue
        table.add('2 item', 'import %s (ms, alone)' % module.replace(prefix, ''), fmt(median(samples) / 1000.0))
        if module.endswith('modules.datahub_task') and opts.verbose:
            print('    largest imports under datahub_task (cumulative us):')
            for cumulative, depth, name in sorted(rows, reverse=True)[:25]:
                print('      %8d %s%s' % (cumulative, ' ' * (depth // 2), name))


# ---- 3. client against the official SDK -------------------------------------------------------


def sdk_client(emu, keep_alive):
    from tencentcloud.common import credential  # pylint: disable=import-outside-toplevel
    from tencentcloud.common.profile.client_profile import ClientProfile  # pylint: disable=import-outside-toplevel
    from tencentcloud.common.profile.http_profile import HttpProfile  # pylint: disable=import-outside-toplevel
    from tencentcloud.ckafka.v20190819 import ckafka_client  # pylint: disable=import-outside-toplevel
    http = HttpProfile(endpoint='%s:%d' % (emu.host, emu.port), protocol='http', keepAlive=keep_alive)
    http.scheme = 'http'
    profile = ClientProfile(httpProfile=http)
    return ckafka_client.CkafkaClient(credential.Credential(emu.secret_id, emu.secret_key), benchlib.REGION, profile)


def sdk_rates(emu, calls, rounds):
    """calls/s of our client and of the SDK (keep-alive off and on), `rounds` alternating rounds of `calls` calls."""
    from tencentcloud.ckafka.v20190819 import models  # pylint: disable=import-outside-toplevel
    task_id = create_tasks(emu, [api_task(TaskId='task-benchsdk1')])[0]
    ours = new_client(emu)
    sdks = {'SDK, keepAlive=False (default)': sdk_client(emu, False), 'SDK, keepAlive=True': sdk_client(emu, True)}

    def run_ours(number=calls):
        for dummy in range(number):
            ours.call('DescribeDatahubTask', {'TaskId': task_id}, idempotent=True)

    def sdk_runner(client):
        def run(number=calls):
            for dummy in range(number):
                request = models.DescribeDatahubTaskRequest()
                request.TaskId = task_id
                client.DescribeDatahubTask(request)
        return run

    runners = [('our CkafkaClient', run_ours)] + [(name, sdk_runner(client)) for name, client in sdks.items()]
    for name, runner in runners:
        runner(10)  # warm up: imports, first connection
    rates = dict((name, []) for name, runner in runners)
    for number in range(rounds):
        order = runners if number % 2 == 0 else list(reversed(runners))
        for name, runner in order:
            started = time.perf_counter()
            runner()
            rates[name].append(calls / (time.perf_counter() - started))
    ours.close()
    return rates, list(sdks)


def section_sdk(table, opts):
    calls = 100 if opts.quick else 500
    rounds = opts.repeats or (2 if opts.quick else 5)
    print('\n== 3. %d signed DescribeDatahubTask calls: our CkafkaClient against tencentcloud-sdk-python (rate_limit=0)' % calls, flush=True)
    with benchlib.emulator(transition_seconds=0.1, rate_limit=0) as emu:
        rates, sdks = sdk_rates(emu, calls, rounds)
    for name in rates:
        table.add('3 sdk', '%s (calls/s)' % name, spread(rates[name]))
    best = max(median(rates[name]) for name in sdks)
    per_round = [o / max(s) for o, s in zip(rates['our CkafkaClient'], zip(*[rates[n] for n in sdks]))]
    table.add('3 sdk', 'ratio ours / fastest SDK (calls/s)', fmt(median(rates['our CkafkaClient']) / best), '>= 1',
              'per-round: %s' % ', '.join(fmt(r) for r in per_round))
    # The emulator used to answer in two writes without TCP_NODELAY: show what that cost a kept-alive client.
    with benchlib.emulator(nagle=True, transition_seconds=0.1, rate_limit=0) as emu:
        stalled, sdks = sdk_rates(emu, min(calls, 100), 1)
    table.add('3 sdk', 'emulator with Nagle on (as before), ours / SDK default', '%s / %s' % (
        fmt(median(stalled['our CkafkaClient'])), fmt(median(stalled[sdks[0]]))), '', 'calls/s, %d calls, 1 round' % min(calls, 100))


# ---- 4. scale under the rate limit ------------------------------------------------------------


def section_scale(table, opts):
    hosts, per_host = (5, 2) if opts.quick else (20, 5)
    repeats = opts.repeats or (1 if opts.quick else 2)
    print('\n== 4. Scale: %d tasks from %d hosts x %d items, forks %d, %d requests/s per action (transition_seconds=%s)'
          % (hosts * per_host, hosts, per_host, hosts, DEFAULT_RATE_LIMIT, opts.transition), flush=True)
    with benchlib.emulator(transition_seconds=opts.transition, rate_limit=DEFAULT_RATE_LIMIT) as emu:
        walls, floors, ratios, throttled, failures, totals, breakdowns, cpus = [], [], [], [], [], [], [], []
        for dummy in range(repeats):
            emu.reset()
            run = benchlib.run_playbook(emu, 'scale.yml', extra_vars=option_task(tasks_per_host=per_host),
                                        hosts=['bench%02d' % n for n in range(hosts)], forks=hosts)
            entries = emu.requests()
            accepted = [e for e in entries if e.get('error_code') != 'RequestLimitExceeded']
            counts = benchlib.action_counts(accepted)
            created = len(emu.tasks())
            failed = len(run.failures()) + (0 if run.rc == 0 else 1) + abs(hosts * per_host - created)
            wall = run.task_seconds('Create the tasks')
            floor = max(counts.values()) / float(DEFAULT_RATE_LIMIT)
            walls.append(wall)
            floors.append(floor)
            ratios.append(wall / floor if wall and floor else None)
            throttled.append(len(entries) - len(accepted))
            failures.append(failed)
            totals.append(len(accepted))
            breakdowns.append(benchlib.describe_counts(counts))
            cpus.append(run.cpu / (os.cpu_count() or 1))
        table.add('4 scale', 'wall time of the create task (s)', spread(walls), '', 'last run: %s' % breakdowns[-1])
        table.add('4 scale', 'floor: busiest action calls / %d (s)' % DEFAULT_RATE_LIMIT, spread(floors), '',
                  'total accepted calls %s, /20 = %s s' % (spread(totals), fmt(median(totals) / 20.0)))
        table.add('4 scale', 'ratio wall / floor', spread(ratios))
        table.add('4 scale', 'CPU of the whole run / nproc (s)', spread(cpus), '', 'the floor the machine sets (controller + modules)')
        table.add('4 scale', 'throttled answers (RequestLimitExceeded)', spread(throttled), '', 'retried by the client')
        table.add('4 scale', 'failures (items failed + tasks missing)', spread(failures), '0')


# ---- 5. listing 1,000 tasks -------------------------------------------------------------------


def section_list(table, opts):
    count = 250 if opts.quick else 1000
    repeats = opts.repeats or (1 if opts.quick else 3)
    print('\n== 5. datahub_task_info over %d tasks' % count, flush=True)
    with benchlib.emulator(transition_seconds=0.1, rate_limit=0) as emu:
        started = time.monotonic()
        create_tasks(emu, [api_task(TaskName='list-%04d' % n) for n in range(count)])
        setup = time.monotonic() - started
        emu.configure(rate_limit=DEFAULT_RATE_LIMIT)
        calls, seconds = [], []
        for dummy in range(repeats):
            before = len(emu.requests())
            run = benchlib.run_playbook(emu, 'list.yml', extra_vars=dict(expected_count=count)).check()
            calls.append(len(emu.requests()) - before)
            seconds.append(run.task_seconds('List every task'))
        table.add('5 list', 'datahub_task_info calls for %d tasks' % count, spread(calls), '%d' % -(-count // 100))
        table.add('5 list', 'datahub_task_info task time (s)', spread(seconds), '',
                  'set-up: %d creates through CkafkaClient in %s s' % (count, fmt(setup)))
        # pylint: disable-next=import-outside-toplevel
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi  # pylint: disable=import-outside-toplevel
        client = new_client(emu, rate_limited=True)
        in_process = []
        for dummy in range(repeats):
            started = time.perf_counter()
            ResourceApi(client, DatahubTask).list_answers({})
            in_process.append(time.perf_counter() - started)
        client.close()
        table.add('5 list', 'ResourceApi.list_answers() in process (s)', spread(in_process), '', 'the API part of the above')


# ---- 6. fleets: datahub_tasks against a loop of datahub_task ----------------------------------------


def fleet_config(count, prefix='fleet'):
    return [option_task(task_name='%s-%03d' % (prefix, n)) for n in range(count)]


def run_counted(emu, playbook, task, extra_vars):
    """(seconds of task, {action: accepted calls}, throttled answers) of one playbook run."""
    before = len(emu.requests())
    run = benchlib.run_playbook(emu, playbook, extra_vars=extra_vars).check()
    entries = emu.requests()[before:]
    accepted = [e for e in entries if e.get('error_code') != 'RequestLimitExceeded']
    return run.task_seconds(task), benchlib.action_counts(accepted), len(entries) - len(accepted)


def section_fleet(table, opts):
    count = 50 if opts.quick else 200
    looped = 5 if opts.quick else 20
    gathered = 100 if opts.quick else 500
    repeats = opts.repeats or (1 if opts.quick else 2)
    floor = count / float(DEFAULT_RATE_LIMIT)
    print('\n== 6. Fleet: %d tasks with datahub_tasks against a loop of datahub_task (%d items, scaled to %d), %d requests/s '
          'per action (transition_seconds=%s)' % (count, looped, count, DEFAULT_RATE_LIMIT, opts.transition), flush=True)
    with benchlib.emulator(transition_seconds=opts.transition, rate_limit=DEFAULT_RATE_LIMIT) as emu:
        creates, reruns, rerun_calls, create_calls, throttled = [], [], [], [], []
        for dummy in range(repeats):
            emu.reset()
            seconds, counts, refused = run_counted(emu, 'fleet.yml', 'Declare the fleet', dict(fleet_config=fleet_config(count)))
            creates.append(seconds)
            create_calls.append(counts)
            throttled.append(refused)
            seconds, counts, refused = run_counted(emu, 'fleet.yml', 'Declare the fleet', dict(fleet_config=fleet_config(count)))
            reruns.append(seconds)
            rerun_calls.append(sum(counts.values()))
        table.add('6 fleet', '%d creates with wait, one datahub_tasks run (s)' % count, spread(creates), '<= %s' % fmt(1.5 * floor),
                  'floor %d creates / %d per s = %s s; last run: %s' % (count, DEFAULT_RATE_LIMIT, fmt(floor), benchlib.describe_counts(create_calls[-1])))
        table.add('6 fleet', 'ratio create time / floor', spread([s / floor for s in creates if s]), '<= 1.5')
        table.add('6 fleet', 'throttled answers during the creates', spread(throttled), '', 'client-side rate_limit 20/s per action')
        table.add('6 fleet', 'no-op rerun of %d tasks: calls' % count, spread(rerun_calls), '<= 3')
        table.add('6 fleet', 'no-op rerun of %d tasks (s)' % count, spread(reruns))

        loop_creates, loop_reruns = [], []
        for dummy in range(repeats):
            emu.reset()
            variables = option_task(tasks_per_host=looped)
            seconds = run_counted(emu, 'scale.yml', 'Create the tasks', variables)[0]
            loop_creates.append(seconds / looped * count)
            seconds = run_counted(emu, 'scale.yml', 'Create the tasks', variables)[0]
            loop_reruns.append(seconds / looped * count)
        table.add('6 fleet', 'datahub_task loop: %d creates with wait (s)' % count, spread(loop_creates), '',
                  'measured over %d items, scaled to %d' % (looped, count))
        table.add('6 fleet', 'speed-up of the fleet create over the loop', spread([loop / fleet for loop, fleet in zip(loop_creates, creates)]),
                  '>= 10')
        table.add('6 fleet', 'datahub_task loop: %d no-op items (s)' % count, spread(loop_reruns), '',
                  'measured over %d items, scaled to %d' % (looped, count))
        table.add('6 fleet', 'speed-up of the fleet no-op rerun over the loop', spread([loop / fleet for loop, fleet in zip(loop_reruns, reruns)]),
                  '>= 30')

        emu.reset()
        # Half the tasks carry tags. The list answer lacks tags, transforms and schema, so gathered describes
        # every task in scope (it cannot tell which have them).
        tagged = api_task(TaskName='gather-{n}', Tags=[{'TagKey': 'team', 'TagValue': 'data'}])
        emu.seed('datahub_task', template=api_task(TaskName='plain-{n}'), count=gathered // 2, width=3)
        emu.seed('datahub_task', template=tagged, count=gathered - gathered // 2, width=3)
        wait_settled(emu, opts.transition)
        seconds_list, lists, describes = [], [], []
        for dummy in range(repeats):
            seconds, counts, refused = run_counted(emu, 'fleet.yml', 'Declare the fleet',
                                                   dict(fleet_state='gathered', fleet_scope={}, expected_count=gathered))
            seconds_list.append(seconds)
            lists.append(counts.get('DescribeDatahubTasks', 0))
            describes.append(counts.get('DescribeDatahubTask', 0))
        table.add('6 fleet', 'gathered over %d tasks: list calls' % gathered, spread(lists), '<= %d' % -(-gathered // 100))
        table.add('6 fleet', 'gathered over %d tasks: DescribeDatahubTask calls' % gathered, spread(describes), '',
                  'one per task: the list lacks tags, transforms, schema')
        table.add('6 fleet', 'gathered over %d tasks (s)' % gathered, spread(seconds_list))


def section_region(table, opts):
    """Cost follows the declaration: a few entries in a region of thousands plan with a call per entry (issue 29)."""
    region = 500 if opts.quick else 2900
    few = 2
    print('\n== 7. Cost of %d entries in a region of %d tasks (datahub_tasks; a whole listing would be %d pages of 100)'
          % (few, region, -(-region // 100)), flush=True)
    reads = ('DescribeDatahubTasks', 'DescribeDatahubTask')
    with benchlib.emulator(transition_seconds=opts.transition, rate_limit=DEFAULT_RATE_LIMIT) as emu:
        emu.seed('datahub_task', template=api_task(TaskName='region-{n}'), count=region, width=4)
        wait_settled(emu, opts.transition)
        config = fleet_config(few, prefix='few')
        # The plan reads the listing's first page (the region's size) and then lists by each entry's name; a
        # create adds the check for a twin of its name (a list by name) and the wait's polls of the new tasks.
        goals = (('create with wait', 'plan %d + twin check %d + polls' % (few + 1, few)), ('no-op rerun', '<= %d' % (few + 1)))
        for label, goal in goals:
            seconds, counts, refused = run_counted(emu, 'fleet.yml', 'Declare the fleet', dict(fleet_config=config))
            table.add('7 region', '%d entries in %d tasks, %s: read calls' % (few, region, label),
                      str(sum(counts.get(action, 0) for action in reads)), goal,
                      '%s; %s s' % (benchlib.describe_counts(counts), fmt(seconds)))


BENCH_INSTANCE = 'ckafka-bench001'
# The documented limits per action the emulator applies (docs/emulator.md) and the topics module keeps to.
TOPIC_RATES = {'CreateTopic': 20, 'DeleteTopic': 1, 'DescribeTopicDetail': 100, 'DescribeTopic': 100, 'DescribeTopicAttributes': 100}
TOPIC_READS = ('DescribeTopicDetail', 'DescribeTopic', 'DescribeTopicAttributes')


def topics_config(count, prefix='bench-'):
    return [{'topic_name': '%s%03d' % (prefix, n), 'partition_num': 1, 'replica_num': 2} for n in range(count)]


def read_floor(counts):
    """Seconds the read calls of counts take at least at their documented rates."""
    return sum(counts.get(action, 0) / float(TOPIC_RATES[action]) for action in TOPIC_READS)


def module_runs(emu, name, options, runs):
    """([seconds] of runs runs of the module name's main() in this process against emu, after one more run not timed;
    {action: calls} of the last)."""
    from ansible.module_utils.testing import patch_module_args  # pylint: disable=import-outside-toplevel
    module = importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.modules.' + name)
    args = dict(options, secret_id=emu.secret_id, secret_key=emu.secret_key, region=benchlib.REGION, endpoint=emu.endpoint)
    times, counts = [], {}
    # the first run also imports what the module imports lazily (part of a module's start-up): not timed
    for run in range(runs + 1):
        before = len(emu.requests())
        printed = io.StringIO()
        started = time.perf_counter()
        with patch_module_args(args), contextlib.redirect_stdout(printed):
            try:
                module.main()
            except SystemExit:
                pass
        if run:
            times.append(time.perf_counter() - started)
        result = json.loads(printed.getvalue())
        if result.get('failed') or result.get('changed'):
            raise RuntimeError('%s was not a no-op: %s' % (name, result.get('msg')))
        counts = benchlib.action_counts(emu.requests()[before:])
    return times, counts


def section_topics(table, opts):
    """topics on one instance under the documented limits per action (issue 30)."""
    count = 50 if opts.quick else 200
    pruned = 30
    repeats = opts.repeats or 1
    create_floor = count / float(TOPIC_RATES['CreateTopic'])
    prune_floor = pruned / float(TOPIC_RATES['DeleteTopic'])
    rates = (TOPIC_RATES['CreateTopic'], TOPIC_RATES['DeleteTopic'], TOPIC_RATES['DescribeTopicDetail'])
    print('\n== 8. Topics: %d topics on one instance with topics, their no-op rerun, a prune of %d (CreateTopic %d/s, '
          'DeleteTopic %d/s, reads %d/s)' % ((count, pruned) + rates), flush=True)
    scope = {'instance_id': BENCH_INSTANCE}
    with benchlib.emulator(rate_limit=DEFAULT_RATE_LIMIT) as emu:
        creates, create_calls, throttled, reruns, rerun_calls, rerun_floors, rerun_throttled = [], [], [], [], [], [], []
        for dummy in range(repeats):
            emu.reset()
            emu.seed_instance(BENCH_INSTANCE, 'bench')
            variables = dict(topics_config=topics_config(count), topics_scope=scope)
            seconds, counts, refused = run_counted(emu, 'topics.yml', 'Declare the topics', variables)
            creates.append(seconds)
            create_calls.append(counts)
            throttled.append(refused)
            seconds, counts, refused = run_counted(emu, 'topics.yml', 'Declare the topics', variables)
            reruns.append(seconds)
            rerun_calls.append(counts)
            rerun_floors.append(read_floor(counts))
            rerun_throttled.append(refused)
        table.add('8 topics', '%d creates, one topics run (s)' % count, spread(creates), '<= %s' % fmt(1.5 * create_floor),
                  'floor %d creates / %d per s = %s s; last run: %s'
                  % (count, TOPIC_RATES['CreateTopic'], fmt(create_floor), benchlib.describe_counts(create_calls[-1])))
        table.add('8 topics', 'ratio create time / floor', spread([s / create_floor for s in creates if s]), '<= 1.5')
        table.add('8 topics', 'throttled answers during the creates', spread(throttled), '0',
                  'the module paces each action at its documented rate')
        table.add('8 topics', 'no-op rerun of %d topics: calls' % count, spread([sum(calls.values()) for calls in rerun_calls]), '',
                  'last run: %s; throttled %s' % (benchlib.describe_counts(rerun_calls[-1]), spread(rerun_throttled)))
        floor = rerun_floors[-1]
        table.add('8 topics', 'no-op rerun of %d topics (s)' % count, spread(reruns), '<= %s' % fmt(1.5 * floor),
                  'floor of its read path: %s s (reads at %d per s)' % (fmt(floor), TOPIC_RATES['DescribeTopicDetail']))
        table.add('8 topics', 'ratio rerun time / read floor', spread([s / low for s, low in zip(reruns, rerun_floors) if s and low]), '<= 1.5')
        # What any run costs before its first call: a topics run on an instance without topics (one listing page).
        emu.reset()
        emu.seed_instance(BENCH_INSTANCE, 'bench')
        fixed = [run_counted(emu, 'topics.yml', 'Declare the topics', dict(topics_state='gathered', topics_scope=scope))[0]
                 for dummy in range(repeats)]
        table.add('8 topics', 'fixed cost: gathered on an empty instance (s)', spread(fixed), '',
                  'module start-up and one listing page, paid by every run')
        table.add('8 topics', 'no-op rerun less the fixed cost (s)', spread([s - median(fixed) for s in reruns if s]), '<= %s' % fmt(1.5 * floor))
        # The module's own run of the same rerun, without the start-up of ansible-playbook and of the module's
        # process: main() in this process (imports done), from its arguments to its result, calls included.
        emu.seed('topic', [dict(InstanceId=BENCH_INSTANCE, TopicName=entry['topic_name'], PartitionNum=entry['partition_num'],
                                ReplicaNum=entry['replica_num']) for entry in topics_config(count)])
        own, own_calls = module_runs(emu, 'topics', dict(state='merged', scope=scope, config=topics_config(count)), runs=10)
        own_floor = 1000 * read_floor(own_calls)
        table.add('8 topics', 'no-op rerun, the module\'s own run (ms)', spread([1000 * seconds for seconds in own]), '<= %s' % fmt(1.5 * own_floor),
                  'main() in process, arguments to result: %s; floor %s ms' % (benchlib.describe_counts(own_calls), fmt(own_floor)))

        prunes, prune_calls, prune_throttled = [], [], []
        for dummy in range(repeats):
            emu.reset()
            emu.seed_instance(BENCH_INSTANCE, 'bench')
            # Seeded topics count as a day old: the delete window does not hold the prune up.
            items = [{'InstanceId': BENCH_INSTANCE, 'TopicName': 'prune-%03d' % n, 'PartitionNum': 1, 'ReplicaNum': 2} for n in range(pruned)]
            items.append({'InstanceId': BENCH_INSTANCE, 'TopicName': 'prune-keep', 'PartitionNum': 1, 'ReplicaNum': 2})
            emu.seed('topic', items)
            variables = dict(topics_state='overridden', topics_config=[{'topic_name': 'prune-keep', 'partition_num': 1, 'replica_num': 2}],
                             topics_scope=dict(scope, name_prefix='prune-'), topics_max_deletions=pruned)
            seconds, counts, refused = run_counted(emu, 'topics.yml', 'Declare the topics', variables)
            prunes.append(seconds)
            prune_calls.append(counts)
            prune_throttled.append(refused)
        table.add('8 topics', 'prune of %d topics, overridden (s)' % pruned, spread(prunes), '',
                  'floor %d deletes / %d per s = %s s; last run: %s'
                  % (pruned, TOPIC_RATES['DeleteTopic'], fmt(prune_floor), benchlib.describe_counts(prune_calls[-1])))
        table.add('8 topics', 'throttled answers during the prune', spread(prune_throttled), '0')


# ---- the report -------------------------------------------------------------------------------


def write_doc(path, table, machine, opts):
    machine = machine + [('load average at the end', benchlib.load_average())]
    generated = '\n'.join([
        BEGIN,
        '',
        '## Latest figures',
        '',
        'Command: `%s`' % ' '.join(['.venv/bin/python', 'tests/benchmarks/run.py'] + opts.argv),
        '',
        '| machine | |',
        '| --- | --- |',
    ] + ['| %s | %s |' % (label, value) for label, value in machine] + [
        '',
        table.markdown(),
        '',
        END,
    ])
    if os.path.exists(path):
        with open(path) as handle:
            text = handle.read()
        if BEGIN in text and END in text:
            text = text[:text.index(BEGIN)] + generated + text[text.index(END) + len(END):]
        else:
            text = text.rstrip('\n') + '\n\n' + generated + '\n'
    else:
        text = '# Performance\n\n' + generated + '\n'
    with open(path, 'w') as handle:
        handle.write(text)
    print('\nwrote %s' % path)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n', maxsplit=1)[0])
    parser.add_argument('-s', '--sections', default=','.join(SECTIONS), help='comma-separated subset of %s' % ','.join(SECTIONS))
    parser.add_argument('--quick', action='store_true', help='fewer items and repeats (a smoke run)')
    parser.add_argument('--repeats', type=int, help='runs per figure (default: 3, 1 with --quick; 5 rounds for sdk)')
    parser.add_argument('--transition', type=float, default=1.0, help='emulator transition_seconds for calls and scale (default 1.0)')
    parser.add_argument('--doc', help='write the figures into this Markdown file (default: docs/performance.md on a full run)')
    parser.add_argument('--no-doc', action='store_true', help='never write the Markdown file')
    parser.add_argument('--collections-path', help='playbooks and import timings use the collection under this path '
                        '(holding ansible_collections/tencentcloud/ckafka), to measure a prototype change')
    parser.add_argument('--profile', metavar='DIR', help='item section: also profile one run of each loop (cProfile of '
                        'the workers and the main process, files kept under DIR) and print the controller\'s share')
    parser.add_argument('-v', '--verbose', action='store_true', help='also print the largest imports of datahub_task')
    opts = parser.parse_args(argv)
    opts.argv = list(argv)
    opts.sections = [name.strip() for name in opts.sections.split(',') if name.strip()]
    unknown = [name for name in opts.sections if name not in SECTIONS]
    if unknown:
        parser.error('unknown section(s) %s; choose from %s' % (', '.join(unknown), ', '.join(SECTIONS)))
    return opts


def main(argv=None):
    opts = parse_args(sys.argv[1:] if argv is None else argv)
    benchlib.ensure_link()
    if opts.collections_path:
        benchlib.SETTINGS['collections_path'] = os.path.abspath(opts.collections_path)
    machine = benchlib.machine()
    for label, value in machine:
        print('%-16s %s' % (label, value))
    table = Table()
    started = time.monotonic()
    functions = dict(calls=section_calls, item=section_item, sdk=section_sdk, scale=section_scale, list=section_list,
                     fleet=section_fleet, region=section_region, topics=section_topics)
    for name in SECTIONS:
        if name in opts.sections:
            functions[name](table, opts)
    print('\n' + table.text())
    print('\ntotal benchmark time: %s s' % fmt(time.monotonic() - started))
    full = set(opts.sections) == set(SECTIONS) and not opts.quick
    path = opts.doc or (DOC if full else None)
    if path and not opts.no_doc:
        write_doc(path, table, machine, opts)
    return 0


if __name__ == '__main__':
    sys.exit(main())
