# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The generated files of every resource must be what tools/generate.py renders from its schema today."""

import glob
import importlib
import importlib.util
import os
import re

import pytest
import yaml

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PACKAGE = 'ansible_collections.tencentcloud.ckafka.plugins'


def load_generator():
    spec = importlib.util.spec_from_file_location('generate', os.path.join(REPO, 'tools', 'generate.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = load_generator()
RESOURCES = GENERATOR.resources()
RENDERED = GENERATOR.render_all()


@pytest.mark.parametrize('rel', sorted(RENDERED))
def test_generated_file_is_fresh(rel):
    path = os.path.join(REPO, rel)
    assert os.path.exists(path), '%s is missing: run make generate' % rel
    with open(path, encoding='utf-8') as handle:
        committed = handle.read()
    assert committed == RENDERED[rel], '%s is stale: run make generate' % rel


def test_every_generated_file_has_a_schema():
    """A generated schema module whose schema file is gone is left over."""
    on_disk = set(os.path.relpath(path, REPO) for path in glob.glob(os.path.join(REPO, 'plugins', 'module_utils', 'resources', '*', 'schema.py')))
    assert on_disk == set(rel for rel in RENDERED if rel.endswith('schema.py'))


def test_rendering_is_deterministic():
    assert GENERATOR.render_all() == RENDERED


@pytest.mark.parametrize('rel', sorted(RENDERED))
def test_generated_file_says_so(rel):
    if rel.startswith('plugins/modules/'):
        # a module file: only its failure keys are generated, between the markers
        assert GENERATOR.FAILURE_BEGIN in RENDERED[rel] and GENERATOR.FAILURE_END in RENDERED[rel]
        return
    head = RENDERED[rel].splitlines()[:6]
    assert any('GENERATED FILE' in line and 'tools/generate.py' in line for line in head)


@pytest.mark.parametrize('rel', sorted(RENDERED))
def test_lines_fit(rel):
    for number, line in enumerate(RENDERED[rel].splitlines(), 1):
        assert len(line) <= 160, '%s:%d' % (rel, number)
        assert all(ord(char) < 128 for char in line), '%s:%d' % (rel, number)


def fragment_options(resource):
    fragment = importlib.import_module('%s.doc_fragments.%s' % (PACKAGE, resource)).ModuleDocFragment
    return yaml.safe_load(fragment.DOCUMENTATION)['options']


@pytest.mark.parametrize('resource', RESOURCES)
def test_doc_fragment_matches_spec(resource):
    spec = importlib.import_module('%s.module_utils.resources.%s.schema' % (PACKAGE, resource)).PARAMETER_SPEC

    def compare(doc, spec, path=''):
        assert set(doc) == set(spec), path
        for option, entry in spec.items():
            where = path + option
            documented = doc[option]
            assert documented['type'] == entry['type'], where
            assert documented.get('elements') == entry.get('elements'), where
            assert documented.get('required', False) == entry.get('required', False), where
            assert documented.get('choices') == entry.get('choices'), where
            assert documented['description'], where
            if 'options' in entry:
                compare(documented.get('suboptions') or {}, entry['options'], where + '.')
            else:
                assert 'suboptions' not in documented, where

    compare(fragment_options(resource), spec)


@pytest.mark.parametrize('resource', RESOURCES)
def test_places_of_one_type_share_one_object(resource):
    """The spec and the name trees of a type used at several places are built once (a smaller, faster module)."""
    generated = importlib.import_module('%s.module_utils.resources.%s.schema' % (PACKAGE, resource))

    def spec_at(path):
        node = {'options': generated.PARAMETER_SPEC}
        for part in path.split('.'):
            node = node['options'][part]
        return node['options']

    def names_at(path):
        tree = generated.API_NAME_TREE
        for part in path.split('.'):
            tree = tree[part][1]
        return tree

    first = {}
    for path, type_name in generated.PATH_TYPES.items():
        if path:
            seen = first.setdefault(type_name, path)
            assert spec_at(path) is spec_at(seen), path
            assert names_at(path) is names_at(seen), path


@pytest.mark.parametrize('resource', RESOURCES)
def test_doc_fragment_markup(resource):
    """O() names a full option path (validate-modules checks it); no I(), and no C() for options and values."""
    options = fragment_options(resource)

    def paths(tree, prefix=''):
        for name, entry in tree.items():
            yield prefix + name
            yield from paths(entry.get('suboptions') or {}, prefix + name + '.')

    def descriptions(tree):
        for entry in tree.values():
            yield from entry['description']
            yield from descriptions(entry.get('suboptions') or {})

    parser = pytest.importorskip('antsibull_docs_parser.parser')
    dom = pytest.importorskip('antsibull_docs_parser.dom')
    context = parser.Context(current_plugin=dom.PluginIdentifier(fqcn='tencentcloud.ckafka.%s' % resource, type='module'))
    known = set(paths(options))
    for text in descriptions(options):
        assert not re.search(r'\bI\(', text), text
        # strict, as validate-modules parses: V(a\.b) fails ("unnecessarily escaped"), V(a\\.b) does not
        for paragraph in parser.parse(text, context, errors='exception', strict=True):
            for part in paragraph:
                if part.type == dom.PartType.OPTION_NAME:
                    # a plain name may be an option of the module itself (state, recreate): validate-modules checks those
                    assert '.'.join(part.link) in known or len(part.link) == 1, '%s names no option: %s' % (part.name, text)
        for code in re.findall(r'\bC\(([^)]*)\)', text):
            assert code.split('=')[0] not in known and not code.isupper(), 'use O() or V(): C(%s)' % code


def test_relative_option_references_resolve():
    """O(name) in the schema is relative: a sibling first, then suboptions, then enclosing objects."""
    schema = {
        'resource': 'example', 'api_version': 'x', 'root': 'Root',
        'types': {
            'Root': {'description': 'root', 'members': [
                member('Kind', 'kind', 'Kind: V(a) or V(b).'),
                member('Left', 'left', 'The left side; see O(kind) and O(type=x).', ref='Side'),
                member('Right', 'right', 'The right side, like O(left).', ref='Side'),
            ]},
            'Side': {'description': 'side', 'members': [
                member('Type', 'type', 'Its type.'),
                member('Name', 'name', 'Required when O(type=x); not used when O(kind=a).'),
            ]},
        },
    }
    docs = yaml.safe_load(GENERATOR.render_doc_fragment(schema).split("r'''", 1)[1].rsplit("'''", 1)[0])['options']
    assert docs['left']['description'] == ['The left side; see O(kind) and O(left.type=x).']
    assert docs['right']['suboptions']['name']['description'] == ['Required when O(right.type=x); not used when O(kind=a).']
    schema['types']['Side']['members'][0]['description'] = 'Unless O(state=absent).'
    assert 'Unless O(state=absent).' in GENERATOR.render_doc_fragment(schema)
    schema['types']['Side']['members'][0]['description'] = 'See O(no.thing).'
    with pytest.raises(ValueError, match='no.thing'):
        GENERATOR.render_doc_fragment(schema)


def member(api_name, option, description, ref=None):
    return {'api_name': api_name, 'option': option, 'type': 'dict' if ref else 'str', 'api_type': 'object' if ref else 'string',
            'elements': None, 'ref': ref, 'required': False, 'choices': None, 'no_log': False, 'deprecated': False,
            'service_filled': False, 'description': description}
