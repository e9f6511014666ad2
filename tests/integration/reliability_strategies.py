# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Hypothesis strategies of bad datahub_task options, generated from PARAMETER_SPEC.

Shared by tests/unit/plugins/modules/test_bad_input_units.py (in process, hundreds of examples)
and tests/integration/test_bad_input.py (real ansible-playbook, many cases batched into one run).

A case is (kind, path, options):

* kind says what was broken. INVALID_KINDS must always fail before any write; the other kinds
  (odd strings, odd numbers) may succeed, but a write they cause must be one the service accepts.
* path is the dotted option path that was broken ("source_resource.kafka_param.self_built",
  list elements as "tags[0].tag_key").
* options are datahub_task options without the shared connection options.

Every case is built from a valid minimal structure along its path (required members filled in,
choices respected), so exactly one thing is wrong with it.
"""

import copy

from hypothesis import strategies as st

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.schema import PATH_TYPES, PARAMETER_SPEC

# Options of the module itself (not task parameters) that take user values.
MODULE_SPEC = dict(PARAMETER_SPEC)
MODULE_SPEC.update(
    state={'type': 'str', 'choices': ['present', 'running', 'paused', 'restarted', 'absent']},
    wait={'type': 'bool'},
    wait_timeout={'type': 'int'},
    recreate={'type': 'bool'},
    tasks_max={'type': 'int'},
    sync_throttle_limit={'type': 'int'},
    auto_expand_flag={'type': 'bool'},
)

# The identity and type every case carries unless the case breaks them.
BASE = {'task_name': 'reliability-bad-input', 'task_type': 'SINK'}

UNKNOWN_KEY = 'unknown_key'
WRONG_TYPE = 'wrong_type'
MISSING_REQUIRED = 'missing_required'
NULL_REQUIRED = 'null_required'
ODD_STRING = 'odd_string'
ODD_NUMBER = 'odd_number'
NULL_OPTIONAL = 'null_optional'
INVALID_KINDS = (UNKNOWN_KEY, WRONG_TYPE, MISSING_REQUIRED, NULL_REQUIRED)

# Values no conversion turns into the type (Ansible converts a lot: 1 -> '1', 'yes' -> True, 'a,b' -> [...]).
UNCONVERTIBLE = {
    'int': ['not-a-number', 1.5, {'a': 1}, [1, 2], '1e3x'],
    'bool': ['maybe', 2, {'a': 1}, [True], 'ja'],
    'dict': [42, ['a', 'b'], 'not a dict', True],
    'list': [{'a': 1}],
    'float': ['fast', {'a': 1}, [1.0]],
}

ODD_STRINGS = [
    '',
    ' ',
    '\t\n',
    'x' * 300,
    'é' * 65,
    '任务名称',
    'Ünïcödé-名-🚀',
    'a\x00b',
    '-starts-with-dash',
    '1starts-with-digit',
    'has space',
    '../../etc/passwd',
    '{{ not_a_template }}',
    "'; DROP TABLE tasks; --",
    '\u202eevil',
    'a' * 64,
    'a' * 65,
]
ODD_NUMBERS = [-1, 0, -2 ** 31, 2 ** 31, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -2 ** 70]


def _leaf_paths(spec, prefix='', index_path=''):
    """Yield (index_free_path, path_with_indexes, member spec, parent spec) for every member, at every depth."""
    for name in sorted(spec):
        member = spec[name]
        path = prefix + '.' + name if prefix else name
        ipath = index_path + '.' + name if index_path else name
        yield path, ipath, member, spec
        if member.get('options'):
            yield from _leaf_paths(member['options'], path, ipath + ('[0]' if member['type'] == 'list' else ''))


ALL_PATHS = list(_leaf_paths(MODULE_SPEC))
# Dict objects (where an unknown key can go): the root plus every dict member and list-of-dict element.
OBJECT_PATHS = [''] + [ipath + ('[0]' if member['type'] == 'list' else '')
                       for _path, ipath, member, _parent in ALL_PATHS if member.get('options')]
REQUIRED_PATHS = [item for item in ALL_PATHS if item[2].get('required')]
# (type, option) of required strings the service accepts empty (a replacement value, ...): Ansible turns
# null into '' for them, which is then a valid value.
EMPTY_ALLOWED = frozenset(DatahubTask.empty_strings_allowed)


def empty_allowed(path):
    parent, _dot, option = path.rpartition('.')
    return (PATH_TYPES.get(parent), option) in EMPTY_ALLOWED


SECRET_PATHS = sorted(path for path, _ipath, member, _parent in ALL_PATHS if member.get('no_log'))


def minimal_value(member):
    """A valid value of member, with its required sub-members (recursively) and nothing else."""
    kind = member['type']
    if member.get('choices'):
        return member['choices'][0]
    if kind == 'str':
        return 'x'
    if kind == 'int':
        return 1
    if kind == 'bool':
        return True
    if kind == 'float':
        return 1.0
    if kind == 'dict':
        return minimal_object(member.get('options') or {})
    if kind == 'list':
        if member.get('options'):
            return [minimal_object(member['options'])]
        return ['x']
    raise ValueError(kind)


def minimal_object(options):
    return dict((name, minimal_value(sub)) for name, sub in sorted(options.items()) if sub.get('required'))


def _split(ipath):
    """'a.b[0].c' -> ['a', 'b', 0, 'c']."""
    steps = []
    for part in ipath.split('.'):
        if part.endswith('[0]'):
            steps.extend([part[:-3], 0])
        else:
            steps.append(part)
    return steps


def build_along(ipath):
    """Options holding a minimal valid structure down to the object that contains ipath's last step.

    Returns (options, parent object, last step, member spec of the last step).
    """
    options = copy.deepcopy(BASE)
    steps = _split(ipath)
    obj = options
    spec = MODULE_SPEC
    member = None
    for position, step in enumerate(steps):
        last = position == len(steps) - 1
        if step == 0:
            continue
        member = spec[step]
        if last:
            return options, obj, step, member
        following_index = position + 1 < len(steps) and steps[position + 1] == 0
        if member['type'] == 'list':
            if not isinstance(obj.get(step), list) or not obj[step]:
                obj[step] = [minimal_object(member['options'])]
            obj = obj[step][0]
        else:
            if not isinstance(obj.get(step), dict):
                obj[step] = minimal_object(member['options'])
            obj = obj[step]
        spec = member['options']
        if following_index and not isinstance(obj, dict):
            raise ValueError(ipath)
    raise ValueError(ipath)


def object_at(ipath):
    """Options with a minimal structure down to the object at ipath (a dict member or list element)."""
    if not ipath:
        options = copy.deepcopy(BASE)
        return options, options
    options, parent, step, member = build_along(ipath[:-3] if ipath.endswith('[0]') else ipath)
    if member['type'] == 'list':
        parent[step] = [minimal_object(member['options'])]
        return options, parent[step][0]
    parent[step] = minimal_object(member['options'])
    return options, parent[step]


@st.composite
def unknown_key_cases(draw):
    ipath = draw(st.sampled_from(OBJECT_PATHS))
    options, obj = object_at(ipath)
    key = draw(st.one_of(st.sampled_from(['passwrd', 'kafka_params', 'Type', 'TaskName', 'zz']),
                         st.text(alphabet='abcdefghijklmnopqrstuvwxyz_', min_size=3, max_size=12).map(lambda s: 'zz_' + s)))
    value = draw(st.one_of(st.none(), st.integers(), st.text(max_size=5), st.booleans()))
    obj[key] = value
    return UNKNOWN_KEY, (ipath + '.' if ipath else '') + key, options


@st.composite
def wrong_type_cases(draw):
    candidates = [item for item in ALL_PATHS if item[2]['type'] in UNCONVERTIBLE and not item[2].get('choices')]
    _path, ipath, member, _parent = draw(st.sampled_from(candidates))
    options, parent, step, member = build_along(ipath)
    parent[step] = copy.deepcopy(draw(st.sampled_from(UNCONVERTIBLE[member['type']])))
    return WRONG_TYPE, ipath, options


@st.composite
def choice_cases(draw):
    """A value outside choices is as invalid as a wrong type."""
    candidates = [item for item in ALL_PATHS if item[2].get('choices')]
    _path, ipath, member, _parent = draw(st.sampled_from(candidates))
    options, parent, step, member = build_along(ipath)
    parent[step] = draw(st.sampled_from(['', 'nope', member['choices'][0].lower() + 'x', member['choices'][0] + ' ']))
    return WRONG_TYPE, ipath, options


@st.composite
def missing_required_cases(draw):
    path, ipath, member, _parent = draw(st.sampled_from(REQUIRED_PATHS))
    options, parent, step, member = build_along(ipath)
    if draw(st.booleans()):
        parent.pop(step, None)
        return MISSING_REQUIRED, ipath, options
    parent[step] = None
    if member['type'] == 'str' and empty_allowed(path):
        return NULL_OPTIONAL, ipath, options
    return NULL_REQUIRED, ipath, options


def _text():
    return st.one_of(st.sampled_from(ODD_STRINGS), st.text(min_size=0, max_size=80),
                     st.text(alphabet=st.characters(min_codepoint=0x80, max_codepoint=0x2FFFF), min_size=1, max_size=200))


@st.composite
def odd_string_cases(draw):
    candidates = [item for item in ALL_PATHS if item[2]['type'] == 'str' and not item[2].get('choices')]
    _path, ipath, member, _parent = draw(st.sampled_from(candidates))
    options, parent, step, member = build_along(ipath)
    parent[step] = draw(_text())
    return ODD_STRING, ipath, options


@st.composite
def odd_number_cases(draw):
    candidates = [item for item in ALL_PATHS if item[2]['type'] == 'int' and item[0] != 'wait_timeout']
    _path, ipath, member, _parent = draw(st.sampled_from(candidates))
    options, parent, step, member = build_along(ipath)
    parent[step] = draw(st.one_of(st.sampled_from(ODD_NUMBERS), st.integers()))
    return ODD_NUMBER, ipath, options


@st.composite
def null_optional_cases(draw):
    candidates = [item for item in ALL_PATHS if not item[2].get('required')]
    _path, ipath, member, _parent = draw(st.sampled_from(candidates))
    options, parent, step, member = build_along(ipath)
    parent[step] = None
    return NULL_OPTIONAL, ipath, options


def invalid_cases():
    """Cases that must fail before any write."""
    return st.one_of(unknown_key_cases(), wrong_type_cases(), choice_cases(), missing_required_cases())


def odd_cases():
    """Cases that may succeed; any write they cause must be one the service accepts."""
    return st.one_of(odd_string_cases(), odd_number_cases(), null_optional_cases())
