# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Credentials, endpoint, retry and timeout options shared by every module."""

    DOCUMENTATION = r'''
requirements:
  - requests >= 2.25 (Python library), on the host that runs the module; with no inventory that is the controller,
    in the Python that runs Ansible
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
      - The region of the CKafka instances, for example V(ap-guangzhou).
      - A value that does not look like a region (V(guangzhou), V(ap_guangzhou), trailing spaces) gets a warning
        showing the expected form.
      - Falls back to the E(TENCENTCLOUD_REGION) environment variable, then to C(region) in the profile section.
      - Required from one of these sources.
    type: str
  endpoint:
    description:
      - Full URL of the CKafka API.
      - Falls back to the E(TENCENTCLOUD_CKAFKA_ENDPOINT) environment variable, then to V(https://ckafka.tencentcloudapi.com).
      - A host name that does not resolve fails at once, with a message naming the endpoint and the region.
      - An C(http://) URL is used only when given explicitly, for example to reach the local emulator.
    type: str
  profile:
    description:
      - Section of the credentials file C(~/.tencentcloud/credentials) (INI, shared with the Tencent Cloud SDKs)
        read when neither options nor environment variables give a key pair.
      - Falls back to the E(TENCENTCLOUD_PROFILE) environment variable, then to C(default).
      - E(TENCENTCLOUD_CREDENTIALS_FILE) points at another file.
      - A profile named by this option or E(TENCENTCLOUD_PROFILE) that is not in the file is an error, and so is a file
        named by E(TENCENTCLOUD_CREDENTIALS_FILE) that does not exist.
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
  assume_role:
    description:
      - Trade the credentials found (keys, CVM role or web identity) for the temporary credentials of a CAM role,
        through STS C(AssumeRole) signed with them. The temporary SecretId, SecretKey and token sign every call of
        the run and are renewed shortly before they expire.
      - Each member falls back to the environment variable the Terraform provider reads for it.
      - The base credentials need C(sts:AssumeRole) on the role, and the role must trust their account.
    type: dict
    suboptions:
      role_arn:
        description:
          - The role to assume, for example V(qcs::cam::uin/100000000001:roleName/ckafka-ops).
          - Falls back to E(TENCENTCLOUD_ASSUME_ROLE_ARN). Required from one of the two when O(assume_role) is used.
        type: str
      session_name:
        description:
          - The session name shown in CloudAudit, 2 to 128 letters, digits and C(=,.@_-+).
          - Falls back to E(TENCENTCLOUD_ASSUME_ROLE_SESSION_NAME), then to V(ansible-tencentcloud-ckafka).
        type: str
      session_duration:
        description:
          - Lifetime of the temporary credentials in seconds, from V(1) to V(43200).
          - Falls back to E(TENCENTCLOUD_ASSUME_ROLE_SESSION_DURATION), then to V(7200).
        type: int
      policy:
        description:
          - A CAM policy (a dictionary or its JSON text) that further restricts the temporary credentials.
          - Sent URL-encoded, as the API wants.
        type: raw
      external_id:
        description:
          - The external ID the role's trust policy asks for. Never logged or returned.
          - Falls back to E(TENCENTCLOUD_ASSUME_ROLE_EXTERNAL_ID).
        type: str
  credential_source:
    description:
      - Take the credentials from this route only, skipping key pairs.
      - V(cvm_role) reads the CAM role of this CVM instance from the metadata service (see O(metadata_endpoint)).
      - V(web_identity) calls STS C(AssumeRoleWithWebIdentity) with the OIDC token of a TKE pod, read from the
        E(TKE_REGION), E(TKE_PROVIDER_ID), E(TKE_WEB_IDENTITY_TOKEN_FILE) and E(TKE_ROLE_ARN) environment variables.
      - Unset, key pairs come first and these two routes are tried in that order when no key pair is found.
    type: str
    choices: [cvm_role, web_identity]
  cam_role_name:
    description:
      - The CAM role of the CVM instance to read from the metadata service, instead of the role the service lists.
      - Falls back to E(TENCENTCLOUD_CAM_ROLE_NAME).
    type: str
  sts_endpoint:
    description:
      - Full URL of the Security Token Service used by O(assume_role) and web identity.
      - Falls back to E(TENCENTCLOUD_STS_ENDPOINT), then to V(https://sts.tencentcloudapi.com).
    type: str
  metadata_endpoint:
    description:
      - Full URL of the CAM role credentials of the CVM metadata service.
      - Falls back to E(TENCENTCLOUD_METADATA_ENDPOINT), then to
        V(http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/).
      - The service is given 1 second to connect and 2 to answer, so that a host off Tencent Cloud fails fast.
    type: str
notes:
  - "Credentials are looked up in this order, the first complete key pair wins: the O(secret_id) and O(secret_key)
    options, the E(TENCENTCLOUD_SECRET_ID) and E(TENCENTCLOUD_SECRET_KEY) environment variables, the profile file.
    With no key pair, the CVM instance role from the metadata service is tried, then web identity from the TKE_*
    variables (the order of the official Tencent Cloud SDK). O(credential_source) picks one of the last two.
    O(assume_role) then assumes a role with whatever was found."
  - Half a key pair (a SecretId without its SecretKey) is an error naming where the half came from; an
    C(AuthFailure) from the service says where the refused key came from, never the key.
'''
