# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""runtime/service.py and runtime/paging.py: the calls of one resource by its description, every page of
a list action, and what a read makes of "not found" and of a gone status."""

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.paging import all_pages, first_page, pages
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError


class Client:
    """Answers from a table {action: answer or a function of the params}; logs every call."""

    def __init__(self, answers):
        self.answers = answers
        self.calls = []

    def call(self, action, params, idempotent=False):
        self.calls.append((action, dict(params), idempotent))
        answer = self.answers[action]
        return answer(params) if callable(answer) else answer


def pages_of(items, page_size=2, total=None):
    def answer(params):
        page = items[params['Offset']:params['Offset'] + params['Limit']]
        return {'Result': {'TaskList': page, 'TotalCount': len(items) if total is None else total}}
    return answer


def test_describe_names_the_resource_and_reads_not_found_and_gone_as_none():
    def describe(params):
        if params['TaskId'] == 'task-missing':
            raise CkafkaError('ResourceNotFound', 'no such task', action='DescribeDatahubTask')
        if params['TaskId'] == 'task-refused':
            raise CkafkaError('AuthFailure', 'no', action='DescribeDatahubTask')
        return {'Result': {'TaskId': params['TaskId'], 'TaskName': 'n', 'Status': 3 if params['TaskId'] == 'task-gone' else 1}}
    client = Client({'DescribeDatahubTask': describe})
    api = ResourceApi(client, DatahubTask)
    assert api.describe('task-1') == {'task_id': 'task-1', 'task_name': 'n', 'status': 1, 'status_name': 'running'}
    assert api.describe('task-missing') is None and api.describe('task-gone') is None
    with pytest.raises(CkafkaError) as refused:
        api.describe('task-refused')
    assert (refused.value.resource_type, refused.value.resource_id) == ('task', 'task-refused')
    assert all(idempotent for dummy, dummy_params, idempotent in client.calls)


def test_writes_are_named_by_the_request_trees_and_never_retried_by_the_client():
    client = Client({'CreateDatahubTask': {'Result': {'TaskId': 'task-new'}}, 'ModifyDatahubTask': {'Result': {}},
                     'DeleteDatahubTask': {'Result': {}}, 'PauseDatahubTask': {'Result': {}}})
    api = ResourceApi(client, DatahubTask)
    assert api.create({'task_name': 'n', 'task_type': 'SINK', 'task_id': 'task-new'}) == 'task-new'
    api.modify('task-new', {'tasks_max': 3, 'description': 'd'})
    api.extra_action('pause', 'task-new')
    api.delete('task-new')
    assert client.calls == [
        ('CreateDatahubTask', {'TaskName': 'n', 'TaskType': 'SINK', 'TaskId': 'task-new'}, False),
        ('ModifyDatahubTask', {'TasksMax': 3, 'Description': 'd', 'TaskId': 'task-new'}, True),
        ('PauseDatahubTask', {'TaskId': 'task-new'}, False),
        ('DeleteDatahubTask', {'TaskId': 'task-new'}, False)]


def test_list_answers_leave_gone_items_out_and_send_no_empty_filter():
    items = [{'TaskId': 'task-%d' % number, 'Status': 3 if number == 1 else 1} for number in range(3)]
    client = Client({'DescribeDatahubTasks': pages_of(items, total=3)})
    api = ResourceApi(client, DatahubTask)
    assert [item['TaskId'] for item in api.list_answers({'SearchWord': '', 'TaskType': None, 'Resource': 'r'})] == ['task-0', 'task-2']
    assert client.calls[0][1] == {'Resource': 'r', 'Limit': 100, 'Offset': 0}


class Listing:
    action, items, total, page_size = 'DescribeDatahubTasks', 'TaskList', 'TotalCount', 2


def test_every_page_is_read_each_item_once():
    items = [{'TaskId': 'task-%d' % number} for number in range(5)]
    # a task created between two pages shifts the offsets: the item seen twice is reported once
    shifted = items[:2] + items[1:]
    client = Client({'DescribeDatahubTasks': pages_of(shifted, total=5)})
    found = all_pages(client, Listing, {}, 'TaskId')
    assert [item['TaskId'] for item in found] == ['task-0', 'task-1', 'task-2', 'task-3', 'task-4']
    assert [params['Offset'] for dummy, params, dummy_idempotent in client.calls] == [0, 2, 4]


def test_the_first_page_read_to_size_the_region_is_not_read_again():
    items = [{'TaskId': 'task-%d' % number} for number in range(5)]
    client = Client({'DescribeDatahubTasks': pages_of(items)})
    first = first_page(client, Listing, {'SearchWord': None})
    assert first == (items[:2], 5) and len(client.calls) == 1
    assert [item['TaskId'] for item in all_pages(client, Listing, {}, 'TaskId', first)] == [item['TaskId'] for item in items]
    assert [params['Offset'] for dummy, params, dummy_idempotent in client.calls] == [0, 2, 4]
    # a region of one page costs the one call
    client = Client({'DescribeDatahubTasks': pages_of(items[:1])})
    first = first_page(client, Listing, {})
    assert all_pages(client, Listing, {}, 'TaskId', first) == items[:1] and len(client.calls) == 1


def test_pages_stop_at_a_short_page_at_the_total_or_at_an_empty_page():
    items = [{'TaskId': 'task-%d' % number} for number in range(4)]
    # the total reached on a full page: no call for an empty page after it
    client = Client({'DescribeDatahubTasks': pages_of(items)})
    assert [len(page) for page in pages(client, Listing, {'SearchWord': ''})] == [2, 2]
    assert [(params['Offset'], 'SearchWord' in params) for dummy, params, dummy_idempotent in client.calls] == [(0, False), (2, False)]
    assert all(idempotent for dummy, dummy_params, idempotent in client.calls)
    # an answer without a total count is followed to the first short page
    client = Client({'DescribeDatahubTasks': lambda params: {'Result': {'TaskList': items[params['Offset']:params['Offset'] + 2]}}})
    assert [len(page) for page in pages(client, Listing, {})] == [2, 2, 0]
    # a total larger than what the service serves ends at the empty page, not in a loop
    client = Client({'DescribeDatahubTasks': pages_of(items, total=10)})
    assert [len(page) for page in pages(client, Listing, {})] == [2, 2, 0]
    # from an offset: the pages after it only
    client = Client({'DescribeDatahubTasks': pages_of(items)})
    assert [page[0]['TaskId'] for page in pages(client, Listing, {}, offset=2)] == ['task-2']


def test_the_access_lists_read_every_page_through_pages():
    """The grants, the consumer groups and a group's offsets: answers nested under Result, 50 a page."""
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.acl.grants import listed
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.consumer_group.reader import group_names, group_offsets

    def paged(member, items, total=True):
        def answer(params):
            assert params['Limit'] == 50
            result = {member: items[params['Offset']:params['Offset'] + 50]}
            if total:
                result['TotalCount'] = len(items)
            return {'Result': result}
        return answer

    acl = [dict(ResourceType=2, ResourceName='orders', Operation=3, PermissionType=3, Principal='User:app-%d' % (number % 60), Host='*')
           for number in range(120)]
    acl.append(dict(acl[0], PermissionType=2))   # a DENY grant is not a grant the module manages
    client = Client({'DescribeACL': paged('AclList', acl)})
    grants = listed(client, 'ckafka-1', 'topic', 'orders')
    assert len(grants) == 60 and grants[0] == dict(resource_type='topic', resource_name='orders', operation='read', principal='app-0', host='*')
    assert [params['Offset'] for dummy, params, dummy_idempotent in client.calls] == [0, 50, 100]
    assert client.calls[0][1]['ResourceName'] == 'orders' and client.calls[0][1]['ResourceType'] == 2

    groups = [dict(ConsumerGroupName='group-%d' % number) for number in range(75)]
    client = Client({'DescribeConsumerGroup': paged('GroupList', groups, total=False)})
    assert group_names(client, 'ckafka-1') == ['group-%d' % number for number in range(75)]
    assert [params['Offset'] for dummy, params, dummy_idempotent in client.calls] == [0, 50]
    assert 'GroupName' not in client.calls[0][1]

    topics = [dict(Topic='topic-%02d' % number, Partitions=[dict(Partition=1, Offset=5, LogEndOffset=9), dict(Partition=0, Offset=1, LogEndOffset=1)])
              for number in range(51)]
    client = Client({'DescribeGroupOffsets': paged('TopicList', topics)})
    found = group_offsets(client, 'ckafka-1', 'orders-readers')
    assert [topic['topic'] for topic in found] == ['topic-%02d' % number for number in range(51)]
    assert [partition['partition'] for partition in found[0]['partitions']] == [0, 1]
    assert len(client.calls) == 2
