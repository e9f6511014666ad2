# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/datahub_topic.json.
# Run `make generate` after changing the schema.

"""Argument spec, option/API name trees and per-type data of the CreateDatahubTopic parameters.

Every object is derived from schema/datahub_topic.json by tools/generate.py. The large objects are
stored as one compact JSON string: AnsiballZ compiles this file from source on every module run, and
loading JSON is much cheaper than compiling the same data as Python literals.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json

API_VERSION = '2019-08-19'
ROOT_TYPE = 'CreateDatahubTopicRequest'

# Options CreateDatahubTopic needs; not marked required in the spec because state=absent may need none.
REQUIRED_FOR_CREATE = ('name', 'partition_num', 'retention_ms')

# API members the API marks deprecated: (type, API name). They get no option.
DEPRECATED_MEMBERS = ()


def _linker(tables, link):
    """type name -> its table with every reference to a type linked, built once per type and shared."""
    built = {}

    def build(type_name):
        if type_name not in built:
            built[type_name] = dict((key, link(entry, build)) for key, entry in tables[type_name].items())
        return built[type_name]
    return build


def _spec_entry(entry, build):
    """An argument spec entry whose 'options' names a type -> the entry with that type's spec."""
    return dict(entry, options=build(entry['options'])) if 'options' in entry else entry


def _name_entry(entry, build):
    """[api name, type or null] -> (api name, that type's name tree or None)."""
    return entry[0], None if entry[1] is None else build(entry[1])


def _reverse(tree, done=None):
    """{option: (api name, subtree)} -> {api name: (option, reversed subtree)}; a shared subtree is reversed once."""
    done = {} if done is None else done
    if id(tree) not in done:
        done[id(tree)] = dict((name, (key, None if sub is None else _reverse(sub, done))) for key, (name, sub) in tree.items())
    return done[id(tree)]


def _condition(rule):
    return {
        'type': rule['type'],
        'when': tuple((option, operator, tuple(values)) for option, operator, values in rule['when']),
        'require': tuple(rule['require']),
    }


# SPECS, NAMES, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS, in JSON.
_DATA = json.loads(
    '{"SPECS":{"CreateDatahubTopicRequest":{"name":{"type":"str"},"partition_num":{"type":"int"},"retention_ms":{"type":"int"},"note":{"type":"str"},'
    '"tags":{"type":"list","elements":"dict","options":"Tag"}},"Tag":{"tag_key":{"type":"str","required":true,"no_log":false},"tag_value":{"type":"str",'
    '"required":true}}},"NAMES":{"CreateDatahubTopicRequest":{"name":["Name",null],"partition_num":["PartitionNum",null],"retention_ms":["RetentionMs",null],'
    '"note":["Note",null],"tags":["Tags","Tag"]},"Tag":{"tag_key":["TagKey",null],"tag_value":["TagValue",null]}},"PATH_TYPES":{"":"CreateDatahubTopicRequest",'
    '"tags":"Tag"},"SERVICE_FILLED_PATHS":[],"NO_LOG_PATHS":[],"TYPES":{"CreateDatahubTopicRequest":{"name":{"api_name":"Name","type":"str","required":true},'
    '"partition_num":{"api_name":"PartitionNum","type":"int","required":true},"retention_ms":{"api_name":"RetentionMs","type":"int","required":true},'
    '"note":{"api_name":"Note","type":"str"},"tags":{"api_name":"Tags","type":"list","elements":"dict","ref":"Tag"}},"Tag":{"tag_key":{"api_name":"TagKey",'
    '"type":"str","required":true},"tag_value":{"api_name":"TagValue","type":"str","required":true}}},"CONDITIONS":[]}'
)

_NAMES = _linker(_DATA['NAMES'], _name_entry)

# Argument spec of the CreateDatahubTopic members, to the leaf. Read-only: every place of one object
# type shares one suboptions dict.
PARAMETER_SPEC = _linker(_DATA['SPECS'], _spec_entry)(ROOT_TYPE)

# option -> (API name, subtree or None); a list of objects has the subtree of one element.
API_NAME_TREE = _NAMES(ROOT_TYPE)

# API name -> (option, subtree or None): the reverse of API_NAME_TREE.
OPTION_NAME_TREE = _reverse(API_NAME_TREE)

# Dotted option path (list elements without an index) -> object type of that dict or of its elements.
PATH_TYPES = _DATA['PATH_TYPES']

# Dotted option paths of members the service fills in itself (never compared).
SERVICE_FILLED_PATHS = frozenset(_DATA['SERVICE_FILLED_PATHS'])

# Dotted option paths of secrets (no_log; the service never returns them).
NO_LOG_PATHS = frozenset(_DATA['NO_LOG_PATHS'])

# Per object type: option -> member data (elements, ref, required, no_log, service_filled, unsigned only when set).
TYPES = _DATA['TYPES']

# Conditional rules: in objects of `type`, when every (option, operator, values) clause holds,
# every option of `require` must be set. Operators: in, not_in (see docs/architecture.md).
CONDITIONS = tuple(_condition(rule) for rule in _DATA['CONDITIONS'])

del _DATA, _NAMES
