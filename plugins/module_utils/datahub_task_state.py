# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Planning logic of the datahub_task module, free of API calls so that it can be unit tested.

* which options the module compares, and which of them ModifyDatahubTask can change;
* whether a task list entry answers everything the user set, or a DescribeDatahubTask is needed;
* which run-state action (pause, resume, restart) a state asks for, given the task status;
* the task the module predicts in check mode.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import copy
import re

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_convert import (
    MODIFY_API_NAMES,
    STATUS_NAMES,
    diff_paths,
)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_results import task_result
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_task_schema import API_NAME_TREE, PARAMETER_SPEC
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_validate import validate_task_params

# The status numbers live with the calls; re-exported here for the planning code and its tests.
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_tasks import (  # noqa: F401 pylint: disable=unused-import
    CREATE_FAILED,
    CREATING,
    DELETE_FAILED,
    DELETING,
    FAILED_STATUSES,
    PAUSE_FAILED,
    PAUSED,
    PAUSING,
    RESUME_FAILED,
    RESUMING,
    RUNNING,
)

# Stable statuses: where a transition ends, well or badly.
SETTLED_STATUSES = frozenset((RUNNING, PAUSED)) | FAILED_STATUSES
# What a transient status turns into when all goes well (check mode predicts with it).
EXPECTED_OUTCOME = {CREATING: RUNNING, PAUSING: PAUSED, RESUMING: RUNNING}

# Options ModifyDatahubTask changes in place.
MUTABLE_OPTIONS = ('task_name', 'description', 'tasks_max', 'sync_throttle_limit', 'auto_expand_flag')
# Options CreateDatahubTask does not take: applied by a ModifyDatahubTask right after a create.
MODIFY_ONLY_OPTIONS = ('tasks_max', 'sync_throttle_limit', 'auto_expand_flag')
# Options that only a new task can change.
IMMUTABLE_OPTIONS = ('task_type', 'source_resource', 'target_resource', 'transform_param', 'transforms_param', 'schema_id', 'tags')
# Top-level members of a task answer for the modify-only options (Describe reports TasksMax as TaskMax).
MODIFY_ONLY_ANSWER_NAMES = {'tasks_max': 'TaskMax', 'sync_throttle_limit': 'SyncThrottleLimit', 'auto_expand_flag': 'AutoExpandFlag'}

# Options of the CreateDatahubTask tree the module compares (task_id is the identity, never compared).
TASK_OPTIONS = tuple(option for option in PARAMETER_SPEC if option != 'task_id')

ACTION_PAUSE = 'pause'
ACTION_RESUME = 'resume'
ACTION_RESTART = 'restart'
# The status each action ends in.
ACTION_GOALS = {ACTION_PAUSE: PAUSED, ACTION_RESUME: RUNNING, ACTION_RESTART: RUNNING}

_TOP = re.compile(r'[.\[]')
# Lower bounds of the modify-only options.
MINIMUMS = {'tasks_max': 1, 'sync_throttle_limit': 0}


def invalid_options(params):
    """Every message about option values the service would refuse, before any call.

    validate_task_params checks the task parameters (conditions, nulls, forms of name and ID);
    here are only the module's own options: the modify-only lower bounds, and a task_name that
    is empty (the identity of a task found by name).
    """
    errors = []
    if params.get('task_name') == '':
        errors.append('task_name must not be empty')
    for option, minimum in sorted(MINIMUMS.items()):
        if params.get(option) is not None and params[option] < minimum:
            errors.append('%s must be at least %d, got %d' % (option, minimum, params[option]))
    return errors + validate_task_params(params)


def top_level(path):
    """The top-level option of a dotted option path (source_resource.kafka_param.topic -> source_resource)."""
    return _TOP.split(path, 1)[0]


def desired_options(params, by_id):
    """The task options the user set, as the module compares them.

    task_name is compared only when the identity is task_id: by name it is the identity itself.
    """
    names = list(TASK_OPTIONS) + list(MODIFY_ONLY_OPTIONS)
    desired = dict((name, params.get(name)) for name in names if params.get(name) is not None)
    if not by_id:
        desired.pop('task_name', None)
    return desired


