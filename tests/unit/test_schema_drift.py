# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Drift test: schema/datahub_task.json and the generated spec against tccli's api.json.

tccli is a development dependency; its machine-readable API schema is the reference.
"""

import json
import os
import re

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils import datahub_task_schema

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA_PATH = os.path.join(REPO, 'schema', 'datahub_task.json')
ROOT = 'CreateDatahubTaskRequest'
SCALARS = {'string': 'str', 'int64': 'int', 'uint64': 'int', 'int': 'int', 'bool': 'bool', 'float': 'float', 'double': 'float'}
CJK = re.compile(u'[\u2e80-\u9fff\uff00-\uffef]')


@pytest.fixture(scope='module')
def api_objects():
    tccli = pytest.importorskip('tccli')
    path = os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'api.json')
    with open(path, encoding='utf-8') as handle:
        return json.load(handle)['objects']


@pytest.fixture(scope='module')
def schema():
    with open(SCHEMA_PATH, encoding='utf-8') as handle:
        return json.load(handle)


def expected_type(api_member, objects):
    """(option type, elements) the API member calls for."""
    inner = api_member.get('member')
    if api_member['type'] == 'object':
        return 'dict', None
    if api_member['type'] == 'list':
        return 'list', 'dict' if inner in objects else SCALARS[inner]
    return SCALARS[inner], None


def reachable(objects, root=ROOT, live_only=False):
    order, queue = [], [root]
    while queue:
        name = queue.pop(0)
        if name in order:
            continue
        order.append(name)
        for member in objects[name]['members']:
            if live_only and member.get('disabled'):
                continue
            if member.get('member') in objects:
                queue.append(member['member'])
    return order


def test_schema_types_match_api(api_objects, schema):
    assert schema['root'] == ROOT
    assert set(schema['types']) == set(reachable(api_objects))
    for type_name, type_def in schema['types'].items():
        api_members = api_objects[type_name]['members']
        assert [m['api_name'] for m in type_def['members']] == [m['name'] for m in api_members], type_name
        for mine, theirs in zip(type_def['members'], api_members):
            where = '%s.%s' % (type_name, theirs['name'])
            kind, elements = expected_type(theirs, api_objects)
            assert mine['type'] == kind, where
            assert mine['elements'] == elements, where
            assert mine['required'] == bool(theirs['required']), where
            assert mine['deprecated'] == bool(theirs.get('disabled')), where
            if theirs.get('member') in api_objects:
                assert mine['ref'] == theirs['member'], where
            assert mine['description'] and not CJK.search(mine['description']), where
        assert type_def['description'] and not CJK.search(type_def['description']), type_name


def walk_api(objects, type_name, prefix=''):
    for member in objects[type_name]['members']:
        if member.get('disabled'):
            continue
        path = prefix + snake(member['name'])
        yield path, type_name, member
        if member.get('member') in objects:
            yield from walk_api(objects, member['member'], path + '.')


def snake(name):
    return re.sub(r'(?<=[A-Z])(?=[A-Z][a-z])', '_', re.sub(r'(?<=[a-z0-9])(?=[A-Z])', '_', name)).lower()


def spec_paths(spec, prefix=''):
    for option, entry in spec.items():
        path = prefix + option
        yield path, entry
        if 'options' in entry:
            yield from spec_paths(entry['options'], path + '.')


def test_spec_covers_api(api_objects, capsys):
    spec = dict(spec_paths(datahub_task_schema.PARAMETER_SPEC))
    covered_members = set()
    api_paths = set()
    for path, type_name, member in walk_api(api_objects, ROOT):
        api_paths.add(path)
        assert path in spec, 'no option for %s.%s (%s)' % (type_name, member['name'], path)
        entry = spec[path]
        kind, elements = expected_type(member, api_objects)
        assert entry['type'] == kind, path
        assert entry.get('elements') == elements, path
        top_level = '.' not in path
        if top_level:
            # task_name and task_type are required to create only: state=absent needs neither
            assert not entry.get('required'), path
            assert bool(member['required']) == (path in datahub_task_schema.REQUIRED_FOR_CREATE), path
        else:
            assert bool(entry.get('required')) == bool(member['required']), path
        if kind == 'dict' or elements == 'dict':
            assert 'options' in entry, path
        covered_members.add((type_name, member['name']))
    extra = sorted(set(spec) - api_paths)
    assert not extra, 'options the API lacks: %s' % extra

    total = sum(len(api_objects[t]['members']) for t in reachable(api_objects))
    live = sum(1 for t in reachable(api_objects, live_only=True) for m in api_objects[t]['members'] if not m.get('disabled'))
    deprecated = total - live
    with capsys.disabled():
        print('\nschema drift: %d/%d members covered (%d members in the CreateDatahubTaskRequest tree, %d deprecated '
              'or reachable only through a deprecated member); %d/%d option paths' % (
                  len(covered_members), live, total, deprecated, len(api_paths & set(spec)), len(api_paths)))
    assert len(covered_members) == live


def test_deprecated_members_have_no_option(api_objects):
    spec = datahub_task_schema.PARAMETER_SPEC
    assert 'private_link_param' not in spec
    assert ('CreateDatahubTaskRequest', 'PrivateLinkParam') in datahub_task_schema.DEPRECATED_MEMBERS
    assert 'PrivateLinkParam' not in datahub_task_schema.OPTION_NAME_TREE


def test_name_trees_are_inverse():
    def check(forward, reverse):
        assert len(forward) == len(reverse)
        for option, (api_name, subtree) in forward.items():
            back, back_subtree = reverse[api_name]
            assert back == option
            if subtree is None:
                assert back_subtree is None
            else:
                check(subtree, back_subtree)
    check(datahub_task_schema.API_NAME_TREE, datahub_task_schema.OPTION_NAME_TREE)


def test_no_log_on_every_secret(schema):
    for type_name, type_def in schema['types'].items():
        for member in type_def['members']:
            if re.search(r'pass(?!ive)|secret|token', member['api_name'], re.I):
                assert member['no_log'], '%s.%s' % (type_name, member['api_name'])
    spec = dict(spec_paths(datahub_task_schema.PARAMETER_SPEC))
    for path in datahub_task_schema.NO_LOG_PATHS:
        assert spec[path]['no_log'] is True


def test_choices_are_documented_values(schema):
    for type_name, type_def in schema['types'].items():
        for member in type_def['members']:
            if member['choices']:
                assert member['type'] == 'str'
                assert len(set(member['choices'])) == len(member['choices'])
    # DatahubResource.Type has an open list (the seed uses EB, which the documented list lacks)
    kind = [m for m in schema['types']['DatahubResource']['members'] if m['api_name'] == 'Type'][0]
    assert kind['choices'] is None


def test_conditions_name_real_members(schema):
    for rule in schema['conditions']:
        names = [m['api_name'] for m in schema['types'][rule['type']]['members']]
        for clause in rule['when']:
            assert clause['member'] in names
            assert ('in' in clause) != ('not_in' in clause)
        for name in rule['require']:
            assert name in names


def test_no_recursion_and_no_collisions(api_objects):
    def visit(name, path):
        assert name not in path, 'recursion: %s' % ' -> '.join(path + [name])
        for member in api_objects[name]['members']:
            if member.get('member') in api_objects:
                visit(member['member'], path + [name])
    visit(ROOT, [])
    for type_name in reachable(api_objects):
        options = [snake(m['name']) for m in api_objects[type_name]['members']]
        assert len(options) == len(set(options)), type_name


def test_import_tool_is_in_sync():
    import importlib.util
    spec = importlib.util.spec_from_file_location('import_api_schema', os.path.join(REPO, 'tools', 'import_api_schema.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pytest.importorskip('tccli')
    assert module.main(['--check']) == 0, 'run tools/import_api_schema.py'
