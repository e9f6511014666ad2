#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
module: connect_resource_info
short_description: Read one Tencent Cloud CKafka DIP connection, or list them
version_added: 0.2.0
description:
  - Reads a CKafka DIP connection by its ID, or lists the connections that match filters.
  - Every connection is returned in the shape M(tencentcloud.ckafka.connect_resource) returns in
    RV(tencentcloud.ckafka.connect_resource#module:connect_resource), showing what is set and nothing else. Declared with
    M(tencentcloud.ckafka.connect_resource) as it is (its options taken from the result), a connection changes
    nothing, with one exception. The service never returns a password, so the password of the connection's block
    must be added (from Ansible Vault, for example); without it the module fails saying so.
  - A listing follows every page of C(DescribeConnectResources) with pages of 1000 connections, the largest the API
    serves.
  - Only reads; the module never changes anything and always reports C(changed=false).
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
requirements:
  - requests
options:
  resource_id:
    description:
      - The ID of the connection to read, for example V(resource-abcd1234).
      - An unknown or deleted connection is not an error; RV(connect_resources) is then an empty list.
      - Mutually exclusive with the filters O(type), O(search_word), O(resource_region) and O(resource_name).
    type: str
  type:
    description:
      - Lists the connections of this kind only, for example V(ES), V(MYSQL) or V(CLICKHOUSE)
        (the value of O(tencentcloud.ckafka.connect_resource#module:type)).
    type: str
    choices: [DTS, MONGODB, ES, CLICKHOUSE, MYSQL, TDSQL_C_MYSQL, POSTGRESQL, TDSQL_C_POSTGRESQL, MARIADB, SQLSERVER, DORIS,
              KAFKA, MQTT, ICEBERG]
  search_word:
    description:
      - Lists the connections whose name contains this word, as the service matches it (C(SearchWord)).
    type: str
  resource_name:
    description:
      - Lists the connections whose name is exactly this name.
      - The service only searches loosely, so the module asks for the connections that contain the name and keeps
        those whose name is equal to it. With O(search_word), the service searches for O(search_word) and the module
        keeps the connections named exactly O(resource_name) among them.
    type: str
  resource_region:
    description:
      - Lists the connections that point at a resource in this region, for example V(ap-shanghai), as the service
        matches it (C(ResourceRegion)); only connections that carry a region (Kafka and MQTT ones) can match.
    type: str
notes:
  - Without O(resource_id) and without any filter, every connection of the region is listed.
  - The filters combine; a connection is listed when it matches all of them.
  - C(DescribeConnectResource), used with O(resource_id), does not report how many DIP tasks use the connection;
    RV(connect_resources[].datahub_task_count) and RV(connect_resources[].task_progress) are then left out. A listing
    (and so a read by O(resource_name)) reports them.
  - Passwords and the Kerberos files of Iceberg connections are never returned by the service nor by this module.
seealso:
  - module: tencentcloud.ckafka.connect_resource
extends_documentation_fragment:
  - tencentcloud.ckafka.common
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - The module only reads, so check mode returns the same connections as a normal run.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: N/A
    details:
      - The module never changes anything.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set the shared options once.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
'''

EXAMPLES = r'''
- name: List the Elasticsearch connections
  tencentcloud.ckafka.connect_resource_info:
    region: ap-guangzhou
    type: ES
  register: es_connections

- name: Read one connection by its ID
  tencentcloud.ckafka.connect_resource_info:
    region: ap-guangzhou
    resource_id: resource-abcd1234
  register: one

- name: Show its status
  ansible.builtin.debug:
    msg: "{{ one.connect_resources[0].resource_name }} is {{ one.connect_resources[0].status_name }}"
  when: one.connect_resources | length > 0

- name: Find the connection named exactly orders-db (search_word alone would also match orders-db-2)
  tencentcloud.ckafka.connect_resource_info:
    region: ap-guangzhou
    resource_name: orders-db

- name: The connections no DIP task uses
  tencentcloud.ckafka.connect_resource_info:
    region: ap-guangzhou
  register: all_connections

- name: Name them
  ansible.builtin.debug:
    msg: "{{ all_connections.connect_resources | selectattr('datahub_task_count', 'equalto', 0)
             | map(attribute='resource_name') | list }}"
'''

RETURN = r'''
connect_resources:
  description:
    - The connections read, in the order the service lists them; an empty list when none matches or when
      O(resource_id) names no connection.
    - Each item shows what is set, as RV(tencentcloud.ckafka.connect_resource#module:connect_resource) does.
      RV(connect_resources[].resource_id), RV(connect_resources[].resource_name), RV(connect_resources[].status) and
      RV(connect_resources[].status_name) are always there; every other key, and every member at any depth, only when
      it has a value (no null, no empty list or dictionary); of the parameter blocks only the block of the
      connection's type. Lists stay lists.
    - Nested objects use the option names of M(tencentcloud.ckafka.connect_resource) (snake_case). Passwords and the
      Kerberos files are never included.
  returned: always
  type: list
  elements: dict
  contains:
    resource_id:
      description: The ID of the connection.
      type: str
      returned: always
      sample: resource-abcd1234
    resource_name:
      description: The name of the connection.
      type: str
      returned: always
      sample: search-cluster
    type:
      description: The kind of data store, for example V(ES), V(MYSQL) or V(CLICKHOUSE).
      type: str
      returned: when set
      sample: ES
    description:
      description: The description of the connection.
      type: str
      returned: when set
      sample: The orders search cluster
    status:
      description:
        - The status code of the connection.
        - V(-1) create failed, V(0) creating, V(1) running, V(2) deleting, V(4) delete failed, V(5) changing,
          V(6) change failed, V(7) abnormal.
      type: int
      returned: always
      sample: 1
    status_name:
      description:
        - The status as a word, one of V(create_failed), V(creating), V(running), V(deleting), V(delete_failed),
          V(changing), V(change_failed), V(abnormal).
      type: str
      returned: always
      sample: running
    error_message:
      description: The service's message when the connection failed.
      type: str
      returned: when set
      sample: ''
    create_time:
      description: When the connection was created, in the service's local time.
      type: str
      returned: when set
      sample: '2026-05-01 10:20:30'
    datahub_task_count:
      description: How many DIP tasks use the connection; not when it was read by O(resource_id).
      type: int
      returned: when set
      sample: 0
    current_step:
      description: The step the service is at, while the connection is being created or changed.
      type: str
      returned: when set
    step_list:
      description: The steps of the creation.
      type: list
      elements: str
      returned: when set
    task_progress:
      description: Progress of the creation in percent; not when it was read by O(resource_id).
      type: float
      returned: when set
    dts_connect_param:
      description: The DTS parameters (keys named like the options of M(tencentcloud.ckafka.connect_resource)), the
        members that are set; passwords are left out.
      type: dict
      returned: when set
    mongo_db_connect_param:
      description: The MongoDB parameters, when the connection is of that type.
      type: dict
      returned: when set
    es_connect_param:
      description: The Elasticsearch parameters, when the connection is of that type.
      type: dict
      returned: when set
      sample: {"resource": "es-abcd1234", "port": 9200, "user_name": "elastic", "self_built": false}
    click_house_connect_param:
      description: The ClickHouse parameters, when the connection is of that type.
      type: dict
      returned: when set
    my_sql_connect_param:
      description: The MySQL parameters, when the connection is of that type.
      type: dict
      returned: when set
    postgre_sql_connect_param:
      description: The PostgreSQL parameters, when the connection is of that type.
      type: dict
      returned: when set
    maria_db_connect_param:
      description: The MariaDB parameters, when the connection is of that type.
      type: dict
      returned: when set
    sql_server_connect_param:
      description: The SQL Server parameters, when the connection is of that type.
      type: dict
      returned: when set
    doris_connect_param:
      description: The Doris parameters, when the connection is of that type.
      type: dict
      returned: when set
    kafka_connect_param:
      description: The Kafka parameters, when the connection is of that type.
      type: dict
      returned: when set
    mqtt_connect_param:
      description: The MQTT parameters, when the connection is of that type.
      type: dict
      returned: when set
    iceberg_connect_param:
      description: The Iceberg parameters, when the connection is of that type.
      type: dict
      returned: when set
    tags:
      description: The tags of the connection, as a list of V(tag_key)/V(tag_value) dictionaries.
      type: list
      elements: dict
      returned: when set
      sample: [{"tag_key": "team", "tag_value": "data"}]
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource.description import ConnectResource
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceInfoModule


ConnectResourceInfo = ResourceInfoModule.of(ConnectResource)


def main():
    ConnectResourceInfo.main()


if __name__ == '__main__':
    main()
