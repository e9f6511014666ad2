#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: datahub_topic
short_description: Manage a Tencent Cloud CKafka DIP (Datahub) topic as declared state
version_added: 0.2.0
description:
  - Creates, updates and deletes one CKafka DIP (Datahub) topic, the place where data reported over HTTP or with the
    DIP SDK lands, and which a C(SOURCE) or C(SINK) task of M(tencentcloud.ckafka.datahub_task) can name in its
    C(topic_param).
  - The topic is identified by its O(name), read with one C(DescribeDatahubTopic) call. A topic the service does not
    know is absent.
  - The name rule (the account's AppId, a dash, then letters, digits and dashes, 128 characters at most) and the
    ranges of O(partition_num), O(retention_ms) and O(note) are checked before any call, so bad input fails without
    reaching the service.
  - Only the options you set are compared with the topic; the module never imposes a default on an existing topic.
  - O(retention_ms) and O(note) are changed in place with one C(ModifyDatahubTopic) call. That call needs
    C(RetentionMs) every time, so when only O(note) changes, the module sends the topic's current retention with it.
  - The service never reports the tags of a topic, so O(tags) cannot be compared. They are set when the topic is
    created and sent again with every C(ModifyDatahubTopic) the module makes; a change of O(tags) alone is not
    detected.
  - O(partition_num) cannot be changed in place. A different value fails the run without any write, returns
    RV(replacement_required=true) and lists the option in RV(differing_paths), unless O(recreate=true).
  - O(recreate=true) deletes the topic, waits until it is gone and creates it again with the options given. Every
    message in the topic is lost; the module says so in a warning, in check mode too.
  - The service gives each topic its own user name and password, which producers use to write to it. They are left
    out of the result unless O(return_credentials=true), and never appear in RV(topic), diffs or error messages.
  - The options below follow the parameters of C(CreateDatahubTopic), named in snake_case (C(PartitionNum) is
    O(partition_num)).
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
requirements:
  - requests
extends_documentation_fragment:
  - tencentcloud.ckafka.common
  - tencentcloud.ckafka.datahub_topic
options:
  name:
    description:
      - Name of the topic, and its identity.
      - It starts with the account's AppId and a dash, for example V(1250000000-orders); the rest holds letters,
        digits and dashes, and the whole name is 128 characters at most. A name that breaks this rule fails before
        any call.
      - A name cannot be changed; a different name declares a different topic.
    type: str
    required: true
  state:
    description:
      - V(present) makes sure the topic exists with the options given; O(partition_num) and O(retention_ms) are then
        required to create it.
      - V(absent) deletes the topic when it exists. Deleting a topic deletes its messages.
    type: str
    choices: [present, absent]
    default: present
  recreate:
    description:
      - When O(partition_num) differs from the topic, delete the topic, wait until it is gone and create it again
        with the options given. The messages in the topic are lost, and the module warns about it.
      - When false, such a difference fails the run without any write and returns RV(replacement_required=true).
    type: bool
    default: false
  wait:
    description:
      - After a create, wait until the topic is in use (status V(1)) and read it back; after a delete, wait until it
        is gone, polling C(DescribeDatahubTopic) with backoff.
      - When false, a create is not read back (RV(topic) is then the topic as created, without RV(topic.topic_id)
        and RV(topic.address), and RV(credentials) V(null)), and a delete returns the topic as the service reports it
        right after the call.
      - A recreate always waits for the old topic to be gone, because the new one takes its name.
    type: bool
    default: true
  wait_timeout:
    description:
      - How many seconds to wait at most. When they run out the module fails with the last status seen.
    type: int
    default: 600
  return_credentials:
    description:
      - Return the user name and password of the topic under RV(credentials). Producers use them to write to the
        topic over HTTP or with the DIP SDK.
      - 'They are secrets: set C(no_log: true) on a task that sets this option, or Ansible prints and logs them
        with the result.'
      - They come from the C(DescribeDatahubTopic) answer the module reads anyway, so this option costs no call.
      - Whatever this option says, the credentials never appear in RV(topic), in a diff or in an error message.
    type: bool
    default: false
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The topic is read, no write is sent; C(changed) is what a real run would report and RV(topic) shows the
        predicted topic, with the same keys as in a real run.
      - Members only the service can know (the topic ID, the address) are left out of the prediction of a create.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - The diff holds the topic before and after, with the keys of RV(topic) and without credentials; C(before) is
        empty on create and C(after) is empty on delete.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
notes:
  - Status V(2) (deleting) counts as absent for O(state=present); the module waits until the topic is gone and
    creates it again.
  - A recreate gives the topic a new ID and new credentials; producers must be given the new ones.
seealso:
  - module: tencentcloud.ckafka.datahub_topic_info
  - module: tencentcloud.ckafka.datahub_task
  - name: CreateDatahubTopic API reference
    description: The request parameters of a DIP topic.
    link: https://www.tencentcloud.com/document/product/597
'''

EXAMPLES = r'''
- name: A DIP topic for application logs, the credentials set once for the action group
  module_defaults:
    group/tencentcloud.ckafka.ckafka:
      region: ap-guangzhou
      secret_id: "{{ vault_tencentcloud_secret_id }}"
      secret_key: "{{ vault_tencentcloud_secret_key }}"
  block:
    - name: Keep the topic
      tencentcloud.ckafka.datahub_topic:
        name: 1250000000-app-logs
        partition_num: 3
        retention_ms: 86400000
        note: application-logs
        tags:
          - tag_key: team
            tag_value: data

- name: Keep messages for a week instead (one ModifyDatahubTopic call)
  tencentcloud.ckafka.datahub_topic:
    name: 1250000000-app-logs
    retention_ms: 604800000

- name: Change only the note; the current retention is sent with it, as the API requires
  tencentcloud.ckafka.datahub_topic:
    name: 1250000000-app-logs
    note: logs-of-every-service

- name: Show what would change, without changing anything
  tencentcloud.ckafka.datahub_topic:
    name: 1250000000-app-logs
    partition_num: 3
    retention_ms: 3600000
  check_mode: true
  diff: true
  register: preview

- name: Six partitions instead of three; the topic is deleted with its messages and created again
  tencentcloud.ckafka.datahub_topic:
    name: 1250000000-app-logs
    partition_num: 6
    retention_ms: 86400000
    recreate: true

- name: Get the user name and password producers write with (no_log keeps them out of the output and the logs)
  tencentcloud.ckafka.datahub_topic:
    name: 1250000000-app-logs
    return_credentials: true
  no_log: true
  register: app_logs

- name: Store them for the producers, still without printing them
  ansible.builtin.copy:
    dest: /etc/app/dip-producer.env
    content: |
      DIP_TOPIC={{ app_logs.topic.topic_name }}
      DIP_USER={{ app_logs.credentials.user_name }}
      DIP_PASSWORD={{ app_logs.credentials.password }}
    mode: "0600"
  no_log: true

- name: Delete the topic and its messages
  tencentcloud.ckafka.datahub_topic:
    name: 1250000000-app-logs
    state: absent
'''

RETURN = r'''
topic:
  description:
    - The topic as read back after the change (as predicted in check mode), with snake_case keys, showing what is set.
      RV(topic.name), RV(topic.status) and RV(topic.status_name) are always there; every other key only when it has
      a value (never guessed). A null given to an option means "not set", so a result of
      M(tencentcloud.ckafka.datahub_topic_info) declares the same topic with no change.
    - With O(state=absent), the topic deleted, as read before the delete (in check mode, the one the run would
      delete); V(null) when there was none.
    - Never holds the credentials of the topic; see RV(credentials).
  returned: always
  type: dict
  contains:
    name:
      description: Name of the topic, as given in O(name).
      type: str
      sample: 1250000000-app-logs
    topic_name:
      description: The name of the topic inside the service, the one tasks and producers use.
      type: str
      sample: app-logs
    topic_id:
      description: ID of the topic; not in the prediction of a create.
      type: str
      sample: topic-abcd1234
    partition_num:
      description: Number of partitions.
      type: int
      sample: 3
    retention_ms:
      description: How long messages are kept, in milliseconds.
      type: int
      sample: 86400000
    note:
      description: The note about the topic.
      type: str
      sample: application-logs
    status:
      description: Status code of the topic, V(1) in use or V(2) deleting.
      type: int
      sample: 1
    status_name:
      description: The status as a word, V(in_use) or V(deleting).
      type: str
      sample: in_use
    address:
      description: The address producers send messages to; not in the prediction of a create.
      type: str
      sample: 10.0.0.30
    tags:
      description: Tags of the topic (a list of V(tag_key) and V(tag_value)), when the service reports them;
        C(DescribeDatahubTopic) does not, so the key is there only in a prediction that sets them.
      type: list
      elements: dict
      sample: [{"tag_key": "team", "tag_value": "data"}]
name:
  description: Name of the topic, as given in O(name); V(null) when O(state=absent) finds no such topic.
  returned: always
  type: str
  sample: 1250000000-app-logs
credentials:
  description:
    - The user name and password producers write to the topic with. Set C(no_log) on the task.
    - V(null) when the topic is absent, and when they are not known yet (a create in check mode, a create with
      O(wait=false)).
  returned: when O(return_credentials=true)
  type: dict
  contains:
    user_name:
      description: The user name.
      type: str
      sample: dip-user
    password:
      description: The password.
      type: str
      sample: '********'
recreated:
  description: True when the run deleted the topic and created it anew (in check mode, when it would).
  returned: always
  type: bool
  sample: false
previous_name:
  description: The name of the topic a recreate replaced (the new one has the same name); V(null) when the run
    recreated nothing.
  returned: always
  type: str
  sample: 1250000000-orders
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
    - The topic before and after, without credentials, in diff mode.
    - When an option that cannot be changed in place differs and O(recreate=false), the failed result's diff
      holds only those option paths, keyed by path, current (before) and wanted (after), which is what
      O(recreate=true) would change.
  returned: diff mode
  type: dict
  contains:
    before:
      description: The topic before the run; empty when it is created.
      type: dict
    after:
      description: The topic after the run; empty when it is deleted.
      type: dict
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_topic.description import DatahubTopic
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceModule


class DatahubTopicModule(ResourceModule):
    resource = DatahubTopic
    # The topic's credentials are this module's own (the fleet module never returns them).
    extra_options = dict(return_credentials=dict(type='bool', default=False))

    @classmethod
    def module_arguments(cls):
        # One identity option, required itself: no required_one_of of a single name.
        return {}

    def run(self):
        super(DatahubTopicModule, self).run()
        if self.params['return_credentials']:
            topic = self.result['topic']
            # Those of the topic read last (TopicApi); a topic without an id is a prediction: not known.
            self.result['credentials'] = self.api.credentials if topic and topic.get('topic_id') else None


def main():
    DatahubTopicModule.main()


if __name__ == '__main__':
    main()
