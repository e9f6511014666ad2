# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The messages of DIP topics and the offsets of their consumer groups.

Actions: FetchLatestDatahubMessageList (the messages of a partition from an offset, or its latest
ones), FetchDatahubMessageByOffset (one message), DescribeDatahubGroupOffsets (a group's committed
offsets, log end offsets and lag, partition by partition; pages of at most 50 partitions).

Admin routes (what producers and consumers do, over HTTP):
  POST /_emulator/messages {"topic", "partition"?, "messages": [{"key", "value", "headers"?, "timestamp"?}]}
      appends the messages (without "partition": by the key's hash, else round robin); answers
      [{"partition", "offset"}].
  POST /_emulator/groups {"topic", "group", "partition"?, "offset"? | "consume"? | "rate"?}
      "offset": commits that offset; "consume": n more messages (or "all"); "rate": consumes that
      many messages per second and partition from now on, until the group has caught up.
  GET /_emulator/groups: every group's committed offsets.
A group that never committed reports offset -1 on each partition and a lag of the whole log.
"""

import threading
import time
import zlib

from emu_actions import Actions
from emu_errors import ApiError, invalid_value
from emu_store import Store

GROUP_PAGE_MAX = 50
DEFAULT_MESSAGE_COUNT = 10


class AdminError(ValueError):
    """A bad admin request (answered with HTTP 400)."""


class MessageStore(Store):
    """Topic name -> partition -> messages; (topic, group) -> partition -> committed offset, consumers."""

    noun = 'message'

    def __init__(self, transition_seconds=1.0, clock=time.time):
        super().__init__(transition_seconds, clock)
        self.lock = threading.RLock()
        self.reset()

    def reset(self):
        with self.lock:
            self.logs = {}
            self.committed = {}
            self.consumers = {}  # (topic, group) -> (messages per second, since, committed offsets then)
            self.round_robin = {}

    def log(self, topic, partition):
        return self.logs.setdefault(topic, {}).setdefault(partition, [])

    def end(self, topic, partition):
        return len(self.logs.get(topic, {}).get(partition, []))

    def offsets(self, topic, group, partitions):
        """{partition: committed offset (-1: none)} with a consumer's progress applied."""
        with self.lock:
            key = (topic, group)
            committed = self.committed.get(key)
            if committed is None:
                return dict((p, -1) for p in range(partitions))
            consumer = self.consumers.get(key)
            if consumer is not None:
                rate, since, start = consumer
                moved = int((self.clock() - since) * rate)
                for partition in range(partitions):
                    base = max(start.get(partition, -1), 0)
                    committed[partition] = min(self.end(topic, partition), base + moved)
            return dict((p, committed.get(p, -1)) for p in range(partitions))


class MessageActions(Actions):
    """The three actions, and the admin routes of producers and consumers."""

    def __init__(self, service, schema, store, renderer):
        super().__init__(service, schema, store, renderer)
        self.admin_routes = {'messages': self.admin_messages, 'groups': self.admin_groups}

    def dump(self):
        with self.store.lock:
            return [{'topic': topic, 'partition': partition, 'messages': len(log)}
                    for topic, partitions in sorted(self.store.logs.items()) for partition, log in sorted(partitions.items())]

    # ---- actions ----------------------------------------------------------------------------

    def FetchLatestDatahubMessageList(self, params):  # pylint: disable=invalid-name
        name, partition = params['Name'], params['Partition']
        self._partition_of(name, partition)
        count = params.get('MessageCount') or DEFAULT_MESSAGE_COUNT
        with self.store.lock:
            log = self.store.logs.get(name, {}).get(partition, [])
            start = params['Offset'] if params.get('Offset') is not None else max(len(log) - count, 0)
            return {'Result': [_record(name, partition, offset, log[offset]) for offset in range(start, min(start + count, len(log)))]}

    def FetchDatahubMessageByOffset(self, params):  # pylint: disable=invalid-name
        name, partition, offset = params['Name'], params['Partition'], params['Offset']
        self._partition_of(name, partition)
        with self.store.lock:
            log = self.store.logs.get(name, {}).get(partition, [])
            if offset >= len(log):
                raise ApiError('ResourceNotFound', 'Partition %d of the DIP topic `%s` has no message at offset %d '
                                                   '(its log ends at %d).' % (partition, name, offset, len(log)))
            return {'Result': _record(name, partition, offset, log[offset])}

    def DescribeDatahubGroupOffsets(self, params):  # pylint: disable=invalid-name
        name, group = params['Name'], params['Group']
        topic = self._topic(name)
        word = (params.get('SearchWord') or '').lower()
        rows = []
        if not word or word in name.lower():
            committed = self.store.offsets(name, group, topic.partition_num)
            for partition in range(topic.partition_num):
                end = self.store.end(name, partition)
                offset = committed[partition]
                rows.append({'Partition': partition, 'Offset': offset, 'Metadata': '', 'ErrorCode': 0,
                             'LogEndOffset': end, 'Lag': end - max(offset, 0)})
        limit = min(params.get('Limit') or GROUP_PAGE_MAX, GROUP_PAGE_MAX)
        start = params.get('Offset') or 0
        page = rows[start:start + limit]
        topics = [{'Topic': name, 'Partitions': page}] if page else []
        return {'Result': {'TotalCount': len(rows), 'TopicList': topics}}

    # ---- admin ------------------------------------------------------------------------------

    def admin_messages(self, method, payload):
        if method != 'POST':
            raise AdminError('POST a JSON object {"topic", "partition"?, "messages": [...]}')
        payload = _object(payload)
        name = payload.get('topic')
        topic = self._admin_topic(name)
        messages = payload.get('messages')
        if not isinstance(messages, list) or not all(isinstance(m, dict) for m in messages):
            raise AdminError('"messages" is a list of objects {"key", "value", "headers"?, "timestamp"?}')
        written = []
        with self.store.lock:
            for message in messages:
                partition = payload.get('partition')
                if partition is None:
                    partition = self._partition_for(name, message.get('key'), topic.partition_num)
                if not isinstance(partition, int) or not 0 <= partition < topic.partition_num:
                    raise AdminError('partition must be from 0 to %d' % (topic.partition_num - 1))
                log = self.store.log(name, partition)
                log.append({'Key': message.get('key'), 'Value': message.get('value'), 'Headers': _headers(message.get('headers')),
                            'Timestamp': int(message.get('timestamp') or self.store.clock() * 1000)})
                written.append({'partition': partition, 'offset': len(log) - 1})
        return written

    def admin_groups(self, method, payload):
        if method == 'GET':
            with self.store.lock:
                return [{'topic': topic, 'group': group, 'offsets': dict((str(p), o) for p, o in offsets.items())}
                        for (topic, group), offsets in sorted(self.store.committed.items())]
        if method != 'POST':
            raise AdminError('GET the groups, or POST {"topic", "group", "partition"?, "offset" | "consume" | "rate"}')
        payload = _object(payload)
        name, group = payload.get('topic'), payload.get('group')
        topic = self._admin_topic(name)
        if not isinstance(group, str) or not group:
            raise AdminError('"group" names the consumer group')
        partitions = range(topic.partition_num) if payload.get('partition') is None else [payload['partition']]
        with self.store.lock:
            current = self.store.offsets(name, group, topic.partition_num)
            committed = self.store.committed.setdefault((name, group), dict(current))
            self.store.consumers.pop((name, group), None)
            if payload.get('rate') is not None:
                self.store.consumers[(name, group)] = (float(payload['rate']), self.store.clock(), dict(committed))
            for partition in partitions:
                end = self.store.end(name, partition)
                if payload.get('offset') is not None:
                    committed[partition] = min(int(payload['offset']), end)
                elif payload.get('consume') == 'all':
                    committed[partition] = end
                elif payload.get('consume') is not None:
                    committed[partition] = min(max(committed.get(partition, -1), 0) + int(payload['consume']), end)
                elif payload.get('rate') is None:
                    committed.setdefault(partition, -1)
            return {'topic': name, 'group': group, 'offsets': dict((str(p), o) for p, o in sorted(committed.items()))}

    # ---- helpers ----------------------------------------------------------------------------

    def _topic(self, name):
        topics = self.service.resource('datahub_topic')
        topic = topics.store.find(name) if topics else None
        if topic is None:
            raise ApiError('ResourceNotFound', 'The DIP topic `%s` does not exist.' % name)
        return topic

    def _partition_of(self, name, partition):
        topic = self._topic(name)
        if partition >= topic.partition_num:
            raise invalid_value('Partition', 'the DIP topic `%s` has partitions 0 to %d.' % (name, topic.partition_num - 1))
        return topic

    def _admin_topic(self, name):
        topics = self.service.resource('datahub_topic')
        topic = topics.store.find(name) if topics and isinstance(name, str) else None
        if topic is None:
            raise AdminError('"topic" names an existing DIP topic (got %r)' % (name,))
        return topic

    def _partition_for(self, name, key, partitions):
        if key:
            return zlib.crc32(str(key).encode('utf-8')) % partitions
        turn = self.store.round_robin.get(name, 0)
        self.store.round_robin[name] = turn + 1
        return turn % partitions


class NoRenderer:
    """The message actions render their own answers."""

    def __init__(self, schema):
        self.schema = schema


def _object(payload):
    if not isinstance(payload, dict):
        raise AdminError('the body is a JSON object')
    return payload


def _headers(headers):
    if headers is None or isinstance(headers, str):
        return headers
    return ','.join('%s:%s' % (key, value) for key, value in sorted(headers.items()))


def _record(name, partition, offset, message):
    """ConsumerRecord."""
    return {'Topic': name, 'Partition': partition, 'Offset': offset, 'Key': message['Key'], 'Value': message['Value'],
            'Timestamp': message['Timestamp'], 'Headers': message['Headers']}
