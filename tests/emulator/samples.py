# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Valid CreateDatahubTask bodies (API form) for tests that talk to the emulator directly."""

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
