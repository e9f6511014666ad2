# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""A consumer group's offsets on a DIP topic (DescribeDatahubGroupOffsets), every page, and its total lag."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_topic.description import name_errors
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import CkafkaModule, common_argument_spec
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import snake_case

ACTION = 'DescribeDatahubGroupOffsets'
# The largest page the action serves.
PAGE_SIZE = 50
PARTITION_KEYS = ('Partition', 'Offset', 'LogEndOffset', 'Lag', 'Metadata', 'ErrorCode')


def partition_of(answer):
    return dict((snake_case(member), answer.get(member)) for member in PARTITION_KEYS)


def all_offsets(client, query):
    """[{topic, partitions}] over every page: a page holds at most PAGE_SIZE partitions (a topic may span pages).

    A partition seen on an earlier page is not reported twice.
    """
    topics, seen, offset = {}, set(), 0
    while True:
        result = client.call(ACTION, dict(query, Offset=offset, Limit=PAGE_SIZE), idempotent=True).get('Result') or {}
        page = result.get('TopicList') or []
        count = 0
        for topic in page:
            partitions = topics.setdefault(topic.get('Topic'), [])
            for partition in topic.get('Partitions') or []:
                count += 1
                if (topic.get('Topic'), partition.get('Partition')) not in seen:
                    seen.add((topic.get('Topic'), partition.get('Partition')))
                    partitions.append(partition_of(partition))
        offset += count
        total = result.get('TotalCount')
        if count < PAGE_SIZE or (total is not None and offset >= total):
            break
    return [dict(topic=name, partitions=sorted(parts, key=lambda p: p['partition'])) for name, parts in topics.items()]


class GroupOffsetsReader(CkafkaModule):
    """Reads; never writes. result: topics, total_lag."""

    @classmethod
    def argument_spec(cls):
        return common_argument_spec(name=dict(type='str', required=True), group=dict(type='str', required=True),
                                    search_word=dict(type='str'))

    def run(self):
        errors = name_errors(self.params['name'])
        if not self.params['group'].strip():
            errors.append('group must not be empty')
        if errors:
            self.fail('invalid options: %s' % '; '.join(errors), validation_errors=errors)
        query = dict(Name=self.params['name'], Group=self.params['group'])
        if self.params.get('search_word'):
            query['SearchWord'] = self.params['search_word']
        topics = all_offsets(self.client, query)
        self.result['topics'] = topics
        self.result['total_lag'] = sum(partition['lag'] or 0 for topic in topics for partition in topic['partitions'])
