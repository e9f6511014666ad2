# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The log of every API call, secrets masked, for the admin API; and the line --verbose writes for each."""

import copy
import threading


class RequestLog:
    def __init__(self):
        self.lock = threading.Lock()
        self.entries = []

    def add(self, entry):
        with self.lock:
            self.entries.append(entry)

    def all(self):
        with self.lock:
            return copy.deepcopy(self.entries)

    def clear(self):
        with self.lock:
            self.entries = []


# The members that name the resource a call is about, most specific first; a Create's answer names
# the new one. Any other top-level member ending in Id comes after them.
ID_MEMBERS = ('TaskId', 'ResourceId', 'Name', 'TopicName')


def resource_of(entry, response=None):
    """The id of the resource a logged call is about, or '-' (a list, or a body that is not JSON)."""
    result = response.get('Result') if isinstance(response, dict) else None
    for source in (entry.get('params'), result):
        if not isinstance(source, dict):
            continue
        others = sorted(key for key in source if key.endswith('Id') and key not in ID_MEMBERS + ('RequestId',))
        for key in ID_MEMBERS + tuple(others):
            if isinstance(source.get(key), str) and source[key]:
                return source[key]
    return '-'


def outcome_of(entry):
    """What the client got: the error code, OK, or the injected fault that replaced the answer."""
    if entry.get('error_code'):
        return entry['error_code']
    if entry.get('http_status'):
        return 'HTTP %s (fault)' % entry['http_status']
    if entry.get('fault') in ('drop_before', 'drop_after'):
        return 'connection dropped (fault %s)' % entry['fault']
    return 'OK'


def line(entry, response=None, now=None):
    """One line of the --verbose log: action, resource id, outcome, duration."""
    took = '' if now is None else ' (%d ms)' % round((now - entry['time']) * 1000)
    return '%s %s -> %s%s' % (entry.get('action') or '(no action)', resource_of(entry, response), outcome_of(entry), took)
