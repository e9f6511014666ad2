# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The one place the fleet layer meets the resource runtime.

Every runtime function the fleet modules use is reached through here, so that a change of the
runtime's interfaces is fixed in one file.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import (  # noqa: F401 pylint: disable=unused-import
    COMMON_ARGUMENT_SPEC, ArgumentsRefused, CheckedModule, CkafkaModule, common_argument_spec, raw_module)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import invalid_options
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import GONE  # noqa: F401 pylint: disable=unused-import
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.lookup import Ambiguous, find  # noqa: F401 pylint: disable=unused-import
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.masking import mask_secrets, secret_names
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import to_api
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import (  # noqa: F401 pylint: disable=unused-import
    desired_options, modify_after_create, plan_for, predict_created, predict_modified, predict_recreated)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import config_form  # noqa: F401 pylint: disable=unused-import
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceModule
# safe_writes.create_once is the one owner of a client-chosen id: a create is never repeated blindly.
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.safe_writes import (  # noqa: F401 pylint: disable=unused-import
    converge, create_once)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi  # noqa: F401 pylint: disable=unused-import
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.waiters import WaitError, waiter_for  # noqa: F401 pylint: disable=unused-import
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError, is_throttled  # noqa: F401 pylint: disable=unused-import

# The singular module's options that belong to the run, not to an entry.
RUN_OPTIONS = frozenset(['state', 'wait', 'wait_timeout'])


def singular_spec(resource):
    """The argument spec of the singular module of resource, without the options that module alone
    takes (its extra_options, such as a topic's return_credentials)."""
    return ResourceModule.of(resource).argument_spec()


def entry_spec(resource):
    """The options of one config entry: the singular module's argument spec without the shared
    options (credentials, region, retries) and without those of the run (state, wait)."""
    return dict((name, spec) for name, spec in singular_spec(resource).items()
                if name not in COMMON_ARGUMENT_SPEC and name not in RUN_OPTIONS)


def validation_errors(resource, params):
    """The singular module's checks before any call: the schema's rules and the resource's own."""
    return invalid_options(resource, params)


def create_request(resource, params):
    """The Create body (API names) of an entry."""
    return to_api(params, resource.schema.API_NAME_TREE)


def masked(value, resource):
    return mask_secrets(value, secret_names(resource))
