# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Where credentials, region and endpoint come from.

Order: module options, then environment variables, then the profile file that the
Tencent Cloud SDKs and tccli share (~/.tencentcloud/credentials, INI).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import os

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.errors import CredentialsError

DEFAULT_ENDPOINT = 'https://ckafka.tencentcloudapi.com'
DEFAULT_PROFILE = 'default'
CREDENTIALS_FILE = os.path.join('~', '.tencentcloud', 'credentials')

ENV_SECRET_ID = 'TENCENTCLOUD_SECRET_ID'
ENV_SECRET_KEY = 'TENCENTCLOUD_SECRET_KEY'
ENV_SECURITY_TOKEN = 'TENCENTCLOUD_SECURITY_TOKEN'
ENV_REGION = 'TENCENTCLOUD_REGION'
ENV_ENDPOINT = 'TENCENTCLOUD_CKAFKA_ENDPOINT'
ENV_PROFILE = 'TENCENTCLOUD_PROFILE'
ENV_CREDENTIALS_FILE = 'TENCENTCLOUD_CREDENTIALS_FILE'

MISSING_CREDENTIALS = (
    'No Tencent Cloud credentials found. Set the secret_id and secret_key options, or the '
    'TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY environment variables, or add them to '
    'the [%s] section of %s (profile option or TENCENTCLOUD_PROFILE picks the section).'
)


class Credentials:
    """A secret pair with an optional session token; repr never shows secrets."""

    def __init__(self, secret_id, secret_key, security_token=None, source=None):
        self.secret_id = secret_id
        self.secret_key = secret_key
        self.security_token = security_token
        self.source = source

    def __repr__(self):
        return 'Credentials(secret_id=%r, source=%r)' % (self.secret_id, self.source)


def _read_profile(path, profile):
    """The section of the INI credentials file, or {} when there is none."""
    path = os.path.expanduser(path)
    if not os.path.isfile(path):
        return {}
    # Imported here: most runs take their credentials from options or the environment, and every
    # module run pays for its imports (about 2 ms for configparser).
    from ansible.module_utils.six.moves import configparser  # pylint: disable=import-outside-toplevel
    parser = configparser.ConfigParser()
    try:
        parser.read(path)
    except configparser.Error as error:
        raise CredentialsError('Cannot read the credentials file %s: %s' % (path, error.__class__.__name__))
    if not parser.has_section(profile):
        return {}
    return dict(parser.items(profile))


def resolve_credentials(params, environ=None, credentials_file=None):
    """Credentials from the first source that has a secret pair.

    params: the module parameters (secret_id, secret_key, security_token, profile).
    """
    environ = os.environ if environ is None else environ
    if params.get('secret_id') or params.get('secret_key'):
        if not (params.get('secret_id') and params.get('secret_key')):
            raise CredentialsError('secret_id and secret_key must be given together.')
        return Credentials(params['secret_id'], params['secret_key'], params.get('security_token'), 'options')
    if environ.get(ENV_SECRET_ID) and environ.get(ENV_SECRET_KEY):
        token = params.get('security_token') or environ.get(ENV_SECURITY_TOKEN)
        return Credentials(environ[ENV_SECRET_ID], environ[ENV_SECRET_KEY], token, 'environment')
    profile = params.get('profile') or environ.get(ENV_PROFILE) or DEFAULT_PROFILE
    path = credentials_file or environ.get(ENV_CREDENTIALS_FILE) or CREDENTIALS_FILE
    section = _read_profile(path, profile)
    if section.get('secret_id') and section.get('secret_key'):
        token = params.get('security_token') or section.get('token') or section.get('security_token')
        return Credentials(section['secret_id'], section['secret_key'], token, 'profile %s' % profile)
    raise CredentialsError(MISSING_CREDENTIALS % (profile, os.path.expanduser(path)))


def resolve_region(params, environ=None, credentials_file=None):
    """Region from the option, the environment, or the profile section."""
    environ = os.environ if environ is None else environ
    region = params.get('region') or environ.get(ENV_REGION)
    if region:
        return region
    profile = params.get('profile') or environ.get(ENV_PROFILE) or DEFAULT_PROFILE
    path = credentials_file or environ.get(ENV_CREDENTIALS_FILE) or CREDENTIALS_FILE
    try:
        return _read_profile(path, profile).get('region')
    except CredentialsError:
        return None


def resolve_endpoint(params, environ=None):
    environ = os.environ if environ is None else environ
    return (params.get('endpoint') or environ.get(ENV_ENDPOINT) or DEFAULT_ENDPOINT).rstrip('/')
