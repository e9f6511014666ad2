# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The one shape of a resource in every module result.

A describe answer and a list item of the same resource carry different members; result_of() turns
either into a dictionary with exactly the resource's result_keys (None where the answer lacks a
member, status_name set), so a module's result and every item of its info module have the same keys.

Every read gives the same types: a list member the answer reports is a list ([] when it reports
null), a scalar the service reports as "" (unset) is None, and a member the answer does not carry
is None (never guessed), so that a create, a rerun, a change and check mode return the same shape
and a diff shows real changes only.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import to_options


def converted_answer(resource, answer):
    """Every member of answer under its option name (secrets left out), before shaping."""
    schema = resource.schema
    return to_options(answer, schema.OPTION_NAME_TREE, schema.NO_LOG_PATHS, renames=resource.answer_renames)


def list_keys(resource):
    """The result keys that are lists: list options of the schema and the resource's result_lists.

    [] when the answer reports one as null; a list the answer leaves out stays None (a list item
    leaving it out is described instead: lookup.find)."""
    spec = resource.schema.PARAMETER_SPEC
    return frozenset(key for key in resource.result_keys
                     if spec.get(key, {}).get('type') == 'list' or key in resource.result_lists)


def lists_left_out(resource, answer):
    """The list result keys an answer (a list item) leaves out: the resource must be described for them."""
    converted = converted_answer(resource, answer)
    return sorted(key for key in list_keys(resource) if key not in converted)


def normalised(key, converted, lists):
    """The value of the result key as every read shows it: lists as lists, unset scalars ("") as None."""
    value = converted.get(key)
    if key in lists:
        return [] if value is None and key in converted else value
    return None if value == '' else value


def shape(resource, converted):
    """converted (option names) restricted to result_keys, every key present, status_name set."""
    lists = list_keys(resource)
    result = dict((key, normalised(key, converted, lists)) for key in resource.result_keys)
    statuses = resource.statuses
    if statuses is not None and 'status_name' in result:
        result['status_name'] = statuses.name(result.get(statuses.member))
    return result


def result_of(resource, answer):
    """The result of an answer object (either kind) of resource, or None for None.

    Secrets (no_log paths, secret-named members, resource.secret_members) are left out; members
    outside result_keys are left out, so the shape never depends on which call read the resource.
    """
    if answer is None:
        return None
    secrets = [key for key in resource.secret_members if key in answer]
    public = dict((key, value) for key, value in answer.items() if key not in secrets) if secrets else answer
    return shape(resource, converted_answer(resource, public))
