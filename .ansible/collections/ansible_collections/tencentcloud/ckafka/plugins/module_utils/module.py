# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The shared options and the base class of every module in this collection."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible.module_utils.basic import AnsibleModule, missing_required_lib

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.client import (
    CkafkaClient,
    HAS_REQUESTS,
    REQUESTS_IMPORT_ERROR,
)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.credentials import (
    ENV_REGION,
    resolve_credentials,
    resolve_endpoint,
    resolve_region,
)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.errors import CkafkaError, CredentialsError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.retries import RetryPolicy

# Documented in plugins/doc_fragments/common.py; keep the two in step.
COMMON_ARGUMENT_SPEC = dict(
    secret_id=dict(type='str', no_log=False),
    secret_key=dict(type='str', no_log=True),
    security_token=dict(type='str', no_log=True),
    region=dict(type='str'),
    endpoint=dict(type='str'),
    profile=dict(type='str'),
    language=dict(type='str', choices=['en-US', 'zh-CN']),
    validate_certs=dict(type='bool', default=True),
    connect_timeout=dict(type='float', default=10.0),
    read_timeout=dict(type='float', default=30.0),
    max_retries=dict(type='int', default=6),
    retry_max_delay=dict(type='float', default=10.0),
)

MISSING_REGION = 'No region given: set the region option or the %s environment variable (for example ap-guangzhou).' % ENV_REGION


def common_argument_spec(**extra):
    spec = dict(COMMON_ARGUMENT_SPEC)
    spec.update(extra)
    return spec


class CkafkaModule:
    """Base of every module: builds the client on first use and turns errors into results.

    Subclasses define argument_spec() and run(); main() is then
    `SubClass.main()`.
    """

    supports_check_mode = True
    module_kwargs = {}

    def __init__(self, module):
        self.module = module
        self.params = module.params
        self.result = dict(changed=False)
        self._client = None

    @classmethod
    def argument_spec(cls):
        raise NotImplementedError

    @classmethod
    def create_module(cls):
        return AnsibleModule(argument_spec=cls.argument_spec(), supports_check_mode=cls.supports_check_mode, **cls.module_kwargs)

    @classmethod
    def main(cls):
        cls(cls.create_module()).execute()

    def param_is_defined(self, name):
        """Whether the user set name (a value that is not None)."""
        return self.params.get(name) is not None

    @property
    def client(self):
        if self._client is None:
            self._client = self.build_client()
        return self._client

    def build_client(self):
        if not HAS_REQUESTS:
            self.module.fail_json(msg=missing_required_lib('requests'), exception=REQUESTS_IMPORT_ERROR)
        try:
            credentials = resolve_credentials(self.params)
        except CredentialsError as error:
            self.module.fail_json(msg=str(error))
        region = resolve_region(self.params)
        if not region:
            self.module.fail_json(msg=MISSING_REGION)
        endpoint = resolve_endpoint(self.params)
        if not endpoint.startswith(('http://', 'https://')):
            self.module.fail_json(msg='endpoint must be a full URL such as https://ckafka.tencentcloudapi.com, got %s' % endpoint)
        if not self.params['validate_certs'] and endpoint.startswith('https://'):
            self.module.warn('validate_certs is false: the TLS certificate of %s is not verified.' % endpoint)
        policy = RetryPolicy(retries=self.params['max_retries'], max_delay=self.params['retry_max_delay'])
        return CkafkaClient(credentials, region, endpoint, connect_timeout=self.params['connect_timeout'],
                            read_timeout=self.params['read_timeout'], verify=self.params['validate_certs'],
                            retry_policy=policy, language=self.params.get('language'))

    def run(self):
        raise NotImplementedError

    def execute(self):
        try:
            self.run()
        except CkafkaError as error:
            self.fail(str(error), error=error)
        self.exit()

    def _collect_client_warnings(self):
        if self._client is not None:
            for warning in self._client.warnings:
                self.module.warn(warning)
            self._client.warnings = []

    def fail(self, msg, error=None, **extra):
        """fail_json with what is known: error_code and request_id of a service error, and the result so far."""
        self._collect_client_warnings()
        result = dict(self.result)
        if error is not None:
            result.update(error.to_result())
        result.update(extra)
        result.pop('failed', None)
        self.module.fail_json(msg=msg, **result)

    def exit(self):
        self._collect_client_warnings()
        self.module.exit_json(**self.result)
