# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Each keyless route over real HTTP against the STS and metadata emulator (in this process),
with the official SDK as the oracle of the STS signature; the client's DNS and AuthFailure messages."""

import datetime
import json
import socket
import threading
import time

import pytest
from tencentcloud.common.credential import Credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.sts.v20180813 import models as sts_models
from tencentcloud.sts.v20180813.sts_client import StsClient as SdkStsClient

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.client import CkafkaClient
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.credentials import (
    Credentials,
    resolve_credentials,
)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError, CredentialsError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.temporary_credentials import Transport
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy

import sts_server  # tests/emulator, put on sys.path by tests/unit/conftest.py

ROLE_ARN = 'qcs::cam::uin/100000000001:roleName/ckafka-ops'
GUARDED_ROLE = 'qcs::cam::uin/100000000001:roleName/guarded'
OIDC_ROLE = 'qcs::cam::uin/100000000001:roleName/tke-pod'
BASE_ID = 'AKIDunitbase00000000000000000001'
BASE_KEY = 'unit-base-Key-never-shown'
OIDC_TOKEN = 'oidc-Token-never-shown'


@pytest.fixture
def sts(tmp_path):
    """The STS and metadata emulator in a thread: roles ROLE_ARN and GUARDED_ROLE (external id), CVM role ops-role."""
    token_file = tmp_path / 'oidc-token'
    token_file.write_text(OIDC_TOKEN)
    args = sts_server.parse_args(['--issued-credentials', str(tmp_path / 'issued.json'), '--secret-id', BASE_ID,
                                  '--secret-key', BASE_KEY, '--role', ROLE_ARN, '--role', GUARDED_ROLE + '=ext-42',
                                  '--cvm-role', 'ops-role', '--oidc-provider', 'tke-oidc', '--oidc-token-file', str(token_file),
                                  '--oidc-role-arn', OIDC_ROLE])
    server = sts_server.build_server(args)
    thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05}, daemon=True)
    thread.start()
    server.endpoint = 'http://127.0.0.1:%d' % server.server_address[1]
    server.metadata_endpoint = server.endpoint + '/latest/meta-data/cam/security-credentials/'
    server.token_file = str(token_file)
    yield server
    server.shutdown()
    server.server_close()


def base_env(sts, **extra):
    environ = {'TENCENTCLOUD_SECRET_ID': BASE_ID, 'TENCENTCLOUD_SECRET_KEY': BASE_KEY,
               'TENCENTCLOUD_STS_ENDPOINT': sts.endpoint, 'TENCENTCLOUD_METADATA_ENDPOINT': sts.metadata_endpoint}
    environ.update(extra)
    return environ


def issued(sts, creds):
    entry = sts.sts.issued.lookup(creds.secret_id)
    assert entry, 'not issued by the emulator: %r' % creds
    assert (entry['secret_key'], entry['token']) == (creds.secret_key, creds.security_token)
    return entry


def test_assume_role_by_option(sts):
    creds = resolve_credentials({'assume_role': {'role_arn': ROLE_ARN, 'session_name': 'unit-test', 'session_duration': 900}},
                                base_env(sts))
    assert issued(sts, creds)['route'] == 'assume_role'
    assert abs(creds.expires_at - (time.time() + 900)) < 5
    entry = sts.sts.requests()[-1]
    assert (entry['action'], entry['secret_id'], entry['error_code']) == ('AssumeRole', BASE_ID, None)
    assert entry['params'] == {'RoleArn': ROLE_ARN, 'RoleSessionName': 'unit-test', 'DurationSeconds': 900}


def test_assume_role_with_external_id_and_policy(sts):
    policy = {'version': '2.0', 'statement': [{'effect': 'allow', 'action': ['ckafka:Describe*'], 'resource': ['*']}]}
    creds = resolve_credentials({'assume_role': {'role_arn': GUARDED_ROLE, 'external_id': 'ext-42', 'policy': policy}},
                                base_env(sts))
    issued(sts, creds)


def test_assume_role_refused_names_the_role_and_base_source(sts):
    with pytest.raises(CkafkaError) as info:
        resolve_credentials({'assume_role': {'role_arn': GUARDED_ROLE, 'external_id': 'wrong-1'}}, base_env(sts))
    text = str(info.value)
    assert info.value.code == 'InvalidParameter.ExtendIdNotMatch'
    assert GUARDED_ROLE in text and 'TENCENTCLOUD_SECRET_ID' in text and sts.endpoint in text
    assert BASE_KEY not in text and 'wrong-1' not in text


