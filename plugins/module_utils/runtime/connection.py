# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The client of a module run, from its options: region, endpoints, credentials, retries."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import os

from ansible.module_utils.basic import missing_required_lib

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.client import (
    CkafkaClient,
    HAS_REQUESTS,
    REQUESTS_IMPORT_ERROR,
)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.credentials import (
    ENV_ENDPOINT,
    ENV_METADATA_ENDPOINT,
    ENV_REGION,
    ENV_STS_ENDPOINT,
    endpoint_origin,
    region_warning,
    resolve_credentials,
    resolve_endpoint,
    resolve_region,
)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError, CredentialsError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy

ENDPOINT_VARIABLES = dict(endpoint=ENV_ENDPOINT, sts_endpoint=ENV_STS_ENDPOINT, metadata_endpoint=ENV_METADATA_ENDPOINT)
ENDPOINT_EXAMPLES = dict(endpoint='https://ckafka.tencentcloudapi.com', sts_endpoint='https://sts.tencentcloudapi.com',
                         metadata_endpoint='http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/')
MISSING_REGION = 'No region given: set the region option or the %s environment variable (for example ap-guangzhou).' % ENV_REGION


def connect(owner):
    """The client of owner (a CkafkaModule) from its options; failures end the module run."""
    module, params = owner.module, owner.params
    if not HAS_REQUESTS:
        module.fail_json(msg=missing_required_lib('requests'), exception=REQUESTS_IMPORT_ERROR)
    region = resolve_region(params)
    warning = region_warning(region)
    if warning:
        module.warn(warning)
        region = region.strip()
    for option in ('sts_endpoint', 'metadata_endpoint', 'endpoint'):
        url = params.get(option) or os.environ.get(ENDPOINT_VARIABLES[option])
        if url and not url.startswith(('http://', 'https://')):
            module.fail_json(msg='%s must be a full URL such as %s, got %s' % (option, ENDPOINT_EXAMPLES[option], url))
    try:
        credentials = resolve_credentials(params, region=region)
    except CredentialsError as error:
        module.fail_json(msg=str(error))
    except CkafkaError as error:
        owner.fail(str(error), error=error)
    if not region:
        module.fail_json(msg=MISSING_REGION)
    endpoint = resolve_endpoint(params)
    if not params['validate_certs'] and endpoint.startswith('https://'):
        module.warn('validate_certs is false: the TLS certificate of %s is not verified.' % endpoint)
    policy = RetryPolicy(retries=params['max_retries'], max_delay=params['retry_max_delay'])
    client = CkafkaClient(credentials, region, endpoint, connect_timeout=params['connect_timeout'],
                          read_timeout=params['read_timeout'], verify=params['validate_certs'],
                          retry_policy=policy, language=params.get('language'))
    client.endpoint_origin = endpoint_origin(params)
    return client
