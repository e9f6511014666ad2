# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Conversions between module options and the CKafka DIP API.

* options_to_request: options (snake_case) to a CreateDatahubTask request body (API names).
* api_to_result: a task as DescribeDatahubTask(s) answers it to a snake_case result.
* diff_paths: the option paths where what the user set differs from what the task has.
* mask_secrets: a copy with every secret value masked, for diff output.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import re

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_task_schema import (
    API_NAME_TREE,
    NO_LOG_PATHS,
    OPTION_NAME_TREE,
    PATH_TYPES,
    SERVICE_FILLED_PATHS,
    TYPES,
)

STATUS_NAMES = {
    -1: 'create_failed',
    0: 'creating',
    1: 'running',
    2: 'deleting',
    3: 'deleted',
    4: 'delete_failed',
    5: 'pausing',
    6: 'paused',
    7: 'pause_failed',
    8: 'resuming',
    9: 'resume_failed',
}

# Top-level members of a task answer whose result name differs from the snake_case rule.
# Describe reports TaskMax, while ModifyDatahubTask takes TasksMax; both are the option tasks_max.
RESULT_RENAMES = {'TaskMax': 'tasks_max'}

# Options that ModifyDatahubTask changes in place, and their API names in that call.
MODIFY_API_NAMES = {
    'task_name': 'TaskName',
    'description': 'Description',
    'tasks_max': 'TasksMax',
    'sync_throttle_limit': 'SyncThrottleLimit',
    'auto_expand_flag': 'AutoExpandFlag',
}

# Top-level options outside the CreateDatahubTask tree that diff_paths compares too (Modify only).
EXTRA_TOP_LEVEL = {
    'tasks_max': 'int',
    'sync_throttle_limit': 'int',
    'auto_expand_flag': 'bool',
}

# Every top-level key of a task result, always present (None when the answer lacks it).
TASK_RESULT_KEYS = (
    'task_id',
    'task_name',
    'task_type',
    'status',
    'status_name',
    'error_message',
    'warn_message',
    'description',
    'datahub_id',
    'create_time',
    'source_resource',
    'target_resource',
    'transform_param',
    'transforms_param',
    'schema_id',
    'schema_name',
    'tags',
    'connections',
    'tasks_max',
    'sync_throttle_limit',
    'auto_expand_flag',
    'isolate_status',
    'task_progress',
    'task_current_step',
    'step_list',
)

# Members whose value is a comma-separated list where order and spacing carry no meaning.
COMMA_SET_MEMBERS = frozenset([
    ('KafkaParam', 'topic'),
    ('MqttParam', 'topics'),
    ('MongoDBParam', 'listening_event'),
])

# Lists of scalars whose order carries no meaning.
UNORDERED_LISTS = frozenset([
    ('KafkaParam', 'topic_list'),
])

MASK = '********'

_SNAKE_1 = re.compile(r'(?<=[a-z0-9])(?=[A-Z])')
_SNAKE_2 = re.compile(r'(?<=[A-Z])(?=[A-Z][a-z])')
_SECRET_KEY = re.compile(r'pass(?!ive)|secret|token|credential', re.I)
_NO_LOG_OPTIONS = frozenset(path.rsplit('.', 1)[-1] for path in NO_LOG_PATHS)


def snake_case(name):
    """API name to option name, by the rule of docs/architecture.md (MySQLParam -> my_sql_param)."""
    return _SNAKE_2.sub('_', _SNAKE_1.sub('_', name)).lower()


def _join(prefix, name):
    return prefix + '.' + name if prefix else name


# ---------------------------------------------------------------------------
# options -> request


def _value_to_api(value, subtree):
    if subtree is None:
        if isinstance(value, list):
            return [item for item in value if item is not None]
        return value
    if isinstance(value, list):
        return [_dict_to_api(item, subtree) for item in value if item is not None]
    if isinstance(value, dict):
        return _dict_to_api(value, subtree)
    return value


