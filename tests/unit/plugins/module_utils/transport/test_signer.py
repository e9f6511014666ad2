# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The signer against tencentcloud-sdk-python's, on generated inputs."""

import datetime
import hashlib
import json

from hypothesis import HealthCheck, given, settings, strategies as st
from tencentcloud.common.credential import Credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.sign import Sign
from tencentcloud.ckafka.v20190819.ckafka_client import CkafkaClient as SdkClient

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport import signer

SDK_CLIENT = SdkClient(Credential('id', 'key'), 'ap-guangzhou')
SDK_CONTENT_TYPE = 'application/json'

host_labels = st.text(alphabet='abcdefghijklmnopqrstuvwxyz0123456789-', min_size=1, max_size=12).filter(
    lambda label: not label.startswith('-') and not label.endswith('-'))
hosts = st.builds(
    lambda labels, port: '.'.join(labels) + (':%d' % port if port else ''),
    st.lists(host_labels, min_size=1, max_size=4),
    st.one_of(st.none(), st.integers(min_value=1, max_value=65535)),
)
# Timestamps cluster around UTC midnights so that both sides of a date change are tried.
midnights = st.integers(min_value=18000, max_value=24000).map(lambda day: day * 86400)
timestamps = st.one_of(
    st.builds(lambda midnight, delta: midnight + delta, midnights, st.integers(min_value=-3, max_value=3)),
    st.integers(min_value=0, max_value=4102444800),
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text()),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)),
    max_leaves=12,
)
secret_keys = st.text(min_size=1, max_size=64)


def sdk_signature(secret_key, host, payload_text, timestamp):
    """The SDK's own signature of a JSON POST, through its request-building code."""
    request = RequestInternal(host, 'POST', '/', header={
        'Content-Type': SDK_CONTENT_TYPE, 'Host': host, 'X-TC-Timestamp': str(timestamp)}, data=payload_text)
    date = datetime.datetime.fromtimestamp(timestamp, tz=datetime.timezone.utc).strftime('%Y-%m-%d')
    return SDK_CLIENT._get_tc3_signature({}, request, date, 'ckafka', secret_key)  # pylint: disable=protected-access


@settings(max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(secret_key=secret_keys, host=hosts, timestamp=timestamps, body=json_values, ascii_only=st.booleans())
def test_signature_matches_sdk(secret_key, host, timestamp, body, ascii_only):
    payload_text = json.dumps(body, ensure_ascii=ascii_only)
    payload = payload_text.encode('utf-8')
    ours = signer.signature(secret_key, host, payload, timestamp, content_type=SDK_CONTENT_TYPE)
    assert ours == sdk_signature(secret_key, host, payload_text, timestamp)


@settings(max_examples=300, deadline=None)
@given(secret_key=secret_keys, timestamp=timestamps, message=st.text())
def test_key_chain_matches_sdk(secret_key, timestamp, message):
    date = signer.utc_date(timestamp)
    key = signer.signing_key(secret_key, 'ckafka', timestamp)
    import hmac
    ours = hmac.new(key, message.encode('utf-8'), hashlib.sha256).hexdigest()
    assert ours == Sign.sign_tc3(secret_key, date, 'ckafka', message)


def test_scope_date_follows_utc_midnight():
    midnight = 1764374400  # 2025-11-29T00:00:00Z
    assert signer.credential_scope('ckafka', midnight - 1) == '2025-11-28/ckafka/tc3_request'
    assert signer.credential_scope('ckafka', midnight) == '2025-11-29/ckafka/tc3_request'


def test_known_answer():
    """A fixed vector, computed once with the SDK, guards against both drifting together."""
    payload = b'{"TaskId":"task-test"}'
    value = signer.authorization('AKIDEXAMPLE', 'secret', 'ckafka.tencentcloudapi.com', payload, 1700000000,
                                 content_type=SDK_CONTENT_TYPE)
    expected = sdk_signature('secret', 'ckafka.tencentcloudapi.com', payload.decode(), 1700000000)
    assert value == ('TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2023-11-14/ckafka/tc3_request, '
                     'SignedHeaders=content-type;host, Signature=%s' % expected)


def test_headers_carry_optional_members_only_when_set():
    headers = signer.signed_headers('id', 'key', 'h', 'DescribeDatahubTask', '2019-08-19', b'{}', 1700000000, region='ap-guangzhou')
    assert 'X-TC-Token' not in headers and 'X-TC-Language' not in headers
    headers = signer.signed_headers('id', 'key', 'h', 'A', 'V', b'{}', 1700000000, region='r', security_token='tok',
                                    language='en-US', request_client='tencentcloud.ckafka/1')
    assert headers['X-TC-Token'] == 'tok'
    assert headers['X-TC-Language'] == 'en-US'
    assert headers['X-TC-RequestClient'] == 'tencentcloud.ckafka/1'
    assert headers['X-TC-Action'] == 'A' and headers['X-TC-Version'] == 'V' and headers['X-TC-Region'] == 'r'
