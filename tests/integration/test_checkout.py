# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""A checkout after the quick start (issue 24, point 6): from the repository root, with no
ANSIBLE_* variable set, ansible-doc finds the modules (ansible.cfg points at .build/links, which
`make link`, a step of `make demo`, creates), and the demo's closing words say so."""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.dirname(sys.executable)
LINK = os.path.join(ROOT, '.build', 'links', 'ansible_collections', 'tencentcloud', 'ckafka')
sys.path.insert(0, os.path.join(ROOT, 'tools'))

import demo  # noqa: E402 pylint: disable=wrong-import-position


def _bare_env():
    """The environment of a new shell: no ANSIBLE_* variable, no PYTHONPATH, no TENCENTCLOUD_*."""
    env = dict((name, value) for name, value in os.environ.items()
               if not name.startswith(('ANSIBLE_', 'TENCENTCLOUD_')) and name != 'PYTHONPATH')
    env.update(ANSIBLE_NOCOLOR='1', PATH=BIN + os.pathsep + env.get('PATH', ''))
    return env


def test_ansible_doc_finds_the_module_from_the_repository_root():
    assert os.path.realpath(LINK) == os.path.realpath(ROOT), 'run make link first'
    process = subprocess.run([os.path.join(BIN, 'ansible-doc'), '--json', 'tencentcloud.ckafka.datahub_task'], cwd=ROOT,
                             env=_bare_env(), capture_output=True, text=True, check=False)
    assert process.returncode == 0, process.stderr
    assert 'not found' not in process.stderr, process.stderr
    entry = json.loads(process.stdout)['tencentcloud.ckafka.datahub_task']
    assert entry['doc']['filename'].startswith(os.path.join(ROOT, '.build', 'links') + os.sep), entry['doc']['filename']


def test_the_setting_is_the_checkout_s_own_and_does_not_ship():
    process = subprocess.run([os.path.join(BIN, 'ansible-config'), 'dump', '--only-changed', '--format', 'json'], cwd=ROOT,
                             env=_bare_env(), capture_output=True, text=True, check=False)
    assert process.returncode == 0, process.stderr
    settings = dict((item['name'], item) for item in json.loads(process.stdout) if 'name' in item)
    assert settings['COLLECTIONS_PATHS']['value'] == [os.path.join(ROOT, '.build', 'links')], settings['COLLECTIONS_PATHS']
    with open(os.path.join(ROOT, 'galaxy.yml'), encoding='utf-8') as handle:
        assert '\n  - ansible.cfg\n' in handle.read(), 'galaxy.yml build_ignore should list ansible.cfg'


def test_the_demo_ends_by_showing_how_to_read_the_module_docs():
    lines = demo.module_docs_hint()
    assert lines[0].startswith("The modules' documentation, from the repository root"), lines
    assert '  ansible-doc tencentcloud.ckafka.datahub_task' in lines, lines
