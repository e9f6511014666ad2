# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The one shape of a task in every module result.

DescribeDatahubTask answers a DescribeDatahubTaskRes (tags, transforms, schema, connections, ...);
DescribeDatahubTasks answers DatahubTaskInfo items (progress and steps, no tags or transforms).
task_result() turns either into a dictionary with exactly the keys of TASK_RESULT_KEYS, None
where the answer lacks a member, so datahub_task's `task` and every item of datahub_task_info's
`tasks` have the same keys and one can feed the other.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_convert import TASK_RESULT_KEYS, api_to_result


def task_result(api_task):
    """The snake_case result of a task answer (either kind), with exactly the keys of TASK_RESULT_KEYS.

    Secrets are dropped and status_name is set by api_to_result; members the service may add
    later and that TASK_RESULT_KEYS does not name are left out, so the shape never depends on
    which call read the task.
    """
    converted = api_to_result(api_task)
    return dict((key, converted.get(key)) for key in TASK_RESULT_KEYS)
