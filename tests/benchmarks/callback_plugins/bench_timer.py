# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Benchmark-only callback: appends the start of every task and the time of every result to the JSON lines file
named by BENCH_TIMER_FILE."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
name: bench_timer
type: aggregate
short_description: Record task start and result times for the benchmarks
description:
  - Appends one JSON line per task start and per result to the file named by the E(BENCH_TIMER_FILE) environment variable.
'''

import json
import os
import time

from ansible.plugins.callback import CallbackBase


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = 'aggregate'
    CALLBACK_NAME = 'bench_timer'
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super(CallbackModule, self).__init__()
        self.path = os.environ.get('BENCH_TIMER_FILE')

    def _write(self, record):
        record['t'] = time.time()
        if self.path:
            with open(self.path, 'a') as handle:
                handle.write(json.dumps(record) + '\n')

    def v2_playbook_on_task_start(self, task, is_conditional):
        self._write(dict(event='task_start', task=task.get_name()))

    def _result(self, event, result, status):
        payload = result._result  # pylint: disable=protected-access
        self._write(dict(event=event, task=result._task.get_name(), host=result._host.get_name(), status=status,  # pylint: disable=protected-access
                         changed=bool(payload.get('changed')), msg=str(payload.get('msg') or '')[:300]))

    def v2_runner_on_ok(self, result):
        self._result('result', result, 'ok')

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._result('result', result, 'failed')

    def v2_runner_on_unreachable(self, result):
        self._result('result', result, 'unreachable')

    def v2_runner_on_skipped(self, result):
        self._result('result', result, 'skipped')

    def v2_runner_item_on_ok(self, result):
        self._result('item', result, 'ok')

    def v2_runner_item_on_failed(self, result):
        self._result('item', result, 'failed')