def _dict_to_api(params, tree):
    body = {}
    for option, (api_name, subtree) in tree.items():
        value = params.get(option)
        if value is None:
            continue
        body[api_name] = _value_to_api(value, subtree)
    return body


def options_to_request(params):
    """Return the CreateDatahubTask body for the task options in params.

    Options outside the CreateDatahubTask tree (state, wait, credentials, ...) are ignored; an
    option that is None, at any depth, is left out. Dictionaries the user gave are sent even
    when all their options are unset (an empty dictionary is a valid value, e.g. lowercase).
    """
    return _dict_to_api(params or {}, API_NAME_TREE)


# ---------------------------------------------------------------------------
# answer -> result


def _is_secret_key(key):
    return bool(_SECRET_KEY.search(key))


def _api_value_to_result(value, subtree, path):
    if isinstance(value, list):
        return [_api_value_to_result(item, subtree, path) for item in value]
    if isinstance(value, dict):
        return _api_dict_to_result(value, subtree, path)
    return value


def _api_dict_to_result(obj, tree, path):
    result = {}
    for key, value in obj.items():
        if tree is not None and key in tree:
            option, subtree = tree[key]
        else:
            option, subtree = snake_case(key), None
            if _is_secret_key(key):
                continue
        child = _join(path, option)
        if child in NO_LOG_PATHS:
            continue
        result[option] = _api_value_to_result(value, subtree, child)
    return result


def api_to_result(api_obj):
    """Return the snake_case result of a task answer (DescribeDatahubTask Result or a TaskList item).

    Keys use the option names (through the name tree; other keys by the same snake_case rule),
    secrets are dropped, TaskMax becomes tasks_max, and status_name is added. Every key of
    TASK_RESULT_KEYS is present.
    """
    api_obj = api_obj or {}
    result = {}
    for key, value in api_obj.items():
        if key in RESULT_RENAMES:
            result[RESULT_RENAMES[key]] = value
            continue
        if key in OPTION_NAME_TREE:
            option, subtree = OPTION_NAME_TREE[key]
        else:
            option, subtree = snake_case(key), None
            if _is_secret_key(key):
                continue
        if option in NO_LOG_PATHS:
            continue
        result[option] = _api_value_to_result(value, subtree, option)
    for key in TASK_RESULT_KEYS:
        result.setdefault(key, None)
    result['status_name'] = STATUS_NAMES.get(result.get('status')) if result.get('status') is not None else None
    return result


# ---------------------------------------------------------------------------
# comparison


def _strip_index(path):
    return re.sub(r'\[\d+\]', '', path)


def _member(parent_path, option):
    """Schema data of option inside the object at parent_path (index-free), or None."""
    type_name = PATH_TYPES.get(parent_path)
    if type_name is None:
        return None, None
    return type_name, TYPES.get(type_name, {}).get(option)


def _empty(value):
    return value is None or value == '' or value == [] or value == {} or value is False or (
        isinstance(value, int) and not isinstance(value, bool) and value == 0)


def _normalise_scalar(value, kind):
    if value is None:
        return None
    if kind == 'bool' and isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ('true', 'false'):
            return lowered == 'true'
    if kind == 'int' and isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return value
    if kind == 'float' and isinstance(value, (str, int)) and not isinstance(value, bool):
        try:
            return float(value)
        except ValueError:
            return value
    if kind == 'str' and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def _comma_set(value):
    if value is None:
        return frozenset()
    return frozenset(part.strip() for part in str(value).split(',') if part.strip())


def _scalar_equal(desired, current, kind, comma_set):
    if current is None or current == '':
        # the service reports null (or "") for members at their empty value
        return _empty(desired)
    if comma_set:
        return _comma_set(desired) == _comma_set(current)
    return _normalise_scalar(desired, kind) == _normalise_scalar(current, kind)


