# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Drift test: every schema/<resource>.json and its generated resources/X/schema.py against tccli's api.json.

tccli is a development dependency; its machine-readable API schema is the reference. Every test
runs once per schema file present.
"""

import importlib
import importlib.util
import json
import os
import re

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCALARS = {'string': 'str', 'int64': 'int', 'uint64': 'int', 'int': 'int', 'bool': 'bool', 'float': 'float', 'double': 'float'}
CJK = re.compile(u'[\u2e80-\u9fff\uff00-\uffef]')
SECRET_NAME = re.compile(r'pass(?!ive)|secret|token', re.I)
RESOURCES = sorted(name[:-len('.json')] for name in os.listdir(os.path.join(REPO, 'schema')) if name.endswith('.json'))


def load_tool(name):
    spec = importlib.util.spec_from_file_location('%s_for_drift' % name, os.path.join(REPO, 'tools', name + '.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope='module')
def api_objects():
    tccli = pytest.importorskip('tccli')
    path = os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'api.json')
    with open(path, encoding='utf-8') as handle:
        return json.load(handle)['objects']


@pytest.fixture(scope='module', params=RESOURCES)
def resource(request):
    return request.param


@pytest.fixture(scope='module')
def schema(resource):
    with open(os.path.join(REPO, 'schema', resource + '.json'), encoding='utf-8') as handle:
        return json.load(handle)


@pytest.fixture(scope='module')
def generated(resource):
    return importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.%s.schema' % resource)


def roots(schema):
    return [schema['root']] + ([schema['modify_root']] if schema.get('modify_root') else [])


def expected_type(api_member, objects):
    """(option type, elements) the API member calls for."""
    inner = api_member.get('member')
    if api_member['type'] == 'object':
        return 'dict', None
    if api_member['type'] == 'list':
        return 'list', 'dict' if inner in objects else SCALARS[inner]
    return SCALARS[inner], None


def reachable(objects, root, live_only=False):
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


def test_roots_are_requests_of_the_api(api_objects, schema):
    for root in roots(schema):
        assert root in api_objects and root.endswith('Request'), root
    if schema.get('modify_root'):
        assert schema['modify_root'].startswith('Modify')


def test_schema_types_match_api(api_objects, schema):
    expected = []
    for root in roots(schema):
        expected.extend(name for name in reachable(api_objects, root) if name not in expected)
    assert list(schema['types']) == expected
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
            assert mine['ref'] == (theirs['member'] if theirs.get('member') in api_objects else None), where
            assert mine['option'] == snake(theirs['name']), where
            assert mine['description'] and not CJK.search(mine['description']), where
        assert type_def['description'] and not CJK.search(type_def['description']), type_name


def walk_api(objects, type_name, prefix='', live_only=True):
    for member in objects[type_name]['members']:
        if live_only and member.get('disabled'):
            continue
        path = prefix + snake(member['name'])
        yield path, type_name, member
        if member.get('member') in objects:
            yield from walk_api(objects, member['member'], path + '.', live_only)


def snake(name):
    return re.sub(r'(?<=[A-Z])(?=[A-Z][a-z])', '_', re.sub(r'(?<=[a-z0-9])(?=[A-Z])', '_', name)).lower()


def spec_paths(spec, prefix=''):
    for option, entry in spec.items():
        path = prefix + option
        yield path, entry
        if 'options' in entry:
            yield from spec_paths(entry['options'], path + '.')


def name_tree_paths(tree, prefix=''):
    for option, (api_name, subtree) in tree.items():
        yield prefix + option, api_name
        if subtree is not None:
            yield from name_tree_paths(subtree, prefix + option + '.')


def test_spec_covers_api(api_objects, schema, generated, capsys):
    """The option tree equals the API's Create tree, member for member."""
    root = schema['root']
    spec = dict(spec_paths(generated.PARAMETER_SPEC))
    covered_members = set()
    api_paths = set()
    for path, type_name, member in walk_api(api_objects, root):
        api_paths.add(path)
        assert path in spec, 'no option for %s.%s (%s)' % (type_name, member['name'], path)
        entry = spec[path]
        kind, elements = expected_type(member, api_objects)
        assert entry['type'] == kind, path
        assert entry.get('elements') == elements, path
        if '.' not in path:
            # required to create only: state=absent may need none of them
            assert not entry.get('required'), path
            assert bool(member['required']) == (path in generated.REQUIRED_FOR_CREATE), path
        else:
            assert bool(entry.get('required')) == bool(member['required']), path
        if kind == 'dict' or elements == 'dict':
            assert 'options' in entry, path
        covered_members.add((type_name, member['name']))
    extra = sorted(set(spec) - api_paths)
    assert not extra, 'options the API lacks: %s' % extra
    assert dict(name_tree_paths(generated.API_NAME_TREE)) == dict(
        (path, member['name']) for path, dummy, member in walk_api(api_objects, root))

    total = sum(len(api_objects[t]['members']) for t in reachable(api_objects, root))
    live = sum(1 for t in reachable(api_objects, root, live_only=True) for m in api_objects[t]['members'] if not m.get('disabled'))
    with capsys.disabled():
        print('\nschema drift: %d/%d members covered (%d members in the %s tree, %d deprecated '
              'or reachable only through a deprecated member); %d/%d option paths' % (
                  len(covered_members), live, total, root, total - live, len(api_paths & set(spec)), len(api_paths)))
    assert len(covered_members) == live


