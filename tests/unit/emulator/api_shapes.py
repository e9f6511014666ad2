# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Helpers of the resource tests: tccli's api.json as the oracle of answer shapes (member names and JSON
types, at every depth), and a skip mark for a resource whose schema file is missing."""

import json
import os

import pytest

_PYTHON_TYPES = {
    'string': (str,), 'int64': (int,), 'uint64': (int,), 'int': (int,), 'float': (float, int), 'double': (float, int),
    'bool': (bool,), 'datetime': (str,),
}


SCHEMA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'schema')


def schema_present(resource):
    """A skip mark for tests of a resource whose schema file is not in schema/ (it is not served then)."""
    path = os.path.join(SCHEMA_DIR, resource + '.json')
    return pytest.mark.skipif(not os.path.exists(path), reason='schema/%s.json is missing: the emulator does not serve it' % resource)


def api_objects():
    tccli = pytest.importorskip('tccli')
    path = os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819', 'api.json')
    with open(path, encoding='utf-8') as handle:
        return json.load(handle)['objects']


def _check_scalar(value, kind, path):
    allowed = _PYTHON_TYPES[kind]
    assert isinstance(value, allowed) and (bool in allowed or not isinstance(value, bool)), (path, kind, value)


def assert_shape(value, type_name, objects=None, path=''):
    """value has exactly the members of api.json's type_name, each null or of its declared type."""
    objects = objects or api_objects()
    members = {m['name']: m for m in objects[type_name]['members'] if m['name'] != 'RequestId'}
    assert isinstance(value, dict), (path, value)
    assert set(value) == set(members), (path or type_name, sorted(set(value) ^ set(members)))
    for name, member in members.items():
        item, where = value[name], '%s.%s' % (path, name) if path else name
        if item is None:
            continue
        if member['type'] == 'object':
            assert_shape(item, member['member'], objects, where)
        elif member['type'] == 'list':
            assert isinstance(item, list), (where, item)
            for index, sub in enumerate(item):
                if member['member'] in objects:
                    assert_shape(sub, member['member'], objects, '%s.%d' % (where, index))
                else:
                    _check_scalar(sub, member['member'], '%s.%d' % (where, index))
        else:
            _check_scalar(item, member['member'], where)