def test_assume_role_with_a_wrong_base_key(sts):
    environ = base_env(sts, TENCENTCLOUD_SECRET_KEY='not-the-Key-777')
    with pytest.raises(CkafkaError) as info:
        resolve_credentials({'assume_role': {'role_arn': ROLE_ARN}}, environ)
    assert info.value.code == 'AuthFailure.SignatureFailure'
    assert 'the environment variables TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY' in str(info.value)
    assert 'not-the-Key-777' not in str(info.value)


def test_cvm_role_from_the_metadata_service(sts):
    creds = resolve_credentials({'credential_source': 'cvm_role', 'metadata_endpoint': sts.metadata_endpoint}, {})
    assert issued(sts, creds)['route'] == 'cvm_role'
    assert creds.source == 'CVM role ops-role from the metadata service at %s' % sts.metadata_endpoint


def test_cvm_role_then_assume_role_signed_with_its_token(sts):
    creds = resolve_credentials({'credential_source': 'cvm_role', 'assume_role': {'role_arn': ROLE_ARN}},
                                {'TENCENTCLOUD_METADATA_ENDPOINT': sts.metadata_endpoint, 'TENCENTCLOUD_STS_ENDPOINT': sts.endpoint})
    assert issued(sts, creds)['route'] == 'assume_role'
    entry = [e for e in sts.sts.requests() if e['action'] == 'AssumeRole'][-1]
    assert entry['secret_id'].startswith('AKIDTMP') and entry['token_sent'] is True


def test_web_identity(sts):
    environ = {'TKE_REGION': 'ap-guangzhou', 'TKE_PROVIDER_ID': 'tke-oidc', 'TKE_WEB_IDENTITY_TOKEN_FILE': sts.token_file,
               'TKE_ROLE_ARN': OIDC_ROLE, 'TENCENTCLOUD_STS_ENDPOINT': sts.endpoint}
    creds = resolve_credentials({'credential_source': 'web_identity'}, environ)
    assert issued(sts, creds)['route'] == 'web_identity'
    entry = sts.sts.requests()[-1]
    assert entry['action'] == 'AssumeRoleWithWebIdentity' and entry['params']['WebIdentityToken'] == '********'
    assert entry['region'] == 'ap-guangzhou'


def test_web_identity_with_a_wrong_token(sts, tmp_path):
    token_file = tmp_path / 'stale'
    token_file.write_text('stale-Token-never-shown')
    environ = {'TKE_REGION': 'ap-guangzhou', 'TKE_PROVIDER_ID': 'tke-oidc', 'TKE_WEB_IDENTITY_TOKEN_FILE': str(token_file),
               'TKE_ROLE_ARN': OIDC_ROLE, 'TENCENTCLOUD_STS_ENDPOINT': sts.endpoint}
    with pytest.raises(CkafkaError) as info:
        resolve_credentials({'credential_source': 'web_identity'}, environ)
    assert 'web identity (AssumeRoleWithWebIdentity of role %s with provider tke-oidc' % OIDC_ROLE in str(info.value)
    assert 'stale-Token-never-shown' not in str(info.value)


