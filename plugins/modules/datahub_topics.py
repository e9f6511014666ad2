#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: datahub_topics
short_description: Declare, prune and adopt many CKafka DIP topics in one run
version_added: 0.3.0
description:
  - Declares a list of DIP topics in one module run, with the states of Ansible's network resource modules
    (V(merged), V(overridden), V(deleted), V(gathered), V(rendered)).
  - Each entry of O(config) takes the options of the M(tencentcloud.ckafka.datahub_topic) module and follows its rules
    (validation, comparison, what can change in place, O(config[].recreate)).
  - Each entry is found as the singular module finds it (by ID a Describe, by name C(DescribeDatahubTopics) filtered by the name), or
    all of them through one listing (pages of 100) when that costs fewer calls; with O(scope), the listing of the scope
    finds the topics the run owns.
  - A topic's name is its identity (O(config[].name)); the topic's own user name and password are never returned.
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The plan is made (reads only), no write is sent; RV(results) holds the items a real run would return.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - RV(diff) is a list with one before/after per changed topic, secrets masked, its headers naming it.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
extends_documentation_fragment:
  - tencentcloud.ckafka.common
  - tencentcloud.ckafka.fleet
  - tencentcloud.ckafka.fleet.wait
  - tencentcloud.ckafka.datahub_topics
seealso:
  - module: tencentcloud.ckafka.datahub_topic
  - module: tencentcloud.ckafka.datahub_topic_info
'''

EXAMPLES = r'''
- name: Declare the topics of the shop, in one run
  tencentcloud.ckafka.datahub_topics:
    region: ap-guangzhou
    config:
      - name: 1250000000-orders
        partition_num: 3
        retention_ms: 86400000
      - name: 1250000000-refunds
        partition_num: 1
        retention_ms: 86400000

- name: Keep only the declared topics among those whose name starts with 1250000000-shop-
  tencentcloud.ckafka.datahub_topics:
    region: ap-guangzhou
    state: overridden
    scope:
      name_prefix: 1250000000-shop-
    max_deletions: 3
    config:
      - name: 1250000000-shop-orders
        partition_num: 3
'''

RETURN = r'''
msg:
  description:
    - The plan in one line, in check mode too (C(3 to create, 1 to update, 5 to delete, 191 unchanged) and a note that
      nothing was written in check mode, C(3 created, 1 updated, 5 deleted, 191 unchanged) after), the number of topics gathered
      or requests rendered; when the run fails, why.
  returned: always
  type: str
  sample: "1 to create, 2 unchanged (check mode: nothing was written)"
option_errors:
  description: The options refused before any call (an option the state does not use, a value out of its bounds).
  returned: when the options were refused
  type: list
  elements: str
  sample:
    - "scope is not used by state=merged: merged writes the entries of config and touches nothing else, so a scope would not limit it; leave it out"
results:
  description:
    - One item per entry of O(config), in order, then one per resource deleted that no entry names.
  returned: always
  type: list
  elements: dict
  contains:
    index:
      description: The position of the entry in O(config); null for a resource that no entry names.
      type: int
      sample: 0
    name:
      description: The name of the topic.
      type: str
      sample: 1250000000-orders
    action:
      description:
        - 'What the run did (check mode: would do): one of created, updated, recreated, deleted, unchanged, failed.'
      type: str
      sample: created
    topic:
      description:
        - The topic in the result shape of the M(tencentcloud.ckafka.datahub_topic) module (the deleted topic as it
          was, for V(deleted)); secrets are never returned.
        - A member the list answer does not carry is left out (results show what is set), unless the entry declares it.
      type: dict
    recreated:
      description: Whether the topic was (in check mode, would be) deleted and created anew, as the singular module says.
      type: bool
      sample: false
    previous_name:
      description: The name of the topic a recreate replaced; null otherwise.
      type: str
    msg:
      description: Why the entry failed (only for V(failed)).
      type: str
gathered:
  description:
    - With O(state=gathered), the topics in O(scope) as O(config) entries, ready to be fed back. Each has its
      identity and every member that has a value; nothing the service fills in (status, times, counters), no secret.
  returned: state is gathered
  type: list
  elements: dict
rendered:
  description:
    - With O(state=rendered), for each entry, the request its create would send (no call is made).
  returned: state is rendered
  type: list
  elements: dict
  contains:
    index:
      description: The position of the entry in O(config).
      type: int
    name:
      description: The name of the entry.
      type: str
    action:
      description: The API action a create calls.
      type: str
      sample: CreateDatahubTopic
    request:
      description: The exact request body, secrets masked.
      type: dict
plan_errors:
  description: Why the plan was refused (nothing was written), one item per problem.
  returned: the plan was refused
  type: list
  elements: dict
  contains:
    entry:
      description: The entry (C(config[3] (name))), or the option, at fault.
      type: str
    msg:
      description: The problem.
      type: str
diff:
  description:
    - In diff mode, one before/after per changed topic (secrets masked), its headers naming it.
    - The last item also has C(prepared), the one-line summary of RV(msg), which Ansible prints after the diffs at
      any verbosity.
  returned: diff mode
  type: list
  elements: dict
  contains:
    before:
      description: The topic before the run; empty when it is created.
      type: dict
    after:
      description: The topic after the run; empty when it is deleted.
      type: dict
    before_header:
      description: The topic it is about.
      type: str
    after_header:
      description: The topic it is about.
      type: str
error_code:
  description: The service's error code of a failed call that ended the run.
  returned: failure of an API call outside the entries
  type: str
request_id:
  description: The request ID of that call.
  returned: failure of an API call that got an answer
  type: str
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.module import FleetModule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_topic.description import DatahubTopic


DatahubTopicsModule = FleetModule.of(DatahubTopic, scope_filters=dict(search_word='SearchWord', connect_resource_id='ConnectResourceId'))


def main():
    DatahubTopicsModule.main()


if __name__ == '__main__':
    main()
