# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Temporary credentials: the CVM instance role, web identity (TKE OIDC) and STS AssumeRole.

credentials.resolve_credentials imports this file only when a route needs it: a run with a key
pair and no assume_role never loads it (AnsiballZ compiles every file a run imports; see
docs/performance.md). The order of the routes, the settings they read and the messages about
missing ones are credentials.py's; this file reaches the services and renews what they issue.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json
import time

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport import signer
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.client import CkafkaClient
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.credentials import (
    DEFAULT_METADATA_ENDPOINT, DEFAULT_SESSION_NAME, DEFAULT_STS_ENDPOINT, ENV_CAM_ROLE_NAME, ENV_METADATA_ENDPOINT,
    ENV_STS_ENDPOINT, METADATA_TIMEOUT, RENEW_MARGIN, SESSION_DURATION_DEFAULT, STS_VERSION, Credentials)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError, CredentialsError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy


class TemporaryCredentials(Credentials):
    """Credentials that fetch() returns and renews before they expire.

    fetch() returns (secret_id, secret_key, token, expires_at as a Unix time) or raises
    CkafkaError; it is called once here, then again whenever current() finds the
    credentials about to expire.
    """

    def __init__(self, fetch, source, clock=time.time):
        super(TemporaryCredentials, self).__init__(None, None, None, source)
        self._fetch = fetch
        self._clock = clock
        self._renew_at = None
        self.renewals = 0
        self._load()

    def _load(self):
        fetched_at = self._clock()
        self.secret_id, self.secret_key, self.security_token, self.expires_at = self._fetch()
        if self.expires_at is None:
            self._renew_at = None
            return
        lifetime = max(0.0, self.expires_at - fetched_at)
        self._renew_at = self.expires_at - min(RENEW_MARGIN, lifetime / 4.0)

    def current(self):
        if self._renew_at is not None and self._clock() >= self._renew_at:
            self.renew()
        return self

    def renew(self):
        try:
            self._load()
        except CredentialsError as error:
            # Mid-run, the module handles CkafkaError only: the run fails with this message, not a traceback.
            failure = CkafkaError('ClientCredentialsError', 'renewing the temporary credentials failed: %s' % error, sent=False)
            failure.final = True
            raise failure
        self.renewals += 1
        return True


# ---- the Security Token Service and the metadata service -------------------------------------

class StsClient(CkafkaClient):
    """The CKafka client's transport, retries and error handling, for the sts service.

    credentials None sends the request unsigned (Authorization: SKIP), as
    AssumeRoleWithWebIdentity wants: the web identity token is the proof.
    """

    service = 'sts'
    version = STS_VERSION

    def _name_key_source(self, error):
        """The route's own message names the base credentials."""

    def _headers(self, action, payload, timestamp):
        if self.credentials is not None:
            return super(StsClient, self)._headers(action, payload, timestamp)
        headers = signer.signed_headers('-', '-', self.host, action, self.version, payload, timestamp,
                                        region=self.region, service=self.service)
        headers['Authorization'] = 'SKIP'
        return headers


