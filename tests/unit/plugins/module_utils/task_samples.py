# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Sample DIP task options and answers shared by the unit tests, and the runtime's conversions bound
to the task description (the names the tests use: convert.options_to_request, convert.api_to_result, ...)."""

import copy
import json
import os
import types

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import naming as api_names

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import comparison

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import masking

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import results
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.schema import (
    API_NAME_TREE,
    NO_LOG_PATHS,
    PARAMETER_SPEC,
)


def api_to_result(answer):
    """Every member of a task answer under its option name (those outside result_keys too), in the
    compact shape of results: what is set, and the keys every task has."""
    converted = results.converted_answer(DatahubTask, answer or {})
    shaped = results.compact_value(DatahubTask, dict((key, value) for key, value in converted.items() if value != ''), '')
    shaped.update(results.compacted(DatahubTask, converted))
    return shaped


# The runtime's functions as they apply to the DIP task.
convert = types.SimpleNamespace(
    options_to_request=lambda params: api_names.to_api(params or {}, API_NAME_TREE),
    api_to_result=api_to_result,
    task_result=lambda answer: results.result_of(DatahubTask, answer),
    diff_paths=lambda desired, current: comparison.diff_paths(DatahubTask, desired, current, DatahubTask.create_omits()),
    mask_secrets=lambda obj: masking.mask_secrets(obj, masking.secret_option_names(NO_LOG_PATHS)),
    snake_case=api_names.snake_case,
    MASK=masking.MASK,
    TASK_RESULT_KEYS=DatahubTask.result_keys,
)

# ---------------------------------------------------------------------------
# The three CreateDatahubTask examples of the API reference (also tccli's examples.json),
# as module options and as the request bodies the reference shows.

SEED = {
    'kafka_to_eb_cos': (
        {
            'task_name': 'MyTaskName',
            'task_type': 'SINK',
            'source_resource': {
                'type': 'KAFKA',
                'kafka_param': {
                    'self_built': False,
                    'resource': 'ckafka-7kd5rzza',
                    'topic': 'topic-test',
                    'offset_type': 'timestamp',
                    'start_time': 1635339533,
                },
            },
            'target_resource': {
                'type': 'EB',
                'event_bus_param': {
                    'type': 'COS',
                    'self_built': False,
                    'resource': 'target-resource',
                    'namespace': 'default',
                    'function_name': 'ckafka-7kd5rzza_topic-0cus2p9z_task_1633501781881_schedule',
                    'qualifier': '$LATEST',
                },
            },
        },
        {
            'TaskName': 'MyTaskName',
            'TaskType': 'SINK',
            'SourceResource': {
                'Type': 'KAFKA',
                'KafkaParam': {
                    'SelfBuilt': False,
                    'Resource': 'ckafka-7kd5rzza',
                    'Topic': 'topic-test',
                    'OffsetType': 'timestamp',
                    'StartTime': 1635339533,
                },
            },
            'TargetResource': {
                'Type': 'EB',
                'EventBusParam': {
                    'Type': 'COS',
                    'SelfBuilt': False,
                    'Resource': 'target-resource',
                    'Namespace': 'default',
                    'FunctionName': 'ckafka-7kd5rzza_topic-0cus2p9z_task_1633501781881_schedule',
                    'Qualifier': '$LATEST',
                },
            },
        },
    ),
    'kafka_to_es': (
        {
            'task_name': 'MyTaskName',
            'task_type': 'SINK',
            'source_resource': {
                'type': 'KAFKA',
                'kafka_param': {'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 'topic-test', 'offset_type': 'earliest'},
            },
            'target_resource': {
                'type': 'ES',
                'es_param': {'resource': 'resource-test', 'drop_invalid_message': True, 'index': 'index', 'drop_invalid_json_message': False},
            },
        },
        {
            'TaskName': 'MyTaskName',
            'TaskType': 'SINK',
            'SourceResource': {
                'Type': 'KAFKA',
                'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-7kd5rzza', 'Topic': 'topic-test', 'OffsetType': 'earliest'},
            },
            'TargetResource': {
                'Type': 'ES',
                'EsParam': {'Resource': 'resource-test', 'DropInvalidMessage': True, 'Index': 'index', 'DropInvalidJsonMessage': False},
            },
        },
    ),
    'topic_to_es': (
        {
            'task_name': 'MyTaskName',
            'task_type': 'SINK',
            'source_resource': {'type': 'TOPIC', 'topic_param': {'resource': '12345-xxx', 'offset_type': 'earliest'}},
            'target_resource': {
                'type': 'ES',
                'es_param': {'resource': 'resource-test', 'drop_invalid_message': True, 'index': 'index', 'drop_invalid_json_message': False},
            },
        },
        {
            'TaskName': 'MyTaskName',
            'TaskType': 'SINK',
            'SourceResource': {'Type': 'TOPIC', 'TopicParam': {'Resource': '12345-xxx', 'OffsetType': 'earliest'}},
            'TargetResource': {
                'Type': 'ES',
                'EsParam': {'Resource': 'resource-test', 'DropInvalidMessage': True, 'Index': 'index', 'DropInvalidJsonMessage': False},
            },
        },
    ),
}

# The DescribeDatahubTask answer of the API reference (the service's message text replaced by English).
DESCRIBE_TASK = {
    'Connections': [],
    'TransformParam': None,
    'SchemaId': '',
    'SchemaName': '',
    'TransformsParam': None,
    'TaskName': 'mytask',
    'TaskType': 'SOURCE',
    'SourceResource': {
        'Type': 'HTTP', 'KafkaParam': None, 'EventBusParam': None, 'MongoDBParam': None, 'TdwParam': None, 'EsParam': None,
        'DtsParam': None, 'ClickHouseParam': None, 'ClsParam': None, 'CosParam': None, 'MySQLParam': None, 'MqttParam': None,
        'PostgreSQLParam': None, 'MariaDBParam': None, 'SQLServerParam': None, 'CtsdbParam': None, 'TopicParam': None, 'ScfParam': None,
    },
    'TargetResource': {
        'Type': 'KAFKA',
        'KafkaParam': {
            'Topic': 'topic-1', 'OffsetType': None, 'StartTime': None, 'ResourceName': 'test-public-network', 'ZoneId': 100006,
            'TopicId': 'topic-byp7lpy2', 'PartitionNum': 3, 'EnableToleration': None, 'QpsLimit': 2000, 'UseTableMapping': False,
            'TableMappings': None, 'CompressionType': 'none', 'UseAutoCreateTopic': False, 'MsgMultiple': 1, 'ConnectorSyncType': '',
            'KeepPartition': False, 'SelfBuilt': False, 'Resource': 'ckafka-wdvgwwx2',
        },
        'EventBusParam': None, 'MongoDBParam': None, 'TdwParam': None, 'EsParam': None, 'DtsParam': None, 'ClickHouseParam': None,
        'ClsParam': None, 'CosParam': None, 'MySQLParam': None, 'MqttParam': None, 'PostgreSQLParam': None, 'MariaDBParam': None,
        'SQLServerParam': None, 'CtsdbParam': None, 'TopicParam': None, 'ScfParam': None,
    },
    'TaskId': 'task-y9799wbn',
    'DatahubId': 'datahub-y9799wbn',
    'Status': 1,
    'CreateTime': '2024-12-04 16:22:23',
    'ErrorMessage': 'running',
    'Tags': [],
}

# A DescribeDatahubTasks TaskList item of the API reference (same task, list form).
TASK_LIST_ITEM = dict(
    (k, copy.deepcopy(v)) for k, v in DESCRIBE_TASK.items()
    if k in ('TaskName', 'TaskType', 'SourceResource', 'TargetResource', 'TaskId', 'DatahubId', 'Status', 'CreateTime', 'ErrorMessage'))
TASK_LIST_ITEM.update({'TaskProgress': 36, 'TaskCurrentStep': 'FINISH', 'StepList': [], 'TaskMax': 3})
TASK_LIST_ITEM['TargetResource']['KafkaParam'].update({'TopicId': None, 'PartitionNum': None})


def drop_none(value):
    if isinstance(value, dict):
        return dict((k, drop_none(v)) for k, v in value.items() if v is not None)
    if isinstance(value, list):
        return [drop_none(v) for v in value if v is not None]
    return value


def as_results_show(body):
    """A request body (API names) as a result reads it back (issue 24: compact results): null, [] and
    {} left out at every depth, and a top-level "" (the service's "unset")."""
    def compact(value):
        if isinstance(value, list):
            return [compact(item) for item in value]
        if isinstance(value, dict):
            kept = dict((key, compact(item)) for key, item in value.items())
            return dict((key, item) for key, item in kept.items() if item is not None and item != [] and item != {})
        return value
    return compact(dict((key, value) for key, value in body.items() if value != ''))


def restrict(api_obj, tree):
    """The members of api_obj the CreateDatahubTask request tree knows, without nulls."""
    out = {}
    for key, value in api_obj.items():
        if key not in tree or value is None:
            continue
        subtree = tree[key][1]
        if subtree is None:
            out[key] = value
        elif isinstance(value, list):
            out[key] = [restrict(item, subtree) for item in value if item is not None]
        else:
            out[key] = restrict(value, subtree)
    return out


def with_all_options(params, spec=None):
    """params as Ansible hands them to a module: every unset option present as None."""
    spec = PARAMETER_SPEC if spec is None else spec
    out = {}
    for option, entry in spec.items():
        value = params.get(option)
        if value is not None and 'options' in entry:
            if entry['type'] == 'list':
                value = [with_all_options(item, entry['options']) for item in value]
            else:
                value = with_all_options(value, entry['options'])
        out[option] = value
    return out


def tccli_examples(action):
    try:
        import tccli
    except ImportError:
        return []
    path = os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'examples.json')
    with open(path, encoding='utf-8') as handle:
        return json.load(handle)['actions'].get(action, [])


