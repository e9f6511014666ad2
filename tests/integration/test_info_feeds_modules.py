# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Issue 24.1: an info module's result feeds its module as it is. A task, a connection and a topic
made outside Ansible, read with the info module and declared with exactly that result, report no
change and write nothing, in check mode too; a null means "not set" at every depth. A connection's
password is the exception: the service never returns it, and the failure says so.

Here one real run of each playbook of playbooks/adoption (the result passed on through Jinja); every case, in
check mode too, and the nulls and the missing password run in process:
tests/unit/plugins/modules/test_info_feeds_modules_runs.py."""

import pytest

from adoption_scenario import DECLARE, WRITES, assert_connection_adopted, assert_task_adopted, assert_topic_adopted
from conftest import Declarer


def read_and_declare(emulator, kind, variables, check=False):
    """The run of playbooks/adoption/<kind>.yml; its declaration's result is run.task's."""
    playbook = {'task': 'adoption/task.yml', 'connection': 'adoption/connection.yml', 'topic': 'adoption/topic.yml'}[kind]
    return Declarer(emulator, playbook, DECLARE % kind, WRITES)(variables, check=check, diff=True)


@pytest.mark.parametrize('check', [False], ids=['run'])
@pytest.mark.parametrize('by', ['task_id'])
def test_a_task_declared_as_its_info_module_reads_it_changes_nothing(emulator, by, check):
    assert_task_adopted(emulator, read_and_declare, by, check)


@pytest.mark.parametrize('check', [False], ids=['run'])
def test_a_connection_declared_as_read_with_its_password_changes_nothing(emulator, check):
    assert_connection_adopted(emulator, read_and_declare, check)


@pytest.mark.parametrize('check', [False], ids=['run'])
def test_a_topic_declared_as_read_changes_nothing(emulator, check):
    assert_topic_adopted(emulator, read_and_declare, check)
