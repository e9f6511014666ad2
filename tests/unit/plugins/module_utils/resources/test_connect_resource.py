# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The connection's own decisions (resources/connect_resource/description.py): what ModifyConnectResource gets,
what needs a replacement, and the write-only secrets."""

import json
import os

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource import description as connection
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource import schema
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import to_api

ConnectResource = connection.ConnectResource
ES_BLOCK = {'resource': 'es-1', 'port': 9200, 'user_name': 'elastic', 'password': 'pw', 'self_built': False,
            'service_vip': '10.0.0.1', 'uniq_vpc_id': 'vpc-1'}
CURRENT = {
    'resource_id': 'resource-1', 'resource_name': 'search', 'type': 'ES', 'description': 'old', 'status': 1,
    'es_connect_param': {'resource': 'es-1', 'port': 9200, 'user_name': 'elastic', 'self_built': False,
                         'service_vip': '10.0.0.1', 'uniq_vpc_id': 'vpc-1', 'is_update': None},
    'tags': [],
}
API_JSON = os.path.join(os.path.dirname(pytest.importorskip('tccli').__file__), 'services', 'ckafka', 'v20190819', 'api.json')


def params(**changes):
    base = dict(resource_name='search', type='ES', description='old', es_connect_param=dict(ES_BLOCK),
                update_password='on_create')
    for key, value in changes.items():
        if key == 'es' and value is not None:
            base['es_connect_param'].update(value)
        else:
            base[key] = value
    base.pop('es', None)
    return base


def plan(by_id=False, **changes):
    return ConnectResource.compare(params(**changes), CURRENT, by_id)


def modify_body(changes):
    """The body ResourceApi.modify sends: changes named by the schema's Modify tree."""
    return to_api(changes, ConnectResource.modify_options())


def test_nothing_differs():
    result = plan()
    assert (result.paths, result.replacement_paths, result.changes) == ([], [], {})


def test_the_password_alone_is_not_a_difference_on_create_only():
    assert plan(es={'password': 'new'}).changes == {}


def test_description_alone():
    result = plan(description='new')
    assert result.changes == {'description': 'new'} and result.visible == {'description': 'new'}
    assert modify_body(result.changes) == {'Description': 'new'}


def test_the_name_is_compared_only_by_id():
    assert plan(resource_name='other').changes == {}
    assert plan(by_id=True, resource_name='other').changes == {'resource_name': 'other'}


def test_a_block_member_goes_with_the_resource_and_the_type():
    result = plan(es={'user_name': 'writer', 'password': 'new'})
    assert result.changes == {'es_connect_param': {'user_name': 'writer', 'resource': 'es-1'}, 'type': 'ES'}
    assert modify_body(result.changes) == {'EsConnectParam': {'UserName': 'writer', 'Resource': 'es-1'}, 'Type': 'ES'}
    shown = result.visible['es_connect_param']
    assert shown['user_name'] == 'writer' and shown['port'] == 9200 and 'password' not in shown


def test_is_update_goes_with_every_change_while_set():
    result = plan(es={'user_name': 'writer', 'is_update': False})
    assert result.changes['es_connect_param'] == {'user_name': 'writer', 'resource': 'es-1', 'is_update': False}


def test_update_password_always_sends_the_password_every_time_but_never_shows_it():
    result = plan(update_password='always', es={'password': 'new'})
    assert result.changes == {'es_connect_param': {'resource': 'es-1', 'password': 'new'}, 'type': 'ES'}
    assert 'password' not in json.dumps(result.visible)
    assert modify_body(result.changes)['EsConnectParam'] == {'Resource': 'es-1', 'Password': 'new'}


@pytest.mark.parametrize('changes, path', [
    (dict(type='MYSQL', my_sql_connect_param={'resource': 'cdb-1', 'port': 3306, 'user_name': 'u', 'password': 'p'}), 'type'),
    (dict(es={'port': 9201}), 'es_connect_param.port'),
    (dict(es={'resource': 'es-2'}), 'es_connect_param.resource'),
    (dict(es={'self_built': True}), 'es_connect_param.self_built'),
    (dict(tags=[{'tag_key': 'a', 'tag_value': 'b'}]), 'tags'),
])
def test_replacements(changes, path):
    result = plan(update_password='always', **changes)
    assert path in result.replacement_paths
    assert result.replacement_required


def test_mqtt_modify_carries_every_member_its_modify_type_requires():
    block = {'port': 1883, 'user_name': 'u', 'password': 'p', 'resource': 'mqtt-1', 'service_vip': '10.0.0.2',
             'uniq_vpc_id': 'vpc-1'}
    answer_block = dict((key, value) for key, value in block.items() if key != 'password')
    current = {'resource_id': 'resource-2', 'type': 'MQTT', 'mqtt_connect_param': dict(answer_block, region='old')}
    given = dict(resource_name='m', type='MQTT', mqtt_connect_param=dict(block, region='new'), update_password='on_create')
    result = ConnectResource.compare(given, current, False)
    assert result.changes['mqtt_connect_param'] == dict(block, region='new')
    assert 'password' not in result.visible['mqtt_connect_param']