def tccli_answer(example):
    return json.loads(example['output'])['Response']['Result']


def tccli_request(example):
    return json.loads(example['input'][example['input'].index('{'):])


# ---------------------------------------------------------------------------
# options -> request


# ---------------------------------------------------------------------------
# A task as options and as the service answers it, for the planning, lookup and description tests.

OPTIONS = {
    'task_name': 'orders-to-es',
    'task_type': 'SINK',
    'source_resource': {'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-1', 'topic': 'a,b'}},
    'target_resource': {'type': 'ES', 'es_param': {'resource': 'es-1', 'index': 'idx', 'password': 'secret-pw'}},
}

ANSWER = {
    'TaskId': 'task-1', 'TaskName': 'orders-to-es', 'TaskType': 'SINK', 'Status': 1, 'Description': 'd',
    'SourceResource': {'Type': 'KAFKA', 'KafkaParam': {'SelfBuilt': False, 'Resource': 'ckafka-1', 'Topic': 'b, a',
                                                       'ZoneId': 100006, 'PartitionNum': 3}},
    'TargetResource': {'Type': 'ES', 'EsParam': {'Resource': 'es-1', 'Index': 'idx', 'Port': 9200}},
    'Tags': [{'TagKey': 'team', 'TagValue': 'data'}], 'TransformParam': None, 'SchemaId': '',
    'TaskMax': 1, 'SyncThrottleLimit': 0, 'AutoExpandFlag': False,
}
LIST_ENTRY = dict((k, v) for k, v in ANSWER.items() if k not in ('Tags', 'TransformParam', 'TransformsParam', 'SchemaId'))


def params(**changes):
    """OPTIONS with changes."""
    value = copy.deepcopy(OPTIONS)
    value.update(changes)
    return value


def current():
    """The result of ANSWER."""
    return api_to_result(copy.deepcopy(ANSWER))
