#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: datahub_tasks
short_description: Declare, prune and adopt many CKafka DIP (Datahub) tasks in one run
version_added: 0.2.0
description:
  - placeholder
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
'''

EXAMPLES = r'''
'''

RETURN = r'''
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.module import FleetModule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_task.description import DatahubTask


class DatahubTasksModule(FleetModule):
    resource = DatahubTask
    run_statuses = True


def main():
    DatahubTasksModule.main()


if __name__ == '__main__':
    main()
