# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/datahub_sync_task.json.
# Run `make generate` after changing the schema.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of every CreateMetaAndDataSyncDatahubTask parameter (tencentcloud.ckafka.datahub_sync_task)."""

    DOCUMENTATION = r'''
options:
  task_name:
    description:
      - 'Name of the task, 64 characters at most: it starts with a letter and holds letters, digits, V(-), V(.)
        and V(_). Without O(task_id), the exact name identifies the task.'
    type: str
  source_resource_id:
    description:
      - ID of the Kafka connection the task reads from (a connection of type V(KAFKA) made by M(tencentcloud.ckafka.connect_resource)),
        for example V(resource-y9n9pr46). It cannot be changed in place.
    type: str
  target_resource_id:
    description:
      - ID of the Kafka connection the task writes to (a connection of type V(KAFKA)), for example V(resource-y9n947b6).
        It cannot be changed in place.
    type: str
  tags:
    description:
      - Tags of the task, as key and value pairs. They cannot be changed in place.
    type: list
    elements: dict
    suboptions:
      tag_key:
        description:
          - Key of the tag.
        type: str
        required: true
      tag_value:
        description:
          - Value of the tag.
        type: str
        required: true
  offset_type:
    description:
      - 'Where the task starts to read the source topics: V(earliest), V(latest), or V(timestamp) (only with O(sync=metadata_and_data)).
        Not taken with O(sync=metadata).'
    type: str
    choices:
      - earliest
      - latest
      - timestamp
  topic_regular_expression:
    description:
      - A regular expression selecting the source topics, instead of O(topic_list). Not taken with O(sync=metadata).
        It cannot be changed in place.
    type: str
  topic_list:
    description:
      - The source topics to synchronise, instead of O(topic_regular_expression); their order carries no meaning.
        Not taken with O(sync=metadata). It cannot be changed in place.
    type: list
    elements: str
  prefix:
    description:
      - A prefix given to the name of each topic on the target. Not taken with O(sync=metadata).
    type: str
  separator:
    description:
      - What separates O(prefix) from the topic name on the target. Not taken with O(sync=metadata).
    type: str
    choices:
      - .
      - '-'
      - _
  description:
    description:
      - Description of the task, 128 characters at most; changed in place.
    type: str
'''
