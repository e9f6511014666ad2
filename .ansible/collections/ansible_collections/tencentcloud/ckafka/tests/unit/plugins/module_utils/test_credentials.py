# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Credential, region and endpoint lookup: option, then environment, then profile file."""

import pytest

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.credentials import (
    DEFAULT_ENDPOINT,
    resolve_credentials,
    resolve_endpoint,
    resolve_region,
)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.errors import CredentialsError

ENV = {'TENCENTCLOUD_SECRET_ID': 'env-id', 'TENCENTCLOUD_SECRET_KEY': 'env-key', 'TENCENTCLOUD_SECURITY_TOKEN': 'env-token'}


@pytest.fixture
def profile_file(tmp_path):
    path = tmp_path / 'credentials'
    path.write_text('[default]\nsecret_id = file-id\nsecret_key = file-key\nregion = ap-beijing\n\n'
                    '[other]\nsecret_id = other-id\nsecret_key = other-key\ntoken = other-token\n')
    return str(path)


def test_options_win(profile_file):
    creds = resolve_credentials({'secret_id': 'opt-id', 'secret_key': 'opt-key'}, ENV, profile_file)
    assert (creds.secret_id, creds.secret_key, creds.source) == ('opt-id', 'opt-key', 'options')


def test_environment_next(profile_file):
    creds = resolve_credentials({}, ENV, profile_file)
    assert (creds.secret_id, creds.secret_key, creds.security_token) == ('env-id', 'env-key', 'env-token')


def test_profile_file_last(profile_file):
    creds = resolve_credentials({}, {}, profile_file)
    assert (creds.secret_id, creds.secret_key, creds.source) == ('file-id', 'file-key', 'profile default')


def test_named_profile(profile_file):
    creds = resolve_credentials({'profile': 'other'}, {}, profile_file)
    assert (creds.secret_id, creds.security_token) == ('other-id', 'other-token')
    creds = resolve_credentials({}, {'TENCENTCLOUD_PROFILE': 'other'}, profile_file)
    assert creds.secret_id == 'other-id'


def test_half_a_pair_is_an_error(profile_file):
    with pytest.raises(CredentialsError) as info:
        resolve_credentials({'secret_id': 'only-id'}, ENV, profile_file)
    assert 'secret_key' in str(info.value)


def test_missing_credentials_name_every_source(tmp_path):
    with pytest.raises(CredentialsError) as info:
        resolve_credentials({}, {}, str(tmp_path / 'absent'))
    text = str(info.value)
    for word in ('secret_id', 'secret_key', 'TENCENTCLOUD_SECRET_ID', 'TENCENTCLOUD_SECRET_KEY', 'profile'):
        assert word in text


def test_repr_hides_secrets():
    creds = resolve_credentials({'secret_id': 'i', 'secret_key': 'the-secret', 'security_token': 'the-token'}, {})
    assert 'the-secret' not in repr(creds) and 'the-token' not in repr(creds)


def test_region_order(profile_file):
    assert resolve_region({'region': 'opt'}, {'TENCENTCLOUD_REGION': 'env'}, profile_file) == 'opt'
    assert resolve_region({}, {'TENCENTCLOUD_REGION': 'env'}, profile_file) == 'env'
    assert resolve_region({}, {}, profile_file) == 'ap-beijing'


def test_endpoint_order():
    assert resolve_endpoint({'endpoint': 'http://127.0.0.1:1/'}, {'TENCENTCLOUD_CKAFKA_ENDPOINT': 'http://x'}) == 'http://127.0.0.1:1'
    assert resolve_endpoint({}, {'TENCENTCLOUD_CKAFKA_ENDPOINT': 'http://x'}) == 'http://x'
    assert resolve_endpoint({}, {}) == DEFAULT_ENDPOINT
