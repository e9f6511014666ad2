# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The DIP (Datahub) task, described for the resource runtime (runtime/description.py)."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import random
import re
import string

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task import schema as datahub_task_schema
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import (
    Actions, Comparison, ExtraAction, Identity, Listing, Resource, Statuses, Variant)

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

STATUS_NAMES = {
    CREATE_FAILED: 'create_failed', CREATING: 'creating', RUNNING: 'running', DELETING: 'deleting',
    DELETED: 'deleted', DELETE_FAILED: 'delete_failed', PAUSING: 'pausing', PAUSED: 'paused',
    PAUSE_FAILED: 'pause_failed', RESUMING: 'resuming', RESUME_FAILED: 'resume_failed',
}
FAILED_STATUSES = frozenset((CREATE_FAILED, DELETE_FAILED, PAUSE_FAILED, RESUME_FAILED))

# TaskName: starts with a letter; letters, digits, '-', '.' and '_'; at most 64 characters (API documentation).
TASK_NAME_RE = re.compile(r'^[A-Za-z][A-Za-z0-9._-]{0,63}$')
# TaskId: letters, digits, '-', '.' and '_', at most 128 characters (IDs look like task-abcd1234).
TASK_ID_RE = re.compile(r'^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$')
# The types of a DatahubResource (source_resource.type, target_resource.type): those the API documents,
# EB (the API's own examples use it, with EventBusParam) and ICEBERG (the type of IcebergParam in the
# schema's rules). The documentation's bare "EB_" stands for the EB_* family listed here; it is no type.
RESOURCE_TYPES = (
    'KAFKA', 'EB', 'EB_ES', 'EB_COS', 'EB_CLS', 'MONGODB', 'HTTP', 'TDW', 'ES', 'CLICKHOUSE', 'DTS', 'CLS', 'COS',
    'TOPIC', 'MYSQL', 'MQTT', 'MYSQL_DATA', 'DORIS', 'POSTGRESQL', 'TDSQL_C_POSTGRESQL', 'TDSQL_POSTGRESQL',
    'WAREHOUSE_POSTGRESQL', 'TDSQL_C_MYSQL', 'MARIADB', 'SQLSERVER', 'CTSDB', 'SCF', 'ICEBERG',
)
# Lower bounds of the options only ModifyDatahubTask takes.
MINIMUMS = (('sync_throttle_limit', 0), ('tasks_max', 1))
_ID_ALPHABET = string.ascii_lowercase + string.digits


def new_task_id(rng=None):
    """A task ID in the service's own format, task- and 8 lower-case letters or digits."""
    rng = rng or random.SystemRandom()
    return 'task-' + ''.join(rng.choice(_ID_ALPHABET) for dummy in range(8))


class DatahubTask(Resource):
    noun = 'task'
    result_key = 'task'
    plural_result_key = 'tasks'
    schema = datahub_task_schema
    identity = Identity(id_option='task_id', id_member='TaskId', name_option='task_name', name_member='TaskName',
                        scope={'task_type': 'TaskType'})
    listing = Listing('DescribeDatahubTasks', items='TaskList', page_size=100, filters={
        'search_word': 'SearchWord', 'task_type': 'TaskType', 'source_type': 'SourceType',
        'target_type': 'TargetType', 'resource': 'Resource'})
    actions = Actions(
        create='CreateDatahubTask', describe='DescribeDatahubTask', modify='ModifyDatahubTask', delete='DeleteDatahubTask',
        extra={
            'pause': ExtraAction('PauseDatahubTask', goal=PAUSED, done=(PAUSED, PAUSING)),
            'resume': ExtraAction('ResumeDatahubTask', goal=RUNNING, done=(RUNNING, RESUMING)),
            # After an unknown outcome a task on its way back up (resuming or creating) was restarted;
            # any other status means the restart did not happen, and restarting again is what was asked.
            'restart': ExtraAction('RestartDatahubTask', goal=RUNNING, done=(RESUMING, CREATING)),
        },
        # The TaskId is chosen here, so that a create repeated after an unknown outcome cannot make a
        # second task: the service refuses it as a repetition.
        new_id=new_task_id, repeated_code='InvalidParameterValue.RepetitionValue', created_id='TaskId')
    statuses = Statuses(
        STATUS_NAMES, ready=RUNNING, creating=CREATING,
        transient=(CREATING, DELETING, PAUSING, RESUMING), failed=FAILED_STATUSES, settled=(RUNNING, PAUSED),
        deleting=DELETING, delete_failed=DELETE_FAILED, gone=(DELETED,),
        expected={CREATING: RUNNING, PAUSING: PAUSED, RESUMING: RUNNING}, state_goals={'paused': PAUSED})
    # DescribeDatahubTask reports TasksMax as TaskMax.
    answer_renames = {'TaskMax': 'tasks_max'}
    comparison = Comparison(
        comma_sets=(('KafkaParam', 'topic'), ('MqttParam', 'topics'), ('MongoDBParam', 'listening_event')),
        unordered_lists=(('KafkaParam', 'topic_list'),))
    variants = {'DatahubResource': Variant('type', RESOURCE_TYPES)}
    result_keys = (
        'task_id', 'task_name', 'task_type', 'status', 'status_name', 'error_message', 'warn_message', 'description',
        'datahub_id', 'create_time', 'source_resource', 'target_resource', 'transform_param', 'transforms_param',
        'schema_id', 'schema_name', 'tags', 'connections', 'tasks_max', 'sync_throttle_limit', 'auto_expand_flag',
        'isolate_status', 'task_progress', 'task_current_step', 'step_list',
    )
    result_lists = ('connections', 'step_list')
    empty_strings_allowed = (('ReplaceParam', 'new_value'), ('RegexReplaceParam', 'new_value'),
                             ('JsonPathReplaceParam', 'new_value'), ('FilterMapParam', 'value'))
    states = ('present', 'running', 'paused', 'restarted', 'absent')

    @classmethod
    def validate(cls, params):
        errors = ['%s must be at least %d, got %d' % (option, minimum, params[option])
                  for option, minimum in MINIMUMS if params.get(option) is not None and params[option] < minimum]
        name = params.get('task_name')
        if isinstance(name, str) and name and not TASK_NAME_RE.match(name):
            errors.append('task_name must start with a letter, hold only letters, digits, "-", "." and "_", '
                          'and have at most 64 characters (it is %r)' % name)
        task_id = params.get('task_id')
        if isinstance(task_id, str) and not TASK_ID_RE.match(task_id):
            errors.append('task_id must hold only letters, digits, "-", "." and "_", start with a letter or digit, '
                          'and have 1 to 128 characters (it is %r)' % task_id)
        return errors

    @classmethod
    def state_action(cls, state, status):
        """running resumes a paused task, paused pauses a running one, restarted restarts (or resumes)."""
        if state == 'present':
            return None, None
        if state == 'restarted':
            return ('resume' if status == PAUSED else 'restart'), None
        if state == 'running' and status in (RUNNING, PAUSED, RESUME_FAILED):
            return (None if status == RUNNING else 'resume'), None
        if state == 'paused' and status in (PAUSED, RUNNING, PAUSE_FAILED):
            return (None if status == PAUSED else 'pause'), None
        return None, ('the task is in status %s (%s), from which it cannot be brought to %s; use state=restarted or recreate: true'
                      % (status, STATUS_NAMES.get(status, 'unknown'), state))
