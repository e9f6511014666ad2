# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Credentials, endpoint, retry and timeout options shared by every module."""

    DOCUMENTATION = r'''
options:
  secret_id:
    description:
      - The SecretId of the Tencent Cloud API key pair.
      - Falls back to the E(TENCENTCLOUD_SECRET_ID) environment variable, then to C(secret_id) in the
        O(profile) section of C(~/.tencentcloud/credentials).
    type: str
  secret_key:
    description:
      - The SecretKey of the Tencent Cloud API key pair. Never logged or returned.
      - Falls back to the E(TENCENTCLOUD_SECRET_KEY) environment variable, then to C(secret_key) in the
        O(profile) section of C(~/.tencentcloud/credentials).
    type: str
  security_token:
    description:
      - Session token of temporary credentials (STS), sent as the C(X-TC-Token) header. Never logged or returned.
      - Falls back to the E(TENCENTCLOUD_SECURITY_TOKEN) environment variable, then to C(token) in the profile section.
    type: str
  region:
    description:
      - The region of the CKafka instances, for example C(ap-guangzhou).
      - Falls back to the E(TENCENTCLOUD_REGION) environment variable, then to C(region) in the profile section.
      - Required from one of these sources.
    type: str
  endpoint:
    description:
      - Full URL of the CKafka API.
      - Falls back to the E(TENCENTCLOUD_CKAFKA_ENDPOINT) environment variable, then to C(https://ckafka.tencentcloudapi.com).
      - An C(http://) URL is used only when given explicitly, for example to reach the local emulator.
    type: str
  profile:
    description:
      - Section of the credentials file C(~/.tencentcloud/credentials) (INI, shared with the Tencent Cloud SDKs)
        read when neither options nor environment variables give a key pair.
      - Falls back to the E(TENCENTCLOUD_PROFILE) environment variable, then to C(default).
      - E(TENCENTCLOUD_CREDENTIALS_FILE) points at another file.
    type: str
  language:
    description:
      - Language of the messages of service errors, sent as the C(X-TC-Language) header.
    type: str
    choices: [en-US, zh-CN]
  validate_certs:
    description:
      - Verify the TLS certificate of the endpoint. Turning this off prints a warning.
    type: bool
    default: true
  connect_timeout:
    description:
      - Seconds to wait for a connection to the endpoint.
    type: float
    default: 10.0
  read_timeout:
    description:
      - Seconds to wait for an answer to one request.
    type: float
    default: 30.0
  max_retries:
    description:
      - How many times a failed call is tried again.
      - Throttling (C(RequestLimitExceeded)) is retried for every call; C(InternalError), HTTP 5xx answers, timeouts
        and network errors only for calls that are safe to repeat. A create is never repeated blindly.
      - Retries wait with capped, jittered exponential backoff.
    type: int
    default: 6
  retry_max_delay:
    description:
      - Longest wait in seconds between two tries.
    type: float
    default: 10.0
notes:
  - Credentials are looked up in this order, the first complete pair wins, options first, then
    environment variables, then the profile file.
'''
