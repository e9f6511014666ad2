# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Builds the public objects of a generated resources/X/schema.py from the compact JSON it stores.

AnsiballZ compiles module_utils from source on every module run, and json.loads of a compact string
is about ten times cheaper than compiling the same data as pretty-printed literals; so each
resources/X/schema.py (rendered by tools/generate.py) holds its data as one JSON string and calls load() here.
The argument spec and the name trees travel as one table per object type and are linked here: a type
used at several places (DatahubResource as source and target, KafkaParam, ...) is built once, and
every place shares one object. Tuples and frozensets, which JSON lacks, are rebuilt.

The objects load() returns, in this order:

* PARAMETER_SPEC: argument spec of the Create members, to the leaf. Read-only: every place of one
  object type shares one suboptions dict.
* API_NAME_TREE: option -> (API name, subtree or None); a list of objects has the subtree of one element.
* OPTION_NAME_TREE: API name -> (option, subtree or None), the reverse of API_NAME_TREE.
* PATH_TYPES: dotted option path (list elements without an index) -> object type of that dict or of its elements.
* SERVICE_FILLED_PATHS: dotted option paths of members the service fills in itself (never compared).
* NO_LOG_PATHS: dotted option paths of secrets (no_log; the service never returns them).
* TYPES: per object type, option -> member data (elements, ref, required, no_log, service_filled,
  unsigned, minimum, maximum only when set).
* CONDITIONS: conditional rules: in objects of `type`, when every (option, operator, values) clause
  holds, every option of `require` must be set. Operators: in, not_in (see docs/architecture.md).

and, when a modify root is given (its members have types of their own):

* MODIFY_API_NAME_TREE: the name tree of the Modify request, as API_NAME_TREE.
* MODIFY_PATH_TYPES: dotted option path of the Modify tree -> object type, as PATH_TYPES.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json


def _linker(tables, link):
    """type name -> its table with every reference to a type linked, built once per type and shared."""
    built = {}

    def build(type_name):
        if type_name not in built:
            built[type_name] = dict((key, link(entry, build)) for key, entry in tables[type_name].items())
        return built[type_name]
    return build


def _spec_entry(entry, build):
    """An argument spec entry whose 'options' names a type -> the entry with that type's spec."""
    return dict(entry, options=build(entry['options'])) if 'options' in entry else entry


def _name_entry(entry, build):
    """[api name, type or null] -> (api name, that type's name tree or None)."""
    return entry[0], None if entry[1] is None else build(entry[1])


def _reverse(tree, done=None):
    """{option: (api name, subtree)} -> {api name: (option, reversed subtree)}; a shared subtree is reversed once."""
    done = {} if done is None else done
    if id(tree) not in done:
        done[id(tree)] = dict((name, (key, None if sub is None else _reverse(sub, done))) for key, (name, sub) in tree.items())
    return done[id(tree)]


def _condition(rule):
    return {
        'type': rule['type'],
        'when': tuple((option, operator, tuple(values)) for option, operator, values in rule['when']),
        'require': tuple(rule['require']),
    }


def load(root_type, text, modify_root=None):
    """The objects listed above (a tuple) from text, the JSON tools/generate.py renders for root_type."""
    data = json.loads(text)
    names = _linker(data['NAMES'], _name_entry)
    api_name_tree = names(root_type)
    objects = (
        _linker(data['SPECS'], _spec_entry)(root_type),
        api_name_tree,
        _reverse(api_name_tree),
        data['PATH_TYPES'],
        frozenset(data['SERVICE_FILLED_PATHS']),
        frozenset(data['NO_LOG_PATHS']),
        data['TYPES'],
        tuple(_condition(rule) for rule in data['CONDITIONS']),
    )
    if modify_root:
        objects += (names(modify_root), data['MODIFY_PATH_TYPES'])
    return objects
