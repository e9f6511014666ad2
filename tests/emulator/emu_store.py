# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""In-memory, thread-safe state shared by every emulated resource, with a lazily computed lifecycle.

A transient status lasts `transition_seconds`, then turns into its outcome the next time anyone
looks (no background thread). An outcome of GONE removes the item.
"""

import copy
import random
import string
import threading
import time

from emu_errors import ApiError

GONE = 'gone'

_ALNUM = string.ascii_lowercase + string.digits


def random_suffix(length=8):
    return ''.join(random.choice(_ALNUM) for unused in range(length))


def strings(value):
    """Every string anywhere inside value (dicts and lists walked)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


class Item:
    """One resource: the request that created it, its status and a pending transition."""

    def __init__(self, key, request, now, seq, status):
        self.key = key
        self.request = copy.deepcopy(request)
        self.created = now
        self.seq = seq
        self.status = status
        self.pending = None  # (status when done, time when done, error message or '')
        self.error_message = ''

    def has_marker(self, marker, where=None):
        """True when a string of the request (or of the members named in `where`) holds marker."""
        values = self.request if where is None else [self.request.get(name) for name in where]
        return any(marker in text for text in strings(values))


class Store:
    """Every item of one resource kind, keyed by its id (or name), behind one lock.

    Subclasses set `noun` (for messages), `not_found_code`, `status_names` and `allowed`
    (action -> statuses that accept it).
    """

    noun = 'resource'
    not_found_code = 'ResourceNotFound'
    status_names = {}
    allowed = {}

    def __init__(self, transition_seconds=1.0, clock=time.time):
        self.transition_seconds = float(transition_seconds)
        self.clock = clock
        self.lock = threading.RLock()
        self.items = {}
        self.seq = 0

    def reset(self):
        with self.lock:
            self.items.clear()

    def next_seq(self):
        self.seq += 1
        return self.seq

    def new_key(self, prefix):
        key = prefix + random_suffix()
        while key in self.items:
            key = prefix + random_suffix()
        return key

    # ---- lifecycle --------------------------------------------------------------------------

    def start(self, item, transient, outcome, failure, message, now):
        """Put item in `transient` until `transition_seconds` have passed, then in `outcome`."""
        item.status = transient
        item.pending = (outcome, now + max(self.transition_seconds, 0), message if outcome == failure else '')
        if self.transition_seconds <= 0:
            self.advance(item, now)

    def advance(self, item, now):
        """Apply a due transition; returns False when the item is gone."""
        if item.pending and now >= item.pending[1]:
            outcome, message = item.pending[0], item.pending[2]
            item.pending = None
            if outcome == GONE:
                self.items.pop(item.key, None)
                item.status = GONE
                return False
            item.status = outcome
            item.error_message = message
        return item.status != GONE

    def find(self, key, now=None):
        """The live item, or None."""
        with self.lock:
            item = self.items.get(key)
            if item is None or not self.advance(item, self.clock() if now is None else now):
                return None
            return item

    def get(self, key, now=None):
        item = self.find(key, now)
        if item is None:
            raise ApiError(self.not_found_code, 'The %s `%s` does not exist.' % (self.noun, key))
        return item

    def list(self):
        """Every live item, newest first."""
        now = self.clock()
        with self.lock:
            items = [i for i in list(self.items.values()) if self.advance(i, now)]
        return sorted(items, key=lambda i: -i.seq)

    def check_allowed(self, item, action):
        if item.status not in self.allowed[action]:
            raise ApiError('FailedOperation', '%s is not allowed while the %s %s is in status %d (%s).'
                           % (action, self.noun, item.key, item.status, self.status_names.get(item.status, '?')))

    def add(self, item):
        self.items[item.key] = item
        return item
