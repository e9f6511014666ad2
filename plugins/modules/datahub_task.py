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
  - The task is identified by O(task_id) when given (one C(DescribeDatahubTask) call), otherwise by its exact
    O(task_name), and O(task_type) when given (C(DescribeDatahubTasks), every page followed, only exact matches kept).
    More than one exact match fails, listing the task IDs.
  - Only the options you set are compared with the task, after normalising both sides; the module never imposes a
    default on an existing task. Members the service fills in itself, secrets (never returned) and output-only members
    are not compared.
  - O(task_name) (when the identity is O(task_id)), O(description), O(tasks_max), O(sync_throttle_limit) and
    O(auto_expand_flag) are changed in place with one C(ModifyDatahubTask) call carrying only the changed fields.
  - A difference in any other option (O(task_type), O(source_resource), O(target_resource), O(transform_param),
    O(transforms_param), O(schema_id), O(tags)) cannot be applied in place. The module then fails without writing
    anything, lists the differing option paths and returns RV(replacement_required=true), unless O(recreate=true).
  - A create is never repeated blindly. When the outcome of C(CreateDatahubTask) is unknown (network error, timeout,
    HTTP 5xx, C(InternalError)), the module looks the task up (by O(task_id), else by exact name) and creates it again
    only when it is not there, so one declaration never leaves two tasks.
  - The options below follow the request parameters of C(CreateDatahubTask), named in snake_case
    (C(SourceResource.KafkaParam) is O(source_resource.kafka_param)); C(PrivateLinkParam) is deprecated by the API and
    has no option.
  - O(source_resource.type) and O(target_resource.type) are checked before any call against the types the API
    documents (upper case, for example V(ES), not V(es)), and only the parameter block of that type may be set
    beside it (O(target_resource.es_param) with V(ES), not O(target_resource.kafka_param)).
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
extends_documentation_fragment:
  - tencentcloud.ckafka.common
  - tencentcloud.ckafka.datahub_task
options:
  task_id:
    description:
      - ID of the task, for example V(task-abcd1234), and its identity when given.
      - When the task does not exist, it is created with this ID, so that a rerun finds it with a single call.
        This relies on the service accepting an ID chosen by the client; when it refuses it, the run fails and says
        so. Then leave O(task_id) out and identify the task by O(task_name).
    type: str
  task_name:
    description:
      - Name of the task. It starts with a letter and holds letters, digits, V(-), V(.) and V(_), 64 characters at most.
      - Without O(task_id), the exact name (with O(task_type) when given) identifies the task.
      - With O(task_id), a different name is changed in place.
      - One of O(task_name) and O(task_id) is required; O(task_name) and O(task_type) are required to create a task.
    type: str
  state:
    description:
      - V(present) makes sure the task exists, whatever its run state, and does not change the run state.
      - V(running) makes sure it exists and runs; a paused task is resumed.
      - V(paused) makes sure it exists and is paused; a running task is paused.
      - V(restarted) restarts it (C(RestartDatahubTask)); this is always a change. A paused task is resumed instead.
        A missing task is created.
      - V(absent) deletes the task when it exists.
    type: str
    choices: [present, running, paused, restarted, absent]
    default: present
  wait:
    description:
      - Wait until the task reaches the status the operation aims at, polling C(DescribeDatahubTask) with backoff;
        a create, resume or restart waits for V(1) (running), a pause for V(6) (paused), a delete until the task is
        gone.
      - The failure statuses V(-1), V(4), V(7) and V(9) end the wait at once with the service's error message.
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
      - When an option that cannot be changed in place differs, or the task is in a failure status, delete the task,
        wait until it is gone and create it anew with the options given. The run warns that it does so and why
        (check mode too), and returns RV(recreated=true) and RV(previous_task_id).
      - When false, such a difference fails the run without any write and returns RV(replacement_required=true),
        with each differing path, its current and its wanted value in the message and in RV(differences).
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
      - Reads happen, no write is sent; C(changed) is what a real run would report and RV(task) shows the predicted task.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - The diff holds the task before and after, snake_case, with secrets masked; RV(diff.before) is empty on create and
        RV(diff.after) is empty on delete.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
notes:
  - RV(task) shows what is set. RV(task.task_id), RV(task.task_name), RV(task.status) and RV(task.status_name)
    are always there (null when not known yet, such as the ID of a create in check mode); every other key, and
    every member at any depth, only when it has a value (no null, no empty list or dictionary), and of the
    parameter blocks of RV(task.source_resource) and RV(task.target_resource) only the block of their type.
    Lists stay lists and nothing is guessed. A rerun, an update, a rerun in check mode and
    M(tencentcloud.ckafka.datahub_task_info) show the same keys; a create in check mode shows what it sends (the
    members the service fills in, such as RV(task.create_time), come with the real create). A task found by name
    shows what the task list carries, as M(tencentcloud.ckafka.datahub_tasks) shows it (its tags, transforms and
    schema only when they are declared, the task being then described to compare them; RV(task.task_progress)
    instead of RV(task.isolate_status)). Nothing is described only to fill a member the list leaves out.
  - A null means "not set" at every depth, as if the option were left out, so that a result of
    M(tencentcloud.ckafka.datahub_task_info) (or any block of it) declares the same task with no change.
  - "A task in a failure status (-1 create failed, 4 delete failed, 7 pause failed, 9 resume failed) is replaced
    when O(recreate=true), even when no option differs, and restarted with O(state=restarted).
    O(state=present) on such a task succeeds without a write and warns, quoting the service's error message."
  - "Secrets inside a task cannot be compared and cannot be changed in place: the passwords of the parameter blocks
    (O(target_resource.es_param.password), O(source_resource.mongo_db_param.password), the C(click_house_param) and
    C(mqtt_param) passwords, O(target_resource.dts_param.group_password), on either side) are sent when the task is
    created, the service never returns them and C(ModifyDatahubTask) does not take them. A changed password is
    therefore neither seen nor applied, and the task keeps the old one. Keep such credentials in a connection
    instead: the M(tencentcloud.ckafka.connect_resource) module, where C(update_password: always) rotates them
    in place, and refer to the connection from the task's parameter block by its resource ID."
  - "Without O(task_id), a create carries a task ID chosen by the module (V(task-) and 8 lower-case letters or digits),
    so that a create repeated after an unknown outcome (network error, timeout) is refused by the service as a
    repetition and can never make a second task. This assumes the service accepts an ID chosen by the client. If it
    refuses it (C(InvalidParameter) or C(InvalidParameterValue) about C(TaskId), or any refusal naming C(TaskId)), the
    module looks the task up by name and, when it is not there, creates it again without a C(TaskId), with a
    warning; the service then chooses the ID, and a repeated create is guarded by the name lookup alone."
