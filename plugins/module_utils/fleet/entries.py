# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The entries of `config`: each one the options of the singular module, checked as it checks them,
plus what only a list has: a position, a label, and names unique within the run."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import copy

from ansible.module_utils.six import string_types

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.arguments import COMMON_ARGUMENT_SPEC, missing_secrets
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import invalid_options
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceModule

# The entry option of a task's run status, and the singular state it stands for.
STATUS_OPTION = 'status'
STATUS_STATES = {None: 'present', 'running': 'running', 'paused': 'paused'}
# The singular module's options that belong to the run, not to an entry.
RUN_OPTIONS = frozenset(['state', 'wait', 'wait_timeout'])


def singular_spec(resource):
    """The argument spec of the singular module of resource, without the options that module alone
    takes (its extra_options, such as a topic's return_credentials)."""
    return ResourceModule.of(resource).argument_spec()


def without_required_secrets(spec):
    """A copy of an argument spec where no secret is required: the service never returns one, so a
    gathered entry lacks it; a create still needs it (create_problems)."""
    spec = copy.deepcopy(spec)
    for option in spec.values():
        if option.get('no_log'):
            option.pop('required', None)
        if option.get('options'):
            option['options'] = without_required_secrets(option['options'])
    return spec


def config_spec(resource, with_status=False):
    """The suboptions of `config`: the singular module's options of one resource, without the shared
    options (credentials, region, retries) and those of the run (state, wait)."""
    spec = dict((name, option) for name, option in singular_spec(resource).items()
                if name not in COMMON_ARGUMENT_SPEC and name not in RUN_OPTIONS)
    if with_status:
        spec[STATUS_OPTION] = dict(type='str', choices=['running', 'paused'])
    for name in resource.identity.parent:
        # the parent (a topic's instance) comes from scope when an entry leaves it out
        spec[name] = dict((key, value) for key, value in spec[name].items() if key != 'required')
    return without_required_secrets(spec)


def entry_label(index, name=None):
    """How every message names an entry: config[3] (orders)."""
    return 'config[%d] (%s)' % (index, name) if name else 'config[%d]' % index


def name_of(resource, params):
    """The name an entry (as given, or checked) declares: its name option, else its id option."""
    if not isinstance(params, dict):
        return None
    identity = resource.identity
    for option in (identity.name_option, identity.id_option):
        if option and isinstance(params.get(option), string_types):
            return params[option]
    return None


class Entry:
    """One config entry: its position, options (the singular module's params) and identity."""

    def __init__(self, index, params, resource):
        self.index = index
        self.params = params
        identity = resource.identity
        self.by_id = params.get(identity.id_option) is not None
        self.name = name_of(resource, params)
        self.given_id = params.get(identity.id_option)
        self.state = STATUS_STATES.get(params.get(STATUS_OPTION), 'present')
        self.label = entry_label(index, self.name)

    def identities(self, resource):
        """What identifies the entry within the run: its id, and its name with the scope options."""
        identity = resource.identity
        keys = []
        if self.by_id:
            keys.append(('id', self.given_id))
        name = self.params.get(identity.name_option) if identity.name_option else None
        if name is not None:
            scope = tuple(sorted((option, self.params.get(option)) for option in identity.scope
                                 if self.params.get(option) is not None))
            keys.append(('name', name) + scope)
        return keys


def entries_of(config, resource):
    return [Entry(index, params, resource) for index, params in enumerate(config or [])]


# Stands for a secret the entry leaves out, in the copy of its options that the checks read.
SECRET_STAND_IN = 'secret-not-given'


def with_secret_stand_ins(resource, params):
    """A copy of params where every secret left out of a block the entry sets holds a stand-in.

    The service never returns a secret, so an entry (a gathered one) may leave it out: the schema's
    rules requiring it then hold only for a create, checked by create_problems on the entry itself.
    """
    if not resource.schema.NO_LOG_PATHS:
        return params
    params = copy.deepcopy(params)
    for path in resource.schema.NO_LOG_PATHS:
        parts = path.split('.')
        holder = params
        for part in parts[:-1]:
            holder = holder.get(part) if isinstance(holder, dict) else None
        if isinstance(holder, dict) and holder.get(parts[-1]) is None:
            holder[parts[-1]] = SECRET_STAND_IN
    return params


def entry_errors(entry, resource):
    """The singular module's checks of one entry before any call (secrets left out are checked
    only when the entry creates its resource: create_problems)."""
    identity = resource.identity
    if identity.name_option and entry.params.get(identity.name_option) is None and not entry.by_id:
        return ['one of %s, %s is required' % (identity.id_option, identity.name_option)]
    return invalid_options(resource, with_secret_stand_ins(resource, entry.params))


def check_entries(entries, resource):
    """[(label, message)]: every entry's own checks, and no two entries of one id or one name."""
    errors = []
    seen = {}
    for entry in entries:
        errors.extend((entry.label, message) for message in entry_errors(entry, resource))
        for key in entry.identities(resource):
            if key in seen:
                other = seen[key]
                errors.append((entry.label, 'declares the same %s as %s' % (resource.noun, other.label) if key[0] == 'id'
                               else 'has the %s of %s: names are unique within a run'
                               % (resource.identity.name_option, other.label)))
                break
            seen[key] = entry
        else:
            continue
    return errors


def create_problems(entry, resource):
    """What a create of the entry lacks beyond the singular module's own checks: the secrets it leaves
    out (the service never returns them, so only a create needs them) and the schema's rules on them."""
    secrets = missing_secrets(singular_spec(resource), entry.params)
    problems = ['%s is required to create the %s (the service never returns it, so only a create needs it)'
                % (path, resource.noun) for path in secrets]
    own = entry_errors(entry, resource)
    problems.extend(error for error in invalid_options(resource, entry.params)
                    if error not in own and not any(error.startswith(path + ' ') for path in secrets))
    return problems
