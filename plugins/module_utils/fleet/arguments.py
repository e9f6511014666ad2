# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Argument checking that names the bad entry of `config` by its position and name.

Ansible's own messages about a suboption of a list say "found in config", not which entry: among
100 entries that is no help. When Ansible refuses the arguments (runtime/arguments.py builds the
module once, with the whole spec), each entry is checked on its own against the entry spec, and
the failure names every bad entry (config[3] (orders): ...).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import copy

from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible.module_utils.errors import UnsupportedError

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.entries import entry_label, name_of
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.arguments import without_nulls


def entry_argument_errors(entry_spec, config, resource):
    """[(label, message)] of the entries of config (as given) that the entry spec refuses."""
    if not isinstance(config, list):
        return []
    validator = ArgumentSpecValidator(entry_spec)
    errors = []
    for index, entry in enumerate(config):
        label = entry_label(index, name_of(resource, entry))
        if not isinstance(entry, dict):
            errors.append((label, 'must be a dictionary, got %s' % type(entry).__name__))
            continue
        try:
            messages = ['unsupported option %s' % error.msg if isinstance(error, UnsupportedError) else error.msg
                        for error in validator.validate(without_nulls(entry_spec, copy.deepcopy(entry))).errors]
        except (TypeError, AttributeError):
            # ansible-core crashes on some misshapen nested values; name the entry all the same.
            messages = ['a value does not have the shape its option takes (a dictionary or a list of dictionaries)']
        errors.extend((label, message) for message in messages)
    return errors
