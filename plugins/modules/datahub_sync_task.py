#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: datahub_sync_task
short_description: Manage a Tencent Cloud CKafka Kafka-to-Kafka sync task (DIP) as declared state
version_added: 0.3.0
description:
  - Creates, updates, pauses, resumes, restarts and deletes one Kafka-to-Kafka sync task between two Kafka
    connections (M(tencentcloud.ckafka.connect_resource) with C(type=KAFKA)), the way a cluster is migrated
    or mirrored.
  - O(sync) chooses the API action that creates the task. V(metadata) (C(CreateMetaSyncDatahubTask)) copies the
    topics' metadata; V(metadata_and_data) (C(CreateMetaAndDataSyncDatahubTask)) copies the metadata and the
    messages; V(metadata_data_and_offsets) (C(CreateMetaDataAndOffsetSyncDatahubTask)) copies the metadata, the
    messages and the consumer groups' offsets.
  - An option the chosen action does not take is refused before any call (V(metadata) takes no topics, no
    O(prefix), O(separator) nor O(offset_type); O(offset_type=timestamp) only goes with V(metadata_and_data)),
    and so are O(topic_list) together with O(topic_regular_expression).
  - The created task is a DIP task. It is identified by O(task_id) when given (C(DescribeDatahubTask)), otherwise
    by its exact O(task_name) over every page of C(DescribeDatahubTasks); more than one exact match fails, listing
    the task IDs. M(tencentcloud.ckafka.datahub_task_info) lists it too.
  - O(task_name) (when the identity is O(task_id)) and O(description) are changed in place with
    C(ModifyDatahubTask). What cannot change in place (O(sync), O(source_resource_id), O(target_resource_id), the
    topics, O(prefix), O(separator), O(offset_type), O(tags)) fails without any write and returns
    RV(replacement_required=true), unless O(recreate=true).
  - The service chooses the ID of a new task. A create whose answer is lost (network error, timeout, HTTP 5xx,
    C(InternalError)) is followed by a lookup by name, and the task is created again only when it is not there,
    so one declaration never leaves two tasks.
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
extends_documentation_fragment:
  - tencentcloud.ckafka.common
  - tencentcloud.ckafka.datahub_sync_task
options:
  task_id:
    description:
      - ID of the task, for example V(task-y9jb22m4), and its identity when given.
      - The service chooses the ID of a new task, so an O(task_id) that finds no task fails; leave it out to
        create the task by its O(task_name).
    type: str
  sync:
    description:
      - What the task synchronises, which chooses the action that creates it (see the description).
      - Required to create a task; compared with the task when set. A different kind needs a replacement.
    type: str
    choices: [metadata, metadata_and_data, metadata_data_and_offsets]
  state:
    description:
      - V(present) makes sure the task exists, whatever its run state, and does not change the run state.
      - V(running) makes sure it exists and runs; a paused task is resumed.
      - V(paused) makes sure it exists and is paused; a running task is paused.
      - V(restarted) restarts it (C(RestartDatahubTask)); this is always a change. A paused task is resumed instead.
      - V(absent) deletes the task when it exists.
    type: str
    choices: [present, running, paused, restarted, absent]
    default: present
  wait:
    description:
      - Wait until the task reaches the status the operation aims at, polling C(DescribeDatahubTask) with backoff;
        a create, resume or restart waits for V(1) (running), a pause for V(6) (paused), a delete until the task is gone.
      - The failure statuses V(-1), V(4), V(7) and V(9) end the wait at once with the service's error message.
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
        wait until it is gone and create it anew with the options given; the run warns that it does so and why.
      - When false, such a difference fails the run without any write and returns RV(replacement_required=true).
    type: bool
    default: false
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - Reads happen, no write is sent; C(changed) is what a real run would report and RV(task) shows the predicted task.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
notes:
  - DescribeDatahubTask reports a sync task as a task from a V(KAFKA) resource to a V(KAFKA) resource; the module
    reads O(source_resource_id), O(target_resource_id), the topics, O(prefix), O(separator), O(offset_type) and
    O(sync) from the source and target parameter blocks of that answer.
seealso:
  - module: tencentcloud.ckafka.connect_resource
  - module: tencentcloud.ckafka.datahub_task
  - module: tencentcloud.ckafka.datahub_group_offsets_info
