# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""consumer_group_info and consumer_group_offsets through main(), against an in-memory service that pages as the API
reference says (DescribeConsumerGroup and DescribeGroupOffsets at most 50 a page), and the ModifyGroupOffsets request
of each strategy."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import contextlib
import io
import json

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.consumer_group import offsets as reset
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import base as module_base
from ansible_collections.tencentcloud.ckafka.plugins.modules.consumer_group_info import ConsumerGroupInfo
from ansible_collections.tencentcloud.ckafka.plugins.modules.consumer_group_offsets import ConsumerGroupOffsets

INSTANCE = 'ckafka-abcd1234'
CONNECTION = dict(secret_id='AKIDunitunitunitunit', secret_key='unit-secret-key-0123456789', region='ap-guangzhou',
                  endpoint='http://127.0.0.1:9')
# What ModifyGroupOffsets takes with each strategy besides InstanceId, Group, Strategy, Topics (and Partitions).
STRATEGY_MEMBER = {0: 'Shift', 1: 'ShiftTimestamp', 2: 'Offset'}


class Groups:
    """An instance's groups: {group: {'state', 'members', 'offsets': {topic: {partition: offset}}}}, log ends
    {topic: {partition: end}}, message times {topic: {partition: [time of each offset]}}."""

    def __init__(self, groups, ends, times=None):
        self.groups = groups
        self.ends = ends
        self.times = times or {}
        self.calls = []
        self.warnings = []

    def actions(self):
        return [action for action, dummy in self.calls]

    def call(self, action, params, idempotent=False):
        self.calls.append((action, json.loads(json.dumps(params))))
        assert params['InstanceId'] == INSTANCE
        return getattr(self, action)(params)

    def DescribeConsumerGroup(self, params):
        assert params['Limit'] <= 50
        names = [name for name in self.groups if params.get('GroupName') is None or params['GroupName'] in name]
        page = names[params['Offset']:params['Offset'] + params['Limit']]
        return {'Result': {'TotalCount': len(names), 'GroupList': [{'ConsumerGroupName': n, 'SubscribedInfo': []} for n in page]}}

    def DescribeGroupInfo(self, params):
        result = []
        for name in params['GroupList']:
            group = self.groups.get(name)
            if group is None:
                result.append({'Group': name, 'State': 'Dead', 'ErrorCode': '0', 'Members': []})
                continue
            members = [{'MemberId': 'm-%d' % n, 'ClientId': 'consumer-%d' % n, 'ClientHost': '/10.0.0.%d' % n,
                        'Assignment': {'Version': 0, 'Topics': [{'Topic': t, 'Partitions': [n]} for t in group['offsets']]}}
                       for n in range(group.get('members', 0))]
            result.append({'Group': name, 'State': group['state'], 'ProtocolType': 'consumer', 'Protocol': 'range',
                           'ErrorCode': '0', 'Members': members})
        return {'Result': result}

    def DescribeGroupOffsets(self, params):
        """Pages of topics (TotalCount counts topics), each with every partition."""
        assert params['Limit'] <= 50
        offsets = self.groups[params['Group']]['offsets']
        names = [topic for topic in sorted(offsets) if not params.get('Topics') or topic in params['Topics']]
        topics = []
        for topic in names[params['Offset']:params['Offset'] + params['Limit']]:
            partitions = []
            for number, offset in sorted(offsets[topic].items()):
                end = self.ends[topic][number]
                partitions.append({'Partition': number, 'Offset': offset, 'LogEndOffset': end,
                                   'Lag': end - offset if offset >= 0 else end, 'Metadata': '', 'ErrorCode': 0})
            topics.append({'Topic': topic, 'Partitions': partitions})
        return {'Result': {'TotalCount': len(names), 'TopicList': topics}}

    def ModifyGroupOffsets(self, params):
        strategy = params['Strategy']
        expected = set(['InstanceId', 'Group', 'Strategy', 'Topics', STRATEGY_MEMBER[strategy]])
        assert set(params) - set(['Partitions']) == expected, params
        offsets = self.groups[params['Group']]['offsets']
        for topic in params['Topics']:
            for number in offsets[topic]:
                if params.get('Partitions') and number not in params['Partitions']:
                    continue
                end, old = self.ends[topic][number], offsets[topic][number]
                if strategy == 0:
                    new = old + params['Shift']
                elif strategy == 2:
                    new = params['Offset']
                elif params['ShiftTimestamp'] == -2:
                    new = 0
                elif params['ShiftTimestamp'] == -1:
                    new = end
                else:
                    times = self.times[topic][number]
                    new = next((index for index, time in enumerate(times) if time >= params['ShiftTimestamp']), end)
                offsets[topic][number] = min(max(new, 0), end)
        return {'Result': {'ReturnCode': '0', 'ReturnMessage': 'SUCCESS', 'Data': {'FlowId': 0}}}


