# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Where credentials, region and endpoint come from.

Key pairs are looked up in this order, the first complete pair wins: module options,
environment variables, the profile file that the Tencent Cloud SDKs and tccli share
(~/.tencentcloud/credentials, INI). With no key pair anywhere, the CVM instance role
from the metadata service is tried, then web identity (TKE OIDC) from the TKE_*
variables: the order of the official SDK's default provider chain. credential_source
picks cvm_role or web_identity directly. assume_role (options or the Terraform
provider's TENCENTCLOUD_ASSUME_ROLE_* variables) then trades whatever was found for
the temporary credentials of the role.

Temporary credentials renew themselves shortly before they expire (current()), so a
long run keeps working; their routes live in temporary_credentials.py, loaded only when used.
No message ever contains a secret, a token or a token file's content: they name the source
that failed instead.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json
import os
import re

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CredentialsError

DEFAULT_ENDPOINT = 'https://ckafka.tencentcloudapi.com'
DEFAULT_STS_ENDPOINT = 'https://sts.tencentcloudapi.com'
DEFAULT_METADATA_ENDPOINT = 'http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/'
DEFAULT_PROFILE = 'default'
CREDENTIALS_FILE = os.path.join('~', '.tencentcloud', 'credentials')

ENV_SECRET_ID = 'TENCENTCLOUD_SECRET_ID'
ENV_SECRET_KEY = 'TENCENTCLOUD_SECRET_KEY'
ENV_SECURITY_TOKEN = 'TENCENTCLOUD_SECURITY_TOKEN'
ENV_REGION = 'TENCENTCLOUD_REGION'
ENV_ENDPOINT = 'TENCENTCLOUD_CKAFKA_ENDPOINT'
ENV_PROFILE = 'TENCENTCLOUD_PROFILE'
ENV_CREDENTIALS_FILE = 'TENCENTCLOUD_CREDENTIALS_FILE'
ENV_STS_ENDPOINT = 'TENCENTCLOUD_STS_ENDPOINT'
ENV_METADATA_ENDPOINT = 'TENCENTCLOUD_METADATA_ENDPOINT'
ENV_CAM_ROLE_NAME = 'TENCENTCLOUD_CAM_ROLE_NAME'
# The Terraform provider's names for the assume_role members.
ENV_ASSUME_ROLE = dict(
    role_arn='TENCENTCLOUD_ASSUME_ROLE_ARN',
    session_name='TENCENTCLOUD_ASSUME_ROLE_SESSION_NAME',
    session_duration='TENCENTCLOUD_ASSUME_ROLE_SESSION_DURATION',
    external_id='TENCENTCLOUD_ASSUME_ROLE_EXTERNAL_ID',
)
# The names the official SDK reads in a TKE pod with OIDC enabled.
ENV_TKE = ('TKE_REGION', 'TKE_PROVIDER_ID', 'TKE_WEB_IDENTITY_TOKEN_FILE', 'TKE_ROLE_ARN')

STS_VERSION = '2018-08-13'
# DurationSeconds of AssumeRole and AssumeRoleWithWebIdentity: default 7200, at most 43200.
SESSION_DURATION_DEFAULT = 7200
SESSION_DURATION_MAX = 43200
# RoleSessionName: 2 to 128 characters of [\w+=,.@-]; ExternalId also allows : and /.
SESSION_NAME_RE = re.compile(r'^[\w+=,.@-]{2,128}$')
EXTERNAL_ID_RE = re.compile(r'^[\w+=,.@:/-]{2,128}$')
DEFAULT_SESSION_NAME = 'ansible-tencentcloud-ckafka'
# The metadata service answers within milliseconds on a CVM; off Tencent Cloud nothing answers.
METADATA_TIMEOUT = (1.0, 2.0)
# Renew this long before expiry at most (a quarter of the lifetime for short-lived credentials).
RENEW_MARGIN = 300.0

MISSING_CREDENTIALS = (
    'No Tencent Cloud credentials found. Tried: the secret_id and secret_key options; the '
    'TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY environment variables; profile %s in %s (%s; the profile '
    'option or TENCENTCLOUD_PROFILE picks another); the CVM instance role (%s); web identity (the TKE_* variables '
    'are not set). Give a key pair in one of these places, or see assume_role and credential_source.'
)


class Credentials:
    """A secret pair with an optional session token; repr never shows secrets.

    source says in words where the pair came from, for messages (never a secret).
    """

    expires_at = None

    def __init__(self, secret_id, secret_key, security_token=None, source=None):
        self.secret_id = secret_id
        self.secret_key = secret_key
        self.security_token = security_token
        self.source = source

    def current(self):
        """The credentials to sign the next request with (renewed when about to expire)."""
        return self

    def renew(self):
        """Fetch new temporary credentials; a key pair cannot be renewed."""
        return False

    def __repr__(self):
        return '%s(secret_id=%r, source=%r)' % (self.__class__.__name__, self.secret_id, self.source)


# ---- profile file ---------------------------------------------------------------------------

def _credentials_path(environ, credentials_file=None):
    path = credentials_file or environ.get(ENV_CREDENTIALS_FILE) or CREDENTIALS_FILE
    return path


def _read_profile(path, profile):
    """The section of the INI credentials file, or None when there is no such section.

    Raises CredentialsError when the file exists but cannot be parsed.
    """
    path = os.path.expanduser(path)
    if not os.path.isfile(path):
        return None
    # Imported here: most runs take their credentials from options or the environment, and every
    # module run pays for its imports (about 2 ms for configparser).
    from ansible.module_utils.six.moves import configparser  # pylint: disable=import-outside-toplevel
    parser = configparser.ConfigParser()
    try:
        parser.read(path)
    except configparser.Error as error:
        raise CredentialsError('Cannot read the credentials file %s: %s' % (path, error.__class__.__name__))
    if not parser.has_section(profile):
        return None
    return dict((name, value.strip()) for name, value in parser.items(profile))


def _profile_name(params, environ):
    """(name, where it was chosen) of the profile section."""
    if params.get('profile'):
        return params['profile'], 'profile option'
    if environ.get(ENV_PROFILE):
        return environ[ENV_PROFILE], ENV_PROFILE
    return DEFAULT_PROFILE, None


def _half_pair(have, missing, where):
    return CredentialsError('%s is missing (%s is set): give both or neither.' % (missing, have) if where is None
                            else '%s is missing in %s (%s is set there): give both or neither.' % (missing, where, have))


def _static_keys(params, environ, credentials_file):
    """A key pair from options, environment or profile file; (None, why the profile gave none) otherwise."""
    if params.get('secret_id') or params.get('secret_key'):
        if not params.get('secret_key'):
            raise _half_pair('secret_id option', 'secret_key', None)
        if not params.get('secret_id'):
            raise _half_pair('secret_key option', 'secret_id', None)
        return Credentials(params['secret_id'], params['secret_key'], params.get('security_token'),
                           'the secret_id and secret_key options'), None
    if environ.get(ENV_SECRET_ID) or environ.get(ENV_SECRET_KEY):
        if not environ.get(ENV_SECRET_KEY):
            raise _half_pair(ENV_SECRET_ID, 'secret_key', None)
        if not environ.get(ENV_SECRET_ID):
            raise _half_pair(ENV_SECRET_KEY, 'secret_id', None)
        token = params.get('security_token') or environ.get(ENV_SECURITY_TOKEN)
        return Credentials(environ[ENV_SECRET_ID], environ[ENV_SECRET_KEY], token,
                           'the environment variables %s and %s' % (ENV_SECRET_ID, ENV_SECRET_KEY)), None
    profile, chosen_by = _profile_name(params, environ)
    path = _credentials_path(environ, credentials_file)
    shown = os.path.expanduser(path)
    explicit_file = credentials_file or environ.get(ENV_CREDENTIALS_FILE)
    if not os.path.isfile(shown):
        if explicit_file:
            raise CredentialsError('the credentials file %s does not exist (%s).' % (path, ENV_CREDENTIALS_FILE))
        if chosen_by:
            raise CredentialsError('profile %s (%s) is not in %s: the credentials file %s does not exist.'
                                   % (profile, chosen_by, path, shown))
        return None, 'the file does not exist'
    section = _read_profile(path, profile)
    if section is None:
        if chosen_by or explicit_file:
            raise CredentialsError('profile %s is not in %s%s.' % (profile, path, ' (%s)' % chosen_by if chosen_by else ''))
        return None, 'no such section'
    where = 'profile %s of %s' % (profile, path)
    if section.get('secret_id') or section.get('secret_key'):
        if not section.get('secret_key'):
            raise _half_pair('secret_id', 'secret_key', where)
        if not section.get('secret_id'):
            raise _half_pair('secret_key', 'secret_id', where)
        token = params.get('security_token') or section.get('token') or section.get('security_token')
        return Credentials(section['secret_id'], section['secret_key'], token, where), None
    if chosen_by:
        raise CredentialsError('%s (%s) has no secret_id and secret_key.' % (where, chosen_by))
    return None, 'no secret_id and secret_key in it'


# ---- the routes -------------------------------------------------------------------------------

def web_identity_settings(environ):
    """The TKE_* values, None when none is set; CredentialsError naming the missing ones."""
    present = [name for name in ENV_TKE if environ.get(name)]
    if not present:
        return None
    missing = [name for name in ENV_TKE if not environ.get(name)]
    if missing:
        raise CredentialsError('web identity: %s %s missing (%s %s set).' % (
            ', '.join(missing), 'is' if len(missing) == 1 else 'are', ', '.join(present), 'is' if len(present) == 1 else 'are'))
    return dict((name, environ[name]) for name in ENV_TKE)


def assume_role_settings(params, environ):
    """The assume_role members from the option, each falling back to its environment variable; None when no role."""
    option = params.get('assume_role') or {}
    settings = {}
    origins = {}
    for name in ('role_arn', 'session_name', 'session_duration', 'external_id', 'policy'):
        value = option.get(name)
        origin = 'assume_role.%s' % name
        if value in (None, '') and name in ENV_ASSUME_ROLE and environ.get(ENV_ASSUME_ROLE[name]):
            value, origin = environ[ENV_ASSUME_ROLE[name]].strip(), ENV_ASSUME_ROLE[name]
        if value not in (None, ''):
            settings[name] = value
            origins[name] = origin
    if not settings.get('role_arn'):
        if settings:
            raise CredentialsError('assume_role.role_arn is missing (%s %s set): give it or set %s.' % (
                ', '.join(sorted(origins.values())), 'is' if len(origins) == 1 else 'are', ENV_ASSUME_ROLE['role_arn']))
        return None
    duration = settings.get('session_duration', SESSION_DURATION_DEFAULT)
    try:
        duration = int(duration)
    except (TypeError, ValueError):
        raise CredentialsError('%s must be a whole number of seconds, got %s.' % (origins['session_duration'], duration))
    if not 0 < duration <= SESSION_DURATION_MAX:
        raise CredentialsError('%s must be between 1 and %d seconds (the AssumeRole bounds), got %d.'
                               % (origins['session_duration'], SESSION_DURATION_MAX, duration))
    settings['session_duration'] = duration
    settings.setdefault('session_name', DEFAULT_SESSION_NAME)
    if not SESSION_NAME_RE.match(settings['session_name']):
        raise CredentialsError('%s must be 2 to 128 characters of letters, digits and =,.@_-+, got %s.'
                               % (origins.get('session_name', 'assume_role.session_name'), settings['session_name']))
    if 'external_id' in settings and not EXTERNAL_ID_RE.match(settings['external_id']):
        raise CredentialsError('%s must be 2 to 128 characters of letters, digits and =,.@:/_-+.' % origins['external_id'])
    if 'policy' in settings and not isinstance(settings['policy'], str):
        settings['policy'] = json.dumps(settings['policy'], separators=(',', ':'))
    return settings


def resolve_credentials(params, environ=None, credentials_file=None, transport=None, region=None):
    """Credentials from the first source that has them, as the module docs describe.

    params: the module parameters. Raises CredentialsError (a source is incomplete or
    absent) or CkafkaError (STS refused). transport: a temporary_credentials.Transport (tests
    give one of their own); built here when a route needs STS or the metadata service.
    """
    environ = os.environ if environ is None else environ
    source = params.get('credential_source')
    base = profile_state = None
    if source is None:
        base, profile_state = _static_keys(params, environ, credentials_file)
        if base is not None and not assume_role_settings(params, environ):
            return base
    # Every other route reaches STS or the metadata service: its code is loaded only now.
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport import (  # pylint: disable=import-outside-toplevel
        temporary_credentials as temporary)
    transport = transport or temporary.Transport(params, environ)
    role_name = params.get('cam_role_name') or environ.get(ENV_CAM_ROLE_NAME)
    if source == 'cvm_role':
        base = _explain(lambda: temporary.cvm_role_credentials(transport, role_name), 'credential_source=cvm_role')
    elif source == 'web_identity':
        settings = web_identity_settings(environ)
        if settings is None:
            raise CredentialsError('credential_source=web_identity: the variables %s are not set (a TKE pod with OIDC '
                                   'enabled sets them).' % ', '.join(ENV_TKE))
        base = temporary.web_identity_credentials(transport, settings)
    elif base is None:
        base = _keyless(params, environ, credentials_file, transport, role_name, profile_state)
    assume = assume_role_settings(params, environ)
    if assume:
        return temporary.assumed_role_credentials(transport, base, assume, region)
    return base


def _explain(build, prefix):
    try:
        return build()
    except CredentialsError as error:
        raise CredentialsError('%s: %s.' % (prefix, str(error).rstrip('.')))


def _keyless(params, environ, credentials_file, transport, role_name, profile_state):
    """The CVM role, then web identity, when no key pair is configured."""
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport import (  # pylint: disable=import-outside-toplevel
        temporary_credentials as temporary)
    tke = web_identity_settings(environ)
    try:
        return temporary.cvm_role_credentials(transport, role_name)
    except CredentialsError as error:
        if tke is None:
            profile = _profile_name(params, environ)[0]
            path = _credentials_path(environ, credentials_file)
            raise CredentialsError(MISSING_CREDENTIALS % (profile, path, profile_state, str(error).rstrip('.')))
    return temporary.web_identity_credentials(transport, tke)


def resolve_region(params, environ=None, credentials_file=None):
    """Region from the option, the environment, or the profile section."""
    environ = os.environ if environ is None else environ
    region = params.get('region') or environ.get(ENV_REGION)
    if region:
        return region
    profile = _profile_name(params, environ)[0]
    path = _credentials_path(environ, credentials_file)
    try:
        return (_read_profile(path, profile) or {}).get('region')
    except CredentialsError:
        return None


REGION_RE = re.compile(r'^[a-z]{2,}(-[a-z0-9]+)+$')


def region_warning(region):
    """A warning when region does not look like area-city (ap-guangzhou), else None."""
    if region is None or REGION_RE.match(region):
        return None
    guess = region.strip().lower().replace('_', '-')
    if REGION_RE.match(guess):
        hint = 'did you mean %s?' % guess
    else:
        hint = 'regions are an area and a city joined by a dash, for example ap-guangzhou, ap-shanghai, na-siliconvalley.'
    return ('The region %r does not look like a Tencent Cloud region (lower case, no spaces, like ap-guangzhou): %s'
            % (region, hint))


def resolve_endpoint(params, environ=None):
    environ = os.environ if environ is None else environ
    return (params.get('endpoint') or environ.get(ENV_ENDPOINT) or DEFAULT_ENDPOINT).rstrip('/')


def endpoint_origin(params, environ=None):
    """Where the endpoint was chosen, for messages."""
    environ = os.environ if environ is None else environ
    if params.get('endpoint'):
        return 'the endpoint option'
    if environ.get(ENV_ENDPOINT):
        return ENV_ENDPOINT
    return 'the default endpoint'