'''

EXAMPLES = r'''
- name: Copy the metadata of every topic from one cluster to another
  tencentcloud.ckafka.datahub_sync_task:
    region: ap-guangzhou
    task_name: orders-metadata
    sync: metadata
    source_resource_id: resource-y9n9pr46
    target_resource_id: resource-y9n947b6
    tags:
      - tag_key: team
        tag_value: data

- name: Mirror two topics (metadata and messages) under a prefix, from the latest offset
  tencentcloud.ckafka.datahub_sync_task:
    region: ap-guangzhou
    task_name: orders-mirror
    sync: metadata_and_data
    source_resource_id: resource-y9n3a2n6
    target_resource_id: resource-y9n33bb6
    topic_list: [orders, payments]
    prefix: mirror
    separator: "."
    offset_type: latest
    description: Orders mirrored to the new cluster

- name: Migrate every topic whose name starts with shop, with the consumer offsets
  tencentcloud.ckafka.datahub_sync_task:
    region: ap-guangzhou
    task_name: shop-migration
    sync: metadata_data_and_offsets
    source_resource_id: resource-y9n3a2n6
    target_resource_id: resource-y9n33bb6
    topic_regular_expression: "^shop.*"
    offset_type: earliest

- name: Pause the mirror
  tencentcloud.ckafka.datahub_sync_task:
    region: ap-guangzhou
    task_name: orders-mirror
    state: paused

- name: Delete it
  tencentcloud.ckafka.datahub_sync_task:
    region: ap-guangzhou
    task_name: orders-mirror
    state: absent
'''

RETURN = r'''
task:
  description:
    - The task after the run (predicted in check mode); null when it is absent.
    - The same keys on a create, a rerun, an update and in check mode; a member the service did not report is null.
  returned: always
  type: dict
  contains:
    task_id:
      description: ID of the task; null in check mode before a create (the service chooses it).
      type: str
      sample: task-y9jb79mn
    task_name:
      description: Name of the task.
      type: str
      sample: orders-mirror
    sync:
      description: What the task synchronises, V(metadata), V(metadata_and_data) or V(metadata_data_and_offsets).
      type: str
      sample: metadata_and_data
    status:
      description:
        - The status code of the task; V(-1) creation failed, V(0) creating, V(1) running, V(2) deleting,
          V(4) deletion failed, V(5) pausing, V(6) paused, V(7) pausing failed, V(8) resuming, V(9) resuming failed.
      type: int
      sample: 1
    status_name:
      description: The status as a word, for example V(running) or V(paused).
      type: str
      sample: running
    source_resource_id:
      description: ID of the connection the task reads from.
      type: str
      sample: resource-y9n3a2n6
    target_resource_id:
      description: ID of the connection the task writes to.
      type: str
      sample: resource-y9n33bb6
    topic_list:
      description: The topics the task synchronises, when it was given a list.
      type: list
      elements: str
      sample: [orders]
    topic_regular_expression:
      description: The regular expression selecting the topics, when it was given one.
      type: str
    prefix:
      description: The prefix of the topic names on the target.
      type: str
    separator:
      description: What separates the prefix from the topic name.
      type: str
    offset_type:
      description: Where the task started to read.
      type: str
    description:
      description: Description of the task.
      type: str
    tags:
      description: Tags of the task, as V(tag_key)/V(tag_value) dictionaries.
      type: list
      elements: dict
    error_message:
      description: The service's message when the task failed, else empty or null.
      type: str
    datahub_id:
      description: ID of the Datahub behind the task.
      type: str
    create_time:
      description: When the task was created, in the service's local time.
      type: str
task_id:
  description: ID of the task; null when it is absent, or not known yet in check mode.
  returned: always
  type: str
  sample: task-y9jb79mn
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
recreated:
  description: True when the run deleted the task and created it anew (in check mode, when it would).
  returned: always
  type: bool
previous_task_id:
  description: The ID of the task a recreate replaced; null when the run recreated nothing.
  returned: always
  type: str
diff:
  description: The task before and after, in diff mode.
  returned: diff mode
  type: dict
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_sync_task.description import DatahubSyncTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceModule


class DatahubSyncTaskModule(ResourceModule):
    resource = DatahubSyncTask

    def run(self):
        # The kind asked for chooses the Create action.
        self.resource = DatahubSyncTask.of_kind(self.params['sync'])
        super(DatahubSyncTaskModule, self).run()


def main():
    DatahubSyncTaskModule.main()


if __name__ == '__main__':
    main()
