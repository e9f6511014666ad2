# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What tests/integration/test_endpoints.py (a real ansible-playbook run) and
tests/unit/plugins/modules/test_endpoints_runs.py (in process) check of a run of
playbooks/reliability_input/endpoint.yml against a wrong endpoint: it fails cleanly and quickly."""

import socket
import time

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


def timed_run(run_playbook, emulator, endpoint, **extra):
    """(run, seconds) of run_playbook(emulator, ENDPOINT, extra_vars=) against endpoint."""
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
