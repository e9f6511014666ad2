# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/connect_resource.json.
# Run `make generate` after changing the schema.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of every CreateConnectResource parameter (tencentcloud.ckafka.connect_resource)."""

    DOCUMENTATION = r'''
options:
  resource_name:
    description:
      - Name of the connection. Without O(resource_id) it identifies the connection (exact match, with O(type) when
        given). Required to create a connection.
    type: str
  type:
    description:
      - 'Kind of data store the connection points at. It selects the one parameter block that is required: V(ES)
        needs O(es_connect_param), V(MYSQL) and V(TDSQL_C_MYSQL) need O(my_sql_connect_param), V(CLICKHOUSE) needs
        O(click_house_connect_param), and so on. The kind of an existing connection cannot change: a different value
        needs O(recreate=true). Required to create a connection.'
    type: str
    choices:
      - DTS
      - MONGODB
      - ES
      - CLICKHOUSE
      - MYSQL
      - TDSQL_C_MYSQL
      - POSTGRESQL
      - TDSQL_C_POSTGRESQL
      - MARIADB
      - SQLSERVER
      - DORIS
      - KAFKA
      - MQTT
      - ICEBERG
  description:
    description:
      - Free text describing the connection. The service ignores an empty description on change, so an existing
        description cannot be cleared.
    type: str
  dts_connect_param:
    description:
      - The DTS subscription to read from. Required to create a connection with O(type=DTS).
    type: dict
    suboptions:
      port:
        description:
          - 'Port of the DTS subscription endpoint. Cannot be changed once the connection exists: a different value
            needs O(recreate=true).'
          - From 1 to 65535.
        type: int
        required: true
      group_id:
        description:
          - ID of the DTS consumer group.
        type: str
        required: true
      user_name:
        description:
          - Account of the DTS consumer group.
        type: str
        required: true
      password:
        description:
          - Password of the DTS consumer group account O(dts_connect_param.user_name). The service never returns
            it, so it cannot be compared; O(update_password) says when it is sent.
        type: str
        required: true
      resource:
        description:
          - 'ID of the DTS instance. Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
        required: true
      topic:
        description:
          - 'Topic of the DTS subscription. Cannot be changed once the connection exists: a different value needs
            O(recreate=true).'
        type: str
        required: true
      is_update:
        description:
          - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
            so that they pick up, for example, a new password. It only matters when the connection is changed; the
            module sends it with every change of O(dts_connect_param) while it is set, and otherwise the service
            decides (it updates the tasks by default).
        type: bool
  mongo_db_connect_param:
    description:
      - The MongoDB service. Required to create a connection with O(type=MONGODB).
    type: dict
    suboptions:
      port:
        description:
          - 'Port the MongoDB service listens on. Cannot be changed once the connection exists: a different value
            needs O(recreate=true).'
          - From 1 to 65535.
        type: int
        required: true
      user_name:
        description:
          - User name the DIP tasks log in with.
        type: str
        required: true
      password:
        description:
          - Password of O(mongo_db_connect_param.user_name). The service never returns it, so it cannot be compared;
            O(update_password) says when it is sent.
        type: str
        required: true
      resource:
        description:
          - 'ID of the MongoDB instance. Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
        required: true
      self_built:
        description:
          - 'Whether the MongoDB service is self-built (V(true)) rather than a Tencent Cloud instance (V(false)).
            Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: bool
        required: true
      service_vip:
        description:
          - 'Private IP address (VIP) of the MongoDB instance. Required for a Tencent Cloud instance (O(mongo_db_connect_param.self_built=false)).
            Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
      uniq_vpc_id:
        description:
          - 'ID of the VPC of the MongoDB instance, for example V(vpc-abcd1234). Required for a Tencent Cloud instance
            (O(mongo_db_connect_param.self_built=false)). Cannot be changed once the connection exists: a different
            value needs O(recreate=true).'
        type: str
      is_update:
        description:
          - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
            so that they pick up, for example, a new password. It only matters when the connection is changed; the
            module sends it with every change of O(mongo_db_connect_param) while it is set, and otherwise the service
            decides (it updates the tasks by default).
        type: bool
  es_connect_param:
    description:
      - The Elasticsearch service. Required to create a connection with O(type=ES).
    type: dict
    suboptions:
      port:
        description:
          - 'Port the Elasticsearch service listens on. Cannot be changed once the connection exists: a different
            value needs O(recreate=true).'
          - From 1 to 65535.
        type: int
        required: true
      user_name:
        description:
          - User name the DIP tasks log in with.
        type: str
        required: true
      password:
        description:
          - Password of O(es_connect_param.user_name). The service never returns it, so it cannot be compared; O(update_password)
            says when it is sent.
        type: str
        required: true
      resource:
        description:
          - 'ID of the Elasticsearch instance. Cannot be changed once the connection exists: a different value needs
            O(recreate=true).'
        type: str
        required: true
      self_built:
        description:
          - 'Whether the Elasticsearch service is self-built (V(true)) rather than a Tencent Cloud instance (V(false)).
            Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: bool
        required: true
      service_vip:
        description:
          - 'Private IP address (VIP) of the Elasticsearch instance. Required for a Tencent Cloud instance (O(es_connect_param.self_built=false)).
            Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
      uniq_vpc_id:
        description:
          - 'ID of the VPC of the Elasticsearch instance, for example V(vpc-abcd1234). Required for a Tencent Cloud
            instance (O(es_connect_param.self_built=false)). Cannot be changed once the connection exists: a different
            value needs O(recreate=true).'
        type: str
      is_update:
        description:
          - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
            so that they pick up, for example, a new password. It only matters when the connection is changed; the
            module sends it with every change of O(es_connect_param) while it is set, and otherwise the service
            decides (it updates the tasks by default).
        type: bool
      es_type:
        description:
          - 'Form of the Elasticsearch service: V(CLUSTER) for a cluster, V(SERVERLESS) for a serverless endpoint
            (see O(es_connect_param.endpoint_url)).'
        type: str
        choices:
          - CLUSTER
          - SERVERLESS
      es_version:
        description:
          - Elasticsearch version. The service assumes V(7.14.2) when it is not given.
        type: str
      endpoint_url:
        description:
          - Access address of a serverless Elasticsearch (O(es_connect_param.es_type=SERVERLESS)).
        type: str
      protocol:
        description:
          - Protocol used to reach an Elasticsearch cluster. The service uses V(http) when it is not given.
        type: str
        choices:
          - http
          - https
  click_house_connect_param:
    description:
      - The ClickHouse service. Required to create a connection with O(type=CLICKHOUSE).
    type: dict
    suboptions:
      port:
        description:
          - 'Port the ClickHouse service listens on. Cannot be changed once the connection exists: a different value
            needs O(recreate=true).'
          - From 1 to 65535.
        type: int
        required: true
      user_name:
        description:
          - User name the DIP tasks log in with.
        type: str
        required: true
      password:
        description:
          - Password of O(click_house_connect_param.user_name). The service never returns it, so it cannot be compared;
            O(update_password) says when it is sent.
        type: str
        required: true
      resource:
        description:
          - 'ID of the ClickHouse instance. Cannot be changed once the connection exists: a different value needs
            O(recreate=true).'
        type: str
        required: true
      self_built:
        description:
          - 'Whether the ClickHouse service is self-built (V(true)) rather than a Tencent Cloud instance (V(false)).
            Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: bool
        required: true
      service_vip:
        description:
          - 'Private IP address (VIP) of the ClickHouse instance. Required for a Tencent Cloud instance (O(click_house_connect_param.self_built=false)).
            Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
      uniq_vpc_id:
        description:
          - 'ID of the VPC of the ClickHouse instance, for example V(vpc-abcd1234). Required for a Tencent Cloud
            instance (O(click_house_connect_param.self_built=false)). Cannot be changed once the connection exists:
            a different value needs O(recreate=true).'
        type: str
      is_update:
        description:
          - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
            so that they pick up, for example, a new password. It only matters when the connection is changed; the
            module sends it with every change of O(click_house_connect_param) while it is set, and otherwise the
            service decides (it updates the tasks by default).
        type: bool
  my_sql_connect_param:
    description:
      - The MySQL or TDSQL-C for MySQL service. Required to create a connection with O(type) V(MYSQL) or V(TDSQL_C_MYSQL).
    type: dict
    suboptions:
      port:
        description:
          - 'Port the MySQL service listens on. Cannot be changed once the connection exists: a different value
            needs O(recreate=true).'
          - From 1 to 65535.
        type: int
        required: true
      user_name:
        description:
          - User name the DIP tasks log in with.
        type: str
        required: true
      password:
        description:
          - Password of O(my_sql_connect_param.user_name). The service never returns it, so it cannot be compared;
            O(update_password) says when it is sent.
        type: str
        required: true
      resource:
        description:
          - 'ID of the MySQL instance. Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
        required: true
      service_vip:
        description:
          - 'Private IP address (VIP) of the MySQL instance. Required for a Tencent Cloud instance (O(my_sql_connect_param.self_built=false)).
            Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
      uniq_vpc_id:
        description:
          - 'ID of the VPC of the MySQL instance, for example V(vpc-abcd1234). Required for a Tencent Cloud instance
            (O(my_sql_connect_param.self_built=false)). Cannot be changed once the connection exists: a different
            value needs O(recreate=true).'
        type: str
      is_update:
        description:
          - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
            so that they pick up, for example, a new password. It only matters when the connection is changed; the
            module sends it with every change of O(my_sql_connect_param) while it is set, and otherwise the service
            decides (it updates the tasks by default).
        type: bool
      cluster_id:
        description:
          - ID of the TDSQL-C cluster. Required when O(type) is V(TDSQL_C_MYSQL).
        type: str
      self_built:
        description:
          - Whether the MySQL service is self-built (V(true)) rather than a Tencent Cloud instance (V(false)).
        type: bool
  postgre_sql_connect_param:
    description:
      - The PostgreSQL or TDSQL-C for PostgreSQL service. Required to create a connection with O(type) V(POSTGRESQL)
        or V(TDSQL_C_POSTGRESQL).
    type: dict
    suboptions:
      port:
        description:
          - 'Port the PostgreSQL service listens on. Cannot be changed once the connection exists: a different value
            needs O(recreate=true).'
          - From 1 to 65535.
        type: int
        required: true
      user_name:
        description:
          - User name the DIP tasks log in with.
        type: str
        required: true
      password:
        description:
          - Password of O(postgre_sql_connect_param.user_name). The service never returns it, so it cannot be compared;
            O(update_password) says when it is sent.
        type: str
        required: true
      resource:
        description:
          - 'ID of the PostgreSQL instance. Cannot be changed once the connection exists: a different value needs
            O(recreate=true).'
        type: str
        required: true
      service_vip:
        description:
          - 'Private IP address (VIP) of the PostgreSQL instance. Required for a Tencent Cloud instance (O(postgre_sql_connect_param.self_built=false)).
            Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
      uniq_vpc_id:
        description:
          - 'ID of the VPC of the PostgreSQL instance, for example V(vpc-abcd1234). Required for a Tencent Cloud
            instance (O(postgre_sql_connect_param.self_built=false)). Cannot be changed once the connection exists:
            a different value needs O(recreate=true).'
        type: str
      cluster_id:
        description:
          - 'ID of the TDSQL-C cluster. Required when O(type) is V(TDSQL_C_POSTGRESQL). Cannot be changed once the
            connection exists: a different value needs O(recreate=true).'
        type: str
      is_update:
        description:
          - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
            so that they pick up, for example, a new password. It only matters when the connection is changed; the
            module sends it with every change of O(postgre_sql_connect_param) while it is set, and otherwise the
            service decides (it updates the tasks by default).
        type: bool
      self_built:
        description:
          - Whether the PostgreSQL service is self-built (V(true)) rather than a Tencent Cloud instance (V(false)).
        type: bool
  maria_db_connect_param:
    description:
      - The MariaDB service. Required to create a connection with O(type=MARIADB).
    type: dict
    suboptions:
      port:
        description:
          - 'Port the MariaDB service listens on. Cannot be changed once the connection exists: a different value
            needs O(recreate=true).'
          - From 1 to 65535.
        type: int
        required: true
      user_name:
        description:
          - User name the DIP tasks log in with.
        type: str
        required: true
      password:
        description:
          - Password of O(maria_db_connect_param.user_name). The service never returns it, so it cannot be compared;
            O(update_password) says when it is sent.
        type: str
        required: true
      resource:
        description:
          - 'ID of the MariaDB instance. Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
        required: true
      service_vip:
        description:
          - 'Private IP address (VIP) of the MariaDB instance. Needed to reach the Tencent Cloud instance. Cannot
            be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
      uniq_vpc_id:
        description:
          - 'ID of the VPC of the MariaDB instance, for example V(vpc-abcd1234). Needed to reach the Tencent Cloud
            instance. Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
      is_update:
        description:
          - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
            so that they pick up, for example, a new password. It only matters when the connection is changed; the
            module sends it with every change of O(maria_db_connect_param) while it is set, and otherwise the service
            decides (it updates the tasks by default).
        type: bool
  sql_server_connect_param:
    description:
      - The SQL Server service. Required to create a connection with O(type=SQLSERVER).
    type: dict
    suboptions:
      port:
        description:
          - 'Port the SQL Server service listens on. Cannot be changed once the connection exists: a different value
            needs O(recreate=true).'
          - From 1 to 65535.
        type: int
        required: true
      user_name:
        description:
          - User name the DIP tasks log in with.
        type: str
        required: true
      password:
        description:
          - Password of O(sql_server_connect_param.user_name). The service never returns it, so it cannot be compared;
            O(update_password) says when it is sent.
        type: str
        required: true
      resource:
        description:
          - 'ID of the SQL Server instance. Cannot be changed once the connection exists: a different value needs
            O(recreate=true).'
        type: str
        required: true
      service_vip:
        description:
          - 'Private IP address (VIP) of the SQL Server instance. Needed to reach the Tencent Cloud instance. Cannot
            be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
      uniq_vpc_id:
        description:
          - 'ID of the VPC of the SQL Server instance, for example V(vpc-abcd1234). Needed to reach the Tencent
            Cloud instance. Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
      is_update:
        description:
          - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
            so that they pick up, for example, a new password. It only matters when the connection is changed; the
            module sends it with every change of O(sql_server_connect_param) while it is set, and otherwise the
            service decides (it updates the tasks by default).
        type: bool
  doris_connect_param:
    description:
      - The Doris service. Required to create a connection with O(type=DORIS).
    type: dict
    suboptions:
      port:
        description:
          - Port of the load-balanced JDBC endpoint of Doris, usually mapped to port 9030 of the frontends.
          - From 1 to 65535.
        type: int
        required: true
      user_name:
        description:
          - User name the DIP tasks log in with.
        type: str
        required: true
      password:
        description:
          - Password of O(doris_connect_param.user_name). The service never returns it, so it cannot be compared;
            O(update_password) says when it is sent.
        type: str
        required: true
      resource:
        description:
          - ID of the Doris instance.
        type: str
        required: true
      service_vip:
        description:
          - Private IP address (VIP) of the Doris instance. Required for a Tencent Cloud instance (O(doris_connect_param.self_built=false)).
        type: str
      uniq_vpc_id:
        description:
          - ID of the VPC of the Doris instance, for example V(vpc-abcd1234). Required for a Tencent Cloud instance
            (O(doris_connect_param.self_built=false)).
        type: str
      is_update:
        description:
          - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
            so that they pick up, for example, a new password. It only matters when the connection is changed; the
            module sends it with every change of O(doris_connect_param) while it is set, and otherwise the service
            decides (it updates the tasks by default).
        type: bool
      self_built:
        description:
          - Whether the Doris service is self-built (V(true)) rather than a Tencent Cloud instance (V(false)).
        type: bool
      be_port:
        description:
          - Port of the load-balanced HTTP endpoint of Doris, usually mapped to port 8040 of the backends.
          - From 1 to 65535.
        type: int
  kafka_connect_param:
    description:
      - The Kafka cluster (a CKafka instance or a self-built cluster). Required to create a connection with O(type=KAFKA).
    type: dict
    suboptions:
      resource:
        description:
          - ID of the CKafka instance; required unless O(kafka_connect_param.self_built=true). When O(kafka_connect_param.network_type=VPC),
            the ID of the CLB instance in front of the cluster.
        type: str
      self_built:
        description:
          - Whether the cluster is self-built (V(true)) rather than a CKafka instance (V(false)).
        type: bool
      is_update:
        description:
          - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
            so that they pick up, for example, a new password. It only matters when the connection is changed; the
            module sends it with every change of O(kafka_connect_param) while it is set, and otherwise the service
            decides (it updates the tasks by default).
        type: bool
      broker_address:
        description:
          - Broker addresses of the cluster. Required when O(kafka_connect_param.network_type=PUBLIC).
        type: str
      region:
        description:
          - Region of the CKafka instance, for example V(ap-guangzhou). Required when it is not the region of the
            connection.
        type: str
      network_type:
        description:
          - 'How the cluster is reached: V(PUBLIC) over the public network, V(VPC) through a VPC.'
        type: str
        choices:
          - PUBLIC
          - VPC
      uniq_vpc_id:
        description:
          - ID of the VPC the cluster is reached through. Required when O(kafka_connect_param.network_type=VPC).
        type: str
      service_vip:
        description:
          - IP address (VIP) the cluster is reached at. Required when O(kafka_connect_param.network_type=VPC).
        type: str
      port:
        description:
          - Port the cluster is reached at. Required when O(kafka_connect_param.network_type=VPC).
          - From 1 to 65535.
        type: int
      cross_net_resource_unique_id:
        description:
          - Identifier you choose for the group of resources of a cross-cloud synchronisation.
        type: str
      cross_net_vpc_sub_net_id:
        description:
          - ID of the subnet used for cross-cloud synchronisation.
        type: str
      original_broker_addresses:
        description:
          - Broker addresses as you entered them, before the service maps them.
        type: str
  mqtt_connect_param:
    description:
      - The MQTT service. Required to create a connection with O(type=MQTT).
    type: dict
    suboptions:
      port:
        description:
          - Port of the MQTT service.
          - From 1 to 65535.
        type: int
        required: true
      user_name:
        description:
          - User name the DIP tasks log in with.
        type: str
        required: true
      password:
        description:
          - Password of O(mqtt_connect_param.user_name). The service never returns it, so it cannot be compared;
            O(update_password) says when it is sent.
        type: str
        required: true
      resource:
        description:
          - ID of the MQTT instance.
        type: str
        required: true
      service_vip:
        description:
          - IP address of the MQTT service.
        type: str
        required: true
      uniq_vpc_id:
        description:
          - ID of the VPC of the MQTT instance, for example V(vpc-abcd1234).
        type: str
        required: true
      self_built:
        description:
          - Whether the MQTT service is self-built (V(true)) rather than a Tencent Cloud instance.
        type: bool
      is_update:
        description:
          - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
            so that they pick up, for example, a new password. It only matters when the connection is changed; the
            module sends it with every change of O(mqtt_connect_param) while it is set, and otherwise the service
            decides (it updates the tasks by default).
        type: bool
      region:
        description:
          - Region of the MQTT instance. Required when it is not the region of the connection.
        type: str
      ip:
        description:
          - IP address of the MQTT service.
        type: str
  iceberg_connect_param:
    description:
      - The Iceberg catalog, reached through the Hive metastore of an EMR instance. Required to create a connection
        with O(type=ICEBERG).
    type: dict
    suboptions:
      service_vip:
        description:
          - 'IP addresses of the Hive metastore nodes of the EMR instance, separated by semicolons (V(;)). Required
            to create the connection. Cannot be changed once the connection exists: a different value needs O(recreate=true).'
        type: str
      resource:
        description:
          - 'ID of the EMR instance. Required to create the connection. Cannot be changed once the connection exists:
            a different value needs O(recreate=true).'
        type: str
      uniq_vpc_id:
        description:
          - 'ID of the VPC of the EMR cluster. Required to create the connection. Cannot be changed once the connection
            exists: a different value needs O(recreate=true).'
        type: str
      auth_type:
        description:
          - 'Authentication to the metastore: V(NONE), or V(KERBEROS) for an EMR instance with Kerberos enabled.
            Required to create the connection.'
        type: str
        choices:
          - NONE
          - KERBEROS
      eni_id_list:
        description:
          - 'IDs of the elastic network interfaces bound to the metastore IP addresses, in the same number and order
            as in O(iceberg_connect_param.service_vip). Required to create the connection. Cannot be changed once
            the connection exists: a different value needs O(recreate=true).'
        type: list
        elements: str
      catalog_type:
        description:
          - Kind of data catalog. Only V(HIVE) (a Hive catalog) is supported, and it is the default of the service.
        type: str
        choices:
          - HIVE
      key_tab_content:
        description:
          - Content of the C(user.keytab) file used for Kerberos authentication, Base64-encoded. Required when O(iceberg_connect_param.auth_type=KERBEROS).
            The service never returns it, so it is handled like a password (see O(update_password)).
        type: str
      krb5_conf_content:
        description:
          - Content of the C(krb5.conf) file used for Kerberos authentication, Base64-encoded. Required when O(iceberg_connect_param.auth_type=KERBEROS).
            The service never returns it, so it is handled like a password (see O(update_password)).
        type: str
      kerberos_user_principal:
        description:
          - Kerberos principal of the user the connection authenticates as.
        type: str
      kerberos_principal:
        description:
          - 'Kerberos principal of the Hive metastore service: the value of C(hive.metastore.kerberos.principal)
            in C(hive-site.xml).'
        type: str
      is_update:
        description:
          - Whether a change also updates and restarts every DIP task that uses this connection. When it is not
            set, the service decides from whether the authentication type or its parameters changed.
        type: bool
  tags:
    description:
      - 'Tags of the connection. ModifyConnectResource cannot change them: a different list needs O(recreate=true).'
    type: list
    elements: dict
    suboptions:
      tag_key:
        description:
          - Key of the tag.
        type: str
        required: true
      tag_value:
        description:
          - Value of the tag.
        type: str
        required: true
'''