def test_modify_tree_matches_api(api_objects, schema, generated):
    """With modify_root: MODIFY_API_NAME_TREE and MODIFY_PATH_TYPES are the API's Modify tree."""
    if not schema.get('modify_root'):
        assert not hasattr(generated, 'MODIFY_API_NAME_TREE') and not hasattr(generated, 'MODIFY_PATH_TYPES')
        return
    modify = schema['modify_root']
    assert dict(name_tree_paths(generated.MODIFY_API_NAME_TREE)) == dict(
        (path, member['name']) for path, dummy, member in walk_api(api_objects, modify))
    expected_types = dict((path, member['member']) for path, dummy, member in walk_api(api_objects, modify)
                          if member.get('member') in api_objects)
    expected_types[''] = modify
    assert generated.MODIFY_PATH_TYPES == expected_types


def test_deprecated_members_are_listed_and_have_no_option(api_objects, schema, generated):
    disabled = set((t, m['name']) for root in roots(schema) for t in reachable(api_objects, root)
                   for m in api_objects[t]['members'] if m.get('disabled'))
    assert set(generated.DEPRECATED_MEMBERS) == disabled
    spec = dict(spec_paths(generated.PARAMETER_SPEC))
    for path, type_name, member in walk_api(api_objects, schema['root'], live_only=False):
        if member.get('disabled'):
            assert path not in spec, path
            assert (type_name, member['name']) in generated.DEPRECATED_MEMBERS


def task_schema():
    with open(os.path.join(REPO, 'schema', 'datahub_task.json'), encoding='utf-8') as handle:
        return json.load(handle)


def test_task_private_link_param_is_deprecated():
    generated = importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.schema')
    assert 'private_link_param' not in generated.PARAMETER_SPEC
    assert ('CreateDatahubTaskRequest', 'PrivateLinkParam') in generated.DEPRECATED_MEMBERS
    assert 'PrivateLinkParam' not in generated.OPTION_NAME_TREE


def test_name_trees_are_inverse(generated):
    def check(forward, reverse):
        assert len(forward) == len(reverse)
        for option, (api_name, subtree) in forward.items():
            back, back_subtree = reverse[api_name]
            assert back == option
            if subtree is None:
                assert back_subtree is None
            else:
                check(subtree, back_subtree)
    check(generated.API_NAME_TREE, generated.OPTION_NAME_TREE)


def test_no_log_on_every_secret(schema, generated):
    for type_name, type_def in schema['types'].items():
        for member in type_def['members']:
            if SECRET_NAME.search(member['api_name']):
                assert member['no_log'], '%s.%s' % (type_name, member['api_name'])
    spec = dict(spec_paths(generated.PARAMETER_SPEC))
    for path in generated.NO_LOG_PATHS:
        assert spec[path]['no_log'] is True


def test_choices_are_documented_values(schema):
    for type_name, type_def in schema['types'].items():
        for member in type_def['members']:
            if member['choices']:
                assert member['type'] == 'str', '%s.%s' % (type_name, member['api_name'])
                assert len(set(member['choices'])) == len(member['choices'])


def test_task_resource_type_has_open_choices():
    schema = task_schema()
    # DatahubResource.Type has an open list (the seed uses EB, which the documented list lacks)
    kind = [m for m in schema['types']['DatahubResource']['members'] if m['api_name'] == 'Type'][0]
    assert kind['choices'] is None


def test_conditions_name_real_members(schema):
    for rule in schema.get('conditions', []):
        names = [m['api_name'] for m in schema['types'][rule['type']]['members']]
        for clause in rule['when']:
            assert clause['member'] in names
            assert ('in' in clause) != ('not_in' in clause)
        for name in rule['require']:
            assert name in names


def test_no_recursion_and_no_collisions(api_objects, schema):
    def visit(name, path):
        assert name not in path, 'recursion: %s' % ' -> '.join(path + [name])
        for member in api_objects[name]['members']:
            if member.get('member') in api_objects:
                visit(member['member'], path + [name])
    for root in roots(schema):
        visit(root, [])
        for type_name in reachable(api_objects, root):
            options = [snake(m['name']) for m in api_objects[type_name]['members']]
            assert len(options) == len(set(options)), type_name


def test_import_tool_is_in_sync(resource):
    module = load_tool('import_api_schema')
    pytest.importorskip('tccli')
    assert module.main([resource, '--check']) == 0, 'run tools/import_api_schema.py %s' % resource


def test_import_tool_keeps_hand_kept_fields(api_objects, schema, resource):
    """Importing over an empty file and then over the committed one gives back the committed one."""
    module = load_tool('import_api_schema')
    api = {'objects': api_objects}
    fresh = module.build(api, None, resource, schema['root'], schema.get('modify_root'))
    assert list(fresh['types']) == list(schema['types'])
    assert all(not m['description'] for t in fresh['types'].values() for m in t['members'])
    assert module.dump(module.build(api, schema, resource)) == module.dump(schema)
