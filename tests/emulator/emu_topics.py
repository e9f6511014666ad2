# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""DIP topics (CreateDatahubTopic): keyed by name, statuses 1 (in use) and 2 (deleting).

Each topic gets its own user name and password, which DescribeDatahubTopic returns (producers
write with them) and nothing else does.
"""

import re
import secrets

from emu_actions import Actions
from emu_errors import ApiError, invalid_value
from emu_store import GONE, Item, Store, random_suffix, strings

IN_USE, DELETING = 1, 2
STATUS_NAMES = {1: 'in use', 2: 'deleting'}
ALLOWED = {'ModifyDatahubTopic': (IN_USE,), 'DeleteDatahubTopic': (IN_USE,)}
ADDRESS = 'dip.tencentcloudmq.com:6000'
DUPLICATE_CODE = 'InvalidParameterValue.TopicNameAlreadyExist'


def operate_answer():
    """JgwOperateResponse, the answer of Modify and Delete."""
    return {'Result': {'ReturnCode': '0', 'ReturnMessage': 'ok', 'Data': {'FlowId': 0, 'RouteDTO': {'RouteId': 0}}}}


class Topic(Item):
    def __init__(self, name, request, now, seq):
        super().__init__(name, request, now, seq, IN_USE)
        self.topic_id = 'topic-' + random_suffix()
        self.partition_num = request['PartitionNum']
        self.retention_ms = request['RetentionMs']
        self.note = request.get('Note') or ''
        self.tags = [dict(t) for t in request.get('Tags') or []]
        self.user_name = random_suffix(12)
        self.password = secrets.token_hex(16)


class TopicStore(Store):
    noun = 'DIP topic'
    status_names = STATUS_NAMES
    allowed = ALLOWED

    def create(self, params):
        now = self.clock()
        with self.lock:
            name = params['Name']
            if self.find(name, now) is not None:
                raise ApiError(DUPLICATE_CODE, 'A DIP topic named `%s` already exists.' % name)
            return self.add(Topic(name, params, now, self.next_seq()))


class TopicRenderer:
    """DescribeDatahubTopicResp (with the credentials) and DatahubTopicDTO (without)."""

    def __init__(self, schema):
        self.schema = schema

    @staticmethod
    def info(topic):
        return {
            'Name': topic.key,
            'TopicName': topic.key,
            'TopicId': topic.topic_id,
            'PartitionNum': topic.partition_num,
            'RetentionMs': topic.retention_ms,
            'Note': topic.note,
            'Status': topic.status,
        }

    def describe(self, topic):
        answer = self.info(topic)
        status = answer.pop('Status')
        answer.update(UserName=topic.user_name, Password=topic.password, Status=status, Address=ADDRESS)
        return answer


class TopicActions(Actions):
    """CreateDatahubTopic, DescribeDatahubTopic(s), ModifyDatahubTopic, DeleteDatahubTopic."""

    list_member = 'TopicList'

    def CreateDatahubTopic(self, params):  # pylint: disable=invalid-name
        app_id = self.service.app_id
        if app_id and not params['Name'].startswith('%s-' % app_id):
            raise invalid_value('Name', 'a DIP topic name starts with the account\'s AppId and a dash: `%s-...`.' % app_id)
        topic = self.store.create(params)
        return {'Result': {'TopicName': topic.key, 'TopicId': topic.topic_id}}

    def DescribeDatahubTopic(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            return {'Result': self.renderer.describe(self.store.get(params['Name']))}

    def DescribeDatahubTopics(self, params):  # pylint: disable=invalid-name
        word = (params.get('SearchWord') or '').lower()
        pattern = _pattern(params.get('TopicRegularExpression'))
        names = self._connection_topics(params) if params.get('QueryFromConnectResource') else None
        return self.page(params, lambda topic: _matches(topic, word, pattern, names), self.renderer.info)

    def _connection_topics(self, params):
        """The strings of the DIP tasks that use the connection (a topic they name is the connection's)."""
        resource_id = params.get('ConnectResourceId')
        if not resource_id:
            raise ApiError('MissingParameter', 'The request is missing a required parameter `ConnectResourceId` '
                                               '(required when `QueryFromConnectResource` is true).')
        connections = self.service.resource('connect_resource')
        if connections is None or connections.store.find(resource_id) is None:
            raise ApiError('ResourceNotFound', 'The connection `%s` does not exist.' % resource_id)
        tasks = self.service.resource('datahub_task')
        users = tasks.store.using(resource_id) if tasks else []
        return {text for task in users for text in strings(task.request)}

    def ModifyDatahubTopic(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            topic = self.store.get(params['Name'])
            self.store.check_allowed(topic, 'ModifyDatahubTopic')
            topic.retention_ms = params['RetentionMs']
            if params.get('Note') is not None:
                topic.note = params['Note']
            if params.get('Tags') is not None:
                topic.tags = [dict(t) for t in params['Tags']]
            return operate_answer()

    def DeleteDatahubTopic(self, params):  # pylint: disable=invalid-name
        now = self.store.clock()
        with self.store.lock:
            topic = self.store.get(params['Name'], now)
            self.store.check_allowed(topic, 'DeleteDatahubTopic')
            self.store.start(topic, DELETING, GONE, None, '', now)
            return operate_answer()


def _pattern(expression):
    if not expression:
        return None
    try:
        return re.compile(expression)
    except re.error as error:
        raise invalid_value('TopicRegularExpression', 'not a regular expression (%s).' % error) from None


def _matches(topic, word, pattern, names):
    if word and not any(word in text.lower() for text in (topic.key, topic.topic_id)):
        return False
    if pattern is not None and not pattern.fullmatch(topic.key):
        return False
    if names is not None and topic.key not in names:
        return False
    return True
