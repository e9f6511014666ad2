# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Valid request bodies (API form: CreateDatahubTask, CreateConnectResource, CreateDatahubTopic) for tests
that talk to the emulator directly."""

import copy

ES_PASSWORD = 'es-Pa55word-7741'

_KAFKA_TO_ES = {
    'TaskName': 'kafka-to-es',
    'TaskType': 'SINK',
    'SourceResource': {
        'Type': 'KAFKA',
        'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-7kd5rzza', 'Topic': 'topic-test', 'OffsetType': 'earliest'},
    },
    'TargetResource': {
        'Type': 'ES',
        'EsParam': {'Resource': 'es-abcdefgh', 'Index': 'index', 'UserName': 'elastic', 'Password': ES_PASSWORD,
                    'DropInvalidMessage': True, 'DropInvalidJsonMessage': False},
    },
    'Tags': [{'TagKey': 'team', 'TagValue': 'data'}],
    'Description': 'sink to es',
}


def kafka_to_es(**changes):
    """A Kafka to Elasticsearch SINK task (a fresh copy), with top-level members replaced by changes."""
    body = copy.deepcopy(_KAFKA_TO_ES)
    body.update(changes)
    return body


CONNECTION_PASSWORD = 'conn-Pa55word-3190'

_ES_CONNECTION = {
    'ResourceName': 'es-orders',
    'Type': 'ES',
    'Description': 'orders cluster',
    'EsConnectParam': {'Port': 9200, 'UserName': 'elastic', 'Password': CONNECTION_PASSWORD, 'Resource': 'es-abcdefgh',
                       'SelfBuilt': False, 'ServiceVip': '10.0.0.12', 'UniqVpcId': 'vpc-abcdefgh'},
    'Tags': [{'TagKey': 'team', 'TagValue': 'data'}],
}


def es_connection(**changes):
    """A CreateConnectResource body for an Elasticsearch connection (a fresh copy), top-level members replaced."""
    body = copy.deepcopy(_ES_CONNECTION)
    body.update(changes)
    return body


def datahub_topic(name='1250000000-orders', **changes):
    """A CreateDatahubTopic body (a fresh copy)."""
    body = {'Name': name, 'PartitionNum': 3, 'RetentionMs': 86400000, 'Note': 'orders', 'Tags': [{'TagKey': 'team', 'TagValue': 'data'}]}
    body.update(changes)
    return body
