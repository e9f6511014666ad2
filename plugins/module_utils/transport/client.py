# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The CKafka API client: signed JSON POSTs over one requests.Session, with retries."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import email.utils
import json
import time
import traceback

try:
    from urllib.parse import urlsplit
except ImportError:  # pragma: no cover - Python 2 is not supported, this keeps the import test quiet
    from urlparse import urlsplit  # type: ignore

try:
    import requests
    HAS_REQUESTS = True
    REQUESTS_IMPORT_ERROR = None
except ImportError:
    requests = None
    HAS_REQUESTS = False
    REQUESTS_IMPORT_ERROR = traceback.format_exc()

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport import signer
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import (
    CkafkaError,
    HTTP_ERROR,
    INVALID_RESPONSE,
    NETWORK_ERROR,
    TIMEOUT_ERROR,
    code_family,
    is_signature_expired,
    is_throttled,
)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy, is_retryable

API_VERSION = '2019-08-19'
SERVICE = 'ckafka'
COLLECTION_VERSION = '0.3.0'
REQUEST_CLIENT = 'tencentcloud.ckafka/%s' % COLLECTION_VERSION
# Answers that refuse the key itself: temporary credentials are renewed once on these.
REFUSED_KEY_CODES = ('AuthFailure.TokenFailure', 'AuthFailure.SecretIdNotFound', 'AuthFailure.InvalidSecretId')
# How much of an unexpected answer body goes into an error message.
BODY_EXCERPT = 200


def _excerpt(text):
    text = ' '.join((text or '').split())
    return text if len(text) <= BODY_EXCERPT else text[:BODY_EXCERPT] + '...'


def gave_up_advice(error, attempts, max_retries):
    """What the message of a call still failing after its last retry adds: how often it was tried, and what to do."""
    tried = ' Tried %d time%s (max_retries is %d)' % (attempts, '' if attempts == 1 else 's', max_retries)
    if is_throttled(error):
        return tried + ': fewer hosts should call at once (lower forks, or throttle: on the task), or raise max_retries.'
    return tried + '.'