def run(module_class, api, check=False, diff=False, **options):
    args = dict(CONNECTION, _ansible_check_mode=check, _ansible_diff=diff)
    args.update(options)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(module_base.CkafkaModule, 'build_client', lambda self: api)
            with pytest.raises(SystemExit):
                module_class.main()
    return json.loads(stdout.getvalue())


def billing(state='Empty', members=0):
    return {'billing': {'state': state, 'members': members, 'offsets': {'orders': {0: 2, 1: 5}, 'audit': {0: 1}}}}


ENDS = {'orders': {0: 10, 1: 5}, 'audit': {0: 4}}


# ---- consumer_group_info --------------------------------------------------------------------------------------


def test_info_reads_every_page_of_groups_and_of_offsets():
    groups = dict(('g%03d' % n, {'state': 'Empty', 'offsets': {}}) for n in range(120))
    # 70 topics of 3 partitions: two pages of topics (a page of 50 topics holds 150 partitions)
    groups['g007'] = {'state': 'Stable', 'members': 2,
                      'offsets': dict(('t%02d' % t, dict((p, 1) for p in range(3))) for t in range(70))}
    api = Groups(groups, dict(('t%02d' % t, dict((p, 4) for p in range(3))) for t in range(70)))
    result = run(ConsumerGroupInfo, api, instance_id=INSTANCE)
    listed = [params['Offset'] for action, params in api.calls if action == 'DescribeConsumerGroup']
    assert listed == [0, 50, 100]
    assert [group['group'] for group in result['groups']] == sorted(groups)
    big = [params['Offset'] for action, params in api.calls
           if action == 'DescribeGroupOffsets' and params['Group'] == 'g007']
    assert big == [0, 50]
    [g007] = [group for group in result['groups'] if group['group'] == 'g007']
    assert [topic['topic'] for topic in g007['topics']] == ['t%02d' % t for t in range(70)]
    assert all([p['partition'] for p in topic['partitions']] == [0, 1, 2] for topic in g007['topics'])
    assert g007['total_lag'] == 70 * 3 * 3 and result['total_lag'] == 630
    assert g007['state'] == 'Stable' and len(g007['members']) == 2
    assert g007['members'][1]['member_id'] == 'm-1' and g007['members'][1]['client_host'] == '/10.0.0.1'
    assert g007['members'][1]['assignment']['topics'][0] == {'topic': 't00', 'partitions': [1]}
    assert not result['changed']
    # DescribeGroupInfo asked for 50 groups at most at a time
    assert [len(params['GroupList']) for action, params in api.calls if action == 'DescribeGroupInfo'] == [50, 50, 20]


def test_info_of_one_group_has_the_shape_of_datahub_group_offsets_info():
    api = Groups(dict(billing(), **{'billing-2': {'state': 'Empty', 'offsets': {}}}), ENDS)
    result = run(ConsumerGroupInfo, api, instance_id=INSTANCE, group='billing', topics=['orders'])
    [group] = result['groups']
    assert group['group'] == 'billing' and group['state'] == 'Empty' and group['members'] == []
    assert group['topics'] == [{'topic': 'orders', 'partitions': [
        {'partition': 0, 'offset': 2, 'log_end_offset': 10, 'lag': 8, 'metadata': '', 'error_code': 0},
        {'partition': 1, 'offset': 5, 'log_end_offset': 5, 'lag': 0, 'metadata': '', 'error_code': 0}]}]
    assert group['total_lag'] == 8 and result['total_lag'] == 8
    offsets_calls = [params for action, params in api.calls if action == 'DescribeGroupOffsets']
    assert offsets_calls == [{'InstanceId': INSTANCE, 'Group': 'billing', 'Topics': ['orders'], 'Offset': 0, 'Limit': 50}]


def test_info_without_offsets_and_of_a_missing_group():
    api = Groups(billing(), ENDS)
    result = run(ConsumerGroupInfo, api, instance_id=INSTANCE, offsets=False)
    assert 'topics' not in result['groups'][0] and result['total_lag'] is None
    assert 'DescribeGroupOffsets' not in api.actions()
    missing = run(ConsumerGroupInfo, api, instance_id=INSTANCE, group='bill')
    assert missing['groups'] == [] and missing['total_lag'] == 0