class Transport:
    """How the STS and metadata services are reached: endpoints, timeouts, TLS, clock.

    Tests replace metadata_get and sts_call.
    """

    def __init__(self, params, environ, clock=time.time):
        self.environ = environ
        self.clock = clock
        self.sts_endpoint = (params.get('sts_endpoint') or environ.get(ENV_STS_ENDPOINT) or DEFAULT_STS_ENDPOINT).rstrip('/')
        self.metadata_endpoint = params.get('metadata_endpoint') or environ.get(ENV_METADATA_ENDPOINT) or DEFAULT_METADATA_ENDPOINT
        if not self.metadata_endpoint.endswith('/'):
            self.metadata_endpoint += '/'
        self.connect_timeout = params.get('connect_timeout') or 10.0
        self.read_timeout = params.get('read_timeout') or 30.0
        verify = params.get('validate_certs')
        self.verify = True if verify is None else verify
        self.max_retries = params.get('max_retries')
        self._session = None

    def _requests_session(self):
        if self._session is None:
            import requests  # pylint: disable=import-outside-toplevel
            self._session = requests.Session()
        return self._session

    def sts_call(self, action, params, credentials, region):
        """One STS call (signed with credentials, or unsigned when None); the Response object."""
        retries = 3 if self.max_retries is None else min(3, self.max_retries)
        client = StsClient(credentials, region, self.sts_endpoint, connect_timeout=self.connect_timeout,
                           read_timeout=self.read_timeout, verify=self.verify,
                           retry_policy=RetryPolicy(retries=retries, max_delay=2.0), clock=self.clock)
        try:
            return client.call(action, params, idempotent=True)
        finally:
            client.close()

    def metadata_get(self, path):
        """The text at metadata_endpoint + path; CredentialsError naming the service when it does not answer."""
        import requests  # pylint: disable=import-outside-toplevel
        url = self.metadata_endpoint + path
        try:
            answer = self._requests_session().get(url, timeout=METADATA_TIMEOUT, verify=self.verify)
        except requests.exceptions.ConnectTimeout:
            raise CredentialsError('the CVM metadata service at %s cannot be reached within %g seconds'
                                   % (self.metadata_endpoint, METADATA_TIMEOUT[0]))
        except requests.exceptions.Timeout:
            raise CredentialsError('the CVM metadata service at %s did not answer within %g seconds'
                                   % (self.metadata_endpoint, METADATA_TIMEOUT[1]))
        except requests.exceptions.RequestException as error:
            raise CredentialsError('the CVM metadata service at %s cannot be reached (%s)'
                                   % (self.metadata_endpoint, _connection_reason(error)))
        if answer.status_code == 404:
            return None
        if answer.status_code != 200:
            raise CredentialsError('the CVM metadata service at %s answered HTTP %s for %s'
                                   % (self.metadata_endpoint, answer.status_code, path or 'the role list'))
        return answer.text


def _connection_reason(error):
    text = repr(error)
    for marker, reason in (('NameResolutionError', 'the host name does not resolve'),
                           ('Name or service not known', 'the host name does not resolve'),
                           ('nodename nor servname', 'the host name does not resolve'),
                           ('Temporary failure in name resolution', 'the host name does not resolve'),
                           ('Connection refused', 'connection refused'),
                           ('timed out', 'timed out'),
                           ('Network is unreachable', 'network unreachable')):
        if marker in text:
            return reason
    return error.__class__.__name__


def _sts_failure(error, what):
    """A CkafkaError from STS, reworded to say which route and which base credentials failed."""
    return CkafkaError(error.code, '%s failed: %s' % (what, error.message), request_id=error.request_id,
                       http_status=error.http_status, sent=False)


def _temporary(response, what):
    """(id, key, token, expires_at) of an AssumeRole* answer."""
    pack = response.get('Credentials') or {}
    values = (pack.get('TmpSecretId'), pack.get('TmpSecretKey'), pack.get('Token'))
    if not all(values):
        raise CkafkaError('ClientInvalidResponse', '%s answered without TmpSecretId, TmpSecretKey and Token' % what, sent=False)
    expires_at = response.get('ExpiredTime')
    return values + (float(expires_at) if isinstance(expires_at, (int, float)) else None,)


# ---- the routes -----------------------------------------------------------------------------

