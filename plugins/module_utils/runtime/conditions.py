# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The rules a schema states about option values, checked before any API call.

Ansible's argument validation already refuses unknown keys, wrong types, values outside choices
and missing nested required options. The rules here are those the API states in prose ("required
when ..."): the `conditions` of schema/X.json, through the generated CONDITIONS; and the checks
Ansible cannot make: a required nested option given as null (or empty), a negative value of an
unsigned API member.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import join_path


def _show(value):
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    return str(value)


def _is_set(value):
    return value is not None and value != []


def _clause_holds(obj, clause):
    option, operator, values = clause
    value = obj.get(option)
    inside = value is not None and any(value == v and type(value) is type(v) for v in values)
    return inside if operator == 'in' else not inside


def _clause_text(obj, clause, path):
    option, operator, values = clause
    name = join_path(path, option)
    if operator == 'in':
        return '%s is %s' % (name, _show(obj.get(option)))
    if len(values) == 1:
        return '%s is not %s' % (name, _show(values[0]))
    return '%s is not one of %s' % (name, ', '.join(_show(v) for v in values))


def variant_blocks(schema, type_name, option):
    """{block option: values of option that require it}, from the rules of type_name of the form
    "option in [values], so block is required" (KAFKA -> kafka_param)."""
    blocks = {}
    for rule in schema.CONDITIONS:
        if rule['type'] != type_name or len(rule['when']) != 1:
            continue
        clause_option, operator, values = rule['when'][0]
        if clause_option == option and operator == 'in':
            for block in rule['require']:
                blocks.setdefault(block, set()).update(values)
    return blocks


def _spelling_hint(value, allowed):
    if isinstance(value, str):
        for candidate in allowed:
            if candidate.lower() == value.strip().lower():
                return ' (did you mean %s? types are written in upper case)' % candidate
    return ''


class _Checker:
    def __init__(self, schema, empty_allowed, variants=None):
        self.schema = schema
        self.empty_allowed = empty_allowed
        self.rules = {}
        for rule in schema.CONDITIONS:
            self.rules.setdefault(rule['type'], []).append(rule)
        # {type: (option, allowed values or None, {block: values})} of the objects whose kind selects their block
        self.variants = {}
        for type_name, variant in (variants or {}).items():
            blocks = variant.blocks if variant.blocks is not None else variant_blocks(schema, type_name, variant.option)
            self.variants[type_name] = (variant.option, variant.values, blocks)
        self.errors = []

    def variant(self, obj, type_name, path):
        """The kind of obj is a documented value, and no block of another kind is set beside it.

        Returns False when the kind is unknown (the rules that depend on it are then not checked)."""
        if type_name not in self.variants:
            return True
        option, allowed, blocks = self.variants[type_name]
        kind = obj.get(option)
        if kind is None:
            return True
        name = join_path(path, option)
        if allowed is not None and kind not in allowed:
            self.errors.append('%s %r is not a type the API documents%s; the types are %s'
                               % (name, kind, _spelling_hint(kind, allowed), ', '.join(allowed)))
            return False
        for block in sorted(blocks):
            if block != option and _is_set(obj.get(block)) and kind not in blocks[block]:
                self.errors.append('%s does not belong to %s %s (it is the block of %s %s); leave it out'
                                   % (join_path(path, block), name, kind, 'type' if len(blocks[block]) == 1 else 'types',
                                      ', '.join(sorted(blocks[block]))))
        return True

    def object_rules(self, obj, type_name, path):
        for rule in self.rules.get(type_name, ()):
            if not all(_clause_holds(obj, clause) for clause in rule['when']):
                continue
            for option in rule['require']:
                if not _is_set(obj.get(option)):
                    reason = ' and '.join(_clause_text(obj, clause, path) for clause in rule['when'])
                    self.errors.append('%s, so %s is required' % (reason, join_path(path, option)))

    def members(self, obj, type_name, path):
        for option, member in self.schema.TYPES.get(type_name, {}).items():
            value = obj.get(option)
            if value is None:
                # Ansible refuses a missing required option, but lets an explicit null through
                if member.get('required') and path and option in obj:
                    self.errors.append('%s is required when %s is given' % (join_path(path, option), path))
                continue
            if value == '' and member.get('required') and member['type'] == 'str' and path \
                    and (type_name, option) not in self.empty_allowed:
                self.errors.append('%s must not be empty' % join_path(path, option))
            low, high = member.get('minimum'), member.get('maximum')
            if low is not None or high is not None:
                for item in (value if isinstance(value, list) else [value]):
                    if isinstance(item, int) and not isinstance(item, bool) and \
                            ((low is not None and item < low) or (high is not None and item > high)):
                        self.errors.append('%s must be %s, got %d' % (
                            join_path(path, option), 'from %d to %d' % (low, high) if low is not None and high is not None
                            else ('at least %d' % low if low is not None else 'at most %d' % high), item))
            if member.get('unsigned'):
                for item in (value if isinstance(value, list) else [value]):
                    if isinstance(item, int) and not isinstance(item, bool) and item < 0:
                        self.errors.append('%s must not be negative (it is %d)' % (join_path(path, option), item))

    def walk(self, obj, index_free, path):
        type_name = self.schema.PATH_TYPES.get(index_free)
        if type_name is None or not isinstance(obj, dict):
            return
        self.members(obj, type_name, path)
        if self.variant(obj, type_name, path):
            self.object_rules(obj, type_name, path)
        for option, member in self.schema.TYPES.get(type_name, {}).items():
            value = obj.get(option)
            if not member.get('ref'):
                continue
            if isinstance(value, dict):
                self.walk(value, join_path(index_free, option), join_path(path, option))
            elif isinstance(value, list):
                for index, item in enumerate(value):
                    self.walk(item, join_path(index_free, option), '%s[%d]' % (join_path(path, option), index))


def invalid_options(resource, params):
    """Every message about the option values of params for resource, before any call.

    An empty name (the identity of a resource found by name), the resource's own checks
    (Resource.validate), then the schema's rules.
    """
    errors = []
    name_option = resource.identity.name_option
    if name_option and params.get(name_option) == '':
        errors.append('%s must not be empty' % name_option)
    return errors + resource.validate(params) + condition_errors(resource.schema, params, resource.empty_strings_allowed,
                                                                 resource.variants)


def condition_errors(schema, params, empty_allowed=(), variants=None):
    """The messages about params (options) against the schema's rules; empty when valid.

    Messages name full option paths: "source_resource.type is KAFKA, so source_resource.kafka_param
    is required". empty_allowed: (type, option) of required strings where "" is a meaningful value.
    variants: {type: resource.Variant}: the kind of such an object must be one of its values, and
    only the block of that kind may be set.
    """
    checker = _Checker(schema, frozenset(empty_allowed), variants)
    checker.walk(params or {}, '', '')
    return checker.errors
