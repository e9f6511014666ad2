# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Request validation against the project's schema file (schema/datahub_task.json).

Every depth is checked; messages name the member's full path, for example
`SourceResource.KafkaParam.Resource` or `Tags.0.TagKey`.
"""

import json
import re

from emu_errors import ApiError, invalid_type, invalid_value, missing, unknown

TASK_NAME_RE = re.compile(r'^[A-Za-z][A-Za-z0-9._-]{0,63}$')
TASK_ID_RE = re.compile(r'^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$')

# DatahubResource.Type -> the parameter block the API documentation says is required with it.
TYPE_PARAM_BLOCKS = {
    'KAFKA': 'KafkaParam',
    'EB': 'EventBusParam',
    'MONGODB': 'MongoDBParam',
    'ES': 'EsParam',
    'TDW': 'TdwParam',
    'DTS': 'DtsParam',
    'CLICKHOUSE': 'ClickHouseParam',
    'CLS': 'ClsParam',
    'COS': 'CosParam',
    'MYSQL': 'MySQLParam',
    'POSTGRESQL': 'PostgreSQLParam',
    'TDSQL_C_POSTGRESQL': 'PostgreSQLParam',
    'TOPIC': 'TopicParam',
    'MARIADB': 'MariaDBParam',
    'SQLSERVER': 'SQLServerParam',
    'CTSDB': 'CtsdbParam',
    'SCF': 'ScfParam',
    'MQTT': 'MqttParam',
}

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
            'choices': None, 'no_log': False, 'deprecated': False, 'service_filled': False, 'api_type': None}
    spec.update(extra)
    return spec


# The other actions' request parameters (from the API reference), in the schema file's format.
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
}


class Schema:
    """The loaded schema file plus the built-in request types of the other actions."""

    def __init__(self, data):
        self.data = data
        self.root = data.get('root', 'CreateDatahubTaskRequest')
        self.types = {}
        for name, spec in data.get('types', {}).items():
            self.types[name] = {m['api_name']: m for m in spec.get('members', [])}
        for name, members in ACTION_TYPES.items():
            self.types.setdefault(name, {m['api_name']: m for m in members})
        self.conditions = data.get('conditions') or []

    @classmethod
    def load(cls, path):
        with open(path, 'r', encoding='utf-8') as handle:
            return cls(json.load(handle))

    def members(self, type_name):
        return self.types.get(type_name, {})

    # ---- validation -------------------------------------------------------------------------

    def validate_request(self, action, params):
        type_name = self.root if action == 'CreateDatahubTask' else action + 'Request'
        if type_name not in self.types:
            raise ApiError('InternalError', 'The emulator has no request schema for %s.' % action)
        self.validate_object(params, type_name, '')
        if action == 'CreateDatahubTask':
            self._check_create(params)
        elif action == 'ModifyDatahubTask' and params.get('TaskName') is not None:
            self.check_task_name(params['TaskName'], 'TaskName')

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
            if spec.get('api_type') in _UNSIGNED and item < 0:
                raise invalid_value(path, 'must not be negative.')
            if spec.get('minimum') is not None and item < spec['minimum']:
                raise invalid_value(path, 'must be at least %d.' % spec['minimum'])

    @staticmethod
    def check_task_name(name, path):
        if not TASK_NAME_RE.match(name):
            raise invalid_value(path, 'a task name starts with a letter, holds only letters, digits, `-`, `.` and `_`, '
                                      'and has at most 64 characters.')

    def _check_create(self, params):
        self.check_task_name(params['TaskName'], 'TaskName')
        task_id = params.get('TaskId')
        if task_id is not None and not TASK_ID_RE.match(task_id):
            raise invalid_value('TaskId', 'a task id holds only letters, digits, `-`, `.` and `_` (at most 128).')
        if self.conditions:
            self._check_conditions(params)
        else:
            for side in ('SourceResource', 'TargetResource'):
                resource = params.get(side)
                if isinstance(resource, dict):
                    self._check_resource(resource, side)

    def _check_resource(self, resource, path):
        block = TYPE_PARAM_BLOCKS.get(resource.get('Type'))
        if block and block in self.members('DatahubResource') and resource.get(block) is None:
            raise ApiError('MissingParameter', 'The request is missing a required parameter `%s.%s` (required when `%s.Type` is %s).'
                           % (path, block, path, resource.get('Type')))

    def _check_conditions(self, params):
        """Rules of the schema file's "conditions" section (format in docs/architecture.md).

        A rule applies to every object of its `type` anywhere in the request; when all its `when`
        clauses hold, each member of `require` must be set (not null and not an empty list).
        """
        for obj, type_name, path in self._objects(params, self.root, ''):
            for rule in self.conditions:
                if not isinstance(rule, dict) or rule.get('type') != type_name:
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


def looks_secret(name):
    lower = str(name).lower()
    return 'password' in lower or 'secret' in lower or 'passwd' in lower or lower in ('token', 'secretkey')
