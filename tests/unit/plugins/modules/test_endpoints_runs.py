# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Unreachable or wrong endpoints fail cleanly and quickly, in process (main() of each module; moved from
tests/integration/test_endpoints.py, issue 28, which keeps the closed port through a real ansible-playbook run).

Small local servers in threads stand in for a wrong endpoint: a closed port, a server that answers
plain text, one that answers an HTML 502 page, a TLS server with a self-signed certificate and one
that accepts connections and never answers. playbooks/reliability_input/endpoint.yml runs
datahub_task_info and datahub_task against each with connect_timeout 2, read_timeout 1, max_retries 1
and retry_max_delay 0.2 (here, those two module runs with those options, their failures ignored as the
playbook ignores them): every run must fail with failed true, a message naming the endpoint (host:port)
and the problem, an error_code, and within a bounded time.
"""

import contextlib
import datetime
import ipaddress
import json
import os
import socket
import ssl
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from inprocess_runs import Declarer, Run, reset, started_emulator

from ansible_collections.tencentcloud.ckafka.plugins.modules import datahub_task, datahub_task_info

ENDPOINT = 'reliability_input/endpoint.yml'
TASKS = ('List tasks', 'Declare a task')
# Worst case of one module against a dead endpoint with these settings: 2 attempts x (connect 2 s or
# read 1 s) + one retry delay <= 0.2 s, per call, and each module makes one call before it fails;
# the rest is ansible-playbook's own start-up (a few seconds, more on a busy machine).
MODULE_BUDGET = 2 * 2 + 0.2
BOUND = 2 * MODULE_BUDGET + 25
NOT_JSON = b'hello, this is not the API you are looking for'
HTML_502 = (b'<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>'
            b'<body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>')
EMPTY_LIST = {'Response': {'Result': {'TaskList': [], 'TotalCount': 0}, 'RequestId': 'fake-tls-1'}}
REFUSED = {'Response': {'Error': {'Code': 'UnsupportedOperation', 'Message': 'a fake endpoint'}, 'RequestId': 'fake-tls-2'}}


def free_port():
    sock = socket.socket()
    sock.bind(('127.0.0.1', 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def make_handler(status, content_type, body):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = 'HTTP/1.1'

        def do_POST(self):  # noqa: N802 pylint: disable=invalid-name
            self.rfile.read(int(self.headers.get('Content-Length') or 0))
            payload = body
            if callable(body):
                payload = body(self.headers.get('X-TC-Action'))
            self.send_response(status)
            self.send_header('Content-Type', content_type)
            self.send_header('Content-Length', str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format, *args):  # pylint: disable=redefined-builtin
            pass

    return Handler


@contextlib.contextmanager
def http_server(status, content_type, body, tls_context=None):
    server = ThreadingHTTPServer(('127.0.0.1', 0), make_handler(status, content_type, body))
    server.daemon_threads = True
    if tls_context is not None:
        server.socket = tls_context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


class SilentServer:
    """Accepts connections, reads what comes, never answers."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(('127.0.0.1', 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self.connections = []
        self.stopped = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stopped:
            try:
                connection, _address = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            self.connections.append(connection)

    def close(self):
        self.stopped = True
        for connection in self.connections:
            connection.close()
        self.sock.close()


def self_signed_context(directory):
    """An SSL server context with a fresh self-signed certificate for 127.0.0.1."""
    from cryptography import x509  # pylint: disable=import-outside-toplevel
    from cryptography.hazmat.primitives import hashes, serialization  # pylint: disable=import-outside-toplevel
    from cryptography.hazmat.primitives.asymmetric import ec  # pylint: disable=import-outside-toplevel
    from cryptography.x509.oid import NameOID  # pylint: disable=import-outside-toplevel

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, 'ckafka-selfsigned.test')])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address('127.0.0.1'))]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_path = os.path.join(directory, 'cert.pem')
    key_path = os.path.join(directory, 'key.pem')
    with open(cert_path, 'wb') as handle:
        handle.write(cert.public_bytes(serialization.Encoding.PEM))
    with open(key_path, 'wb') as handle:
        handle.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    return context


DECLARED = dict(task_name='endpoint-check', task_type='SINK',
                source_resource=dict(type='KAFKA', kafka_param=dict(self_built=False, resource='ckafka-7kd5rzza', topic='topic-test')),
                target_resource=dict(type='ES', es_param=dict(resource='es-abcdefgh', index='orders')))


@pytest.fixture(scope='module')
def emulator_server():
    server = started_emulator()
    yield server
    server.stop()


@pytest.fixture
def emulator(emulator_server):  # pylint: disable=redefined-outer-name
    return reset(emulator_server)


