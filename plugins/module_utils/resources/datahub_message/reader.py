# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The messages of a DIP topic: the latest of a partition from an offset (FetchLatestDatahubMessageList),
or the one at an offset (FetchDatahubMessageByOffset); every partition when none is given."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_topic.description import name_errors
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.arguments import common_argument_spec
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import CkafkaModule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import snake_case
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError, matches_code

LATEST = 'FetchLatestDatahubMessageList'
BY_OFFSET = 'FetchDatahubMessageByOffset'
MESSAGE_COUNT = (1, 100)
RECORD_MEMBERS = ('Topic', 'Partition', 'Offset', 'Key', 'Value', 'Timestamp', 'Headers')


def message_of(record):
    return dict((snake_case(member), record.get(member)) for member in RECORD_MEMBERS)


def option_errors(params):
    """Messages about the options, before any call."""
    errors = name_errors(params['name'])
    for option in ('partition', 'offset'):
        if params.get(option) is not None and params[option] < 0:
            errors.append('%s must not be negative (it is %d)' % (option, params[option]))
    count = params.get('message_count')
    if count is not None and not MESSAGE_COUNT[0] <= count <= MESSAGE_COUNT[1]:
        errors.append('message_count must be from %d to %d (it is %d)' % (MESSAGE_COUNT + (count,)))
    return errors


class MessageReader(CkafkaModule):
    """Reads; never writes. result: messages."""

    @classmethod
    def argument_spec(cls):
        return common_argument_spec(name=dict(type='str', required=True), partition=dict(type='int'),
                                    offset=dict(type='int'), message_count=dict(type='int'))

    def run(self):
        errors = option_errors(self.params)
        if errors:
            self.fail('invalid options: %s' % '; '.join(errors), validation_errors=errors)
        partition = self.params.get('partition')
        partitions = [partition] if partition is not None else range(self.partition_count())
        messages = []
        for number in partitions:
            messages.extend(self.read(number))
        self.result['messages'] = messages

    def partition_count(self):
        answer = self.client.call('DescribeDatahubTopic', dict(Name=self.params['name']), idempotent=True)
        return (answer.get('Result') or {}).get('PartitionNum') or 0

    def read(self, partition):
        """The messages of one partition, as the options ask."""
        query = dict(Name=self.params['name'], Partition=partition)
        if self.params.get('offset') is not None:
            query['Offset'] = self.params['offset']
        if self.params.get('offset') is not None and self.params.get('message_count') is None:
            try:
                return [message_of(self.client.call(BY_OFFSET, query, idempotent=True).get('Result') or {})]
            except CkafkaError as error:
                # No message at that offset of this partition (a topic that does not exist failed before).
                if self.params.get('partition') is not None or not matches_code(error.code or '', ('ResourceNotFound',)):
                    raise
                return []
        if self.params.get('message_count') is not None:
            query['MessageCount'] = self.params['message_count']
        return [message_of(record) for record in self.client.call(LATEST, query, idempotent=True).get('Result') or []]