def answer_name(option):
    """The top-level member of a task answer that reports option."""
    if option in MODIFY_ONLY_ANSWER_NAMES:
        return MODIFY_ONLY_ANSWER_NAMES[option]
    return API_NAME_TREE[option][0]


def needs_describe(params, list_entry, by_id=False):
    """Whether list_entry (a DescribeDatahubTasks TaskList item) lacks a member the user set.

    The list answer leaves out some members (Tags, TransformParam, ...); when the user set one
    of those, the module reads the task with DescribeDatahubTask to compare it.
    """
    return any(answer_name(option) not in list_entry for option in desired_options(params, by_id))


class Comparison:
    """What differs between what the user set and the task."""

    def __init__(self, paths, immutable_paths, modify):
        self.paths = paths
        self.immutable_paths = immutable_paths
        self.modify = modify

    @property
    def replacement_required(self):
        return bool(self.immutable_paths)


def compare(params, current_result, by_id):
    """Compare the options the user set with current_result (task_result of the task).

    modify is the ModifyDatahubTask body (API names, without TaskId) carrying only the changed
    mutable options; immutable_paths the differing option paths that need a new task.
    """
    paths = diff_paths(desired_options(params, by_id), current_result)
    immutable = [path for path in paths if top_level(path) not in MUTABLE_OPTIONS]
    changed = sorted(set(top_level(path) for path in paths if top_level(path) in MUTABLE_OPTIONS))
    modify = dict((MODIFY_API_NAMES[option], params[option]) for option in changed)
    return Comparison(paths, immutable, modify)


def modify_after_create(params):
    """The ModifyDatahubTask body (without TaskId) for the modify-only options the user set, or {}."""
    return dict((MODIFY_API_NAMES[option], params[option]) for option in MODIFY_ONLY_OPTIONS if params.get(option) is not None)


def replacement_message(task_id, paths):
    return ('task %s differs in %s, which cannot be changed in place: the task must be recreated. '
            'Set recreate: true to delete it and create it anew.' % (task_id, ', '.join(paths)))


def settled(status):
    return status in SETTLED_STATUSES


def run_state_action(state, status):
    """(action, error) for a task in status (a settled one) under state.

    action is None, ACTION_PAUSE, ACTION_RESUME or ACTION_RESTART; error is a message when the
    state cannot be reached from that status (a failure status the service must be asked about).
    """
    if state == 'present':
        return None, None
    if state == 'restarted':
        if status == PAUSED:
            return ACTION_RESUME, None
        return ACTION_RESTART, None
    if state == 'running':
        if status == RUNNING:
            return None, None
        if status in (PAUSED, RESUME_FAILED):
            return ACTION_RESUME, None
    if state == 'paused':
        if status == PAUSED:
            return None, None
        if status in (RUNNING, PAUSE_FAILED):
            return ACTION_PAUSE, None
    return None, ('the task is in status %s (%s), from which it cannot be brought to %s; use state=restarted or recreate: true'
                  % (status, STATUS_NAMES.get(status, 'unknown'), state))


def goal_status(state):
    """The status a task ends in under state, when it is created or changed."""
    return PAUSED if state == 'paused' else RUNNING


def with_status(result, status):
    result = copy.deepcopy(result)
    result['status'] = status
    result['status_name'] = STATUS_NAMES.get(status) if status is not None else None
    return result


def predict_created(params, request, status):
    """The task as a create would make it (check mode, and diff after a create), secrets dropped."""
    answer = copy.deepcopy(request)
    answer['Status'] = status
    for option, name in MODIFY_ONLY_ANSWER_NAMES.items():
        if params.get(option) is not None:
            answer[name] = params[option]
    return task_result(answer)


def predict_modified(current_result, modify, status=None):
    """current_result with the ModifyDatahubTask body applied (and status when given)."""
    result = copy.deepcopy(current_result)
    by_api = dict((api, option) for option, api in MODIFY_API_NAMES.items())
    for api_name, value in modify.items():
        result[by_api[api_name]] = value
    if status is not None:
        result = with_status(result, status)
    return result
