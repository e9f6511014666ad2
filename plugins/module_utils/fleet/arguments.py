# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Argument checking that names the bad entry of `config` by its position and name.

Ansible's own messages about a suboption of a list say "found in config", not which entry: among
100 entries that is no help. The module is built as usual (the full argument spec, which sanity tests
and docs read); when Ansible refuses the arguments, each entry is checked on its own against the
entry spec, and the failure names every bad entry (config[3] (orders): ...).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import copy

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible.module_utils.errors import UnsupportedError
from ansible.module_utils.six import string_types


class ArgumentsRefused(Exception):
    """Ansible refused the arguments while the module was built; kwargs are those of its fail_json."""

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


def entry_label(index, entry, name_options):
    name = None
    if isinstance(entry, dict):
        name = next((entry[option] for option in name_options if isinstance(entry.get(option), string_types)), None)
    return 'config[%d] (%s)' % (index, name) if name else 'config[%d]' % index


def entry_argument_errors(entry_spec, config, name_options):
    """[(label, message)] of the entries of config (as given) that the entry spec refuses."""
    if not isinstance(config, list):
        return []
    validator = ArgumentSpecValidator(entry_spec)
    errors = []
    for index, entry in enumerate(config):
        label = entry_label(index, entry, name_options)
        if not isinstance(entry, dict):
            errors.append((label, 'must be a dictionary, got %s' % type(entry).__name__))
            continue
        try:
            messages = ['unsupported option %s' % error.msg if isinstance(error, UnsupportedError) else error.msg
                        for error in validator.validate(copy.deepcopy(entry)).errors]
        except (TypeError, AttributeError):
            # ansible-core crashes on some misshapen nested values; name the entry all the same.
            messages = ['a value does not have the shape its option takes (a dictionary or a list of dictionaries)']
        errors.extend((label, message) for message in messages)
    return errors
