# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate_fleet_docs.py from the datahub_topic and datahub_topic_info modules.
# Run `make docs` after changing them.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of the config and scope options of tencentcloud.ckafka.datahub_topics."""

    DOCUMENTATION = r'''
options:
  config:
    description:
      - 'The DIP topics declared: a list of entries, each taking the options of the M(tencentcloud.ckafka.datahub_topic)
        module (below), checked as that module checks them.'
    type: list
    elements: dict
    suboptions:
      name:
        description:
          - Name of the topic, and its identity.
          - It starts with the account's AppId and a dash, for example V(1250000000-orders); the rest holds letters,
            digits and dashes, and the whole name is 128 characters at most. A name that breaks this rule fails
            before any call.
          - A name cannot be changed; a different name declares a different topic.
        type: str
        required: true
      note:
        description:
          - A note about the topic, 64 characters at most. Changed in place. When omitted, the current note is kept.
        type: str
      partition_num:
        description:
          - 'Number of partitions of the topic, from V(1) to V(500). Required to create a topic. It cannot be changed
            in place: a different value on an existing topic fails with C(replacement_required=true), unless O(config[].recreate=true),
            which deletes the topic, and every message in it, and creates it again.'
        type: int
      recreate:
        description:
          - When an option that cannot be changed in place differs (or the resource is in a failure status), delete
            the resource, wait until it is gone and create it anew; the entry's result has V(recreated) as its action.
          - When false, such a difference fails the plan before any write, naming the entry and the differing paths.
        type: bool
        default: false
      retention_ms:
        description:
          - How long messages are kept, in milliseconds; at least V(60000) (one minute). Required to create a topic.
            Changed in place. The API needs it on every change, so when only O(config[].note) changes the module
            sends the topic's current value.
        type: int
      tags:
        description:
          - 'Tags of the topic. The service never reports the tags of a topic, so the module cannot compare them:
            they are set when the topic is created, and sent again with every ModifyDatahubTopic the module makes
            for a change of O(config[].retention_ms) or O(config[].note). A change of the tags alone is not detected.'
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
  scope:
    description:
      - 'Which existing resources the run owns: the filters of the list action (as the M(tencentcloud.ckafka.datahub_topic_info)
        module takes them) and O(scope.name_prefix).'
      - Required by O(state=overridden), and by O(state=deleted) without O(config). C({}) means every resource of
        the region.
      - 'O(state=merged), O(state=rendered) and O(state=deleted) with O(config) do not use it: it is refused there.
        A filter that is empty or blank (an empty variable) is refused unless O(allow_delete_all=true).'
    type: dict
    suboptions:
      search_word:
        description:
          - Lists the topics whose name, topic name or topic ID contains this word, as the service matches it (C(SearchWord)).
        type: str
      connect_resource_id:
        description:
          - Lists the topics that the connection with this ID reaches, for example V(resource-abcd1234) (a connection
            of M(tencentcloud.ckafka.connect_resource)). The module then sets C(QueryFromConnectResource) in the
            request.
        type: str
      name_prefix:
        description:
          - Only the resources whose name begins with this exact prefix are in scope (checked on the list answer).
        type: str
'''