def run_playbook(emulator, path, extra_vars):  # pylint: disable=redefined-outer-name
    """tests/integration/playbooks/reliability_input/endpoint.yml: its two tasks (module_defaults as options), a
    failure ignored as ignore_errors does."""
    assert path == ENDPOINT, path
    defaults = dict(endpoint=extra_vars['broken_endpoint'], validate_certs=extra_vars.get('validate_certs', True),
                    connect_timeout=2, read_timeout=extra_vars.get('read_timeout', 1), max_retries=1, retry_max_delay=0.2)
    runs = [Declarer(emulator, datahub_task_info, TASKS[0], (), connection=defaults)({}),
            Declarer(emulator, datahub_task, TASKS[1], (), connection=defaults)(DECLARED)]
    run = Run(TASKS[1], runs[1].result(TASKS[1]), [call for each in runs for call in each.calls], ())
    run.records = [dict(record, status='ignored' if record['status'] == 'failed' else record['status'])
                   for each in runs for record in each.records]
    run.rc = 0
    run.stdout = ''.join(each.stdout for each in runs)
    return run


def fake_api(action):
    return json.dumps(EMPTY_LIST if action == 'DescribeDatahubTasks' else REFUSED).encode('utf-8')


def run_against(emulator, endpoint, **extra):
    extra_vars = dict(broken_endpoint=endpoint)
    extra_vars.update(extra)
    started = time.monotonic()
    run = run_playbook(emulator, ENDPOINT, extra_vars=extra_vars)
    return run, time.monotonic() - started


def check_failed_cleanly(run, elapsed, hostport, error_code, problem_words):
    assert run.rc == 0, run
    for marker in ('Traceback (most recent call last)', 'MODULE FAILURE', 'module_stderr'):
        assert marker not in run.output, (marker, run)
    for task in TASKS:
        result = run.result(task)
        # ansible-core reports an ignored failure with status "ignored" (and may drop the failed key).
        assert run.statuses(task)[-1] in ('failed', 'ignored'), (task, result)
        assert result.get('error_code') == error_code, (task, result)
        msg = result.get('msg') or ''
        assert hostport in msg, (task, msg)
        assert any(word in msg for word in problem_words), (task, msg, problem_words)
    assert elapsed < BOUND, 'took %.1f s, bound %.1f s' % (elapsed, BOUND)


def test_closed_port(emulator):
    port = free_port()
    run, elapsed = run_against(emulator, 'http://127.0.0.1:%d' % port)
    check_failed_cleanly(run, elapsed, '127.0.0.1:%d' % port, 'ClientNetworkError', ('refused', 'failed'))


def test_answer_that_is_not_json(emulator):
    with http_server(200, 'text/plain', NOT_JSON) as port:
        run, elapsed = run_against(emulator, 'http://127.0.0.1:%d' % port)
    check_failed_cleanly(run, elapsed, '127.0.0.1:%d' % port, 'ClientInvalidResponse', ('not JSON',))
    assert 'hello, this is not the API' in run.result('List tasks')['msg']


def test_html_error_page(emulator):
    with http_server(502, 'text/html', HTML_502) as port:
        run, elapsed = run_against(emulator, 'http://127.0.0.1:%d' % port)
    check_failed_cleanly(run, elapsed, '127.0.0.1:%d' % port, 'ClientHttpError', ('HTTP 502',))
    msg = run.result('List tasks')['msg']
    assert '502 Bad Gateway' in msg and len(msg) < 600, msg


def test_server_that_never_answers(emulator):
    silent = SilentServer()
    try:
        run, elapsed = run_against(emulator, 'http://127.0.0.1:%d' % silent.port)
    finally:
        silent.close()
    check_failed_cleanly(run, elapsed, '127.0.0.1:%d' % silent.port, 'ClientReadTimeout', ('no answer', 'within'))
    # One first attempt and max_retries=1 retry per module: the retries are bounded too.
    assert silent.accepted == 4, silent.accepted


@pytest.fixture(scope='module')
def tls_context():
    with tempfile.TemporaryDirectory() as directory:
        yield self_signed_context(directory)


def test_self_signed_certificate_is_refused(emulator, tls_context):
    with http_server(200, 'application/json', fake_api, tls_context=tls_context) as port:
        run, elapsed = run_against(emulator, 'https://127.0.0.1:%d' % port)
    check_failed_cleanly(run, elapsed, '127.0.0.1:%d' % port, 'ClientNetworkError', ('TLS', 'certificate'))
    assert 'CERTIFICATE_VERIFY_FAILED' in run.result('List tasks')['msg'] or 'certificate' in run.result('List tasks')['msg']


def test_validate_certs_false_warns(emulator, tls_context):
    with http_server(200, 'application/json', fake_api, tls_context=tls_context) as port:
        run, elapsed = run_against(emulator, 'https://127.0.0.1:%d' % port, validate_certs=False)
    listed = run.result('List tasks')
    assert run.statuses('List tasks')[-1] == 'ok' and listed['tasks'] == [], listed
    warning = 'validate_certs is false: the TLS certificate of https://127.0.0.1:%d is not verified.' % port
    assert warning in run.output, run
    declared = run.result('Declare a task')
    assert run.statuses('Declare a task')[-1] == 'ignored' and declared['error_code'] == 'UnsupportedOperation' and declared['msg'], declared
    assert elapsed < BOUND
