# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""No secret ever shows: every scenario at -vvvv with --diff, distinctive secret values, everything scanned.

The secrets are the emulator's secret_key, a security_token, a wrong secret_key, and one distinct
value for every no_log option of the task parameters (found by walking PARAMETER_SPEC, so a new
password option is covered without touching this file). playbooks/reliability_secrets/scenarios.yml
runs create, rerun, check mode with diff, update, a refused immutable change, both kinds of validation
failure, a service error, dropped connections, wrong credentials, a closed port, both ways of
datahub_task_info and a delete. The scan covers stdout, stderr, every recorded result (warnings,
errors, diffs, invocations) and the emulator's request log.
"""

import json
import socket

import pytest

import reliability_strategies as rs
from conftest import run_playbook, start_emulator

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.schema import PARAMETER_SPEC

SCENARIOS = 'reliability_secrets/scenarios.yml'
SECRET_ID = 'AKIDreliabilitysecrets0000000001'
SECRET_KEY = 'SKey-7f3a9c1e-Zebra-Quokka-0042'
SECURITY_TOKEN = 'Tok3n-5b8d2e6f-Narwhal-Ocelot-9917'
WRONG_SECRET_KEY = 'WrongKey-c4e1a7b9-Pangolin-3377'
BLOCKS = ('mongo_db_param', 'es_param', 'click_house_param', 'dts_param', 'mqtt_param')
# A parameter block is accepted only beside its own type, so one task carries one block a side:
# run i puts BLOCKS[i] in the source and BLOCKS[i + 1] in the target, and the five runs cover every
# password of both sides.
TYPE_OF_BLOCK = {'mongo_db_param': 'MONGODB', 'es_param': 'ES', 'click_house_param': 'CLICKHOUSE',
                 'dts_param': 'DTS', 'mqtt_param': 'MQTT'}
PAIRINGS = [(BLOCKS[i], BLOCKS[(i + 1) % len(BLOCKS)]) for i in range(len(BLOCKS))]


def password_value(path):
    """A distinctive value per secret path, e.g. Pw-target_resource-es_param-password-Xylophone."""
    return 'Pw-%s-Xylophone' % path.replace('.', '-')


def resource(side, block):
    """A resource of the type of block, carrying that block with a distinctive value for each password."""
    options = PARAMETER_SPEC[side]['options']
    value = {'type': TYPE_OF_BLOCK[block], block: rs.minimal_value(options[block])}
    for name, member in options[block]['options'].items():
        if member.get('no_log'):
            value[block][name] = password_value('%s.%s.%s' % (side, block, name))
    if block == 'es_param':
        value[block].update(index='orders', user_name='elastic')
    return value


def closed_port():
    sock = socket.socket()
    sock.bind(('127.0.0.1', 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


@pytest.fixture(scope='module')
def secret_emulator():
    server = start_emulator(transition_seconds=0.2, secret_id=SECRET_ID, secret_key=SECRET_KEY)
    yield server
    server.stop()


def all_secrets():
    secrets = [SECRET_KEY, SECURITY_TOKEN, WRONG_SECRET_KEY]
    secrets.extend(password_value(path) for path in rs.SECRET_PATHS)
    return secrets


def test_every_no_log_option_has_a_secret():
    """The scan below covers every no_log option of the spec (both sides, all blocks)."""
    covered = set()
    for source_block, target_block in PAIRINGS:
        for side, block in (('source_resource', source_block), ('target_resource', target_block)):
            value = resource(side, block)[block]
            covered.update('%s.%s.%s' % (side, block, name) for name in value if 'password' in name)
    assert covered == set(rs.SECRET_PATHS)


@pytest.mark.parametrize('source_block, target_block', PAIRINGS)
def test_no_secret_anywhere(secret_emulator, source_block, target_block):
    emulator = secret_emulator
    emulator.reset()
    emulator.add_fault('CreateDatahubTask', 'error', count=1, code='FailedOperation', message='the service says no')
    emulator.add_fault('CreateDatahubTask', 'drop_before', count=4)
    extra_vars = dict(
        ckafka_security_token=SECURITY_TOKEN,
        ckafka_wrong_secret_key=WRONG_SECRET_KEY,
        ckafka_closed_endpoint='http://127.0.0.1:%d' % closed_port(),
        secret_source=resource('source_resource', source_block),
        secret_target=resource('target_resource', target_block),
        secret_target_changed={target_block: {'resource': 'another-resource'}},
    )
    run = run_playbook(emulator, SCENARIOS, extra_vars=extra_vars, verbosity=4, diff=True)
    assert run.rc == 0, run

    # The scenarios really happened, so the scan below means something.
    def status(task):
        return run.statuses(task)[-1]
    assert status('Meet a service error') == 'ignored' and 'FailedOperation' in run.result('Meet a service error')['msg']
    assert status('Meet a network failure') == 'ignored'
    assert status('Create with every password') == 'changed', run
    assert status('Rerun unchanged') == 'ok', run
    preview = run.result('Preview an update in check mode')
    assert preview['changed'] and preview['diff']['after']['description'] == 'second'
    assert status('Update the description') == 'changed'
    assert run.result('Change an immutable option without recreate').get('replacement_required') is True
    assert status('Fail validation') == 'ignored' and status('Fail argument validation') == 'ignored'
    assert run.result('Use a wrong secret key')['error_code'].startswith('AuthFailure')
    assert run.result('Reach a closed port')['error_code'] == 'ClientNetworkError'
    assert [task['task_name'] for task in run.result('List the tasks')['tasks']] == ['secrets-everywhere']
    assert len(run.result('Read the task by id')['tasks']) == 1
    assert run.result('Read with a wrong secret key')['error_code'].startswith('AuthFailure')
    assert status('Delete it') == 'changed'
    created = [entry for entry in emulator.requests() if entry['action'] == 'CreateDatahubTask' and not entry.get('fault')
               and not entry.get('error_code')]
    assert created, emulator.requests()
    sent = created[0]['params']
    for path in rs.SECRET_PATHS:
        side, block, name = path.split('.')
        if block != (source_block if side == 'source_resource' else target_block):
            continue
        api_side = 'SourceResource' if side == 'source_resource' else 'TargetResource'
        api_block = {'mongo_db_param': 'MongoDBParam', 'es_param': 'EsParam', 'click_house_param': 'ClickHouseParam',
                     'dts_param': 'DtsParam', 'mqtt_param': 'MqttParam'}[block]
        assert sent[api_side][api_block], path
    assert '-vvvv' in run.command and '--diff' in run.command

    haystacks = {
        'stdout': run.stdout,
        'stderr': run.stderr,
        'records': json.dumps(run.records, default=str),
        'request log': json.dumps(emulator.requests(), default=str),
    }
    leaks = []
    for secret in all_secrets():
        for where, text in haystacks.items():
            if secret in text:
                leaks.append((secret, where, text[max(0, text.index(secret) - 200):text.index(secret) + 100]))
    assert not leaks, 'secrets leaked:\n%s' % '\n'.join('%s in %s: ...%s...' % leak for leak in leaks)


def test_secrets_from_the_environment_do_not_show(secret_emulator):
    """secret_key and security_token from TENCENTCLOUD_* variables: no_log does not cover them, the module must not echo them."""
    emulator = secret_emulator
    emulator.reset()
    env = emulator.env()
    env['TENCENTCLOUD_SECURITY_TOKEN'] = SECURITY_TOKEN
    run = run_playbook(emulator, 'datahub_task_info/read.yml', extra_vars={'ckafka_secret_key': None, 'ckafka_secret_id': None},
                       env=env, verbosity=4, diff=True)
    text = run.stdout + run.stderr + json.dumps(run.records, default=str) + json.dumps(emulator.requests(), default=str)
    assert run.rc == 0, run
    assert SECRET_KEY not in text and SECURITY_TOKEN not in text, run