def closed_port():
    sock = socket.socket()
    sock.bind(('127.0.0.1', 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def test_a_metadata_service_that_does_not_answer_fails_fast():
    """A listening socket that never accepts: the connection hangs; the short timeouts end it."""
    silent = socket.socket()
    silent.bind(('127.0.0.1', 0))
    silent.listen(0)
    # Fill the backlog so that further connections hang in SYN state or are accepted by the kernel only.
    endpoint = 'http://127.0.0.1:%d/latest/meta-data/cam/security-credentials/' % silent.getsockname()[1]
    started = time.time()
    try:
        with pytest.raises(CredentialsError) as info:
            resolve_credentials({'credential_source': 'cvm_role', 'metadata_endpoint': endpoint}, {})
    finally:
        silent.close()
    assert time.time() - started < 5
    assert 'the CVM metadata service at %s' % endpoint in str(info.value)


def test_an_absent_metadata_service_is_named():
    endpoint = 'http://127.0.0.1:%d/latest/meta-data/cam/security-credentials/' % closed_port()
    with pytest.raises(CredentialsError) as info:
        resolve_credentials({'credential_source': 'cvm_role', 'metadata_endpoint': endpoint}, {})
    assert str(info.value) == ('credential_source=cvm_role: the CVM metadata service at %s cannot be reached '
                               '(connection refused).' % endpoint)


# ---- the SDK as oracle ------------------------------------------------------------------------------

def test_sts_signature_matches_the_sdk(scripted_server):
    """Our AssumeRole request, signed for service sts, checked by the SDK's own TC3 code."""
    scripted_server.answers.append((200, {}, {'Response': {'Credentials': {'TmpSecretId': 'a', 'TmpSecretKey': 'b', 'Token': 'c'},
                                                           'ExpiredTime': int(time.time()) + 60, 'RequestId': 'r'}}))
    transport = Transport({'sts_endpoint': scripted_server.endpoint}, {})
    transport.sts_call('AssumeRole', {'RoleArn': ROLE_ARN, 'RoleSessionName': 'oracle'}, Credentials(BASE_ID, BASE_KEY), 'ap-guangzhou')
    received = scripted_server.received[0]
    headers = received['headers']
    assert (headers['X-TC-Action'], headers['X-TC-Version']) == ('AssumeRole', '2018-08-13')
    timestamp = int(headers['X-TC-Timestamp'])
    date = datetime.datetime.fromtimestamp(timestamp, tz=datetime.timezone.utc).strftime('%Y-%m-%d')
    host = headers['Host']
    request = RequestInternal(host, 'POST', '/', header={'Content-Type': headers['Content-Type'], 'Host': host,
                                                         'X-TC-Timestamp': str(timestamp)}, data=received['body'].decode('utf-8'))
    sdk = SdkStsClient(Credential(BASE_ID, BASE_KEY), 'ap-guangzhou')
    expected = sdk._get_tc3_signature({}, request, date, 'sts', BASE_KEY)  # pylint: disable=protected-access
    assert headers['Authorization'] == ('TC3-HMAC-SHA256 Credential=%s/%s/sts/tc3_request, SignedHeaders=content-type;host, '
                                        'Signature=%s' % (BASE_ID, date, expected))


def test_the_emulator_accepts_the_sdk_assume_role(sts):
    """The STS emulator's signature check, against the official SDK's client."""
    profile = ClientProfile(httpProfile=HttpProfile(endpoint='127.0.0.1:%d' % sts.server_address[1], protocol='http'))
    client = SdkStsClient(Credential(BASE_ID, BASE_KEY), 'ap-guangzhou', profile)
    request = sts_models.AssumeRoleRequest()
    request.from_json_string(json.dumps({'RoleArn': ROLE_ARN, 'RoleSessionName': 'sdk-oracle', 'DurationSeconds': 600}))
    answer = client.AssumeRole(request)
    assert answer.Credentials.TmpSecretId.startswith('AKIDTMP') and answer.Credentials.Token


# ---- the client: DNS, AuthFailure source, renewal on refusal ------------------------------------------

def test_a_host_name_that_does_not_resolve_fails_at_once():
    sleeps = []
    client = CkafkaClient(Credentials('AKIDx', 'k'), 'ap_guangzhou', 'https://ckafka.ap_guangzhou.invalid',
                          retry_policy=RetryPolicy(retries=6), sleep=sleeps.append)
    client.endpoint_origin = 'the endpoint option'
    started = time.time()
    with pytest.raises(CkafkaError) as info:
        client.call('DescribeDatahubTasks', {}, idempotent=True)
    assert time.time() - started < 5 and sleeps == [], 'not retried'
    assert str(info.value) == (
        'DescribeDatahubTasks failed with ClientNetworkError: the host name ckafka.ap_guangzhou.invalid of the endpoint '
        'https://ckafka.ap_guangzhou.invalid (from the endpoint option) does not resolve (region ap_guangzhou): check the '
        "endpoint and the region for typos, and this host's DNS")


def test_auth_failure_says_where_the_key_came_from(scripted_server):
    scripted_server.answers.append((200, {}, {'Response': {'Error': {'Code': 'AuthFailure.SecretIdNotFound', 'Message': 'nope.'},
                                                           'RequestId': 'r1'}}))
    client = CkafkaClient(Credentials('AKIDx', 'Secret-Key-Never', source='profile prod of /etc/creds'), 'ap-guangzhou',
                          scripted_server.endpoint)
    with pytest.raises(CkafkaError) as info:
        client.call('DescribeDatahubTasks', {}, idempotent=True)
    assert str(info.value) == ('DescribeDatahubTasks failed with AuthFailure.SecretIdNotFound: nope. The key came from '
                               'profile prod of /etc/creds. (request id r1)')
    assert 'Secret-Key-Never' not in str(info.value)


def test_refused_temporary_credentials_are_renewed_once(scripted_server):
    refusal = (200, {}, {'Response': {'Error': {'Code': 'AuthFailure.TokenFailure', 'Message': 'expired'}, 'RequestId': 'r'}})
    scripted_server.answers.extend([refusal, (200, {}, {'Response': {'RequestId': 'ok'}})])
    fetched = []

    class Renewing(Credentials):
        def renew(self):
            fetched.append(1)
            self.secret_id = 'AKIDrenewed'
            return True

    client = CkafkaClient(Renewing('AKIDold', 'k', 't', 'test'), 'ap-guangzhou', scripted_server.endpoint)
    client.call('DescribeDatahubTasks', {}, idempotent=True)
    assert fetched == [1]
    assert 'AKIDrenewed' in scripted_server.received[1]['headers']['Authorization']
