# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The shared options and the base class of every module in this collection."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import os

from ansible.module_utils.basic import AnsibleModule, missing_required_lib
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible.module_utils.six import string_types

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
    assume_role=dict(type='dict', options=dict(
        role_arn=dict(type='str'),
        session_name=dict(type='str'),
        session_duration=dict(type='int'),
        policy=dict(type='raw'),
        external_id=dict(type='str', no_log=True),
    )),
    credential_source=dict(type='str', choices=['cvm_role', 'web_identity']),
    cam_role_name=dict(type='str'),
    sts_endpoint=dict(type='str'),
    metadata_endpoint=dict(type='str'),
)

ENDPOINT_VARIABLES = dict(endpoint=ENV_ENDPOINT, sts_endpoint=ENV_STS_ENDPOINT, metadata_endpoint=ENV_METADATA_ENDPOINT)
ENDPOINT_EXAMPLES = dict(endpoint='https://ckafka.tencentcloudapi.com', sts_endpoint='https://sts.tencentcloudapi.com',
                         metadata_endpoint='http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/')
MISSING_REGION = 'No region given: set the region option or the %s environment variable (for example ap-guangzhou).' % ENV_REGION


def common_argument_spec(**extra):
    spec = dict(COMMON_ARGUMENT_SPEC)
    spec.update(extra)
    return spec


def _is_nested(option):
    return bool(option.get('options'))


def given_options(spec, params, prefix=''):
    """(path, option, value) for every option of spec in params, then in every block given to a nested
    option (a dict, or each dict of a list), at every depth; paths read like a.b and a[0].b.

    A value that is not a block (a scalar where a dict belongs) is yielded and not entered.
    """
    if not isinstance(params, dict):
        return
    for name, option in spec.items():
        value = params.get(name)
        path = prefix + name
        yield path, option, value
        if value is None or not _is_nested(option):
            continue
        if isinstance(value, dict):
            yield from given_options(option['options'], value, path + '.')
        elif isinstance(value, list):
            for index, element in enumerate(value):
                yield from given_options(option['options'], element, '%s[%d].' % (path, index))


def shape_errors(spec, params):
    """Values whose shape cannot fit a nested option: a scalar where a dict or a list of dicts belongs.

    ansible-core's own argument checking crashes with a TypeError on those (it reads
    sub-options of the value before checking its type), so they are caught first.
    """
    problems = []
    for path, option, value in given_options(spec, params):
        if value is None or not _is_nested(option) or isinstance(value, string_types):
            continue
        if option.get('type', 'str') == 'dict' and not isinstance(value, dict):
            problems.append('%s must be a dictionary, got %s' % (path, type(value).__name__))
        elif option.get('type') == 'list' and not isinstance(value, list):
            problems.append('%s must be a list of dictionaries, got %s' % (path, type(value).__name__))
        elif option.get('type') == 'list':
            problems.extend('%s[%d] must be a dictionary, got %s' % (path, index, type(element).__name__)
                            for index, element in enumerate(value) if not isinstance(element, dict))
    return problems


def secret_values(spec, params):
    """Every value given to a no_log option, at any depth."""
    return set(str(value) for path, option, value in given_options(spec, params)
               if option.get('no_log') and isinstance(value, (string_types, int, float)) and not isinstance(value, bool))


def top_level_spec(spec):
    """spec checking only the top level: every option raw, keeping its no_log and aliases."""
    return dict((name, dict(type='raw', no_log=bool(option.get('no_log')), aliases=option.get('aliases') or []))
                for name, option in spec.items())


def raw_module(spec, supports_check_mode):
    """An AnsibleModule that checks only the top level of spec, for the arguments as given, to fail with
    when the full checks cannot run: its spec keeps no_log at the top level, and every secret found
    deeper is added to the values Ansible removes from the output."""
    module = AnsibleModule(argument_spec=top_level_spec(spec), supports_check_mode=supports_check_mode)
    module.no_log_values.update(secret_values(spec, module.params))
    return module


# What a null must not meet: the checks it fails, and a default (Ansible turns a null into a default's
# type, None into ""). They apply once the nulls are left out.
NULL_SENSITIVE = frozenset(['choices', 'required', 'default', 'mutually_exclusive', 'required_together',
                            'required_one_of', 'required_if', 'required_by'])


def lenient(spec):
    """spec without the checks a null fails (choices, required, relations) and defaults, at every depth."""
    relaxed = {}
    for name, option in spec.items():
        option = dict((key, value) for key, value in option.items() if key not in NULL_SENSITIVE)
        if option.get('options'):
            option['options'] = lenient(option['options'])
        relaxed[name] = option
    return relaxed


def without_nulls(spec, params):
    """params without the nulls given to options of spec, at every depth: a null means "not set".

    A key spec does not know stays, null or not, so that Ansible names it as unsupported (a typo).
    """
    if not isinstance(params, dict):
        return params
    kept = {}
    for name, value in params.items():
        option = spec.get(name)
        if option is None:
            kept[name] = value
        elif value is not None:
            kept[name] = _without_nulls_in(option, value)
    return kept


def _without_nulls_in(option, value):
    if not _is_nested(option):
        return [item for item in value if item is not None] if isinstance(value, list) else value
    if isinstance(value, list):
        return [without_nulls(option['options'], item) for item in value if item is not None]
    return without_nulls(option['options'], value)


def missing_secrets(spec, params):
    """The option paths of required secrets (no_log) left out of a block that is given."""
    return [path for path, option, value in given_options(spec, params)
            if value is None and ('.' in path) and option.get('required') and option.get('no_log')]


