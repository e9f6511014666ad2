#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: datahub_topics
short_description: Declare, prune and adopt many CKafka DIP topics in one run
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
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_topic.description import DatahubTopic


class DatahubTopicsModule(FleetModule):
    resource = DatahubTopic
    # The name is the topic's identity, so every entry has one (as in the datahub_topic module).
    entry_extra_options = dict(name=dict(type='str', required=True))
    scope_filters = dict(search_word='SearchWord', connect_resource_id='ConnectResourceId')


def main():
    DatahubTopicsModule.main()


if __name__ == '__main__':
    main()
