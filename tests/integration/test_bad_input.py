# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Bad input through real ansible-playbook: generated cases, batched into one run per test.

Hypothesis draws the cases (tests/integration/reliability_strategies.py walks PARAMETER_SPEC);
playbooks/reliability_input/cases.yml runs them all as the items of one looped task, so a hundred
module runs cost one ansible-playbook start. Every item must end in success or failed with a
message, without a traceback, MODULE FAILURE or module_stderr; the emulator's request log must hold
no write when every case is invalid, and no write the emulator refused for the odd-but-maybe-valid
cases. The in-process layer with many more examples is tests/unit/plugins/modules/test_bad_input_units.py.
"""

import json

from hypothesis import HealthCheck, Phase, given, seed, settings

import reliability_strategies as rs
from conftest import run_playbook

CASES = 'reliability_input/cases.yml'
WRITES = ('CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask',
          'RestartDatahubTask')
# Ansible renders templates in extra vars; that is the controller's business, not the module's.
TEMPLATE_MARKERS = ('{{', '{%', '{#')
KAFKA_SOURCE = {'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 't'}}
# Cases that found bugs once, kept next to the generated ones.
REGRESSIONS = [
    (rs.WRONG_TYPE, 'source_resource', dict(rs.BASE, source_resource=42)),
    (rs.WRONG_TYPE, 'tags[0]', dict(rs.BASE, tags=[1])),
    (rs.WRONG_TYPE, 'transforms_param.field_chain[0]', dict(rs.BASE, transforms_param={'content': 'x', 'field_chain': [True]})),
    (rs.NULL_REQUIRED, 'source_resource.kafka_param.resource',
     dict(rs.BASE, source_resource={'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': None}})),
    (rs.WRONG_TYPE, 'tasks_max', dict(rs.BASE, source_resource=KAFKA_SOURCE, tasks_max=-1)),
    (rs.WRONG_TYPE, 'source_resource.kafka_param.start_time',
     dict(rs.BASE, source_resource={'type': 'KAFKA', 'kafka_param': dict(KAFKA_SOURCE['kafka_param'], start_time=-5)})),
    (rs.WRONG_TYPE, 'task_name', dict(rs.BASE, task_name='1-starts-with-a-digit')),
]
IDENTITY_VALUES = ['', ' ', 'x' * 300, 'é' * 65, '任务名称', '1starts-with-digit', 'has space', 'a' * 65]


def collect(strategy, count, seed_value):
    """count distinct cases drawn by hypothesis (reproducible through seed_value)."""
    cases = []
    seen = set()

    @seed(seed_value)
    @settings(max_examples=count * 3, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(case=strategy)
    def draw(case):
        text = json.dumps(case[2], sort_keys=True)
        if len(cases) < count and text not in seen and not any(marker in text for marker in TEMPLATE_MARKERS):
            seen.add(text)
            cases.append(case)

    draw()  # pylint: disable=no-value-for-parameter
    return cases


def run_cases(emulator, cases, **options):
    run = run_playbook(emulator, CASES, extra_vars={'cases': [case[2] for case in cases]}, **options)
    assert run.rc == 0, run
    results = run.result('Run every generated case')['results']
    assert len(results) == len(cases), run
    return run, results


def check_clean_output(run):
    for marker in ('Traceback (most recent call last)', 'MODULE FAILURE', 'module_stderr'):
        assert marker not in run.output, (marker, run)


def check_clean_result(case, result):
    # ansible-core 2.19 puts exception: '(traceback unavailable)' into every failed result.
    assert 'module_stderr' not in result and 'Traceback' not in str(result.get('exception', '')), (case, result)
    if result.get('failed'):
        msg = result.get('msg')
        assert isinstance(msg, str) and msg.strip(), (case, result)
        assert 'Traceback' not in msg and 'MODULE FAILURE' not in msg, (case, result)


def test_generated_invalid_options_fail_cleanly_and_write_nothing(emulator):
    """Unknown keys at every depth, unconvertible types, values outside choices, missing or null required members."""
    cases = REGRESSIONS + collect(rs.invalid_cases().filter(lambda case: case[0] in rs.INVALID_KINDS), 24, 20240607)
    run, results = run_cases(emulator, cases)
    check_clean_output(run)
    accepted = []
    for case, result in zip(cases, results):
        check_clean_result(case, result)
        if case[0] in rs.INVALID_KINDS and not result.get('failed'):
            accepted.append((case[0], case[1], result.get('task_id')))
    writes = [(entry['action'], entry.get('error_code')) for entry in emulator.requests() if entry['action'] in WRITES]
    assert not accepted, 'invalid options were accepted: %s' % accepted
    assert not writes, 'invalid options led to writes: %s' % writes


def test_generated_odd_values_fail_cleanly_or_write_only_what_the_service_accepts(emulator):
    """Empty, blank, very long, non-ASCII and control-character strings, extreme numbers and nulls."""
    cases = collect(rs.odd_cases(), 22, 20240608)
    run, results = run_cases(emulator, cases)
    check_clean_output(run)
    for case, result in zip(cases, results):
        check_clean_result(case, result)
    refused = [(entry['action'], entry['error_code'], entry['error_message']) for entry in emulator.requests()
               if entry['action'] in WRITES and entry.get('error_code')]
    assert not refused, 'writes the service refused (the module should have refused the input itself): %s' % refused


def test_odd_identities(emulator):
    """task_name and task_id: empty, blank, too long, non-ASCII, starting with a digit; check mode alike."""
    cases = []
    for value in IDENTITY_VALUES:
        if any(marker in value for marker in TEMPLATE_MARKERS):
            continue
        cases.append(('odd_string', 'task_name', dict(task_name=value, task_type='SINK')))
        cases.append(('odd_string', 'task_id', dict(task_id=value, task_name='reliability-id', task_type='SINK')))
    run, results = run_cases(emulator, cases, check=True)
    check_clean_output(run)
    predicted = []
    for case, result in zip(cases, results):
        check_clean_result(case, result)
        if not result.get('failed'):
            predicted.append(case[2])
    assert not [entry for entry in emulator.requests() if entry['action'] in WRITES]
    run, results = run_cases(emulator, cases)
    check_clean_output(run)
    refused = [(entry['action'], entry['error_message']) for entry in emulator.requests()
               if entry['action'] in WRITES and entry.get('error_code')]
    assert not refused, ('check mode predicted success for %d of these, then the service refused: %s' % (len(predicted), refused))
