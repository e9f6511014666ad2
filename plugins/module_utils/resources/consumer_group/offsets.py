# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""A reset of a consumer group's offsets (ModifyGroupOffsets): the options checked before any call, the request of
each strategy, the offsets each partition would move to, and the run of consumer_group_offsets."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.consumer_group.reader import (
    group_infos, group_names, group_offsets, is_active, list_errors, option_errors as reader_errors)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.arguments import common_argument_spec
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import CkafkaModule

ACTION = 'ModifyGroupOffsets'
TARGETS = ('earliest', 'latest', 'timestamp', 'offset', 'shift')
# Strategy of ModifyGroupOffsets: 0 moves by Shift, 1 to the time ShiftTimestamp, 2 to Offset.
STRATEGY = dict(shift=0, earliest=1, latest=1, timestamp=1, offset=2)
# ShiftTimestamp values that stand for the two ends of a partition.
EARLIEST, LATEST = -2, -1
# The option each target needs, and the request member it fills.
VALUE_OPTION = dict(timestamp=('timestamp', 'ShiftTimestamp'), offset=('offset', 'Offset'), shift=('shift', 'Shift'))


def argument_spec():
    return common_argument_spec(
        instance_id=dict(type='str', required=True),
        group=dict(type='str', required=True),
        to=dict(type='str', required=True, choices=list(TARGETS)),
        topics=dict(type='list', elements='str', required=True),
        partitions=dict(type='list', elements='int'),
        timestamp=dict(type='int'),
        offset=dict(type='int'),
        shift=dict(type='int'),
        force=dict(type='bool', default=False),
    )


def option_errors(params):
    """Every problem of the options, before any call: the value the target needs, and no value of another target."""
    errors = reader_errors(params)
    target = params.get('to')
    if not params.get('topics'):
        errors.append('topics must name at least one topic')
    if len(set(params.get('topics') or [])) != len(params.get('topics') or []):
        errors.append('topics must not name a topic twice')
    errors.extend(list_errors('topics', params.get('topics')))
    for number in params.get('partitions') or []:
        if number < 0:
            errors.append('partitions must hold partition numbers (0 or more), got %d' % number)
    if params.get('partitions') is not None and not params['partitions']:
        errors.append('partitions must name at least one partition when it is set (leave it out for every partition)')
    for name, (option, member) in VALUE_OPTION.items():
        value = params.get(option)
        if name == target and value is None:
            errors.append('to is %s, so %s is required' % (target, option))
        elif name != target and value is not None:
            errors.append('%s is taken only with to=%s (to is %s)' % (option, name, target))
    if target == 'timestamp' and params.get('timestamp') is not None and params['timestamp'] < 0:
        errors.append('timestamp must be a time in milliseconds since the epoch (0 or more), got %d '
                      '(use to=earliest or to=latest for the ends of a partition)' % params['timestamp'])
    if target == 'offset' and params.get('offset') is not None and params['offset'] < 0:
        errors.append('offset must be 0 or more, got %d' % params['offset'])
    return errors


def build_request(params):
    """The ModifyGroupOffsets request: InstanceId, Group, Strategy and Topics, the one member the strategy needs
    (Shift for 0, ShiftTimestamp for 1, Offset for 2), and Partitions when partitions are chosen."""
    target = params['to']
    request = dict(InstanceId=params['instance_id'], Group=params['group'], Strategy=STRATEGY[target],
                   Topics=list(params['topics']))
    if target == 'earliest':
        request['ShiftTimestamp'] = EARLIEST
    elif target == 'latest':
        request['ShiftTimestamp'] = LATEST
    else:
        option, member = VALUE_OPTION[target]
        request[member] = params[option]
    if params.get('partitions'):
        request['Partitions'] = sorted(set(params['partitions']))
    return request


