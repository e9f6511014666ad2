# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The one argument path of every module: the shared options, and AnsibleModule built once.

A null given to an option means "not set", at every depth (issue 24): the nulls are left out of the
arguments as AnsibleModule loads them, before it checks them, so its own single validation applies
the choices, the required options, the relations and the defaults to what was set. ansible-test's
validate-modules reads the spec from that same constructor call, so it reads the whole spec.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.six import string_types

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
    """The option paths of required secrets (no_log) left out of a block that is given (what a create
    of params lacks: the service never returns a secret, so a result fed back lacks them)."""
    return [path for path, option, value in given_options(spec, params)
            if value is None and ('.' in path) and option.get('required') and option.get('no_log')]


NEVER_RETURNED = ('%s: the service never returns a password, so a result read with an info module does not carry it; '
                  'add it to what you declare (from Ansible Vault, for example)')


class NullsLeftOut:
    """The argument validator of a DeclaredModule: AnsibleModule's own, given the arguments without the
    nulls (at every depth) and without the values of a shape no option can take (named instead:
    ansible-core's nested checks crash on a scalar where a block belongs)."""

    def __init__(self, validator):
        self.validator = validator
        self.shape_errors = []
        self.secret_values = set()

    def __getattr__(self, name):
        return getattr(self.validator, name)

    def validate(self, parameters):
        spec = self.validator.argument_spec
        self.shape_errors = shape_errors(spec, parameters)
        if self.shape_errors:
            # the secrets inside what is left out are still masked in every output
            self.secret_values = secret_values(spec, parameters)
            misshapen = frozenset(_top_option(error) for error in self.shape_errors)
            parameters = dict((name, value) for name, value in parameters.items() if name not in misshapen)
        return self.validator.validate(without_nulls(spec, parameters))


def _top_option(problem):
    """The top-level option a shape problem is about (source_resource.kafka_param must be ... -> source_resource)."""
    path = problem.split(' ', 1)[0]
    return path.split('.', 1)[0].split('[', 1)[0]


class DeclaredModule(AnsibleModule):
    """AnsibleModule whose one validation reads the arguments without the nulls given to options.

    explain(params, msg) may turn a refusal of the arguments into a message of its own (a fleet
    module names the bad entries of config): (msg, extra result keys) or None.
    """

    explain = None
    # Set once AnsibleModule's constructor has returned: a failure before is a refusal of the arguments.
    built = False

    @property
    def validator(self):
        return self.__dict__.get('_declared_validator')

    @validator.setter
    def validator(self, validator):
        self.__dict__['_declared_validator'] = validator if isinstance(validator, NullsLeftOut) else NullsLeftOut(validator)

    def fail_json(self, msg, **kwargs):  # pylint: disable=arguments-differ
        validator = self.validator
        if not self.built and validator is not None:
            self.built = True
            self.no_log_values.update(validator.secret_values)
            if validator.shape_errors:
                msg = SHAPE_MESSAGE % '; '.join(validator.shape_errors)
            else:
                secrets = missing_secrets(self.argument_spec, self.params)
                if secrets:
                    msg += '. ' + NEVER_RETURNED % ', '.join(secrets)
                explained = self.explain(self.params, msg) if self.explain is not None else None
                if explained is not None:
                    msg, extra = explained
                    kwargs.update(extra)
        super(DeclaredModule, self).fail_json(msg=msg, **kwargs)


SHAPE_MESSAGE = 'Invalid option values: %s'


def build_module(spec, supports_check_mode=True, explain=None, **module_kwargs):
    """The AnsibleModule of a run, built once with the whole spec (see DeclaredModule)."""
    module_class = type('DeclaredModule', (DeclaredModule,), dict(explain=staticmethod(explain))) if explain else DeclaredModule
    module = module_class(argument_spec=spec, supports_check_mode=supports_check_mode, **module_kwargs)
    module.built = True
    validator = module.validator
    if validator.shape_errors:
        module.no_log_values.update(validator.secret_values)
        module.fail_json(msg=SHAPE_MESSAGE % '; '.join(validator.shape_errors))
    return module
