# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Render the doc fragments of the fleet modules' `config` and `scope` from the singular modules.

    python tools/generate_fleet_docs.py            # (re)write plugins/doc_fragments/<fleet module>.py
    python tools/generate_fleet_docs.py --check    # exit 1 when one is stale

Each `config` entry takes the options of the singular module (datahub_task for datahub_tasks, ...),
so their documentation is that module's, as ansible-doc resolves it, without the options of the run
(credentials, state, wait). `scope` takes the filters of the info module. References are rewritten
for their new place (O(task_name) is O(config[].task_name) here). `make docs` runs it first.
"""

from __future__ import absolute_import, division, print_function

import argparse
import importlib
import importlib.util
import os
import re
import shutil
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join('plugins', 'doc_fragments', '%s.py')


def _load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, 'tools', name + '.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# fleet module -> (singular module, info module, scope filters, what the entries declare)
FLEETS = {
    'datahub_tasks': ('datahub_task', 'datahub_task_info', ('search_word', 'task_type', 'source_type', 'target_type', 'resource'),
                      'DIP tasks'),
    'connect_resources': ('connect_resource', 'connect_resource_info', ('type', 'search_word', 'resource_region'),
                          'DIP connections'),
    'datahub_topics': ('datahub_topic', 'datahub_topic_info', ('search_word', 'connect_resource_id'), 'DIP topics'),
    'topics': ('topic', 'topic_info', ('instance_id', 'search_word'), 'topics of a CKafka instance'),
    # no user_info module: the scope's filters are documented here (USER_SCOPE_DOCS)
    'users': ('user', None, ('instance_id', 'search_word'), 'SASL users of a CKafka instance'),
}
# The fleets whose resources a parent holds (a topic's, a user's instance): {fleet: the resource's noun}.
PARENT_FLEETS = {'topics': 'topic', 'users': 'user'}
# The scope filters of a fleet without an info module (users: DescribeUser's own).
USER_SCOPE_DOCS = {
    'instance_id': {
        'description': ['ID of the CKafka instance whose users are read, for example V(ckafka-abcd1234).',
                        'M(tencentcloud.ckafka.instance_info) finds it from the instance\'s name.'],
        'type': 'str',
        'required': True,
    },
    'search_word': {
        'description': ['Lists the users whose name contains this word, as the service matches it (C(SearchWord)).'],
        'type': 'str',
    },
}


# The entry option of a fleet whose resources a parent holds (a topic's instance): it comes from scope.
def parent_doc(noun):
    return {
        'description': [
            'ID of the CKafka instance that holds the %s; O(scope.instance_id) when left out. An entry that names '
            'another instance than O(scope.instance_id) fails the plan before any write: a run declares the %ss of '
            'one instance.' % (noun, noun),
        ],
        'type': 'str',
    }


RECREATE_DOC = {
    'description': [
        'When an option that cannot be changed in place differs (or the resource is in a failure status), delete the '
        'resource, wait until it is gone and create it anew; the entry\'s result has V(recreated) as its action.',
        'When false, such a difference fails the plan before any write, naming the entry and the differing paths.',
    ],
    'type': 'bool',
    'default': False,
}
# Options of the singular module that belong to the run, or that an entry does not take.
LEFT_OUT = frozenset(['state', 'wait', 'wait_timeout', 'return_credentials'])
STATUS_DOC = {
    'description': [
        'The run status of the task: V(running) resumes it when paused, V(paused) pauses it when running (a new task is '
        'paused once it runs).',
        'Omitted, the run status is left as it is (a new task runs).',
    ],
    'type': 'str',
    'choices': ['running', 'paused'],
}
NAME_PREFIX_DOC = {
    'description': ['Only the resources whose name begins with this exact prefix are in scope (checked on the list answer).'],
    'type': 'str',
}
DOC_KEYS = ('description', 'type', 'elements', 'choices', 'default', 'required', 'aliases', 'suboptions')
_MARKUP = re.compile(r'\b(O|RV)\(([^()]*)\)')


def rewrite(text, config_options, scope_options):
    """Option references for their place in the fleet module."""
    def replace(match):
        kind, arg = match.group(1), match.group(2)
        if '#' in arg:
            return match.group(0)
        first = re.split(r'[.=\[]', arg, 1)[0]
        if kind == 'O' and first in config_options:
            return 'O(config[].%s)' % arg
        if kind == 'O' and first in scope_options:
            return 'O(scope.%s)' % arg
        return 'C(%s)' % arg
    return _MARKUP.sub(replace, text)


def cleaned(spec, config_options, scope_options, argument=None):
    """An option's documentation: the keys a fragment holds, references rewritten; `required` as the
    entry's argument spec (argument) has it: a secret is not required of an entry, only of a create."""
    out = {}
    argument = argument or {}
    for key in DOC_KEYS:
        if key not in spec:
            continue
        value = spec[key]
        if key == 'description':
            value = [rewrite(line, config_options, scope_options) for line in (value if isinstance(value, list) else [value])]
        elif key == 'suboptions':
            arguments = argument.get('options') or {}
            value = dict((name, cleaned(sub, config_options, scope_options, arguments.get(name))) for name, sub in value.items())
        out[key] = value
    if out.get('required') and argument and not argument.get('required'):
        # The service never returns a secret: an entry for an existing resource may leave it out.
        del out['required']
        out['description'] = out['description'] + ['Required to create the resource; not to declare one that exists.']
    return out


