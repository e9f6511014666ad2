# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""CKafka instances, read: by ID (DescribeInstanceAttributes), or listed by name, search word and tags
(DescribeInstancesDetail, every page of 20), so a playbook finds an instance's ID from its name.

The collection manages no instance; it only reads them, for the resources they hold (topics).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import CkafkaModule, common_argument_spec
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import snake_case
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError, matches_code

DESCRIBE = 'DescribeInstanceAttributes'
LIST = 'DescribeInstancesDetail'
# The largest page DescribeInstancesDetail serves.
PAGE_SIZE = 20
NOT_FOUND_CODES = ('ResourceNotFound', 'ResourceUnavailable', 'InvalidParameterValue.InstanceNotExist')
STATUS_NAMES = {-1: 'create_failed', 0: 'creating', 1: 'running', 2: 'deleting', 3: 'deleted', 4: 'delete_failed',
                5: 'isolated', 7: 'upgrading'}
DELETED = 3
# The keys every result has, null when unknown.
ALWAYS = ('instance_id', 'instance_name', 'status', 'status_name')


def is_unset(value):
    return value is None or value == '' or value == [] or value == {}


def converted(value):
    """An answer (API names) under snake_case names at every depth, unset members left out."""
    if isinstance(value, list):
        return [converted(item) for item in value]
    if not isinstance(value, dict):
        return value
    result = {}
    for key, item in value.items():
        item = converted(item)
        if not is_unset(item):
            result[snake_case(key)] = item
    return result


def instance_of(answer):
    """The result of an instance answer: snake_case keys, what is set, and always the id, name and status."""
    result = converted(answer)
    result['status_name'] = STATUS_NAMES.get(result.get('status'))
    for key in ALWAYS:
        result.setdefault(key, None)
    return result


def has_tags(instance, tags):
    """Whether instance (an answer) carries every tag of tags ([{tag_key, tag_value}])."""
    held = set((tag.get('TagKey'), tag.get('TagValue')) for tag in instance.get('Tags') or [])
    return all((tag['tag_key'], tag['tag_value']) in held for tag in tags)


def all_instances(client, query):
    """Every instance DescribeInstancesDetail lists for query, every page, each once."""
    items, seen, offset = [], set(), 0
    while True:
        result = client.call(LIST, dict(query, Offset=offset, Limit=PAGE_SIZE), idempotent=True).get('Result') or {}
        page = result.get('InstanceList') or []
        for item in page:
            if item.get('InstanceId') not in seen:
                seen.add(item.get('InstanceId'))
                items.append(item)
        offset += len(page)
        total = result.get('TotalCount')
        if len(page) < PAGE_SIZE or (total is not None and offset >= total):
            break
    return items


class InstanceReader(CkafkaModule):
    """Reads; never writes. result: instances."""

    @classmethod
    def argument_spec(cls):
        return common_argument_spec(
            instance_id=dict(type='str'), instance_name=dict(type='str'), search_word=dict(type='str'),
            tags=dict(type='list', elements='dict', options=dict(tag_key=dict(type='str', required=True),
                                                                 tag_value=dict(type='str', required=True))))

    module_kwargs = dict(mutually_exclusive=[('instance_id', 'instance_name'), ('instance_id', 'search_word'),
                                             ('instance_id', 'tags')])

    def run(self):
        params = self.params
        errors = ['%s must not be empty' % option for option in ('instance_id', 'instance_name', 'search_word')
                  if params.get(option) is not None and not params[option].strip()]
        if errors:
            self.fail('invalid options: %s' % '; '.join(errors), validation_errors=errors)
        self.result['instances'] = [instance_of(item) for item in self.read()
                                    if item.get('Status') != DELETED]

    def read(self):
        params = self.params
        if params.get('instance_id'):
            try:
                answer = self.client.call(DESCRIBE, dict(InstanceId=params['instance_id']), idempotent=True).get('Result')
            except CkafkaError as error:
                if matches_code(error.code or '', NOT_FOUND_CODES):
                    return []
                raise
            return [answer] if answer else []
        query = {}
        name = params.get('instance_name')
        # the service's search is loose (a part of the name, an ID, a zone): the exact name is checked here
        if params.get('search_word') or name:
            query['SearchWord'] = params.get('search_word') or name
        tags = params.get('tags') or []
        if tags:
            query['TagList'] = [dict(TagKey=tag['tag_key'], TagValue=tag['tag_value']) for tag in tags]
        return [item for item in all_instances(self.client, query)
                if (name is None or item.get('InstanceName') == name) and has_tags(item, tags)]
