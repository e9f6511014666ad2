# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What a new user reads (issue 16, points 8, 9 and 10): the modules' documentation as ansible-doc
shows it, and docs/getting-started.md."""

import glob
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import pytest
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.dirname(sys.executable)
MODULES = sorted(os.path.basename(path)[:-3] for path in glob.glob(os.path.join(ROOT, 'plugins', 'modules', '*.py'))
                 if not os.path.basename(path).startswith('_'))
GETTING_STARTED = os.path.join(ROOT, 'docs', 'getting-started.md')


@pytest.fixture(scope='module')
def docs():
    """{module: ansible-doc --json entry}, read through a collections path holding only this checkout."""
    links = tempfile.mkdtemp(prefix='ckafka-doc-')
    os.makedirs(os.path.join(links, 'ansible_collections', 'tencentcloud'))
    os.symlink(ROOT, os.path.join(links, 'ansible_collections', 'tencentcloud', 'ckafka'))
    env = dict((name, value) for name, value in os.environ.items() if not name.startswith('TENCENTCLOUD_'))
    env.update(ANSIBLE_COLLECTIONS_PATH=links, ANSIBLE_NOCOLOR='1', PATH=BIN + os.pathsep + env.get('PATH', ''))
    names = ['tencentcloud.ckafka.' + module for module in MODULES]
    try:
        process = subprocess.run([os.path.join(BIN, 'ansible-doc'), '--json'] + names, env=env, capture_output=True,
                                 text=True, check=False, cwd=links)
    finally:
        shutil.rmtree(links)
    assert process.returncode == 0, process.stderr
    entries = json.loads(process.stdout)
    return dict((name.rsplit('.', 1)[1], entry) for name, entry in entries.items())


def module_file_doc(module):
    path = os.path.join(ROOT, 'plugins', 'modules', module + '.py')
    with open(path, encoding='utf-8') as handle:
        source = handle.read()
    namespace = {}
    for name in ('DOCUMENTATION', 'EXAMPLES'):
        start = source.index(name + " = r'''") + len(name + " = r'''")
        namespace[name] = source[start:source.index("'''", start)]
    return namespace


# ---------------------------------------------------------------------------
# point 8: requirements, ids that look like ids, the commonest example first, no implementation words


@pytest.mark.parametrize('module', MODULES)
def test_ansible_doc_shows_requests_as_a_requirement(docs, module):
    requirements = docs[module]['doc'].get('requirements') or []
    assert any(item.startswith('requests') for item in requirements), requirements


def test_task_ids_in_the_info_module_look_like_task_ids(docs):
    entry = docs['datahub_task_info']
    text = ' '.join(entry['doc']['options']['task_id']['description'])
    assert 'V(task-' in text, text
    examples = yaml.safe_load(entry['examples'])
    ids = [task['tencentcloud.ckafka.datahub_task_info']['task_id'] for task in examples
           if 'task_id' in (task.get('tencentcloud.ckafka.datahub_task_info') or {})]
    assert ids and all(value.startswith('task-') or '{{' in value for value in ids), ids
    assert entry['return']['tasks']['contains']['task_id']['sample'].startswith('task-')


def _first_task(examples):
    first = examples[0]
    while 'block' in first:
        first = first['block'][0]
    return first['tencentcloud.ckafka.datahub_task']


def test_the_first_task_example_is_kafka_into_elasticsearch_or_cos(docs):
    task = _first_task(yaml.safe_load(docs['datahub_task']['examples']))
    assert task['source_resource']['type'] == 'KAFKA', task
    assert task['target_resource']['type'] in ('ES', 'COS'), task


@pytest.mark.parametrize('module', MODULES)
def test_descriptions_speak_of_the_user_not_of_the_implementation(module):
    text = module_file_doc(module)['DOCUMENTATION']
    for words in ('documentation fragment', 'fragment included below', 'doc_fragment'):
        assert words not in text, words


# ---------------------------------------------------------------------------
# point 9 and 10: what the task module says about secrets and about the TaskId it chooses


def _notes(docs, module):
    return ' '.join(docs[module]['doc'].get('notes') or [])


def test_notes_say_that_secrets_of_a_task_cannot_be_compared_nor_changed_and_point_to_connections(docs):
    notes = _notes(docs, 'datahub_task')
    assert 'cannot be compared and cannot be changed in place' in notes, notes
    assert 'O(target_resource.es_param.password)' in notes and 'O(source_resource.mongo_db_param.password)' in notes
    assert 'M(tencentcloud.ckafka.connect_resource)' in notes and 'update_password: always' in notes


def test_notes_name_the_client_chosen_task_id_and_its_fallback(docs):
    notes = _notes(docs, 'datahub_task')
    assert 'assumes the service accepts an ID chosen by the client' in notes, notes
    assert 'creates it again without a C(TaskId), with a warning' in notes, notes


def test_every_secret_of_a_task_is_named_in_the_notes(docs):
    schema = importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.schema')
    notes = _notes(docs, 'datahub_task')
    for path in schema.NO_LOG_PATHS:
        block, member = path.split('.')[-2:]
        assert block in notes and member in notes, path


# ---------------------------------------------------------------------------
# point 8: docs/getting-started.md


@pytest.fixture(scope='module')
def getting_started():
    with open(GETTING_STARTED, encoding='utf-8') as handle:
        return handle.read()


def test_getting_started_covers_a_playbook_directory_of_your_own(getting_started):
    for words in ('ansible-galaxy collection install tencentcloud.ckafka -p ./collections', 'collections_path',
                  'ansible.cfg', 'requirements.yml'):
        assert words in getting_started, words


def test_getting_started_explains_localhost_and_its_python(getting_started):
    text = ' '.join(getting_started.split())
    for words in ('implicit localhost', 'ansible_python_interpreter', 'the Python that runs Ansible',
                  'Failed to import the required Python library'):
        assert words in text, words


def _resource_actions():
    """Every API action the resource descriptions of plugins/module_utils name (the modules call only these)."""
    resource_module = importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description')
    actions = set()
    for path in glob.glob(os.path.join(ROOT, 'plugins', 'module_utils', 'resources', '*', 'description.py')):
        name = os.path.basename(os.path.dirname(path))
        module = importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.%s.description' % name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, resource_module.Resource) and value.actions is not None:
                described = value.actions
                actions.update(action for action in (described.create, described.describe, described.modify,
                                                     described.delete) if action)
                actions.update(extra.api_name for extra in described.extra.values())
                if value.listing is not None:
                    actions.add(value.listing.action)
    return actions


def test_getting_started_lists_every_cam_action_the_modules_call(getting_started):
    actions = _resource_actions()
    assert 'CreateDatahubTask' in actions and 'DescribeDatahubTasks' in actions
    named = set(re.findall(r'ckafka:([A-Za-z]+)', getting_started))
    assert actions - named == set(), 'getting-started.md lacks the CAM actions %s' % sorted(actions - named)


# ---------------------------------------------------------------------------
# issue 24, point 10: many resources (the example itself runs in tests/integration/test_doc_examples.py)


def test_getting_started_says_how_to_run_many_resources(getting_started):
    text = ' '.join(getting_started.split())
    assert '## Many resources' in getting_started
    for words in ('A `loop:` runs its items one after another', '3 min 19 s', '--forks 20', '31 s', 'add_host',
                  'RequestLimitExceeded'):
        assert words in text, words
    for module in ('datahub_tasks', 'connect_resources', 'datahub_topics'):
        assert '`tencentcloud.ckafka.%s`' % module in text, module
    for state in ('merged', 'overridden', 'deleted', 'gathered', 'rendered'):
        assert '`%s`' % state in text, state
