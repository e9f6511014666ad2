# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Signature verification, protocol headers and the common error codes, with raw requests."""

import email.utils
import hashlib
import json
import time
import urllib.request

import pytest

from emu_auth import sign_headers
from harness import start_emulator


def raw(emu, headers, body=b'{}', method='POST', path='/'):
    request = urllib.request.Request(emu.endpoint + path, data=body, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as answer:
        return answer.status, dict(answer.headers), json.loads(answer.read().decode('utf-8'))


def signed(emu, action='DescribeDatahubTasks', body=b'{}', **options):
    return sign_headers(options.pop('secret_id', emu.secret_id), options.pop('secret_key', emu.secret_key),
                        '%s:%d' % (emu.host, emu.port), action, body, **options)


def error_of(answer):
    status, headers, data = answer
    assert status == 200
    assert 'Date' in headers
    response = data['Response']
    assert set(response) == {'Error', 'RequestId'}
    return response['Error']['Code'], response['Error']['Message']


def test_good_signature_passes(emu):
    status, headers, data = raw(emu, signed(emu))
    assert status == 200
    assert data['Response']['Result'] == {'TotalCount': 0, 'TaskList': []}
    assert email.utils.parsedate_to_datetime(headers['Date']).tzinfo is not None
    assert abs(email.utils.parsedate_to_datetime(headers['Date']).timestamp() - time.time()) < 5


def test_wrong_signature(emu):
    headers = signed(emu)
    auth = headers['Authorization']
    headers['Authorization'] = auth[:-4] + ('0000' if not auth.endswith('0000') else '1111')
    assert error_of(raw(emu, headers))[0] == 'AuthFailure.SignatureFailure'


def test_wrong_key(emu):
    assert error_of(raw(emu, signed(emu, secret_key='other')))[0] == 'AuthFailure.SignatureFailure'


def test_tampered_body(emu):
    headers = signed(emu, body=b'{"Limit": 5}')
    assert error_of(raw(emu, headers, body=b'{"Limit": 6}'))[0] == 'AuthFailure.SignatureFailure'


def test_tampered_signed_header(emu):
    headers = signed(emu)
    headers['Host'] = 'ckafka.tencentcloudapi.com'
    assert error_of(raw(emu, headers))[0] == 'AuthFailure.SignatureFailure'


def test_unknown_secret_id(emu):
    assert error_of(raw(emu, signed(emu, secret_id='AKIDnobody')))[0] == 'AuthFailure.SecretIdNotFound'


@pytest.mark.parametrize('offset', [-301, 301, -3600])
def test_expired_timestamp(emu, offset):
    code, message = error_of(raw(emu, signed(emu, timestamp=int(time.time()) + offset)))
    assert code == 'AuthFailure.SignatureExpire'
    assert 'clock' in message


def test_timestamp_within_window(emu):
    assert 'Result' in raw(emu, signed(emu, timestamp=int(time.time()) - 250))[2]['Response']


def test_server_clock_offset(emu):
    emu.configure(clock_offset=-900)
    status, headers, data = raw(emu, signed(emu))
    assert data['Response']['Error']['Code'] == 'AuthFailure.SignatureExpire'
    server_time = email.utils.parsedate_to_datetime(headers['Date']).timestamp()
    assert abs(server_time - (time.time() - 900)) < 5
    assert status == 200
    assert 'Result' in raw(emu, signed(emu, timestamp=int(server_time)))[2]['Response']


def test_scope_date_must_match_timestamp(emu):
    assert error_of(raw(emu, signed(emu, date='2001-01-01')))[0] == 'AuthFailure.SignatureFailure'


@pytest.mark.parametrize('authorization', [
    'Bearer abc',
    'TC3-HMAC-SHA256 Credential=AKID/2024-01-01/ckafka/tc3_request, Signature=' + '0' * 64,
    'TC3-HMAC-SHA256 Credential=AKID/2024-01-01/ckafka/tc3_request, SignedHeaders=content-type;host, Signature=xyz',
    'TC3-HMAC-SHA256 Credential=AKID/2024-01-01/ckafka/tc3_request, SignedHeaders=content-type, Signature=' + '0' * 64,
    'TC3-HMAC-SHA256 Credential=AKID/2024-01-01/cvm/tc3_request, SignedHeaders=content-type;host, Signature=' + '0' * 64,
    'TC3-HMAC-SHA256 Credential=AKID/20240101/ckafka/tc3_request, SignedHeaders=content-type;host, Signature=' + '0' * 64,
    'TC3-HMAC-SHA256 Credential=AKID/2024-01-01/ckafka/other, SignedHeaders=content-type;host, Signature=' + '0' * 64,
])
def test_malformed_authorization(emu, authorization):
    headers = signed(emu)
    headers['Authorization'] = authorization
    assert error_of(raw(emu, headers))[0] == 'AuthFailure.InvalidAuthorization'


def test_missing_authorization(emu):
    headers = signed(emu)
    del headers['Authorization']
    assert error_of(raw(emu, headers))[0] == 'AuthFailure.InvalidAuthorization'


def test_more_signed_headers_accepted(emu):
    body = b'{}'
    host = '%s:%d' % (emu.host, emu.port)
    headers = signed(emu, body=body)
    timestamp = int(headers['X-TC-Timestamp'])
    from emu_auth import canonical_request, signature, utc_date  # pylint: disable=import-outside-toplevel
    lower = {'content-type': 'application/json', 'host': host, 'x-tc-action': 'describedatahubtasks'}
    names = ['content-type', 'host', 'x-tc-action']
    canon = canonical_request('POST', '/', '', lower, names, hashlib.sha256(body).hexdigest())
    date = utc_date(timestamp)
    sig = signature(emu.secret_key, date, 'ckafka', timestamp, canon)
    headers['Authorization'] = 'TC3-HMAC-SHA256 Credential=%s/%s/ckafka/tc3_request, SignedHeaders=%s, Signature=%s' % (
        emu.secret_id, date, ';'.join(names), sig)
    assert 'Result' in raw(emu, headers, body)[2]['Response']


def test_unsigned_payload(emu):
    body = b'{"Limit": 3}'
    host = '%s:%d' % (emu.host, emu.port)
    from emu_auth import canonical_request, signature, utc_date  # pylint: disable=import-outside-toplevel
    timestamp = int(time.time())
    headers = signed(emu, body=body, timestamp=timestamp)
    headers['X-TC-Content-SHA256'] = 'UNSIGNED-PAYLOAD'
    canon = canonical_request('POST', '/', '', {'content-type': 'application/json', 'host': host}, ['content-type', 'host'],
                              hashlib.sha256(b'UNSIGNED-PAYLOAD').hexdigest())
    sig = signature(emu.secret_key, utc_date(timestamp), 'ckafka', timestamp, canon)
    headers['Authorization'] = headers['Authorization'].rsplit('=', 1)[0] + '=' + sig
    assert 'Result' in raw(emu, headers, body)[2]['Response']


@pytest.mark.parametrize('header,code', [
    ('X-TC-Action', 'MissingParameter'),
    ('X-TC-Version', 'MissingParameter'),
    ('X-TC-Timestamp', 'MissingParameter'),
])
def test_missing_protocol_headers(emu, header, code):
    headers = signed(emu)
    del headers[header]
    assert error_of(raw(emu, headers))[0] == code


def test_unknown_action(emu):
    assert error_of(raw(emu, signed(emu, action='CreateInstancePre')))[0] == 'InvalidAction'


def test_unknown_version(emu):
    assert error_of(raw(emu, signed(emu, version='2017-03-12')))[0] == 'NoSuchVersion'


def test_region_required_when_configured(emu):
    emu.configure(require_region=True)
    assert error_of(raw(emu, signed(emu)))[0] == 'MissingParameter'
    assert 'Result' in raw(emu, signed(emu, region='ap-guangzhou'))[2]['Response']


def test_body_not_json(emu):
    body = b'not json'
    assert error_of(raw(emu, signed(emu, body=body), body=body))[0] == 'InvalidParameter'


def test_keep_alive_connection_reused(emu):
    import http.client  # pylint: disable=import-outside-toplevel
    connection = http.client.HTTPConnection(emu.host, emu.port, timeout=10)
    try:
        for unused in range(3):
            connection.request('POST', '/', body=b'{}', headers=signed(emu))
            answer = connection.getresponse()
            assert answer.getheader('Content-Length')
            assert 'Result' in json.loads(answer.read())['Response']
    finally:
        connection.close()


def test_several_credential_pairs():
    with start_emulator(secret_id=['AKIDone', 'AKIDtwo'], secret_key=['key-one', 'key-two']) as emu:
        assert emu.secret_id == 'AKIDone'
        assert 'Result' in emu.call('DescribeDatahubTasks', {})['Response']
        assert 'Result' in emu.call('DescribeDatahubTasks', {}, secret_id='AKIDtwo', secret_key='key-two')['Response']
        answer = emu.call('DescribeDatahubTasks', {}, secret_id='AKIDtwo', secret_key='key-one')['Response']
        assert answer['Error']['Code'] == 'AuthFailure.SignatureFailure'