def cvm_role_credentials(transport, role_name=None):
    """The instance role's temporary credentials from the CVM metadata service."""
    role_source = 'the cam_role_name option or %s' % ENV_CAM_ROLE_NAME
    if not role_name:
        listed = transport.metadata_get('')
        names = [line.strip() for line in (listed or '').splitlines() if line.strip()]
        if not names:
            raise CredentialsError('the CVM metadata service at %s lists no CAM role: attach a role to the instance '
                                   '(CVM console, instance, "Bind/Modify CAM Role") or name one with %s'
                                   % (transport.metadata_endpoint, role_source))
        role_name = names[0]
        role_source = 'the metadata service'
    what = 'CVM role %s from the metadata service at %s' % (role_name, transport.metadata_endpoint)

    def fetch():
        text = transport.metadata_get(role_name)
        if text is None:
            raise CredentialsError('the CVM metadata service at %s has no CAM role %s (named by %s)'
                                   % (transport.metadata_endpoint, role_name, role_source))
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if not isinstance(data, dict) or data.get('Code') != 'Success' or not all(
                data.get(name) for name in ('TmpSecretId', 'TmpSecretKey', 'Token')):
            code = data.get('Code') if isinstance(data, dict) else None
            raise CredentialsError('the CVM metadata service at %s gave no credentials for role %s%s'
                                   % (transport.metadata_endpoint, role_name, ' (Code %s)' % code if code else ''))
        expires_at = data.get('ExpiredTime')
        return (data['TmpSecretId'], data['TmpSecretKey'], data['Token'],
                float(expires_at) if isinstance(expires_at, (int, float)) else None)

    return TemporaryCredentials(fetch, what, transport.clock)


def web_identity_credentials(transport, settings, session_duration=None):
    """STS AssumeRoleWithWebIdentity with the TKE OIDC token; the token file is read again at each renewal."""
    role_arn = settings['TKE_ROLE_ARN']
    token_file = settings['TKE_WEB_IDENTITY_TOKEN_FILE']
    what = 'web identity (AssumeRoleWithWebIdentity of role %s with provider %s at %s)' % (
        role_arn, settings['TKE_PROVIDER_ID'], transport.sts_endpoint)

    def fetch():
        try:
            with open(token_file) as handle:
                token = handle.read().strip()
        except (IOError, OSError) as error:
            raise CredentialsError('web identity: the token file %s (TKE_WEB_IDENTITY_TOKEN_FILE) cannot be read: %s'
                                   % (token_file, getattr(error, 'strerror', None) or error.__class__.__name__))
        if not token:
            raise CredentialsError('web identity: the token file %s (TKE_WEB_IDENTITY_TOKEN_FILE) is empty' % token_file)
        params = dict(ProviderId=settings['TKE_PROVIDER_ID'], WebIdentityToken=token, RoleArn=role_arn,
                      RoleSessionName='%s-%d' % (DEFAULT_SESSION_NAME, int(transport.clock())),
                      DurationSeconds=session_duration or SESSION_DURATION_DEFAULT)
        try:
            response = transport.sts_call('AssumeRoleWithWebIdentity', params, None, settings['TKE_REGION'])
        except CkafkaError as error:
            raise _sts_failure(error, what)
        return _temporary(response, what)

    return TemporaryCredentials(fetch, what, transport.clock)


def assumed_role_credentials(transport, base, settings, region):
    """STS AssumeRole signed with base; base is asked for current() keys at each renewal."""
    what = 'assume_role (AssumeRole of role %s at %s, signed with the keys from %s)' % (
        settings['role_arn'], transport.sts_endpoint, base.source)

    def fetch():
        from ansible.module_utils.six.moves.urllib.parse import quote  # pylint: disable=import-outside-toplevel
        params = dict(RoleArn=settings['role_arn'], RoleSessionName=settings['session_name'],
                      DurationSeconds=settings['session_duration'])
        if settings.get('external_id'):
            params['ExternalId'] = settings['external_id']
        if settings.get('policy'):
            # The API URL-decodes Policy once.
            params['Policy'] = quote(settings['policy'], safe='')
        try:
            response = transport.sts_call('AssumeRole', params, base.current(), region or 'ap-guangzhou')
        except CkafkaError as error:
            raise _sts_failure(error, what)
        return _temporary(response, what)

    return TemporaryCredentials(fetch, what, transport.clock)
