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

from conftest import run_playbook
from endpoint_checks import check_failed_cleanly, free_port, timed_run


def run_against(emulator, endpoint, **extra):
    return timed_run(run_playbook, emulator, endpoint, **extra)


def test_closed_port(emulator):
    port = free_port()
    run, elapsed = run_against(emulator, 'http://127.0.0.1:%d' % port)
    check_failed_cleanly(run, elapsed, '127.0.0.1:%d' % port, 'ClientNetworkError', ('refused', 'failed'))