@pytest.mark.parametrize('options, message', [
    (dict(instance_id=' ckafka-abcd1234'), 'instance_id must be'),
    (dict(instance_id=INSTANCE, group=''), 'group must be a name'),
    (dict(instance_id=INSTANCE, topics=['orders', ' audit']), 'topics[1] must be a name'),
])
def test_info_refuses_bad_names_before_any_call(options, message):
    api = Groups(billing(), ENDS)
    result = run(ConsumerGroupInfo, api, **options)
    assert result['failed'] and message in result['msg'] and api.calls == []


# ---- consumer_group_offsets: the request of each strategy ------------------------------------------------------


def request(**options):
    params = dict(instance_id=INSTANCE, group='billing', topics=['orders'], partitions=None, timestamp=None, offset=None,
                  shift=None)
    params.update(options)
    assert reset.option_errors(params) == []
    return reset.build_request(params)


BASE = dict(InstanceId=INSTANCE, Group='billing', Topics=['orders'])


@pytest.mark.parametrize('options, expected', [
    (dict(to='earliest'), dict(BASE, Strategy=1, ShiftTimestamp=-2)),
    (dict(to='latest'), dict(BASE, Strategy=1, ShiftTimestamp=-1)),
    (dict(to='timestamp', timestamp=1700000000000), dict(BASE, Strategy=1, ShiftTimestamp=1700000000000)),
    (dict(to='offset', offset=0), dict(BASE, Strategy=2, Offset=0)),
    (dict(to='shift', shift=-3), dict(BASE, Strategy=0, Shift=-3)),
    (dict(to='shift', shift=2, partitions=[1, 0, 1]), dict(BASE, Strategy=0, Shift=2, Partitions=[0, 1])),
])
def test_each_strategy_carries_exactly_its_members(options, expected):
    assert request(**options) == expected


@pytest.mark.parametrize('options, message', [
    (dict(to='offset'), 'to is offset, so offset is required'),
    (dict(to='shift'), 'to is shift, so shift is required'),
    (dict(to='timestamp'), 'to is timestamp, so timestamp is required'),
    (dict(to='latest', shift=3), 'shift is taken only with to=shift (to is latest)'),
    (dict(to='offset', offset=1, timestamp=5), 'timestamp is taken only with to=timestamp'),
    (dict(to='timestamp', timestamp=-1), 'use to=earliest or to=latest'),
    (dict(to='offset', offset=-4), 'offset must be 0 or more'),
    (dict(to='latest', topics=[]), 'topics must name at least one topic'),
    (dict(to='latest', topics=['orders', 'orders']), 'topics must not name a topic twice'),
    (dict(to='latest', partitions=[-1]), 'partitions must hold partition numbers'),
    (dict(to='latest', partitions=[]), 'partitions must name at least one partition'),
    (dict(to='latest', group=' billing'), 'group must be a name'),
])
def test_bad_options_fail_before_any_call(options, message):
    api = Groups(billing(), ENDS)
    args = dict(instance_id=INSTANCE, group='billing', topics=['orders'])
    args.update(options)
    result = run(ConsumerGroupOffsets, api, **args)
    assert result['failed'] and message in result['msg'] and api.calls == []


def test_an_unknown_target_is_named():
    result = run(ConsumerGroupOffsets, Groups(billing(), ENDS), instance_id=INSTANCE, group='billing', topics=['orders'],
                 to='middle')
    assert result['failed'] and 'to' in result['msg'] and 'middle' in result['msg']


# ---- consumer_group_offsets through main() ------------------------------------------------------------------------


def offsets(result, key):
    return [(row['topic'], row['partition'], row[key]) for row in result['partitions']]


def test_check_mode_predicts_then_the_reset_moves_then_nothing_moves():
    api = Groups(billing(), ENDS)
    args = dict(instance_id=INSTANCE, group='billing', topics=['orders'], to='latest')
    check = run(ConsumerGroupOffsets, api, check=True, diff=True, **args)
    assert check['changed'] and 'ModifyGroupOffsets' not in api.actions()
    assert offsets(check, 'before') == [('orders', 0, 2), ('orders', 1, 5)]
    assert offsets(check, 'after') == [('orders', 0, 10), ('orders', 1, 5)]
    assert check['diff'] == {'before': {'orders': {'0': 2, '1': 5}}, 'after': {'orders': {'0': 10, '1': 5}}}
    real = run(ConsumerGroupOffsets, api, diff=True, **args)
    assert real['changed'] and real['diff'] == check['diff']
    assert [params for action, params in api.calls if action == 'ModifyGroupOffsets'] == [
        dict(InstanceId=INSTANCE, Group='billing', Strategy=1, Topics=['orders'], ShiftTimestamp=-1)]
    assert api.groups['billing']['offsets'] == {'orders': {0: 10, 1: 5}, 'audit': {0: 1}}
    again = run(ConsumerGroupOffsets, api, **args)
    assert not again['changed'] and api.actions().count('ModifyGroupOffsets') == 1


