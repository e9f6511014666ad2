# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The emulator's --verbose log names each API call (issue 24, point 7): one line per call with the
action, the id of the resource it is about and the answer's error code (OK when none), as a playbook
makes them; the admin API keeps its HTTP lines. The lines count the calls /_emulator/requests logs."""

import re

import pytest

from conftest import run_playbook, start_emulator

TOPIC = '1250000000-verbose-log'
API_LINE = re.compile(r'^127\.0\.0\.1 - (?P<action>[A-Za-z]+) (?P<resource>\S+) -> (?P<outcome>.+) \(\d+ ms\)$')


@pytest.fixture(scope='module')
def verbose_run():
    emulator = start_emulator(transition_seconds=0.3, verbose=True)
    try:
        run = run_playbook(emulator, 'datahub_topic/declare.yml',
                           extra_vars=dict(topic_name=TOPIC, partition_num=1, retention_ms=86400000))
        emulator.add_fault('DescribeDatahubTopics', 'http_status', status=503)
        emulator.add_fault('DeleteDatahubTopic', 'error', code='ResourceInUse')
        try:
            emulator.call('DescribeDatahubTopics', {})
        except OSError:
            pass  # the injected 503
        emulator.call('DeleteDatahubTopic', {'Name': TOPIC})
        calls = emulator.requests()
        log = emulator.stderr()
    finally:
        emulator.stop()
    return run, calls, log.splitlines()


def test_each_api_call_is_a_line_with_its_action_resource_and_outcome(verbose_run):
    run, calls, lines = verbose_run
    assert run.rc == 0, run
    found = [API_LINE.match(line).groupdict() for line in lines if API_LINE.match(line)]
    summary = [(item['action'], item['resource'], item['outcome']) for item in found]
    # The module looks the topic up (not there yet), creates it, and reads it back.
    assert summary and summary[0] == ('DescribeDatahubTopic', TOPIC, 'ResourceNotFound'), lines
    assert ('CreateDatahubTopic', TOPIC, 'OK') in summary, lines
    assert summary[-2:] == [('DescribeDatahubTopics', '-', 'HTTP 503 (fault)'), ('DeleteDatahubTopic', TOPIC, 'ResourceInUse')], lines
    assert [item['action'] for item in found] == [call['action'] for call in calls], 'one line per logged call'


def test_no_line_is_the_bare_http_request_of_an_api_call(verbose_run):
    lines = verbose_run[2]
    assert not [line for line in lines if '"POST / HTTP/1.1"' in line], lines
    assert [line for line in lines if '"GET /_emulator/' in line or '"POST /_emulator/' in line], 'admin calls keep their HTTP line'
