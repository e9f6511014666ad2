# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Emulated STS (2018-08-13): AssumeRole and AssumeRoleWithWebIdentity.

AssumeRole must be signed (TC3-HMAC-SHA256, service sts) with a configured key pair or
with temporary credentials issued here (the CVM role's, for example) plus their token.
AssumeRoleWithWebIdentity is sent unsigned (Authorization: SKIP); the web identity token
is the proof. Request checks follow the API documentation: RoleSessionName 2 to 128
characters of [\\w+=,.@-], DurationSeconds at most 43200, ExternalId when the role wants
one, Policy URL-encoded JSON. Issued credentials live min(DurationSeconds, lifetime)
seconds, so tests can make them expire within a run.
"""

import datetime
import json
import re
import threading
import time
import uuid
from urllib.parse import unquote

from emu_auth import verify
from emu_errors import ApiError, invalid_value, missing

STS_VERSION = '2018-08-13'
MAX_DURATION = 43200
SESSION_NAME_RE = re.compile(r'^[\w+=,.@-]{2,128}$')
EXTERNAL_ID_RE = re.compile(r'^[\w+=,.@:/-]{2,128}$')


def iso8601(timestamp):
    return datetime.datetime.fromtimestamp(int(timestamp), tz=datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


class StsService:
    """All state of the STS emulator.

    credentials: {secret_id: secret_key} that may call AssumeRole; roles: {role_arn: external_id or None};
    web_identity: {'provider_id', 'token', 'role_arn'} or None; issued: the IssuedCredentials registry.
    """

    def __init__(self, credentials, roles, issued, lifetime=None, web_identity=None):
        self.credentials = dict(credentials)
        self.roles = dict(roles)
        self.issued = issued
        self.lifetime = lifetime
        self.web_identity = web_identity
        self.lock = threading.Lock()
        self.log = []

    def _log(self, entry):
        with self.lock:
            self.log.append(entry)

    def requests(self):
        with self.lock:
            return [dict(entry) for entry in self.log]

    def handle(self, headers, body):
        """One POST /; returns the Response member (without RequestId), raises ApiError."""
        action = headers.get('x-tc-action', '').strip()
        entry = {'service': 'sts', 'action': action, 'secret_id': None, 'token_sent': bool(headers.get('x-tc-token')),
                 'region': headers.get('x-tc-region'), 'params': None, 'error_code': None, 'time': time.time()}
        try:
            if headers.get('x-tc-version', '').strip() != STS_VERSION:
                raise ApiError('NoSuchVersion', 'STS serves version %s.' % STS_VERSION)
            if action not in ('AssumeRole', 'AssumeRoleWithWebIdentity'):
                raise ApiError('InvalidAction', 'The action `%s` is not emulated by the STS emulator.' % action)
            try:
                params = json.loads(body.decode('utf-8')) if body.strip() else {}
            except (UnicodeDecodeError, ValueError):
                raise ApiError('InvalidParameter', 'The request body is not valid JSON.') from None
            entry['params'] = dict((k, '********' if k in ('WebIdentityToken', 'ExternalId') else v) for k, v in params.items())
            if action == 'AssumeRole':
                entry['secret_id'] = verify('POST', '/', '', headers, body, self.credentials, time.time(), service='sts',
                                            issued=self.issued)
                return self._assume_role(params)
            if headers.get('authorization', '').strip() != 'SKIP':
                raise ApiError('AuthFailure.InvalidAuthorization', 'AssumeRoleWithWebIdentity is sent unsigned (Authorization: SKIP).')
            return self._assume_role_with_web_identity(params)
        except ApiError as error:
            entry['error_code'] = error.code
            raise
        finally:
            self._log(entry)

    @staticmethod
    def _common(params):
        for name in ('RoleArn', 'RoleSessionName'):
            if not isinstance(params.get(name), str) or not params[name]:
                raise missing(name)
        if not SESSION_NAME_RE.match(params['RoleSessionName']):
            raise invalid_value('RoleSessionName', '2 to 128 characters of letters, digits and +=,.@_-')
        duration = params.get('DurationSeconds', 7200)
        if not isinstance(duration, int) or isinstance(duration, bool) or not 0 < duration <= MAX_DURATION:
            raise invalid_value('DurationSeconds', 'an integer from 1 to %d' % MAX_DURATION)
        return duration

    def _issue(self, duration, route):
        lifetime = duration if self.lifetime is None else min(duration, self.lifetime)
        entry = self.issued.issue(lifetime, route)
        return {'Credentials': {'Token': entry['token'], 'TmpSecretId': entry['secret_id'], 'TmpSecretKey': entry['secret_key']},
                'ExpiredTime': entry['expires_at'], 'Expiration': iso8601(entry['expires_at'])}

    def _assume_role(self, params):
        duration = self._common(params)
        role_arn = params['RoleArn']
        if role_arn not in self.roles:
            raise ApiError('InvalidParameter.RoleNotExist', 'The role `%s` does not exist.' % role_arn)
        external_id = self.roles[role_arn]
        if 'ExternalId' in params and not EXTERNAL_ID_RE.match(str(params['ExternalId'])):
            raise invalid_value('ExternalId', '2 to 128 characters of letters, digits and +=,.@:/_-')
        if external_id is not None and params.get('ExternalId') != external_id:
            raise ApiError('InvalidParameter.ExtendIdNotMatch', 'The ExternalId does not match the role.')
        if 'Policy' in params:
            try:
                policy = json.loads(unquote(params['Policy']))
            except (TypeError, ValueError):
                raise invalid_value('Policy', 'URL-encoded JSON policy') from None
            if not isinstance(policy, dict) or 'statement' not in policy:
                raise invalid_value('Policy', 'a CAM policy with a statement')
        return self._issue(duration, 'assume_role')

    def _assume_role_with_web_identity(self, params):
        duration = self._common(params)
        config = self.web_identity
        if config is None:
            raise ApiError('InvalidParameter.ProviderNotExist', 'No OIDC identity provider is configured.')
        for name in ('ProviderId', 'WebIdentityToken'):
            if not params.get(name):
                raise missing(name)
        if params['ProviderId'] != config['provider_id']:
            raise ApiError('InvalidParameter.ProviderNotExist', 'The identity provider `%s` does not exist.' % params['ProviderId'])
        if params['WebIdentityToken'] != config['token']:
            raise ApiError('InvalidParameter.WebIdentityTokenError', 'The web identity token is not valid.')
        if params['RoleArn'] != config['role_arn']:
            raise ApiError('InvalidParameter.RoleNotExist', 'The role `%s` does not trust this provider.' % params['RoleArn'])
        return self._issue(duration, 'web_identity')


def new_request_id():
    return str(uuid.uuid4())
