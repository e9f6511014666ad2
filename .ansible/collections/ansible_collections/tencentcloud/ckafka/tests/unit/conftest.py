# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Shared fixtures of the unit tests."""

import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

TESTS_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(TESTS_DIR, 'emulator'))


class ScriptedServer:
    """An HTTP server that answers from a script and records what it received.

    Each entry of answers is (status, headers, body) or the string 'drop', which
    closes the connection without answering.
    """

    def __init__(self):
        self.answers = []
        self.received = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = 'HTTP/1.1'

            def do_POST(self):  # noqa: N802
                length = int(self.headers.get('Content-Length') or 0)
                body = self.rfile.read(length)
                server.received.append(dict(headers=dict(self.headers), body=body, peer=self.client_address))
                answer = server.answers.pop(0) if server.answers else (200, {}, {'Response': {'RequestId': 'r-default'}})
                if answer == 'drop':
                    self.close_connection = True
                    return
                status, headers, payload = answer
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode('utf-8')
                self.send_response_only(status)
                if 'Date' not in headers:
                    self.send_header('Date', self.date_time_string())
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header('Content-Length', str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.endpoint = 'http://127.0.0.1:%d' % self.httpd.server_address[1]

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def scripted_server():
    server = ScriptedServer()
    yield server
    server.stop()
