# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The one shape of a resource in every module result: what is set, nothing else.

A describe answer and a list item of the same resource carry different members, and the service
reports every parameter block of every kind, mostly as null. result_of() turns either into a
compact dictionary (issue 24):

* the keys every resource has are always there, null when unknown: the id, the name, the status
  and status_name (always_keys);
* every other key of the resource's result_keys, and every member at any depth, only when it has a
  value: null, [] and {} are left out, and so is a top-level "" (the service's "unset"); a nested ""
  stays (it can be a meaningful value, such as a replacement by nothing);
* of the parameter blocks of an object whose kind selects its block (Resource.variants: a
  DatahubResource's type, a connection's type), only the block of its own kind;
* lists stay lists (their elements keep their places), secrets are left out, nothing is guessed.

So a create, a rerun, check mode and the info module show the same keys for the same resource,
and a result (or any block of it) declared as it is reads back with no change: config_form() gives
the options a user would declare from a result.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import variant_blocks
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import join_path, to_options


def converted_answer(resource, answer):
    """Every member of answer under its option name (secrets left out), before shaping."""
    schema = resource.schema
    return to_options(answer, schema.OPTION_NAME_TREE, schema.NO_LOG_PATHS, renames=resource.answer_renames)


def list_keys(resource):
    """The result keys that are lists: list options of the schema and the resource's result_lists."""
    spec = resource.schema.PARAMETER_SPEC
    return frozenset(key for key in resource.result_keys
                     if spec.get(key, {}).get('type') == 'list' or key in resource.result_lists)


def lists_left_out(resource, answer):
    """The list result keys an answer (a list item) leaves out: the resource must be described for them."""
    converted = converted_answer(resource, answer)
    return sorted(key for key in list_keys(resource) if key not in converted)


def always_keys(resource):
    """The keys every result has, null when unknown: the id, the name, the status and its name."""
    keys = [resource.identity.id_option, resource.identity.name_option]
    if resource.statuses is not None:
        keys.extend([resource.statuses.member, 'status_name'])
    return tuple(key for key in keys if key and key in resource.result_keys)


def is_unset(value):
    """Whether a value shows nothing: null, an empty list or an empty dictionary."""
    return value is None or value == [] or value == {}


_BLOCKS = {}


def _blocks_of(resource, type_name):
    """(kind option, documented kinds or None, {block: kinds}) of a type whose kind selects its block, or None."""
    key = (resource, type_name)
    if key not in _BLOCKS:
        variant = resource.variants.get(type_name)
        if variant is None:
            _BLOCKS[key] = None
        else:
            blocks = variant.blocks if variant.blocks is not None else variant_blocks(resource.schema, type_name, variant.option)
            _BLOCKS[key] = (variant.option, variant.values, dict((block, frozenset(kinds)) for block, kinds in blocks.items()))
    return _BLOCKS[key]


def foreign_blocks(resource, obj, type_name):
    """The parameter blocks of obj (an object of type_name) that belong to another kind than its own."""
    found = _blocks_of(resource, type_name)
    if found is None:
        return frozenset()
    option, documented, blocks = found
    kind = obj.get(option)
    known = (documented is not None and kind in documented) or any(kind in kinds for kinds in blocks.values())
    if not known:
        # a kind nobody documents: nothing is known of its block, so nothing is left out
        return frozenset()
    return frozenset(block for block, kinds in blocks.items() if block != option and kind not in kinds)


def compact_value(resource, value, index_free):
    """value with its unset members left out at every depth (and foreign blocks); lists keep every element."""
    if isinstance(value, list):
        return [compact_value(resource, item, index_free) for item in value]
    if not isinstance(value, dict):
        return value
    type_name = resource.schema.PATH_TYPES.get(index_free) if index_free is not None else None
    foreign = foreign_blocks(resource, value, type_name) if type_name else frozenset()
    compacted = {}
    for key, item in value.items():
        if key in foreign:
            continue
        child = compact_value(resource, item, join_path(index_free, key) if index_free is not None else None)
        if not is_unset(child):
            compacted[key] = child
    return compacted


def compacted(resource, result):
    """A result (option names, any keys) in the compact shape: result_keys only, what is set, the
    always_keys present; status_name follows status. None stays None."""
    if result is None:
        return None
    top = dict((key, None if result.get(key) == '' else result.get(key)) for key in resource.result_keys)
    statuses = resource.statuses
    if statuses is not None and 'status_name' in top:
        top['status_name'] = statuses.name(top.get(statuses.member))
    shaped = compact_value(resource, top, '')
    for key in always_keys(resource):
        shaped.setdefault(key, None)
    # result_keys' order, so that every result prints its keys the same way
    return dict((key, shaped[key]) for key in resource.result_keys if key in shaped)


def result_of(resource, answer):
    """The result of an answer object (either kind) of resource, or None for None.

    Secrets (no_log paths, secret-named members, resource.secret_members) are left out; members
    outside result_keys are left out, so the shape never depends on which call read the resource.
    """
    if answer is None:
        return None
    secrets = [key for key in resource.secret_members if key in answer]
    public = dict((key, value) for key, value in answer.items() if key not in secrets) if secrets else answer
    return compacted(resource, converted_answer(resource, public))


def config_options(resource):
    """The options a declaration of resource takes that a result can fill: the schema's, and the
    options Create does not take (tasks_max, ...)."""
    return list(resource.schema.PARAMETER_SPEC) + [option for option in resource.create_omits()
                                                   if option not in resource.schema.PARAMETER_SPEC]


def _without_uncompared(resource, value, index_free):
    """value without the members the service fills in (never declared) and secrets, at every depth."""
    if isinstance(value, list):
        return [_without_uncompared(resource, item, index_free) for item in value]
    if not isinstance(value, dict):
        return value
    schema = resource.schema
    skipped = frozenset(schema.SERVICE_FILLED_PATHS) | frozenset(schema.NO_LOG_PATHS)
    kept = {}
    for key, item in value.items():
        child = join_path(index_free, key)
        if child in skipped:
            continue
        item = _without_uncompared(resource, item, child)
        if not is_unset(item):
            kept[key] = item
    return kept


def config_form(resource, result):
    """The options a user would declare for a result (or a list of them): the id, the name and
    every option that has a value; no nulls, no status, times or other members the service fills
    in, no secret. Declared as it is (plus the secrets the service never returns), it changes nothing.

    result may also be an answer (API names): it is made a result first.
    """
    if isinstance(result, list):
        return [config_form(resource, item) for item in result]
    if result is None:
        return None
    if resource.identity.id_member in result and resource.identity.id_option not in result:
        result = result_of(resource, result)
    result = compacted(resource, result)
    form = {}
    for option in [resource.identity.id_option] + config_options(resource):
        value = _without_uncompared(resource, result.get(option), option)
        if not is_unset(value) and option not in form:
            form[option] = value
    return form
