# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tools/matrix.py (make matrix): what it reads from the collection, without running the matrix."""

import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, 'tools'))

import matrix  # noqa: E402  pylint: disable=wrong-import-position


def test_every_module_has_a_life_cycle_playbook():
    assert matrix.modules_without_playbook() == [], 'add tests/matrix/playbooks/<module>.yml (see datahub_task.yml)'


@pytest.mark.parametrize('playbook', matrix.module_playbooks(), ids=os.path.basename)
def test_each_playbook_states_its_recap(playbook):
    expected = matrix.expected_recap(playbook)
    assert expected['ok'] >= expected['changed'] > 0
    assert expected['failed'] == 0 and expected['unreachable'] == 0


def test_readme_and_runtime_name_the_same_floor():
    claims = matrix.readme_claims()
    floor = '%d.%d' % matrix.ansible_floor()
    assert claims['ansible-core'][0] == floor
    assert claims['ansible-core'][1][0] == floor, 'the floor itself must be among the versions tested'
    assert claims['Python'][0] == claims['Python'][1][0]


def test_readme_claims_leave_controller_pythons_out(tmp_path, monkeypatch):
    (tmp_path / 'README.md').write_text('* ansible-core 2.16 or newer (tested with 2.16 and 2.17 on a Python 3.11\n'
                                        '  controller, and 2.20 on a Python 3.12 controller).\n'
                                        '* Python 3.9 or newer on the host (tested with 3.9 and 3.13), with `requests`.\n')
    monkeypatch.setattr(matrix, 'ROOT', str(tmp_path))
    assert matrix.readme_claims() == {'ansible-core': ('2.16', ['2.16', '2.17', '2.20']), 'Python': ('3.9', ['3.9', '3.13'])}


def test_a_python_that_does_not_run_is_not_found(tmp_path):
    shim = tmp_path / 'python3.99'
    shim.write_text('#!/bin/sh\necho "pyenv: python3.99: command not found" >&2\nexit 127\n')
    shim.chmod(0o755)
    assert matrix.python_minor(str(shim)) is None
    assert matrix.python_minor(sys.executable) == '%d.%d' % sys.version_info[:2]
