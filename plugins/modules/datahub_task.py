#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: datahub_task
short_description: Manage a Tencent Cloud CKafka DIP (Datahub) task as declared state
version_added: 0.1.0
description:
  - Creates, updates, pauses, resumes, restarts and deletes one CKafka DIP (Datahub) task.
  - The task is identified by I(task_id) when given (one C(DescribeDatahubTask) call), otherwise by its exact
    I(task_name), and I(task_type) when given (C(DescribeDatahubTasks), every page followed, only exact matches kept).
    More than one exact match fails, listing the task IDs.
  - Only the options you set are compared with the task, after normalising both sides; the module never imposes a
    default on an existing task. Members the service fills in itself, secrets (never returned) and output-only members
    are not compared.
  - I(task_name) (when the identity is I(task_id)), I(description), I(tasks_max), I(sync_throttle_limit) and
    I(auto_expand_flag) are changed in place with one C(ModifyDatahubTask) call carrying only the changed fields.
  - A difference in any other option (I(task_type), I(source_resource), I(target_resource), I(transform_param),
    I(transforms_param), I(schema_id), I(tags)) cannot be applied in place. The module then fails without writing
    anything, lists the differing option paths and returns C(replacement_required=true), unless I(recreate=true).
  - A create is never repeated blindly. When the outcome of C(CreateDatahubTask) is unknown (network error, timeout,
    HTTP 5xx, C(InternalError)), the module looks the task up (by I(task_id), else by exact name) and creates it again
    only when it is not there, so one declaration never leaves two tasks.
  - The request parameters of C(CreateDatahubTask) are documented in the C(tencentcloud.ckafka.datahub_task)
    documentation fragment included below; C(PrivateLinkParam) is deprecated by the API and has no option.
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
extends_documentation_fragment:
  - tencentcloud.ckafka.common
  - tencentcloud.ckafka.datahub_task
options:
  task_id:
    description:
      - ID of the task, for example C(task-abcd1234), and its identity when given.
      - When the task does not exist, it is created with this ID, so that a rerun finds it with a single call.
    type: str
  task_name:
    description:
      - Name of the task. It starts with a letter and holds letters, digits, C(-), C(.) and C(_), 64 characters at most.
      - Without I(task_id), the exact name (with I(task_type) when given) identifies the task.
      - With I(task_id), a different name is changed in place.
      - One of I(task_name) and I(task_id) is required; I(task_name) and I(task_type) are required to create a task.
    type: str
  state:
    description:
      - C(present) makes sure the task exists, whatever its run state, and does not change the run state.
      - C(running) makes sure it exists and runs; a paused task is resumed.
      - C(paused) makes sure it exists and is paused; a running task is paused.
      - C(restarted) restarts it (C(RestartDatahubTask)); this is always a change. A paused task is resumed instead.
        A missing task is created.
      - C(absent) deletes the task when it exists.
    type: str
    choices: [present, running, paused, restarted, absent]
    default: present
  wait:
    description:
      - Wait until the task reaches the status the operation aims at, polling C(DescribeDatahubTask) with backoff;
        a create, resume or restart waits for C(1) (running), a pause for C(6) (paused), a delete until the task is
        gone.
      - The failure statuses C(-1), C(4), C(7) and C(9) end the wait at once with the service's error message.
      - When false, the module returns after the call with the status the task has then.
    type: bool
    default: true
  wait_timeout:
    description:
      - How many seconds to wait at most. When they run out the module fails with the last status seen.
    type: int
    default: 600
  recreate:
    description:
      - When an option that cannot be changed in place differs, delete the task, wait until it is gone and create it
        anew with the options given.
      - When false, such a difference fails the run without any write and returns C(replacement_required=true).
    type: bool
    default: false
  tasks_max:
    description:
      - Maximum number of parallel sub-tasks. C(DescribeDatahubTask) reports it as C(TaskMax).
      - C(CreateDatahubTask) does not take it; when set, a C(ModifyDatahubTask) applies it right after a create.
    type: int
  sync_throttle_limit:
    description:
      - Throttle of the data synchronisation.
      - C(CreateDatahubTask) does not take it; when set, a C(ModifyDatahubTask) applies it right after a create.
    type: int
  auto_expand_flag:
    description:
      - Whether the task scales out automatically.
      - C(CreateDatahubTask) does not take it; when set, a C(ModifyDatahubTask) applies it right after a create.
    type: bool
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - Reads happen, no write is sent; C(changed) is what a real run would report and C(task) shows the predicted task.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - The diff holds the task before and after, snake_case, with secrets masked; C(before) is empty on create and
        C(after) is empty on delete.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