def _tag_pairs(tags):
    pairs = set()
    for tag in tags or []:
        if isinstance(tag, dict):
            pairs.add((tag.get('tag_key'), tag.get('tag_value')))
    return pairs


def _skipped(index_free_path):
    return index_free_path in SERVICE_FILLED_PATHS or index_free_path in NO_LOG_PATHS


def _diff_dict(desired, current, path, index_free, out):
    current = current if isinstance(current, dict) else {}
    for option, value in desired.items():
        if value is None:
            continue
        type_name, member = _member(index_free, option)
        if member is None:
            if not index_free and option in EXTRA_TOP_LEVEL:
                member = {'type': EXTRA_TOP_LEVEL[option]}
            else:
                continue
        child = _join(path, option)
        child_free = _join(index_free, option)
        if _skipped(child_free):
            continue
        _diff_value(value, current.get(option), member, type_name, option, child, child_free, out)


def _diff_value(desired, current, member, type_name, option, path, index_free, out):
    kind = member['type']
    if kind == 'dict':
        if not isinstance(desired, dict):
            return
        if current is None and all(v is None for v in desired.values()):
            return
        if current is not None and not isinstance(current, dict):
            out.append(path)
            return
        _diff_dict(desired, current, path, index_free, out)
        return
    if kind == 'list':
        _diff_list(desired, current, member, type_name, option, path, index_free, out)
        return
    if not _scalar_equal(desired, current, kind, (type_name, option) in COMMA_SET_MEMBERS):
        out.append(path)


def _diff_list(desired, current, member, type_name, option, path, index_free, out):
    desired = [item for item in desired if item is not None]
    if current is None:
        current = []
    if not isinstance(current, list):
        out.append(path)
        return
    if index_free == 'tags':
        if _tag_pairs(desired) != _tag_pairs(current):
            out.append(path)
        return
    elements = member.get('elements')
    if elements != 'dict':
        want = [_normalise_scalar(item, elements) for item in desired]
        have = [_normalise_scalar(item, elements) for item in current]
        if (type_name, option) in UNORDERED_LISTS:
            want, have = sorted(want, key=repr), sorted(have, key=repr)
        if want != have:
            out.append(path)
        return
    if len(desired) != len(current):
        out.append(path)
        return
    for index, (want, have) in enumerate(zip(desired, current)):
        if not isinstance(want, dict):
            continue
        if not isinstance(have, dict):
            out.append('%s[%d]' % (path, index))
            continue
        _diff_dict(want, have, '%s[%d]' % (path, index), index_free, out)


def diff_paths(desired_params, current_result):
    """Return the sorted dotted option paths where what the user set differs from the task.

    desired_params are module options (None means unset and is ignored at every depth);
    current_result is api_to_result() of the task. Service-filled members, secrets (never
    returned) and output-only members are not compared. Both sides are normalised: numbers
    and booleans given as strings, comma-separated topic lists as sets, tags as a set of
    key/value pairs, and a member the service reports as null equals an empty value.
    List elements appear as name[index].
    """
    out = []
    _diff_dict(desired_params or {}, current_result or {}, '', '', out)
    return sorted(set(out))


# ---------------------------------------------------------------------------
# masking


def _mask_value(value):
    return None if value is None else MASK


def mask_secrets(obj):
    """Return a deep copy of obj (options, results or API bodies) with every secret value masked."""
    if isinstance(obj, list):
        return [mask_secrets(item) for item in obj]
    if isinstance(obj, tuple):
        return tuple(mask_secrets(item) for item in obj)
    if isinstance(obj, dict):
        masked = {}
        for key, value in obj.items():
            name = str(key)
            if name in _NO_LOG_OPTIONS or snake_case(name) in _NO_LOG_OPTIONS or _is_secret_key(name):
                masked[key] = _mask_value(value)
            else:
                masked[key] = mask_secrets(value)
        return masked
    return obj
