# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Datahub task calls shared by the modules: reads that treat "not found" as None,
listing that follows every page, and waits on the task status."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import random
import string
import time

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.errors import CkafkaError, is_not_found

CREATE_FAILED = -1
CREATING = 0
RUNNING = 1
DELETING = 2
DELETED = 3
DELETE_FAILED = 4
PAUSING = 5
PAUSED = 6
PAUSE_FAILED = 7
RESUMING = 8
RESUME_FAILED = 9

FAILED_STATUSES = frozenset((CREATE_FAILED, DELETE_FAILED, PAUSE_FAILED, RESUME_FAILED))
TRANSIENT_STATUSES = frozenset((CREATING, DELETING, PAUSING, RESUMING))
# The largest page DescribeDatahubTasks serves.
MAX_PAGE_SIZE = 100
# The wait for a task to disappear.
GONE = 'gone'
# The service's answer to a CreateDatahubTask whose TaskId exists already.
REPETITION = 'InvalidParameterValue.RepetitionValue'
_ID_ALPHABET = string.ascii_lowercase + string.digits


def new_task_id(rng=None):
    """A task ID in the service's own format, task- and 8 lower-case letters or digits."""
    rng = rng or random.SystemRandom()
    return 'task-' + ''.join(rng.choice(_ID_ALPHABET) for dummy in range(8))


class WaitError(Exception):
    """A wait ended without reaching its goal: a failure status or the timeout."""

    def __init__(self, message, task=None, status=None, timed_out=False):
        super(WaitError, self).__init__(message)
        self.task = task
        self.status = status
        self.timed_out = timed_out


class DatahubTasks:
    """The Datahub task actions of one client."""

    def __init__(self, client, sleep=time.sleep, clock=time.monotonic):
        self.client = client
        self.sleep = sleep
        self.clock = clock
        # TaskIds of the CreateDatahubTask requests sent so far.
        self._created_ids = set()

    def _call(self, action, params, idempotent):
        """A call about the existing task params['TaskId']: a failure names the task."""
        try:
            return self.client.call(action, params, idempotent=idempotent)
        except CkafkaError as error:
            if getattr(error, 'task_id', None) is None:
                error.task_id = params.get('TaskId')
            raise

    # Reads: safe to repeat, so the client retries them.

    def describe(self, task_id):
        """The task (the API's Result object), or None when it does not exist or is deleted."""
        try:
            task = self._call('DescribeDatahubTask', {'TaskId': task_id}, idempotent=True).get('Result')
        except CkafkaError as error:
            if is_not_found(error):
                return None
            raise
        if not task or task.get('Status') == DELETED:
            return None
        return task

    def list(self, search_word=None, task_type=None, source_type=None, target_type=None, resource=None,
             page_size=MAX_PAGE_SIZE):
        """Every task matching the filters, following every page (DatahubTaskInfo objects)."""
        query = dict(SearchWord=search_word, TaskType=task_type, SourceType=source_type, TargetType=target_type,
                     Resource=resource)
        query = dict((key, value) for key, value in query.items() if value not in (None, ''))
        tasks = []
        offset = 0
        while True:
            query.update(Limit=page_size, Offset=offset)
            result = self.client.call('DescribeDatahubTasks', query, idempotent=True).get('Result') or {}
            page = result.get('TaskList') or []
            tasks.extend(page)
            offset += len(page)
            total = result.get('TotalCount')
            if not page or len(page) < page_size or (total is not None and offset >= total):
                break
        seen = set()
        unique = []
        # Tasks created or deleted between two pages shift offsets; never report one twice.
        for task in tasks:
            if task.get('TaskId') not in seen:
                seen.add(task.get('TaskId'))
                unique.append(task)
        return [task for task in unique if task.get('Status') != DELETED]

    def find_by_name(self, task_name, task_type=None):
        """Tasks whose name is exactly task_name (SearchWord itself matches loosely)."""
        return [task for task in self.list(search_word=task_name, task_type=task_type)
                if task.get('TaskName') == task_name and (task_type is None or task.get('TaskType') == task_type)]

    # Writes. Create, Delete, Pause, Resume and Restart are not repeated blindly: after an
    # unknown outcome the caller reads the task again and decides.

    def create(self, request):
        """CreateDatahubTask; returns the Result ({"TaskId": ..., "DatahubId": ...}).

        request gets a TaskId of its own when it has none (set in request itself, so that the
        caller's next attempt with the same request carries the same one). A repeated create after
        an unknown outcome therefore cannot make a second task: the service refuses it as a
        repetition, which means that the earlier attempt went through, and the task is the one
        with this ID. A look-up by name cannot guarantee that: a create delayed beyond the read
        timeout may land after the look-up.
        """
        if not request.get('TaskId'):
            request['TaskId'] = new_task_id()
        task_id = request['TaskId']
        repeated = task_id in self._created_ids
        self._created_ids.add(task_id)
        try:
            return self.client.call('CreateDatahubTask', request, idempotent=False).get('Result') or {}
        except CkafkaError as error:
            if repeated and error.code == REPETITION:
                return {'TaskId': task_id}
            raise

    def modify(self, task_id, changes):
        request = dict(changes)
        request['TaskId'] = task_id
        # Setting the same values twice converges to the same task.
        return self._call('ModifyDatahubTask', request, idempotent=True)

    def delete(self, task_id):
        return self._call('DeleteDatahubTask', {'TaskId': task_id}, idempotent=False)

    def pause(self, task_id):
        return self._call('PauseDatahubTask', {'TaskId': task_id}, idempotent=False)

    def resume(self, task_id):
        return self._call('ResumeDatahubTask', {'TaskId': task_id}, idempotent=False)

    def restart(self, task_id):
        return self._call('RestartDatahubTask', {'TaskId': task_id}, idempotent=False)

    # Waits.

    def wait(self, task_id, goal, timeout, first_delay=0.5, max_delay=5.0):
        """Poll until the task reaches a status in goal (a set), or is gone when goal is GONE.

        Returns the task last read (None for GONE). A failure status (-1, 4, 7, 9)
        ends the wait at once; so does the timeout. Both raise WaitError.

        A wait follows the write that started it, and the task cannot have moved yet:
        the first poll comes after first_delay (or the timeout, when shorter), the
        next ones after delays growing by half each time up to max_delay. A task
        already at its goal therefore costs one poll, after first_delay.
        """
        deadline = self.clock() + timeout
        delay = first_delay
        first = min(first_delay, timeout)
        if first > 0:
            self.sleep(first)
        while True:
            task = self.describe(task_id)
            if goal == GONE:
                if task is None:
                    return None
            else:
                if task is None:
                    raise WaitError('task %s disappeared while waiting for it' % task_id)
                status = task.get('Status')
                if status in goal:
                    return task
                if status in FAILED_STATUSES:
                    raise WaitError('task %s reached status %s: %s' % (task_id, status, task.get('ErrorMessage') or 'no message'),
                                    task=task, status=status)
            if goal == GONE and task is not None and task.get('Status') == DELETE_FAILED:
                raise WaitError('task %s could not be deleted: %s' % (task_id, task.get('ErrorMessage') or 'no message'),
                                task=task, status=DELETE_FAILED)
            remaining = deadline - self.clock()
            if remaining <= 0:
                status = None if task is None else task.get('Status')
                raise WaitError('timed out after %s seconds waiting for task %s; last status %s' % (timeout, task_id, status),
                                task=task, status=status, timed_out=True)
            delay = min(max_delay, delay * 1.5)
            self.sleep(min(delay, remaining))
