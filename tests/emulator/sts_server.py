# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Local STS and CVM metadata emulator, standard library only.

python tests/emulator/sts_server.py --issued-credentials FILE [--port 0] [--secret-id ID --secret-key KEY]
    [--role ARN[=EXTERNAL_ID]] [--cvm-role NAME] [--lifetime S]
    [--oidc-provider ID --oidc-token-file PATH --oidc-role-arn ARN]

POST /  STS 2018-08-13 AssumeRole (signed, service sts) and AssumeRoleWithWebIdentity (unsigned).
GET  /latest/meta-data/cam/security-credentials/[ROLE]  the CVM instance role.
GET  /_sts/requests  every STS and metadata request (no secrets).

Every credential issued is written to FILE; start the CKafka emulator (server.py) with
--issued-credentials FILE and it accepts them, with their token, until they expire.
The first line on stdout is `listening on http://HOST:PORT`.

From tests: `with start_sts_emulator(tmp_path, role=...) as sts: sts.endpoint, sts.metadata_endpoint`.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from emu_errors import ApiError  # noqa: E402  pylint: disable=wrong-import-position
from emu_metadata import MetadataService  # noqa: E402  pylint: disable=wrong-import-position
from emu_sts import StsService  # noqa: E402  pylint: disable=wrong-import-position
from emu_sts_issued import IssuedCredentials  # noqa: E402  pylint: disable=wrong-import-position

DEFAULT_SECRET_ID = 'AKIDSTSBASE000000000000000000001'
DEFAULT_SECRET_KEY = 'sts-base-secret-key'


class StsServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, sts, metadata):
        self.sts = sts
        self.metadata = metadata
        super().__init__(address, StsHandler)


class StsHandler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    disable_nagle_algorithm = True
    server_version = 'sts-emulator/1.0'
    sys_version = ''

    def log_message(self, format, *args):  # pylint: disable=redefined-builtin
        pass

    def _send(self, status, content_type, text):
        body = text.encode('utf-8')
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # pylint: disable=invalid-name
        path = urlsplit(self.path).path
        if path == '/_sts/requests':
            self._send(200, 'application/json', json.dumps(self.server.sts.requests() + self.server.metadata.requests()))
            return
        status, content_type, text = self.server.metadata.handle(path)
        self._send(status, content_type, text)

    def do_POST(self):  # pylint: disable=invalid-name
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length) if length else b''
        headers = {k.lower(): v for k, v in self.headers.items()}
        request_id = str(uuid.uuid4())
        try:
            response = self.server.sts.handle(headers, body)
        except ApiError as error:
            response = {'Error': {'Code': error.code, 'Message': error.message}}
        response['RequestId'] = request_id
        self._send(200, 'application/json', json.dumps({'Response': response}))


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description='Local STS (2018-08-13) and CVM metadata emulator.')
    parser.add_argument('--host', default='127.0.0.1')
    parser.add_argument('--port', type=int, default=0)
    parser.add_argument('--issued-credentials', required=True, metavar='FILE', help='where issued credentials are recorded')
    parser.add_argument('--secret-id', default=DEFAULT_SECRET_ID, help='SecretId allowed to call AssumeRole')
    parser.add_argument('--secret-key', default=DEFAULT_SECRET_KEY)
    parser.add_argument('--role', action='append', default=[], metavar='ARN[=EXTERNAL_ID]', help='a role AssumeRole may assume')
    parser.add_argument('--cvm-role', help='the CAM role bound to the emulated instance (none: metadata answers 404)')
    parser.add_argument('--lifetime', type=float, help='issued credentials live at most this many seconds')
    parser.add_argument('--oidc-provider', help='identity provider id for AssumeRoleWithWebIdentity')
    parser.add_argument('--oidc-token-file', help='file holding the only web identity token accepted')
    parser.add_argument('--oidc-role-arn', help='role that trusts the identity provider')
    return parser.parse_args(argv)


def build_server(args):
    issued = IssuedCredentials(args.issued_credentials)
    roles = {}
    for spec in args.role:
        arn, _sep, external_id = spec.partition('=')
        roles[arn] = external_id or None
    web_identity = None
    if args.oidc_provider:
        with open(args.oidc_token_file) as handle:
            token = handle.read().strip()
        web_identity = {'provider_id': args.oidc_provider, 'token': token, 'role_arn': args.oidc_role_arn}
    sts = StsService({args.secret_id: args.secret_key}, roles, issued, lifetime=args.lifetime, web_identity=web_identity)
    metadata = MetadataService(args.cvm_role, issued, lifetime=args.lifetime or 7200)
    return StsServer((args.host, args.port), sts, metadata)


def main(argv=None):
    server = build_server(parse_args(argv))
    host, port = server.server_address[:2]
    sys.stdout.write('listening on http://%s:%d\n' % (host, port))
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


# ---- for tests ----------------------------------------------------------------------------------

class RunningSts:
    """A running sts_server.py process."""

    def __init__(self, process, endpoint, issued_path, secret_id, secret_key):
        self.process = process
        self.endpoint = endpoint
        self.metadata_endpoint = endpoint + '/latest/meta-data/cam/security-credentials/'
        self.issued = IssuedCredentials(issued_path)
        self.issued_path = issued_path
        self.secret_id = secret_id
        self.secret_key = secret_key

    def requests(self):
        """Every STS and metadata request received (no keys, no tokens)."""
        with urllib.request.urlopen(self.endpoint + '/_sts/requests', timeout=10) as answer:  # nosec - local emulator
            return json.loads(answer.read().decode('utf-8'))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process.stdout:
            self.process.stdout.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stop()


def start_sts_emulator(issued_path=None, secret_id=DEFAULT_SECRET_ID, secret_key=DEFAULT_SECRET_KEY, roles=(),
                       cvm_role=None, lifetime=None, oidc=None, start_timeout=20.0):
    """Launch sts_server.py on a free port; oidc: {'provider', 'token_file', 'role_arn'}."""
    issued_path = issued_path or os.path.join(tempfile.mkdtemp(prefix='sts-emu-'), 'issued.json')
    command = [sys.executable, os.path.abspath(__file__), '--issued-credentials', issued_path,
               '--secret-id', secret_id, '--secret-key', secret_key]
    for role in roles:
        command.extend(['--role', role])
    if cvm_role:
        command.extend(['--cvm-role', cvm_role])
    if lifetime is not None:
        command.extend(['--lifetime', str(lifetime)])
    if oidc:
        command.extend(['--oidc-provider', oidc['provider'], '--oidc-token-file', oidc['token_file'],
                        '--oidc-role-arn', oidc['role_arn']])
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, close_fds=True)  # pylint: disable=consider-using-with
    lines = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(start_timeout)
    line = lines[0].decode('utf-8', 'replace').strip() if lines else ''
    if not line.startswith('listening on '):
        process.kill()
        raise RuntimeError('the STS emulator did not start (%r): %s' % (line, ' '.join(command)))
    return RunningSts(process, line[len('listening on '):], issued_path, secret_id, secret_key)


if __name__ == '__main__':
    sys.exit(main())