def test_fixed_members_are_those_the_api_marks():
    """Every member the API marks as not changeable (or not accepted by a change) is fixed, and no other."""
    with open(API_JSON, encoding='utf-8') as handle:
        objects = json.load(handle)['objects']
    modify_types = dict((m['name'], m['member']) for m in objects['ModifyConnectResourceRequest']['members'] if m['type'] == 'object')
    expected = {}
    for member in objects['CreateConnectResourceRequest']['members']:
        if member['type'] != 'object':
            continue
        block = schema.OPTION_NAME_TREE[member['name']][0]
        accepted = dict((m['name'], m) for m in objects[modify_types[member['name']]]['members'])
        fixed = set()
        for api_member in objects[member['member']]['members']:
            doc = (accepted.get(api_member['name']) or {}).get('document', u'\u4e0d\u652f\u6301\u4fee\u6539')
            if u'\u4e0d\u652f\u6301\u4fee\u6539' in doc or u'\u7f16\u8f91\u8fde\u63a5\u65f6\u4e0d\u63a5\u6536' in doc:
                fixed.add(schema.OPTION_NAME_TREE[member['name']][1][api_member['name']][0])
        if fixed:
            expected[block] = fixed
    assert dict((block, set(members)) for block, members in connection.FIXED_MEMBERS.items()) == expected


def test_every_kind_has_its_block():
    kinds = schema.PARAMETER_SPEC['type']['choices']
    assert sorted(connection.BLOCK_OF_TYPE) == sorted(kinds)
    assert set(connection.BLOCK_OF_TYPE.values()) == set(name for name in schema.PARAMETER_SPEC if name.endswith('_connect_param'))


def test_secrets_are_the_no_log_members():
    assert connection.SECRET_MEMBERS == {'password', 'key_tab_content', 'krb5_conf_content'}


class ListingApi:
    """A ResourceApi stand-in answering the connection list and the task list by resource."""

    def __init__(self, count, task_ids):
        self.count = count
        self.task_ids = task_ids
        self.calls = []
        self.resource = ConnectResource
        self.client = self

    def list_answers(self, query):
        self.calls.append(('DescribeConnectResources', query))
        return [{'ResourceId': 'resource-1', 'ResourceName': 'search', 'Type': 'ES', 'DatahubTaskCount': self.count}]

    def call(self, action, query, idempotent=False):
        self.calls.append((action, dict(query)))
        return {'Result': {'TotalCount': len(self.task_ids), 'TaskList': [{'TaskId': t} for t in self.task_ids]}}


def test_a_connection_in_use_is_not_deleted_naming_its_tasks():
    api = ListingApi(2, ['task-b', 'task-a'])
    message = ConnectResource.refuse_delete(dict(CURRENT, datahub_task_count=2), api)
    assert 'resource-1' in message and '2 DIP tasks' in message and '(task-a, task-b)' in message
    assert [action for action, dummy in api.calls] == ['DescribeDatahubTasks']
    assert api.calls[0][1]['Resource'] == 'resource-1'


def test_a_connection_read_by_id_is_counted_from_the_list():
    api = ListingApi(0, [])
    assert ConnectResource.refuse_delete(dict(CURRENT, datahub_task_count=None), api) is None
    assert api.calls == [('DescribeConnectResources', {'SearchWord': 'search', 'Type': 'ES'})]


def test_create_problems():
    assert ConnectResource.create_problems(params()) == []
    assert ConnectResource.create_problems(params(es_connect_param=None)) == [
        'es_connect_param is required to create a connection of type ES']
    iceberg = dict(resource_name='i', type='ICEBERG', iceberg_connect_param={'resource': 'emr-1', 'auth_type': 'NONE'})
    assert [problem.split(' ')[0] for problem in ConnectResource.create_problems(iceberg)] == [
        'iceberg_connect_param.service_vip', 'iceberg_connect_param.uniq_vpc_id', 'iceberg_connect_param.eni_id_list']


def test_kafka_modify_keeps_the_members_its_rules_tie():
    block = {'self_built': True, 'network_type': 'PUBLIC', 'broker_address': 'a:9092'}
    current = {'resource_id': 'resource-3', 'type': 'KAFKA', 'kafka_connect_param': dict(block)}
    given = dict(resource_name='k', type='KAFKA', kafka_connect_param=dict(block, broker_address='b:9092'),
                 update_password='on_create')
    result = ConnectResource.compare(given, current, False)
    assert result.changes['kafka_connect_param'] == {'self_built': True, 'network_type': 'PUBLIC', 'broker_address': 'b:9092'}
