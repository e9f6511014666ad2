#!/usr/bin/env python
# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Create or refresh the structure of schema/datahub_task.json from tccli's api.json.

The structure (types, members, API names, option names, types, required and
deprecated flags) comes from the API schema shipped in the ``tccli`` package.
The hand-written fields (descriptions, choices, no_log, service_filled) and every
top-level key other than the structure (for example ``conditions``) are kept
from the existing file.

Usage: .venv/bin/python tools/import_api_schema.py [--api PATH] [--schema PATH] [--check]

With ``--check`` nothing is written; the exit code is 1 when the file would change.
The tool also refuses recursion in the type graph and two members of one type
that map to the same option name.
"""

from __future__ import absolute_import, division, print_function

import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SCHEMA = os.path.join(ROOT, 'schema', 'datahub_task.json')
ROOT_TYPE = 'CreateDatahubTaskRequest'
API_VERSION = '2019-08-19'

# API member type -> Ansible option type
SCALAR_TYPES = {
    'string': 'str',
    'int64': 'int',
    'uint64': 'int',
    'int': 'int',
    'integer': 'int',
    'bool': 'bool',
    'boolean': 'bool',
    'float': 'float',
    'double': 'float',
}

HAND_WRITTEN = ('choices', 'no_log', 'service_filled', 'description')

_SNAKE_1 = re.compile(r'(?<=[a-z0-9])(?=[A-Z])')
_SNAKE_2 = re.compile(r'(?<=[A-Z])(?=[A-Z][a-z])')


def snake_case(name):
    """The option naming rule of docs/architecture.md."""
    return _SNAKE_2.sub('_', _SNAKE_1.sub('_', name)).lower()


def default_api_json():
    import tccli  # pylint: disable=import-outside-toplevel
    return os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'api.json')


def load_api(path):
    with open(path, encoding='utf-8') as handle:
        return json.load(handle)


def walk_types(objects, root=ROOT_TYPE):
    """Types reachable from root, breadth first in API member order. Raises on recursion."""
    order = []
    queue = [root]
    while queue:
        name = queue.pop(0)
        if name in order:
            continue
        order.append(name)
        for member in objects[name]['members']:
            if member.get('member') in objects:
                queue.append(member['member'])
    check_recursion(objects, root)
    return order


def check_recursion(objects, root):
    def visit(name, path):
        if name in path:
            raise ValueError('recursion in the type graph: %s' % ' -> '.join(path + [name]))
        for member in objects[name]['members']:
            if member.get('member') in objects:
                visit(member['member'], path + [name])
    visit(root, [])


def convert_member(api_member, objects):
    api_type = api_member['type']
    inner = api_member.get('member')
    entry = {
        'api_name': api_member['name'],
        'option': snake_case(api_member['name']),
        'type': None,
        'api_type': None,
        'elements': None,
        'ref': None,
        'required': bool(api_member.get('required')),
        'choices': None,
        'no_log': False,
        'deprecated': bool(api_member.get('disabled')),
        'service_filled': False,
        'description': '',
    }
    if api_type == 'object':
        entry.update(type='dict', api_type='object', ref=inner)
    elif api_type == 'list':
        entry['type'] = 'list'
        entry['api_type'] = 'list'
        if inner in objects:
            entry.update(elements='dict', ref=inner)
        elif inner in SCALAR_TYPES:
            entry['elements'] = SCALAR_TYPES[inner]
        else:
            raise ValueError('unknown list element type %r of %s' % (inner, api_member['name']))
    else:
        if inner not in SCALAR_TYPES:
            raise ValueError('unknown member type %r of %s' % (inner, api_member['name']))
        entry.update(type=SCALAR_TYPES[inner], api_type=inner)
    return entry


def build(api, old=None):
    objects = api['objects']
    old = old or {}
    old_types = old.get('types', {})
    types = {}
    for type_name in walk_types(objects):
        old_type = old_types.get(type_name, {})
        old_members = dict((m['api_name'], m) for m in old_type.get('members', []))
        members = []
        seen_options = {}
        for api_member in objects[type_name]['members']:
            entry = convert_member(api_member, objects)
            if entry['option'] in seen_options:
                raise ValueError('option name collision in %s: %s and %s both map to %s' % (
                    type_name, seen_options[entry['option']], entry['api_name'], entry['option']))
            seen_options[entry['option']] = entry['api_name']
            previous = old_members.get(entry['api_name'])
            if previous:
                for key in HAND_WRITTEN:
                    if key in previous:
                        entry[key] = previous[key]
            members.append(entry)
        types[type_name] = {
            'description': old_type.get('description', ''),
            'members': members,
        }
    result = {
        'api_version': API_VERSION,
        'root': ROOT_TYPE,
    }
    for key, value in old.items():
        if key not in ('api_version', 'root', 'types'):
            result[key] = value
    result['types'] = types
    return result


def dump(schema):
    return json.dumps(schema, indent=2, ensure_ascii=True) + '\n'


def missing_descriptions(schema):
    missing = []
    for type_name, type_def in schema['types'].items():
        if not type_def.get('description'):
            missing.append(type_name)
        for member in type_def['members']:
            if not member.get('description'):
                missing.append('%s.%s' % (type_name, member['api_name']))
    return missing


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--api', default=None, help="tccli's api.json (default: located through import tccli)")
    parser.add_argument('--schema', default=DEFAULT_SCHEMA)
    parser.add_argument('--check', action='store_true', help='write nothing, exit 1 when the file would change')
    args = parser.parse_args(argv)

    api = load_api(args.api or default_api_json())
    old = None
    old_text = None
    if os.path.exists(args.schema):
        with open(args.schema, encoding='utf-8') as handle:
            old_text = handle.read()
        old = json.loads(old_text)
    schema = build(api, old)
    text = dump(schema)
    count = sum(len(t['members']) for t in schema['types'].values())
    print('%d types, %d members' % (len(schema['types']), count))
    for name in missing_descriptions(schema):
        print('no description yet: %s' % name)
    if args.check:
        if text != old_text:
            print('%s is out of date with the API schema' % args.schema)
            return 1
        return 0
    if text != old_text:
        with open(args.schema, 'w', encoding='utf-8') as handle:
            handle.write(text)
        print('wrote %s' % args.schema)
    return 0


if __name__ == '__main__':
    sys.exit(main())
