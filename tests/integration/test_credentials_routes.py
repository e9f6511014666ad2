# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""datahub_task with credentials from each keyless route, against the STS and metadata emulator.

The CKafka emulator here knows no key pair anyone has: it accepts only the temporary credentials
that the STS emulator issued (with their token, until they expire), so a run that succeeds signed
every CKafka call with temporary keys. The uses file (SecretId, service, token sent, outcome per
call) shows which key signed each call. Every run is at -vvvv and is scanned for every secret.
"""

import json
import socket
import time

import pytest

from conftest import REGION, run_playbook, start_emulator
from sts_server import start_sts_emulator

DECLARE = 'credentials/declare.yml'
ROLE_ARN = 'qcs::cam::uin/100000000001:roleName/ckafka-ops'
GUARDED_ROLE = 'qcs::cam::uin/100000000001:roleName/ckafka-guarded'
EXTERNAL_ID = 'ext-Pelican-4242'
OIDC_ROLE = 'qcs::cam::uin/100000000001:roleName/tke-pod'
OIDC_TOKEN = 'oidc-Token-Marmoset-0314'
BASE_ID = 'AKIDintegrationbase0000000000001'
BASE_KEY = 'base-Key-Axolotl-5150'
# A pair that nobody uses: the CKafka emulator must not accept the base pair.
NOBODY_ID, NOBODY_KEY = 'AKIDnobody0000000000000000000000', 'nobody-Key-Tapir-0000'


@pytest.fixture
def world(tmp_path):
    """An STS + metadata emulator and a CKafka emulator that trusts only what STS issues."""
    token_file = tmp_path / 'oidc-token'
    token_file.write_text(OIDC_TOKEN)
    sts = start_sts_emulator(str(tmp_path / 'issued.json'), secret_id=BASE_ID, secret_key=BASE_KEY,
                             roles=[ROLE_ARN, '%s=%s' % (GUARDED_ROLE, EXTERNAL_ID)], cvm_role='ckafka-instance-role',
                             oidc={'provider': 'tke-oidc', 'token_file': str(token_file), 'role_arn': OIDC_ROLE})
    ckafka = start_emulator(secret_id=NOBODY_ID, secret_key=NOBODY_KEY, issued_credentials=sts.issued_path,
                            transition_seconds=0.2)
    home = tmp_path / 'home'
    home.mkdir()
    yield dict(sts=sts, ckafka=ckafka, token_file=str(token_file), home=str(home))
    ckafka.stop()
    sts.stop()


def run(world, extra_vars=None, env=None, playbook=DECLARE, **options):
    variables = dict(task_name='orders-to-es', ckafka_secret_id=None, ckafka_secret_key=None)
    variables.update(extra_vars or {})
    # An empty HOME: no ~/.tencentcloud/credentials of the machine running the tests.
    environment = dict(HOME=world['home'])
    environment.update(env or {})
    result = run_playbook(world['ckafka'], playbook, extra_vars=variables, env=environment, verbosity=4, **options)
    assert_no_secret(world, result)
    return result


def assert_no_secret(world, result):
    """No base key, external id, web identity token, temporary key or token in any output or log."""
    secrets = [BASE_KEY, EXTERNAL_ID, OIDC_TOKEN, NOBODY_KEY]
    for entry in world['sts'].issued.all().values():
        secrets.extend([entry['secret_key'], entry['token']])
    haystacks = {
        'stdout': result.stdout, 'stderr': result.stderr, 'records': json.dumps(result.records, default=str),
        'ckafka request log': json.dumps(world['ckafka'].requests(), default=str),
        'sts request log': json.dumps(world['sts'].requests(), default=str),
        'uses': json.dumps(world['sts'].issued.uses()),
    }
    leaks = ['%s in %s' % (secret[:12], where) for secret in secrets for where, text in haystacks.items() if secret in text]
    assert not leaks, leaks


def ckafka_uses(world):
    return [use for use in world['sts'].issued.uses() if use['service'] == 'ckafka']


def assert_signed_with_temporary_keys(world, route):
    """Every CKafka call (as many as the request log holds) signed with keys issued by route, token sent."""
    requests = world['ckafka'].requests()
    uses = ckafka_uses(world)
    assert requests and len(uses) == len(requests), (uses, requests)
    assert all(entry['error_code'] is None for entry in requests), requests
    issued = world['sts'].issued.all()
    for use in uses:
        assert use['outcome'] == 'ok' and use['token_sent'] is True, use
        assert issued[use['secret_id']]['route'] == route, use
    return set(use['secret_id'] for use in uses)


def created(result):
    assert result.rc == 0, result
    assert result.result('Declare the task')['changed'] is True
    tasks = result.result('Read the task back')['tasks']
    assert [task['task_name'] for task in tasks] == ['orders-to-es']


def test_assume_role_by_option(world):
    sts = world['sts']
    result = run(world, dict(base_secret_id=BASE_ID, base_secret_key=BASE_KEY, sts_endpoint=sts.endpoint,
                             assume_role=dict(role_arn=GUARDED_ROLE, session_name='integration', session_duration=900,
                                              external_id=EXTERNAL_ID)))
    created(result)
    assert_signed_with_temporary_keys(world, 'assume_role')
    calls = [entry for entry in sts.requests() if entry.get('action') == 'AssumeRole']
    assert len(calls) == 2, 'one AssumeRole per module run'
    assert all(call['secret_id'] == BASE_ID and call['error_code'] is None for call in calls), calls
    assert calls[0]['params']['RoleSessionName'] == 'integration' and calls[0]['params']['DurationSeconds'] == 900


def test_assume_role_by_environment(world):
    sts = world['sts']
    env = dict(TENCENTCLOUD_SECRET_ID=BASE_ID, TENCENTCLOUD_SECRET_KEY=BASE_KEY, TENCENTCLOUD_STS_ENDPOINT=sts.endpoint,
               TENCENTCLOUD_ASSUME_ROLE_ARN=GUARDED_ROLE, TENCENTCLOUD_ASSUME_ROLE_SESSION_NAME='from-env',
               TENCENTCLOUD_ASSUME_ROLE_SESSION_DURATION='1200', TENCENTCLOUD_ASSUME_ROLE_EXTERNAL_ID=EXTERNAL_ID)
    result = run(world, env=env)
    created(result)
    assert_signed_with_temporary_keys(world, 'assume_role')
    call = [entry for entry in sts.requests() if entry.get('action') == 'AssumeRole'][0]
    assert (call['params']['RoleSessionName'], call['params']['DurationSeconds']) == ('from-env', 1200)


def test_base_keys_alone_are_refused(world):
    """The control: without assume_role, the base pair does not work on this CKafka emulator."""
    result = run(world, dict(secret_id=BASE_ID, secret_key=BASE_KEY), playbook='credentials/read.yml')
    failure = result.result('Read tasks')
    assert result.statuses('Read tasks') == ['ignored'], result
    assert failure['error_code'] == 'AuthFailure.SecretIdNotFound'
    assert 'The key came from the secret_id and secret_key options.' in failure['msg']


def test_cvm_role_when_no_key_pair_is_found(world):
    result = run(world, env=dict(TENCENTCLOUD_METADATA_ENDPOINT=world['sts'].metadata_endpoint))
    created(result)
    assert_signed_with_temporary_keys(world, 'cvm_role')
    paths = [entry['path'] for entry in world['sts'].requests() if entry['service'] == 'metadata']
    assert paths[:2] == ['/latest/meta-data/cam/security-credentials/',
                         '/latest/meta-data/cam/security-credentials/ckafka-instance-role']


def test_cvm_role_by_credential_source_and_role_name(world):
    env = dict(TENCENTCLOUD_SECRET_ID=BASE_ID, TENCENTCLOUD_SECRET_KEY=BASE_KEY)
    result = run(world, dict(credential_source='cvm_role', cam_role_name='ckafka-instance-role',
                             metadata_endpoint=world['sts'].metadata_endpoint), env=env)
    created(result)
    assert_signed_with_temporary_keys(world, 'cvm_role')


def test_web_identity(world):
    """TKE_* variables as a TKE pod has them; the CVM role is tried first (the SDK's order) and is absent here."""
    sts = world['sts']
    env = dict(TKE_REGION=REGION, TKE_PROVIDER_ID='tke-oidc', TKE_WEB_IDENTITY_TOKEN_FILE=world['token_file'],
               TKE_ROLE_ARN=OIDC_ROLE, TENCENTCLOUD_STS_ENDPOINT=sts.endpoint,
               TENCENTCLOUD_METADATA_ENDPOINT='http://127.0.0.1:%d/latest/meta-data/cam/security-credentials/' % closed_port())
    result = run(world, env=env)
    created(result)
    assert_signed_with_temporary_keys(world, 'web_identity')
    calls = [entry for entry in sts.requests() if entry.get('action') == 'AssumeRoleWithWebIdentity']
    assert len(calls) == 2 and all(call['error_code'] is None and call['region'] == REGION for call in calls), calls


def closed_port():
    sock = socket.socket()
    sock.bind(('127.0.0.1', 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def duration(result):
    return float(result.result('Report the duration')['msg'])


def test_a_metadata_service_that_never_answers_fails_within_seconds(world):
    silent = socket.socket()
    silent.bind(('127.0.0.1', 0))
    silent.listen(8)   # connections are accepted by the kernel and never answered
    endpoint = 'http://127.0.0.1:%d/latest/meta-data/cam/security-credentials/' % silent.getsockname()[1]
    try:
        result = run(world, dict(credential_source='cvm_role', metadata_endpoint=endpoint), playbook='credentials/read.yml')
    finally:
        silent.close()
    failure = result.result('Read tasks')
    assert result.statuses('Read tasks') == ['ignored'], result
    assert failure['msg'] == ('credential_source=cvm_role: the CVM metadata service at %s did not answer within 2 seconds.'
                              % endpoint)
    assert duration(result) < 8, 'the module ran %.1f s' % duration(result)


def resolves(host):
    try:
        socket.getaddrinfo(host, 80)
    except (socket.gaierror, OSError):
        return False
    return True


def test_no_credentials_off_tencent_cloud_names_the_metadata_service(world):
    """The default metadata host does not resolve off Tencent Cloud: the run fails at once and says what was tried."""
    if resolves('metadata.tencentyun.com'):
        pytest.skip('this machine is on Tencent Cloud (metadata.tencentyun.com resolves); the test is about hosts off it')
    result = run(world, playbook='credentials/read.yml')
    failure = result.result('Read tasks')
    assert result.statuses('Read tasks') == ['ignored'], result
    assert failure['msg'].startswith('No Tencent Cloud credentials found. Tried: the secret_id and secret_key options')
    assert 'the CVM metadata service at http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/' in failure['msg']
    assert duration(result) < 8


@pytest.fixture
def short_lived(tmp_path):
    token_file = tmp_path / 'oidc-token'
    token_file.write_text(OIDC_TOKEN)
    sts = start_sts_emulator(str(tmp_path / 'issued.json'), secret_id=BASE_ID, secret_key=BASE_KEY, roles=[ROLE_ARN],
                             cvm_role='ckafka-instance-role', lifetime=4)
    ckafka = start_emulator(secret_id=NOBODY_ID, secret_key=NOBODY_KEY, issued_credentials=sts.issued_path,
                            transition_seconds=10)
    home = tmp_path / 'home'
    home.mkdir()
    yield dict(sts=sts, ckafka=ckafka, token_file=str(token_file), home=str(home))
    ckafka.stop()
    sts.stop()


def test_expired_temporary_credentials_are_renewed_during_a_long_wait(short_lived):
    world = short_lived
    env = dict(TENCENTCLOUD_SECRET_ID=BASE_ID, TENCENTCLOUD_SECRET_KEY=BASE_KEY, TENCENTCLOUD_STS_ENDPOINT=world['sts'].endpoint,
               TENCENTCLOUD_ASSUME_ROLE_ARN=ROLE_ARN)
    started = time.time()
    result = run(world, dict(wait=True, wait_timeout=60), env=env)
    created(result)
    assert time.time() - started > 10
    keys = assert_signed_with_temporary_keys(world, 'assume_role')
    assert len(keys) >= 3, 'credentials living 4 s over a wait of 10 s: renewed at least twice, got %d keys' % len(keys)
    assert not [use for use in ckafka_uses(world) if use['outcome'] != 'ok'], 'renewed before expiry, never refused'


def test_a_refused_assume_role_names_the_role_and_the_base_keys(world):
    sts = world['sts']
    env = dict(TENCENTCLOUD_SECRET_ID=BASE_ID, TENCENTCLOUD_SECRET_KEY=BASE_KEY)
    result = run(world, dict(sts_endpoint=sts.endpoint, assume_role=dict(role_arn=GUARDED_ROLE, external_id='ext-Wrong-999')),
                 env=env, playbook='credentials/read.yml')
    assert result.statuses('Read tasks') == ['ignored'], result
    failure = result.result('Read tasks')
    assert failure['error_code'] == 'InvalidParameter.ExtendIdNotMatch'
    assert failure['msg'].startswith(
        'InvalidParameter.ExtendIdNotMatch: assume_role (AssumeRole of role %s at %s, signed with the keys from the environment '
        'variables TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY) failed: ' % (GUARDED_ROLE, sts.endpoint)), failure['msg']
    assert 'ext-Wrong-999' not in result.stdout + result.stderr + json.dumps(result.records)
    assert world['ckafka'].requests() == [], 'no CKafka call without credentials'
