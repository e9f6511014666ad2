# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Credential, region and endpoint lookup: the order of the sources and the messages of each failure.

The STS and metadata services are replaced by FakeTransport here; test_credentials_routes.py
runs the routes against the STS and metadata emulator.
"""

import subprocess
import sys

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.credentials import (
    DEFAULT_ENDPOINT,
    DEFAULT_METADATA_ENDPOINT,
    DEFAULT_STS_ENDPOINT,
    assume_role_settings,
    region_warning,
    resolve_credentials,
    resolve_endpoint,
    resolve_region,
)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError, CredentialsError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.temporary_credentials import TemporaryCredentials, Transport

ENV = {'TENCENTCLOUD_SECRET_ID': 'env-id', 'TENCENTCLOUD_SECRET_KEY': 'env-key', 'TENCENTCLOUD_SECURITY_TOKEN': 'env-token'}
ROLE_ARN = 'qcs::cam::uin/100000000001:roleName/ckafka-ops'
TKE = {'TKE_REGION': 'ap-guangzhou', 'TKE_PROVIDER_ID': 'tke-oidc', 'TKE_WEB_IDENTITY_TOKEN_FILE': '/nonexistent/token',
       'TKE_ROLE_ARN': 'qcs::cam::uin/100000000001:roleName/tke-pod'}


class FakeTransport(Transport):
    """Transport with a scripted metadata service and STS; records the calls."""

    def __init__(self, metadata=None, sts=None, params=None, environ=None, clock=None):
        super(FakeTransport, self).__init__(params or {}, environ or {}, clock=clock or (lambda: 1000.0))
        self.metadata = metadata  # {path: text}, or None for a host off Tencent Cloud
        self.sts = sts or {}
        self.calls = []

    def metadata_get(self, path):
        self.calls.append(('metadata', path))
        if self.metadata is None:
            raise CredentialsError('the CVM metadata service at %s cannot be reached (connection refused)' % self.metadata_endpoint)
        return self.metadata.get(path)

    def sts_call(self, action, params, credentials, region):
        self.calls.append((action, dict(params), credentials.secret_id if credentials else None, region))
        answer = self.sts[action]
        if isinstance(answer, Exception):
            raise answer
        return answer


def sts_answer(secret_id='tmp-id', expires_at=8200):
    return {'Credentials': {'TmpSecretId': secret_id, 'TmpSecretKey': 'tmp-key', 'Token': 'tmp-token'},
            'ExpiredTime': expires_at, 'RequestId': 'r'}


CVM = {'': 'ops-role\n', 'ops-role': '{"TmpSecretId": "cvm-id", "TmpSecretKey": "cvm-key", "Token": "cvm-token", '
       '"ExpiredTime": 8200, "Code": "Success"}'}


@pytest.fixture
def profile_file(tmp_path):
    path = tmp_path / 'credentials'
    path.write_text('[default]\nsecret_id = file-id\nsecret_key = file-key\nregion = ap-beijing\n\n'
                    '[other]\nsecret_id = other-id\nsecret_key = other-key\ntoken = other-token\n\n'
                    '[half]\nsecret_id = half-id\n\n[empty]\nregion = ap-shanghai\n')
    return str(path)


@pytest.fixture(autouse=True)
def empty_home(tmp_path, monkeypatch):
    """No ~/.tencentcloud/credentials of the machine running the tests."""
    monkeypatch.setenv('HOME', str(tmp_path))


def resolve(params=None, environ=None, credentials_file=None, transport=None, **kwargs):
    return resolve_credentials(params or {}, environ or {}, credentials_file, transport or FakeTransport(), **kwargs)


# ---- key pairs --------------------------------------------------------------------------------

def test_options_win(profile_file):
    creds = resolve({'secret_id': 'opt-id', 'secret_key': 'opt-key'}, ENV, profile_file)
    assert (creds.secret_id, creds.secret_key) == ('opt-id', 'opt-key')
    assert creds.source == 'the secret_id and secret_key options'


def test_environment_next(profile_file):
    creds = resolve({}, ENV, profile_file)
    assert (creds.secret_id, creds.secret_key, creds.security_token) == ('env-id', 'env-key', 'env-token')
    assert 'TENCENTCLOUD_SECRET_ID' in creds.source


def test_profile_file_last(profile_file):
    creds = resolve({}, {}, profile_file)
    assert (creds.secret_id, creds.secret_key) == ('file-id', 'file-key')
    assert creds.source == 'profile default of %s' % profile_file


def test_named_profile(profile_file):
    creds = resolve({'profile': 'other'}, {}, profile_file)
    assert (creds.secret_id, creds.security_token) == ('other-id', 'other-token')
    creds = resolve({}, {'TENCENTCLOUD_PROFILE': 'other'}, profile_file)
    assert creds.secret_id == 'other-id'


def test_key_pairs_never_touch_the_metadata_service(profile_file):
    transport = FakeTransport(metadata=CVM)
    resolve({}, ENV, profile_file, transport)
    resolve({}, {}, profile_file, transport)
    assert transport.calls == []


@pytest.mark.parametrize('params, environ, message', [
    ({'secret_id': 'only-id'}, ENV, 'secret_key is missing (secret_id option is set)'),
    ({'secret_key': 'only-key'}, {}, 'secret_id is missing (secret_key option is set)'),
    ({}, {'TENCENTCLOUD_SECRET_ID': 'env-id'}, 'secret_key is missing (TENCENTCLOUD_SECRET_ID is set)'),
    ({}, {'TENCENTCLOUD_SECRET_KEY': 'env-key'}, 'secret_id is missing (TENCENTCLOUD_SECRET_KEY is set)'),
])
def test_half_a_pair_names_the_half_that_is_set(params, environ, message, profile_file):
    with pytest.raises(CredentialsError) as info:
        resolve(params, environ, profile_file)
    assert message in str(info.value)
    assert 'env-key' not in str(info.value) and 'only-key' not in str(info.value)


def test_half_a_pair_in_the_profile(profile_file):
    with pytest.raises(CredentialsError) as info:
        resolve({'profile': 'half'}, {}, profile_file)
    assert str(info.value).startswith('secret_key is missing in profile half of %s' % profile_file)


def test_named_profile_without_keys(profile_file):
    with pytest.raises(CredentialsError) as info:
        resolve({'profile': 'empty'}, {}, profile_file, FakeTransport(metadata=CVM))
    assert str(info.value) == 'profile empty of %s (profile option) has no secret_id and secret_key.' % profile_file


def test_sts_refusal_message_reads_once():
    refusal = CkafkaError('AuthFailure.SignatureFailure', 'The signature is wrong.', request_id='req-9', action='AssumeRole')
    with pytest.raises(CkafkaError) as info:
        resolve({'assume_role': {'role_arn': ROLE_ARN}}, ENV, None, FakeTransport(sts={'AssumeRole': refusal}))
    assert str(info.value) == (
        'AuthFailure.SignatureFailure: assume_role (AssumeRole of role %s at %s, signed with the keys from the environment '
        'variables TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY) failed: The signature is wrong. (request id req-9)'
        % (ROLE_ARN, DEFAULT_STS_ENDPOINT))


def test_named_profile_not_in_the_file(profile_file):
    with pytest.raises(CredentialsError) as info:
        resolve({'profile': 'prod'}, {}, profile_file)
    assert 'profile prod is not in %s' % profile_file in str(info.value)
    with pytest.raises(CredentialsError) as info:
        resolve({}, {'TENCENTCLOUD_PROFILE': 'prod'}, profile_file)
    assert 'profile prod is not in' in str(info.value) and 'TENCENTCLOUD_PROFILE' in str(info.value)


def test_named_profile_without_the_default_file():
    with pytest.raises(CredentialsError) as info:
        resolve({'profile': 'prod'}, {})
    assert str(info.value).startswith('profile prod (profile option) is not in ~/.tencentcloud/credentials')
    assert 'does not exist' in str(info.value)


def test_credentials_file_that_does_not_exist(tmp_path):
    missing = str(tmp_path / 'nowhere')
    with pytest.raises(CredentialsError) as info:
        resolve({}, {'TENCENTCLOUD_CREDENTIALS_FILE': missing})
    assert str(info.value) == 'the credentials file %s does not exist (TENCENTCLOUD_CREDENTIALS_FILE).' % missing


def test_missing_credentials_name_every_source():
    transport = FakeTransport(metadata=None)
    with pytest.raises(CredentialsError) as info:
        resolve({}, {}, None, transport)
    text = str(info.value)
    for word in ('secret_id', 'secret_key', 'TENCENTCLOUD_SECRET_ID', 'TENCENTCLOUD_SECRET_KEY', 'profile',
                 'the file does not exist', 'metadata service at %s' % DEFAULT_METADATA_ENDPOINT, 'connection refused',
                 'web identity', 'assume_role', 'credential_source'):
        assert word in text
    assert transport.calls == [('metadata', '')]


def test_repr_hides_secrets():
    creds = resolve({'secret_id': 'i', 'secret_key': 'the-secret', 'security_token': 'the-token'})
    assert 'the-secret' not in repr(creds) and 'the-token' not in repr(creds)


# ---- keyless routes, in the SDK's order ------------------------------------------------------------

def test_cvm_role_when_no_key_pair():
    transport = FakeTransport(metadata=CVM)
    creds = resolve({}, {}, None, transport)
    assert (creds.secret_id, creds.secret_key, creds.security_token) == ('cvm-id', 'cvm-key', 'cvm-token')
    assert creds.source == 'CVM role ops-role from the metadata service at %s' % DEFAULT_METADATA_ENDPOINT
    assert transport.calls == [('metadata', ''), ('metadata', 'ops-role')]


def test_cvm_role_before_web_identity():
    transport = FakeTransport(metadata=CVM, sts={'AssumeRoleWithWebIdentity': sts_answer('oidc-id')})
    creds = resolve({}, dict(TKE), None, transport)
    assert creds.secret_id == 'cvm-id'


def test_web_identity_when_the_metadata_service_is_absent(tmp_path):
    token_file = tmp_path / 'token'
    token_file.write_text('the-oidc-token\n')
    environ = dict(TKE, TKE_WEB_IDENTITY_TOKEN_FILE=str(token_file))
    transport = FakeTransport(metadata=None, sts={'AssumeRoleWithWebIdentity': sts_answer('oidc-id')})
    creds = resolve({}, environ, None, transport)
    assert creds.secret_id == 'oidc-id' and creds.security_token == 'tmp-token'
    action, params, signed_with, region = transport.calls[-1]
    assert (action, signed_with, region) == ('AssumeRoleWithWebIdentity', None, 'ap-guangzhou')
    assert params['WebIdentityToken'] == 'the-oidc-token'
    assert (params['ProviderId'], params['RoleArn']) == ('tke-oidc', TKE['TKE_ROLE_ARN'])
    assert 'web identity' in creds.source and 'tke-oidc' in creds.source and 'the-oidc-token' not in creds.source


def test_credential_source_cvm_role_skips_key_pairs():
    transport = FakeTransport(metadata=CVM)
    creds = resolve({'credential_source': 'cvm_role', 'cam_role_name': 'ops-role'}, ENV, None, transport)
    assert creds.secret_id == 'cvm-id'
    assert transport.calls == [('metadata', 'ops-role')], 'a named role is not looked up in the list'


def test_cam_role_name_from_the_environment():
    transport = FakeTransport(metadata=CVM)
    resolve({'credential_source': 'cvm_role'}, {'TENCENTCLOUD_CAM_ROLE_NAME': 'ops-role'}, None, transport)
    assert transport.calls == [('metadata', 'ops-role')]


def test_credential_source_cvm_role_names_the_metadata_service():
    with pytest.raises(CredentialsError) as info:
        resolve({'credential_source': 'cvm_role'}, ENV, None, FakeTransport(metadata=None))
    assert str(info.value).startswith('credential_source=cvm_role: the CVM metadata service at %s' % DEFAULT_METADATA_ENDPOINT)


@pytest.mark.parametrize('metadata, words', [
    ({'': ''}, ['lists no CAM role', 'cam_role_name']),
    ({'': 'ops-role', 'ops-role': '{"Code": "Failure"}'}, ['gave no credentials for role ops-role', 'Code Failure']),
    ({'': 'ops-role'}, ['has no CAM role ops-role']),
])
def test_cvm_role_failures(metadata, words):
    with pytest.raises(CredentialsError) as info:
        resolve({'credential_source': 'cvm_role'}, {}, None, FakeTransport(metadata=metadata))
    for word in words:
        assert word in str(info.value)


def test_credential_source_web_identity_needs_the_tke_variables():
    with pytest.raises(CredentialsError) as info:
        resolve({'credential_source': 'web_identity'}, ENV, None, FakeTransport(metadata=CVM))
    assert 'TKE_REGION, TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE, TKE_ROLE_ARN are not set' in str(info.value)


def test_web_identity_names_the_missing_variable():
    environ = dict(TKE)
    del environ['TKE_ROLE_ARN']
    with pytest.raises(CredentialsError) as info:
        resolve({'credential_source': 'web_identity'}, environ, None, FakeTransport())
    assert str(info.value).startswith('web identity: TKE_ROLE_ARN is missing (TKE_REGION, TKE_PROVIDER_ID')


def test_web_identity_token_file_unreadable():
    transport = FakeTransport(sts={'AssumeRoleWithWebIdentity': sts_answer()})
    with pytest.raises(CredentialsError) as info:
        resolve({'credential_source': 'web_identity'}, dict(TKE), None, transport)
    assert str(info.value) == ('web identity: the token file /nonexistent/token (TKE_WEB_IDENTITY_TOKEN_FILE) cannot be '
                               'read: No such file or directory')


# ---- assume_role ------------------------------------------------------------------------------

def test_assume_role_by_option_is_signed_with_the_base_pair():
    transport = FakeTransport(sts={'AssumeRole': sts_answer('role-id')})
    creds = resolve({'assume_role': {'role_arn': ROLE_ARN, 'session_name': 'deploy', 'session_duration': 900,
                                     'external_id': 'ext-123', 'policy': {'version': '2.0', 'statement': []}}},
                    ENV, None, transport, region='ap-shanghai')
    assert (creds.secret_id, creds.secret_key, creds.security_token) == ('role-id', 'tmp-key', 'tmp-token')
    action, params, signed_with, region = transport.calls[0]
    assert (action, signed_with, region) == ('AssumeRole', 'env-id', 'ap-shanghai')
    assert params == {'RoleArn': ROLE_ARN, 'RoleSessionName': 'deploy', 'DurationSeconds': 900, 'ExternalId': 'ext-123',
                      'Policy': '%7B%22version%22%3A%222.0%22%2C%22statement%22%3A%5B%5D%7D'}
    assert ROLE_ARN in creds.source and 'TENCENTCLOUD_SECRET_ID' in creds.source


def test_assume_role_by_environment():
    environ = dict(ENV, TENCENTCLOUD_ASSUME_ROLE_ARN=ROLE_ARN, TENCENTCLOUD_ASSUME_ROLE_SESSION_NAME='from-env',
                   TENCENTCLOUD_ASSUME_ROLE_SESSION_DURATION='1800', TENCENTCLOUD_ASSUME_ROLE_EXTERNAL_ID='ext-env')
    transport = FakeTransport(sts={'AssumeRole': sts_answer('role-id')})
    resolve({}, environ, None, transport)
    assert transport.calls[0][1] == {'RoleArn': ROLE_ARN, 'RoleSessionName': 'from-env', 'DurationSeconds': 1800,
                                     'ExternalId': 'ext-env'}


def test_assume_role_options_override_the_environment_member_by_member():
    environ = dict(TENCENTCLOUD_ASSUME_ROLE_ARN=ROLE_ARN, TENCENTCLOUD_ASSUME_ROLE_SESSION_NAME='from-env')
    settings = assume_role_settings({'assume_role': {'session_name': 'from-option'}}, environ)
    assert settings == {'role_arn': ROLE_ARN, 'session_name': 'from-option', 'session_duration': 7200}


def test_assume_role_on_top_of_the_cvm_role():
    transport = FakeTransport(metadata=CVM, sts={'AssumeRole': sts_answer('role-id')})
    creds = resolve({'assume_role': {'role_arn': ROLE_ARN}}, {}, None, transport)
    assert creds.secret_id == 'role-id'
    assert transport.calls[-1][2] == 'cvm-id'
    assert 'CVM role ops-role' in creds.source


@pytest.mark.parametrize('assume_role, environ, message', [
    ({'session_name': 'x1'}, {}, 'assume_role.role_arn is missing (assume_role.session_name is set)'),
    ({}, {'TENCENTCLOUD_ASSUME_ROLE_SESSION_NAME': 'x1'},
     'assume_role.role_arn is missing (TENCENTCLOUD_ASSUME_ROLE_SESSION_NAME is set)'),
    ({'role_arn': ROLE_ARN, 'session_duration': 0}, {}, 'assume_role.session_duration must be between 1 and 43200'),
    ({'role_arn': ROLE_ARN, 'session_duration': 43201}, {}, 'assume_role.session_duration must be between 1 and 43200'),
    ({'role_arn': ROLE_ARN}, {'TENCENTCLOUD_ASSUME_ROLE_SESSION_DURATION': 'two hours'},
     'TENCENTCLOUD_ASSUME_ROLE_SESSION_DURATION must be a whole number of seconds'),
    ({'role_arn': ROLE_ARN, 'session_name': 'has space'}, {}, 'assume_role.session_name must be 2 to 128 characters'),
    ({'role_arn': ROLE_ARN, 'session_name': 'x'}, {}, 'assume_role.session_name must be 2 to 128 characters'),
    ({'role_arn': ROLE_ARN, 'external_id': 'bad id!'}, {}, 'assume_role.external_id must be 2 to 128 characters'),
])
def test_assume_role_settings_are_checked_before_any_call(assume_role, environ, message):
    transport = FakeTransport(sts={'AssumeRole': sts_answer()})
    with pytest.raises(CredentialsError) as info:
        resolve({'assume_role': assume_role}, dict(ENV, **environ), None, transport)
    assert str(info.value).startswith(message)
    assert 'bad id!' not in str(info.value)
    assert transport.calls == []


def test_assume_role_duration_bounds_accepted():
    for duration in (1, 43200):
        assert assume_role_settings({'assume_role': {'role_arn': ROLE_ARN, 'session_duration': duration}}, {})['session_duration'] == duration


def test_sts_refusal_names_the_route_and_the_base_source_never_the_key():
    refusal = CkafkaError('AuthFailure.SecretIdNotFound', 'The SecretId is not found.', request_id='req-1', action='AssumeRole')
    transport = FakeTransport(sts={'AssumeRole': refusal})
    with pytest.raises(CkafkaError) as info:
        resolve({'assume_role': {'role_arn': ROLE_ARN}}, ENV, None, transport)
    text = str(info.value)
    assert info.value.code == 'AuthFailure.SecretIdNotFound'
    assert 'AssumeRole of role %s at %s' % (ROLE_ARN, DEFAULT_STS_ENDPOINT) in text
    assert 'the environment variables TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY' in text
    assert 'env-key' not in text


def test_sts_answer_without_credentials():
    transport = FakeTransport(sts={'AssumeRole': {'RequestId': 'r'}})
    with pytest.raises(CkafkaError) as info:
        resolve({'assume_role': {'role_arn': ROLE_ARN}}, ENV, None, transport)
    assert 'answered without TmpSecretId, TmpSecretKey and Token' in str(info.value)


# ---- renewal --------------------------------------------------------------------------------------

class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def test_temporary_credentials_renew_shortly_before_they_expire():
    clock = Clock(1000.0)
    answers = iter([('id-1', 'k1', 't1', 1100.0), ('id-2', 'k2', 't2', 1200.0)])
    creds = TemporaryCredentials(lambda: next(answers), 'test', clock)
    assert creds.current().secret_id == 'id-1'
    clock.now = 1074.0   # a quarter of the 100 s lifetime before expiry: still valid
    assert creds.current().secret_id == 'id-1' and creds.renewals == 0
    clock.now = 1075.0
    assert (creds.current().secret_id, creds.secret_key, creds.security_token) == ('id-2', 'k2', 't2')
    assert creds.renewals == 1


def test_long_lived_credentials_renew_five_minutes_before_expiry():
    clock = Clock(0.0)
    answers = iter([('id-1', 'k1', 't1', 7200.0), ('id-2', 'k2', 't2', 14400.0)])
    creds = TemporaryCredentials(lambda: next(answers), 'test', clock)
    clock.now = 6899.0
    assert creds.current().secret_id == 'id-1'
    clock.now = 6900.0
    assert creds.current().secret_id == 'id-2'


def test_assumed_role_renewal_calls_sts_again():
    clock = Clock(1000.0)
    transport = FakeTransport(sts={'AssumeRole': sts_answer('role-id', expires_at=1010)}, clock=clock)
    creds = resolve({'assume_role': {'role_arn': ROLE_ARN}}, ENV, None, transport)
    clock.now = 1010.0
    creds.current()
    assert [call[0] for call in transport.calls] == ['AssumeRole', 'AssumeRole']


def test_a_failed_renewal_is_a_final_client_error():
    clock = Clock(1000.0)
    transport = FakeTransport(metadata=dict(CVM), clock=clock)
    creds = resolve({'credential_source': 'cvm_role'}, {}, None, transport)
    transport.metadata = None
    clock.now = 9000.0
    with pytest.raises(CkafkaError) as info:
        creds.current()
    assert info.value.code == 'ClientCredentialsError' and info.value.final
    assert 'renewing the temporary credentials failed: the CVM metadata service at' in str(info.value)


# ---- region and endpoints ---------------------------------------------------------------------------

def test_region_order(profile_file):
    assert resolve_region({'region': 'opt'}, {'TENCENTCLOUD_REGION': 'env'}, profile_file) == 'opt'
    assert resolve_region({}, {'TENCENTCLOUD_REGION': 'env'}, profile_file) == 'env'
    assert resolve_region({}, {}, profile_file) == 'ap-beijing'
    assert resolve_region({'profile': 'empty'}, {}, profile_file) == 'ap-shanghai'


@pytest.mark.parametrize('region', ['ap-guangzhou', 'ap-shanghai-fsi', 'na-siliconvalley', 'eu-frankfurt', 'ap-hongkong'])
def test_regions_that_look_right(region):
    assert region_warning(region) is None


@pytest.mark.parametrize('region, hint', [
    ('guangzhou', 'for example ap-guangzhou'),
    ('ap_guangzhou', 'did you mean ap-guangzhou?'),
    ('ap-guangzhou  ', 'did you mean ap-guangzhou?'),
    ('AP-Guangzhou', 'did you mean ap-guangzhou?'),
])
def test_regions_that_do_not(region, hint):
    warning = region_warning(region)
    assert warning.startswith('The region %r does not look like a Tencent Cloud region' % region)
    assert hint in warning


def test_endpoint_order():
    assert resolve_endpoint({'endpoint': 'http://127.0.0.1:1/'}, {'TENCENTCLOUD_CKAFKA_ENDPOINT': 'http://x'}) == 'http://127.0.0.1:1'
    assert resolve_endpoint({}, {'TENCENTCLOUD_CKAFKA_ENDPOINT': 'http://x'}) == 'http://x'
    assert resolve_endpoint({}, {}) == DEFAULT_ENDPOINT


def test_sts_and_metadata_endpoints():
    default = Transport({}, {})
    assert (default.sts_endpoint, default.metadata_endpoint) == (DEFAULT_STS_ENDPOINT, DEFAULT_METADATA_ENDPOINT)
    environ = {'TENCENTCLOUD_STS_ENDPOINT': 'http://127.0.0.1:9/', 'TENCENTCLOUD_METADATA_ENDPOINT': 'http://127.0.0.1:9/m'}
    from_env = Transport({}, environ)
    assert (from_env.sts_endpoint, from_env.metadata_endpoint) == ('http://127.0.0.1:9', 'http://127.0.0.1:9/m/')
    options = Transport({'sts_endpoint': 'http://s', 'metadata_endpoint': 'http://m/'}, environ)
    assert (options.sts_endpoint, options.metadata_endpoint) == ('http://s', 'http://m/')


def loaded_after(params):
    """The collection's modules loaded by resolve_credentials(params) in a fresh interpreter."""
    code = ('import sys\n'
            'from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport import credentials\n'
            'from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import base\n'
            'from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CredentialsError\n'
            'try:\n'
            '    credentials.resolve_credentials(%r, {})\n'
            'except CredentialsError:\n'
            '    pass\n'
            'print(" ".join(sorted(name.rsplit(".", 1)[-1] for name in sys.modules if "tencentcloud.ckafka" in name)))\n'
            % (params,))
    return subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, check=True).stdout.split()


def test_a_key_pair_never_loads_the_temporary_routes():
    """A run with keys (the common case) does not compile the STS and metadata code (docs/performance.md)."""
    loaded = loaded_after({'secret_id': 'id', 'secret_key': 'key'})
    assert 'credentials' in loaded and 'temporary_credentials' not in loaded
    # web identity without its variables fails at once, after loading the routes
    assert 'temporary_credentials' in loaded_after({'credential_source': 'web_identity'})
