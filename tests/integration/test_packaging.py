# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The ecosystem's conventions: the built tarball, ansible-doc, the changelog and ansible-lint."""

import fnmatch
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

import pytest
import yaml

import doc_examples

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.dirname(sys.executable)
MODULES = ('acl', 'acl_rule', 'acls', 'connect_resource', 'connect_resource_info', 'connect_resources', 'consumer_group_info',
           'consumer_group_offsets', 'datahub_group_offsets_info', 'datahub_message_info',
           'datahub_sync_task', 'datahub_task', 'datahub_task_info', 'datahub_tasks', 'datahub_topic', 'datahub_topic_info',
           'datahub_topics', 'instance_info', 'topic', 'topic_info', 'topics', 'user', 'users')
# Local outputs that must never ship: (glob on a member path, why).
FORBIDDEN = (
    ('.venv', 'virtual environment'), ('.venv/*', 'virtual environment'),
    ('.build', 'build outputs'), ('.build/*', 'build outputs'),
    ('collections', 'the demo installation'), ('collections/*', 'the demo installation'),
    ('tests/output', 'ansible-test outputs'), ('tests/output/*', 'ansible-test outputs'),
    ('*__pycache__*', 'byte code cache'), ('*.pyc', 'byte code'),
    ('.pytest_cache*', 'pytest cache'), ('.hypothesis*', 'hypothesis database'),
    ('.ansible', 'ansible-lint cache'), ('.ansible/*', 'ansible-lint cache'), ('.cache*', 'cache'),
    ('.git', 'git metadata'), ('.git/*', 'git metadata'), ('*.tar.gz', 'a tarball in the tarball'),
    ('.ci', 'CI scratch'), ('.ci/*', 'CI scratch'), ('ansible.cfg', "the checkout's settings"),
    ('tools/get_pip_offline.py', 'the offline pip stand-in of make sanity'),
    ('tools/install_get_pip_stub.py', 'the offline pip stand-in of make sanity'),
    ('tools/galaxy-importer.cfg', 'a Makefile helper'), ('tools/requirements-galaxy-importer.txt', 'a Makefile helper'),
)
REQUIRED_MEMBERS = (
    'MANIFEST.json', 'FILES.json', 'README.md', 'LICENSE', 'meta/runtime.yml', 'meta/execution-environment.yml',
    'requirements.txt', 'plugins/modules/datahub_task.py', 'plugins/modules/datahub_task_info.py',
    'plugins/doc_fragments/datahub_task.py', 'plugins/doc_fragments/common.py', 'plugins/module_utils/transport/client.py',
    'docs/index.md', 'docs/cookbook/README.md', 'docs/modules/datahub_task.md', 'changelogs/config.yaml',
    # Tests stay in: a user can run them against the installed collection.
    'tests/unit/conftest.py', 'tests/integration/conftest.py', 'tests/emulator/server.py', 'tests/emulator/harness.py',
    'tests/matrix/interpreter.yml', 'tests/matrix/playbooks/datahub_task.yml', 'tests/matrix/playbooks/datahub_task_info.yml',
)


def _env(links=None):
    env = dict(os.environ)
    for name in list(env):
        if name.startswith('TENCENTCLOUD_'):
            del env[name]
    env.update(ANSIBLE_NOCOLOR='1', ANSIBLE_FORCE_COLOR='0')
    if links:
        env['ANSIBLE_COLLECTIONS_PATH'] = links
    env['PATH'] = BIN + os.pathsep + env.get('PATH', '')
    return env


@pytest.fixture(scope='module')
def links():
    """A collections path holding only a symlink to this checkout."""
    root = tempfile.mkdtemp(prefix='ckafka-links-')
    os.makedirs(os.path.join(root, 'ansible_collections', 'tencentcloud'))
    os.symlink(ROOT, os.path.join(root, 'ansible_collections', 'tencentcloud', 'ckafka'))
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope='module')
def tarball_members():
    output = tempfile.mkdtemp(prefix='ckafka-build-')
    try:
        process = subprocess.run([os.path.join(BIN, 'ansible-galaxy'), 'collection', 'build', '--force', '--output-path', output],
                                 cwd=ROOT, env=_env(), capture_output=True, text=True, check=False)
        assert process.returncode == 0, process.stdout + process.stderr
        with open(os.path.join(ROOT, 'galaxy.yml'), encoding='utf-8') as handle:
            galaxy = yaml.safe_load(handle)
        path = os.path.join(output, '%s-%s-%s.tar.gz' % (galaxy['namespace'], galaxy['name'], galaxy['version']))
        with tarfile.open(path) as archive:
            return [member.name[2:] if member.name.startswith('./') else member.name for member in archive.getmembers()]
    finally:
        shutil.rmtree(output, ignore_errors=True)


