#!/usr/bin/env python
# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Render the generated files of every resource from its schema/<resource>.json.

For each resource X (every schema/X.json present, or the ones named):

* plugins/module_utils/resources/X/schema.py: argument spec, option/API name trees and per-type data.
* plugins/doc_fragments/X.py: documentation of the same options.
* plugins/modules/X.py, when the resource has a module: the failure keys of its RETURN, between the
  lines FAILURE_BEGIN and FAILURE_END (the rest of the file is the module's own).

Usage:
  tools/generate.py                    # every resource with a schema file (`make generate`)
  tools/generate.py connect_resource   # one resource
  tools/generate.py --check            # write nothing; exit 1 when a generated file is stale
  tools/generate.py X --repo /work/wt/other   # read and write the files of another checkout

The output depends on the schema file only, so it is deterministic. In descriptions, O(name) names
an option relative to the member it describes (a sibling, a suboption of the member, or an option
of an enclosing object); the fragment gets the full path, as validate-modules wants.
"""

from __future__ import absolute_import, division, print_function

import argparse
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_DIR = 'schema'
SCHEMA_OUT = os.path.join('plugins', 'module_utils', 'resources', '%s', 'schema.py')
DOC_OUT = os.path.join('plugins', 'doc_fragments', '%s.py')
MODULE_OUT = os.path.join('plugins', 'modules', '%s.py')
COLLECTION = 'tencentcloud.ckafka'
MAX_LINE = 160
INDENT = '    '

# validate-modules asks for an explicit no_log on options whose name looks like a secret.
NO_LOG_REGEX = re.compile(r'(?:pass(?!ive)|secret|token|key)', re.I)

HEADER = '''# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/%s.json.
# Run `make generate` after changing the schema.
'''

PREAMBLE = '''
from __future__ import absolute_import, division, print_function
__metaclass__ = type
'''


def schema_path(resource, repo=ROOT):
    return os.path.join(repo, SCHEMA_DIR, '%s.json' % resource)


def resources(repo=ROOT):
    """Every resource with a schema file, sorted."""
    directory = os.path.join(repo, SCHEMA_DIR)
    return sorted(name[:-len('.json')] for name in os.listdir(directory) if name.endswith('.json'))


def load_schema(resource='datahub_task', repo=ROOT):
    with open(schema_path(resource, repo), encoding='utf-8') as handle:
        schema = json.load(handle)
    schema.setdefault('resource', resource)
    return schema


def action_of(type_name):
    """CreateDatahubTaskRequest -> CreateDatahubTask."""
    return type_name[:-len('Request')] if type_name.endswith('Request') else type_name


def live_members(schema, type_name):
    return [m for m in schema['types'][type_name]['members'] if not m.get('deprecated')]


# ---------------------------------------------------------------------------
# Python literal rendering


class Raw(object):
    """Text put into the output as it is."""

    def __init__(self, text):
        self.text = text


def _is_flat(value):
    if isinstance(value, dict):
        return all(not isinstance(v, dict) and _is_flat(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return all(not isinstance(v, dict) and _is_flat(v) for v in value)
    return True


def _inline(value):
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, dict):
        return '{' + ', '.join('%r: %s' % (k, _inline(v)) for k, v in value.items()) + '}'
    if isinstance(value, list):
        return '[' + ', '.join(_inline(v) for v in value) + ']'
    if isinstance(value, tuple):
        if len(value) == 1:
            return '(' + _inline(value[0]) + ',)'
        return '(' + ', '.join(_inline(v) for v in value) + ')'
    return repr(value)


def render(value, level=0, prefix=''):
    """Render value at indentation level; prefix is the text before it on its first line."""
    pad = INDENT * level
    if _is_flat(value):
        text = _inline(value)
        if len(pad) + len(prefix) + len(text) + 1 <= MAX_LINE:
            return text
    inner = INDENT * (level + 1)
    if isinstance(value, dict):
        if not value:
            return '{}'
        lines = ['{']
        for key, item in value.items():
            head = '%r: ' % key
            lines.append(inner + head + render(item, level + 1, head) + ',')
        lines.append(pad + '}')
        return '\n'.join(lines)
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str) and isinstance(value[1], dict):
        # (api_name, subtree) node of a name tree: keep the name on the first line
        return '(%r, %s)' % (value[0], render(value[1], level, prefix + '(%r, ' % value[0]))
    if isinstance(value, (list, tuple)):
        opening, closing = ('[', ']') if isinstance(value, list) else ('(', ')')
        lines = [opening]
        for item in value:
            lines.append(inner + render(item, level + 1) + ',')
        lines.append(pad + closing)
        return '\n'.join(lines)
    return _inline(value)


def assign(name, value):
    return '%s = %s\n' % (name, render(value, 0, name + ' = '))


# ---------------------------------------------------------------------------
# Data derived from the schema


def member_spec(schema, member, top_level=False):
    spec = {'type': member['type']}
    if member.get('elements'):
        spec['elements'] = member['elements']
    if member.get('required') and not top_level:
        spec['required'] = True
    if member.get('choices'):
        spec['choices'] = list(member['choices'])
    if member.get('no_log'):
        spec['no_log'] = True
    elif NO_LOG_REGEX.search(member['option']) and member['type'] != 'bool':
        spec['no_log'] = False
    if member.get('ref'):
        spec['options'] = type_spec(schema, member['ref'])
    return spec


def type_spec(schema, type_name, top_level=False):
    return dict((m['option'], member_spec(schema, m, top_level)) for m in live_members(schema, type_name))


def api_name_tree(schema, type_name):
    tree = {}
    for member in live_members(schema, type_name):
        tree[member['option']] = (member['api_name'], api_name_tree(schema, member['ref']) if member.get('ref') else None)
    return tree


def option_name_tree(schema, type_name):
    tree = {}
    for member in live_members(schema, type_name):
        tree[member['api_name']] = (member['option'], option_name_tree(schema, member['ref']) if member.get('ref') else None)
    return tree


def walk_paths(schema, type_name, prefix=''):
    """Yield (dotted option path, member) for every live member of the expanded tree."""
    for member in live_members(schema, type_name):
        path = prefix + member['option']
        yield path, member
        if member.get('ref'):
            yield from walk_paths(schema, member['ref'], path + '.')


def path_types(schema, root):
    result = {'': root}
    for path, member in walk_paths(schema, root):
        if member.get('ref'):
            result[path] = member['ref']
    return result


def type_table(schema):
    table = {}
    for type_name in schema['types']:
        members = {}
        for member in live_members(schema, type_name):
            entry = {'api_name': member['api_name'], 'type': member['type']}
            for key in ('elements', 'ref', 'required', 'no_log', 'service_filled'):
                if member.get(key):
                    entry[key] = member[key]
            for key in ('minimum', 'maximum'):
                if member.get(key) is not None:
                    entry[key] = member[key]
            if member.get('api_type') == 'uint64':
                entry['unsigned'] = True
            members[member['option']] = entry
        table[type_name] = members
    return table


def option_of(schema, type_name, api_name):
    for member in schema['types'][type_name]['members']:
        if member['api_name'] == api_name:
            return member['option']
    raise KeyError('%s.%s' % (type_name, api_name))


def conditions(schema):
    result = []
    for rule in schema.get('conditions', []):
        type_name = rule['type']
        when = []
        for clause in rule['when']:
            operator = 'in' if 'in' in clause else 'not_in'
            when.append((option_of(schema, type_name, clause['member']), operator, tuple(clause[operator])))
        result.append({
            'type': type_name,
            'when': tuple(when),
            'require': tuple(option_of(schema, type_name, name) for name in rule['require']),
        })
    return tuple(result)


def deprecated_members(schema):
    return tuple((t, m['api_name']) for t, d in schema['types'].items() for m in d['members'] if m.get('deprecated'))


def schema_objects(schema):
    """The public objects of resources/X/schema.py, by name, as Python values (tuples, frozensets and all)."""
    root = schema['root']
    objects = {
        'API_VERSION': schema['api_version'],
        'ROOT_TYPE': root,
        'REQUIRED_FOR_CREATE': tuple(m['option'] for m in live_members(schema, root) if m.get('required')),
        'DEPRECATED_MEMBERS': deprecated_members(schema),
        'PARAMETER_SPEC': type_spec(schema, root, top_level=True),
        'API_NAME_TREE': api_name_tree(schema, root),
        'OPTION_NAME_TREE': option_name_tree(schema, root),
        'PATH_TYPES': path_types(schema, root),
        'SERVICE_FILLED_PATHS': frozenset(p for p, m in walk_paths(schema, root) if m.get('service_filled')),
        'NO_LOG_PATHS': frozenset(p for p, m in walk_paths(schema, root) if m.get('no_log')),
        'TYPES': type_table(schema),
        'CONDITIONS': conditions(schema),
    }
    if schema.get('modify_root'):
        objects['MODIFY_API_NAME_TREE'] = api_name_tree(schema, schema['modify_root'])
        objects['MODIFY_PATH_TYPES'] = path_types(schema, schema['modify_root'])
    return objects


def shallow_spec(schema, member, top_level=False):
    """member_spec with the object type's name in place of its options."""
    spec = member_spec(schema, dict(member, ref=None), top_level)
    if member.get('ref'):
        spec['options'] = member['ref']
    return spec


def spec_tables(schema):
    """{type: {option: spec}} of the types of the Create tree, each once; 'options' names a type."""
    root = schema['root']
    names = [root] + [t for t in schema['types'] if t in set(path_types(schema, root).values()) and t != root]
    return dict((t, dict((m['option'], shallow_spec(schema, m, t == root)) for m in live_members(schema, t))) for t in names)


def name_tables(schema):
    """{type: {option: [API name, type or None]}} of every type, each once."""
    return dict((t, dict((m['option'], [m['api_name'], m.get('ref')]) for m in live_members(schema, t))) for t in schema['types'])


# The large objects travel as one JSON string, turned into the public objects by
# plugins/module_utils/runtime/schema_loader.py (load): see there why, and what each object holds.
JSON_OBJECTS = ('SPECS', 'NAMES', 'PATH_TYPES', 'SERVICE_FILLED_PATHS', 'NO_LOG_PATHS', 'TYPES', 'CONDITIONS')
MODIFY_JSON_OBJECTS = ('MODIFY_PATH_TYPES',)
# The objects schema_loader.load returns, in its order.
LOADED_OBJECTS = ('PARAMETER_SPEC', 'API_NAME_TREE', 'OPTION_NAME_TREE', 'PATH_TYPES', 'SERVICE_FILLED_PATHS', 'NO_LOG_PATHS',
                  'TYPES', 'CONDITIONS')
MODIFY_LOADED_OBJECTS = ('MODIFY_API_NAME_TREE', 'MODIFY_PATH_TYPES')
LOADER_IMPORT = 'from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.schema_loader import load\n'


def _jsonable(value):
    """Tuples as lists and frozensets as sorted lists, for json.dumps."""
    if isinstance(value, dict):
        return dict((key, _jsonable(item)) for key, item in value.items())
    if isinstance(value, (frozenset, set)):
        return sorted(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return value


def string_lines(text, indent, width=MAX_LINE):
    """text as Python string literals of at most width characters each, indented, cut after a comma where one is near."""
    lines = []
    room = width - len(indent)
    while text:
        size = min(len(text), room - 2)
        while len(repr(text[:size])) > room:
            size -= 1
        if size < len(text):
            comma = text.rfind(',', 0, size)
            if comma > size // 2:
                size = comma + 1
        lines.append(indent + repr(text[:size]))
        text = text[size:]
    return lines


def render_schema_module(schema):
    objects = schema_objects(schema)
    modify_root = schema.get('modify_root')
    names = JSON_OBJECTS + (MODIFY_JSON_OBJECTS if modify_root else ())
    objects.update(SPECS=spec_tables(schema), NAMES=name_tables(schema))
    data = dict((name, _jsonable(objects[name])) for name in names)
    text = json.dumps(data, separators=(',', ':'), ensure_ascii=True)
    words = {'create': action_of(schema['root']), 'resource': schema['resource']}
    parts = [HEADER % schema['resource'], '''
"""Argument spec, option/API name trees and per-type data of the %(create)s parameters, from
schema/%(resource)s.json; schema_loader.py says what each object holds."""
''' % words, PREAMBLE, '\n' + LOADER_IMPORT]
    parts.append('\n' + assign('API_VERSION', objects['API_VERSION']))
    parts.append(assign('ROOT_TYPE', objects['ROOT_TYPE']))
    parts.append('\n# Options %(create)s needs; not marked required in the spec because state=absent may need none.\n' % words)
    parts.append(assign('REQUIRED_FOR_CREATE', objects['REQUIRED_FOR_CREATE']))
    parts.append('\n# API members the API marks deprecated: (type, API name). They get no option.\n')
    parts.append(assign('DEPRECATED_MEMBERS', objects['DEPRECATED_MEMBERS']))
    parts.append('\n# The JSON holds %s.\n' % ', '.join(names))
    targets = ', '.join(LOADED_OBJECTS)
    if modify_root:
        targets += ',\n ' + ', '.join(MODIFY_LOADED_OBJECTS)
    parts.append('(%s) = load(\n%sROOT_TYPE,\n' % (targets, INDENT))
    parts.append('\n'.join(string_lines(text, INDENT, MAX_LINE - 1)) + ',\n')
    if modify_root:
        parts.append('%smodify_root=%r,\n' % (INDENT, modify_root))
    parts.append(')\n')
    return ''.join(parts)


# ---------------------------------------------------------------------------
# Documentation fragment


class _DocDumper(yaml.SafeDumper):
    """Safe dumper that indents list items under their key."""

    def increase_indent(self, flow=False, indentless=False):
        return super(_DocDumper, self).increase_indent(flow, False)


# O(name) or O(name=value) in a description; name is relative to the member described.
_OPTION_REFERENCE = re.compile(r'\bO\((?P<name>[A-Za-z0-9_.]+)(?P<value>=[^)]*)?\)')


def resolve_references(schema, text, scopes, where):
    """Rewrite every O(name) of text to the full option path.

    scopes: (option path prefix, object type) pairs to search, nearest first: the type holding the
    member (its siblings), the member's own type (its suboptions), then the enclosing objects.
    A plain name found nowhere is left as it is: an option of the module itself (state, recreate),
    which validate-modules checks.
    """
    def resolve(match):
        name = match.group('name')
        for prefix, type_name in scopes:
            if any(m['option'] == name.split('.')[0] for m in live_members(schema, type_name)):
                return 'O(%s%s%s)' % (prefix, name, match.group('value') or '')
        if '.' in name:
            raise ValueError('%s: %s names no option near it' % (where, match.group(0)))
        return match.group(0)
    return _OPTION_REFERENCE.sub(resolve, text)


def member_doc(schema, member, chain, top_level=False):
    """chain: (option path prefix, type) of every object from the root down to the one holding member."""
    path = chain[-1][0] + member['option']
    # Below a list, option paths say so with [] (antsibull-docs asks for it; validate-modules accepts it).
    below = path + ('[].' if member['type'] == 'list' else '.')
    scopes = list(reversed(chain))
    if member.get('ref'):
        scopes.insert(1, (below, member['ref']))
    where = '%s.%s' % (chain[-1][1], member['api_name'])
    doc = {'description': [resolve_references(schema, member['description'].strip(), scopes, where)]}
    bounds = value_bounds(member)
    if bounds:
        doc['description'].append(bounds)
    doc['type'] = member['type']
    if member.get('elements'):
        doc['elements'] = member['elements']
    if member.get('required') and not top_level:
        doc['required'] = True
    if member.get('choices'):
        doc['choices'] = list(member['choices'])
    if member.get('ref'):
        doc['suboptions'] = type_doc(schema, member['ref'], chain + [(below, member['ref'])])
    return doc


def value_bounds(member):
    """The sentence that documents a member's range (schema keys minimum, maximum), or None."""
    low, high = member.get('minimum'), member.get('maximum')
    if low is not None and high is not None:
        return 'From %d to %d.' % (low, high)
    if low is not None:
        return 'At least %d.' % low
    if high is not None:
        return 'At most %d.' % high
    return None


def type_doc(schema, type_name, chain, top_level=False):
    return dict((m['option'], member_doc(schema, m, chain, top_level)) for m in live_members(schema, type_name))


def fit_lines(body, width=MAX_LINE):
    """Break the lines PyYAML leaves longer than width (it wraps before a word, however long the
    word is, such as a full O() path) at their last space that fits; a YAML scalar folds the break
    back into that space. The caller checks that the text loads back the same."""
    lines = []
    for line in body.splitlines():
        while len(line) > width:
            text = line.lstrip()
            indent = line[:len(line) - len(text)] + ('  ' if text.startswith('- ') else '')
            cut = line.rfind(' ', len(indent) + 1, width + 1)
            if cut < 0:
                raise ValueError('no room to break: %s' % line)
            lines.append(line[:cut])
            line = indent + line[cut + 1:]
        lines.append(line)
    return '\n'.join(lines) + '\n'


def render_doc_fragment(schema):
    root = schema['root']
    options = type_doc(schema, root, [('', root)], top_level=True)
    body = yaml.dump({'options': options}, Dumper=_DocDumper, default_flow_style=False, sort_keys=False,
                     allow_unicode=False, width=110, indent=2)
    body = fit_lines(body)
    if yaml.safe_load(body) != {'options': options}:
        raise ValueError('the documentation does not survive the line fitting')
    if "'''" in body:
        raise ValueError("the documentation must not contain three single quotes in a row")
    return HEADER % schema['resource'] + PREAMBLE + '''

class ModuleDocFragment(object):
    """Documentation of every %s parameter (%s.%s)."""

    DOCUMENTATION = r\'\'\'
''' % (action_of(root), COLLECTION, schema['resource']) + body + "'''\n"


# ---------------------------------------------------------------------------


FAILURE_BEGIN = '# BEGIN failure keys: generated by tools/generate.py (make generate); edit FAILURE_KEYS there'
FAILURE_END = '# END failure keys'
# The keys every resource module's failed result may carry (runtime/runner.py, runtime/decision.py).
FAILURE_KEYS = '''replacement_required:
  description: True when an option that cannot be changed in place differs and O(recreate) is false; the run then
    fails without a write.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: bool
  sample: true
differing_paths:
  description: The option paths that differ and cannot be changed in place.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: list
  elements: str
differences:
  description: Each differing option path with the current value and yours (secrets masked); the message
    quotes them too, one line each.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: list
  elements: dict
status:
  description: The last status seen, when a wait failed or timed out.
  returned: failure of a wait
  type: int
timed_out:
  description: Whether a failed wait ran out of time.
  returned: failure of a wait
  type: bool
error_code:
  description: The service's error code (or a C(Client*) code for failures without an answer).
  returned: failure of an API call
  type: str
  sample: InvalidParameterValue
request_id:
  description: The request ID of the failed call, for Tencent Cloud support.
  returned: failure of an API call that got an answer
  type: str
'''


def render_module_failures(resource, repo=ROOT):
    """{relative path: text} of the resource's module with its failure keys rendered ({} without a module)."""
    rel = MODULE_OUT % resource
    path = os.path.join(repo, rel)
    if not os.path.exists(path):
        return {}
    with open(path, encoding='utf-8') as handle:
        text = handle.read()
    if FAILURE_BEGIN not in text or FAILURE_END not in text:
        raise ValueError('%s: its RETURN needs the lines %r and %r, where the failure keys go' % (rel, FAILURE_BEGIN, FAILURE_END))
    head, rest = text.split(FAILURE_BEGIN + '\n', 1)
    dummy, tail = rest.split(FAILURE_END + '\n', 1)
    return {rel: head + FAILURE_BEGIN + '\n' + FAILURE_KEYS + FAILURE_END + '\n' + tail}


def render_resource(resource, repo=ROOT):
    """{relative path: text} of the generated files of one resource."""
    schema = load_schema(resource, repo)
    rendered = {
        SCHEMA_OUT % resource: render_schema_module(schema),
        DOC_OUT % resource: render_doc_fragment(schema),
    }
    rendered.update(render_module_failures(resource, repo))
    return rendered


def render_all(names=None, repo=ROOT):
    """{relative path: text} of every generated file of the named resources (default: every schema file)."""
    rendered = {}
    for resource in names or resources(repo):
        rendered.update(render_resource(resource, repo))
    return rendered


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                     usage=argparse.SUPPRESS)
    parser.add_argument('resources', nargs='*', metavar='RESOURCE', help='resources to render (default: every schema/*.json)')
    parser.add_argument('--check', action='store_true', help='write nothing, exit 1 when a generated file is stale')
    parser.add_argument('--repo', default=ROOT, metavar='PATH',
                        help='checkout whose schema/ is read and whose plugins/ is written (default: this one)')
    args = parser.parse_args(argv)
    stale = []
    for rel, text in sorted(render_all(args.resources, args.repo).items()):
        path = os.path.join(args.repo, rel)
        old = None
        if os.path.exists(path):
            with open(path, encoding='utf-8') as handle:
                old = handle.read()
        if old == text:
            continue
        stale.append(rel)
        if not args.check:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w', encoding='utf-8') as handle:
                handle.write(text)
            print('wrote %s' % rel)
    if args.check and stale:
        print('stale: %s (run make generate)' % ', '.join(stale))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