def render(fleet, docs, generator, entry_spec):
    singular, info, filters, nouns = FLEETS[fleet]
    options = docs[singular]['doc']['options']
    config_options = sorted(name for name in options if name not in LEFT_OUT and name not in docs['_common'])
    scope_options = list(filters) + ['name_prefix']
    config = dict((name, cleaned(options[name], config_options, scope_options, entry_spec.get(name))) for name in config_options)
    config['recreate'] = RECREATE_DOC
    if fleet == 'datahub_tasks':
        config['status'] = STATUS_DOC
    if fleet in PARENT_FLEETS:
        config['instance_id'] = parent_doc(PARENT_FLEETS[fleet])
    if info is None:
        scope = dict((name, USER_SCOPE_DOCS[name]) for name in filters)
        listed_by = 'C(%s)' % 'DescribeUser'
    else:
        info_options = docs[info]['doc']['options']
        scope = dict((name, cleaned(info_options[name], (), scope_options)) for name in filters)
        listed_by = 'the M(tencentcloud.ckafka.%s) module' % info
    scope['name_prefix'] = NAME_PREFIX_DOC
    body = {'options': {
        'config': {
            'description': ['The %s declared: a list of entries, each taking the options of the M(tencentcloud.ckafka.%s) '
                            'module (below), checked as that module checks them.' % (nouns, singular)],
            'type': 'list',
            'elements': 'dict',
            'suboptions': config,
        },
        'scope': {
            'description': [
                'Which existing resources the run owns: the filters of the list action (as '
                '%s takes them) and O(scope.name_prefix).' % listed_by,
                'Required by O(state=overridden), and by O(state=deleted) without O(config). C({}) means every resource '
                'of the region.',
                'O(state=merged), O(state=rendered) and O(state=deleted) with O(config) do not use it: it is refused '
                'there. A filter that is empty or blank (an empty variable) is refused unless O(allow_delete_all=true).',
            ],
            'type': 'dict',
            'suboptions': scope,
        },
    }}
    if fleet in PARENT_FLEETS:
        # the instance's topics (users): every state needs the instance
        body['options']['scope']['required'] = True
        body['options']['scope']['description'].append(
            'For M(tencentcloud.ckafka.%s), required in every state: O(scope.instance_id) is the instance whose '
            '%ss the run declares; only its other filters narrow a prune and are refused where a state does not use them.'
            % (fleet, PARENT_FLEETS[fleet]))
    text = yaml.dump(body, Dumper=generator._DocDumper, default_flow_style=False, sort_keys=False,  # pylint: disable=protected-access
                     allow_unicode=False, width=110, indent=2)
    text = generator.fit_lines(text)
    if yaml.safe_load(text) != body:
        raise ValueError('the documentation of %s does not survive the line fitting' % fleet)
    return '''# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate_fleet_docs.py from the %s.
# Run `make docs` after changing them.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of the config and scope options of tencentcloud.ckafka.%s."""

    DOCUMENTATION = r\'\'\'
''' % (('%s and %s modules' % (singular, info)) if info else ('%s module' % singular), fleet) + text + "'''\n"


def render_all(root=ROOT):
    reader = _load('render_module_docs')
    generator = _load('generate')
    modules = sorted(set(name for fleet in FLEETS.values() for name in fleet[:2] if name))
    docs = reader.read_docs(modules, root)
    common = yaml.safe_load(_common_doc(root))['options']
    docs['_common'] = common
    specs = entry_specs(root)
    return dict((OUT % fleet, render(fleet, docs, generator, specs[fleet])) for fleet in FLEETS)


def entry_specs(root):
    """{fleet module: the argument spec of one config entry}, imported from the checkout at root."""
    links = tempfile.mkdtemp(prefix='ckafka-fleet-docs-')
    before = set(sys.modules)
    try:
        parent = os.path.join(links, 'ansible_collections', 'tencentcloud')
        os.makedirs(parent)
        os.symlink(root, os.path.join(parent, 'ckafka'))
        sys.path.insert(0, links)
        specs = {}
        for fleet in FLEETS:
            module = importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.modules.%s' % fleet)
            base = importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.module').FleetModule
            fleet_class = [value for name, value in vars(module).items()
                           if isinstance(value, type) and issubclass(value, base) and value is not base][0]
            specs[fleet] = fleet_class.entry_options()
        return specs
    finally:
        sys.path.remove(links)
        # What was imported from the temporary path goes with it (a later import finds the real files).
        for name in set(sys.modules) - before:
            if name.startswith('ansible_collections'):
                del sys.modules[name]
        shutil.rmtree(links, ignore_errors=True)


def _common_doc(root):
    namespace = {}
    with open(os.path.join(root, 'plugins', 'doc_fragments', 'common.py')) as handle:
        source = handle.read()
    match = re.search(r"DOCUMENTATION = r'''(.*?)'''", source, re.S)
    namespace['doc'] = match.group(1)
    return namespace['doc']


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--check', action='store_true')
    args = parser.parse_args(argv)
    stale = []
    for rel, text in sorted(render_all().items()):
        path = os.path.join(ROOT, rel)
        current = open(path).read() if os.path.exists(path) else None
        if current != text:
            stale.append(rel)
            if not args.check:
                with open(path, 'w') as handle:
                    handle.write(text)
    if args.check and stale:
        print('stale: %s (run make docs)' % ', '.join(stale))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