def test_tarball_holds_no_local_outputs(tarball_members):
    bad = []
    for member in tarball_members:
        for pattern, why in FORBIDDEN:
            if fnmatch.fnmatch(member, pattern):
                bad.append('%s (%s)' % (member, why))
                break
    assert not bad, 'the collection tarball ships local outputs; extend build_ignore in galaxy.yml:\n' + '\n'.join(bad)


def test_tarball_holds_the_collection(tarball_members):
    missing = [name for name in REQUIRED_MEMBERS if name not in tarball_members]
    assert not missing, missing
    examples = [m for m in tarball_members if m.startswith('docs/cookbook/') and m.endswith('.yml')]
    assert len(examples) >= 9, examples


@pytest.mark.parametrize('module', MODULES)
def test_ansible_doc_renders_cleanly(links, module):
    fqcn = 'tencentcloud.ckafka.' + module
    process = subprocess.run([os.path.join(BIN, 'ansible-doc'), fqcn], cwd=links, env=_env(links),
                             capture_output=True, text=True, check=False)
    assert process.returncode == 0, process.stderr
    assert process.stderr.strip() == '', 'ansible-doc warned:\n' + process.stderr
    assert fqcn in process.stdout
    for section in ('OPTIONS', 'EXAMPLES', 'RETURN VALUES', 'ATTRIBUTES'):
        assert section in process.stdout, section
    raw = subprocess.run([os.path.join(BIN, 'ansible-doc'), '--json', fqcn], cwd=links, env=_env(links),
                         capture_output=True, text=True, check=False)
    assert raw.returncode == 0 and raw.stderr.strip() == '', raw.stderr
    entry = json.loads(raw.stdout)[fqcn]
    assert entry['doc']['attributes']['action_group']['membership'] == ['tencentcloud.ckafka.ckafka']
    examples = yaml.safe_load(entry['examples'])
    assert isinstance(examples, list) and examples, 'EXAMPLES must be a YAML list of tasks'
    assert entry['return'], 'RETURN is empty'


def test_ansible_doc_lists_every_module(links):
    process = subprocess.run([os.path.join(BIN, 'ansible-doc'), '-t', 'module', '-l', 'tencentcloud.ckafka', '--json'], cwd=links,
                             env=_env(links), capture_output=True, text=True, check=False)
    assert process.returncode == 0 and process.stderr.strip() == '', process.stderr
    assert sorted(json.loads(process.stdout)) == sorted('tencentcloud.ckafka.' + m for m in MODULES)


def test_changelog_lint_passes():
    process = subprocess.run([os.path.join(BIN, 'antsibull-changelog'), 'lint'], cwd=ROOT, env=_env(), capture_output=True, text=True,
                             check=False)
    assert process.returncode == 0, process.stdout + process.stderr
    assert process.stdout.strip() == '', process.stdout


def test_changelog_is_generated():
    """antsibull-changelog release has produced the changelog of the current version."""
    with open(os.path.join(ROOT, 'galaxy.yml'), encoding='utf-8') as handle:
        version = yaml.safe_load(handle)['version']
    path = os.path.join(ROOT, 'changelogs', 'changelog.yaml')
    assert os.path.exists(path), 'changelogs/changelog.yaml is missing: run antsibull-changelog release'
    with open(path, encoding='utf-8') as handle:
        releases = (yaml.safe_load(handle) or {}).get('releases') or {}
    assert version in releases, 'no release %s in changelogs/changelog.yaml: run antsibull-changelog release' % version
    assert os.path.exists(os.path.join(ROOT, 'CHANGELOG.rst')), 'CHANGELOG.rst is missing: run antsibull-changelog release'


def _doc_example_playbooks(directory):
    """The YAML examples of README.md and docs/ that run (doc_examples.py), each as the playbook that runs it."""
    os.makedirs(directory)
    paths = []
    for number, example in enumerate(doc_examples.examples()):
        if example.kind() in ('playbook', 'tasks'):
            paths.append(os.path.join(directory, 'doc_example_%02d.yml' % number))
            with open(paths[-1], 'w', encoding='utf-8') as handle:
                handle.write(doc_examples.playbook_text(example))
    return paths


def test_ansible_lint_production_on_examples_and_cookbook(links, tmp_path):
    paths = [p for p in ('examples', os.path.join('docs', 'cookbook')) if os.path.isdir(os.path.join(ROOT, p))]
    paths.extend(_doc_example_playbooks(str(tmp_path / 'doc-examples' / 'playbooks')))
    # ansible-lint installs the collection into ANSIBLE_HOME's collections: never the user's ~/.ansible.
    env = dict(_env(links), ANSIBLE_HOME=str(tmp_path / 'ansible-home'))
    process = subprocess.run([os.path.join(BIN, 'ansible-lint'), '--profile', 'production', '--nocolor'] + paths, cwd=ROOT,
                             env=env, capture_output=True, text=True, check=False, timeout=900)
    assert process.returncode == 0, process.stdout[-6000:] + process.stderr[-6000:]
