# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Ids known only after creation, in check mode.

A create predicted in check mode has no id yet when the service chooses it (a connection's
resource_id, a task's task_id). The module then returns PLACEHOLDER as that id, so that a play which
wires the id into the next module (es_param.resource: "{{ clicks_search.resource_id }}") previews from
an empty account. Every module takes PLACEHOLDER as a value in check mode only (as an id, it names a
resource that does not exist yet) and refuses it in a real run before any call: a real run that gets it
was fed by a check-mode result.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

PLACEHOLDER = '(known after creation)'


def placeholder_paths(value, path=''):
    """The option paths of params (a dict, list or value) that hold PLACEHOLDER."""
    found = []
    if isinstance(value, dict):
        for key in sorted(value):
            found.extend(placeholder_paths(value[key], '%s.%s' % (path, key) if path else key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(placeholder_paths(item, '%s[%d]' % (path, index)))
    elif value == PLACEHOLDER:
        found.append(path)
    return found


def refusal(paths):
    """The message of a real run given PLACEHOLDER at paths."""
    return ('%s %s "%s", the id a check-mode run returns for a resource it would create: a real run needs the real '
            'id (was the module that registered it run in check mode?)'
            % (', '.join(paths), 'is' if len(paths) == 1 else 'are', PLACEHOLDER))
