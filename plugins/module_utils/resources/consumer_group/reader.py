# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The consumer groups of a CKafka instance: their names (DescribeConsumerGroup, every page), their state and
members (DescribeGroupInfo) and their offsets with the lag (DescribeGroupOffsets, every page), read the same
way by consumer_group_info and consumer_group_offsets. A partition has the shape of datahub_group_offsets_info's."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_group_offsets.reader import partition_of
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.topic.description import instance_errors
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.arguments import common_argument_spec
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import CkafkaModule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import Listing
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.paging import pages

INFO_ACTION = 'DescribeGroupInfo'
# The groups of an instance (GroupList) and the topics of a group's offsets (TopicList), 50 a page at most.
GROUPS = Listing('DescribeConsumerGroup', 'GroupList', page_size=50)
OFFSETS = Listing('DescribeGroupOffsets', 'TopicList', page_size=50)
# Groups asked of DescribeGroupInfo in one call.
INFO_BATCH = 50
# States in which no consumer is in the group (Dead: the group does not exist).
IDLE_STATES = ('Empty', 'Dead')


def text_errors(option, value):
    """Messages about a name the service would never match: empty, or with spaces around it."""
    if value is not None and (not value.strip() or value != value.strip()):
        return ['%s must be a name without spaces around it (it is %r)' % (option, value)]
    return []


def list_errors(option, values):
    errors = []
    for index, value in enumerate(values or []):
        errors.extend(text_errors('%s[%d]' % (option, index), value))
    return errors


def group_names(client, instance_id, group=None):
    """The names of the instance's groups over every page of 50, each once, in the service's order; with group,
    that group alone when it exists (the service's GroupName filter, then an exact match)."""
    names = []
    for page in pages(client, GROUPS, dict(InstanceId=instance_id, GroupName=group)):
        for item in page:
            name = item.get('ConsumerGroupName')
            if name is not None and name not in names and (group is None or name == group):
                names.append(name)
    return names


def member_of(answer):
    assignment = answer.get('Assignment') or {}
    return dict(member_id=answer.get('MemberId'), client_id=answer.get('ClientId'), client_host=answer.get('ClientHost'),
                assignment=dict(version=assignment.get('Version'),
                                topics=[dict(topic=topic.get('Topic'), partitions=list(topic.get('Partitions') or []))
                                        for topic in assignment.get('Topics') or []]))


def info_of(answer):
    return dict(group=answer.get('Group'), state=answer.get('State'), protocol_type=answer.get('ProtocolType'),
                protocol=answer.get('Protocol'), error_code=answer.get('ErrorCode'),
                members=[member_of(member) for member in answer.get('Members') or []])


def group_infos(client, instance_id, names):
    """{name: {group, state, protocol_type, protocol, error_code, members}} of names, INFO_BATCH groups a call."""
    infos = {}
    for start in range(0, len(names), INFO_BATCH):
        batch = names[start:start + INFO_BATCH]
        answer = client.call(INFO_ACTION, dict(InstanceId=instance_id, GroupList=batch), idempotent=True)
        for item in answer.get('Result') or []:
            if item.get('Group') in batch:
                infos[item['Group']] = info_of(item)
    return infos


def group_offsets(client, instance_id, group, topics=None):
    """[{topic, partitions: [{partition, offset, log_end_offset, lag, metadata, error_code}]}] of group, by topic name,
    each with its partitions in order; with topics, those topics alone.

    DescribeGroupOffsets pages topics (TotalCount counts them; 50 a page at most), each topic with every partition
    (the DIP action DescribeDatahubGroupOffsets pages the partitions of its one topic instead). A topic seen on an
    earlier page is not reported twice.
    """
    query = dict(InstanceId=instance_id, Group=group)
    if topics:
        query['Topics'] = list(topics)
    found = {}
    for page in pages(client, OFFSETS, query):
        for topic in page:
            partitions = found.setdefault(topic.get('Topic'), {})
            for partition in topic.get('Partitions') or []:
                partitions.setdefault(partition.get('Partition'), partition_of(partition))
    return [dict(topic=name, partitions=[found[name][number] for number in sorted(found[name])])
            for name in sorted(found) if not topics or name in topics]


def total_lag(topics):
    return sum(partition['lag'] or 0 for topic in topics for partition in topic['partitions'])


def is_active(info):
    """Whether consumers are in the group: members listed, or a state other than Empty and Dead."""
    return bool(info and (info['members'] or (info['state'] not in IDLE_STATES and info['state'] is not None)))


def describe_groups(client, instance_id, group=None, topics=None, offsets=True):
    """Every group of the instance (or the one named group) with its state, members and, with offsets, its
    offsets and total lag; a group the info answer leaves out gets a state of None."""
    names = group_names(client, instance_id, group)
    infos = group_infos(client, instance_id, names) if names else {}
    groups = []
    for name in names:
        described = infos.get(name) or dict(group=name, state=None, protocol_type=None, protocol=None, error_code=None,
                                            members=[])
        described = dict(described, group=name)
        if offsets:
            described['topics'] = group_offsets(client, instance_id, name, topics)
            described['total_lag'] = total_lag(described['topics'])
        groups.append(described)
    return groups


def option_errors(params):
    errors = instance_errors(params.get('instance_id'))
    errors.extend(text_errors('group', params.get('group')))
    errors.extend(list_errors('topics', params.get('topics')))
    return errors


class GroupsReader(CkafkaModule):
    """consumer_group_info: reads the groups of an instance; never writes. result: groups, total_lag."""

    @classmethod
    def argument_spec(cls):
        return common_argument_spec(instance_id=dict(type='str', required=True), group=dict(type='str'),
                                    topics=dict(type='list', elements='str'), offsets=dict(type='bool', default=True))

    def run(self):
        errors = option_errors(self.params)
        if errors:
            self.fail('invalid options: %s' % '; '.join(errors), validation_errors=errors)
        groups = describe_groups(self.client, self.params['instance_id'], group=self.params.get('group'),
                                 topics=self.params.get('topics'), offsets=self.params['offsets'])
        self.result['groups'] = groups
        self.result['total_lag'] = sum(group['total_lag'] for group in groups) if self.params['offsets'] else None
