# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Every connection playbook of the cookbook (docs/cookbook/*connection*.yml) against the emulator.

The steps of test_cookbook.py, for a connection: a check-mode run with --diff reports one change
and creates nothing; the real run creates exactly one connection, which runs; the rerun reports
no change and sends no write; connection_state=absent removes it; a second removal changes nothing.
No run prints a password.
"""

import concurrent.futures
import glob
import os

import pytest
import yaml

from conftest import run_playbook

HERE = os.path.dirname(os.path.abspath(__file__))
COOKBOOK = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'docs', 'cookbook')
PLAYBOOKS = sorted(glob.glob(os.path.join(COOKBOOK, '*connection*.yml')))
MODULE = 'tencentcloud.ckafka.connect_resource'
SECRETS = dict(es_password='es-Secret-4711', mysql_password='mysql-Secret-4711', clickhouse_password='ch-Secret-4711')
KINDS = {'ES', 'TDSQL_C_MYSQL', 'CLICKHOUSE'}
WRITES = ('CreateConnectResource', 'ModifyConnectResource', 'DeleteConnectResource')


def _name(path):
    return os.path.basename(path)[:-len('.yml')]


def _connection_args(path):
    with open(path, encoding='utf-8') as handle:
        plays = yaml.safe_load(handle)
    return [task[MODULE] for play in plays for task in play.get('tasks', []) if MODULE in task]


def _named(emulator, name):
    return [c for c in emulator.resources('connect_resource') if c.get('ResourceName') == name]


def _writes_of(emulator, name, resource_id):
    return [call for call in emulator.calls() if call.get('action') in WRITES
            and ((call.get('params') or {}).get('ResourceName') == name
                 or (resource_id and (call.get('params') or {}).get('ResourceId') == resource_id))]


def _story(emulator, path):
    name = _connection_args(path)[0]['resource_name']
    steps = []

    def step(label, **options):
        run = run_playbook(emulator, path, extra_vars=dict(SECRETS, **options.pop('extra_vars', {})), **options)
        steps.append((label, run, dict(connections=_named(emulator, name))))

    step('check', check=True, diff=True)
    step('create')
    created = steps[-1][2]['connections']
    resource_id = created[0]['ResourceId'] if len(created) == 1 else None
    writes = len(_writes_of(emulator, name, resource_id))
    step('rerun', diff=True)
    steps[-1][2]['new_writes'] = _writes_of(emulator, name, resource_id)[writes:]
    step('remove', extra_vars=dict(connection_state='absent'))
    step('remove again', extra_vars=dict(connection_state='absent'))
    return steps


@pytest.fixture(scope='module')
def stories(emulator_server):
    emulator_server.reset()
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(PLAYBOOKS)) as pool:
        futures = dict((path, pool.submit(_story, emulator_server, path)) for path in PLAYBOOKS)
    return dict((path, future.result()) for path, future in futures.items())


def test_the_cookbook_has_the_promised_connections():
    with open(os.path.join(COOKBOOK, 'README.md'), encoding='utf-8') as handle:
        readme = handle.read()
    seen = set()
    for path in PLAYBOOKS:
        assert os.path.basename(path) in readme, '%s is not described in docs/cookbook/README.md' % path
        args = _connection_args(path)
        assert len(args) == 1, '%s: one connect_resource per cookbook playbook' % path
        assert args[0].get('state') == '{{ connection_state }}', path
        seen.add(args[0]['type'])
    assert KINDS <= seen, 'kinds without a cookbook playbook: %s' % sorted(KINDS - seen)


@pytest.mark.parametrize('path', PLAYBOOKS, ids=[_name(p) for p in PLAYBOOKS])
def test_cookbook_connection(stories, path):
    steps = dict((label, (run, facts)) for label, run, facts in stories[path])
    for label, (run, facts) in steps.items():
        assert run.rc == 0, '%s: %r' % (label, run)
        for secret in SECRETS.values():
            assert secret not in run.output, '%s printed a password' % label

    run, facts = steps['check']
    assert run.statuses().count('changed') == 1, run
    assert facts['connections'] == [], 'check mode created a connection'

    run, facts = steps['create']
    assert run.statuses().count('changed') == 1, run
    assert len(facts['connections']) == 1 and facts['connections'][0]['Status'] == 1, facts

    run, facts = steps['rerun']
    assert run.statuses().count('changed') == 0, run
    assert facts['new_writes'] == [], 'the rerun wrote: %s' % facts['new_writes']

    run, facts = steps['remove']
    assert run.statuses().count('changed') == 1, run
    assert facts['connections'] == []

    run, facts = steps['remove again']
    assert run.statuses().count('changed') == 0, run
