#!/usr/bin/env python
# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Create or refresh the structure of schema/<resource>.json from tccli's api.json.

The structure (types, members, API names, option names, types, required and deprecated flags)
comes from the API schema shipped in the tccli package: every type reachable from the resource's
Create request ("root") and, when the resource has one, from its Modify request ("modify_root",
for a Modify request whose members have types of their own). Kept from the existing file: the
hand-written fields of members that still exist (description, choices, no_log, service_filled, minimum, maximum),
type descriptions, and every other top-level key (conditions, ...). New members get an empty
description (listed as "no description yet") and no_log when their API name looks like a secret.

Usage:
  tools/import_api_schema.py RESOURCE [--output PATH] [--check]
  tools/import_api_schema.py NEW_RESOURCE --root CreateXRequest [--modify-root ModifyXRequest]

  --output PATH   the schema file to refresh and write (default: schema/RESOURCE.json of this
                  checkout), for example /work/wt/connect/schema/connect_resource.json. An existing
                  file at PATH is where the hand-kept fields are read from.
  --check         write nothing; exit 1 when the file would change.

Known resources: datahub_task, connect_resource, datahub_topic (their roots are built in). For
any other resource give --root (and --modify-root) once; later runs read them from the file.
The tool refuses recursion in the type graph and two members of one type with one option name.
"""

from __future__ import absolute_import, division, print_function

import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
API_VERSION = '2019-08-19'

# resource -> (Create request type, Modify request type or None when Modify needs no types of its own)
RESOURCES = {
    'datahub_task': ('CreateDatahubTaskRequest', 'ModifyDatahubTaskRequest'),
    'connect_resource': ('CreateConnectResourceRequest', 'ModifyConnectResourceRequest'),
    'datahub_topic': ('CreateDatahubTopicRequest', 'ModifyDatahubTopicRequest'),
}

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

HAND_WRITTEN = ('choices', 'no_log', 'service_filled', 'description', 'minimum', 'maximum')

# The same rule as tests/unit/test_schema_drift.py: such members must be no_log.
SECRET_NAME = re.compile(r'pass(?!ive)|secret|token', re.I)

_SNAKE_1 = re.compile(r'(?<=[a-z0-9])(?=[A-Z])')
_SNAKE_2 = re.compile(r'(?<=[A-Z])(?=[A-Z][a-z])')


def snake_case(name):
    """The option naming rule of docs/architecture.md."""
    return _SNAKE_2.sub('_', _SNAKE_1.sub('_', name)).lower()


def default_api_json():
    import tccli  # pylint: disable=import-outside-toplevel
    return os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'api.json')


def default_schema_path(resource):
    return os.path.join(ROOT, 'schema', '%s.json' % resource)


def load_api(path=None):
    with open(path or default_api_json(), encoding='utf-8') as handle:
        return json.load(handle)


def walk_types(objects, root, order=None):
    """Types reachable from root, breadth first in API member order, appended to order. Raises on recursion."""
    order = [] if order is None else order
    if root not in objects:
        raise ValueError('%s is not a type of the API schema' % root)
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
        'no_log': bool(SECRET_NAME.search(api_member['name'])),
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


def roots_of(resource, old, root=None, modify_root=None):
    """(root, modify_root): the command line first, then the existing file, then the built-in table."""
    known_root, known_modify = RESOURCES.get(resource, (None, None))
    root = root or old.get('root') or known_root
    if not root:
        raise ValueError('%s is a new resource: give --root (its Create request type)' % resource)
    if modify_root is None:
        modify_root = old.get('modify_root', known_modify)
    return root, modify_root or None


def build(api, old=None, resource='datahub_task', root=None, modify_root=None):
    """The schema of resource from api, keeping the hand-kept parts of old."""
    objects = api['objects']
    old = old or {}
    root, modify_root = roots_of(resource, old, root, modify_root)
    order = walk_types(objects, root)
    if modify_root:
        walk_types(objects, modify_root, order)
    old_types = old.get('types', {})
    types = {}
    for type_name in order:
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
    result = {'api_version': API_VERSION, 'root': root}
    if modify_root:
        result['modify_root'] = modify_root
    for key, value in old.items():
        if key not in ('api_version', 'root', 'modify_root', 'types'):
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


def dropped_members(old, schema):
    """type.member of old that the API no longer has (their hand-kept fields are gone)."""
    new = set((t, m['api_name']) for t, d in schema['types'].items() for m in d['members'])
    return ['%s.%s' % (t, m['api_name']) for t, d in (old or {}).get('types', {}).items()
            for m in d['members'] if (t, m['api_name']) not in new]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                     usage=argparse.SUPPRESS)
    parser.add_argument('resource', nargs='?', default='datahub_task',
                        help='resource name: %s, or a new one with --root' % ', '.join(sorted(RESOURCES)))
    parser.add_argument('--output', '-o', metavar='PATH', default=None,
                        help='schema file to refresh and write; hand-kept fields are read from it when it exists '
                             '(default: schema/RESOURCE.json of this checkout)')
    parser.add_argument('--root', default=None, help='Create request type of a new resource, for example CreateXRequest')
    parser.add_argument('--modify-root', default=None,
                        help='Modify request type, when its members have types of their own (ModifyConnectResourceRequest)')
    parser.add_argument('--api', default=None, help="tccli's api.json (default: located through import tccli)")
    parser.add_argument('--check', action='store_true', help='write nothing, exit 1 when the file would change')
    args = parser.parse_args(argv)
    output = args.output or default_schema_path(args.resource)

    api = load_api(args.api)
    old = None
    old_text = None
    if os.path.exists(output):
        with open(output, encoding='utf-8') as handle:
            old_text = handle.read()
        old = json.loads(old_text)
    schema = build(api, old, args.resource, args.root, args.modify_root)
    text = dump(schema)
    count = sum(len(t['members']) for t in schema['types'].values())
    print('%s: %d types, %d members' % (args.resource, len(schema['types']), count))
    for name in dropped_members(old, schema):
        print('no longer in the API (dropped): %s' % name)
    for name in missing_descriptions(schema):
        print('no description yet: %s' % name)
    if args.check:
        if text != old_text:
            print('%s is out of date with the API schema' % output)
            return 1
        return 0
    if text != old_text:
        os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
        with open(output, 'w', encoding='utf-8') as handle:
            handle.write(text)
        print('wrote %s' % output)
    return 0


if __name__ == '__main__':
    sys.exit(main())