notes:
  - When the task is found by name and nothing you set is missing from the task list answer, the result's I(task)
    comes from that list answer; members the list does not report (tags, transform parameters) are then null.
seealso:
  - name: CreateDatahubTask API reference
    description: The request parameters of a DIP task.
    link: https://www.tencentcloud.com/document/product/597
'''

EXAMPLES = r'''
- name: Kafka to EventBus (COS), the credentials set once for the action group
  module_defaults:
    group/tencentcloud.ckafka.ckafka:
      region: ap-guangzhou
      secret_id: "{{ vault_tencentcloud_secret_id }}"
      secret_key: "{{ vault_tencentcloud_secret_key }}"
  block:
    - name: Sink a topic to EventBus (COS)
      tencentcloud.ckafka.datahub_task:
        task_name: MyTaskName
        task_type: SINK
        source_resource:
          type: KAFKA
          kafka_param:
            self_built: false
            resource: ckafka-7kd5rzza
            topic: topic-test
            offset_type: timestamp
            start_time: 1635339533
        target_resource:
          type: EB
          event_bus_param:
            type: COS
            self_built: false
            resource: target-resource
            namespace: default
            function_name: ckafka-7kd5rzza_topic-0cus2p9z_task_1633501781881_schedule
            qualifier: $LATEST

- name: Kafka to Elasticsearch, identified by its task ID
  tencentcloud.ckafka.datahub_task:
    task_id: task-es000001
    task_name: kafka-to-es
    task_type: SINK
    description: Orders into the search cluster
    tasks_max: 3
    source_resource:
      type: KAFKA
      kafka_param:
        self_built: false
        resource: ckafka-7kd5rzza
        topic: topic-test
        offset_type: earliest
    target_resource:
      type: ES
      es_param:
        resource: resource-test
        drop_invalid_message: true
        index: index
        drop_invalid_json_message: false

- name: Topic to Elasticsearch
  tencentcloud.ckafka.datahub_task:
    task_name: topic-to-es
    task_type: SINK
    source_resource:
      type: TOPIC
      topic_param:
        resource: 12345-xxx
        offset_type: earliest
    target_resource:
      type: ES
      es_param:
        resource: resource-test
        drop_invalid_message: true
        index: index
        drop_invalid_json_message: false

- name: A SOURCE task that brings MySQL changes into a CKafka topic
  tencentcloud.ckafka.datahub_task:
    task_name: mysql-into-kafka
    task_type: SOURCE
    source_resource:
      type: MYSQL
      my_sql_param:
        database: shop
        table: shop.orders
        resource: cdb-abcd1234
        snapshot_mode: schema_only
    target_resource:
      type: TOPIC
      topic_param:
        resource: ckafka-7kd5rzza-orders

- name: Pause a task
  tencentcloud.ckafka.datahub_task:
    task_id: task-es000001
    state: paused

- name: Resume it, without waiting for it to run
  tencentcloud.ckafka.datahub_task:
    task_id: task-es000001
    state: running
    wait: false

- name: Restart a task
  tencentcloud.ckafka.datahub_task:
    task_id: task-es000001
    state: restarted

- name: Show what would change, without changing anything
  tencentcloud.ckafka.datahub_task:
    task_id: task-es000001
    description: New description
  check_mode: true
  diff: true
  register: preview

