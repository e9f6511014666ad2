# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""DescribeDatahubTasks: pagination and every filter."""


def make(api, task_params, name, task_type='SINK', source=None, target=None):
    params = task_params(TaskName=name, TaskType=task_type)
    if source:
        params['SourceResource'] = source
    if target:
        params['TargetResource'] = target
    answer = api('CreateDatahubTask', params)
    return answer['Result']['TaskId']


def listing(api, **params):
    result = api('DescribeDatahubTasks', params)['Result']
    return result['TotalCount'], [t['TaskName'] for t in result['TaskList']]


def test_pagination(api, task_params):
    names = ['task-%02d' % i for i in range(25)]
    for name in names:
        make(api, task_params, name)
    total, page = listing(api)
    assert total == 25 and len(page) == 20
    assert page[0] == 'task-24'  # newest first
    total, page2 = listing(api, Offset=20)
    assert total == 25 and len(page2) == 5
    assert sorted(page + page2) == sorted(names)
    assert listing(api, Limit=7, Offset=7)[1] == page[7:14]
    assert listing(api, Offset=100) == (25, [])
    assert len(listing(api, Limit=100)[1]) == 25


def test_filters(api, task_params):
    http_source = {'Type': 'HTTP'}
    kafka = {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-target01', 'Topic': 't'}}
    cos = {'Type': 'COS', 'CosParam': {'BucketName': 'bucket', 'Region': 'ap-guangzhou'}}
    first = make(api, task_params, 'Orders-Sink')
    make(api, task_params, 'orders-source', task_type='SOURCE', source=http_source, target=kafka)
    make(api, task_params, 'payments', target=cos)
    assert listing(api, SearchWord='ORDERS')[0] == 2
    assert listing(api, SearchWord='ders-s')[1] == ['orders-source', 'Orders-Sink']
    assert listing(api, SearchWord=first[5:])[1] == ['Orders-Sink']
    assert listing(api, SearchWord='nothing')[0] == 0
    assert listing(api, TaskType='SOURCE')[1] == ['orders-source']
    assert listing(api, TaskType='SINK')[0] == 2
    assert listing(api, SourceType='HTTP')[1] == ['orders-source']
    assert listing(api, SourceType='KAFKA')[0] == 2
    assert listing(api, TargetType='COS')[1] == ['payments']
    assert listing(api, TargetType='KAFKA')[1] == ['orders-source']
    assert listing(api, Resource='ckafka-target01')[1] == ['orders-source']
    assert listing(api, Resource='ckafka-7kd5rzza')[0] == 2
    assert listing(api, Resource='es-abcdefgh', SearchWord='pay')[1] == []
    assert listing(api, TaskType='SINK', SearchWord='pay', TargetType='COS')[1] == ['payments']


def test_renamed_task_found_by_new_name(api, task_params):
    task_id = make(api, task_params, 'before')
    api('ModifyDatahubTask', {'TaskId': task_id, 'TaskName': 'after'})
    assert listing(api, SearchWord='after')[1] == ['after']
    assert listing(api, SearchWord='before')[0] == 0
