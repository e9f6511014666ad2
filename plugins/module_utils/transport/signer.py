# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""TC3-HMAC-SHA256 request signing for Tencent Cloud API 3.0, standard library only.

Every function takes the exact body bytes that will be sent: the signature covers
those bytes, so the caller must send them unchanged.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import datetime
import hashlib
import hmac

ALGORITHM = 'TC3-HMAC-SHA256'
SIGNED_HEADERS = 'content-type;host'
CONTENT_TYPE = 'application/json; charset=utf-8'


def _sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def _hmac_sha256(key, message):
    return hmac.new(key, message.encode('utf-8'), hashlib.sha256).digest()


def utc_date(timestamp):
    """The UTC calendar date of a Unix timestamp, as the credential scope wants it."""
    return datetime.datetime.fromtimestamp(int(timestamp), tz=datetime.timezone.utc).strftime('%Y-%m-%d')


def canonical_request(host, payload, content_type=CONTENT_TYPE):
    """The canonical request of a POST to "/" with no query string."""
    canonical_headers = 'content-type:%s\nhost:%s\n' % (content_type.lower(), host.lower())
    return '\n'.join(['POST', '/', '', canonical_headers, SIGNED_HEADERS, _sha256_hex(payload)])


def credential_scope(service, timestamp):
    return '%s/%s/tc3_request' % (utc_date(timestamp), service)


def string_to_sign(canonical, service, timestamp):
    return '\n'.join([
        ALGORITHM,
        str(int(timestamp)),
        credential_scope(service, timestamp),
        _sha256_hex(canonical.encode('utf-8')),
    ])


def signing_key(secret_key, service, timestamp):
    """Derive the key chain: date, service, then the fixed terminator."""
    date_key = _hmac_sha256(('TC3' + secret_key).encode('utf-8'), utc_date(timestamp))
    service_key = _hmac_sha256(date_key, service)
    return _hmac_sha256(service_key, 'tc3_request')


def signature(secret_key, host, payload, timestamp, service='ckafka', content_type=CONTENT_TYPE):
    to_sign = string_to_sign(canonical_request(host, payload, content_type), service, timestamp)
    return hmac.new(signing_key(secret_key, service, timestamp), to_sign.encode('utf-8'), hashlib.sha256).hexdigest()


def authorization(secret_id, secret_key, host, payload, timestamp, service='ckafka', content_type=CONTENT_TYPE):
    """The value of the Authorization header for one request."""
    return '%s Credential=%s/%s, SignedHeaders=%s, Signature=%s' % (
        ALGORITHM,
        secret_id,
        credential_scope(service, timestamp),
        SIGNED_HEADERS,
        signature(secret_key, host, payload, timestamp, service, content_type),
    )


def signed_headers(secret_id, secret_key, host, action, version, payload, timestamp, region=None,
                   security_token=None, language=None, request_client=None, service='ckafka'):
    """Every header a Tencent Cloud API 3.0 POST needs, signed over payload (bytes)."""
    headers = {
        'Authorization': authorization(secret_id, secret_key, host, payload, timestamp, service),
        'Content-Type': CONTENT_TYPE,
        'Host': host,
        'X-TC-Action': action,
        'X-TC-Version': version,
        'X-TC-Timestamp': str(int(timestamp)),
    }
    if region:
        headers['X-TC-Region'] = region
    if security_token:
        headers['X-TC-Token'] = security_token
    if language:
        headers['X-TC-Language'] = language
    if request_client:
        headers['X-TC-RequestClient'] = request_client
    return headers