seealso:
  - name: CreateDatahubTask API reference
    description: The request parameters of a DIP task.
    link: https://www.tencentcloud.com/document/product/597
'''

EXAMPLES = r'''
- name: Kafka to Elasticsearch, the credentials set once for the action group
  module_defaults:
    group/tencentcloud.ckafka.ckafka:
      region: ap-guangzhou
      secret_id: "{{ vault_tencentcloud_secret_id }}"
      secret_key: "{{ vault_tencentcloud_secret_key }}"
  block:
    - name: Sink a CKafka topic into an Elasticsearch index
      tencentcloud.ckafka.datahub_task:
        task_name: orders-to-es
        task_type: SINK
        source_resource:
          type: KAFKA
          kafka_param:
            self_built: false
            resource: ckafka-7kd5rzza
            topic: orders
            offset_type: earliest
        target_resource:
          type: ES
          es_param:
            resource: es-abcd1234
            index: orders
            drop_invalid_message: true

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

- name: Kafka to EventBus (COS), from the API's own example
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
    - Only what is set (see the notes); secrets are never returned.
    - With O(state=absent), the task deleted, as read before the delete (in check mode, the one the run would
      delete); V(null) when there was none.
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
      description: V(SOURCE) or V(SINK).
      type: str
      sample: SINK
    status:
      description: Status code of the task (V(-1) create failed, V(0) creating, V(1) running, V(2) deleting, V(4) delete
        failed, V(5) pausing, V(6) paused, V(7) pause failed, V(8) resuming, V(9) resume failed).
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
      description: Where the task reads from, keys named like the O(source_resource) options; only the block of its
        type, and only the members that are set.
      type: dict
    target_resource:
      description: Where the task writes to, keys named like the O(target_resource) options; only the block of its
        type, and only the members that are set.
      type: dict
    transform_param:
      description: Data processing rules, when the task has any.
      type: dict
    transforms_param:
      description: Data processing chains, when the task has any.
      type: dict
    schema_id:
      description: ID of the schema the task uses.
      type: str
    tags:
      description: Tags of the task (a list of V(tag_key) and V(tag_value)).
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
    warn_message:
      description: A warning from the service about the task, when there is one.
      type: str
      sample: ''
    schema_name:
      description: Name of the schema the task uses.
      type: str
    connections:
      description: The connections the task uses, as the service reports them.
      type: list
      elements: dict
    isolate_status:
      description: Isolation status of the task.
      type: int
      sample: 0
    task_progress:
      description: Progress of the current step, in percent, when the answer reports it (a listing does; a read by ID does not).
      type: float
    task_current_step:
      description: The current step of the task, when the answer reports it.
      type: str
    step_list:
      description: The steps of the task, when the answer reports any.
      type: list
      elements: str
task_id:
  description: ID of the task; null when it is absent, or not known yet in check mode.
  returned: always
  type: str
  sample: task-abcd1234
recreated:
  description: True when the run deleted the task and created it anew (in check mode, when it would).
  returned: always
  type: bool
  sample: false
previous_task_id:
  description: The ID of the task a recreate replaced; null when the run recreated nothing.
  returned: always
  type: str
  sample: task-abcd1234
# BEGIN failure keys: generated by tools/generate.py (make generate); edit FAILURE_KEYS there
replacement_required:
  description: True when an option that cannot be changed in place differs and O(recreate) is false; the run then
    fails without a write.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: bool
  sample: true
differing_paths:
  description: The option paths that differ and cannot be changed in place.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: list
  elements: str
differences:
  description: Each differing option path with the current value and yours (secrets masked); the message
    quotes them too, one line each.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: list
  elements: dict
status:
  description: The last status seen, when a wait failed or timed out.
  returned: failure of a wait
  type: int
timed_out:
  description: Whether a failed wait ran out of time.
  returned: failure of a wait
  type: bool
error_code:
  description: The service's error code (or a C(Client*) code for failures without an answer).
  returned: failure of an API call
  type: str
  sample: InvalidParameterValue
request_id:
  description: The request ID of the failed call, for Tencent Cloud support.
  returned: failure of an API call that got an answer
  type: str
# END failure keys
diff:
  description:
    - The task before and after (snake_case, secrets masked), in diff mode.
    - When an option that cannot be changed in place differs and O(recreate=false), the failed result's diff
      holds only those option paths, keyed by path, current (before) and wanted (after), which is what
      O(recreate=true) would change.
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

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceModule


DatahubTaskModule = ResourceModule.of(DatahubTask)


def main():
    DatahubTaskModule.main()


if __name__ == '__main__':
    main()
