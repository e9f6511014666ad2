# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Every YAML example of README.md and docs/ passes `--check` as it is, from an empty account (issue 29,
point 8): a play that creates resources and wires their ids into the next module previews, the ids the
service chooses standing as "(known after creation)" (plugins/module_utils/runtime/known_after.py).

All runnable examples in one ansible-playbook --check, the emulator reset (for real) before each; nothing
may fail.
"""

import os

import yaml

import doc_examples
from conftest import run_playbook
from test_doc_examples import RUNNABLE, SECRETS, _credentials_file

MARK = 'doc example %d in check mode: %s'


def _marker(number, example):
    reset = {'name': 'Reset the emulator', 'check_mode': False, 'ansible.builtin.uri': {
        'url': '{{ ckafka_endpoint }}/_emulator/reset', 'method': 'POST'}}
    named = {'name': MARK % (number, example.name), 'ansible.builtin.debug': {'msg': example.name}}
    return dict(name=MARK % (number, example.name), hosts='localhost', gather_facts=False, tasks=[reset, named])


def test_every_yaml_example_passes_check_mode_from_an_empty_account(emulator_server, tmp_path):
    plays = []
    for number, example in enumerate(RUNNABLE):
        plays.append(_marker(number, example))
        plays.extend(doc_examples.plays(example, emulator_server.endpoint))
    path = os.path.join(str(tmp_path), 'doc_examples_check.yml')
    with open(path, 'w', encoding='utf-8') as handle:
        yaml.safe_dump(plays, handle, sort_keys=False)
    env = dict(emulator_server.env(), TENCENTCLOUD_CREDENTIALS_FILE=_credentials_file(str(tmp_path), emulator_server))
    run = run_playbook(emulator_server, path, extra_vars=SECRETS, env=env, check=True)
    failures = []
    current = None
    for record in run.records:
        if record['task'].startswith('doc example '):
            current = record['task']
        elif record['status'] in ('failed', 'unreachable', 'item_failed'):
            failures.append('%s: %s: %s' % (current, record['task'], record['result'].get('msg')))
    assert not failures, 'examples that fail in check mode:\n' + '\n'.join(failures)
    assert run.rc == 0, run
    for secret in SECRETS.values():
        assert secret not in run.output
