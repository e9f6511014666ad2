# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Temporary credentials issued by the STS and metadata emulator, shared with the CKafka emulator.

The STS emulator (sts_server.py) writes every credential it issues into one JSON file;
the CKafka emulator, started with --issued-credentials FILE, reads it to accept them
(with their token, until they expire) and appends one line per authenticated call to
FILE.uses, so that a test can tell which key signed each call. The uses file holds
SecretIds and flags, never a key or a token.
"""

import fcntl
import json
import os
import secrets
import threading
import time


class IssuedCredentials:
    def __init__(self, path):
        self.path = path
        self.uses_path = path + '.uses'
        self._lock = threading.Lock()

    def _locked(self, mode):
        handle = open(self.path + '.lock', 'a')  # pylint: disable=consider-using-with
        fcntl.flock(handle, fcntl.LOCK_EX if mode == 'w' else fcntl.LOCK_SH)
        return handle

    def _read(self):
        try:
            with open(self.path) as handle:
                return json.load(handle)
        except (IOError, OSError, ValueError):
            return {}

    def issue(self, lifetime, route, now=None):
        """New temporary credentials valid for lifetime seconds; returns their dict."""
        now = time.time() if now is None else now
        entry = {
            'secret_id': 'AKIDTMP' + secrets.token_hex(12).upper(),
            'secret_key': 'tmpkey-' + secrets.token_urlsafe(24),
            'token': 'tmptoken-' + secrets.token_urlsafe(48),
            'expires_at': int(now + lifetime),
            'route': route,
        }
        with self._lock:
            lock = self._locked('w')
            try:
                issued = self._read()
                issued[entry['secret_id']] = entry
                tmp = self.path + '.tmp'
                with open(tmp, 'w') as handle:
                    json.dump(issued, handle)
                os.replace(tmp, self.path)
            finally:
                lock.close()
        return entry

    def lookup(self, secret_id):
        lock = self._locked('r')
        try:
            return self._read().get(secret_id)
        finally:
            lock.close()

    def all(self):
        return self._read()

    def record_use(self, secret_id, service, action, token_sent, outcome):
        line = json.dumps({'secret_id': secret_id, 'service': service, 'action': action, 'token_sent': token_sent,
                           'outcome': outcome, 'time': time.time()})
        with self._lock:
            with open(self.uses_path, 'a') as handle:
                handle.write(line + '\n')

    def uses(self):
        try:
            with open(self.uses_path) as handle:
                return [json.loads(line) for line in handle if line.strip()]
        except (IOError, OSError):
            return []
