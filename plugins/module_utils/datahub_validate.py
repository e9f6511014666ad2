# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Conditional rules of the DIP task parameters, checked before any API call.

Ansible's argument validation already refuses unknown keys, wrong types, values outside
choices and missing nested required options. The rules here are those the API states in
prose ("required when ..."): they come from the `conditions` section of
schema/datahub_task.json through the generated CONDITIONS. A few checks Ansible cannot make
are here too: a required nested option given as null, a negative value of an unsigned API
member, and the form of the task name and task ID.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import re

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_task_schema import (
    CONDITIONS,
    PATH_TYPES,
    REQUIRED_FOR_CREATE,
    TYPES,
)


# TaskName: starts with a letter; letters, digits, '-', '.' and '_'; at most 64 characters (API documentation).
TASK_NAME_RE = re.compile(r'^[A-Za-z][A-Za-z0-9._-]{0,63}$')
# TaskId: letters, digits, '-', '.' and '_', at most 128 characters (IDs look like task-abcd1234).
TASK_ID_RE = re.compile(r'^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$')


# Required string members where an empty string is a meaningful value (replace by nothing, match nothing).
# For every other required string member an empty string is refused: Ansible turns an explicit null
# given for a string option into "", so this is also how a null required member shows.
EMPTY_ALLOWED = frozenset([
    ('ReplaceParam', 'new_value'),
    ('RegexReplaceParam', 'new_value'),
    ('JsonPathReplaceParam', 'new_value'),
    ('FilterMapParam', 'value'),
])


def _rules_by_type():
    rules = {}
    for rule in CONDITIONS:
        rules.setdefault(rule['type'], []).append(rule)
    return rules


RULES_BY_TYPE = _rules_by_type()


def _join(prefix, name):
    return prefix + '.' + name if prefix else name


def _show(value):
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    return str(value)


def _is_set(value):
    return value is not None and value != []


def _clause_holds(obj, clause):
    option, operator, values = clause
    value = obj.get(option)
    inside = value is not None and any(value == v and type(value) is type(v) for v in values)
    if operator == 'in':
        return inside
    return not inside


def _clause_text(obj, clause, path):
    option, operator, values = clause
    name = _join(path, option)
    if operator == 'in':
        return '%s is %s' % (name, _show(obj.get(option)))
    if len(values) == 1:
        return '%s is not %s' % (name, _show(values[0]))
    return '%s is not one of %s' % (name, ', '.join(_show(v) for v in values))


def _check_object(obj, type_name, path, errors):
    for rule in RULES_BY_TYPE.get(type_name, ()):
        if not all(_clause_holds(obj, clause) for clause in rule['when']):
            continue
        for option in rule['require']:
            if not _is_set(obj.get(option)):
                reason = ' and '.join(_clause_text(obj, clause, path) for clause in rule['when'])
                errors.append('%s, so %s is required' % (reason, _join(path, option)))


def _check_members(obj, type_name, path, errors):
    for option, member in TYPES.get(type_name, {}).items():
        value = obj.get(option)
        if value is None:
            # Ansible refuses a missing required option, but lets an explicit null through
            if member.get('required') and path and option in obj:
                errors.append('%s is required when %s is given' % (_join(path, option), path))
            continue
        if value == '' and member.get('required') and member['type'] == 'str' and path and (type_name, option) not in EMPTY_ALLOWED:
            errors.append('%s must not be empty' % _join(path, option))
        if member.get('unsigned'):
            values = value if isinstance(value, list) else [value]
            for item in values:
                if isinstance(item, int) and not isinstance(item, bool) and item < 0:
                    errors.append('%s must not be negative (it is %d)' % (_join(path, option), item))


def _walk(obj, index_free, path, errors):
    type_name = PATH_TYPES.get(index_free)
    if type_name is None or not isinstance(obj, dict):
        return
    _check_members(obj, type_name, path, errors)
    _check_object(obj, type_name, path, errors)
    for option, member in TYPES.get(type_name, {}).items():
        if not member.get('ref'):
            continue
        value = obj.get(option)
        child_free = _join(index_free, option)
        child = _join(path, option)
        if isinstance(value, dict):
            _walk(value, child_free, child, errors)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                _walk(item, child_free, '%s[%d]' % (child, index), errors)


def validate_task_params(params, creating=False):
    """Return the list of error messages for the task options in params (empty when valid).

    Each message names the options with their full paths, for example
    "source_resource.type is KAFKA, so source_resource.kafka_param is required".
    With creating=True the options CreateDatahubTask needs (task_name, task_type) are checked too.
    """
    params = params or {}
    errors = []
    if creating:
        for option in REQUIRED_FOR_CREATE:
            if params.get(option) in (None, ''):
                errors.append('%s is required to create a task' % option)
    name = params.get('task_name')
    if isinstance(name, str) and name and not TASK_NAME_RE.match(name):
        errors.append('task_name must start with a letter, hold only letters, digits, "-", "." and "_", '
                      'and have at most 64 characters (it is %r)' % name)
    task_id = params.get('task_id')
    if isinstance(task_id, str) and not TASK_ID_RE.match(task_id):
        errors.append('task_id must hold only letters, digits, "-", "." and "_", start with a letter or digit, '
                      'and have 1 to 128 characters (it is %r)' % task_id)
    _walk(params, '', '', errors)
    return errors
