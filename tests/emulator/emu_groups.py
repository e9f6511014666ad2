# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The consumer groups of an instance (a mixin of the instance actions), and the logs of its topics.

Actions: DescribeConsumerGroup, DescribeGroup, DescribeGroupInfo, DescribeGroupOffsets,
ModifyGroupOffsets, DeleteGroup. Nothing consumes: groups, their members and committed offsets, and
each partition's log start and end (with a time index for resets to a timestamp), are set through
the admin API, as consumers and producers would:

  POST /_emulator/instance_logs {"instance", "topic", "partition"? (default: every one), "end", "start"?,
                                 "timestamps"?: [[offset, epoch ms], ...]}
  POST /_emulator/instance_groups {"instance", "group", "protocol"?, "members"?: [{"client_id", "client_host"?,
                                   "member_id"?, "assignment"?: {topic: [partition, ...]}}],
                                   "offsets"?: {topic: offset | {partition: offset}}}
  GET  /_emulator/instance_logs, GET /_emulator/instance_groups: everything, per instance.
A group with members is Stable, without Empty. ModifyGroupOffsets and DeleteGroup of a group with
members are refused (as Kafka refuses them) unless the setting refuse_active_group_changes is off.
"""

import copy

from emu_errors import ApiError, invalid_value

GROUP_PAGE_MAX = 50
OFFSET_PAGE_MAX = 50
GROUP_LIST_MAX = 100
STRATEGY_MEMBER = {0: 'Shift', 1: 'ShiftTimestamp', 2: 'Offset'}
EARLIEST, LATEST = -2, -1


class AdminInvalid(ValueError):
    """A bad admin request (HTTP 400)."""


class Group:
    def __init__(self, name):
        self.name = name
        self.protocol = 'range'
        self.members = []  # MemberId, ClientId, ClientHost, assignment {topic: [partitions]}
        self.offsets = {}  # topic -> {partition: committed offset}

    @property
    def state(self):
        return 'Stable' if self.members else 'Empty'

    def topics(self):
        names = set(self.offsets)
        for member in self.members:
            names.update(member['assignment'])
        return sorted(names)


def log_of(topic, partition):
    """[start, end] of a partition's log (created empty)."""
    return topic.logs.setdefault(partition, [0, 0])


def offset_at(topic, partition, when):
    """The first offset whose message is at or after `when` (ms); the log end when there is none."""
    start, end = log_of(topic, partition)
    for offset, stamp in sorted(topic.index.get(partition, [])):
        if stamp >= when and offset >= start:
            return min(offset, end)
    return end


