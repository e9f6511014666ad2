# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""In-memory, thread-safe Datahub task state with a lazily computed status lifecycle.

Statuses: -1 create failed, 0 creating, 1 running, 2 deleting, 3 deleted, 4 delete failed,
5 pausing, 6 paused, 7 pause failed, 8 resuming, 9 resume failed.
A transient status (0, 2, 5, 8) lasts `transition_seconds`, then turns into its outcome the
next time anyone looks (no background thread).
"""

import copy
import random
import string
import threading
import time

from emu_errors import ApiError

CREATE_FAILED, CREATING, RUNNING, DELETING, DELETED, DELETE_FAILED = -1, 0, 1, 2, 3, 4
PAUSING, PAUSED, PAUSE_FAILED, RESUMING, RESUME_FAILED = 5, 6, 7, 8, 9

STATUS_NAMES = {
    -1: 'create failed', 0: 'creating', 1: 'running', 2: 'deleting', 3: 'deleted', 4: 'delete failed',
    5: 'pausing', 6: 'paused', 7: 'pause failed', 8: 'resuming', 9: 'resume failed',
}

# A resource id (any string inside SourceResource or TargetResource) holding one of these makes
# the matching operation end in its failure status.
MARKERS = {
    'create': 'emulator-fail-create',
    'pause': 'emulator-fail-pause',
    'resume': 'emulator-fail-resume',
    'delete': 'emulator-fail-delete',
    'restart': 'emulator-fail-restart',
}

# Which statuses each operation accepts.
ALLOWED = {
    'PauseDatahubTask': (RUNNING, PAUSE_FAILED),
    'ResumeDatahubTask': (PAUSED, RESUME_FAILED),
    'RestartDatahubTask': (RUNNING, CREATE_FAILED, DELETE_FAILED, PAUSE_FAILED, RESUME_FAILED),
    'DeleteDatahubTask': (CREATE_FAILED, RUNNING, DELETE_FAILED, PAUSED, PAUSE_FAILED, RESUME_FAILED),
    'ModifyDatahubTask': (CREATE_FAILED, CREATING, RUNNING, DELETE_FAILED, PAUSING, PAUSED, PAUSE_FAILED, RESUMING, RESUME_FAILED),
}

_ALNUM = string.ascii_lowercase + string.digits


def random_suffix(length=8):
    return ''.join(random.choice(_ALNUM) for unused in range(length))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


class Task:
    """One task: the Create request as received plus the service's own fields."""

    def __init__(self, task_id, datahub_id, request, now, seq):
        self.task_id = task_id
        self.datahub_id = datahub_id
        self.request = copy.deepcopy(request)
        self.created = now
        self.seq = seq
        self.status = CREATING
        self.pending = None  # (status when done, time when done, error message or '')
        self.error_message = ''
        self.task_name = request['TaskName']
        self.description = request.get('Description') or ''
        self.task_max = 1
        self.sync_throttle_limit = 0
        self.auto_expand_flag = False
        self.topic_suffix = random_suffix()

    def has_marker(self, operation):
        marker = MARKERS[operation]
        resources = [self.request.get('SourceResource'), self.request.get('TargetResource')]
        return any(marker in text for text in _strings(resources))