NEVER_RETURNED = ('%s: the service never returns a password, so a result read with an info module does not carry it; '
                  'add it to what you declare (from Ansible Vault, for example)')


def validation_message(spec, params, errors):
    """The message AnsibleModule gives for errors, and for a required secret left out, why it is missing."""
    message = errors.msg
    secrets = missing_secrets(spec, params)
    if secrets:
        message += '. ' + NEVER_RETURNED % ', '.join(secrets)
    return message


class ArgumentsRefused(Exception):
    """Ansible refused the arguments while a CheckedModule was built; kwargs are those of its fail_json."""

    def __init__(self, kwargs):
        super(ArgumentsRefused, self).__init__(kwargs.get('msg'))
        self.kwargs = kwargs


class CheckedModule(AnsibleModule):
    """An AnsibleModule whose refusal of the arguments raises ArgumentsRefused instead of exiting."""

    def __init__(self, *args, **kwargs):
        self._building = True
        super(CheckedModule, self).__init__(*args, **kwargs)
        self._building = False

    def fail_json(self, msg, **kwargs):  # pylint: disable=arguments-differ
        if getattr(self, '_building', False):
            raise ArgumentsRefused(dict(kwargs, msg=msg))
        super(CheckedModule, self).fail_json(msg=msg, **kwargs)


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
        """The AnsibleModule of the run; a null means "not set" at every depth (issue 24).

        Ansible's own checks refuse a null where an option has choices, and take a null for a
        required option, and makes a null given to an option with a default "" (a string). So
        AnsibleModule checks a lenient spec first (every check but choices, required and the
        relations between options, and no default: unknown keys, types, conversions, no_log at every
        depth); then the nulls are left out and Ansible's public validator checks the whole spec
        and sets the defaults: the same checks and messages as AnsibleModule's own.
        """
        spec = cls.argument_spec()
        cls.announce(spec)
        module = cls.lenient_module(spec)
        given = without_nulls(spec, dict((name, value) for name, value in module.params.items() if name in spec))
        validation = ArgumentSpecValidator(spec, **cls.module_kwargs).validate(given)
        if validation.error_messages:
            module.fail_json(msg=validation_message(spec, given, validation.errors))
        module.params.clear()
        module.params.update(validation.validated_parameters)
        return module

    @classmethod
    def announce(cls, spec):
        """AnsibleModule built once with the whole spec, its verdict set aside: the first AnsibleModule a
        module makes is its interface as ansible-test's validate-modules reads it (choices, defaults,
        required). The checks that count are create_module's, which read a null as "not set"."""
        try:
            CheckedModule(argument_spec=spec, supports_check_mode=cls.supports_check_mode, **cls.module_kwargs)
        except (ArgumentsRefused, TypeError, AttributeError):
            pass

    @classmethod
    def lenient_module(cls, spec):
        """AnsibleModule with lenient(spec), or a failure naming the values of a shape no option can take."""
        try:
            return AnsibleModule(argument_spec=lenient(spec), supports_check_mode=cls.supports_check_mode)
        except (TypeError, AttributeError):
            # ansible-core's nested checks crash on a scalar where a dict belongs (a TypeError in 2.19).
            # Read the values as given through the public AnsibleModule with a spec that checks only
            # the top level, and name the misshapen options; any other crash is not ours to explain.
            raw = raw_module(spec, cls.supports_check_mode)
            problems = shape_errors(spec, raw.params)
            if not problems:
                raise
            raw.fail_json(msg='Invalid option values: %s' % '; '.join(problems))
            raise  # not reached: fail_json exits

    @classmethod
    def main(cls):
        cls(cls.create_module()).execute()

    @classmethod
    def of(cls, resource, **settings):
        """This kind of module for resource (a Resource description), with settings as class attributes:
        how a module file that adds no behaviour of its own declares its module class."""
        return type('%s(%s)' % (cls.__name__, resource.__name__), (cls,), dict(settings, resource=resource))

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
        region = resolve_region(self.params)
        warning = region_warning(region)
        if warning:
            self.module.warn(warning)
            region = region.strip()
        for option in ('sts_endpoint', 'metadata_endpoint', 'endpoint'):
            url = self.params.get(option) or os.environ.get(ENDPOINT_VARIABLES[option])
            if url and not url.startswith(('http://', 'https://')):
                self.module.fail_json(msg='%s must be a full URL such as %s, got %s' % (option, ENDPOINT_EXAMPLES[option], url))
        try:
            credentials = resolve_credentials(self.params, region=region)
        except CredentialsError as error:
            self.module.fail_json(msg=str(error))
        except CkafkaError as error:
            self.fail(str(error), error=error)
        if not region:
            self.module.fail_json(msg=MISSING_REGION)
        endpoint = resolve_endpoint(self.params)
        if not self.params['validate_certs'] and endpoint.startswith('https://'):
            self.module.warn('validate_certs is false: the TLS certificate of %s is not verified.' % endpoint)
        policy = RetryPolicy(retries=self.params['max_retries'], max_delay=self.params['retry_max_delay'])
        client = CkafkaClient(credentials, region, endpoint, connect_timeout=self.params['connect_timeout'],
                              read_timeout=self.params['read_timeout'], verify=self.params['validate_certs'],
                              retry_policy=policy, language=self.params.get('language'))
        client.endpoint_origin = endpoint_origin(self.params)
        return client

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
