# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Faults: every call the modules make, under every fault kind of the emulator.

Reads are retried and succeed; writes end in the declared state and never leave a duplicate;
when retries run out the failure names the action and the error code, and what is known of the
task. The cases of one action run in a single ansible-playbook run (playbooks/reliability_faults/):
the playbook injects each case's faults through the emulator's admin API right before the module
call, so a batch of about ten cases costs one ansible start-up. Each action has an emulator of its
own (faults are per action and global), so the selected batches run side by side.
"""

import collections
import concurrent.futures
import time

import pytest

from conftest import run_playbook, start_emulator

PLAYBOOK = 'reliability_faults/cases.yml'
# The module calls use a short read timeout, so that a delay fault of DELAY seconds is a timeout.
READ_TIMEOUT = 1
DELAY = 2.5
# Small backoff keeps the matrix fast; retries themselves are what is tested.
RETRY_MAX_DELAY = 0.5
TRANSITION = 0.2

FAULTS = collections.OrderedDict([
    ('error-InternalError', dict(kind='error', code='InternalError')),
    ('error-RequestLimitExceeded', dict(kind='error', code='RequestLimitExceeded')),
    ('http-502', dict(kind='http_status', status=502)),
    ('http-503', dict(kind='http_status', status=503)),
    ('drop_before', dict(kind='drop_before')),
    ('drop_after', dict(kind='drop_after')),
    ('delay', dict(kind='delay', seconds=DELAY)),
])
# Faults that outlast every retry (max_retries is 1 in these cases), and the error code each must report.
EXHAUSTED = collections.OrderedDict([
    ('exhausted-InternalError', (dict(kind='error', code='InternalError', count=30), 'InternalError')),
    ('exhausted-RequestLimitExceeded', (dict(kind='error', code='RequestLimitExceeded', count=30), 'RequestLimitExceeded')),
])
ACTIONS = ('CreateDatahubTask', 'DescribeDatahubTask', 'DescribeDatahubTasks', 'ModifyDatahubTask',
           'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask', 'RestartDatahubTask')
READS = ('DescribeDatahubTask', 'DescribeDatahubTasks')
SHORT = dict(CreateDatahubTask='create', DescribeDatahubTask='describe', DescribeDatahubTasks='list',
             ModifyDatahubTask='modify', DeleteDatahubTask='delete', PauseDatahubTask='pause',
             ResumeDatahubTask='resume', RestartDatahubTask='restart')

SOURCE = dict(type='KAFKA', kafka_param=dict(self_built=False, resource='ckafka-fault001', topic='orders', offset_type='earliest'))
TARGET = dict(type='ES', es_param=dict(resource='es-fault001', index='orders', drop_invalid_message=True))
API_SOURCE = dict(Type='KAFKA', KafkaParam=dict(SelfBuilt=False, Resource='ckafka-fault001', Topic='orders', OffsetType='earliest'))
API_TARGET = dict(Type='ES', EsParam=dict(Resource='es-fault001', Index='orders', DropInvalidMessage=True))
RUNNING, PAUSED = 1, 6

# Cases where the module does not keep its promise, with what happens instead. strict: once the
# module is fixed the XPASS fails, and the entry must go. Empty: every case holds.
KNOWN_BAD = {}


def task_name(action, fault, suffix=''):
    return ('f-%s-%s%s' % (SHORT[action], fault, suffix)).replace('_', '-')


def api_create(emulator, name):
    params = dict(TaskName=name, TaskType='SINK', SourceResource=API_SOURCE, TargetResource=API_TARGET)
    answer = emulator.call('CreateDatahubTask', params)['Response']
    assert 'Error' not in answer, answer
    return answer['Result']['TaskId']


def wait_settled(emulator, task_ids, status, timeout=10.0):
    deadline = time.monotonic() + timeout
    while True:
        current = dict((task['TaskId'], task['Status']) for task in emulator.tasks())
        if all(current.get(task_id) == status for task_id in task_ids):
            return
        assert time.monotonic() < deadline, 'setup: tasks %s did not reach %s: %s' % (task_ids, status, current)
        time.sleep(0.05)


class Case:
    """One module call under one fault: what to set up, what to run, what to expect."""

    def __init__(self, action, fault, module, spec, exhausted_code=None, suffix=''):
        self.action = action
        self.fault = fault
        self.module = module
        self.spec = spec
        self.exhausted_code = exhausted_code
        self.name = task_name(action, fault, suffix)
        self.task_id = None
        self.args = {}
        self.result = None
        self.failed = None

    @property
    def id(self):
        return '%s/%s/%s' % (self.action, self.fault, self.module)

    def setup(self, emulator):
        """Create the task the case needs (straight through the API) and set the module's arguments."""
        action, name = self.action, self.name
        declared = dict(task_name=name, task_type='SINK', source_resource=SOURCE, target_resource=TARGET)
        if action == 'CreateDatahubTask':
            self.args = dict(declared)
            if self.module == 'task-by-id':
                self.task_id = 'task-%s' % name[2:]
                self.args['task_id'] = self.task_id
            return []
        self.task_id = api_create(emulator, name)
        if action == 'DescribeDatahubTask':
            self.args = dict(declared, task_id=self.task_id) if self.module == 'task' else dict(task_id=self.task_id)
        elif action == 'DescribeDatahubTasks':
            self.args = dict(declared) if self.module == 'task' else dict(task_name=name)
        elif action == 'ModifyDatahubTask':
            self.args = dict(task_id=self.task_id, task_name=name, description='changed under %s' % self.fault)
        elif action == 'DeleteDatahubTask':
            self.args = dict(task_id=self.task_id, state='absent')
        elif action == 'PauseDatahubTask':
            self.args = dict(task_id=self.task_id, state='paused')
        elif action == 'ResumeDatahubTask':
            self.args = dict(task_id=self.task_id, state='running')
        elif action == 'RestartDatahubTask':
            self.args = dict(task_id=self.task_id, state='restarted')
        return [self.task_id]

    def playbook_case(self):
        fault = dict(self.spec, action=self.action)
        options = dict(read_timeout=READ_TIMEOUT, retry_max_delay=RETRY_MAX_DELAY)
        if self.exhausted_code:
            options['max_retries'] = 1
        return dict(id=self.id, faults=[fault], module='info' if self.module == 'info' else 'task', args=self.args,
                    options=options)


