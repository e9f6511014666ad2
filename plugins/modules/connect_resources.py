#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: connect_resources
short_description: Declare, prune and adopt many CKafka DIP connections in one run
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
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource.description import ConnectResource


class ConnectResourcesModule(FleetModule):
    resource = ConnectResource
    # As the connect_resource module takes it.
    entry_extra_options = dict(
        resource_id=dict(type='str'),
        update_password=dict(type='str', default='on_create', choices=['on_create', 'always'], no_log=False),
    )


def main():
    ConnectResourcesModule.main()


if __name__ == '__main__':
    main()
