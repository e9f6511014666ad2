# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""An emulator as a process, for server.py and sts_server.py alike: serving until interrupted, and
(from tests) launching one on a free port, waiting for its first line, and stopping it.

The contract between the two sides is the first line on stdout: `listening on http://HOST:PORT`.
"""

import subprocess
import sys
import threading

LISTENING = 'listening on '


def serve(server):
    """Say where server listens, then serve until interrupted; the exit status of a script's main()."""
    host, port = server.server_address[:2]
    if ':' in host:
        host = '[%s]' % host
    sys.stdout.write('%shttp://%s:%d\n' % (LISTENING, host, port))
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def stop_process(process, timeout=5.0):
    """Terminate process (kill it if it lingers) and close its pipes; safe to call twice."""
    try:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout)
    finally:
        for stream in (process.stdout, process.stdin):
            if stream:
                stream.close()


def launch(command, start_timeout, what, error=RuntimeError, stderr=None):
    """Start command, an emulator script on port 0; (process, endpoint) once it listens.

    When its first line does not come within start_timeout seconds, or is not the listening line,
    the process is stopped and error('<what> did not start ...') raised.
    """
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, stdin=subprocess.DEVNULL,  # pylint: disable=consider-using-with
                               close_fds=True)
    lines = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(start_timeout)
    line = lines[0].decode('utf-8', 'replace').strip() if lines else ''
    if not line.startswith(LISTENING):
        stop_process(process)
        raise error('%s did not start (%r): %s' % (what, line, ' '.join(command)))
    return process, line[len(LISTENING):]


class Running:
    """A launched emulator: its process and endpoint; stopped on leaving a with block."""

    def __init__(self, process, endpoint):
        self.process = process
        self.endpoint = endpoint

    @property
    def running(self):
        return self.process.poll() is None

    def stop(self, timeout=5.0):
        """Terminate the process (kill it if it lingers); safe to call twice."""
        stop_process(self.process, timeout)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stop()
