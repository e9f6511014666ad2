# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""An account of thousands of resources (issue 23): the three list actions page and filter it as the
service does (tccli's api.json: Limit defaults to 20, capped at 100 for tasks, 1000 for connections,
refused above 100 for topics; TotalCount counts every match), driven and parsed by the official SDK.
Also the bulk seed of the admin API, the per-action rate limits and the `every` field of a fault.
"""

import pytest

from harness import EmulatorError

TASKS = 2500


def kafka_task(params, number_suffix='{n}', task_type='SINK', target='es-bulk{n}'):
    """A task template whose strings carry "{n}"."""
    template = params(TaskName='fleet-' + number_suffix, TaskType=task_type)
    template['TargetResource']['EsParam']['Resource'] = target
    return template


def page_through(sdk, action, member, key, limit, **filters):
    """Every item of a list action, page by page; returns (the TotalCount of each page, the keys, calls)."""
    totals, keys, offset, calls = [], [], 0, 0
    while True:
        answer = sdk.call(action, dict(filters, Limit=limit, Offset=offset)).Result
        calls += 1
        totals.append(answer.TotalCount)
        items = getattr(answer, member) or []
        keys.extend(getattr(item, key) for item in items)
        offset += len(items)
        if not items or offset >= answer.TotalCount:
            return totals, keys, calls


def test_thousands_of_tasks_page_by_100(emu, sdk, task_params):
    created = emu.seed('datahub_task', template=kafka_task(task_params), count=TASKS, width=4)
    assert len(created) == TASKS and len({r['TaskId'] for r in created}) == TASKS
    before = len(emu.requests())
    totals, task_ids, calls = page_through(sdk, 'DescribeDatahubTasks', 'TaskList', 'TaskId', 100)
    assert calls == TASKS // 100 and set(totals) == {TASKS}
    assert sorted(task_ids) == sorted(r['TaskId'] for r in created)  # each task once
    # The seed logs nothing: the listing's own calls are all the log holds.
    assert len(emu.requests()) - before == calls and before == 0
    # Limit above 100 is cut to 100; no Limit is 20; past the end is an empty page with the total.
    first = sdk.call('DescribeDatahubTasks', {'Limit': 500}).Result
    assert len(first.TaskList) == 100 and isinstance(first.TaskList[0], sdk.models.DatahubTaskInfo)
    assert first.TaskList[0].TaskName == 'fleet-%04d' % (TASKS - 1)  # newest first
    assert len(sdk.call('DescribeDatahubTasks', {}).Result.TaskList) == 20
    past = sdk.call('DescribeDatahubTasks', {'Offset': TASKS, 'Limit': 100}).Result
    assert past.TotalCount == TASKS and not past.TaskList


def test_task_filters_over_a_large_account(emu, sdk, task_params):
    emu.seed('datahub_task', template=kafka_task(task_params), count=300, width=3)
    source = task_params(TaskName='ingest-{n}', TaskType='SOURCE')
    source['SourceResource'] = {'Type': 'HTTP'}
    source['TargetResource'] = {'Type': 'TOPIC', 'TopicParam': {'Resource': '1250000000-ingest'}}
    emu.seed('datahub_task', template=source, count=150)
    assert page_through(sdk, 'DescribeDatahubTasks', 'TaskList', 'TaskId', 100, TaskType='SOURCE')[0][0] == 150
    totals, names, calls = page_through(sdk, 'DescribeDatahubTasks', 'TaskList', 'TaskName', 100, TaskType='SINK', TargetType='ES')
    assert totals[0] == 300 and calls == 3 and all(name.startswith('fleet-') for name in names)
    assert sdk.call('DescribeDatahubTasks', {'SearchWord': 'FLEET-01'}).Result.TotalCount == 10  # fleet-010 .. fleet-019
    assert sdk.call('DescribeDatahubTasks', {'Resource': 'es-bulk042'}).Result.TotalCount == 1
    assert sdk.call('DescribeDatahubTasks', {'Resource': '1250000000-ingest', 'SourceType': 'HTTP'}).Result.TotalCount == 150
    assert sdk.call('DescribeDatahubTasks', {'SourceType': 'MYSQL'}).Result.TotalCount == 0


def test_thousands_of_connections_page_by_1000_with_their_task_counts(emu, sdk, connection_params, task_params):
    template = connection_params(ResourceName='search-{n}')
    template['EsConnectParam']['Resource'] = 'es-{n}'
    connections = emu.seed('connect_resource', template=template, count=1500, width=4)
    mysql = {'ResourceName': 'db-{n}', 'Type': 'MYSQL',
             'MySQLConnectParam': {'Port': 3306, 'UserName': 'dip', 'Password': 'db-Secret-1', 'Resource': 'cdb-{n}',
                                   'SelfBuilt': False, 'ServiceVip': '10.0.0.3', 'UniqVpcId': 'vpc-abcdefgh'}}
    emu.seed('connect_resource', template=mysql, count=200, width=3)
    # Three tasks use the first connection, one the second.
    used = [connections[0]['ResourceId']] * 3 + [connections[1]['ResourceId']]
    emu.seed('datahub_task', items=[kafka_task(task_params, 'user-%d' % i, target=resource_id) for i, resource_id in enumerate(used)])

    totals, resource_ids, calls = page_through(sdk, 'DescribeConnectResources', 'ConnectResourceList', 'ResourceId', 5000)
    assert calls == 2 and set(totals) == {1700} and len(set(resource_ids)) == 1700
    answer = sdk.call('DescribeConnectResources', {'Limit': 1000, 'Type': 'ES'}).Result
    assert answer.TotalCount == 1500 and len(answer.ConnectResourceList) == 1000
    assert isinstance(answer.ConnectResourceList[0], sdk.models.DescribeConnectResource)
    counts = dict((item.ResourceId, item.DatahubTaskCount) for item in answer.ConnectResourceList)
    counts.update((item.ResourceId, item.DatahubTaskCount)
                  for item in sdk.call('DescribeConnectResources', {'Limit': 1000, 'Offset': 1000, 'Type': 'ES'}).Result.ConnectResourceList)
    assert counts[connections[0]['ResourceId']] == 3 and counts[connections[1]['ResourceId']] == 1
    assert sum(counts.values()) == 4
    assert sdk.call('DescribeConnectResources', {'SearchWord': 'search-01'}).Result.TotalCount == 100
    assert sdk.call('DescribeConnectResources', {'Type': 'MYSQL', 'SearchWord': 'DB-0'}).Result.TotalCount == 100


def test_hundreds_of_topics_page_by_100_and_refuse_more(emu, sdk, topic_params):
    emu.configure(app_id='1250000000')
    emu.seed('datahub_topic', template=topic_params(name='1250000000-fleet-{n}'), count=450, width=3)
    totals, names, calls = page_through(sdk, 'DescribeDatahubTopics', 'TopicList', 'Name', 100)
    assert calls == 5 and set(totals) == {450} and len(set(names)) == 450
    assert isinstance(sdk.call('DescribeDatahubTopics', {'Limit': 1}).Result.TopicList[0], sdk.models.DatahubTopicDTO)
    with pytest.raises(Exception) as refused:
        sdk.call('DescribeDatahubTopics', {'Limit': 101})
    assert getattr(refused.value, 'code', '').startswith('InvalidParameter'), refused.value
    assert sdk.call('DescribeDatahubTopics', {'SearchWord': 'fleet-42'}).Result.TotalCount == 10
    regex = sdk.call('DescribeDatahubTopics', {'TopicRegularExpression': '1250000000-fleet-00[0-4]', 'Limit': 100}).Result
    assert regex.TotalCount == 5


def test_a_bad_seed_item_creates_nothing(emu, task_params):
    good = task_params(TaskName='fine')
    bad = task_params(TaskName='bad', TaskType='BOTH')
    with pytest.raises(EmulatorError) as refused:
        emu.seed('datahub_task', items=[good, bad])
    assert 'item 1' in str(refused.value) and 'TaskType' in str(refused.value)
    assert emu.tasks() == []
    for body in ({'resource': 'datahub_task'}, {'resource': 'planet', 'items': [good]},
                 {'resource': 'datahub_task', 'template': good, 'count': 0}, {'resource': 'datahub_task', 'items': [good], 'colour': 1}):
        with pytest.raises(EmulatorError):
            emu._admin('POST', 'seed', body)  # pylint: disable=protected-access
    assert emu.tasks() == []


def test_rate_limits_per_action(emu, api, task_params):
    config = emu.configure(rate_limits={'DescribeDatahubTasks': 2})
    assert config['rate_limits'] == {'DescribeDatahubTasks': 2.0} and config['rate_limit'] == 0
    answers = [api('DescribeDatahubTasks', {}) for unused in range(3)]
    assert [a.get('Error', {}).get('Code') for a in answers] == [None, None, 'RequestLimitExceeded']
    assert '2 per second' in answers[2]['Error']['Message']
    # Other actions keep the default limit (none here).
    assert all('Error' not in api('DescribeConnectResources', {}) for unused in range(5))
    # A new dict replaces the old one; the default applies again.
    emu.configure(rate_limit=1, rate_limits={})
    answers = [api('DescribeDatahubTasks', {}) for unused in range(2)]
    assert answers[1]['Error']['Code'] == 'RequestLimitExceeded' and '1 per second' in answers[1]['Error']['Message']
    with pytest.raises(EmulatorError):
        emu.configure(rate_limits={'DescribeDatahubTasks': 'fast'})
    emu.configure(rate_limit=0, rate_limits={})


def test_a_fault_every_third_call(emu, api, task_params):
    emu.add_fault('CreateDatahubTask', kind='error', code='InternalError', count=2, every=3)
    codes = [api('CreateDatahubTask', task_params(TaskName='t%d' % i)).get('Error', {}).get('Code') for i in range(8)]
    assert codes == [None, None, 'InternalError', None, None, 'InternalError', None, None]
    assert emu.faults() == []
