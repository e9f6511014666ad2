# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Where what the user set differs from a resource, both sides normalised the same way."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import join_path


def _empty(value):
    return value is None or value == '' or value == [] or value == {} or value is False or (
        isinstance(value, int) and not isinstance(value, bool) and value == 0)


def normalise_scalar(value, kind):
    """value as the option type kind reads it: numbers and booleans given as strings, numbers as str."""
    if value is None:
        return None
    if kind == 'bool' and isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ('true', 'false'):
            return lowered == 'true'
    if kind == 'int' and isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return value
    if kind == 'float' and isinstance(value, (str, int)) and not isinstance(value, bool):
        try:
            return float(value)
        except ValueError:
            return value
    if kind == 'str' and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def _comma_set(value):
    if value is None:
        return frozenset()
    return frozenset(part.strip() for part in str(value).split(',') if part.strip())


def _tag_pairs(tags):
    return set((tag.get('tag_key'), tag.get('tag_value')) for tag in tags or [] if isinstance(tag, dict))


class _Differ:
    """One comparison of desired options with a result, by the schema and rules of a resource."""

    def __init__(self, resource, extra_top_level):
        self.schema = resource.schema
        # members never compared: those the service fills in, and those it never reports
        self.uncompared = frozenset(resource.schema.SERVICE_FILLED_PATHS) | frozenset(resource.uncompared_paths)
        self.rules = resource.comparison
        self.extra_top_level = extra_top_level
        self.out = []

    def member(self, parent_path, option):
        type_name = self.schema.PATH_TYPES.get(parent_path)
        if type_name is None:
            return None, None
        return type_name, self.schema.TYPES.get(type_name, {}).get(option)

    def dict_(self, desired, current, path, index_free):
        current = current if isinstance(current, dict) else {}
        for option, value in desired.items():
            if value is None:
                continue
            type_name, member = self.member(index_free, option)
            if member is None:
                if index_free or option not in self.extra_top_level:
                    continue
                member = {'type': self.extra_top_level[option]}
            child_free = join_path(index_free, option)
            if child_free in self.uncompared or child_free in self.schema.NO_LOG_PATHS:
                continue
            self.value(value, current.get(option), member, (type_name, option), join_path(path, option), child_free)

    def value(self, desired, current, member, key, path, index_free):
        kind = member['type']
        if kind == 'dict':
            if not isinstance(desired, dict) or (current is None and all(v is None for v in desired.values())):
                return
            if current is not None and not isinstance(current, dict):
                self.out.append(path)
                return
            self.dict_(desired, current, path, index_free)
        elif kind == 'list':
            self.list_(desired, current, member, key, path, index_free)
        elif not self.scalar_equal(desired, current, kind, key in self.rules.comma_sets, self.rules.unset_values.get(key)):
            self.out.append(path)

    @staticmethod
    def scalar_equal(desired, current, kind, comma_set, unset_value=None):
        if current is None or current == '':
            # the service reports null (or "") for members at their empty value, and for those at the
            # value that means unset (-1, no limit)
            return _empty(desired) or (unset_value is not None and normalise_scalar(desired, kind) == unset_value)
        if comma_set:
            return _comma_set(desired) == _comma_set(current)
        return normalise_scalar(desired, kind) == normalise_scalar(current, kind)

    def list_(self, desired, current, member, key, path, index_free):
        desired = [item for item in desired if item is not None]
        current = [] if current is None else current
        if not isinstance(current, list):
            self.out.append(path)
        elif index_free in self.rules.tag_lists:
            if _tag_pairs(desired) != _tag_pairs(current):
                self.out.append(path)
        elif member.get('elements') != 'dict':
            want = [normalise_scalar(item, member.get('elements')) for item in desired]
            have = [normalise_scalar(item, member.get('elements')) for item in current]
            if key in self.rules.unordered_lists:
                want, have = sorted(want, key=repr), sorted(have, key=repr)
            if want != have:
                self.out.append(path)
        elif len(desired) != len(current):
            self.out.append(path)
        else:
            for index, (want, have) in enumerate(zip(desired, current)):
                element = '%s[%d]' % (path, index)
                if isinstance(want, dict) and not isinstance(have, dict):
                    self.out.append(element)
                elif isinstance(want, dict):
                    self.dict_(want, have, element, index_free)


def diff_paths(resource, desired, current, extra_top_level=None):
    """The sorted option paths where desired (options; None means unset) differs from current (a result).

    Service-filled members and secrets (never returned) are not compared. Both sides are
    normalised: numbers and booleans given as strings, comma-separated lists as sets (the
    resource's comparison rules), tags as sets of key/value pairs, a member reported as null equals
    an empty value (and the value that means unset, Comparison.unset_values). extra_top_level {option: type} adds top-level options outside the schema
    (options Create does not take). List elements appear as name[index].
    """
    differ = _Differ(resource, extra_top_level or {})
    differ.dict_(desired or {}, current or {}, '', '')
    return sorted(set(differ.out))
