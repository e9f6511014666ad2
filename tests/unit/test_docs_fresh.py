# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""docs/modules/*.md are what tools/render_module_docs.py renders from the modules' documentation."""

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOL = os.path.join(ROOT, 'tools', 'render_module_docs.py')
sys.path.insert(0, os.path.join(ROOT, 'tools'))

import render_module_docs  # noqa: E402 pylint: disable=wrong-import-position


@pytest.fixture(scope='module')
def pages():
    return render_module_docs.rendered_pages()


@pytest.mark.parametrize('module', render_module_docs.MODULES)
def test_module_reference_is_fresh(pages, module):
    path = render_module_docs.page_path(module)
    assert os.path.exists(path), '%s is missing: run make docs' % os.path.relpath(path, ROOT)
    with open(path, encoding='utf-8') as handle:
        committed = handle.read()
    assert committed == pages[module], '%s differs from the module documentation: run make docs' % os.path.relpath(path, ROOT)


@pytest.mark.parametrize('module', render_module_docs.MODULES)
def test_module_reference_covers_every_option(pages, module):
    """Every option and suboption name of the argument documentation appears in the page."""
    docs = render_module_docs.read_docs((module,))[module]

    def names(options):
        for name, spec in (options or {}).items():
            yield name
            yield from names(spec.get('suboptions'))
    for name in set(names(docs['doc']['options'])):
        assert '**`%s`**' % name in pages[module], name
    for section in ('## Options', '## Examples', '## Return values', '## Attributes'):
        assert section in pages[module]


def test_every_module_has_a_page_and_every_page_a_module():
    modules = sorted(name[:-3] for name in os.listdir(os.path.join(ROOT, 'plugins', 'modules'))
                     if name.endswith('.py') and not name.startswith('_'))
    assert list(render_module_docs.MODULES) == modules
    pages = sorted(name[:-3] for name in os.listdir(render_module_docs.OUTPUT_DIR) if name.endswith('.md'))
    assert pages == modules, 'docs/modules/ differs from plugins/modules/: run make docs, remove pages of removed modules'


def test_check_mode_of_the_tool_passes():
    process = subprocess.run([sys.executable, TOOL, '--check'], capture_output=True, text=True, check=False)
    assert process.returncode == 0, process.stdout + process.stderr


@pytest.mark.parametrize('text, markdown', [
    ('C(a*b)', '`a*b`'),
    ('I(task_id) and B(never)', '*task_id* and **never**'),
    ('O(source_resource.type=KAFKA)', '`source_resource.type=KAFKA`'),
    ('RV(tencentcloud.ckafka.datahub_task#module:task)', '`task` of [`tencentcloud.ckafka.datahub_task`](datahub_task.md)'),
    ('M(ansible.builtin.debug)', '`ansible.builtin.debug`'),
    ('L(the API,https://example.com/api)', '[the API](https://example.com/api)'),
    ('U(https://example.com)', '<https://example.com>'),
    ('a <b> | c', 'a \\<b\\> \\| c'),
    ('V(`x`)', '`` `x` ``'),
])
def test_markup(text, markdown):
    assert render_module_docs.markup(text) == markdown