def predicted_offset(params, partition):
    """The offset partition would move to, or None when only the service knows it (the earliest retained offset,
    the offset of a time). A shift stops at the ends of the log, as the service does (the log taken to start at 0)."""
    target, before, end = params['to'], partition['offset'], partition['log_end_offset']
    if target == 'latest':
        return end
    if target == 'offset':
        return params['offset']
    if target == 'shift' and before is not None and before >= 0 and end is not None:
        return min(max(before + params['shift'], 0), end)
    return None


def selected(topics, partitions):
    """[(topic, partition)] of the partitions the reset covers, in order."""
    chosen = set(partitions or [])
    return [(topic['topic'], partition) for topic in topics for partition in topic['partitions']
            if not chosen or partition['partition'] in chosen]


def missing(params, topics):
    """Messages about the topics and partitions asked for that the group has no offsets on."""
    found = dict((topic['topic'], set(partition['partition'] for partition in topic['partitions'])) for topic in topics)
    problems = []
    for name in params['topics']:
        if name not in found:
            problems.append('the group has no offsets on topic %s' % name)
            continue
        absent = sorted(set(params.get('partitions') or []) - found[name])
        if absent:
            problems.append('topic %s has no partition %s' % (name, ', '.join(str(number) for number in absent)))
    return problems


def offsets_map(rows, key):
    """{topic: {partition (a string): offset}} of rows, for a diff."""
    mapped = {}
    for row in rows:
        mapped.setdefault(row['topic'], {})[str(row['partition'])] = row[key]
    return mapped


class GroupOffsetsReset(CkafkaModule):
    """Resets a group's offsets; refuses a group with consumers unless forced; changed only when an offset moves."""

    @classmethod
    def argument_spec(cls):
        return argument_spec()

    def describe(self, message):
        return '%s of group %s of instance %s' % (message, self.params['group'], self.params['instance_id'])

    def read(self):
        topics = group_offsets(self.client, self.params['instance_id'], self.params['group'], self.params['topics'])
        return dict(((name, partition['partition']), partition) for name, partition in
                    selected(topics, self.params.get('partitions'))), topics

    def run(self):
        params = self.params
        errors = option_errors(params)
        if errors:
            self.fail('invalid options: %s' % '; '.join(errors), validation_errors=errors)
        instance_id, group = params['instance_id'], params['group']
        if group not in group_names(self.client, instance_id, group):
            self.fail('group %s not found on instance %s' % (group, instance_id))
        info = group_infos(self.client, instance_id, [group]).get(group)
        self.result['state'] = info['state'] if info else None
        self.result['members'] = len(info['members']) if info else 0
        if is_active(info) and not params['force']:
            self.fail(self.describe('refused: a reset') + ' while it has consumers (state %s, %d members): stop them '
                      'first, or set force=true (the consumers may then commit over the reset)'
                      % (info['state'], len(info['members'])))
        before, topics = self.read()
        problems = missing(params, topics)
        if problems:
            self.fail(self.describe('nothing reset') + ': ' + '; '.join(problems))
        request = build_request(params)
        rows = [dict(topic=key[0], partition=key[1], before=partition['offset'], after=predicted_offset(params, partition),
                     log_end_offset=partition['log_end_offset']) for key, partition in before.items()]
        moves = any(row['after'] is None or row['after'] != row['before'] for row in rows)
        if moves and not self.module.check_mode:
            self.client.call(ACTION, request, idempotent=params['to'] != 'shift')
            after, dummy = self.read()
            for row in rows:
                moved = after.get((row['topic'], row['partition']))
                row['after'] = moved['offset'] if moved else None
                row['log_end_offset'] = moved['log_end_offset'] if moved else row['log_end_offset']
            moves = any(row['after'] != row['before'] for row in rows)
        self.result['changed'] = moves
        self.result['partitions'] = rows
        self.result['request'] = request
        if self.module._diff:  # pylint: disable=protected-access
            self.result['diff'] = dict(before=offsets_map(rows, 'before'), after=offsets_map(rows, 'after'))