class CkafkaClient:
    """Calls CKafka API actions.

    call() returns the "Response" object of a successful answer (its RequestId
    included) and raises CkafkaError for everything else. Whether a failed call is
    retried depends on idempotent, which the caller states per call: reads and
    writes that converge (Delete, Pause, ...) are idempotent, a Create is not.
    """

    # The credentials layer reuses this client for STS with its own service and version.
    service = SERVICE
    version = API_VERSION

    def __init__(self, credentials, region, endpoint, connect_timeout=10.0, read_timeout=30.0, verify=True,
                 retry_policy=None, language=None, sleep=time.sleep, clock=time.time):
        if not HAS_REQUESTS:
            raise RuntimeError('the requests library is required')
        parts = urlsplit(endpoint)
        if parts.scheme not in ('http', 'https') or not parts.netloc:
            raise ValueError('endpoint must be a full http:// or https:// URL, got %r' % endpoint)
        self.credentials = credentials
        self.region = region
        # Host names are case-insensitive; one lower-case spelling is both signed and sent.
        self.host = parts.netloc.lower()
        self.url = '%s://%s/' % (parts.scheme, self.host)
        self.timeout = (connect_timeout, read_timeout)
        self.verify = verify
        self.retry_policy = retry_policy or RetryPolicy()
        self.language = language
        self.sleep = sleep
        self.clock = clock
        # Seconds to add to the local clock, learnt from a SignatureExpire answer.
        self.clock_offset = 0
        self.warnings = []
        self.session = requests.Session()
        # Named in the message of a host name that does not resolve.
        self.endpoint_origin = None

    def close(self):
        self.session.close()

    def call(self, action, params=None, idempotent=False):
        payload = json.dumps(params or {}, separators=(',', ':'), ensure_ascii=False).encode('utf-8')
        delays = self.retry_policy.delays()
        clock_fixed = False
        renewed = False
        attempt = 0
        while True:
            try:
                return self._send(action, payload)
            except CkafkaError as error:
                if is_signature_expired(error):
                    if not clock_fixed and self._learn_clock_offset(error):
                        clock_fixed = True
                        continue
                    error.message += ' The request timestamp comes from this host clock: check that it is synchronised (NTP).'
                if error.code in REFUSED_KEY_CODES and not renewed:
                    # Temporary credentials the service no longer takes (revoked, or expired by its clock): renew once.
                    renew = getattr(self.credentials, 'renew', None)
                    if renew is not None and renew():
                        renewed = True
                        continue
                if code_family(error.code) in ('AuthFailure', 'UnauthorizedOperation') and not is_signature_expired(error):
                    self._name_key_source(error)
                if getattr(error, 'final', False) or not is_retryable(error, idempotent):
                    raise
                if attempt >= len(delays):
                    error.message += gave_up_advice(error, attempts=attempt + 1, max_retries=len(delays))
                    raise
                self.sleep(delays[attempt])
                attempt += 1

    def _learn_clock_offset(self, error):
        """Adopt the server's clock from the Date header of a SignatureExpire answer."""
        server_date = getattr(error, 'server_date', None)
        if not server_date:
            return False
        try:
            server_time = email.utils.parsedate_to_datetime(server_date).timestamp()
        except (TypeError, ValueError):
            return False
        self.clock_offset = server_time - self.clock()
        self.warnings.append(
            'The local clock is %.0f seconds %s the Tencent Cloud API clock (AuthFailure.SignatureExpire); the request '
            'was signed again with the server time from the answer. Synchronise this host clock (NTP).'
            % (abs(self.clock_offset), 'behind' if self.clock_offset > 0 else 'ahead of'))
        return True

    def _name_key_source(self, error):
        """Say where the refused key came from (never the key)."""
        source = getattr(self.credentials, 'source', None)
        if source:
            error.message += ' The key came from %s.' % source

    def _headers(self, action, payload, timestamp):
        # current(): temporary credentials renew themselves shortly before they expire.
        current = getattr(self.credentials, 'current', None)
        credentials = current() if current is not None else self.credentials
        return signer.signed_headers(
            credentials.secret_id, credentials.secret_key, self.host, action, self.version, payload, timestamp,
            region=self.region, security_token=credentials.security_token, language=self.language,
            request_client=REQUEST_CLIENT, service=self.service)

    def _send(self, action, payload):
        timestamp = int(self.clock() + self.clock_offset)
        headers = self._headers(action, payload, timestamp)
        try:
            answer = self.session.post(self.url, data=payload, headers=headers, timeout=self.timeout, verify=self.verify)
        except requests.exceptions.ConnectTimeout:
            raise CkafkaError(NETWORK_ERROR, 'timed out connecting to %s' % self.host, action=action, sent=False)
        except requests.exceptions.ReadTimeout:
            raise CkafkaError(TIMEOUT_ERROR, 'no answer from %s within %s seconds' % (self.host, self.timeout[1]), action=action)
        except requests.exceptions.SSLError as error:
            raise self._tls_failure(action, error)
        except requests.exceptions.ConnectionError as error:
            if _is_unresolved(error):
                raise self._unresolved(action)
            raise CkafkaError(NETWORK_ERROR, 'connection to %s failed: %s' % (self.host, _describe_connection_error(error)),
                              action=action, sent=_may_have_been_sent(error))
        except requests.exceptions.RequestException as error:
            raise CkafkaError(NETWORK_ERROR, 'request to %s failed: %s' % (self.host, error.__class__.__name__), action=action)
        return self._parse(action, answer)

    def _parse(self, action, answer):
        if answer.status_code != 200:
            raise CkafkaError(HTTP_ERROR, 'HTTP %s from %s: %s' % (answer.status_code, self.host, _excerpt(answer.text)),
                              http_status=answer.status_code, action=action)
        try:
            body = answer.json()
        except ValueError:
            raise CkafkaError(INVALID_RESPONSE, 'the answer from %s is not JSON: %s' % (self.host, _excerpt(answer.text)),
                              http_status=answer.status_code, action=action)
        response = body.get('Response') if isinstance(body, dict) else None
        if not isinstance(response, dict):
            raise CkafkaError(INVALID_RESPONSE, 'the answer from %s has no Response object' % self.host,
                              http_status=answer.status_code, action=action)
        error = response.get('Error')
        if error:
            failure = CkafkaError(str(error.get('Code') or 'UnknownError'), str(error.get('Message') or ''),
                                  request_id=response.get('RequestId'), http_status=answer.status_code, action=action)
            failure.server_date = answer.headers.get('Date')
            raise failure
        return response

    def _tls_failure(self, action, error):
        """A TLS failure: what the endpoint answered, final unless it may heal (a handshake cut short)."""
        text = str(error)
        failure = CkafkaError(NETWORK_ERROR, 'TLS failure talking to %s: %s' % (self.host, _tls_reason(text)),
                              action=action, sent=False)
        failure.final = not any(marker in text for marker in _TLS_TRANSIENT_MARKERS)
        return failure

    def _unresolved(self, action):
        """A host name that does not resolve will not resolve a second later: fail at once, saying what to check."""
        hostname = self.host.rsplit(':', 1)[0] if not self.host.endswith(']') else self.host
        origin = ' (from %s)' % self.endpoint_origin if self.endpoint_origin else ''
        failure = CkafkaError(NETWORK_ERROR, 'the host name %s of the endpoint %s%s does not resolve (region %s): check the '
                              'endpoint and the region for typos, and this host\'s DNS' % (hostname, self.url.rstrip('/'), origin, self.region),
                              action=action, sent=False)
        failure.final = True
        return failure


