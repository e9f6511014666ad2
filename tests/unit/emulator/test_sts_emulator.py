# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The CKafka emulator's side of issued temporary credentials: accepted with their token, until they expire."""

import json
import time

import pytest

from emu_auth import sign_headers, verify
from emu_errors import ApiError
from emu_sts_issued import IssuedCredentials

HOST = '127.0.0.1:9'
BODY = b'{}'


@pytest.fixture
def issued(tmp_path):
    return IssuedCredentials(str(tmp_path / 'issued.json'))


def check(issued, secret_id, secret_key, token=None, now=None, service='ckafka'):
    headers = sign_headers(secret_id, secret_key, HOST, 'DescribeDatahubTasks', BODY, token=token, service=service)
    lower = dict((name.lower(), value) for name, value in headers.items())
    return verify('POST', '/', '', lower, BODY, {'AKIDpermanent': 'permanent-key'}, now or time.time(), service=service,
                  issued=issued)


def test_issued_credentials_with_their_token_are_accepted(issued):
    entry = issued.issue(60, 'assume_role')
    assert check(issued, entry['secret_id'], entry['secret_key'], entry['token']) == entry['secret_id']
    use = issued.uses()[-1]
    assert (use['secret_id'], use['token_sent'], use['outcome']) == (entry['secret_id'], True, 'ok')
    assert entry['secret_key'] not in json.dumps(issued.uses()) and entry['token'] not in json.dumps(issued.uses())


@pytest.mark.parametrize('token', [None, 'a-wrong-token'])
def test_the_token_is_required(issued, token):
    entry = issued.issue(60, 'cvm_role')
    with pytest.raises(ApiError) as info:
        check(issued, entry['secret_id'], entry['secret_key'], token)
    assert info.value.code == 'AuthFailure.TokenFailure'
    assert issued.uses()[-1]['outcome'] == 'AuthFailure.TokenFailure'


def test_expired_credentials_are_refused(issued):
    entry = issued.issue(2, 'web_identity')
    with pytest.raises(ApiError) as info:
        check(issued, entry['secret_id'], entry['secret_key'], entry['token'], now=time.time() + 3)
    assert info.value.code == 'AuthFailure.TokenFailure' and 'expired' in info.value.message


def test_unknown_keys_are_still_refused(issued):
    with pytest.raises(ApiError) as info:
        check(issued, 'AKIDnobody', 'whatever')
    assert info.value.code == 'AuthFailure.SecretIdNotFound'


def test_the_service_of_the_scope_is_checked(issued):
    entry = issued.issue(60, 'assume_role')
    with pytest.raises(ApiError) as info:
        headers = sign_headers(entry['secret_id'], entry['secret_key'], HOST, 'AssumeRole', BODY, token=entry['token'], service='sts')
        verify('POST', '/', '', dict((k.lower(), v) for k, v in headers.items()), BODY, {}, time.time(), issued=issued)
    assert info.value.code == 'AuthFailure.InvalidAuthorization'


def test_without_a_registry_nothing_is_recorded(tmp_path):
    headers = sign_headers('AKIDpermanent', 'permanent-key', HOST, 'DescribeDatahubTasks', BODY)
    lower = dict((k.lower(), v) for k, v in headers.items())
    assert verify('POST', '/', '', lower, BODY, {'AKIDpermanent': 'permanent-key'}, time.time()) == 'AKIDpermanent'