def build_cases(action):
    cases = []
    modules = ('info', 'task') if action in READS else ('task',)
    for module in modules:
        for fault, spec in FAULTS.items():
            cases.append(Case(action, fault, module, spec, suffix='-i' if module == 'info' else ''))
        for fault, (spec, code) in EXHAUSTED.items():
            if module == 'task' and action in READS:
                continue  # datahub_task_info shows how a read that runs out of retries fails
            cases.append(Case(action, fault, module, spec, exhausted_code=code, suffix='-i' if module == 'info' else ''))
    if action == 'CreateDatahubTask':
        # The identity by task_id, where a repeated create is refused as a repetition.
        for fault in ('drop_after', 'delay'):
            cases.append(Case(action, fault, 'task-by-id', FAULTS[fault], suffix='-id'))
    return cases


# Batches run side by side; more would only fight for the CPU on a small machine.
PARALLEL = 4


class Batches:
    """Runs the cases of each action in one ansible-playbook run, each action against an emulator of its own."""

    def __init__(self):
        self.done = {}

    def run_all(self, actions):
        with concurrent.futures.ThreadPoolExecutor(max_workers=PARALLEL) as pool:
            futures = dict((action, pool.submit(self.run_with_emulator, action)) for action in actions)
            for action, future in futures.items():
                self.done[action] = future.result()

    def get(self, action):
        if action not in self.done:
            self.done[action] = self.run_with_emulator(action)
        return self.done[action]

    def run_with_emulator(self, action):
        emulator = start_emulator(rate_limit=0, transition_seconds=TRANSITION)
        try:
            return self.run(emulator, action)
        finally:
            emulator.stop()

    @staticmethod
    def run(emulator, action):
        cases = build_cases(action)
        created = []
        for case in cases:
            created.extend(case.setup(emulator))
        wait_settled(emulator, created, RUNNING)
        if action == 'ResumeDatahubTask':
            for task_id in created:
                assert 'Error' not in emulator.call('PauseDatahubTask', dict(TaskId=task_id))['Response']
            wait_settled(emulator, created, PAUSED)
        setup_calls = len(emulator.requests())
        started = time.monotonic()
        run = run_playbook(emulator, PLAYBOOK, extra_vars=dict(fault_cases=[case.playbook_case() for case in cases]))
        seconds = time.monotonic() - started
        assert run.rc in (0, 2), run
        records = [record for record in run.records
                   if record['task'] in ('Declare the task under the fault', 'Read the task under the fault')
                   and record['status'] != 'skipped']
        assert len(records) == len(cases), run
        for case, record in zip(cases, records):
            case.result = record['result']
            case.failed = record['status'] in ('failed', 'ignored')
        # Let delayed calls (the emulator still processes them after the client gave up) land first.
        time.sleep(DELAY + 2 * TRANSITION)
        tasks = emulator.tasks()
        log = emulator.requests()[setup_calls:]
        return dict(cases=dict((case.id, case) for case in cases), tasks=tasks, log=log, seconds=seconds, run=run)