def test_a_reset_to_the_earliest_cannot_be_predicted_so_it_counts_as_a_move():
    api = Groups(billing(), ENDS)
    args = dict(instance_id=INSTANCE, group='billing', topics=['orders', 'audit'], to='earliest')
    check = run(ConsumerGroupOffsets, api, check=True, **args)
    assert check['changed'] and offsets(check, 'after') == [('audit', 0, None), ('orders', 0, None), ('orders', 1, None)]
    real = run(ConsumerGroupOffsets, api, **args)
    assert real['changed'] and offsets(real, 'after') == [('audit', 0, 0), ('orders', 0, 0), ('orders', 1, 0)]
    # already at the earliest: the write goes out (only the service knows the earliest), nothing moves
    again = run(ConsumerGroupOffsets, api, **args)
    assert not again['changed'] and api.actions().count('ModifyGroupOffsets') == 2


def test_a_shift_of_chosen_partitions_stops_at_the_end_of_the_log():
    api = Groups(billing(), ENDS)
    result = run(ConsumerGroupOffsets, api, instance_id=INSTANCE, group='billing', topics=['orders'], partitions=[0],
                 to='shift', shift=20)
    assert result['changed'] and offsets(result, 'after') == [('orders', 0, 10)]
    assert result['request'] == dict(InstanceId=INSTANCE, Group='billing', Strategy=0, Topics=['orders'], Shift=20,
                                     Partitions=[0])
    assert api.groups['billing']['offsets']['orders'] == {0: 10, 1: 5}
    # at the end already: the prediction says nothing moves, so nothing is written
    again = run(ConsumerGroupOffsets, api, instance_id=INSTANCE, group='billing', topics=['orders'], partitions=[0],
                to='shift', shift=20)
    assert not again['changed'] and api.actions().count('ModifyGroupOffsets') == 1


def test_an_offset_and_a_timestamp():
    api = Groups(billing(), ENDS, times={'orders': {0: [100 * n for n in range(10)], 1: [100 * n for n in range(5)]}})
    to_offset = run(ConsumerGroupOffsets, api, instance_id=INSTANCE, group='billing', topics=['orders'], to='offset', offset=3)
    assert offsets(to_offset, 'after') == [('orders', 0, 3), ('orders', 1, 3)]
    by_time = run(ConsumerGroupOffsets, api, instance_id=INSTANCE, group='billing', topics=['orders'], to='timestamp',
                  timestamp=150)
    assert by_time['changed'] and offsets(by_time, 'before') == [('orders', 0, 3), ('orders', 1, 3)]
    assert offsets(by_time, 'after') == [('orders', 0, 2), ('orders', 1, 2)]
    # the same time again: written (only the service knows where a time falls), nothing moved
    again = run(ConsumerGroupOffsets, api, instance_id=INSTANCE, group='billing', topics=['orders'], to='timestamp',
                timestamp=150)
    assert not again['changed'] and api.actions().count('ModifyGroupOffsets') == 3


def test_a_group_with_consumers_is_refused_unless_forced():
    api = Groups(billing('Stable', members=2), ENDS)
    args = dict(instance_id=INSTANCE, group='billing', topics=['orders'], to='latest')
    refused = run(ConsumerGroupOffsets, api, **args)
    assert refused['failed'] and 'force=true' in refused['msg'] and 'state Stable, 2 members' in refused['msg']
    assert 'ModifyGroupOffsets' not in api.actions()
    rebalancing = run(ConsumerGroupOffsets, Groups(billing('PreparingRebalance'), ENDS), **args)
    assert rebalancing['failed'] and 'PreparingRebalance' in rebalancing['msg']
    forced = run(ConsumerGroupOffsets, api, force=True, **args)
    assert forced['changed'] and api.groups['billing']['offsets']['orders'] == {0: 10, 1: 5}


@pytest.mark.parametrize('options, message', [
    (dict(group='payments'), 'group payments not found on instance ckafka-abcd1234'),
    (dict(topics=['orders', 'invoices']), 'the group has no offsets on topic invoices'),
    (dict(partitions=[1, 7]), 'topic orders has no partition 7'),
])
def test_what_the_group_lacks_fails_before_any_write(options, message):
    api = Groups(billing(), ENDS)
    args = dict(instance_id=INSTANCE, group='billing', topics=['orders'], to='latest')
    args.update(options)
    result = run(ConsumerGroupOffsets, api, **args)
    assert result['failed'] and message in result['msg'] and 'ModifyGroupOffsets' not in api.actions()