class GroupActions:
    """Consumer groups of an instance; mixed into InstanceActions (self.store: the instances)."""

    service = None  # set by InstanceActions
    store = None

    def group_admin_routes(self):
        return {'instance_logs': self.admin_logs, 'instance_groups': self.admin_groups}

    # ---- admin ------------------------------------------------------------------------------

    def _admin_instance(self, payload):
        if not isinstance(payload, dict):
            raise AdminInvalid('the body is a JSON object')
        instance = self.store.find(payload.get('instance')) if isinstance(payload.get('instance'), str) else None
        if instance is None:
            raise AdminInvalid('"instance" names a seeded instance (got %r)' % (payload.get('instance'),))
        return instance

    @staticmethod
    def _admin_topic(instance, name):
        topic = instance.topics.get(name) if isinstance(name, str) else None
        if topic is None:
            raise AdminInvalid('"topic" names a topic of the instance %s (got %r)' % (instance.key, name))
        return topic

    def admin_logs(self, method, payload):
        if method == 'GET':
            with self.store.lock:
                return [{'instance': i.key, 'topic': t.name,
                         'partitions': {str(p): {'start': log_of(t, p)[0], 'end': log_of(t, p)[1]} for p in range(t.partition_num)}}
                        for i in self.store.list() for _n, t in sorted(i.topics.items())]
        if method != 'POST':
            raise AdminInvalid('GET the logs, or POST {"instance", "topic", "partition"?, "end", "start"?, "timestamps"?}')
        with self.store.lock:
            instance = self._admin_instance(payload)
            topic = self._admin_topic(instance, payload.get('topic'))
            partition = payload.get('partition')
            if partition is not None and (not _integer(partition) or not 0 <= partition < topic.partition_num):
                raise AdminInvalid('"partition" is from 0 to %d' % (topic.partition_num - 1))
            for name in ('start', 'end'):
                if name in payload and (not _integer(payload[name]) or payload[name] < 0):
                    raise AdminInvalid('"%s" is an offset, 0 or more' % name)
            stamps = payload.get('timestamps')
            if stamps is not None and (not isinstance(stamps, list) or not all(
                    isinstance(s, list) and len(s) == 2 and all(_integer(v) for v in s) for s in stamps)):
                raise AdminInvalid('"timestamps" is a list of [offset, epoch milliseconds]')
            numbers = range(topic.partition_num) if partition is None else [partition]
            for number in numbers:
                log = log_of(topic, number)
                if payload.get('start', log[0]) > payload.get('end', log[1]):
                    raise AdminInvalid('"start" is at most "end" (partition %d: %d to %d)' % (number, log[0], log[1]))
            for number in numbers:
                log = log_of(topic, number)
                log[0] = payload.get('start', log[0])
                log[1] = payload.get('end', log[1])
                if stamps is not None:
                    topic.index[number] = [tuple(s) for s in stamps]
            return {'instance': instance.key, 'topic': topic.name,
                    'partitions': {str(p): {'start': log_of(topic, p)[0], 'end': log_of(topic, p)[1]} for p in range(topic.partition_num)}}

    def admin_groups(self, method, payload):
        if method == 'GET':
            with self.store.lock:
                return [self._group_view(i, g) for i in self.store.list() for _n, g in sorted(i.groups.items())]
        if method != 'POST':
            raise AdminInvalid('GET the groups, or POST {"instance", "group", "protocol"?, "members"?, "offsets"?}')
        with self.store.lock:
            instance = self._admin_instance(payload)
            name = payload.get('group')
            if not isinstance(name, str) or not name:
                raise AdminInvalid('"group" names the consumer group')
            extra = sorted(set(payload) - {'instance', 'group', 'protocol', 'members', 'offsets'})
            if extra:
                raise AdminInvalid('unknown fields: %s' % ', '.join(extra))
            members = self._admin_members(instance, payload.get('members'))
            offsets = self._admin_offsets(instance, payload.get('offsets'))
            group = instance.groups.get(name) or Group(name)
            instance.groups[name] = group
            if payload.get('protocol') is not None:
                group.protocol = str(payload['protocol'])
            if members is not None:
                group.members = members
            for topic_name, partitions in offsets.items():
                group.offsets.setdefault(topic_name, {}).update(partitions)
            return self._group_view(instance, group)

    def _admin_members(self, instance, members):
        if members is None:
            return None
        if not isinstance(members, list) or not all(isinstance(m, dict) for m in members):
            raise AdminInvalid('"members" is a list of {"client_id", "client_host"?, "member_id"?, "assignment"?}')
        result = []
        for number, member in enumerate(members):
            client = member.get('client_id') or 'consumer-%d' % (number + 1)
            assignment = member.get('assignment') or {}
            if not isinstance(assignment, dict):
                raise AdminInvalid('"assignment" is {topic: [partition, ...]}')
            for topic_name, partitions in assignment.items():
                topic = self._admin_topic(instance, topic_name)
                if not isinstance(partitions, list) or not all(_integer(p) and 0 <= p < topic.partition_num for p in partitions):
                    raise AdminInvalid('the assignment of %s is a list of its partitions (0 to %d)' % (topic_name, topic.partition_num - 1))
            host = member.get('client_host') or '/10.0.0.%d' % (number + 2)
            result.append({'MemberId': member.get('member_id') or '%s-%s-%04d' % (client, host, number), 'ClientId': client,
                           'ClientHost': host, 'assignment': {t: list(p) for t, p in assignment.items()}})
        return result

    def _admin_offsets(self, instance, offsets):
        if offsets is None:
            return {}
        if not isinstance(offsets, dict):
            raise AdminInvalid('"offsets" is {topic: offset, or {partition: offset}}')
        result = {}
        for topic_name, value in offsets.items():
            topic = self._admin_topic(instance, topic_name)
            if _integer(value):
                result[topic_name] = {p: value for p in range(topic.partition_num)}
                continue
            if not isinstance(value, dict):
                raise AdminInvalid('the offsets of %s are an offset or {partition: offset}' % topic_name)
            result[topic_name] = {}
            for partition, offset in value.items():
                if not str(partition).isdigit() or not int(partition) < topic.partition_num or not _integer(offset):
                    raise AdminInvalid('the offsets of %s are {partition (0 to %d): offset}' % (topic_name, topic.partition_num - 1))
                result[topic_name][int(partition)] = offset
        return result

    def _group_view(self, instance, group):
        return {'instance': instance.key, 'group': group.name, 'state': group.state, 'protocol': group.protocol,
                'members': [{'member_id': m['MemberId'], 'client_id': m['ClientId'], 'client_host': m['ClientHost'],
                             'assignment': copy.deepcopy(m['assignment'])} for m in group.members],
                'offsets': {t: {str(p): o for p, o in sorted(parts.items())} for t, parts in sorted(group.offsets.items())}}

    # ---- actions ----------------------------------------------------------------------------

    def _group(self, instance, name):
        group = instance.groups.get(name)
        if group is None:
            raise ApiError('ResourceNotFound', 'The consumer group `%s` does not exist on the instance %s.' % (name, instance.key))
        return group

    def _refuse_active(self, group, action):
        if group.members and getattr(self.service, 'refuse_active_group_changes', True):
            raise ApiError('FailedOperation', '%s is not allowed while the consumer group `%s` has active members (%d, state '
                                              'Stable); stop its consumers first.' % (action, group.name, len(group.members)))

    def DescribeGroup(self, params):  # pylint: disable=invalid-name
        word = params.get('SearchWord') or ''
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            groups = [g for _n, g in sorted(instance.groups.items()) if word in g.name]
            for index, flt in enumerate(params.get('Filters') or []):
                if flt['Name'] != 'GroupState':
                    raise invalid_value('Filters.%d.Name' % index, 'only `GroupState` is supported.')
                groups = [g for g in groups if g.state in flt['Values']]
            page = _page(params, groups, 20, GROUP_LIST_MAX)
            return {'Result': {'TotalCount': len(groups), 'GroupList': [{'Group': g.name, 'Protocol': 'consumer'} for g in page],
                               'GroupCountQuota': instance.attributes['MaxGroupNum']}}

    def DescribeGroupInfo(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            if not params['GroupList']:
                raise invalid_value('GroupList', 'must not be empty.')
            result = []
            for name in params['GroupList']:
                group = instance.groups.get(name)
                if group is None:
                    result.append({'ErrorCode': '0', 'State': 'Dead', 'ProtocolType': '', 'Protocol': '', 'Members': [], 'Group': name})
                    continue
                members = [{'MemberId': m['MemberId'], 'ClientId': m['ClientId'], 'ClientHost': m['ClientHost'],
                            'Assignment': {'Version': 0, 'Topics': [{'Topic': t, 'Partitions': list(p)}
                                                                    for t, p in sorted(m['assignment'].items())]}}
                           for m in group.members]
                result.append({'ErrorCode': '0', 'State': group.state, 'ProtocolType': 'consumer',
                               'Protocol': group.protocol if group.members else '', 'Members': members, 'Group': name})
            return {'Result': result}

    def _subscribed(self, instance, group, only_topic=None):
        info = []
        for name in group.topics():
            topic = instance.topics.get(name)
            if topic is None or (only_topic and name != only_topic):
                continue
            committed = group.offsets.get(name, {})
            info.append({'TopicName': name, 'Partition': list(range(topic.partition_num)),
                         'PartitionOffset': [{'Partition': str(p), 'Offset': committed.get(p, -1)} for p in range(topic.partition_num)],
                         'TopicId': topic.topic_id})
        return info

    def DescribeConsumerGroup(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            groups = [g for _n, g in sorted(instance.groups.items())]
            only_topic = None
            if params.get('GroupName'):
                groups = [g for g in groups if g.name == params['GroupName']]
                only_topic = params.get('TopicName')  # ignored without GroupName, as the reference says
            page = _page(params, groups, GROUP_PAGE_MAX, GROUP_PAGE_MAX)
            listed = [{'ConsumerGroupName': g.name, 'SubscribedInfo': self._subscribed(instance, g, only_topic)} for g in page]
            topics = sorted({(i['TopicId'], i['TopicName']) for g in listed for i in g['SubscribedInfo']}, key=lambda t: t[1])
            topic_list = [{'TopicId': t[0], 'TopicName': t[1]} for t in topics]
            partitions = sum(instance.topics[t[1]].partition_num for t in topics)
            monitored = instance.topics[only_topic].partition_num if only_topic in instance.topics else 0
            return {'Result': {'TotalCount': len(groups), 'TopicList': topic_list, 'GroupList': listed, 'TotalPartition': partitions,
                               'PartitionListForMonitor': [{'PartitionId': p} for p in range(monitored)], 'TotalTopic': len(topics),
                               'TopicListForMonitor': copy.deepcopy(topic_list),
                               'GroupListForMonitor': [{'GroupName': g.name} for g in page]}}

    def DescribeGroupOffsets(self, params):  # pylint: disable=invalid-name
        word = params.get('SearchWord') or ''
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            group = instance.groups.get(params['Group'])
            if group is None:  # a group that does not exist has no offsets (as Kafka answers)
                return {'Result': {'TotalCount': 0, 'TopicList': []}}
            names = params.get('Topics') or group.topics()
            names = [n for n in names if n in instance.topics and word in n]
            page = _page(params, names, OFFSET_PAGE_MAX, OFFSET_PAGE_MAX)
            topics = []
            for name in page:
                topic = instance.topics[name]
                committed = group.offsets.get(name, {})
                rows = []
                for partition in range(topic.partition_num):
                    end = log_of(topic, partition)[1]
                    offset = committed.get(partition, -1)
                    rows.append({'Partition': partition, 'Offset': offset, 'Metadata': '', 'ErrorCode': 0, 'LogEndOffset': end,
                                 'Lag': max(end - max(offset, 0), 0)})
                topics.append({'Topic': name, 'Partitions': rows})
            return {'Result': {'TotalCount': len(names), 'TopicList': topics}}

    def ModifyGroupOffsets(self, params):  # pylint: disable=invalid-name
        strategy = params['Strategy']
        needed = STRATEGY_MEMBER[strategy]
        if params.get(needed) is None:
            raise ApiError('MissingParameter', 'The request is missing a required parameter `%s` (required when `Strategy` is %d).'
                           % (needed, strategy))
        for other in STRATEGY_MEMBER.values():
            if other != needed and params.get(other) is not None:
                raise invalid_value(other, 'it belongs to another strategy; Strategy %d takes `%s`.' % (strategy, needed))
        if strategy == 1 and params['ShiftTimestamp'] < EARLIEST:
            raise invalid_value('ShiftTimestamp', 'a time in milliseconds, -2 (earliest) or -1 (latest).')
        if strategy == 2 and params['Offset'] < 0:
            raise invalid_value('Offset', 'must not be negative.')
        if not params['Topics']:
            raise invalid_value('Topics', 'must not be empty.')
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            group = self._group(instance, params['Group'])
            self._refuse_active(group, 'ModifyGroupOffsets')
            targets = []
            for name in params['Topics']:
                topic = instance.topics.get(name)
                if topic is None:
                    raise ApiError('ResourceNotFound', 'The topic `%s` does not exist on the instance %s.' % (name, instance.key))
                partitions = params.get('Partitions')
                if partitions is None:
                    partitions = list(range(topic.partition_num))
                for partition in partitions:
                    if not 0 <= partition < topic.partition_num:
                        raise invalid_value('Partitions', 'the topic `%s` has partitions 0 to %d.' % (name, topic.partition_num - 1))
                targets.extend((topic, p) for p in partitions)
            for topic, partition in targets:
                start, end = log_of(topic, partition)
                current = group.offsets.get(topic.name, {}).get(partition)
                if strategy == 0:
                    new = (start if current is None or current < 0 else current) + params['Shift']
                elif strategy == 2:
                    new = params['Offset']
                elif params['ShiftTimestamp'] == EARLIEST:
                    new = start
                elif params['ShiftTimestamp'] == LATEST:
                    new = end
                else:
                    new = offset_at(topic, partition, params['ShiftTimestamp'])
                group.offsets.setdefault(topic.name, {})[partition] = min(max(new, start), end)
            return {'Result': {'ReturnCode': '0', 'ReturnMessage': 'SUCCESS', 'Data': {'FlowId': 0, 'RouteDTO': None}}}

    def DeleteGroup(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            group = self._group(instance, params['Group'])
            self._refuse_active(group, 'DeleteGroup')
            del instance.groups[group.name]
            return {'Result': {'ReturnCode': '0', 'ReturnMessage': 'group delete success', 'Data': None}}

    def forget_topic_in_groups(self, instance, name):
        for group in instance.groups.values():
            group.offsets.pop(name, None)
            for member in group.members:
                member['assignment'].pop(name, None)


def _integer(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _page(params, items, default_limit, max_limit):
    limit = params.get('Limit')
    limit = default_limit if limit is None else min(limit, max_limit)
    offset = params.get('Offset') or 0
    return items[offset:offset + limit]