@pytest.fixture(scope='module')
def batches(request):
    """The batches of every action whose cases are selected, run side by side on first use."""
    runner = Batches()
    selected = sorted(set(item.callspec.params['action'] for item in request.session.items
                          if getattr(item, 'originalname', None) == 'test_fault' and hasattr(item, 'callspec')))
    runner.run_all(selected)
    return runner


def tasks_named(batch, name):
    return [task for task in batch['tasks'] if task['TaskName'] == name]


def describe(case, batch):
    calls = [(entry['action'], entry['error_code'], entry['fault']) for entry in batch['log']
             if (entry.get('params') or {}).get('TaskName') == case.name or (entry.get('params') or {}).get('SearchWord') == case.name
             or (case.task_id and (entry.get('params') or {}).get('TaskId') == case.task_id)]
    return 'case %s\nresult: %r\nstate: %r\ncalls: %r' % (case.id, case.result, tasks_named(batch, case.name), calls)


def check_success(case, batch):
    result = case.result
    info = describe(case, batch)
    assert not case.failed, 'expected success, the module failed:\n' + info
    assert 'Traceback' not in str(result.get('exception')), info
    found = tasks_named(batch, case.name)
    action = case.action
    if action == 'DeleteDatahubTask':
        assert found == [], 'expected the task gone:\n' + info
        assert result['changed'] is True, info
        return
    assert len(found) == 1, 'expected exactly one task named %s, found %d:\n%s' % (case.name, len(found), info)
    task = found[0]
    if case.task_id:
        assert task['TaskId'] == case.task_id, info
    if case.module == 'info':
        assert [item['task_id'] for item in result['tasks']] == [task['TaskId']], info
        assert result['changed'] is False, info
        return
    assert result['task_id'] == task['TaskId'], info
    expected_status = PAUSED if action == 'PauseDatahubTask' else RUNNING
    assert task['Status'] == expected_status, info
    if action in READS:
        assert result['changed'] is False, info
    else:
        assert result['changed'] is True, info
    if action == 'ModifyDatahubTask':
        assert task['Description'] == case.args['description'], info


def check_exhausted(case, batch):
    result = case.result
    info = describe(case, batch)
    assert case.failed, 'expected a failure once retries ran out:\n' + info
    assert 'Traceback' not in str(result.get('exception')) + str(result.get('msg')), info
    msg = result.get('msg') or ''
    assert case.action in msg, 'the message does not name the action %s:\n%s' % (case.action, info)
    assert result.get('error_code') == case.exhausted_code, info
    assert case.exhausted_code in msg or (case.exhausted_code == 'ClientHttpError' and '503' in msg), info
    found = tasks_named(batch, case.name)
    if case.action == 'CreateDatahubTask':
        # No fault let a create through: nothing may exist.
        assert found == [], info
        return
    if case.module == 'info':
        return  # a read that failed knows nothing more of the task than what was asked
    # What is known of the task: its id, in the message or the result.
    assert case.task_id in msg or result.get('task_id') == case.task_id, \
        'the failure does not say which task it is about (%s):\n%s' % (case.task_id, info)
    # The fault kept every write from happening: the task is as it was.
    assert len(found) == 1, info
    before = PAUSED if case.action == 'ResumeDatahubTask' else RUNNING
    assert found[0]['Status'] == before, info


def matrix():
    for action in ACTIONS:
        for case in build_cases(action):
            marks = []
            reason = KNOWN_BAD.get(case.id)
            if reason:
                marks.append(pytest.mark.xfail(reason=reason, strict=True))
            yield pytest.param(action, case.id, id=case.id, marks=marks)


@pytest.mark.parametrize('action, case_id', list(matrix()))
def test_fault(batches, action, case_id):
    batch = batches.get(action)
    case = batch['cases'][case_id]
    if case.exhausted_code:
        check_exhausted(case, batch)
    else:
        check_success(case, batch)


def test_no_traceback_and_no_duplicate_anywhere(batches):
    """Across every batch run: no module traceback, never two tasks of one name."""
    assert batches.done, 'no batch ran'
    for batch in batches.done.values():
        assert 'Traceback' not in batch['run'].output, batch['run']
        counts = collections.Counter(task['TaskName'] for task in batch['tasks'])
        assert [name for name, count in counts.items() if count > 1] == [], counts