- name: Replace a task whose target changed
  tencentcloud.ckafka.datahub_task:
    task_id: task-es000001
    task_name: kafka-to-es
    task_type: SINK
    recreate: true
    source_resource:
      type: KAFKA
      kafka_param:
        self_built: false
        resource: ckafka-7kd5rzza
        topic: topic-test
    target_resource:
      type: ES
      es_param:
        resource: resource-test
        index: orders-v2

- name: Delete a task
  tencentcloud.ckafka.datahub_task:
    task_name: topic-to-es
    state: absent
'''

RETURN = r'''
task:
  description:
    - The task as read back after the change (as predicted in check mode), with snake_case keys named like the options.
    - Secrets are never returned. Empty when the task is absent.
  returned: success
  type: dict
  contains:
    task_id:
      description: ID of the task.
      type: str
      sample: task-abcd1234
    task_name:
      description: Name of the task.
      type: str
      sample: MyTaskName
    task_type:
      description: C(SOURCE) or C(SINK).
      type: str
      sample: SINK
    status:
      description: Status code of the task (C(-1) create failed, C(0) creating, C(1) running, C(2) deleting, C(4) delete
        failed, C(5) pausing, C(6) paused, C(7) pause failed, C(8) resuming, C(9) resume failed).
      type: int
      sample: 1
    status_name:
      description: The status as a word.
      type: str
      sample: running
    error_message:
      description: The service's message about the task, for example why it failed.
      type: str
      sample: ''
    description:
      description: Description of the task.
      type: str
      sample: Orders into the search cluster
    datahub_id:
      description: ID of the Datahub behind the task.
      type: str
      sample: datahub-abcd1234
    create_time:
      description: When the task was created.
      type: str
      sample: '2024-12-04 16:22:23'
    source_resource:
      description: Where the task reads from, keys named like the I(source_resource) options.
      type: dict
    target_resource:
      description: Where the task writes to, keys named like the I(target_resource) options.
      type: dict
    transform_param:
      description: Data processing rules, null when the list answer was used or none are set.
      type: dict
    transforms_param:
      description: Data processing chains, null when the list answer was used or none are set.
      type: dict
    schema_id:
      description: ID of the schema the task uses.
      type: str
    tags:
      description: Tags of the task (a list of C(tag_key) and C(tag_value)).
      type: list
      elements: dict
    tasks_max:
      description: Maximum number of parallel sub-tasks.
      type: int
      sample: 1
    sync_throttle_limit:
      description: Throttle of the data synchronisation.
      type: int
    auto_expand_flag:
      description: Whether the task scales out automatically.
      type: bool
task_id:
  description: ID of the task; null when it is absent, or not known yet in check mode.
  returned: always
  type: str
  sample: task-abcd1234
replacement_required:
  description: True when an option that cannot be changed in place differs and I(recreate) is false; the run then fails.
  returned: when an immutable option differs
  type: bool
  sample: true
differing_paths:
  description: The option paths that differ from the task.
  returned: when an immutable option differs
  type: list
  elements: str
  sample: [target_resource.es_param.index]
status:
  description: The last status seen, when a wait failed or timed out.
  returned: failure of a wait
  type: int
  sample: -1
timed_out:
  description: Whether a failed wait ran out of time.
  returned: failure of a wait
  type: bool
error_code:
  description: The service's error code (or a C(Client*) code for failures without an answer).
  returned: failure of an API call
  type: str
  sample: ResourceNotFound
request_id:
  description: The request ID of the failed call, for Tencent Cloud support.
  returned: failure of an API call that got an answer
  type: str
diff:
  description: The task before and after (snake_case, secrets masked), in diff mode.
  returned: diff mode
  type: dict
  contains:
    before:
      description: The task before the run; empty when it is created.
      type: dict
    after:
      description: The task after the run; empty when it is deleted.
      type: dict
