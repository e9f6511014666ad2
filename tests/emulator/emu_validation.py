# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Request validation against a resource's schema file (schema/<resource>.json).

One Schema per resource: the types of its file (the Create request tree from `root`, the Modify
tree from `modify_root` when it has one) plus the built-in request types of its other actions
(ACTION_TYPES). Each action is validated against its own request type, at every depth; messages
name the member's full path, for example `SourceResource.KafkaParam.Resource` or `Tags.0.TagKey`.
Rules the types cannot say (name formats, ranges) are VALUE_RULES, keyed by request type.
"""

import json
import re

from emu_errors import ApiError, invalid_type, invalid_value, missing, unknown

TASK_NAME_RE = re.compile(r'^[A-Za-z][A-Za-z0-9._-]{0,63}$')
TASK_ID_RE = re.compile(r'^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$')
# A DIP topic name: the account's AppId (digits), a dash, then letters, digits and dashes; 128 at most.
TOPIC_NAME_RE = re.compile(r'^[0-9]+-[A-Za-z0-9-]+$')
TOPIC_NAME_MAX = 128
TOPIC_NOTE_MAX = 64

# Type member -> the parameter block the API documentation says is required with each value, per
# object type. Used for a type whose schema file states no `conditions` of its own.
TYPE_BLOCKS = {
    'DatahubResource': {
        'KAFKA': 'KafkaParam', 'EB': 'EventBusParam', 'MONGODB': 'MongoDBParam', 'ES': 'EsParam', 'TDW': 'TdwParam',
        'DTS': 'DtsParam', 'CLICKHOUSE': 'ClickHouseParam', 'CLS': 'ClsParam', 'COS': 'CosParam', 'MYSQL': 'MySQLParam',
        'POSTGRESQL': 'PostgreSQLParam', 'TDSQL_C_POSTGRESQL': 'PostgreSQLParam', 'TOPIC': 'TopicParam',
        'MARIADB': 'MariaDBParam', 'SQLSERVER': 'SQLServerParam', 'CTSDB': 'CtsdbParam', 'SCF': 'ScfParam', 'MQTT': 'MqttParam',
    },
    'CreateConnectResourceRequest': {
        'DTS': 'DtsConnectParam', 'MONGODB': 'MongoDBConnectParam', 'ES': 'EsConnectParam',
        'CLICKHOUSE': 'ClickHouseConnectParam', 'MYSQL': 'MySQLConnectParam', 'TDSQL_C_MYSQL': 'MySQLConnectParam',
        'POSTGRESQL': 'PostgreSQLConnectParam', 'TDSQL_C_POSTGRESQL': 'PostgreSQLConnectParam',
        'MARIADB': 'MariaDBConnectParam', 'SQLSERVER': 'SQLServerConnectParam', 'DORIS': 'DorisConnectParam',
        'KAFKA': 'KafkaConnectParam', 'MQTT': 'MqttConnectParam', 'ICEBERG': 'IcebergConnectParam',
    },
}
TYPE_PARAM_BLOCKS = TYPE_BLOCKS['DatahubResource']
CONNECT_TYPE_BLOCKS = TYPE_BLOCKS['CreateConnectResourceRequest']

_TYPE_NAMES = {'str': 'String', 'int': 'Integer', 'bool': 'Boolean', 'float': 'Float', 'dict': 'Object', 'list': 'Array'}
_UNSIGNED = ('uint64', 'uint32', 'uint16', 'uint8', 'uint')


def _type_ok(value, kind):
    if kind == 'str':
        return isinstance(value, str)
    if kind == 'int':
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == 'bool':
        return isinstance(value, bool)
    if kind == 'float':
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == 'dict':
        return isinstance(value, dict)
    if kind == 'list':
        return isinstance(value, list)
    return True


def _join(path, name):
    return '%s.%s' % (path, name) if path else str(name)


def _member(api_name, kind, required=False, **extra):
    spec = {'api_name': api_name, 'type': kind, 'required': required, 'elements': None, 'ref': None,
            'choices': None, 'no_log': False, 'deprecated': False, 'service_filled': False,
            'api_type': {'str': 'string', 'bool': 'bool', 'list': 'list'}.get(kind)}
    spec.update(extra)
    return spec


# The request parameters of every action that is not a Create or Modify tree of a schema file (from
# the API reference, in the schema file's format). A test checks them against tccli's api.json.
ACTION_TYPES = {
    'DescribeDatahubTaskRequest': [_member('TaskId', 'str', True)],
    'DeleteDatahubTaskRequest': [_member('TaskId', 'str', True)],
    'PauseDatahubTaskRequest': [_member('TaskId', 'str', True)],
    'ResumeDatahubTaskRequest': [_member('TaskId', 'str', True)],
    'RestartDatahubTaskRequest': [_member('TaskId', 'str', True)],
    'DescribeDatahubTasksRequest': [
        _member('Limit', 'int', api_type='int64', minimum=1),
        _member('Offset', 'int', api_type='int64', minimum=0),
        _member('SearchWord', 'str'),
        _member('TargetType', 'str'),
        _member('TaskType', 'str', choices=['SOURCE', 'SINK']),
        _member('SourceType', 'str'),
        _member('Resource', 'str'),
    ],
    'ModifyDatahubTaskRequest': [
        _member('TaskId', 'str', True),
        _member('TaskName', 'str'),
        _member('Description', 'str'),
        _member('TasksMax', 'int', api_type='int64', minimum=1),
        _member('SyncThrottleLimit', 'int', api_type='int64', minimum=0),
        _member('AutoExpandFlag', 'bool'),
    ],
    'DescribeConnectResourceRequest': [_member('ResourceId', 'str', True)],
    'DeleteConnectResourceRequest': [_member('ResourceId', 'str', True)],
    'DescribeConnectResourcesRequest': [
        _member('Type', 'str'),
        _member('SearchWord', 'str'),
        _member('Offset', 'int', api_type='int64', minimum=0),
        _member('Limit', 'int', api_type='int64', minimum=1),
        _member('ResourceRegion', 'str'),
    ],
    'DescribeDatahubTopicRequest': [_member('Name', 'str', True)],
    'DeleteDatahubTopicRequest': [_member('Name', 'str', True)],
    'DescribeDatahubTopicsRequest': [
        _member('SearchWord', 'str'),
        _member('Offset', 'int', api_type='uint64'),
        _member('Limit', 'int', api_type='uint64', minimum=1, maximum=100),
        _member('QueryFromConnectResource', 'bool'),
        _member('ConnectResourceId', 'str'),
        _member('TopicRegularExpression', 'str'),
    ],
    'ModifyDatahubTopicRequest': [
        _member('Name', 'str', True),
        _member('RetentionMs', 'int', True, api_type='int64', minimum=60000),
        _member('Note', 'str'),
        _member('Tags', 'list', elements='dict', ref='Tag'),
    ],
    # The sync actions beside the root of schema/datahub_sync_task.json (emu_sync.py).
    'CreateMetaSyncDatahubTaskRequest': [
        _member('TaskName', 'str', True),
        _member('SourceResourceId', 'str', True),
        _member('TargetResourceId', 'str', True),
        _member('Description', 'str'),
        _member('Tags', 'list', elements='dict', ref='Tag'),
    ],
    'CreateMetaDataAndOffsetSyncDatahubTaskRequest': [
        _member('TaskName', 'str', True),
        _member('SourceResourceId', 'str', True),
        _member('TargetResourceId', 'str', True),
        _member('Description', 'str'),
        _member('OffsetType', 'str', choices=['earliest', 'latest']),
        _member('TopicRegularExpression', 'str'),
        _member('TopicList', 'list', elements='str', ref='string'),
        _member('Prefix', 'str'),
        _member('Separator', 'str', choices=['.', '-', '_']),
        _member('Tags', 'list', elements='dict', ref='Tag'),
    ],
    # The messages and consumer groups of DIP topics (emu_messages.py); group offsets come in pages of 50 at most.
    'DescribeDatahubGroupOffsetsRequest': [
        _member('Name', 'str', True),
        _member('Group', 'str', True),
        _member('SearchWord', 'str'),
        _member('Offset', 'int', api_type='int64', minimum=0),
        _member('Limit', 'int', api_type='int64', minimum=1, maximum=50),
    ],
    'FetchLatestDatahubMessageListRequest': [
        _member('Name', 'str', True),
        _member('Partition', 'int', True, api_type='int64', minimum=0),
        _member('Offset', 'int', api_type='int64', minimum=0),
        _member('MessageCount', 'int', api_type='int64', minimum=1, maximum=100),
    ],
    'FetchDatahubMessageByOffsetRequest': [
        _member('Name', 'str', True),
        _member('Partition', 'int', True, api_type='int64', minimum=0),
        _member('Offset', 'int', True, api_type='int64', minimum=0),
    ],
}


# ---- value rules: what a member's type cannot say -------------------------------------------------

def _task_name(value, path, unused_params):
    if not TASK_NAME_RE.match(value):
        raise invalid_value(path, 'a task name starts with a letter, holds only letters, digits, `-`, `.` and `_`, '
                                  'and has at most 64 characters.')


def _task_id(value, path, unused_params):
    if not TASK_ID_RE.match(value):
        raise invalid_value(path, 'a task id holds only letters, digits, `-`, `.` and `_` (at most 128).')


def _topic_name(value, path, unused_params):
    if len(value) > TOPIC_NAME_MAX or not TOPIC_NAME_RE.match(value):
        raise invalid_value(path, 'a DIP topic name starts with the AppId and a dash (for example `1250000000-orders`), '
                                  'holds only letters, digits and `-`, and has at most %d characters.' % TOPIC_NAME_MAX)


def _between(low, high):
    def check(value, path, unused_params):
        if value < low or (high is not None and value > high):
            raise invalid_value(path, 'must be at least %d.' % low if high is None else 'must be from %d to %d.' % (low, high))
    return check


def _at_most(length):
    def check(value, path, unused_params):
        if len(value) > length:
            raise invalid_value(path, 'must have at most %d characters.' % length)
    return check


def _connect_type(value, path, unused_params):
    if value not in CONNECT_TYPE_BLOCKS:
        raise invalid_value(path, '`%s` is not one of %s.' % (value, ', '.join(sorted(CONNECT_TYPE_BLOCKS))))


# request type -> [(member, check(value, path, params))]; a check runs when the member is set.
VALUE_RULES = {
    'CreateDatahubTaskRequest': [('TaskName', _task_name), ('TaskId', _task_id)],
    'ModifyDatahubTaskRequest': [('TaskName', _task_name)],
    'CreateConnectResourceRequest': [('Type', _connect_type)],
    'CreateDatahubTopicRequest': [('Name', _topic_name), ('PartitionNum', _between(1, 500)),
                                  ('RetentionMs', _between(60000, None)), ('Note', _at_most(TOPIC_NOTE_MAX))],
    'ModifyDatahubTopicRequest': [('Note', _at_most(TOPIC_NOTE_MAX))],
}


class Schema:
    """One resource's schema file plus the built-in request types of its other actions."""

    def __init__(self, data, name=None, path=None):
        self.data = data
        self.path = path
        self.root = data.get('root', 'CreateDatahubTaskRequest')
        self.modify_root = data.get('modify_root')
        self.name = name
        self.types = {}
        for type_name, spec in data.get('types', {}).items():
            self.types[type_name] = {m['api_name']: m for m in spec.get('members', [])}
        # The built-in types win over a schema file's Modify tree of the same name: they carry the
        # API's ranges (TasksMax at least 1), which a schema file does not state.
        for type_name, members in ACTION_TYPES.items():
            self.types[type_name] = {m['api_name']: m for m in members}
        self.conditions = [rule for rule in data.get('conditions') or [] if isinstance(rule, dict)]
        stated = {rule.get('type') for rule in self.conditions}
        for type_name, blocks in TYPE_BLOCKS.items():
            if type_name in self.types and type_name not in stated:
                self.conditions.extend({'type': type_name, 'when': [{'member': 'Type', 'in': [value]}], 'require': [block]}
                                       for value, block in blocks.items() if block in self.types[type_name])

    @classmethod
    def load(cls, path, name=None):
        with open(path, 'r', encoding='utf-8') as handle:
            return cls(json.load(handle), name, path)

    def members(self, type_name):
        return self.types.get(type_name, {})

    # ---- validation -------------------------------------------------------------------------

    def validate_request(self, action, params, type_name=None):
        """Validate the parameters of action against its request type (default: `<action>Request`)."""
        type_name = type_name or action + 'Request'
        if type_name not in self.types:
            raise ApiError('InternalError', 'The emulator has no request schema for %s.' % action)
        self.validate_object(params, type_name, '')
        for member, check in VALUE_RULES.get(type_name, ()):
            if params.get(member) is not None:
                check(params[member], member, params)
        if type_name in (self.root, self.modify_root):
            self._check_conditions(params, type_name)

    def validate_object(self, value, type_name, path):
        if not isinstance(value, dict):
            raise invalid_type(path or 'request body', 'Object')
        members = self.members(type_name)
        for key in value:
            if key not in members:
                raise unknown(_join(path, key))
        for name, spec in members.items():
            item = value.get(name)
            member_path = _join(path, name)
            if item is None:
                if spec.get('required'):
                    raise missing(member_path)
                continue
            self._validate_value(item, spec, spec.get('type'), member_path)

    def _validate_value(self, item, spec, kind, path, element=False):
        if not _type_ok(item, kind):
            raise invalid_type(path, _TYPE_NAMES.get(kind, kind))
        if kind == 'dict':
            if spec.get('ref'):
                self.validate_object(item, spec['ref'], path)
            return
        if kind == 'list':
            if element:
                return
            elements = spec.get('elements')
            for index, sub in enumerate(item):
                sub_path = _join(path, index)
                if sub is None:
                    raise invalid_type(sub_path, _TYPE_NAMES.get(elements, elements))
                if elements:
                    self._validate_value(sub, spec, elements, sub_path, element=True)
            return
        choices = spec.get('choices')
        if choices and item not in choices:
            raise invalid_value(path, '`%s` is not one of %s.' % (item, ', '.join(str(c) for c in choices)))
        if kind == 'int':
            if item in (spec.get('special') or ()):
                return  # a value the reference gives a meaning outside the range (-1: no limit)
            if spec.get('api_type') in _UNSIGNED and item < 0:
                raise invalid_value(path, 'must not be negative.')
            if spec.get('minimum') is not None and item < spec['minimum']:
                raise invalid_value(path, 'must be at least %d.' % spec['minimum'])
            if spec.get('maximum') is not None and item > spec['maximum']:
                raise invalid_value(path, 'must be at most %d.' % spec['maximum'])

    @staticmethod
    def check_task_name(name, path):
        _task_name(name, path, None)

    def _check_conditions(self, params, root):
        """Rules of the schema file's "conditions" section (format in docs/architecture.md).

        A rule applies to every object of its `type` anywhere in the request; when all its `when`
        clauses hold, each member of `require` must be set (not null and not an empty list).
        """
        for obj, type_name, path in self._objects(params, root, ''):
            for rule in self.conditions:
                if rule.get('type') != type_name:
                    continue
                clauses = rule.get('when') or []
                if isinstance(clauses, dict):
                    clauses = [clauses]
                if not all(_clause_holds(obj, clause) for clause in clauses):
                    continue
                for needed in rule.get('require') or []:
                    value = obj.get(needed)
                    if value is None or value == []:
                        reason = ' and '.join('`%s` is %s' % (_join(path, c.get('member')), _show(obj.get(c.get('member'))))
                                              for c in clauses)
                        raise ApiError('MissingParameter', 'The request is missing a required parameter `%s` (required when %s).'
                                       % (_join(path, needed), reason or 'always'))

    def _objects(self, value, type_name, path):
        yield value, type_name, path
        for name, spec in self.members(type_name).items():
            item = value.get(name)
            if item is None or not spec.get('ref'):
                continue
            if spec.get('type') == 'dict' and isinstance(item, dict):
                yield from self._objects(item, spec['ref'], _join(path, name))
            elif spec.get('type') == 'list' and isinstance(item, list):
                for index, sub in enumerate(item):
                    if isinstance(sub, dict):
                        yield from self._objects(sub, spec['ref'], _join(path, '%s.%d' % (name, index)))

    # ---- secrets ----------------------------------------------------------------------------

    def mask(self, value, type_name, replacement='********'):
        """A copy of value with every no_log member (and any member named like a secret) replaced."""
        return self._redact(value, type_name, replacement)

    def _redact(self, value, type_name, replacement):
        if isinstance(value, list):
            return [self._redact(v, type_name, replacement) for v in value]
        if not isinstance(value, dict):
            return value
        members = self.members(type_name) if type_name else {}
        result = {}
        for key, item in value.items():
            spec = members.get(key)
            if item is not None and (spec and spec.get('no_log') or looks_secret(key)):
                result[key] = replacement
            else:
                result[key] = self._redact(item, spec.get('ref') if spec else None, replacement)
        return result


def _json_equal(left, right):
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    return left == right


def _clause_holds(obj, clause):
    value = obj.get(clause.get('member'))
    if 'in' in clause:
        return value is not None and any(_json_equal(value, v) for v in clause['in'])
    if 'not_in' in clause:
        return value is None or not any(_json_equal(value, v) for v in clause['not_in'])
    return False


def _show(value):
    return json.dumps(value) if not isinstance(value, str) else value


# Iceberg's Kerberos files (KeyTabContent, KRB5ConfContent) are secrets too.
_SECRET_WORDS = ('password', 'secret', 'passwd', 'keytab', 'krb5')


def looks_secret(name):
    lower = str(name).lower()
    return any(word in lower for word in _SECRET_WORDS) or lower in ('token', 'secretkey')