_UNRESOLVED_MARKERS = ('NameResolutionError', 'Name or service not known', 'nodename nor servname',
                       'Temporary failure in name resolution', 'getaddrinfo failed', 'No address associated with hostname')


# TLS failures that waiting cannot heal, and what they mean the endpoint answered.
_TLS_REASONS = (
    ('WRONG_VERSION_NUMBER', 'the endpoint answered in plain HTTP, not TLS (SSL: wrong version number): use an http:// '
                             'endpoint, or the port that speaks https'),
    ('wrong version number', 'the endpoint answered in plain HTTP, not TLS (SSL: wrong version number): use an http:// '
                             'endpoint, or the port that speaks https'),
    ('CERTIFICATE_VERIFY_FAILED', 'the endpoint\'s certificate is not trusted (certificate verify failed): check the '
                                  'endpoint, or the CA bundle of this host'),
    ('doesn\'t match', 'the endpoint\'s certificate is for another host name: check the endpoint'),
    ('TLSV1_ALERT_PROTOCOL_VERSION', 'the endpoint refused this host\'s TLS versions (protocol version alert)'),
)
# A handshake cut short may succeed on the next attempt.
_TLS_TRANSIENT_MARKERS = ('EOF occurred', 'UNEXPECTED_EOF', 'timed out', 'Connection reset', 'ECONNRESET')


def _tls_reason(text):
    for marker, reason in _TLS_REASONS:
        if marker in text:
            return '%s (%s)' % (reason, _excerpt(text))
    return _excerpt(text)


def _is_unresolved(error):
    text = repr(error)
    return any(marker in text for marker in _UNRESOLVED_MARKERS)


def _describe_connection_error(error):
    reason = error.args[0] if error.args else error
    reason = getattr(reason, 'reason', reason)
    return _excerpt(str(reason)) or error.__class__.__name__


def _may_have_been_sent(error):
    """A refused or unresolvable connection never carried the request."""
    text = repr(error)
    markers = ('NewConnectionError', 'NameResolutionError', 'Connection refused', 'Failed to establish a new connection')
    return not any(marker in text for marker in markers)
