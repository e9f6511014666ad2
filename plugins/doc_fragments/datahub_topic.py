# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/datahub_topic.json.
# Run `make generate` after changing the schema.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of every CreateDatahubTopic parameter (tencentcloud.ckafka.datahub_topic)."""

    DOCUMENTATION = r'''
options:
  name:
    description:
      - 'Name of the topic, and its identity: the module finds the topic by this name. It starts with the account''s
        AppId and a dash, for example V(1250000000-orders); the rest holds letters, digits and dashes, and the whole
        name is 128 characters at most. The module checks this rule before any call. A name cannot be changed: a
        different name is a different topic.'
    type: str
  partition_num:
    description:
      - 'Number of partitions of the topic, from V(1) to V(500). Required to create a topic. It cannot be changed
        in place: a different value on an existing topic fails with RV(replacement_required=true), unless O(recreate=true),
        which deletes the topic, and every message in it, and creates it again.'
    type: int
  retention_ms:
    description:
      - How long messages are kept, in milliseconds; at least V(60000) (one minute). Required to create a topic.
        Changed in place. The API needs it on every change, so when only O(note) changes the module sends the topic's
        current value.
    type: int
  note:
    description:
      - A note about the topic, 64 characters at most. Changed in place. When omitted, the current note is kept.
    type: str
  tags:
    description:
      - 'Tags of the topic. The service never reports the tags of a topic, so the module cannot compare them: they
        are set when the topic is created, and sent again with every ModifyDatahubTopic the module makes for a change
        of O(retention_ms) or O(note). A change of the tags alone is not detected.'
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
'''
