# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The one place the fleet layer meets the resource runtime.

Every runtime function the fleet modules use is reached through here, so that a change of the
runtime's interfaces is fixed in one file.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import (  # noqa: F401 pylint: disable=unused-import
    COMMON_ARGUMENT_SPEC, CkafkaModule, common_argument_spec, secret_values)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import invalid_options
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import GONE  # noqa: F401 pylint: disable=unused-import
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.lookup import Ambiguous, answer_member, find  # noqa: F401 pylint: disable=unused-import
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.masking import mask_secrets, secret_option_names
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import snake_case, to_api
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import planning
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceModule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi  # noqa: F401 pylint: disable=unused-import
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError, is_throttled  # noqa: F401 pylint: disable=unused-import

# The singular module's options that belong to the run, not to an entry.
RUN_OPTIONS = frozenset(['state', 'wait', 'wait_timeout'])


def singular_spec(resource, extra_options):
    """The argument spec of the singular module of resource (a module cannot import another module:
    its own extra_options are given again)."""
    singular = type('SingularModule', (ResourceModule,), dict(resource=resource, extra_options=dict(extra_options)))
    return singular.argument_spec()


def entry_spec(resource, extra_options):
    """The options of one config entry: the singular module's argument spec without the shared
    options (credentials, region, retries) and without those of the run (state, wait)."""
    return dict((name, spec) for name, spec in singular_spec(resource, extra_options).items()
                if name not in COMMON_ARGUMENT_SPEC and name not in RUN_OPTIONS)


def raw_module(spec, supports_check_mode):
    """An AnsibleModule that checks only the top level of spec (as the base class's fallback does), for
    the arguments as given; every secret in them, at any depth, is kept out of its output."""
    shallow = dict((name, dict(type='raw', no_log=bool(option.get('no_log')), aliases=option.get('aliases') or []))
                   for name, option in spec.items())
    module = AnsibleModule(argument_spec=shallow, supports_check_mode=supports_check_mode)
    module.no_log_values.update(secret_values(spec, module.params))
    return module


def validation_errors(resource, params):
    """The singular module's checks before any call: the schema's rules and the resource's own."""
    return invalid_options(resource, params)


def desired(resource, params, by_id):
    return planning.desired_options(resource, params, by_id)


def plan_for(resource, params, current, by_id):
    """The Plan bringing current to params: the resource's own compare when it has one."""
    own = getattr(resource, 'compare', None)
    if own is not None:
        return own(params, current, by_id)
    return planning.compare(resource, params, current, by_id)


def create_request(resource, params):
    """The Create body (API names) of an entry."""
    return to_api(params, resource.schema.API_NAME_TREE)


def predict_created(resource, params, request, status):
    return planning.predict_created(resource, params, request, status)


def predict_modified(resource, current, changes, status=None):
    return planning.predict_modified(resource, current, changes, status)


def predict_recreated(resource, params, current, paths, status, by_id):
    return planning.predict_recreated(resource, params, current, paths, status, by_id)


def modify_after_create(resource, params):
    return planning.modify_after_create(resource, params)


def secret_names(resource):
    """Option names whose values are secrets (for masking)."""
    return secret_option_names(resource.schema.NO_LOG_PATHS) | frozenset(
        snake_case(member) for member in resource.secret_members)


def masked(value, resource):
    return mask_secrets(value, secret_names(resource))


def create_once(api, request, find_again, delays):
    """A create never repeated blindly (safe_writes.create_once); raises WriteFailed or CkafkaError."""
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.safe_writes import create_once as once  # pylint: disable=import-outside-toplevel
    return once(api, request, find_again, delays)


def converge(api, name, resource_id, write, done, delays):
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import safe_writes  # pylint: disable=import-outside-toplevel
    safe_writes.converge(api, name, resource_id, write, done, delays)


def write_failed_type():
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.safe_writes import WriteFailed  # pylint: disable=import-outside-toplevel
    return WriteFailed


def waiter_parts():
    """(Waiter, WaitError, acceptors_for) of runtime/waiters.py."""
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import waiters  # pylint: disable=import-outside-toplevel
    return waiters.Waiter, waiters.WaitError, waiters.acceptors_for
