# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: datahub_task_info
short_description: Read one Tencent Cloud CKafka DIP (Datahub) task, or list them
version_added: 0.1.0
description:
  - Reads a CKafka DIP (Datahub) task by its ID, or lists the tasks that match filters.
  - Every task is returned in the shape M(tencentcloud.ckafka.datahub_task) returns
    in RV(tencentcloud.ckafka.datahub_task#module:task), showing what is set and nothing else. A task read by O(task_id) or
    O(task_name) has the same keys as that result, and declared with M(tencentcloud.ckafka.datahub_task) as it is
    (its options taken from the result, or any block of it), it changes nothing.
  - A listing follows every page of C(DescribeDatahubTasks) with pages of 100 tasks, the largest
    the API serves, so 250 tasks take three calls.
  - Only reads; the module never changes anything and always reports C(changed=false).
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
options:
  task_id:
    description:
      - The ID of the task to read, for example V(task-abcd1234) (not the C(datahub-...) ID of the Datahub behind it).
      - An unknown or deleted task is not an error; RV(tasks) is then an empty list.
      - Mutually exclusive with the filters O(search_word), O(task_name), O(task_type), O(source_type),
        O(target_type) and O(resource).
    type: str
  search_word:
    description:
      - Lists the tasks whose name or ID contains this word, as the service matches it (C(SearchWord)).
    type: str
  task_name:
    description:
      - Lists the tasks whose name is exactly this name.
      - The service only searches loosely, so the module asks for the tasks that contain the name
        and keeps those whose name is equal to it.
      - With O(search_word), the service searches for O(search_word) and the module keeps the tasks
        named exactly O(task_name) among them.
    type: str
  task_type:
    description:
      - Lists the tasks of this type only.
    type: str
    choices: [SOURCE, SINK]
  source_type:
    description:
      - Lists the tasks whose source resource is of this type, for example V(KAFKA), V(HTTP) or V(MYSQL)
        (the value of O(tencentcloud.ckafka.datahub_task#module:source_resource.type)).
    type: str
  target_type:
    description:
      - Lists the tasks whose target resource is of this type, for example V(KAFKA), V(ES) or V(COS)
        (the value of O(tencentcloud.ckafka.datahub_task#module:target_resource.type)).
    type: str
  resource:
    description:
      - Lists the tasks that read from or write to this resource, for example the CKafka instance
        V(ckafka-7kd5rzza) or the Elasticsearch cluster V(es-abcdefgh).
    type: str
notes:
  - Without O(task_id) and without any filter, every task of the region is listed.
  - The filters combine; a task is listed when it matches all of them.
  - A listing by filters reports what C(DescribeDatahubTasks) answers, which lacks some members that
    C(DescribeDatahubTask) reports (for example RV(tasks[].tags), RV(tasks[].transform_param),
    RV(tasks[].transforms_param), RV(tasks[].schema_id) and RV(tasks[].connections)); those keys are
    then left out (never guessed). Read a task by O(task_id) or O(task_name) to get them (by name, a task whose list
    item lacks them is described once more).
  - Passwords and other secrets are never returned by the service nor by this module.
seealso:
  - module: tencentcloud.ckafka.datahub_task
extends_documentation_fragment:
  - tencentcloud.ckafka.common
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The module only reads, so check mode returns the same tasks as a normal run.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: N/A
    details:
      - The module never changes anything.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set the shared options once.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
'''

EXAMPLES = r'''
- name: List the SINK tasks that write to Elasticsearch
  tencentcloud.ckafka.datahub_task_info:
    region: ap-guangzhou
    task_type: SINK
    target_type: ES
  register: es_sinks

- name: Read one task by its ID
  tencentcloud.ckafka.datahub_task_info:
    region: ap-guangzhou
    task_id: task-abcd1234
  register: one

- name: Show its status
  ansible.builtin.debug:
    msg: "{{ one.tasks[0].task_name }} is {{ one.tasks[0].status_name }}"
  when: one.tasks | length > 0

- name: Find the task named exactly orders-to-es (search_word alone would also match orders-to-es-2)
  tencentcloud.ckafka.datahub_task_info:
    region: ap-guangzhou
    task_name: orders-to-es
  register: found

- name: Keep its source as it is and only raise its parallelism (a block of the result declares the same block)
  tencentcloud.ckafka.datahub_task:
    region: ap-guangzhou
    task_id: "{{ found.tasks[0].task_id }}"
    source_resource: "{{ found.tasks[0].source_resource }}"
    tasks_max: 3
  when: found.tasks | length > 0

- name: Every task that reads from or writes to one CKafka instance
  tencentcloud.ckafka.datahub_task_info:
    region: ap-guangzhou
    resource: ckafka-7kd5rzza
  register: on_instance

- name: Pause every running SINK task that writes to COS, with the shared options set once
  module_defaults:
    group/tencentcloud.ckafka.ckafka:
      region: ap-guangzhou
      secret_id: "{{ vault_tencentcloud_secret_id }}"
      secret_key: "{{ vault_tencentcloud_secret_key }}"
  block:
    - name: List the SINK tasks that write to COS
      tencentcloud.ckafka.datahub_task_info:
        task_type: SINK
        target_type: COS
      register: cos_sinks

    - name: Pause each of them that runs
      tencentcloud.ckafka.datahub_task:
        task_id: "{{ item.task_id }}"
        state: paused
      loop: "{{ cos_sinks.tasks | selectattr('status_name', 'equalto', 'running') }}"
      loop_control:
        label: "{{ item.task_name }}"
'''

RETURN = r'''
tasks:
  description:
    - The tasks read, newest first as the service lists them; an empty list when none matches
      or when O(task_id) names no task.
    - Each item shows what is set, as RV(tencentcloud.ckafka.datahub_task#module:task) does. RV(tasks[].task_id),
      RV(tasks[].task_name), RV(tasks[].status) and RV(tasks[].status_name) are always there; every other key, and
      every member at any depth, only when it has a value (no null, no empty list or dictionary); of the parameter
      blocks only the block of the source's or the target's type. Lists stay lists.
    - Nested objects use the option names of M(tencentcloud.ckafka.datahub_task) (snake_case). Secrets are never included.
  returned: always
  type: list
  elements: dict
  contains:
    task_id:
      description: The ID of the task.
      type: str
      returned: always
      sample: task-abcd1234
    task_name:
      description: The name of the task.
      type: str
      returned: always
      sample: orders-to-es
    task_type:
      description: V(SOURCE) or V(SINK).
      type: str
      returned: when set
      sample: SINK
    status:
      description:
        - The status code of the task.
        - V(-1) creation failed, V(0) creating, V(1) running, V(2) deleting, V(4) deletion failed, V(5) pausing,
          V(6) paused, V(7) pausing failed, V(8) resuming, V(9) resuming failed.
      type: int
      returned: always
      sample: 1
    status_name:
      description:
        - The status as a word, one of V(create_failed), V(creating), V(running), V(deleting), V(deleted),
          V(delete_failed), V(pausing), V(paused), V(pause_failed), V(resuming), V(resume_failed).
      type: str
      returned: always
      sample: running
    error_message:
      description: The service's message when the task failed.
      type: str
      returned: when set
      sample: ''
    warn_message:
      description: A warning from the service about the task, when there is one.
      type: str
      returned: when set
      sample: ''
    description:
      description: The description of the task.
      type: str
      returned: when set
      sample: orders to the search cluster
    datahub_id:
      description: The ID of the Datahub the task belongs to.
      type: str
      returned: when set
      sample: datahub-1a2b3c4d
    create_time:
      description: When the task was created, in the service's local time.
      type: str
      returned: when set
      sample: '2024-05-01 10:20:30'
    source_resource:
      description:
        - Where the task reads from, with the sub-options of O(tencentcloud.ckafka.datahub_task#module:source_resource)
          as keys, showing its type and the block of its type with the members that are set; passwords are left out.
      type: dict
      returned: when set
      sample: {"type": "KAFKA", "kafka_param": {"resource": "ckafka-7kd5rzza", "topic": "orders", "self_built": false}}
    target_resource:
      description:
        - Where the task writes to, with the sub-options of O(tencentcloud.ckafka.datahub_task#module:target_resource)
          as keys, showing its type and the block of its type with the members that are set; passwords are left out.
      type: dict
      returned: when set
      sample: {"type": "ES", "es_param": {"resource": "es-abcdefgh", "index": "orders"}}
    transform_param:
      description: The data transformation of the task, when it has one; not in a listing by filters.
      type: dict
      returned: when set
    transforms_param:
      description: The data processing rules of the task, when it has any; not in a listing by filters.
      type: dict
      returned: when set
    schema_id:
      description: The ID of the schema bound to the task, when there is one; not in a listing by filters.
      type: str
      returned: when set
    schema_name:
      description: The name of the schema bound to the task, when there is one; not in a listing by filters.
      type: str
      returned: when set
    tags:
      description: The tags of the task, as a list of V(tag_key)/V(tag_value) dictionaries, when it has any; not in a listing by filters.
      type: list
      elements: dict
      returned: when set
      sample: [{"tag_key": "team", "tag_value": "data"}]
    connections:
      description: The connections the task uses, when there are any; not in a listing by filters.
      type: list
      elements: dict
      returned: when set
    tasks_max:
      description: The number of parallel workers of the task (C(TaskMax) in the answer).
      type: int
      returned: when set
      sample: 3
    sync_throttle_limit:
      description: The synchronisation throttle limit of the task, when the service reports it.
      type: int
      returned: when set
    auto_expand_flag:
      description: Whether the task scales its workers automatically, when the service reports it.
      type: bool
      returned: when set
    isolate_status:
      description: The isolation status of the task; not in a listing by filters.
      type: int
      returned: when set
      sample: 0
    task_progress:
      description: The progress of the current step, in percent; only in a listing by filters (a read by ID does not report it).
      type: float
      returned: when set
      sample: 100.0
    task_current_step:
      description: The current step of the task; only in a listing by filters.
      type: str
      returned: when set
      sample: FINISH
    step_list:
      description: The steps of the task, when there are any; only in a listing by filters.
      type: list
      elements: str
      returned: when set
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceInfoModule


DatahubTaskInfo = ResourceInfoModule.of(DatahubTask)


def main():
    DatahubTaskInfo.main()


if __name__ == '__main__':
    main()
