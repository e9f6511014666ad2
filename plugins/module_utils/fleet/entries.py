# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The entries of `config`: each one the options of the singular module, checked as it checks them."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import copy

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.adapter import entry_spec, validation_errors

# The entry option of a task's run status, and the singular state it stands for.
STATUS_OPTION = 'status'
STATUS_STATES = {None: 'present', 'running': 'running', 'paused': 'paused'}


def without_required_secrets(spec):
    """A copy of an argument spec where no secret is required: the service never returns one, so a
    gathered entry lacks it; a create still needs it (checked per entry, see missing_secrets)."""
    spec = copy.deepcopy(spec)
    for option in spec.values():
        if option.get('no_log'):
            option.pop('required', None)
        if option.get('options'):
            option['options'] = without_required_secrets(option['options'])
    return spec


def config_spec(resource, with_status=False):
    """The suboptions of `config`: the singular module's options of one resource."""
    spec = entry_spec(resource)
    if with_status:
        spec[STATUS_OPTION] = dict(type='str', choices=['running', 'paused'])
    return without_required_secrets(spec)


def secret_paths(spec, path=''):
    """Option paths of the required secrets of the singular spec (what a create needs)."""
    found = []
    for name, option in spec.items():
        here = path + name
        if option.get('no_log') and option.get('required'):
            found.append(here)
        if option.get('options'):
            found.extend(secret_paths(option['options'], here + '.'))
    return found


def missing_secrets(required_secret_paths, params):
    """The required secret paths inside the blocks params sets that are not given."""
    missing = []
    for path in required_secret_paths:
        parts = path.split('.')
        holder = params
        for part in parts[:-1]:
            holder = holder.get(part) if isinstance(holder, dict) else None
        if isinstance(holder, dict) and holder.get(parts[-1]) is None:
            missing.append(path)
    return missing


class Entry:
    """One config entry: its position, options (the singular module's params) and identity."""

    def __init__(self, index, params, resource):
        self.index = index
        self.params = params
        identity = resource.identity
        self.by_id = params.get(identity.id_option) is not None
        self.name = params.get(identity.name_option) if identity.name_option else params.get(identity.id_option)
        self.given_id = params.get(identity.id_option)
        self.state = STATUS_STATES.get(params.get(STATUS_OPTION), 'present')

    @property
    def label(self):
        return 'config[%d] (%s)' % (self.index, self.name or self.given_id)

    def key(self, resource):
        """What identifies the entry within the run: its id, else its name and scope options."""
        identity = resource.identity
        if self.by_id:
            return ('id', self.given_id)
        scope = tuple(sorted((option, self.params.get(option)) for option in identity.scope if self.params.get(option) is not None))
        return ('name', self.name) + scope


def entries_of(config, resource):
    return [Entry(index, params, resource) for index, params in enumerate(config or [])]


# Stands for a secret the entry leaves out, in the copy of its options that the checks read.
SECRET_STAND_IN = 'secret-not-given'


def with_secret_stand_ins(resource, params):
    """A copy of params where every secret left out of a block the entry sets holds a stand-in.

    The service never returns a secret, so an entry (a gathered one) may leave it out: the schema's
    rules requiring it then hold only for a create, checked by create_errors on the entry itself.
    """
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
    only when the entry creates its resource: create_errors)."""
    identity = resource.identity
    if identity.name_option and entry.params.get(identity.name_option) is None and not entry.by_id:
        return ['one of %s, %s is required' % (identity.id_option, identity.name_option)]
    return validation_errors(resource, with_secret_stand_ins(resource, entry.params))


def create_errors(entry, resource):
    """The checks a create adds: the schema's rules on the entry as given (secrets included)."""
    return [error for error in validation_errors(resource, entry.params)
            if error not in entry_errors(entry, resource)]
