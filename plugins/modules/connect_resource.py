#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: connect_resource
short_description: Manage a Tencent Cloud CKafka DIP connection as declared state
version_added: 0.2.0
description:
  - Creates, updates and deletes one CKafka DIP connection (C(CreateConnectResource)), that is the address, account
    and password of a data store (Elasticsearch, MySQL, ClickHouse, Kafka, ...) that DIP tasks read from or write to.
    A task names the connection in the C(resource) member of its parameter block, for example
    O(tencentcloud.ckafka.datahub_task#module:target_resource.es_param.resource), so a whole pipeline can live in
    one playbook, the connection first and then the task that uses its RV(resource_id).
  - The connection is identified by O(resource_id) when given (one C(DescribeConnectResource) call), otherwise by its
    exact O(resource_name), with O(type) when given (C(DescribeConnectResources), every page followed, only exact
    matches kept). More than one exact match fails, listing the connection IDs.
  - Only the options you set are compared with the connection; the module never imposes a default on an existing
    connection. Passwords and the Kerberos files of Iceberg are never returned by the service, so they are not
    compared (see O(update_password)).
  - O(resource_name) (when the identity is O(resource_id)), O(description) and the members of the parameter block
    that the service allows to change (the user name, the password, C(is_update), and for some kinds more, see each
    option) are changed in place with one C(ModifyConnectResource) call carrying only the changed fields, plus what
    the call needs to name the block (O(type) and its C(resource)).
  - A different O(type), O(tags), or a member documented as not changeable (for example
    O(es_connect_param.port) or O(my_sql_connect_param.resource)) cannot be applied in place. The module then
    fails without writing anything, lists the differing option paths and returns RV(replacement_required=true),
    unless O(recreate=true).
  - A connection that DIP tasks still use (C(DatahubTaskCount) above zero in the list answer) is never deleted;
    O(state=absent) and O(recreate=true) fail before any write, with the number of tasks and, when
    C(DescribeDatahubTasks) can tell, their IDs. Delete or repoint the tasks first.
  - A create is never repeated blindly. When the outcome of C(CreateConnectResource) is unknown (network error,
    timeout, HTTP 5xx, C(InternalError)), the module looks the connection up by its exact name and creates it again
    only when it is not there.
  - The options below follow the request parameters of C(CreateConnectResource), named in snake_case
    (C(EsConnectParam) is O(es_connect_param)). Only the parameter block of the connection's O(type) may be set;
    a block of another type is refused before any call.
author:
  - tencentcloud.ckafka contributors (@tencentcloud-ansible)
requirements:
  - requests
extends_documentation_fragment:
  - tencentcloud.ckafka.common
  - tencentcloud.ckafka.connect_resource
options:
  resource_id:
    description:
      - ID of the connection, for example V(resource-abcd1234), and its identity when given.
      - The service chooses the ID of a new connection, so O(resource_id) only finds an existing one; when no
        connection has it, the module fails rather than creating a connection it could not find again by this ID.
      - One of O(resource_id) and O(resource_name) is required; O(resource_name) and O(type) are required to create a
        connection.
    type: str
  state:
    description:
      - V(present) makes sure the connection exists with the options given.
      - V(absent) deletes the connection when it exists, unless DIP tasks use it.
    type: str
    choices: [present, absent]
    default: present
  wait:
    description:
      - Wait until the connection reaches the status the operation aims at, polling C(DescribeConnectResource) with
        backoff; a create waits for V(1) (running), a delete until the connection is gone.
      - A change in place is not waited for; the result shows the connection with the changes sent.
      - The failure statuses V(-1) (create failed), V(4) (delete failed), V(6) (change failed) and V(7) (abnormal)
        end the wait at once with the service's error message.
      - When false, the module returns after the call with the status the connection has then.
    type: bool
    default: true
  wait_timeout:
    description:
      - How many seconds to wait at most. When they run out the module fails with the last status seen.
    type: int
    default: 600
  recreate:
    description:
      - When an option that cannot be changed in place differs (O(type), O(tags), or a member documented as not
        changeable), delete the connection, wait until it is gone and create it anew with the options given.
      - A connection that DIP tasks use is never deleted, so the run then fails without any write.
      - When false, such a difference fails the run without any write and returns RV(replacement_required=true).
      - A connection in a failed status (V(-1) create failed, V(4) delete failed, V(6) change failed, V(7) abnormal)
        is replaced when true, even when no option differs. When false, the run leaves it as it is and warns,
        quoting the service's error message.
      - Every replacement is announced by a warning naming its reasons, and returns RV(recreated=true) and
        RV(previous_resource_id).
    type: bool
    default: false
  update_password:
    description:
      - When the passwords (every C(password) of the parameter blocks, and O(iceberg_connect_param.key_tab_content)
        and O(iceberg_connect_param.krb5_conf_content)) are sent.
      - The service never returns them, so the module cannot tell whether they differ from the connection's.
      - V(on_create) sends them only when the connection is created. A changed password alone then changes nothing;
        use V(always) once to push it.
      - V(always) also sends them with one C(ModifyConnectResource) on every run that finds the connection, which is
        then always reported as a change (like O(community.mysql.mysql_user#module:update_password=always)).
        The service sends a new password on to the DIP tasks that use the connection unless the block's
        C(is_update) is V(false).
    type: str
    choices: [on_create, always]
    default: on_create
attributes:
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details:
      - Reads happen, no write is sent; C(changed) is what a real run would report and RV(connect_resource) shows
        the predicted connection, with the same keys as a real run (for a create, what it sends).
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
    details:
      - The diff holds the connection before and after, snake_case, with passwords masked; C(before) is empty on
        create and C(after) is empty on delete.
  action_group:
    description: Use C(group/tencentcloud.ckafka.ckafka) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - tencentcloud.ckafka.ckafka
notes:
  - RV(connect_resource) shows what is set. RV(connect_resource.resource_id), RV(connect_resource.resource_name),
    RV(connect_resource.status) and RV(connect_resource.status_name) are always there (the ID is null when not known
    yet, in check mode); every other key, and every member at any depth, only when it has a value, and of the
    parameter blocks only the block of the connection's type. Lists stay lists and nothing is guessed.
  - A null means "not set" at every depth, as if the option were left out, so that a result of
    M(tencentcloud.ckafka.connect_resource_info) declares the same connection with no change, once the password is
    added to its block. The service never returns a password, so no result carries one, and a block given without
    its required password fails before any call, saying that the service never returns a password.
  - The C(is_update) member of each parameter block (for example O(es_connect_param.is_update)) says whether a
    change of the connection is pushed on to the DIP tasks that use it, so that they pick up a new password or user
    name. It is compared and sent like any other member; while it is set, every change of the block carries it.
  - The service ignores an empty O(description) or O(resource_name) in a change, so neither can be cleared.
  - Besides the members that differ, a change of a parameter block carries what C(ModifyConnectResource) needs to
    accept it, taken from the options or else from the connection as read. That is the block's C(resource) (which
    names the instance), the members the API's rules tie together (for Kafka, O(kafka_connect_param.network_type)
    with the members it makes necessary), and for MQTT every member the API requires, the password included.
  - With O(recreate=true) the new connection gets a new ID from the service; a playbook that names the old one in
    O(resource_id) must then name the new one (RV(resource_id)).
  - 'Statuses: V(-1) create failed, V(0) creating, V(1) running, V(2) deleting, V(4) delete failed, V(5) changing,
    V(6) change failed, V(7) abnormal.'
seealso:
  - module: tencentcloud.ckafka.connect_resource_info
  - module: tencentcloud.ckafka.datahub_task
  - name: CreateConnectResource API reference
    description: The request parameters of a DIP connection.
    link: https://www.tencentcloud.com/document/product/597
'''

EXAMPLES = r'''
- name: An Elasticsearch connection and a task that writes through it
  module_defaults:
    group/tencentcloud.ckafka.ckafka:
      region: ap-guangzhou
      secret_id: "{{ vault_tencentcloud_secret_id }}"
      secret_key: "{{ vault_tencentcloud_secret_key }}"
  block:
    - name: Keep the search cluster connection
      tencentcloud.ckafka.connect_resource:
        resource_name: search-cluster
        type: ES
        description: The orders search cluster
        es_connect_param:
          resource: es-abcd1234
          port: 9200
          user_name: elastic
          password: "{{ vault_es_password }}"
          self_built: false
          service_vip: 10.0.0.12
          uniq_vpc_id: vpc-abcd1234
      register: search_cluster

    - name: Sink the orders topic into it
      tencentcloud.ckafka.datahub_task:
        task_name: orders-to-es
        task_type: SINK
        source_resource:
          type: KAFKA
          kafka_param:
            self_built: false
            resource: ckafka-7kd5rzza
            topic: orders
        target_resource:
          type: ES
          es_param:
            resource: "{{ search_cluster.resource_id }}"
            index: orders

- name: A TDSQL-C for MySQL connection
  tencentcloud.ckafka.connect_resource:
    resource_name: orders-db
    type: TDSQL_C_MYSQL
    my_sql_connect_param:
      resource: cynosdbmysql-abcd1234
      cluster_id: cynosdbmysql-abcd1234
      port: 3306
      user_name: dip_reader
      password: "{{ vault_mysql_password }}"
      service_vip: 10.0.0.20
      uniq_vpc_id: vpc-abcd1234

- name: A ClickHouse connection
  tencentcloud.ckafka.connect_resource:
    resource_name: clickhouse-analytics
    type: CLICKHOUSE
    click_house_connect_param:
      resource: cdwch-abcd1234
      port: 8123
      user_name: dip_writer
      password: "{{ vault_clickhouse_password }}"
      self_built: false
      service_vip: 10.0.0.30
      uniq_vpc_id: vpc-abcd1234

- name: Rotate the MySQL password, and push it on to the tasks that use the connection
  tencentcloud.ckafka.connect_resource:
    resource_name: orders-db
    type: TDSQL_C_MYSQL
    update_password: always
    my_sql_connect_param:
      resource: cynosdbmysql-abcd1234
      cluster_id: cynosdbmysql-abcd1234
      port: 3306
      user_name: dip_reader
      password: "{{ vault_new_mysql_password }}"
      service_vip: 10.0.0.20
      uniq_vpc_id: vpc-abcd1234
      is_update: true

- name: Show what would change, without changing anything
  tencentcloud.ckafka.connect_resource:
    resource_id: resource-abcd1234
    description: New description
  check_mode: true
  diff: true
  register: preview

- name: Move a connection to another cluster (the port cannot change in place)
  tencentcloud.ckafka.connect_resource:
    resource_name: search-cluster
    type: ES
    recreate: true
    es_connect_param:
      resource: es-efgh5678
      port: 9201
      user_name: elastic
      password: "{{ vault_es_password }}"
      self_built: false
      service_vip: 10.0.0.13
      uniq_vpc_id: vpc-abcd1234

- name: Delete a connection no task uses any more
  tencentcloud.ckafka.connect_resource:
    resource_name: clickhouse-analytics
    state: absent
'''

RETURN = r'''
connect_resource:
  description:
    - The connection as read back after the change (as predicted in check mode), with snake_case keys named like the
      options, showing what is set (see the notes). The same keys are present after a create, a rerun by ID and in check mode
      on an existing connection; a connection found by name also shows RV(connect_resource.datahub_task_count) and
      RV(connect_resource.task_progress), which only the service's list reports. A create in check mode shows what
      it sends.
    - Passwords and the Kerberos files are never returned.
    - With O(state=absent), the connection deleted, as read before the delete (in check mode, the one the run
      would delete); V(null) when there was none.
  returned: success
  type: dict
  contains:
    resource_id:
      description: ID of the connection.
      type: str
      sample: resource-abcd1234
    resource_name:
      description: Name of the connection.
      type: str
      sample: search-cluster
    type:
      description: Kind of data store, for example V(ES), V(MYSQL) or V(CLICKHOUSE).
      type: str
      sample: ES
    description:
      description: Description of the connection.
      type: str
      sample: The orders search cluster
    status:
      description:
        - Status code of the connection.
        - V(-1) create failed, V(0) creating, V(1) running, V(2) deleting, V(4) delete failed, V(5) changing,
          V(6) change failed, V(7) abnormal.
      type: int
      sample: 1
    status_name:
      description:
        - The status as a word, one of V(create_failed), V(creating), V(running), V(deleting), V(delete_failed),
          V(changing), V(change_failed), V(abnormal).
      type: str
      sample: running
    error_message:
      description: The service's message when the connection failed.
      type: str
      sample: ''
    create_time:
      description: When the connection was created, in the service's local time.
      type: str
      sample: '2026-05-01 10:20:30'
    datahub_task_count:
      description: How many DIP tasks use the connection; not when the connection was read by its ID alone.
      type: int
      sample: 0
    current_step:
      description: The step the service is at, while the connection is being created or changed.
      type: str
    step_list:
      description: The steps of the creation.
      type: list
      elements: str
    task_progress:
      description: Progress of the creation in percent; not when the connection was read by its ID alone.
      type: float
    dts_connect_param:
      description: The DTS parameters, keys named like the O(dts_connect_param) options, without the password.
      type: dict
    mongo_db_connect_param:
      description: The MongoDB parameters, keys named like the O(mongo_db_connect_param) options, without the password.
      type: dict
    es_connect_param:
      description: The Elasticsearch parameters, keys named like the O(es_connect_param) options, without the password.
      type: dict
      sample: {"resource": "es-abcd1234", "port": 9200, "user_name": "elastic", "self_built": false}
    click_house_connect_param:
      description: The ClickHouse parameters, keys named like the O(click_house_connect_param) options, without the
        password.
      type: dict
    my_sql_connect_param:
      description: The MySQL parameters, keys named like the O(my_sql_connect_param) options, without the password.
      type: dict
    postgre_sql_connect_param:
      description: The PostgreSQL parameters, keys named like the O(postgre_sql_connect_param) options, without the
        password.
      type: dict
    maria_db_connect_param:
      description: The MariaDB parameters, keys named like the O(maria_db_connect_param) options, without the password.
      type: dict
    sql_server_connect_param:
      description: The SQL Server parameters, keys named like the O(sql_server_connect_param) options, without the
        password.
      type: dict
    doris_connect_param:
      description: The Doris parameters, keys named like the O(doris_connect_param) options, without the password.
      type: dict
    kafka_connect_param:
      description: The Kafka parameters, keys named like the O(kafka_connect_param) options.
      type: dict
    mqtt_connect_param:
      description: The MQTT parameters, keys named like the O(mqtt_connect_param) options, without the password.
      type: dict
    iceberg_connect_param:
      description: The Iceberg parameters, keys named like the O(iceberg_connect_param) options, without the Kerberos
        files.
      type: dict
    tags:
      description: Tags of the connection (a list of C(tag_key) and C(tag_value)).
      type: list
      elements: dict
resource_id:
  description: ID of the connection; V(null) when it is absent, or not known yet in check mode.
  returned: always
  type: str
  sample: resource-abcd1234
recreated:
  description: True when the run deleted the connection and created it anew (in check mode, when it would).
  returned: always
  type: bool
  sample: false
previous_resource_id:
  description: The ID of the connection a recreate replaced; V(null) when the run recreated nothing.
  returned: always
  type: str
  sample: resource-abcd1234
# BEGIN failure keys: generated by tools/generate.py (make generate); edit FAILURE_KEYS there
replacement_required:
  description: True when an option that cannot be changed in place differs and O(recreate) is false; the run then
    fails without a write.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: bool
  sample: true
differing_paths:
  description: The option paths that differ and cannot be changed in place.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: list
  elements: str
differences:
  description: Each differing option path with the current value and yours (secrets masked); the message
    quotes them too, one line each.
  returned: when an option that cannot be changed in place differs and O(recreate=false)
  type: list
  elements: dict
status:
  description: The last status seen, when a wait failed or timed out.
  returned: failure of a wait
  type: int
timed_out:
  description: Whether a failed wait ran out of time.
  returned: failure of a wait
  type: bool
error_code:
  description: The service's error code (or a C(Client*) code for failures without an answer).
  returned: failure of an API call
  type: str
  sample: InvalidParameterValue
request_id:
  description: The request ID of the failed call, for Tencent Cloud support.
  returned: failure of an API call that got an answer
  type: str
# END failure keys
diff:
  description:
    - The connection before and after (snake_case, passwords masked), in diff mode.
    - When an option that cannot be changed in place differs and O(recreate=false), the failed result's diff
      holds only those option paths, keyed by path, current (before) and wanted (after), which is what
      O(recreate=true) would change.
  returned: diff mode
  type: dict
  contains:
    before:
      description: The connection before the run; empty when it is created.
      type: dict
    after:
      description: The connection after the run; empty when it is deleted.
      type: dict
'''

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.connect_resource.description import ConnectResource
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceModule


ConnectResourceModule = ResourceModule.of(ConnectResource)


def main():
    ConnectResourceModule.main()


if __name__ == '__main__':
    main()