class TaskStore:
    """Every task, keyed by TaskId, behind one lock."""

    def __init__(self, transition_seconds=1.0, clock=time.time):
        self.transition_seconds = float(transition_seconds)
        self.clock = clock
        self.lock = threading.RLock()
        self.tasks = {}
        self.seq = 0

    def reset(self):
        with self.lock:
            self.tasks.clear()

    # ---- lifecycle --------------------------------------------------------------------------

    def _start(self, task, transient, outcome, failure, message, now):
        if self.transition_seconds <= 0:
            task.status = transient
            task.pending = (outcome, now, message if outcome == failure else '')
            self._advance(task, now)
        else:
            task.status = transient
            task.pending = (outcome, now + self.transition_seconds, message if outcome == failure else '')

    def _advance(self, task, now):
        """Apply a due transition; returns False when the task is gone."""
        if task.pending and now >= task.pending[1]:
            outcome, message = task.pending[0], task.pending[2]
            task.pending = None
            if outcome == DELETED:
                self.tasks.pop(task.task_id, None)
                task.status = DELETED
                return False
            task.status = outcome
            task.error_message = message
        return task.status != DELETED

    def _get(self, task_id, now):
        task = self.tasks.get(task_id)
        if task is None or not self._advance(task, now):
            raise ApiError('ResourceNotFound', 'The task `%s` does not exist.' % task_id)
        return task

    def _check_allowed(self, task, action):
        if task.status not in ALLOWED[action]:
            raise ApiError('FailedOperation', '%s is not allowed while the task %s is in status %d (%s).'
                           % (action, task.task_id, task.status, STATUS_NAMES.get(task.status, '?')))

    # ---- operations -------------------------------------------------------------------------

    def create(self, params):
        now = self.clock()
        with self.lock:
            task_id = params.get('TaskId')
            if task_id is not None:
                existing = self.tasks.get(task_id)
                if existing is not None and self._advance(existing, now):
                    raise ApiError('InvalidParameterValue.RepetitionValue', 'The task id `%s` already exists.' % task_id)
                suffix = task_id[5:] if task_id.startswith('task-') and len(task_id) > 5 else random_suffix()
            else:
                suffix = random_suffix()
                while 'task-' + suffix in self.tasks:
                    suffix = random_suffix()
                task_id = 'task-' + suffix
            self.seq += 1
            task = Task(task_id, 'datahub-' + suffix, params, now, self.seq)
            self.tasks[task_id] = task
            failed = task.has_marker('create')
            self._start(task, CREATING, CREATE_FAILED if failed else RUNNING, CREATE_FAILED,
                        'Task creation failed: the resource is marked `%s` (emulated failure).' % MARKERS['create'], now)
            return task

    def get(self, task_id):
        with self.lock:
            return self._get(task_id, self.clock())

    def list(self):
        now = self.clock()
        with self.lock:
            tasks = [t for t in list(self.tasks.values()) if self._advance(t, now)]
        return sorted(tasks, key=lambda t: -t.seq)

    def modify(self, params):
        with self.lock:
            task = self._get(params['TaskId'], self.clock())
            self._check_allowed(task, 'ModifyDatahubTask')
            if params.get('TaskName') is not None:
                task.task_name = params['TaskName']
            if params.get('Description') is not None:
                task.description = params['Description']
            if params.get('TasksMax') is not None:
                task.task_max = params['TasksMax']
            if params.get('SyncThrottleLimit') is not None:
                task.sync_throttle_limit = params['SyncThrottleLimit']
            if params.get('AutoExpandFlag') is not None:
                task.auto_expand_flag = params['AutoExpandFlag']
            return task

    def transition(self, action, task_id):
        """Pause, Resume, Restart or Delete."""
        now = self.clock()
        with self.lock:
            task = self._get(task_id, now)
            self._check_allowed(task, action)
            if action == 'PauseDatahubTask':
                failed = task.has_marker('pause')
                self._start(task, PAUSING, PAUSE_FAILED if failed else PAUSED, PAUSE_FAILED,
                            'Pausing the task failed (emulated failure `%s`).' % MARKERS['pause'], now)
            elif action == 'ResumeDatahubTask':
                failed = task.has_marker('resume')
                self._start(task, RESUMING, RESUME_FAILED if failed else RUNNING, RESUME_FAILED,
                            'Resuming the task failed (emulated failure `%s`).' % MARKERS['resume'], now)
            elif action == 'RestartDatahubTask':
                if task.status == CREATE_FAILED:
                    failed = task.has_marker('create')
                    self._start(task, CREATING, CREATE_FAILED if failed else RUNNING, CREATE_FAILED,
                                'Task creation failed: the resource is marked `%s` (emulated failure).' % MARKERS['create'], now)
                else:
                    failed = task.has_marker('restart')
                    self._start(task, RESUMING, RESUME_FAILED if failed else RUNNING, RESUME_FAILED,
                                'Restarting the task failed (emulated failure `%s`).' % MARKERS['restart'], now)
            elif action == 'DeleteDatahubTask':
                failed = task.has_marker('delete')
                self._start(task, DELETING, DELETE_FAILED if failed else DELETED, DELETE_FAILED,
                            'Deleting the task failed (emulated failure `%s`).' % MARKERS['delete'], now)
            else:
                raise ApiError('InternalError', 'Unexpected action %s.' % action)
            return task
