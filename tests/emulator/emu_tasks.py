# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Datahub (DIP) tasks: their state, status lifecycle and actions.

Statuses: -1 create failed, 0 creating, 1 running, 2 deleting, 3 deleted, 4 delete failed,
5 pausing, 6 paused, 7 pause failed, 8 resuming, 9 resume failed.
"""

from emu_actions import Actions
from emu_errors import ApiError, invalid_value
from emu_store import GONE, Item, Store, random_suffix

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
MARKED_MEMBERS = ('SourceResource', 'TargetResource')

# Which statuses each operation accepts.
ALLOWED = {
    'PauseDatahubTask': (RUNNING, PAUSE_FAILED),
    'ResumeDatahubTask': (PAUSED, RESUME_FAILED),
    'RestartDatahubTask': (RUNNING, CREATE_FAILED, DELETE_FAILED, PAUSE_FAILED, RESUME_FAILED),
    'DeleteDatahubTask': (CREATE_FAILED, RUNNING, DELETE_FAILED, PAUSED, PAUSE_FAILED, RESUME_FAILED),
    'ModifyDatahubTask': (CREATE_FAILED, CREATING, RUNNING, DELETE_FAILED, PAUSING, PAUSED, PAUSE_FAILED, RESUMING, RESUME_FAILED),
}

# Pause, Resume, Restart (of a task that was created) and Delete:
# action -> (marker, transient status, outcome, failure status, failure message).
TRANSITIONS = {
    'PauseDatahubTask': ('pause', PAUSING, PAUSED, PAUSE_FAILED, 'Pausing the task failed'),
    'ResumeDatahubTask': ('resume', RESUMING, RUNNING, RESUME_FAILED, 'Resuming the task failed'),
    'RestartDatahubTask': ('restart', RESUMING, RUNNING, RESUME_FAILED, 'Restarting the task failed'),
    'DeleteDatahubTask': ('delete', DELETING, GONE, DELETE_FAILED, 'Deleting the task failed'),
}
CREATE_FAILURE = 'Task creation failed: the resource is marked `%s` (emulated failure).' % MARKERS['create']


class Task(Item):
    """One task: the Create request as received plus the service's own fields."""

    def __init__(self, task_id, datahub_id, request, now, seq):
        super().__init__(task_id, request, now, seq, CREATING)
        self.task_id = task_id
        self.datahub_id = datahub_id
        self.task_name = request['TaskName']
        self.description = request.get('Description') or ''
        self.task_max = 1
        self.sync_throttle_limit = 0
        self.auto_expand_flag = False
        self.topic_suffix = random_suffix()

    def marked(self, operation):
        return self.has_marker(MARKERS[operation], MARKED_MEMBERS)

    def resources(self):
        """The `Resource` member of every parameter block of either side (the connections it names)."""
        values = []
        for side in MARKED_MEMBERS:
            for block in (self.request.get(side) or {}).values():
                if isinstance(block, dict) and isinstance(block.get('Resource'), str):
                    values.append(block['Resource'])
        return values


class TaskStore(Store):
    """Every task, keyed by TaskId, behind one lock."""

    noun = 'task'
    status_names = STATUS_NAMES
    allowed = ALLOWED

    @property
    def tasks(self):
        return self.items

    def create(self, params):
        now = self.clock()
        with self.lock:
            task_id = params.get('TaskId')
            if task_id is not None:
                if self.find(task_id, now) is not None:
                    raise ApiError('InvalidParameterValue.RepetitionValue', 'The task id `%s` already exists.' % task_id)
                suffix = task_id[5:] if task_id.startswith('task-') and len(task_id) > 5 else random_suffix()
            else:
                task_id = self.new_key('task-')
                suffix = task_id[5:]
            task = self.add(Task(task_id, 'datahub-' + suffix, params, now, self.next_seq()))
            failed = task.marked('create')
            self.start(task, CREATING, CREATE_FAILED if failed else RUNNING, CREATE_FAILED, CREATE_FAILURE, now)
            return task

    def modify(self, params):
        with self.lock:
            task = self.get(params['TaskId'])
            self.check_allowed(task, 'ModifyDatahubTask')
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
            task = self.get(task_id, now)
            self.check_allowed(task, action)
            if action == 'RestartDatahubTask' and task.status == CREATE_FAILED:
                failed = task.marked('create')
                self.start(task, CREATING, CREATE_FAILED if failed else RUNNING, CREATE_FAILED, CREATE_FAILURE, now)
                return task
            operation, transient, outcome, failure, text = TRANSITIONS[action]
            failed = task.marked(operation)
            self.start(task, transient, failure if failed else outcome, failure,
                       '%s (emulated failure `%s`).' % (text, MARKERS[operation]), now)
            return task

    def using(self, resource_id):
        """The live tasks that name resource_id in a parameter block, newest first."""
        return [t for t in self.list() if resource_id in t.resources()]


class TaskActions(Actions):
    """The eight Datahub task actions."""

    list_member = 'TaskList'

    def CreateDatahubTask(self, params):  # pylint: disable=invalid-name
        if params.get('TaskId') is not None and self.service.refuse_client_task_id:
            raise invalid_value('TaskId', 'the service chooses the task id; send CreateDatahubTask without `TaskId`.')
        task = self.store.create(params)
        return {'Result': {'TaskId': task.task_id, 'DatahubId': task.datahub_id}}

    def DescribeDatahubTask(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            return {'Result': self.renderer.describe(self.store.get(params['TaskId']))}

    def DescribeDatahubTasks(self, params):  # pylint: disable=invalid-name
        word = (params.get('SearchWord') or '').lower()
        return self.page(params, lambda task: _task_matches(task, params, word), self.renderer.info)

    def ModifyDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._answer(self.store.modify(params))

    def DeleteDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._answer(self.store.transition('DeleteDatahubTask', params['TaskId']))

    def PauseDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._answer(self.store.transition('PauseDatahubTask', params['TaskId']))

    def ResumeDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._answer(self.store.transition('ResumeDatahubTask', params['TaskId']))

    def RestartDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._answer(self.store.transition('RestartDatahubTask', params['TaskId']))

    @staticmethod
    def _answer(task):
        return {'Result': {'TaskId': task.task_id, 'DatahubId': task.datahub_id}}


def _task_matches(task, params, word):
    if word and word not in task.task_name.lower() and word not in task.task_id.lower():
        return False
    if params.get('TaskType') and task.request.get('TaskType') != params['TaskType']:
        return False
    if params.get('SourceType') and (task.request.get('SourceResource') or {}).get('Type') != params['SourceType']:
        return False
    if params.get('TargetType') and (task.request.get('TargetResource') or {}).get('Type') != params['TargetType']:
        return False
    if params.get('Resource') and params['Resource'] not in task.resources():
        return False
    return True
