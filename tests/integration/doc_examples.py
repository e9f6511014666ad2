# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The YAML examples a reader copies: every ```yaml (or ```yml) block of README.md and of the
Markdown pages under docs/.

A block whose first line is a comment starting with `# fragment:` (followed by why) is a fragment:
shown, never run. Every other block is either a playbook (a list of plays, each with `hosts`) or a
list of tasks, and test_doc_examples.py runs it against the emulator. The playbooks of
docs/cookbook/*.yml are run by test_cookbook.py, test_connect_resource_cookbook.py and
test_pipeline_role.py.
"""

import glob
import os
import re

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FRAGMENT = '# fragment:'
FENCE = re.compile(r'^(?P<indent>[ ]*)```(?P<info>[A-Za-z0-9_+-]*)[ \t]*$')


def pages():
    """README.md and every Markdown page under docs/, as paths from the root."""
    found = glob.glob(os.path.join(ROOT, 'docs', '**', '*.md'), recursive=True)
    return ['README.md'] + sorted(os.path.relpath(path, ROOT) for path in found)


class Example:
    """One YAML block: its page, the line of its opening fence (from 1) and its text (dedented)."""

    def __init__(self, page, line, text):
        self.page = page
        self.line = line
        self.text = text

    @property
    def name(self):
        return '%s:%d' % (self.page, self.line)

    @property
    def fragment_reason(self):
        """The text after `# fragment:` on the first line, or None when the block is not marked."""
        first = self.text.lstrip('\n').split('\n', 1)[0].strip()
        return first[len(FRAGMENT):].strip() if first.startswith(FRAGMENT) else None

    def data(self):
        return yaml.safe_load(self.text)

    def kind(self):
        """fragment, playbook, tasks, or a sentence saying why the block is none of them."""
        if self.fragment_reason is not None:
            return 'fragment'
        try:
            data = self.data()
        except yaml.YAMLError as error:
            return 'not YAML: %s' % str(error).replace('\n', ' ')
        if not isinstance(data, list) or not data or not all(isinstance(item, dict) for item in data):
            return 'neither a playbook nor a list of tasks (a YAML list of mappings)'
        with_hosts = [item for item in data if 'hosts' in item or 'import_playbook' in item]
        if len(with_hosts) == len(data):
            return 'playbook'
        if not with_hosts:
            return 'tasks'
        return 'a mix of plays and tasks'

    def __repr__(self):
        return 'Example(%s)' % self.name


LOCAL_ENDPOINT = re.compile(r'http://127\.0\.0\.1:\d+')


def plays(example, endpoint=None):
    """The plays that run a playbook or a list of tasks (in a play of its own, named after the
    example); endpoint, when given, replaces each http://127.0.0.1:PORT of the example."""
    text = LOCAL_ENDPOINT.sub(endpoint, example.text) if endpoint else example.text
    data = yaml.safe_load(text)
    if example.kind() == 'tasks':
        return [dict(name='The example at ' + example.name, hosts='localhost', gather_facts=False, tasks=data)]
    return data


def playbook_text(example):
    """The example as the text of a playbook file (a list of tasks in a play of its own), for ansible-lint."""
    if example.kind() != 'tasks':
        return '---\n' + example.text
    body = ''.join(('    ' + line if line.strip() else line) for line in example.text.splitlines(True))
    return '---\n- name: The example at %s\n  hosts: localhost\n  gather_facts: false\n  tasks:\n%s' % (example.name, body)


def blocks(page, text):
    """The ```yaml / ```yml blocks of one Markdown text, fences indented or not."""
    found = []
    lines = text.split('\n')
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        indent, info, start = match.group('indent'), match.group('info').lower(), index
        index += 1
        body = []
        while index < len(lines) and lines[index].strip() != '```':
            body.append(lines[index][len(indent):] if lines[index].startswith(indent) else lines[index].lstrip())
            index += 1
        index += 1
        if info in ('yaml', 'yml'):
            found.append(Example(page, start + 1, '\n'.join(body) + '\n'))
    return found


def examples():
    """Every YAML block of README.md and docs/, in page order."""
    found = []
    for page in pages():
        with open(os.path.join(ROOT, page), encoding='utf-8') as handle:
            found.extend(blocks(page, handle.read()))
    return found
