# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Secret values masked, for diff output."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import is_secret_name, snake_case

MASK = '********'


def secret_option_names(no_log_paths):
    """The option names (last part of each path) of a schema's no_log paths."""
    return frozenset(path.rsplit('.', 1)[-1] for path in no_log_paths)


def secret_names(resource):
    """The option names of a resource's secrets: its schema's no_log members and its secret_members."""
    return secret_option_names(resource.schema.NO_LOG_PATHS) | frozenset(
        snake_case(member) for member in resource.secret_members)


def is_secret_path(path, secrets):
    """Whether an option path names a secret (its last name is one, or says so)."""
    last = path.rsplit('.', 1)[-1].split('[', 1)[0]
    return last in secrets or is_secret_name(last)


def mask_secrets(obj, secret_options):
    """A deep copy of obj (options, results or API bodies) with every secret value masked.

    A key is secret when it (or its snake_case form) is in secret_options, or its name says so.
    """
    if isinstance(obj, list):
        return [mask_secrets(item, secret_options) for item in obj]
    if isinstance(obj, tuple):
        return tuple(mask_secrets(item, secret_options) for item in obj)
    if isinstance(obj, dict):
        masked = {}
        for key, value in obj.items():
            name = str(key)
            if name in secret_options or snake_case(name) in secret_options or is_secret_name(name):
                masked[key] = None if value is None else MASK
            else:
                masked[key] = mask_secrets(value, secret_options)
        return masked
    return obj
