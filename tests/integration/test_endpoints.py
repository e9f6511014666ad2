# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Unreachable or wrong endpoints fail cleanly and quickly.

Here, through a real ansible-playbook run, a closed port; a server that answers plain text, one that
answers an HTML 502 page, a TLS server with a self-signed certificate and one that accepts connections
and never answers run in process (tests/unit/plugins/modules/test_endpoints_runs.py, issue 28), with
the closed port again. playbooks/reliability_input/endpoint.yml runs
datahub_task_info and datahub_task against each with connect_timeout 2, read_timeout 1, max_retries 1
and retry_max_delay 0.2: every run must fail with failed true, a message naming the endpoint
(host:port) and the problem, an error_code, and within a bounded time.
"""

import socket
import time

from conftest import run_playbook

ENDPOINT = 'reliability_input/endpoint.yml'
TASKS = ('List tasks', 'Declare a task')
# Worst case of one module against a dead endpoint with these settings: 2 attempts x (connect 2 s or
# read 1 s) + one retry delay <= 0.2 s, per call, and each module makes one call before it fails;
# the rest is ansible-playbook's own start-up (a few seconds, more on a busy machine).
MODULE_BUDGET = 2 * 2 + 0.2
BOUND = 2 * MODULE_BUDGET + 25


def free_port():
    sock = socket.socket()
    sock.bind(('127.0.0.1', 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


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
