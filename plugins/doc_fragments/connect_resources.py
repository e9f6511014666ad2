# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate_fleet_docs.py from the connect_resource and connect_resource_info modules.
# Run `make docs` after changing them.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of the config and scope options of tencentcloud.ckafka.connect_resources."""

    DOCUMENTATION = r'''
options:
  config:
    description:
      - 'The DIP connections declared: a list of entries, each taking the options of the M(tencentcloud.ckafka.connect_resource)
        module (below), checked as that module checks them.'
    type: list
    elements: dict
    suboptions:
      click_house_connect_param:
        description:
          - The ClickHouse service. Required to create a connection with O(config[].type=CLICKHOUSE).
        type: dict
        suboptions:
          is_update:
            description:
              - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
                so that they pick up, for example, a new password. It only matters when the connection is changed;
                the module sends it with every change of O(config[].click_house_connect_param) while it is set,
                and otherwise the service decides (it updates the tasks by default).
            type: bool
          password:
            description:
              - Password of O(config[].click_house_connect_param.user_name). The service never returns it, so it
                cannot be compared; O(config[].update_password) says when it is sent.
              - Required to create the resource; not to declare one that exists.
            type: str
          port:
            description:
              - 'Port the ClickHouse service listens on. Cannot be changed once the connection exists: a different
                value needs O(config[].recreate=true).'
              - From 1 to 65535.
            type: int
            required: true
          resource:
            description:
              - 'ID of the ClickHouse instance. Cannot be changed once the connection exists: a different value
                needs O(config[].recreate=true).'
            type: str
            required: true
          self_built:
            description:
              - 'Whether the ClickHouse service is self-built (V(true)) rather than a Tencent Cloud instance (V(false)).
                Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: bool
            required: true
          service_vip:
            description:
              - 'Private IP address (VIP) of the ClickHouse instance. Required for a Tencent Cloud instance
                (O(config[].click_house_connect_param.self_built=false)).
                Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: str
          uniq_vpc_id:
            description:
              - 'ID of the VPC of the ClickHouse instance, for example V(vpc-abcd1234). Required for a Tencent Cloud
                instance (O(config[].click_house_connect_param.self_built=false)). Cannot be changed once the connection
                exists: a different value needs O(config[].recreate=true).'
            type: str
          user_name:
            description:
              - User name the DIP tasks log in with.
            type: str
            required: true
      description:
        description:
          - Free text describing the connection. The service ignores an empty description on change, so an existing
            description cannot be cleared.
        type: str
      doris_connect_param:
        description:
          - The Doris service. Required to create a connection with O(config[].type=DORIS).
        type: dict
        suboptions:
          be_port:
            description:
              - Port of the load-balanced HTTP endpoint of Doris, usually mapped to port 8040 of the backends.
              - From 1 to 65535.
            type: int
          is_update:
            description:
              - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
                so that they pick up, for example, a new password. It only matters when the connection is changed;
                the module sends it with every change of O(config[].doris_connect_param) while it is set, and otherwise
                the service decides (it updates the tasks by default).
            type: bool
          password:
            description:
              - Password of O(config[].doris_connect_param.user_name). The service never returns it, so it cannot
                be compared; O(config[].update_password) says when it is sent.
              - Required to create the resource; not to declare one that exists.
            type: str
          port:
            description:
              - Port of the load-balanced JDBC endpoint of Doris, usually mapped to port 9030 of the frontends.
              - From 1 to 65535.
            type: int
            required: true
          resource:
            description:
              - ID of the Doris instance.
            type: str
            required: true
          self_built:
            description:
              - Whether the Doris service is self-built (V(true)) rather than a Tencent Cloud instance (V(false)).
            type: bool
          service_vip:
            description:
              - Private IP address (VIP) of the Doris instance. Required for a Tencent Cloud instance (O(config[].doris_connect_param.self_built=false)).
            type: str
          uniq_vpc_id:
            description:
              - ID of the VPC of the Doris instance, for example V(vpc-abcd1234). Required for a Tencent Cloud instance
                (O(config[].doris_connect_param.self_built=false)).
            type: str
          user_name:
            description:
              - User name the DIP tasks log in with.
            type: str
            required: true
      dts_connect_param:
        description:
          - The DTS subscription to read from. Required to create a connection with O(config[].type=DTS).
        type: dict
        suboptions:
          group_id:
            description:
              - ID of the DTS consumer group.
            type: str
            required: true
          is_update:
            description:
              - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
                so that they pick up, for example, a new password. It only matters when the connection is changed;
                the module sends it with every change of O(config[].dts_connect_param) while it is set, and otherwise
                the service decides (it updates the tasks by default).
            type: bool
          password:
            description:
              - Password of the DTS consumer group account O(config[].dts_connect_param.user_name). The service
                never returns it, so it cannot be compared; O(config[].update_password) says when it is sent.
              - Required to create the resource; not to declare one that exists.
            type: str
          port:
            description:
              - 'Port of the DTS subscription endpoint. Cannot be changed once the connection exists: a different
                value needs O(config[].recreate=true).'
              - From 1 to 65535.
            type: int
            required: true
          resource:
            description:
              - 'ID of the DTS instance. Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: str
            required: true
          topic:
            description:
              - 'Topic of the DTS subscription. Cannot be changed once the connection exists: a different value
                needs O(config[].recreate=true).'
            type: str
            required: true
          user_name:
            description:
              - Account of the DTS consumer group.
            type: str
            required: true
      es_connect_param:
        description:
          - The Elasticsearch service. Required to create a connection with O(config[].type=ES).
        type: dict
        suboptions:
          endpoint_url:
            description:
              - Access address of a serverless Elasticsearch (O(config[].es_connect_param.es_type=SERVERLESS)).
            type: str
          es_type:
            description:
              - 'Form of the Elasticsearch service: V(CLUSTER) for a cluster, V(SERVERLESS) for a serverless endpoint
                (see O(config[].es_connect_param.endpoint_url)).'
            type: str
            choices:
              - CLUSTER
              - SERVERLESS
          es_version:
            description:
              - Elasticsearch version. The service assumes V(7.14.2) when it is not given.
            type: str
          is_update:
            description:
              - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
                so that they pick up, for example, a new password. It only matters when the connection is changed;
                the module sends it with every change of O(config[].es_connect_param) while it is set, and otherwise
                the service decides (it updates the tasks by default).
            type: bool
          password:
            description:
              - Password of O(config[].es_connect_param.user_name). The service never returns it, so it cannot be
                compared; O(config[].update_password) says when it is sent.
              - Required to create the resource; not to declare one that exists.
            type: str
          port:
            description:
              - 'Port the Elasticsearch service listens on. Cannot be changed once the connection exists: a different
                value needs O(config[].recreate=true).'
              - From 1 to 65535.
            type: int
            required: true
          protocol:
            description:
              - Protocol used to reach an Elasticsearch cluster. The service uses V(http) when it is not given.
            type: str
            choices:
              - http
              - https
          resource:
            description:
              - 'ID of the Elasticsearch instance. Cannot be changed once the connection exists: a different value
                needs O(config[].recreate=true).'
            type: str
            required: true
          self_built:
            description:
              - 'Whether the Elasticsearch service is self-built (V(true)) rather than a Tencent Cloud instance
                (V(false)). Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: bool
            required: true
          service_vip:
            description:
              - 'Private IP address (VIP) of the Elasticsearch instance. Required for a Tencent Cloud instance (O(config[].es_connect_param.self_built=false)).
                Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: str
          uniq_vpc_id:
            description:
              - 'ID of the VPC of the Elasticsearch instance, for example V(vpc-abcd1234). Required for a Tencent
                Cloud instance (O(config[].es_connect_param.self_built=false)). Cannot be changed once the connection
                exists: a different value needs O(config[].recreate=true).'
            type: str
          user_name:
            description:
              - User name the DIP tasks log in with.
            type: str
            required: true
      iceberg_connect_param:
        description:
          - The Iceberg catalog, reached through the Hive metastore of an EMR instance. Required to create a connection
            with O(config[].type=ICEBERG).
        type: dict
        suboptions:
          auth_type:
            description:
              - 'Authentication to the metastore: V(NONE), or V(KERBEROS) for an EMR instance with Kerberos enabled.
                Required to create the connection.'
            type: str
            choices:
              - NONE
              - KERBEROS
          catalog_type:
            description:
              - Kind of data catalog. Only V(HIVE) (a Hive catalog) is supported, and it is the default of the service.
            type: str
            choices:
              - HIVE
          eni_id_list:
            description:
              - 'IDs of the elastic network interfaces bound to the metastore IP addresses, in the same number and
                order as in O(config[].iceberg_connect_param.service_vip). Required to create the connection. Cannot
                be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: list
            elements: str
          is_update:
            description:
              - Whether a change also updates and restarts every DIP task that uses this connection. When it is
                not set, the service decides from whether the authentication type or its parameters changed.
            type: bool
          kerberos_principal:
            description:
              - 'Kerberos principal of the Hive metastore service: the value of C(hive.metastore.kerberos.principal)
                in C(hive-site.xml).'
            type: str
          kerberos_user_principal:
            description:
              - Kerberos principal of the user the connection authenticates as.
            type: str
          key_tab_content:
            description:
              - Content of the C(user.keytab) file used for Kerberos authentication, Base64-encoded. Required when
                O(config[].iceberg_connect_param.auth_type=KERBEROS). The service never returns it, so it is handled
                like a password (see O(config[].update_password)).
            type: str
          krb5_conf_content:
            description:
              - Content of the C(krb5.conf) file used for Kerberos authentication, Base64-encoded. Required when
                O(config[].iceberg_connect_param.auth_type=KERBEROS). The service never returns it, so it is handled
                like a password (see O(config[].update_password)).
            type: str
          resource:
            description:
              - 'ID of the EMR instance. Required to create the connection. Cannot be changed once the connection
                exists: a different value needs O(config[].recreate=true).'
            type: str
          service_vip:
            description:
              - 'IP addresses of the Hive metastore nodes of the EMR instance, separated by semicolons (V(;)). Required
                to create the connection. Cannot be changed once the connection exists: a different value needs
                O(config[].recreate=true).'
            type: str
          uniq_vpc_id:
            description:
              - 'ID of the VPC of the EMR cluster. Required to create the connection. Cannot be changed once the
                connection exists: a different value needs O(config[].recreate=true).'
            type: str
      kafka_connect_param:
        description:
          - The Kafka cluster (a CKafka instance or a self-built cluster). Required to create a connection with
            O(config[].type=KAFKA).
        type: dict
        suboptions:
          broker_address:
            description:
              - Broker addresses of the cluster. Required when O(config[].kafka_connect_param.network_type=PUBLIC).
            type: str
          cross_net_resource_unique_id:
            description:
              - Identifier you choose for the group of resources of a cross-cloud synchronisation.
            type: str
          cross_net_vpc_sub_net_id:
            description:
              - ID of the subnet used for cross-cloud synchronisation.
            type: str
          is_update:
            description:
              - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
                so that they pick up, for example, a new password. It only matters when the connection is changed;
                the module sends it with every change of O(config[].kafka_connect_param) while it is set, and otherwise
                the service decides (it updates the tasks by default).
            type: bool
          network_type:
            description:
              - 'How the cluster is reached: V(PUBLIC) over the public network, V(VPC) through a VPC.'
            type: str
            choices:
              - PUBLIC
              - VPC
          original_broker_addresses:
            description:
              - Broker addresses as you entered them, before the service maps them.
            type: str
          port:
            description:
              - Port the cluster is reached at. Required when O(config[].kafka_connect_param.network_type=VPC).
              - From 1 to 65535.
            type: int
          region:
            description:
              - Region of the CKafka instance, for example V(ap-guangzhou). Required when it is not the region of
                the connection.
            type: str
          resource:
            description:
              - ID of the CKafka instance; required unless O(config[].kafka_connect_param.self_built=true). When
                O(config[].kafka_connect_param.network_type=VPC), the ID of the CLB instance in front of the cluster.
            type: str
          self_built:
            description:
              - Whether the cluster is self-built (V(true)) rather than a CKafka instance (V(false)).
            type: bool
          service_vip:
            description:
              - IP address (VIP) the cluster is reached at. Required when O(config[].kafka_connect_param.network_type=VPC).
            type: str
          uniq_vpc_id:
            description:
              - ID of the VPC the cluster is reached through. Required when O(config[].kafka_connect_param.network_type=VPC).
            type: str
      maria_db_connect_param:
        description:
          - The MariaDB service. Required to create a connection with O(config[].type=MARIADB).
        type: dict
        suboptions:
          is_update:
            description:
              - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
                so that they pick up, for example, a new password. It only matters when the connection is changed;
                the module sends it with every change of O(config[].maria_db_connect_param) while it is set, and
                otherwise the service decides (it updates the tasks by default).
            type: bool
          password:
            description:
              - Password of O(config[].maria_db_connect_param.user_name). The service never returns it, so it cannot
                be compared; O(config[].update_password) says when it is sent.
              - Required to create the resource; not to declare one that exists.
            type: str
          port:
            description:
              - 'Port the MariaDB service listens on. Cannot be changed once the connection exists: a different
                value needs O(config[].recreate=true).'
              - From 1 to 65535.
            type: int
            required: true
          resource:
            description:
              - 'ID of the MariaDB instance. Cannot be changed once the connection exists: a different value needs
                O(config[].recreate=true).'
            type: str
            required: true
          service_vip:
            description:
              - 'Private IP address (VIP) of the MariaDB instance. Needed to reach the Tencent Cloud instance. Cannot
                be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: str
          uniq_vpc_id:
            description:
              - 'ID of the VPC of the MariaDB instance, for example V(vpc-abcd1234). Needed to reach the Tencent
                Cloud instance. Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: str
          user_name:
            description:
              - User name the DIP tasks log in with.
            type: str
            required: true
      mongo_db_connect_param:
        description:
          - The MongoDB service. Required to create a connection with O(config[].type=MONGODB).
        type: dict
        suboptions:
          is_update:
            description:
              - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
                so that they pick up, for example, a new password. It only matters when the connection is changed;
                the module sends it with every change of O(config[].mongo_db_connect_param) while it is set, and
                otherwise the service decides (it updates the tasks by default).
            type: bool
          password:
            description:
              - Password of O(config[].mongo_db_connect_param.user_name). The service never returns it, so it cannot
                be compared; O(config[].update_password) says when it is sent.
              - Required to create the resource; not to declare one that exists.
            type: str
          port:
            description:
              - 'Port the MongoDB service listens on. Cannot be changed once the connection exists: a different
                value needs O(config[].recreate=true).'
              - From 1 to 65535.
            type: int
            required: true
          resource:
            description:
              - 'ID of the MongoDB instance. Cannot be changed once the connection exists: a different value needs
                O(config[].recreate=true).'
            type: str
            required: true
          self_built:
            description:
              - 'Whether the MongoDB service is self-built (V(true)) rather than a Tencent Cloud instance (V(false)).
                Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: bool
            required: true
          service_vip:
            description:
              - 'Private IP address (VIP) of the MongoDB instance. Required for a Tencent Cloud instance (O(config[].mongo_db_connect_param.self_built=false)).
                Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: str
          uniq_vpc_id:
            description:
              - 'ID of the VPC of the MongoDB instance, for example V(vpc-abcd1234). Required for a Tencent Cloud
                instance (O(config[].mongo_db_connect_param.self_built=false)). Cannot be changed once the connection
                exists: a different value needs O(config[].recreate=true).'
            type: str
          user_name:
            description:
              - User name the DIP tasks log in with.
            type: str
            required: true
      mqtt_connect_param:
        description:
          - The MQTT service. Required to create a connection with O(config[].type=MQTT).
        type: dict
        suboptions:
          ip:
            description:
              - IP address of the MQTT service.
            type: str
          is_update:
            description:
              - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
                so that they pick up, for example, a new password. It only matters when the connection is changed;
                the module sends it with every change of O(config[].mqtt_connect_param) while it is set, and otherwise
                the service decides (it updates the tasks by default).
            type: bool
          password:
            description:
              - Password of O(config[].mqtt_connect_param.user_name). The service never returns it, so it cannot
                be compared; O(config[].update_password) says when it is sent.
              - Required to create the resource; not to declare one that exists.
            type: str
          port:
            description:
              - Port of the MQTT service.
              - From 1 to 65535.
            type: int
            required: true
          region:
            description:
              - Region of the MQTT instance. Required when it is not the region of the connection.
            type: str
          resource:
            description:
              - ID of the MQTT instance.
            type: str
            required: true
          self_built:
            description:
              - Whether the MQTT service is self-built (V(true)) rather than a Tencent Cloud instance.
            type: bool
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
          user_name:
            description:
              - User name the DIP tasks log in with.
            type: str
            required: true
      my_sql_connect_param:
        description:
          - The MySQL or TDSQL-C for MySQL service. Required to create a connection with O(config[].type) V(MYSQL)
            or V(TDSQL_C_MYSQL).
        type: dict
        suboptions:
          cluster_id:
            description:
              - ID of the TDSQL-C cluster. Required when O(config[].type) is V(TDSQL_C_MYSQL).
            type: str
          is_update:
            description:
              - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
                so that they pick up, for example, a new password. It only matters when the connection is changed;
                the module sends it with every change of O(config[].my_sql_connect_param) while it is set, and otherwise
                the service decides (it updates the tasks by default).
            type: bool
          password:
            description:
              - Password of O(config[].my_sql_connect_param.user_name). The service never returns it, so it cannot
                be compared; O(config[].update_password) says when it is sent.
              - Required to create the resource; not to declare one that exists.
            type: str
          port:
            description:
              - 'Port the MySQL service listens on. Cannot be changed once the connection exists: a different value
                needs O(config[].recreate=true).'
              - From 1 to 65535.
            type: int
            required: true
          resource:
            description:
              - 'ID of the MySQL instance. Cannot be changed once the connection exists: a different value needs
                O(config[].recreate=true).'
            type: str
            required: true
          self_built:
            description:
              - Whether the MySQL service is self-built (V(true)) rather than a Tencent Cloud instance (V(false)).
            type: bool
          service_vip:
            description:
              - 'Private IP address (VIP) of the MySQL instance. Required for a Tencent Cloud instance (O(config[].my_sql_connect_param.self_built=false)).
                Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: str
          uniq_vpc_id:
            description:
              - 'ID of the VPC of the MySQL instance, for example V(vpc-abcd1234). Required for a Tencent Cloud
                instance (O(config[].my_sql_connect_param.self_built=false)). Cannot be changed once the connection
                exists: a different value needs O(config[].recreate=true).'
            type: str
          user_name:
            description:
              - User name the DIP tasks log in with.
            type: str
            required: true
      postgre_sql_connect_param:
        description:
          - The PostgreSQL or TDSQL-C for PostgreSQL service. Required to create a connection with O(config[].type)
            V(POSTGRESQL) or V(TDSQL_C_POSTGRESQL).
        type: dict
        suboptions:
          cluster_id:
            description:
              - 'ID of the TDSQL-C cluster. Required when O(config[].type) is V(TDSQL_C_POSTGRESQL). Cannot be changed
                once the connection exists: a different value needs O(config[].recreate=true).'
            type: str
          is_update:
            description:
              - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
                so that they pick up, for example, a new password. It only matters when the connection is changed;
                the module sends it with every change of O(config[].postgre_sql_connect_param) while it is set,
                and otherwise the service decides (it updates the tasks by default).
            type: bool
          password:
            description:
              - Password of O(config[].postgre_sql_connect_param.user_name). The service never returns it, so it
                cannot be compared; O(config[].update_password) says when it is sent.
              - Required to create the resource; not to declare one that exists.
            type: str
          port:
            description:
              - 'Port the PostgreSQL service listens on. Cannot be changed once the connection exists: a different
                value needs O(config[].recreate=true).'
              - From 1 to 65535.
            type: int
            required: true
          resource:
            description:
              - 'ID of the PostgreSQL instance. Cannot be changed once the connection exists: a different value
                needs O(config[].recreate=true).'
            type: str
            required: true
          self_built:
            description:
              - Whether the PostgreSQL service is self-built (V(true)) rather than a Tencent Cloud instance (V(false)).
            type: bool
          service_vip:
            description:
              - 'Private IP address (VIP) of the PostgreSQL instance. Required for a Tencent Cloud instance
                (O(config[].postgre_sql_connect_param.self_built=false)).
                Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: str
          uniq_vpc_id:
            description:
              - 'ID of the VPC of the PostgreSQL instance, for example V(vpc-abcd1234). Required for a Tencent Cloud
                instance (O(config[].postgre_sql_connect_param.self_built=false)). Cannot be changed once the connection
                exists: a different value needs O(config[].recreate=true).'
            type: str
          user_name:
            description:
              - User name the DIP tasks log in with.
            type: str
            required: true
      recreate:
        description:
          - When an option that cannot be changed in place differs (or the resource is in a failure status), delete
            the resource, wait until it is gone and create it anew; the entry's result has V(recreated) as its action.
          - When false, such a difference fails the plan before any write, naming the entry and the differing paths.
        type: bool
        default: false
      resource_id:
        description:
          - ID of the connection, for example V(resource-abcd1234), and its identity when given.
          - The service chooses the ID of a new connection, so O(config[].resource_id) only finds an existing one;
            when no connection has it, the module fails rather than creating a connection it could not find again
            by this ID.
          - One of O(config[].resource_id) and O(config[].resource_name) is required; O(config[].resource_name)
            and O(config[].type) are required to create a connection.
        type: str
      resource_name:
        description:
          - Name of the connection. Without O(config[].resource_id) it identifies the connection (exact match, with
            O(config[].type) when given). Required to create a connection.
        type: str
      sql_server_connect_param:
        description:
          - The SQL Server service. Required to create a connection with O(config[].type=SQLSERVER).
        type: dict
        suboptions:
          is_update:
            description:
              - Whether ModifyConnectResource also pushes the changed settings to the DIP tasks that use this connection,
                so that they pick up, for example, a new password. It only matters when the connection is changed;
                the module sends it with every change of O(config[].sql_server_connect_param) while it is set, and
                otherwise the service decides (it updates the tasks by default).
            type: bool
          password:
            description:
              - Password of O(config[].sql_server_connect_param.user_name). The service never returns it, so it
                cannot be compared; O(config[].update_password) says when it is sent.
              - Required to create the resource; not to declare one that exists.
            type: str
          port:
            description:
              - 'Port the SQL Server service listens on. Cannot be changed once the connection exists: a different
                value needs O(config[].recreate=true).'
              - From 1 to 65535.
            type: int
            required: true
          resource:
            description:
              - 'ID of the SQL Server instance. Cannot be changed once the connection exists: a different value
                needs O(config[].recreate=true).'
            type: str
            required: true
          service_vip:
            description:
              - 'Private IP address (VIP) of the SQL Server instance. Needed to reach the Tencent Cloud instance.
                Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: str
          uniq_vpc_id:
            description:
              - 'ID of the VPC of the SQL Server instance, for example V(vpc-abcd1234). Needed to reach the Tencent
                Cloud instance. Cannot be changed once the connection exists: a different value needs O(config[].recreate=true).'
            type: str
          user_name:
            description:
              - User name the DIP tasks log in with.
            type: str
            required: true
      tags:
        description:
          - 'Tags of the connection. ModifyConnectResource cannot change them: a different list needs O(config[].recreate=true).'
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
      type:
        description:
          - 'Kind of data store the connection points at. It selects the one parameter block that is required: V(ES)
            needs O(config[].es_connect_param), V(MYSQL) and V(TDSQL_C_MYSQL) need O(config[].my_sql_connect_param),
            V(CLICKHOUSE) needs O(config[].click_house_connect_param), and so on. The kind of an existing connection
            cannot change: a different value needs O(config[].recreate=true). Required to create a connection.'
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
      update_password:
        description:
          - When the passwords (every C(password) of the parameter blocks, and O(config[].iceberg_connect_param.key_tab_content)
            and O(config[].iceberg_connect_param.krb5_conf_content)) are sent.
          - The service never returns them, so the module cannot tell whether they differ from the connection's.
          - V(on_create) sends them only when the connection is created. A changed password alone then changes nothing;
            use V(always) once to push it.
          - V(always) also sends them with one C(ModifyConnectResource) on every run that finds the connection,
            which is then always reported as a change (like O(community.mysql.mysql_user#module:update_password=always)).
            The service sends a new password on to the DIP tasks that use the connection unless the block's C(is_update)
            is V(false).
        type: str
        choices:
          - on_create
          - always
        default: on_create
  scope:
    description:
      - 'Which existing resources the run owns: the filters of the list action (as the M(tencentcloud.ckafka.connect_resource_info)
        module takes them) and O(scope.name_prefix).'
      - Required by O(state=overridden), and by O(state=deleted) without O(config). C({}) means every resource of
        the region.
      - 'O(state=merged), O(state=rendered) and O(state=deleted) with O(config) do not use it: it is refused there.
        A filter that is empty or blank (an empty variable) is refused unless O(allow_delete_all=true).'
    type: dict
    suboptions:
      type:
        description:
          - Lists the connections of this kind only, for example V(ES), V(MYSQL) or V(CLICKHOUSE) (the value of
            O(tencentcloud.ckafka.connect_resource#module:type)).
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
      search_word:
        description:
          - Lists the connections whose name contains this word, as the service matches it (C(SearchWord)).
        type: str
      resource_region:
        description:
          - Lists the connections that point at a resource in this region, for example V(ap-shanghai), as the service
            matches it (C(ResourceRegion)); only connections that carry a region (Kafka and MQTT ones) can match.
        type: str
      name_prefix:
        description:
          - Only the resources whose name begins with this exact prefix are in scope (checked on the list answer).
        type: str
'''
