# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The collection uses only public names of ansible-core: a private one can change in any release."""

import ast
import os
import re

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLUGINS = os.path.join(ROOT, 'plugins')
ANSIBLE = 'ansible.module_utils'
# ansible.module_utils.basic._load_params, or any other underscored name reached through a dotted path.
PRIVATE_ATTRIBUTE = re.compile(r'\bansible\.module_utils(?:\.\w+)*?\.(_\w+)')


def _is_private(name):
    return name.startswith('_') and not (name.startswith('__') and name.endswith('__'))


def private_uses(source, filename='<source>'):
    """Every private ansible.module_utils name that `source` imports or reaches, as `line: name`."""
    found = []
    for number, line in enumerate(source.splitlines(), 1):
        if '_load_params' in line:
            found.append('%d: _load_params' % number)
        found.extend('%d: %s' % (number, match.group(1)) for match in PRIVATE_ATTRIBUTE.finditer(line))
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.ImportFrom) and node.module and (node.module == ANSIBLE or node.module.startswith(ANSIBLE + '.')):
            parts = node.module.split('.')
            found.extend('%d: %s' % (node.lineno, part) for part in parts if _is_private(part))
            found.extend('%d: %s' % (node.lineno, alias.name) for alias in node.names if _is_private(alias.name))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(ANSIBLE + '.'):
                    found.extend('%d: %s' % (node.lineno, part) for part in alias.name.split('.') if _is_private(part))
    return sorted(set(found), key=lambda entry: (int(entry.split(':')[0]), entry))


def python_files(top):
    for directory, _dirs, files in os.walk(top):
        for name in sorted(files):
            if name.endswith('.py'):
                yield os.path.join(directory, name)


@pytest.mark.parametrize('source, expected', [
    ('from ansible.module_utils.basic import AnsibleModule, _load_params\n', ['1: _load_params']),
    ('from ansible.module_utils.basic import (\n    AnsibleModule,\n    _ANSIBLE_ARGS,\n)\n', ['1: _ANSIBLE_ARGS']),
    ('from ansible.module_utils._internal import _traceback\n', ['1: _internal', '1: _traceback']),
    ('import ansible.module_utils._text\n', ['1: _text']),
    ('from ansible.module_utils import basic\nparams = basic._load_params()\n', ['2: _load_params']),
    ('x = ansible.module_utils.common.parameters._validate_sub_spec\n', ['1: _validate_sub_spec']),
    ('from ansible.module_utils.basic import AnsibleModule\nfrom ansible.module_utils.six import string_types\n', []),
    ('from __future__ import absolute_import\nfrom ._private import helper\n', []),
])
def test_the_check_finds_private_names(source, expected):
    assert private_uses(source) == expected


def test_plugins_import_no_private_ansible_core_name():
    files = list(python_files(PLUGINS))
    assert len(files) > 5, files
    offenders = []
    for path in files:
        with open(path, encoding='utf-8') as handle:
            uses = private_uses(handle.read(), path)
        offenders.extend('%s:%s' % (os.path.relpath(path, ROOT), use) for use in uses)
    assert not offenders, 'private ansible-core names (use a public route instead):\n' + '\n'.join(offenders)
