# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Every YAML example of README.md and docs/ runs as written, or says it is a fragment (issue 24, point 5).

The rule (doc_examples.py): a ```yaml block whose first line is `# fragment: <why>` is shown, not
run; every other block is a playbook or a list of tasks (run in a play of its own), and runs against
the emulator twice: the first run fails nothing, the second changes nothing. The credentials come
from the environment (as the examples say), an endpoint written as http://127.0.0.1:PORT becomes the
emulator's, and the passwords the examples read are extra vars. All examples run in one
ansible-playbook, the emulator reset before each. docs/cookbook/*.yml run in their own tests.
"""

import os

import pytest
import yaml

import doc_examples
import test_connect_resource_cookbook
import test_cookbook
import test_pipeline_role
from conftest import run_playbook

EXAMPLES = doc_examples.examples()
RUNNABLE = [example for example in EXAMPLES if example.kind() in ('playbook', 'tasks')]
# The variables the examples read, as a user would keep them in Ansible Vault.
SECRETS = dict(es_password='doc-Es-Secret-4711', vault_es_password='doc-Es-Vault-4711')
MARK = 'doc example %d, run %d: %s'


def _marker(number, run, example):
    """A play that resets the emulator (before a first run) and names the run in the records."""
    tasks = []
    if run == 1:
        tasks.append({'name': 'Reset the emulator', 'ansible.builtin.uri': {
            'url': '{{ ckafka_endpoint }}/_emulator/reset', 'method': 'POST'}})
    tasks.append({'name': MARK % (number, run, example.name), 'ansible.builtin.debug': {'msg': example.name}})
    return dict(name=MARK % (number, run, example.name), hosts='localhost', gather_facts=False, tasks=tasks)


def _credentials_file(directory, emulator):
    """A profile file for the examples that name a profile (production)."""
    path = os.path.join(directory, 'credentials')
    with open(path, 'w', encoding='utf-8') as handle:
        for section in ('default', 'production'):
            handle.write('[%s]\nsecret_id = %s\nsecret_key = %s\n\n' % (section, emulator.secret_id, emulator.secret_key))
    return path


@pytest.fixture(scope='module')
def runs(emulator_server, tmp_path_factory):
    """{example name: (records of its first run, records of its second run)}, and the whole run."""
    directory = str(tmp_path_factory.mktemp('doc-examples'))
    plays = []
    for number, example in enumerate(RUNNABLE):
        for run in (1, 2):
            plays.append(_marker(number, run, example))
            plays.extend(doc_examples.plays(example, emulator_server.endpoint))
    path = os.path.join(directory, 'doc_examples.yml')
    with open(path, 'w', encoding='utf-8') as handle:
        yaml.safe_dump(plays, handle, sort_keys=False)
    env = dict(emulator_server.env(), TENCENTCLOUD_CREDENTIALS_FILE=_credentials_file(directory, emulator_server))
    whole = run_playbook(emulator_server, path, extra_vars=SECRETS, env=env)
    split = {}
    current = None
    for record in whole.records:
        found = [(example.name, run) for number, example in enumerate(RUNNABLE) for run in (1, 2)
                 if record['task'] == MARK % (number, run, example.name)]
        if found:
            current = found[0]
            split.setdefault(current[0], ([], []))
        elif current is not None:
            split[current[0]][current[1] - 1].append(record)
    return split, whole


def test_every_yaml_example_is_run_or_marked_as_a_fragment():
    wrong = ['%s: %s; run it as written, or make its first line `# fragment: <why>`' % (example.name, example.kind())
             for example in EXAMPLES if example.kind() not in ('playbook', 'tasks', 'fragment')]
    assert not wrong, '\n'.join(wrong)
    for example in EXAMPLES:
        if example.kind() == 'fragment':
            assert example.fragment_reason, '%s: say why it is a fragment after `# fragment:`' % example.name
            example.data()  # a fragment is still valid YAML


def test_the_rule_sees_the_examples_it_should():
    kinds = {}
    for example in EXAMPLES:
        kinds.setdefault(example.name.split(':')[0], set()).add(example.kind())
    assert 'playbook' in kinds['README.md'] and 'tasks' in kinds['docs/cookbook/pipelines.md'], kinds
    indented = doc_examples.blocks('x.md', '* a list item:\n\n  ```yaml\n  # fragment: shown only\n  a: 1\n  ```\n')
    assert [e.fragment_reason for e in indented] == ['shown only']
    assert doc_examples.blocks('x.md', '```yaml\nkey: value\n```\n')[0].kind().startswith('neither')


def test_every_cookbook_playbook_runs_in_a_test():
    tested = set(test_cookbook.PLAYBOOKS) | set(test_connect_resource_cookbook.PLAYBOOKS) | set(test_pipeline_role.COOKBOOK)
    cookbook = os.path.join(doc_examples.ROOT, 'docs', 'cookbook')
    untested = sorted(os.path.basename(path) for path in os.listdir(cookbook) if path.endswith(('.yml', '.yaml'))
                      and os.path.join(cookbook, path) not in tested)
    assert not untested, 'docs/cookbook playbooks that no test runs: %s' % untested


@pytest.mark.parametrize('example', RUNNABLE, ids=[example.name for example in RUNNABLE])
def test_the_example_runs_and_a_rerun_changes_nothing(runs, example):
    split, whole = runs
    assert example.name in split, 'the example did not run (one before it failed?): %r' % whole
    first, second = split[example.name]
    failures = ['%s: %s' % (record['task'], record['result'].get('msg')) for record in first + second
                if record['status'] in ('failed', 'unreachable', 'item_failed')]
    assert not failures, '%s fails as written:\n%s' % (example.name, '\n'.join(failures))
    ours = [record for record in first if record['action'].startswith('tencentcloud.ckafka.')]
    assert ours, '%s ran no module of the collection' % example.name
    changed = [record['task'] for record in second
               if record['action'].startswith('tencentcloud.ckafka.') and record['status'] in ('changed', 'item_changed')]
    assert not changed, '%s: the rerun changed %s' % (example.name, changed)
    for secret in SECRETS.values():
        assert secret not in whole.output, 'a password was printed'


def test_the_whole_run_succeeds(runs):
    assert runs[1].rc == 0, runs[1]


def test_the_many_resources_example_spreads_its_tasks_over_hosts(runs):
    """getting-started's answer to a slow loop (issue 24, point 10): one host per resource."""
    split = runs[0]
    found = [example for example in RUNNABLE if example.page == 'docs/getting-started.md' and 'add_host' in example.text]
    assert len(found) == 1, 'docs/getting-started.md should show one add_host example'
    first = split[found[0].name][0]
    hosts = sorted(record['host'] for record in first
                   if record['action'] == 'tencentcloud.ckafka.datahub_task' and record['status'] == 'changed')
    assert hosts == ['sink-orders-ap', 'sink-orders-eu', 'sink-orders-us'], hosts
