# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Option names to API names and back, by the generated name trees of a schema.

A name tree is {option: (API name, subtree or None)} (API_NAME_TREE of resources/X/schema.py); its reverse
is {API name: (option, subtree)} (OPTION_NAME_TREE). Members a tree does not name follow the
snake_case rule of docs/architecture.md.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import re

_SNAKE_1 = re.compile(r'(?<=[a-z0-9])(?=[A-Z])')
_SNAKE_2 = re.compile(r'(?<=[A-Z])(?=[A-Z][a-z])')
# Answer members no tree names whose name says they hold a secret.
_SECRET_NAME = re.compile(r'pass(?!ive)|secret|token|credential', re.I)


def snake_case(name):
    """API name to option name (MySQLParam -> my_sql_param)."""
    return _SNAKE_2.sub('_', _SNAKE_1.sub('_', name)).lower()


def is_secret_name(name):
    return bool(_SECRET_NAME.search(name))


def join_path(prefix, name):
    return prefix + '.' + name if prefix else name


def _value_to_api(value, subtree):
    if isinstance(value, list):
        if subtree is None:
            return [item for item in value if item is not None]
        return [to_api(item, subtree) for item in value if item is not None]
    if isinstance(value, dict) and subtree is not None:
        return to_api(value, subtree)
    return value


def to_api(options, tree):
    """The request body (API names) of the options in tree; None, at any depth, is left out.

    Options outside the tree are ignored. Dictionaries the user gave are kept even when all their
    options are unset (an empty dictionary is a valid value).
    """
    body = {}
    for option, (api_name, subtree) in tree.items():
        value = (options or {}).get(option)
        if value is not None:
            body[api_name] = _value_to_api(value, subtree)
    return body


def _value_to_options(value, subtree, path, no_log_paths):
    if isinstance(value, list):
        return [_value_to_options(item, subtree, path, no_log_paths) for item in value]
    if isinstance(value, dict):
        return to_options(value, subtree, no_log_paths, path)
    return value


def to_options(answer, tree, no_log_paths, path='', renames=None):
    """An answer object (API names) as option names, secrets left out.

    tree is a reverse name tree (OPTION_NAME_TREE) or None; renames {API name: option} applies at
    this level first (TaskMax -> tasks_max). Secrets are the members at no_log_paths and the
    members no tree names whose name says they are secret.
    """
    result = {}
    for key, value in answer.items():
        if renames and key in renames:
            result[renames[key]] = value
            continue
        if tree is not None and key in tree:
            option, subtree = tree[key]
        else:
            option, subtree = snake_case(key), None
            if is_secret_name(key):
                continue
        child = join_path(path, option)
        if child in no_log_paths:
            continue
        result[option] = _value_to_options(value, subtree, child, no_log_paths)
    return result