'''

import time

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.module import CkafkaModule, common_argument_spec
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_task_schema import PARAMETER_SPEC
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_convert import mask_secrets, options_to_request
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_results import task_result
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_tasks import GONE, DatahubTasks, WaitError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils import datahub_task_state as plan

# How often a write whose outcome is unknown is looked up and tried again, at most.
WRITE_ATTEMPTS = 4


class DatahubTaskModule(CkafkaModule):

    module_kwargs = dict(required_one_of=[('task_name', 'task_id')])

    @classmethod
    def argument_spec(cls):
        options = dict(PARAMETER_SPEC)
        options.update(
            state=dict(type='str', default='present', choices=['present', 'running', 'paused', 'restarted', 'absent']),
            wait=dict(type='bool', default=True),
            wait_timeout=dict(type='int', default=600),
            recreate=dict(type='bool', default=False),
            tasks_max=dict(type='int'),
            sync_throttle_limit=dict(type='int'),
            auto_expand_flag=dict(type='bool'),
        )
        return common_argument_spec(**options)

    def __init__(self, module):
        super(DatahubTaskModule, self).__init__(module)
        self.by_id = self.param_is_defined('task_id')
        self.result.update(task=None, task_id=None)
        self._tasks = None
        self.before = {}

    @property
    def tasks(self):
        if self._tasks is None:
            self._tasks = DatahubTasks(self.client)
        return self._tasks

    # ---- reads -------------------------------------------------------------------------------

    def lookup(self):
        """(api object, result) of the task, or (None, None). A list entry is used when it answers everything."""
        if self.by_id:
            task = self.tasks.describe(self.params['task_id'])
            return task, (task_result(task) if task else None)
        matches = self.tasks.find_by_name(self.params['task_name'], self.params.get('task_type'))
        if len(matches) > 1:
            self.fail('%d tasks are named %s exactly: %s; set task_id to choose one'
                      % (len(matches), self.params['task_name'], ', '.join(sorted(t.get('TaskId') or '?' for t in matches))),
                      task_ids=sorted(t.get('TaskId') for t in matches))
        if not matches:
            return None, None
        task = matches[0]
        if plan.needs_describe(self.params, task, self.by_id):
            task = self.tasks.describe(task['TaskId'])
        return task, (task_result(task) if task else None)

    def find_after_unknown(self):
        """The task a create whose outcome is unknown may have made, or None."""
        if self.by_id:
            return self.tasks.describe(self.params['task_id'])
        matches = self.tasks.find_by_name(self.params['task_name'], self.params.get('task_type'))
        if len(matches) > 1:
            self.fail('after an unknown outcome of CreateDatahubTask, %d tasks are named %s: %s'
                      % (len(matches), self.params['task_name'], ', '.join(sorted(t.get('TaskId') for t in matches))),
                      changed=True)
        return matches[0] if matches else None

    # ---- waits -------------------------------------------------------------------------------

    def wait_for(self, task_id, goal):
        """Wait for goal (a status, a set of statuses or GONE); returns the task read last."""
        goal_set = goal if goal == GONE or isinstance(goal, (set, frozenset)) else frozenset([goal])
        try:
            return self.tasks.wait(task_id, goal_set, self.params['wait_timeout'])
        except WaitError as error:
            extra = dict(timed_out=error.timed_out, status=error.status)
            if error.task is not None:
                self.result['task'] = task_result(error.task)
            self.fail(str(error), **extra)

    def settle(self, task_id, task):
        """Wait until task (an API object) leaves a transient status. Returns the API object, or None when gone."""
        status = task.get('Status')
        if status == plan.DELETING:
            self.wait_for(task_id, GONE)
            return None
        if plan.settled(status):
            return task
        return self.wait_for(task_id, plan.SETTLED_STATUSES)

    def read_back(self, task_id, goal):
        """The task after a write: waited for when wait is true, read once otherwise."""
        if goal is not None and self.params['wait']:
            task = self.wait_for(task_id, goal)
        else:
            task = self.tasks.describe(task_id)
        return task

    # ---- writes ------------------------------------------------------------------------------

    def create(self, request):
        """CreateDatahubTask, never repeated blindly. Returns the task ID."""
        last_error = None
        delays = self.client.retry_policy.delays()
        for attempt in range(WRITE_ATTEMPTS):
            try:
                answer = self.tasks.create(request)
                self.result['changed'] = True
                return answer.get('TaskId') or request.get('TaskId')
            except CkafkaError as error:
                if not error.outcome_unknown:
                    if last_error is None:
                        self.fail('%s; no task was created (the service refused the request)' % error, error=error)
                    raise
                last_error = error
                found = self.find_after_unknown()
                if found is not None:
                    self.result['changed'] = True
                    return found['TaskId']
                if attempt < len(delays):
                    time.sleep(delays[attempt])
        self.fail('CreateDatahubTask failed %d times and no task was found afterwards: %s' % (WRITE_ATTEMPTS, last_error),
                  error=last_error)

    def converge(self, action, task_id, done):
        """Delete, Pause, Resume or Restart; after an unknown outcome, read the task and call again only if needed."""
        last_error = None
        delays = self.client.retry_policy.delays()
        for attempt in range(WRITE_ATTEMPTS):
            try:
                getattr(self.tasks, action)(task_id)
                return
            except CkafkaError as error:
                if not error.outcome_unknown and last_error is None:
                    raise
                last_error = error
                task = self.tasks.describe(task_id)
                if done(task):
                    return
                if attempt < len(delays):
                    time.sleep(delays[attempt])
        self.fail('%s of task %s failed: %s' % (action, task_id, last_error), error=last_error)

    def delete(self, task_id):
        self.converge('delete', task_id, lambda task: task is None or task.get('Status') == plan.DELETING)

    def run_action(self, action, task_id):
        goal = plan.ACTION_GOALS[action]
        transient = {plan.ACTION_PAUSE: plan.PAUSING, plan.ACTION_RESUME: plan.RESUMING, plan.ACTION_RESTART: plan.RESUMING}[action]
        if action == plan.ACTION_RESTART:
            # After an unknown outcome a task on its way back up (resuming or creating) was restarted;
            # any other status means the restart did not happen, and restarting again is what was asked.
            self.converge(action, task_id, lambda task: task is not None and task.get('Status') in (plan.RESUMING, plan.CREATING))
            return
        self.converge(action, task_id, lambda task: task is not None and task.get('Status') in (goal, transient))

    # ---- the run -----------------------------------------------------------------------------

    def set_task(self, result, task_id=None):
        self.result['task'] = result
        self.result['task_id'] = (result or {}).get('task_id') or task_id

    def set_diff(self, before, after):
        if self.module._diff:
            self.result['diff'] = dict(before=mask_secrets(before or {}), after=mask_secrets(after or {}))

    def run(self):
        errors = plan.invalid_options(self.params)
        if errors:
            self.fail('invalid task options: %s' % '; '.join(errors), validation_errors=errors)
        state = self.params['state']
        api_task, current = self.lookup()
        task_id = current['task_id'] if current else None
        if current is not None and current.get('status') == plan.DELETING and state != 'absent':
            # A delete is under way: the task is as good as gone.
            if not self.module.check_mode:
                self.settle(task_id, api_task)
            api_task = current = None
        if state == 'absent':
            self.absent(task_id, api_task, current)
        elif current is None:
            self.create_task(state, before={})
        else:
            self.existing(state, task_id, api_task, current)

    def absent(self, task_id, api_task, current):
        if current is None:
            self.set_diff({}, {})
            return
        self.result['task_id'] = task_id
        if current.get('status') == plan.DELETING:
            # A delete is under way already.
            if self.params['wait'] and not self.module.check_mode:
                self.wait_for(task_id, GONE)
                current = None
            self.set_task(current, task_id)
            return
        self.set_diff(current, {})
        if self.module.check_mode:
            self.result['changed'] = True
            return
        if not plan.settled(current.get('status')) and self.settle(task_id, api_task) is None:
            self.result['changed'] = True
            return
        self.delete(task_id)
        self.result['changed'] = True
        if self.params['wait']:
            self.wait_for(task_id, GONE)
            self.result['task'] = None
        else:
            self.result['task'] = api_task_result(self.tasks.describe(task_id))

    def require_create_options(self):
        missing = [name for name in ('task_name', 'task_type') if not self.params.get(name)]
        if missing:
            self.fail('the task %s does not exist, and %s required to create it'
                      % (self.params.get('task_id') or self.params.get('task_name'),
                         ' and '.join(missing) + (' are' if len(missing) > 1 else ' is')))

    def create_task(self, state, before):
        """Create the task (nothing exists under this identity now); before is the diff's before side."""
        self.require_create_options()
        request = options_to_request(self.params)
        goal = plan.goal_status(state)
        if self.module.check_mode:
            self.result['changed'] = True
            predicted = plan.predict_created(self.params, request, goal)
            self.set_task(predicted, self.params.get('task_id'))
            self.set_diff(before, predicted)
            return
        task_id = self.create(request)
        self.result['task_id'] = task_id
        extra = plan.modify_after_create(self.params)
        if extra:
            self.tasks.modify(task_id, extra)
        if state == 'paused':
            # A task can be paused once it runs.
            self.wait_for(task_id, plan.RUNNING)
            self.converge(plan.ACTION_PAUSE, task_id,
                          lambda task: task is not None and task.get('Status') in (plan.PAUSED, plan.PAUSING))
        if not self.params['wait'] and state != 'paused':
            # The answer to a create is a task that is being created: no need to read it back.
            result = plan.predict_created(self.params, dict(request, TaskId=task_id), plan.CREATING)
        else:
            task = self.read_back(task_id, goal)
            result = task_result(task) if task else None
        self.set_task(result, task_id)
        self.set_diff(before, result)

    def existing(self, state, task_id, api_task, current):
        # Whatever fails from here on, the result says which task it was about.
        self.set_task(current, task_id)
        comparison = plan.compare(self.params, current, self.by_id)
        if comparison.replacement_required:
            if not self.params['recreate']:
                self.set_task(current)
                self.fail(plan.replacement_message(task_id, comparison.immutable_paths), replacement_required=True,
                          differing_paths=comparison.immutable_paths)
            self.recreate(state, task_id, api_task, current)
            return
        status = current.get('status')
        if self.module.check_mode:
            status = plan.EXPECTED_OUTCOME.get(status, status)
        elif state != 'present' and not plan.settled(status):
            api_task = self.settle(task_id, api_task)
            if api_task is None:
                self.create_task(state, before={})
                return
            current = api_task_result(api_task)
            status = current.get('status')
            comparison = plan.compare(self.params, current, self.by_id)
        action, error = plan.run_state_action(state, status)
        if error:
            self.set_task(current)
            self.fail('task %s: %s. Service message: %s' % (task_id, error, current.get('error_message') or 'none'),
                      status=status)
        changed = bool(comparison.modify) or action is not None
        goal = plan.ACTION_GOALS.get(action)
        predicted = plan.predict_modified(current, comparison.modify, goal)
        if self.module.check_mode or not changed:
            self.result['changed'] = changed
            self.set_task(predicted if changed else current)
            self.set_diff(current, predicted)
            return
        if comparison.modify:
            self.tasks.modify(task_id, comparison.modify)
            self.result['changed'] = True
        if action is None:
            # Only the fields sent changed: no need to read the task again.
            self.set_task(predicted)
            self.set_diff(current, predicted)
            return
        self.run_action(action, task_id)
        self.result['changed'] = True
        task = self.read_back(task_id, goal)
        result = task_result(task) if task else None
        self.set_task(result, task_id)
        self.set_diff(current, result)

    def recreate(self, state, task_id, api_task, current):
        if self.module.check_mode:
            self.result['changed'] = True
            request = options_to_request(self.params)
            predicted = plan.predict_created(self.params, request, plan.goal_status(state))
            self.set_task(predicted, self.params.get('task_id'))
            self.set_diff(current, predicted)
            return
        if not plan.settled(api_task.get('Status')):
            api_task = self.settle(task_id, api_task)
        if api_task is not None:
            self.delete(task_id)
            self.result['changed'] = True
            self.wait_for(task_id, GONE)
        self.create_task(state, before=current)


def api_task_result(api_task):
    return task_result(api_task) if api_task else None


def main():
    DatahubTaskModule.main()


if __name__ == '__main__':
    main()
