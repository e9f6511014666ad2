# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Emulated CVM instance metadata: the CAM role paths only.

GET /latest/meta-data/cam/security-credentials/        the role name (plain text)
GET /latest/meta-data/cam/security-credentials/ROLE    {"TmpSecretId", "TmpSecretKey", "Token",
                                                        "ExpiredTime", "Expiration", "Code": "Success"}
An instance without a role answers 404 on both; another role name answers 404.
"""

import json
import threading
import time

from emu_sts import iso8601

PREFIX = '/latest/meta-data/cam/security-credentials/'


class MetadataService:
    def __init__(self, role_name, issued, lifetime=7200):
        self.role_name = role_name
        self.issued = issued
        self.lifetime = lifetime
        self.lock = threading.Lock()
        self.log = []

    def requests(self):
        with self.lock:
            return [dict(entry) for entry in self.log]

    def handle(self, path):
        """(status, content type, body text) of a GET."""
        with self.lock:
            self.log.append({'service': 'metadata', 'path': path, 'time': time.time()})
        if not path.startswith(PREFIX):
            return 404, 'text/plain', 'not found\n'
        name = path[len(PREFIX):]
        if not self.role_name:
            return 404, 'text/plain', 'no CAM role is bound to this instance\n'
        if not name:
            return 200, 'text/plain', self.role_name
        if name != self.role_name:
            return 404, 'text/plain', 'no such role\n'
        entry = self.issued.issue(self.lifetime, 'cvm_role')
        return 200, 'application/json', json.dumps({
            'TmpSecretId': entry['secret_id'], 'TmpSecretKey': entry['secret_key'], 'Token': entry['token'],
            'ExpiredTime': entry['expires_at'], 'Expiration': iso8601(entry['expires_at']), 'Code': 'Success'})
