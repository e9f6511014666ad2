# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Clock: with this host's clock far from the service's, the first call of a module run gets
AuthFailure.SignatureExpire; the client takes the server time from the answer's Date header, signs
again once, succeeds, and says so in the result's warnings.

The emulator's --clock-offset moves the service clock instead of this host's, which is the same
skew seen from the client.
"""

import re

import pytest

from conftest import run_playbook, start_emulator

PLAYBOOK = 'reliability_faults/clock.yml'
EXPIRED = 'AuthFailure.SignatureExpire'


@pytest.mark.parametrize('offset', [3600, -7200], ids=['host-clock-behind', 'host-clock-ahead'])
def test_clock_skew_is_recovered_with_a_warning(offset):
    emulator = start_emulator(rate_limit=0, transition_seconds=0.2, clock_offset=offset)
    try:
        run = run_playbook(emulator, PLAYBOOK, extra_vars=dict(clock_task_name='clock-%d' % abs(offset)))
        assert run.rc == 0, run
        log = emulator.requests()
        tasks = emulator.tasks()
    finally:
        emulator.stop()
    declared = run.result('Declare the task')
    read = run.result('Read the task')
    assert declared['changed'] is True, run
    assert [task['TaskName'] for task in tasks] == ['clock-%d' % abs(offset)]
    assert [task['task_id'] for task in read['tasks']] == [tasks[0]['TaskId']]
    for result in (declared, read):
        warnings = ' '.join(str(warning) for warning in result.get('warnings') or [])
        assert 'clock' in warnings, result
        assert ('behind' if offset > 0 else 'ahead of') in warnings, warnings
        seconds = int(re.search(r'clock is (\d+) seconds', warnings).group(1))
        assert abs(seconds - abs(offset)) <= 2, warnings
        assert 'NTP' in warnings, warnings
    # One expired signature per module run (each run has its own client), each followed by success.
    expired = [entry for entry in log if entry['error_code'] == EXPIRED]
    assert len(expired) == 2, [(entry['action'], entry['error_code']) for entry in log]
    assert [entry['action'] for entry in expired] == ['DescribeDatahubTasks', 'DescribeDatahubTask']
    assert all(entry['error_code'] is None for entry in log if entry not in expired), log


def test_skew_within_the_window_needs_no_recovery():
    """60 seconds off is within the service's 300 s window: no retry, no warning."""
    emulator = start_emulator(rate_limit=0, transition_seconds=0.2, clock_offset=60)
    try:
        run = run_playbook(emulator, PLAYBOOK, extra_vars=dict(clock_task_name='clock-60'))
        log = emulator.requests()
    finally:
        emulator.stop()
    assert run.rc == 0, run
    assert all(entry['error_code'] is None for entry in log), log
    for name in ('Declare the task', 'Read the task'):
        assert not [w for w in run.result(name).get('warnings') or [] if 'clock' in str(w)], run.result(name)
