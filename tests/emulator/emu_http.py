# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""HTTP/1.1 front end: the API at POST /, the admin API under /_emulator/, injected faults."""

import email.utils
import json
import socket
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import emu_log
from emu_errors import ApiError
from emu_faults import FaultError
from emu_seed import SeedError, seed

ADMIN_PREFIX = '/_emulator/'
MAX_BODY = 10 * 1024 * 1024


def _http_status_body(status, reason):
    return ('<html><head><title>%d %s</title></head><body><center><h1>%d %s</h1></center>'
            '<hr><center>emulated gateway</center></body></html>\n' % (status, reason, status, reason))


class JsonServer(ThreadingHTTPServer):
    """The HTTP server of every emulator: a thread per connection, restartable on the same port."""

    daemon_threads = True
    allow_reuse_address = True


class JsonHandler(BaseHTTPRequestHandler):
    """Keep-alive HTTP/1.1 answers with a length (the clients of the collection reuse connections)."""

    protocol_version = 'HTTP/1.1'
    # TCP_NODELAY: an answer's headers and body go out in two send() calls, and with Nagle's algorithm
    # the body would wait for the client's delayed ACK, about 40 ms on every kept-alive call.
    disable_nagle_algorithm = True
    sys_version = ''

    def _read_body(self):
        length = self.headers.get('Content-Length')
        if length is None:
            return b''
        try:
            length = int(length)
        except ValueError:
            length = 0
        if length < 0 or length > MAX_BODY:
            self.close_connection = True
            return b''
        return self.rfile.read(length) if length else b''

    def _send(self, status, body, content_type='application/json', extra_headers=None):
        if isinstance(body, str):
            body = body.encode('utf-8')
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(body)))
        for name, value in (extra_headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header('Connection', 'close')
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def _send_json(self, status, data):
        self._send(status, json.dumps(data, indent=None, ensure_ascii=False))


class EmulatorServer(JsonServer):
    request_queue_size = 256

    def __init__(self, address, service, verbose=False):
        self.service = service
        self.verbose = verbose
        super().__init__(address, Handler)


class Handler(JsonHandler):
    server_version = 'ckafka-emulator/1.0'
    # The API call being answered: its HTTP line is replaced by the line _record writes.
    _api_entry = None

    def version_string(self):
        return self.server_version

    # ---- plumbing ---------------------------------------------------------------------------

    def log_message(self, format, *args):  # pylint: disable=redefined-builtin
        if self.server.verbose:
            sys.stderr.write('%s - %s\n' % (self.address_string(), format % args))

    def log_request(self, code='-', size='-'):
        # An API call gets the line _record writes instead (every call is `"POST / HTTP/1.1" 200`).
        if self._api_entry is None:
            super().log_request(code, size)

    def _record(self, entry, response=None):
        """Log the API call, and write its --verbose line, before its answer leaves: a client that
        calls again as soon as it has the answer must find this call first in both."""
        self.server.service.log.add(entry)
        if self.server.verbose:
            self.log_message('%s', emu_log.line(entry, response, time.time()))

    def date_time_string(self, timestamp=None):
        if timestamp is None:
            timestamp = self.server.service.now()
        return email.utils.formatdate(timestamp, usegmt=True)

    def _drop(self):
        """Close the connection without an answer."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # ---- dispatch ---------------------------------------------------------------------------

    def do_GET(self):  # pylint: disable=invalid-name
        self._dispatch()

    def do_POST(self):  # pylint: disable=invalid-name
        self._dispatch()

    def do_DELETE(self):  # pylint: disable=invalid-name
        self._dispatch()

    def do_PUT(self):  # pylint: disable=invalid-name
        self._dispatch()

    def _dispatch(self):
        parts = urlsplit(self.path)
        body = self._read_body()
        self._api_entry = None
        if parts.path.startswith(ADMIN_PREFIX) or parts.path == ADMIN_PREFIX.rstrip('/'):
            self._admin(parts.path[len(ADMIN_PREFIX):].strip('/'), body)
        else:
            self._api(parts.path, parts.query, body)

    # ---- API --------------------------------------------------------------------------------

    def _api(self, path, query, body):
        service = self.server.service
        headers = {k.lower(): v for k, v in self.headers.items()}
        action = headers.get('x-tc-action', '').strip() or None
        entry = self._api_entry = service.new_entry(action, body)
        fault = service.faults.take(action or '')
        if fault:
            entry['fault'] = fault['kind']
            kind = fault['kind']
            if kind == 'drop_before':
                self._record(entry)
                if fault.get('seconds'):
                    time.sleep(fault['seconds'])
                self._drop()
                return
            if kind == 'error':
                entry['error_code'], entry['error_message'] = fault['code'], fault['message']
                self._record(entry)
                self._send_json(200, {'Response': {'Error': {'Code': fault['code'], 'Message': fault['message']},
                                                   'RequestId': entry['request_id']}})
                return
            if kind == 'http_status':
                entry['http_status'] = fault['status']
                self._record(entry)
                reason = self.responses.get(fault['status'], ('Error',))[0]
                text = fault.get('body')
                if text is None:
                    text = _http_status_body(fault['status'], reason)
                self._send(fault['status'], text, fault['content_type'])
                return
            if kind == 'delay':
                time.sleep(fault['seconds'])
        try:
            response = service.handle(self.command, path, query, headers, body)
        except ApiError as error:
            entry['error_code'], entry['error_message'] = error.code, error.message
            response = {'Error': {'Code': error.code, 'Message': error.message}}
        except Exception as error:  # pylint: disable=broad-except
            entry['error_code'], entry['error_message'] = 'InternalError', 'emulator bug: %r' % error
            response = {'Error': {'Code': 'InternalError', 'Message': 'An internal error occurred in the emulator.'}}
        response['RequestId'] = entry['request_id']
        self._record(entry, response)
        if fault and fault['kind'] == 'drop_after':
            if fault.get('seconds'):
                time.sleep(fault['seconds'])
            self._drop()
            return
        self._send_json(200, {'Response': response})

    # ---- admin ------------------------------------------------------------------------------

    def _admin(self, route, body):
        service = self.server.service
        method = self.command
        try:
            payload = json.loads(body.decode('utf-8')) if body.strip() else None
        except (UnicodeDecodeError, ValueError):
            self._send_json(400, {'error': 'the body is not valid JSON'})
            return
        if route == 'health' and method == 'GET':
            counts = service.counts()
            self._send_json(200, {'status': 'ok', 'tasks': counts.get('datahub_task', 0), 'resources': counts,
                                  'calls': len(service.log.entries), 'config': service.config()})
        elif route == 'requests' and method == 'GET':
            self._send_json(200, service.log.all())
        elif route == 'requests' and method == 'DELETE':
            service.log.clear()
            self._send_json(200, {'cleared': True})
        elif route == 'reset' and method == 'POST':
            service.reset()
            self._send_json(200, {'reset': True})
        elif route == 'tasks' and method == 'GET':
            self._send_json(200, service.task_dump())
        elif route.startswith('resources/') and method == 'GET' and route[len('resources/'):] in service.resources:
            self._send_json(200, service.dump(route[len('resources/'):]))
        elif route == 'faults' and method == 'GET':
            self._send_json(200, service.faults.pending())
        elif route == 'faults' and method == 'DELETE':
            service.faults.clear()
            self._send_json(200, {'cleared': True})
        elif route == 'faults' and method == 'POST':
            specs = payload if isinstance(payload, list) else [payload]
            try:
                added = [service.faults.add(spec) for spec in specs]
            except FaultError as error:
                self._send_json(400, {'error': str(error)})
                return
            self._send_json(200, added if isinstance(payload, list) else added[0])
        elif route == 'seed' and method == 'POST':
            try:
                self._send_json(200, seed(service, payload))
            except SeedError as error:
                self._send_json(400, {'error': str(error)})
        elif route == 'config' and method == 'GET':
            self._send_json(200, service.config())
        elif route == 'config' and method == 'POST':
            try:
                self._send_json(200, service.configure(payload or {}))
            except (TypeError, ValueError) as error:
                self._send_json(400, {'error': str(error)})
        elif route in service.admin_routes:
            try:
                self._send_json(200, service.admin_routes[route](method, payload))
            except ValueError as error:
                self._send_json(400, {'error': str(error)})
        else:
            self._send_json(404, {'error': 'no admin route %s %s%s' % (method, ADMIN_PREFIX, route)})
