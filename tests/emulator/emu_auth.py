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

# Temporary credentials issued by the STS emulator (emu_sts_issued.IssuedCredentials), accepted with their
# token until they expire; set by server.py --issued-credentials. None: only the configured key pairs.
ISSUED = None


def trust_issued(path):
    """Accept the temporary credentials that the STS emulator records in path."""
    global ISSUED  # pylint: disable=global-statement
    from emu_sts_issued import IssuedCredentials  # pylint: disable=import-outside-toplevel
    ISSUED = IssuedCredentials(path) if path else None


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


def verify(method, path, query, headers, body, credentials, now, service=SERVICE, issued=None):
    """Check the Authorization of a request; returns the SecretId or raises ApiError.

    headers: a dict with lower-case names; body: the raw bytes received;
    credentials: {secret_id: secret_key}; now: the server's epoch time; service: the
    credential scope's service; issued: an IssuedCredentials registry (default: ISSUED),
    whose temporary credentials need their token in X-TC-Token and expire.
    """
    issued = ISSUED if issued is None else issued
    if issued is None:
        return _verify(method, path, query, headers, body, credentials, now, service, None)
    token_sent = bool(headers.get('x-tc-token', '').strip())
    action = headers.get('x-tc-action', '').strip()
    secret_id = None
    try:
        secret_id = _verify(method, path, query, headers, body, credentials, now, service, issued)
    except ApiError as error:
        match = _AUTH_RE.match(headers.get('authorization', '').strip())
        issued.record_use(match.group('secret_id') if match else None, service, action, token_sent, error.code)
        raise
    issued.record_use(secret_id, service, action, token_sent, 'ok')
    return secret_id


def _temporary_key(issued, secret_id, headers, now):
    """The SecretKey of issued temporary credentials, after their token and expiry are checked; None if unknown."""
    entry = issued.lookup(secret_id) if issued is not None else None
    if entry is None:
        return None
    if headers.get('x-tc-token', '').strip() != entry['token']:
        raise ApiError('AuthFailure.TokenFailure', 'The temporary credentials need their token in X-TC-Token; it is missing or wrong.')
    if now >= entry['expires_at']:
        raise ApiError('AuthFailure.TokenFailure', 'The temporary credentials expired %d seconds ago.' % int(now - entry['expires_at']))
    return entry['secret_key']


def _verify(method, path, query, headers, body, credentials, now, service, issued):
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
    if parts['service'] != service:
        raise ApiError('AuthFailure.InvalidAuthorization',
                       'The credential scope service is `%s`; this endpoint serves `%s`.' % (parts['service'], service))
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
        secret_key = _temporary_key(issued, parts['secret_id'], headers, now)
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
