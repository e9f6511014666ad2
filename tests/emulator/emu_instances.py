# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""CKafka instances and the topics on them (CreateTopic, ...): a resource scoped by its instance.

Instances are not created through the API: the seed route makes them
({"resource": "instance", "items": [{"InstanceId": "ckafka-...", "InstanceName": "...", ...}]}), with
defaults for the members not given. DescribeInstances, DescribeInstanceAttributes and
DescribeInstancesDetail list and show them.

Each instance holds its topics by name. The service refuses a DeleteTopic within about 60 s of the
topic's CreateTopic (UnsupportedOperation.FrequencyTopicDeleteOperate) and a CreateTopic of a name
within about a minute of its delete (FailedOperation, `[4000]10011`): the windows are the service
settings topic_delete_window and topic_recreate_window (seconds; 0 turns a window off).
Topics made through the seed route count as old: they can be deleted at once. The seed route also
takes "user", "acl" and "acl_rule" items (CreateUser, CreateAcl, CreateAclRule requests).
"""

import copy
import re

from emu_access import AccessActions, acl_items
from emu_errors import ApiError, invalid_value
from emu_groups import GroupActions
from emu_store import Store, random_suffix

INSTANCE_ID_RE = re.compile(r'^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$')  # ckafka-xxxxxxxx in the service; looser for tests
TOPIC_NAME_RE = re.compile(r'^[A-Za-z0-9._-]{1,128}$')
INSTANCE_NOT_FOUND = 'InvalidParameterValue.InstanceNotExist'
TOPIC_NOT_FOUND = 'ResourceNotFound'
TOPIC_EXISTS = 'InvalidParameter.TopicExist'
DELETE_TOO_SOON = 'UnsupportedOperation.FrequencyTopicDeleteOperate'
RECREATE_TOO_SOON = 'FailedOperation'
RECREATE_MARK = '[4000]10011'
DEFAULT_WINDOW = 60.0
TOPIC_PAGE_MAX = 50
INSTANCE_PAGE_MAX = 100
DETAIL_PAGE_MAX = 20
SEEDED_AGE = 86400  # seconds a seeded topic is taken to have existed

# Defaults of a seeded instance; any of them may be given in the seed item.
INSTANCE_DEFAULTS = {
    'Status': 1,
    'Healthy': 1,
    'HealthyMessage': 'healthy',
    'VpcId': 'vpc-emulator',
    'SubnetId': 'subnet-emulator',
    'Vip': '10.0.0.10',
    'Vport': '9092',
    'ZoneId': 100003,
    'Bandwidth': 40,
    'DiskSize': 500,
    'DiskType': 'CLOUD_BASIC',
    'Version': '2.4.2',
    'InstanceType': 'standard',
    'ClusterType': 'CLOUD_IDC',
    'MsgRetentionTime': 1440,
    'MaxTopicNumber': 200,
    'MaxPartitionNumber': 800,
    'MaxGroupNum': 1000,
    'MaxMessageByte': 1048588,
    'InstanceChargeType': 'POSTPAID_BY_HOUR',
    'Tags': [],
    'Features': [],
}
INSTANCE_STRINGS = ('InstanceName', 'HealthyMessage', 'VpcId', 'SubnetId', 'Vip', 'Vport', 'DiskType', 'Version',
                    'InstanceType', 'ClusterType', 'InstanceChargeType')
INSTANCE_INTEGERS = ('Status', 'Healthy', 'ZoneId', 'Bandwidth', 'DiskSize', 'MsgRetentionTime', 'MaxTopicNumber',
                     'MaxPartitionNumber', 'MaxGroupNum', 'MaxMessageByte', 'CreateTime', 'ExpireTime')
INSTANCE_STATUSES = (-1, 0, 1, 2, 3, 4, 5, 7)
INSTANCE_STATUS_NAMES = {-1: 'create failed', 0: 'creating', 1: 'running', 2: 'deleting', 3: 'deleted', 4: 'delete failed',
                         5: 'isolated', 7: 'upgrading'}
RUNNING = 1

# The topic settings CreateTopic and ModifyTopicAttributes take, and their defaults.
TOPIC_DEFAULTS = {
    'Note': '',
    'EnableWhiteList': 0,
    'IpWhiteList': [],
    'CleanUpPolicy': 'delete',
    'MinInsyncReplicas': 1,
    'UncleanLeaderElectionEnable': 0,
    'RetentionMs': None,  # the instance's MsgRetentionTime
    'SegmentMs': None,
    'MaxMessageBytes': 8388608,
    'EnableAclRule': 0,
    'AclRuleName': '',
    'RetentionBytes': None,
    'Tags': [],
    'LogMsgTimestampType': None,
    'QuotaProducerByteRate': None,
    'QuotaConsumerByteRate': None,
}

# The members where -1 means "no limit" (the reference's special value): the limit is removed.
NO_LIMIT = -1
NO_LIMIT_MEMBERS = ('RetentionBytes', 'QuotaProducerByteRate', 'QuotaConsumerByteRate')


def operate_answer(message='ok', data=True):
    """JgwOperateResponse, the answer of the topic, user, ACL and group changes."""
    return {'Result': {'ReturnCode': '0', 'ReturnMessage': message,
                       'Data': {'FlowId': 0, 'RouteDTO': {'RouteId': 0}} if data else None}}


class SeedInvalid(ValueError):
    """A seed item the emulator cannot take (the seed route answers 400)."""


class Topic:
    def __init__(self, params, created, retention_ms):
        self.name = params['TopicName']
        self.topic_id = 'topic-' + random_suffix()
        self.created = created
        self.partition_num = params['PartitionNum']
        self.replica_num = params['ReplicaNum']
        self.settings = copy.deepcopy(TOPIC_DEFAULTS)
        self.settings['RetentionMs'] = retention_ms
        self.logs = {}  # partition -> [log start, log end] (emu_groups.py; set through the admin API)
        self.index = {}  # partition -> [(offset, epoch ms)]: when messages were written, for resets to a time
        self.update(params)

    def update(self, params):
        for name in TOPIC_DEFAULTS:
            if name in NO_LIMIT_MEMBERS and params.get(name) == NO_LIMIT:
                self.settings[name] = None  # no limit: the answers report null, as for a topic that never had one
            elif params.get(name) is not None:
                self.settings[name] = copy.deepcopy(params[name])
        if params.get('ReplicaNum') is not None:
            self.replica_num = params['ReplicaNum']


class Instance:
    def __init__(self, attributes, created):
        self.attributes = attributes
        self.key = attributes['InstanceId']
        self.created = created
        self.topics = {}  # name -> Topic
        self.deleted = {}  # topic name -> when it was deleted
        # Users, ACLs, ACL rules and consumer groups (emu_access.py, emu_groups.py).
        self.users = {}
        self.acls = []
        self.acl_rules = {}
        self.groups = {}

    @property
    def name(self):
        return self.attributes['InstanceName']

    @property
    def status(self):
        return self.attributes['Status']


class InstanceStore(Store):
    noun = 'CKafka instance'
    not_found_code = INSTANCE_NOT_FOUND

    def list(self):
        with self.lock:
            return sorted(self.items.values(), key=lambda i: -i.seq)

    def find(self, key, now=None):
        with self.lock:
            return self.items.get(key)

    def instance(self, instance_id):
        instance = self.find(instance_id)
        if instance is None:
            raise ApiError(INSTANCE_NOT_FOUND, 'The CKafka instance `%s` does not exist.' % instance_id)
        return instance


def seed_instance_attributes(item, now):
    """The attributes of a seeded instance (SeedInvalid when the item is not one)."""
    if not isinstance(item, dict):
        raise SeedInvalid('an instance is a JSON object')
    known = set(INSTANCE_DEFAULTS) | set(INSTANCE_STRINGS) | set(INSTANCE_INTEGERS) | {'InstanceId'}
    extra = sorted(set(item) - known)
    if extra:
        raise SeedInvalid('unknown instance members: %s (known: %s)' % (', '.join(extra), ', '.join(sorted(known))))
    instance_id = item.get('InstanceId')
    if not isinstance(instance_id, str) or not INSTANCE_ID_RE.match(instance_id):
        raise SeedInvalid('`InstanceId` is letters, digits, `-` and `_` (like ckafka-abcd1234), got %r' % (instance_id,))
    if not isinstance(item.get('InstanceName'), str) or not item['InstanceName']:
        raise SeedInvalid('`InstanceName` is a non-empty string')
    for name in INSTANCE_STRINGS:
        if name in item and not isinstance(item[name], str):
            raise SeedInvalid('`%s` is a string' % name)
    for name in INSTANCE_INTEGERS:
        if name in item and (isinstance(item[name], bool) or not isinstance(item[name], int)):
            raise SeedInvalid('`%s` is an integer' % name)
    if item.get('Status', 1) not in INSTANCE_STATUSES:
        raise SeedInvalid('`Status` is one of %s' % ', '.join(str(s) for s in INSTANCE_STATUSES))
    tags = item.get('Tags', [])
    if not isinstance(tags, list) or not all(isinstance(t, dict) and set(t) == {'TagKey', 'TagValue'} for t in tags):
        raise SeedInvalid('`Tags` is a list of {"TagKey", "TagValue"}')
    if not isinstance(item.get('Features', []), list):
        raise SeedInvalid('`Features` is a list of strings')
    attributes = copy.deepcopy(INSTANCE_DEFAULTS)
    attributes.update(copy.deepcopy(item))
    attributes.setdefault('CreateTime', int(now))
    attributes.setdefault('ExpireTime', int(now) + 365 * 86400)
    return attributes


# ---- answers ------------------------------------------------------------------------------------

def _vips(attributes):
    return [{'Vip': attributes['Vip'], 'Vport': attributes['Vport']}]


def instance_summary(instance):
    """Instance (DescribeInstances)."""
    return {'InstanceId': instance.key, 'InstanceName': instance.name, 'Status': instance.status, 'IfCommunity': False}


def instance_attributes(instance):
    """InstanceAttributesResponse (DescribeInstanceAttributes)."""
    a = instance.attributes
    partitions = sum(t.partition_num for t in instance.topics.values())
    return {
        'InstanceId': instance.key, 'InstanceName': instance.name, 'VipList': _vips(a), 'Vip': a['Vip'], 'Vport': a['Vport'],
        'Status': a['Status'], 'Bandwidth': a['Bandwidth'], 'DiskSize': a['DiskSize'], 'ZoneId': a['ZoneId'],
        'VpcId': a['VpcId'], 'SubnetId': a['SubnetId'], 'Healthy': a['Healthy'], 'HealthyMessage': a['HealthyMessage'],
        'CreateTime': a['CreateTime'], 'MsgRetentionTime': a['MsgRetentionTime'],
        'Config': {'AutoCreateTopicsEnable': False, 'DefaultNumPartitions': 3, 'DefaultReplicationFactor': 2},
        'RemainderPartitions': a['MaxPartitionNumber'] - partitions, 'RemainderTopics': a['MaxTopicNumber'] - len(instance.topics),
        'CreatedPartitions': partitions, 'CreatedTopics': len(instance.topics), 'Tags': copy.deepcopy(a['Tags']),
        'ExpireTime': a['ExpireTime'], 'ZoneIds': [a['ZoneId']], 'Version': a['Version'], 'MaxGroupNum': a['MaxGroupNum'],
        'Cvm': 1, 'InstanceType': a['InstanceType'], 'Features': list(a['Features']),
        'RetentionTimeConfig': {'Enable': 0, 'DiskQuotaPercentage': 0, 'StepForwardPercentage': 0,
                                'BottomRetention': a['MsgRetentionTime']},
        'MaxConnection': 5000, 'PublicNetwork': 0, 'DeleteRouteTimestamp': '',
        'RemainingPartitions': a['MaxPartitionNumber'] - partitions, 'RemainingTopics': a['MaxTopicNumber'] - len(instance.topics),
        'DynamicDiskConfig': {'Enable': 0, 'StepForwardPercentage': 0, 'DiskQuotaPercentage': 0, 'MaxDiskSpace': 0},
        'SystemMaintenanceTime': '', 'MaxMessageByte': a['MaxMessageByte'], 'InstanceChargeType': a['InstanceChargeType'],
        'ElasticBandwidthSwitch': 0, 'ElasticBandwidthOpenStatus': 0, 'ClusterType': a['ClusterType'],
        'FreePartitionNumber': 0, 'ElasticFloatBandwidth': 0, 'CustomCertId': '', 'UncleanLeaderElectionEnable': 0,
        'DeleteProtectionEnable': 0, 'RetentionBytes': None, 'TransactionalIdExpirationMs': 604800000,
    }


def instance_detail(instance):
    """InstanceDetail (DescribeInstancesDetail)."""
    a = instance.attributes
    return {
        'InstanceId': instance.key, 'InstanceName': instance.name, 'Vip': a['Vip'], 'Vport': a['Vport'], 'VipList': _vips(a),
        'Status': a['Status'], 'Bandwidth': a['Bandwidth'], 'DiskSize': a['DiskSize'], 'ZoneId': a['ZoneId'],
        'VpcId': a['VpcId'], 'SubnetId': a['SubnetId'], 'RenewFlag': 0, 'Healthy': a['Healthy'],
        'HealthyMessage': a['HealthyMessage'], 'CreateTime': a['CreateTime'], 'ExpireTime': a['ExpireTime'], 'IsInternal': 0,
        'TopicNum': len(instance.topics), 'Tags': copy.deepcopy(a['Tags']), 'Version': a['Version'], 'ZoneIds': [a['ZoneId']],
        'Cvm': 1, 'InstanceType': a['InstanceType'], 'DiskType': a['DiskType'], 'MaxTopicNumber': a['MaxTopicNumber'],
        'MaxPartitionNumber': a['MaxPartitionNumber'], 'RebalanceTime': '',
        'PartitionNumber': sum(t.partition_num for t in instance.topics.values()), 'PublicNetworkChargeType': '',
        'PublicNetwork': 0, 'ClusterType': a['ClusterType'], 'Features': list(a['Features']), 'RetentionBytes': None,
    }


def topic_config(topic):
    """Config."""
    s = topic.settings
    return {'Retention': s['RetentionMs'], 'MinInsyncReplicas': s['MinInsyncReplicas'], 'CleanUpPolicy': s['CleanUpPolicy'],
            'SegmentMs': s['SegmentMs'], 'UncleanLeaderElectionEnable': s['UncleanLeaderElectionEnable'], 'SegmentBytes': None,
            'MaxMessageBytes': s['MaxMessageBytes'], 'RetentionBytes': s['RetentionBytes'],
            'LogMsgTimestampType': s['LogMsgTimestampType']}


def topic_attributes(instance, topic, acl_rules):
    """TopicAttributesResponse (DescribeTopicAttributes)."""
    s = topic.settings
    return {
        'TopicId': topic.topic_id, 'CreateTime': int(topic.created), 'Note': s['Note'], 'PartitionNum': topic.partition_num,
        'EnableWhiteList': s['EnableWhiteList'], 'IpWhiteList': list(s['IpWhiteList']), 'Config': topic_config(topic),
        'Partitions': [{'Partition': p, 'LeaderStatus': 0, 'IsrNum': topic.replica_num, 'ReplicaNum': topic.replica_num}
                       for p in range(topic.partition_num)],
        'EnableAclRule': s['EnableAclRule'], 'AclRuleList': acl_rules,
        'QuotaConfig': {'QuotaProducerByteRate': s['QuotaProducerByteRate'], 'QuotaConsumerByteRate': s['QuotaConsumerByteRate']},
        'ReplicaNum': topic.replica_num,
    }


def topic_summary(topic):
    """Topic (DescribeTopic)."""
    return {'TopicId': topic.topic_id, 'TopicName': topic.name, 'Note': topic.settings['Note']}


def topic_detail(topic):
    """TopicDetail (DescribeTopicDetail)."""
    s = topic.settings
    retention_minutes = (s['RetentionMs'] or 0) // 60000
    return {
        'TopicName': topic.name, 'TopicId': topic.topic_id, 'PartitionNum': topic.partition_num, 'ReplicaNum': topic.replica_num,
        'Note': s['Note'], 'CreateTime': int(topic.created), 'EnableWhiteList': bool(s['EnableWhiteList']),
        'IpWhiteListCount': len(s['IpWhiteList']), 'ForwardCosBucket': '', 'ForwardStatus': 1, 'ForwardInterval': 0,
        'Config': topic_config(topic),
        'RetentionTimeConfig': {'Expect': retention_minutes, 'Current': retention_minutes, 'ModTimeStamp': int(topic.created * 1000)},
        'Status': 0, 'Tags': copy.deepcopy(s['Tags']) or None,
    }


def _page(params, items, default_limit, max_limit):
    limit = params.get('Limit')
    limit = default_limit if limit is None else min(limit, max_limit)
    offset = params.get('Offset') or 0
    return items[offset:offset + limit]


class InstanceRenderer:
    def __init__(self, schema):
        self.schema = schema


class InstanceActions(AccessActions, GroupActions):
    """The instance and topic actions; emu_access.py (users, ACLs, ACL rules) and emu_groups.py (consumer
    groups) add the others."""

    def __init__(self, service, schema, store, renderer):
        self.service = service
        self.schema = schema
        self.store = store
        self.renderer = renderer
        self.seeders = {'instance': (self.check_seed_instance, self.seed_instance),
                        'topic': (self.check_seed_topic, self.seed_topic)}
        for name, action in (('user', 'CreateUser'), ('acl', 'CreateAcl'), ('acl_rule', 'CreateAclRule')):
            self.seeders[name] = (self._seed_check(action), self._seed_create(action))
        self.admin_routes = self.group_admin_routes()

    def _seed_check(self, action):
        def check(item):
            self.schema.validate_request(action, item, action + 'Request')
        return check

    def _seed_create(self, action):
        def create(item):
            answer = getattr(self, action)(item)['Result']
            return {'InstanceId': item['InstanceId'], 'Result': answer}
        return create

    # ---- the admin view and the seed route --------------------------------------------------

    def dump(self):
        with self.store.lock:
            return [dict(instance_attributes(i), Topics=[topic_detail(t) for _n, t in sorted(i.topics.items())],
                         Users=sorted(i.users), Acls=acl_items(i),
                         AclRules=[self.render_rule(i, r) for _n, r in sorted(i.acl_rules.items())],
                         Groups=[self._group_view(i, g) for _n, g in sorted(i.groups.items())])
                    for i in self.store.list()]

    def check_seed_instance(self, item):
        seed_instance_attributes(item, self.store.clock())

    def seed_instance(self, item):
        now = self.store.clock()
        attributes = seed_instance_attributes(item, now)
        with self.store.lock:
            if attributes['InstanceId'] in self.store.items:
                raise SeedInvalid('the instance %s exists' % attributes['InstanceId'])
            instance = Instance(attributes, now)
            instance.seq = self.store.next_seq()
            self.store.items[instance.key] = instance
        return {'InstanceId': instance.key, 'InstanceName': instance.name}

    def check_seed_topic(self, item):
        self.schema.validate_request('CreateTopic', item, 'CreateTopicRequest')

    def seed_topic(self, item):
        return self.CreateTopic(item, seeded=True)['Result']

    def check_call(self, action, params):
        """The actions that change an instance need it running (Status 1), as the service does."""
        if action.startswith('Describe') or not params.get('InstanceId'):
            return
        with self.store.lock:
            instance = self.store.find(params['InstanceId'])
            if instance is not None and instance.status != RUNNING:
                raise ApiError('FailedOperation', '%s is not allowed while the instance %s is in status %d (%s); it must be '
                                                  'running (1).' % (action, instance.key, instance.status,
                                                                    INSTANCE_STATUS_NAMES.get(instance.status, '?')))

    # ---- windows ----------------------------------------------------------------------------

    def _window(self, name):
        value = getattr(self.service, name, DEFAULT_WINDOW)
        return DEFAULT_WINDOW if value is None else float(value)

    def _topic(self, instance, name):
        topic = instance.topics.get(name)
        if topic is None:
            raise ApiError(TOPIC_NOT_FOUND, 'The topic `%s` does not exist on the instance %s.' % (name, instance.key))
        return topic

    # ---- instances --------------------------------------------------------------------------

    def _instances(self, params, extra=None):
        word = params.get('SearchWord')
        statuses = params.get('Status')
        with self.store.lock:
            selected = []
            for instance in sorted(self.store.list(), key=lambda i: i.seq):
                a = instance.attributes
                if params.get('InstanceId') and instance.key != params['InstanceId']:
                    continue
                if word and not any(word.lower() in str(text).lower() for text in extra(instance, word)):
                    continue
                if statuses and a['Status'] not in statuses:
                    continue
                if params.get('TagKey') and not any(t['TagKey'] == params['TagKey'] for t in a['Tags']):
                    continue
                if params.get('VpcId') and a['VpcId'] != params['VpcId']:
                    continue
                selected.append(instance)
            return selected

    def DescribeInstances(self, params):  # pylint: disable=invalid-name
        selected = self._instances(params, lambda i, w: [i.name])
        with self.store.lock:
            page = [instance_summary(i) for i in _page(params, selected, 10, INSTANCE_PAGE_MAX)]
        return {'Result': {'InstanceList': page, 'TotalCount': len(selected)}}

    def DescribeInstanceAttributes(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            return {'Result': instance_attributes(self.store.instance(params['InstanceId']))}

    def DescribeInstancesDetail(self, params):  # pylint: disable=invalid-name
        def texts(instance, unused_word):
            a = instance.attributes
            return [instance.name, instance.key, a['ZoneId'], a['VpcId'], a['SubnetId']]
        selected = self._instances(params, texts)
        ids = set(params.get('InstanceIdList') or [])
        if params.get('InstanceIds'):
            ids.update(i.strip() for i in params['InstanceIds'].split(',') if i.strip())
        if ids:
            selected = [i for i in selected if i.key in ids]
        for tag in params.get('TagList') or []:
            selected = [i for i in selected if tag in i.attributes['Tags']]
        fields = {'Ip': 'Vip', 'VpcId': 'VpcId', 'SubNetId': 'SubnetId', 'InstanceType': 'InstanceType', 'InstanceId': 'InstanceId'}
        for index, flt in enumerate(params.get('Filters') or []):
            if flt['Name'] not in fields:
                raise invalid_value('Filters.%d.Name' % index, '`%s` is not one of %s.' % (flt['Name'], ', '.join(sorted(fields))))
            if flt['Name'] == 'InstanceId':
                selected = [i for i in selected if i.key in flt['Values']]
            else:
                selected = [i for i in selected if i.attributes[fields[flt['Name']]] in flt['Values']]
        with self.store.lock:
            page = [instance_detail(i) for i in _page(params, selected, 10, DETAIL_PAGE_MAX)]
        return {'Result': {'TotalCount': len(selected), 'InstanceList': page}}

    # ---- topics -----------------------------------------------------------------------------

    def CreateTopic(self, params, seeded=False):  # pylint: disable=invalid-name
        name = params['TopicName']
        if not TOPIC_NAME_RE.match(name):
            raise invalid_value('TopicName', 'a topic name holds only letters, digits, `_`, `-` and `.` (128 at most).')
        _check_topic_rules(params, params['ReplicaNum'])
        now = self.store.clock()
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            if name in instance.topics:
                raise ApiError(TOPIC_EXISTS, 'A topic named `%s` already exists on the instance %s.' % (name, instance.key))
            deleted = instance.deleted.get(name)
            window = self._window('topic_recreate_window')
            if not seeded and deleted is not None and now - deleted < window:
                raise ApiError(RECREATE_TOO_SOON, '%s The topic `%s` was deleted %.1f s ago; a topic of the same name can be '
                                                  'created again %g s after the deletion: retry in %.1f s.'
                               % (RECREATE_MARK, name, now - deleted, window, window - (now - deleted)))
            a = instance.attributes
            partitions = sum(t.partition_num for t in instance.topics.values())
            if len(instance.topics) >= a['MaxTopicNumber'] or partitions + params['PartitionNum'] > a['MaxPartitionNumber']:
                raise ApiError('LimitExceeded', 'The instance %s allows %d topics and %d partitions; it has %d and %d.'
                               % (instance.key, a['MaxTopicNumber'], a['MaxPartitionNumber'], len(instance.topics), partitions))
            topic = Topic(params, now - SEEDED_AGE if seeded else now, a['MsgRetentionTime'] * 60000)
            instance.topics[name] = topic
            instance.deleted.pop(name, None)
            return {'Result': {'TopicId': topic.topic_id}}

    def ModifyTopicAttributes(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            topic = self._topic(instance, params['TopicName'])
            replicas = params.get('ReplicaNum') or topic.replica_num
            merged = dict(topic.settings)
            merged.update((k, v) for k, v in params.items() if k in TOPIC_DEFAULTS and v is not None)
            _check_topic_rules(merged, replicas)
            topic.update(params)
            return operate_answer()

    def CreatePartition(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            topic = self._topic(instance, params['TopicName'])
            total = params['PartitionNum']
            if total <= topic.partition_num:
                raise invalid_value('PartitionNum', 'the topic `%s` has %d partitions; PartitionNum is the new total and must be '
                                                    'greater (partitions are never removed).' % (topic.name, topic.partition_num))
            used = sum(t.partition_num for t in instance.topics.values())
            if used - topic.partition_num + total > instance.attributes['MaxPartitionNumber']:
                raise ApiError('LimitExceeded', 'The instance %s allows %d partitions; it has %d.'
                               % (instance.key, instance.attributes['MaxPartitionNumber'], used))
            topic.partition_num = total
            return operate_answer('ok[apply success]', data=False)

    def DeleteTopic(self, params):  # pylint: disable=invalid-name
        now = self.store.clock()
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            topic = self._topic(instance, params['TopicName'])
            window = self._window('topic_delete_window')
            if now - topic.created < window:
                raise ApiError(DELETE_TOO_SOON, 'The topic `%s` was created %.1f s ago; a topic can be deleted %g s after its '
                                                'creation: retry in %.1f s.' % (topic.name, now - topic.created, window,
                                                                                window - (now - topic.created)))
            del instance.topics[topic.name]
            instance.deleted[topic.name] = now
            self._forget_topic(instance, topic.name)
            return operate_answer('ok[apply success]', data=False)

    def _forget_topic(self, instance, name):
        """What else goes with a deleted topic: the groups' offsets of it and assignments."""
        self.forget_topic_in_groups(instance, name)

    def DescribeTopicAttributes(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            instance = self.store.instance(params['InstanceId'])
            topic = self._topic(instance, params['TopicName'])
            return {'Result': topic_attributes(instance, topic, self.topic_acl_rules(instance, topic))}

    def _topics(self, params, ignore_case=False):
        instance = self.store.instance(params['InstanceId'])
        word = params.get('SearchWord') or ''
        topics = sorted(instance.topics.values(), key=lambda t: t.name)
        if word:
            if ignore_case:
                topics = [t for t in topics if word.lower() in t.name.lower()]
            else:
                topics = [t for t in topics if word in t.name]
        if params.get('AclRuleName'):
            topics = [t for t in topics if t.settings['AclRuleName'] == params['AclRuleName']]
        return topics

    def DescribeTopic(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            topics = self._topics(params)
            page = [topic_summary(t) for t in _page(params, topics, 20, TOPIC_PAGE_MAX)]
        return {'Result': {'TopicList': page, 'TotalCount': len(topics)}}

    def DescribeTopicDetail(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            topics = self._topics(params, bool(params.get('SearchWordIgnoreCaseFlag')))
            for index, flt in enumerate(params.get('Filters') or []):
                if flt['Name'] != 'ReplicaNum':
                    raise invalid_value('Filters.%d.Name' % index, 'only `ReplicaNum` is supported.')
                topics = [t for t in topics if str(t.replica_num) in flt['Values']]
            order = params.get('OrderBy')
            if order:
                keys = {'CreateTime': lambda t: t.created, 'PartitionNum': lambda t: t.partition_num,
                        'ReplicaNum': lambda t: t.replica_num}
                if order not in keys:
                    raise invalid_value('OrderBy', '`%s` is not one of %s.' % (order, ', '.join(sorted(keys))))
                topics = sorted(topics, key=keys[order], reverse=params.get('OrderType') == 1)
            page = [topic_detail(t) for t in _page(params, topics, 20, TOPIC_PAGE_MAX)]
        return {'Result': {'TopicList': page, 'TotalCount': len(topics)}}


def _check_topic_rules(settings, replicas):
    """The rules between topic settings that their types cannot say."""
    if settings.get('MinInsyncReplicas') is not None and settings['MinInsyncReplicas'] > replicas:
        raise invalid_value('MinInsyncReplicas', 'must be at most the replica count (%d).' % replicas)
    if settings.get('EnableAclRule') == 1 and not settings.get('AclRuleName'):
        raise ApiError('MissingParameter', 'The request is missing a required parameter `AclRuleName` (required when '
                                           '`EnableAclRule` is 1).')
    for index, address in enumerate(settings.get('IpWhiteList') or []):
        if not address:
            raise invalid_value('IpWhiteList.%d' % index, 'an address is not empty.')
