# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Test-only callback: writes every task result of a run to the JSON file named by RESULT_RECORDER_FILE."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
name: result_recorder
type: aggregate
short_description: Record task results to a JSON file for the integration tests
description:
  - Appends one record per task result to the file named by the E(RESULT_RECORDER_FILE) environment variable.
'''

import json
import os

from ansible.plugins.callback import CallbackBase


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = 'aggregate'
    CALLBACK_NAME = 'result_recorder'
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super(CallbackModule, self).__init__()
        self.path = os.environ.get('RESULT_RECORDER_FILE')

    def _record(self, result, status):
        if not self.path:
            return
        record = dict(
            host=result._host.get_name(),  # pylint: disable=protected-access
            task=result._task.get_name(),  # pylint: disable=protected-access
            action=result._task.action,  # pylint: disable=protected-access
            status=status,
            result=result._result,  # pylint: disable=protected-access
        )
        with open(self.path, 'a') as handle:
            handle.write(json.dumps(record, default=str) + '\n')

    def v2_runner_on_ok(self, result):
        self._record(result, 'changed' if result._result.get('changed') else 'ok')  # pylint: disable=protected-access

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._record(result, 'ignored' if ignore_errors else 'failed')

    def v2_runner_on_skipped(self, result):
        self._record(result, 'skipped')

    def v2_runner_on_unreachable(self, result):
        self._record(result, 'unreachable')

    def v2_runner_item_on_ok(self, result):
        self._record(result, 'item_changed' if result._result.get('changed') else 'item_ok')  # pylint: disable=protected-access

    def v2_runner_item_on_failed(self, result):
        self._record(result, 'item_failed')
