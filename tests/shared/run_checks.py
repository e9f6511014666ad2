# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""ok(), failed() and cycle(): what the integration tests (a real ansible-playbook run) and the in-process
runs (tests/unit/plugins/modules/inprocess_runs.py) both assert of a run. A run has rc, result(task),
statuses(task), task (its own task), actions and writes."""


def ok(run, task=None):
    """The result of task (the run's own task by default) in a run that succeeded."""
    assert run.rc == 0, run
    return run.result(task or run.task)


def failed(run, task=None):
    """The result of task (the run's own task by default), which failed (in a playbook, that ended the run)."""
    task = task or run.task
    assert run.rc != 0, run
    assert run.statuses(task)[-1] == 'failed', run
    return run.result(task)


def cycle(declare, variables, expected_writes, diff=True):
    """Check mode, the real run, the rerun: the check and the rerun write nothing, the real run
    writes expected_writes, both first runs change and the rerun does not. Returns the three runs."""
    check = declare(variables, check=True, diff=diff)
    assert ok(check)['changed'] is True, check
    assert check.writes == [], check.actions
    real = declare(variables, diff=diff)
    assert ok(real)['changed'] is True, real
    assert real.writes == expected_writes, real.actions
    rerun = declare(variables, diff=diff)
    assert ok(rerun)['changed'] is False, rerun
    assert rerun.writes == [], rerun.actions
    return check, real, rerun
