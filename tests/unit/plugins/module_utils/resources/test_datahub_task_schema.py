# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The objects of the generated schema modules (datahub_task_schema.py and every other X_schema.py):
exact types, values and key order.

An X_schema.py stores its large data as one JSON string and rebuilds the tuples, frozensets and shared
subtrees at import (fast to compile inside AnsiballZ). These tests hold every public object to what the
generator derives from the schema, type by type: a list where a tuple was, or a set where a frozenset
was, fails. They run for every schema/X.json present.
"""

import importlib
import importlib.util
import os
import types

import pytest


REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), *[os.pardir] * 5))
PUBLIC = ('API_VERSION', 'ROOT_TYPE', 'REQUIRED_FOR_CREATE', 'DEPRECATED_MEMBERS', 'PARAMETER_SPEC', 'API_NAME_TREE',
          'OPTION_NAME_TREE', 'PATH_TYPES', 'SERVICE_FILLED_PATHS', 'NO_LOG_PATHS', 'TYPES', 'CONDITIONS')
MODIFY_PUBLIC = ('MODIFY_API_NAME_TREE', 'MODIFY_PATH_TYPES')
RESOURCES = sorted(name[:-len('.json')] for name in os.listdir(os.path.join(REPO, 'schema')) if name.endswith('.json'))


def load_generator():
    spec = importlib.util.spec_from_file_location('generate_for_schema_test', os.path.join(REPO, 'tools', 'generate.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_same(actual, expected, where='value'):
    """Equal values of exactly the same types, dict keys in the same order, all the way down."""
    assert type(actual) is type(expected), '%s: %s, expected %s' % (where, type(actual).__name__, type(expected).__name__)
    if isinstance(expected, dict):
        assert list(actual) == list(expected), '%s: keys differ or are out of order' % where
        for key, item in expected.items():
            assert_same(actual[key], item, '%s[%r]' % (where, key))
    elif isinstance(expected, (list, tuple)):
        assert len(actual) == len(expected), '%s: length %d, expected %d' % (where, len(actual), len(expected))
        for index, (mine, theirs) in enumerate(zip(actual, expected)):
            assert_same(mine, theirs, '%s[%d]' % (where, index))
    else:
        assert actual == expected, where


def public_objects(module):
    return dict((name, getattr(module, name)) for name in PUBLIC)


def derived_from_schema(resource):
    """The public objects as tools/generate.py derives them from schema/<resource>.json."""
    generator = load_generator()
    return generator.schema_objects(generator.load_schema(resource))


def generated(resource):
    return importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.%s.schema' % resource)


def public_names(resource):
    return PUBLIC + (MODIFY_PUBLIC if 'MODIFY_API_NAME_TREE' in derived_from_schema(resource) else ())


@pytest.mark.parametrize('resource', RESOURCES)
def test_public_names_are_these(resource):
    names = set(name for name, value in vars(generated(resource)).items()
                if not name.startswith('_') and not isinstance(value, types.ModuleType) and name.isupper())
    assert names == set(public_names(resource))


@pytest.mark.parametrize('resource', RESOURCES)
def test_object_matches_schema(resource):
    module, derived = generated(resource), derived_from_schema(resource)
    for name in public_names(resource):
        assert_same(getattr(module, name), derived[name], name)


@pytest.mark.parametrize('resource', RESOURCES)
def test_option_name_tree_is_the_reverse_of_api_name_tree(resource):
    def reverse(tree):
        return dict((api, (option, reverse(sub) if sub is not None else None)) for option, (api, sub) in tree.items())

    module = generated(resource)
    assert_same(module.OPTION_NAME_TREE, reverse(module.API_NAME_TREE), 'OPTION_NAME_TREE')


def test_assert_same_is_strict():
    with pytest.raises(AssertionError):
        assert_same(('a',), ['a'])
    with pytest.raises(AssertionError):
        assert_same(set(['a']), frozenset(['a']))
    with pytest.raises(AssertionError):
        assert_same({'a': 1, 'b': 2}, {'b': 2, 'a': 1})
