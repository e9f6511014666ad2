# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Injected faults: the next N calls of an action (or of any action, "*") misbehave.

With `every` K, only every K-th matching call misbehaves (the K-1 calls between pass untouched), N times:
lost answers scattered among the creates of a fleet, not the first N in a row.
"""

import threading

KINDS = ('error', 'http_status', 'drop_before', 'drop_after', 'delay')


class FaultError(ValueError):
    pass


def _number(spec, name, default, cast):
    value = spec.get(name, default)
    if value is None:
        return default
    if isinstance(value, bool):
        raise FaultError('`%s` must be a number' % name)
    try:
        return cast(value)
    except (TypeError, ValueError):
        raise FaultError('`%s` must be a number' % name) from None


def normalize(spec):
    """Check a fault definition from the admin API; returns the stored form."""
    if not isinstance(spec, dict):
        raise FaultError('a fault is a JSON object')
    known = {'action', 'kind', 'code', 'message', 'status', 'seconds', 'count', 'every', 'body', 'content_type'}
    extra = sorted(set(spec) - known)
    if extra:
        raise FaultError('unknown fault fields: %s' % ', '.join(extra))
    kind = spec.get('kind')
    if kind not in KINDS:
        raise FaultError('`kind` must be one of %s' % ', '.join(KINDS))
    action = spec.get('action') or '*'
    if not isinstance(action, str):
        raise FaultError('`action` must be a string')
    fault = {'action': action, 'kind': kind, 'count': _number(spec, 'count', 1, int)}
    if fault['count'] < 1:
        raise FaultError('`count` must be at least 1')
    fault['every'] = _number(spec, 'every', 1, int)
    if fault['every'] < 1:
        raise FaultError('`every` must be at least 1')
    fault['seen'] = 0
    if kind == 'error':
        fault['code'] = str(spec.get('code') or 'InternalError')
        fault['message'] = str(spec.get('message') or 'An internal error occurred (injected by the emulator).')
    elif kind == 'http_status':
        fault['status'] = _number(spec, 'status', 502, int)
        if not 100 <= fault['status'] <= 599:
            raise FaultError('`status` must be an HTTP status code')
        fault['body'] = spec.get('body')
        fault['content_type'] = spec.get('content_type') or 'text/html; charset=utf-8'
    elif kind == 'delay':
        fault['seconds'] = _number(spec, 'seconds', 1.0, float)
        if fault['seconds'] < 0:
            raise FaultError('`seconds` must not be negative')
    if kind in ('drop_before', 'drop_after') and spec.get('seconds') is not None:
        fault['seconds'] = _number(spec, 'seconds', 0.0, float)
    return fault


class FaultQueue:
    def __init__(self):
        self.lock = threading.Lock()
        self.faults = []
        self.next_id = 1

    def add(self, spec):
        fault = normalize(spec)
        with self.lock:
            fault['id'] = self.next_id
            self.next_id += 1
            self.faults.append(fault)
            return dict(fault)

    def take(self, action):
        """The first pending fault matching action, with one use consumed; None when none."""
        with self.lock:
            for fault in self.faults:
                if fault['action'] in ('*', action):
                    fault['seen'] += 1
                    if fault['seen'] % fault['every']:
                        continue
                    fault['count'] -= 1
                    if fault['count'] <= 0:
                        self.faults.remove(fault)
                    return dict(fault)
        return None

    def pending(self):
        with self.lock:
            return [dict(f) for f in self.faults]

    def clear(self):
        with self.lock:
            self.faults = []
