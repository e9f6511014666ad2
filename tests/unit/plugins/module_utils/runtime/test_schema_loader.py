# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""schema_loader.load on a small hand-written table (the generated modules are tested in test_datahub_task_schema.py)."""

import json

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.schema_loader import load

DATA = {
    'SPECS': {'Root': {'name': {'type': 'str'}, 'left': {'type': 'dict', 'options': 'Side'}, 'right': {'type': 'dict', 'options': 'Side'}},
              'Side': {'kind': {'type': 'str', 'required': True}}},
    'NAMES': {'Root': {'name': ['Name', None], 'left': ['Left', 'Side'], 'right': ['Right', 'Side']},
              'Side': {'kind': ['Kind', None]},
              'ModifyRoot': {'id': ['Id', None], 'left': ['Left', 'Side']}},
    'PATH_TYPES': {'': 'Root', 'left': 'Side', 'right': 'Side'},
    'SERVICE_FILLED_PATHS': ['left.kind'],
    'NO_LOG_PATHS': [],
    'TYPES': {},
    'CONDITIONS': [{'type': 'Side', 'when': [['kind', 'in', ['a']]], 'require': ['kind']}],
    'MODIFY_PATH_TYPES': {'': 'ModifyRoot', 'left': 'Side'},
}


def test_objects_are_linked_and_typed():
    spec, names, options, path_types, filled, no_log, types, conditions = load('Root', json.dumps(DATA))
    assert spec['left']['options'] is spec['right']['options']
    assert spec['left']['options'] == {'kind': {'type': 'str', 'required': True}}
    assert names == {'name': ('Name', None), 'left': ('Left', {'kind': ('Kind', None)}), 'right': ('Right', {'kind': ('Kind', None)})}
    assert names['left'][1] is names['right'][1]
    assert options['Left'][1] is options['Right'][1] and options['Left'] == ('left', {'Kind': ('kind', None)})
    assert path_types == DATA['PATH_TYPES'] and types == {}
    assert filled == frozenset(['left.kind']) and no_log == frozenset()
    assert conditions == ({'type': 'Side', 'when': (('kind', 'in', ('a',)),), 'require': ('kind',)},)


def test_modify_root_adds_its_tree_sharing_the_types():
    objects = load('Root', json.dumps(DATA), modify_root='ModifyRoot')
    modify_names, modify_path_types = objects[8:]
    assert modify_names == {'id': ('Id', None), 'left': ('Left', {'kind': ('Kind', None)})}
    assert modify_names['left'][1] is objects[1]['left'][1]
    assert modify_path_types == DATA['MODIFY_PATH_TYPES']
    assert len(load('Root', json.dumps(DATA))) == 8
