# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""TC3-HMAC-SHA256 signature verification (and signing, for raw test clients).

Written from the public description of the algorithm, independently of the
collection's own signer, so that one bug cannot hide in both.
"""

import datetime
import hashlib
import hmac
import re

from emu_errors import ApiError

ALGORITHM = 'TC3-HMAC-SHA256'
SERVICE = 'ckafka'
MAX_SKEW_SECONDS = 300
UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD'

_AUTH_RE = re.compile(
    r'^TC3-HMAC-SHA256 Credential=(?P<secret_id>[^/\s,]+)/(?P<date>[^/\s,]+)/(?P<service>[^/\s,]+)/(?P<term>[^/\s,]+),\s*'
    r'SignedHeaders=(?P<signed>[^,\s]+),\s*Signature=(?P<signature>[^,\s]+)$'
)
_DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
_HEADER_NAME_RE = re.compile(r'^[a-z0-9-]+$')
_SIGNATURE_RE = re.compile(r'^[0-9a-f]{64}$')


def _hmac(key, msg):
    return hmac.new(key, msg.encode('utf-8'), hashlib.sha256).digest()


def utc_date(timestamp):
    return datetime.datetime.fromtimestamp(int(timestamp), tz=datetime.timezone.utc).strftime('%Y-%m-%d')


def signature(secret_key, date, service, timestamp, canonical_request):
    """Hex signature of a canonical request."""
    string_to_sign = '\n'.join([
        ALGORITHM,
        str(timestamp),
        '%s/%s/tc3_request' % (date, service),
        hashlib.sha256(canonical_request.encode('utf-8')).hexdigest(),
    ])
    key = _hmac(('TC3' + secret_key).encode('utf-8'), date)
    key = _hmac(key, service)
    key = _hmac(key, 'tc3_request')
    return hmac.new(key, string_to_sign.encode('utf-8'), hashlib.sha256).hexdigest()


def canonical_request(method, path, query, headers, signed_headers, payload_hash, lower_values=False):
    """headers: a dict with lower-case names."""
    lines = []
    for name in signed_headers:
        value = headers.get(name, '').strip()
        if lower_values:
            value = value.lower()
        lines.append('%s:%s\n' % (name, value))
    return '\n'.join([method, path, query, ''.join(lines), ';'.join(signed_headers), payload_hash])


def sign_headers(secret_id, secret_key, host, action, body, version='2019-08-19', timestamp=None,
                 region=None, token=None, content_type='application/json', service=SERVICE, date=None):
    """Headers of a signed POST / request (for raw test clients). body: bytes."""
    import time  # pylint: disable=import-outside-toplevel
    if timestamp is None:
        timestamp = int(time.time())
    if date is None:
        date = utc_date(timestamp)
    headers = {
        'Content-Type': content_type,
        'Host': host,
        'X-TC-Action': action,
        'X-TC-Version': version,
        'X-TC-Timestamp': str(timestamp),
    }
    if region:
        headers['X-TC-Region'] = region
    if token:
        headers['X-TC-Token'] = token
    lower = {'content-type': content_type, 'host': host}
    canon = canonical_request('POST', '/', '', lower, ['content-type', 'host'], hashlib.sha256(body).hexdigest())
    sig = signature(secret_key, date, service, timestamp, canon)
    headers['Authorization'] = '%s Credential=%s/%s/%s/tc3_request, SignedHeaders=content-type;host, Signature=%s' % (
        ALGORITHM, secret_id, date, service, sig)
    return headers


def verify(method, path, query, headers, body, credentials, now):
    """Check the Authorization of a request; returns the SecretId or raises ApiError.

    headers: a dict with lower-case names; body: the raw bytes received;
    credentials: {secret_id: secret_key}; now: the server's epoch time.
    """
    auth = headers.get('authorization')
    if not auth:
        raise ApiError('AuthFailure.InvalidAuthorization', 'The Authorization header is missing.')
    match = _AUTH_RE.match(auth.strip())
    if not match:
        raise ApiError('AuthFailure.InvalidAuthorization',
                       'The Authorization header is malformed; expected '
                       '`TC3-HMAC-SHA256 Credential=SecretId/Date/Service/tc3_request, SignedHeaders=..., Signature=...`.')
    parts = match.groupdict()
    if parts['term'] != 'tc3_request':
        raise ApiError('AuthFailure.InvalidAuthorization', 'The credential scope must end with `tc3_request`.')
    if not _DATE_RE.match(parts['date']):
        raise ApiError('AuthFailure.InvalidAuthorization', 'The credential scope date `%s` is not YYYY-MM-DD.' % parts['date'])
    if parts['service'] != SERVICE:
        raise ApiError('AuthFailure.InvalidAuthorization',
                       'The credential scope service is `%s`; this endpoint serves `%s`.' % (parts['service'], SERVICE))
    signed = parts['signed'].split(';')
    if any(not _HEADER_NAME_RE.match(name) for name in signed) or 'content-type' not in signed or 'host' not in signed:
        raise ApiError('AuthFailure.InvalidAuthorization',
                       'SignedHeaders must be lower-case header names and include content-type and host.')
    if not _SIGNATURE_RE.match(parts['signature']):
        raise ApiError('AuthFailure.InvalidAuthorization', 'The Signature must be 64 lower-case hex digits.')

    raw_ts = headers.get('x-tc-timestamp', '').strip()
    if not raw_ts:
        raise ApiError('MissingParameter', 'The request is missing a required parameter `Timestamp` (header X-TC-Timestamp).')
    try:
        timestamp = int(raw_ts)
    except ValueError:
        raise ApiError('InvalidParameter', 'The header X-TC-Timestamp must be an integer Unix time.') from None
    if abs(now - timestamp) > MAX_SKEW_SECONDS:
        raise ApiError('AuthFailure.SignatureExpire',
                       'Signature expired. Timestamp %d and server time %d differ by more than %d seconds; '
                       'check the local clock (the server time is in the Date header).' % (timestamp, int(now), MAX_SKEW_SECONDS))

    secret_key = credentials.get(parts['secret_id'])
    if secret_key is None:
        raise ApiError('AuthFailure.SecretIdNotFound', 'The SecretId is not found; check that the key exists and is typed correctly.')

    if parts['date'] != utc_date(timestamp):
        raise ApiError('AuthFailure.SignatureFailure',
                       'The credential scope date %s is not the UTC date of X-TC-Timestamp (%s).' % (parts['date'], utc_date(timestamp)))

    if headers.get('x-tc-content-sha256', '').strip() == UNSIGNED_PAYLOAD:
        payload_hash = hashlib.sha256(UNSIGNED_PAYLOAD.encode('ascii')).hexdigest()
    else:
        payload_hash = hashlib.sha256(body).hexdigest()
    for lower_values in (False, True):
        canon = canonical_request(method, path, query, headers, signed, payload_hash, lower_values)
        expected = signature(secret_key, parts['date'], parts['service'], timestamp, canon)
        if hmac.compare_digest(expected, parts['signature']):
            return parts['secret_id']
    raise ApiError('AuthFailure.SignatureFailure',
                   'The provided credentials could not be validated. Please check your signature is correct.')
