# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate_fleet_docs.py from the datahub_task and datahub_task_info modules.
# Run `make docs` after changing them.

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """Documentation of the config and scope options of tencentcloud.ckafka.datahub_tasks."""

    DOCUMENTATION = r'''
options:
  config:
    description:
      - 'The DIP tasks declared: a list of entries, each taking the options of the M(tencentcloud.ckafka.datahub_task)
        module (below), checked as that module checks them.'
    type: list
    elements: dict
    suboptions:
      auto_expand_flag:
        description:
          - Whether the task scales out automatically.
          - C(CreateDatahubTask) does not take it; when set, a C(ModifyDatahubTask) applies it right after a create.
        type: bool
      description:
        description:
          - Free text description of the task.
        type: str
      recreate:
        description:
          - When an option that cannot be changed in place differs (or the resource is in a failure status), delete
            the resource, wait until it is gone and create it anew; the entry's result has V(recreated) as its action.
          - When false, such a difference fails the plan before any write, naming the entry and the differing paths.
        type: bool
        default: false
      schema_id:
        description:
          - ID of the schema to bind to the task.
        type: str
      source_resource:
        description:
          - Where the task reads data from. The API also has a deprecated top-level C(PrivateLinkParam); it is left
            out, and the module has no option for it.
        type: dict
        suboptions:
          click_house_param:
            description:
              - The ClickHouse table. Required when O(config[].source_resource.type) is V(CLICKHOUSE).
            type: dict
            suboptions:
              batch_size:
                description:
                  - Messages written to ClickHouse per batch. The service default is 1000. Larger batches mean fewer
                    writes, but more retried work when errors are frequent.
                type: int
              cluster:
                description:
                  - Name of the ClickHouse cluster.
                type: str
                required: true
              consumer_fetch_max_wait_ms:
                description:
                  - Longest wait for O(config[].source_resource.click_house_param.consumer_fetch_min_bytes), in
                    milliseconds; after it the batch is written anyway.
                type: int
              consumer_fetch_min_bytes:
                description:
                  - Bytes to fetch from the topic before writing, in bytes. The service default is 1 MB.
                type: int
              database:
                description:
                  - Name of the database.
                type: str
                required: true
              drop_cls:
                description:
                  - Send messages that fail to parse to CLS. When its O(config[].source_resource.click_house_param.drop_cls.drop_invalid_message_to_cls)
                    is true, O(config[].source_resource.click_house_param.drop_invalid_message) has no effect.
                type: dict
                suboptions:
                  drop_cls_log_set:
                    description:
                      - ID of the CLS log set.
                    type: str
                  drop_cls_owneruin:
                    description:
                      - Account ID (UIN) that owns the CLS log topic.
                    type: str
                  drop_cls_region:
                    description:
                      - Region of the CLS log topic, for example V(ap-guangzhou).
                    type: str
                  drop_cls_topic_id:
                    description:
                      - ID of the CLS log topic.
                    type: str
                  drop_invalid_message_to_cls:
                    description:
                      - Whether messages that fail to parse are sent to CLS.
                    type: bool
              drop_invalid_message:
                description:
                  - Whether messages that fail to parse are dropped. The service default is true.
                type: bool
              ip:
                description:
                  - IP address to connect to.
                type: str
              password:
                description:
                  - Password of O(config[].source_resource.click_house_param.user_name). The service never returns
                    it.
                type: str
              port:
                description:
                  - Port to connect to.
                  - From 1 to 65535.
                type: int
              resource:
                description:
                  - ID of the ClickHouse resource.
                type: str
                required: true
              schema:
                description:
                  - Columns of the table and the message fields that fill them.
                type: list
                elements: dict
                required: true
                suboptions:
                  allow_null:
                    description:
                      - Whether the column accepts null.
                    type: bool
                    required: true
                  column_name:
                    description:
                      - Name of the column.
                    type: str
                    required: true
                  json_key:
                    description:
                      - Message field that fills the column.
                    type: str
                    required: true
                  type:
                    description:
                      - ClickHouse type of the column, for example V(String).
                    type: str
                    required: true
              self_built:
                description:
                  - Whether the cluster is self-built.
                type: bool
              service_vip:
                description:
                  - Virtual IP address of the instance.
                type: str
              table:
                description:
                  - Name of the table.
                type: str
                required: true
              type:
                description:
                  - 'Kind of ClickHouse: V(emr) for EMR ClickHouse, V(cdwch) for CDW ClickHouse, an empty string
                    for a self-built cluster.'
                type: str
              uniq_vpc_id:
                description:
                  - ID of the VPC of the instance.
                type: str
              user_name:
                description:
                  - User name for the cluster.
                type: str
          cls_param:
            description:
              - The CLS log topic. Required when O(config[].source_resource.type) is V(CLS).
            type: dict
            suboptions:
              content_key:
                description:
                  - Field name under which messages that are not JSON are stored. Required when O(config[].source_resource.cls_param.decode_json)
                    is false.
                type: str
              decode_json:
                description:
                  - Whether the messages are JSON.
                type: bool
                required: true
              log_set:
                description:
                  - ID of the CLS log set.
                type: str
              resource:
                description:
                  - ID of the CLS log topic.
                type: str
                required: true
              time_field:
                description:
                  - Message field used as the log time; its value must be a Unix time in seconds.
                type: str
          cos_param:
            description:
              - The COS bucket. Required when O(config[].source_resource.type) is V(COS).
            type: dict
            suboptions:
              aggregate_batch_size:
                description:
                  - Size of data collected before a file is written, in MB.
                type: int
              aggregate_interval:
                description:
                  - Longest time data is collected before a file is written, in hours.
                type: int
              bucket_name:
                description:
                  - Name of the bucket.
                type: str
                required: true
              directory_time_format:
                description:
                  - Time-based partition directories, in strptime format, for example V(/%Y/%m/%d/%H).
                type: str
              format_output_type:
                description:
                  - 'Format of the written files: V(csv) or V(json).'
                type: str
                choices:
                  - csv
                  - json
              object_key:
                description:
                  - Name of the object.
                type: str
              object_key_prefix:
                description:
                  - Prefix (directory) of the written objects.
                type: str
              region:
                description:
                  - Region of the bucket, for example V(ap-guangzhou).
                type: str
                required: true
              source_data_format:
                description:
                  - 'Format of the source data: V(JSON) or V(Debezium).'
                type: str
                choices:
                  - JSON
                  - Debezium
              timezone:
                description:
                  - Time zone of the partition directories, as V(UTC+08:00) (the service default).
                type: str
          ctsdb_param:
            description:
              - The CTSDB connection. Required when O(config[].source_resource.type) is V(CTSDB).
            type: dict
            suboptions:
              ctsdb_metric:
                description:
                  - Name of the CTSDB metric.
                type: str
              resource:
                description:
                  - ID of the CTSDB connection in connection management.
                type: str
          dts_param:
            description:
              - The DTS subscription. Required when O(config[].source_resource.type) is V(DTS).
            type: dict
            suboptions:
              group_id:
                description:
                  - ID of the DTS consumer group.
                type: str
              group_password:
                description:
                  - Password of O(config[].source_resource.dts_param.group_user). The service never returns it.
                type: str
              group_user:
                description:
                  - Account of the DTS consumer group.
                type: str
              ip:
                description:
                  - IP address to connect to.
                type: str
              port:
                description:
                  - Port to connect to.
                  - From 1 to 65535.
                type: int
              resource:
                description:
                  - ID of the DTS instance.
                type: str
                required: true
              topic:
                description:
                  - Topic of the DTS subscription.
                type: str
              tran_sql:
                description:
                  - True sends the records as parsed JSON, false sends the raw data. The service default is true.
                type: bool
          es_param:
            description:
              - The Elasticsearch cluster. Required when O(config[].source_resource.type) is V(ES).
            type: dict
            suboptions:
              content_key:
                description:
                  - Field name under which messages that are not JSON are stored.
                type: str
              database_primary_key:
                description:
                  - When the messages are database binlog records and inserts, updates and deletes are to be applied
                    to the index, the primary key of the table.
                type: str
              date_field:
                description:
                  - Message field that becomes V(@timestamp) in the index. Unset means the message timestamp is
                    used.
                type: str
              date_format:
                description:
                  - Date suffix appended to the index name, for example V(yyyy-MM-dd).
                type: str
              document_id_field:
                description:
                  - Message field whose value becomes the document ID, for example V($.payload.name).
                type: str
              drop_cls:
                description:
                  - Send messages that fail to parse to CLS. When its O(config[].source_resource.es_param.drop_cls.drop_invalid_message_to_cls)
                    is true, O(config[].source_resource.es_param.drop_invalid_message) has no effect.
                type: dict
                suboptions:
                  drop_cls_log_set:
                    description:
                      - ID of the CLS log set.
                    type: str
                  drop_cls_owneruin:
                    description:
                      - Account ID (UIN) that owns the CLS log topic.
                    type: str
                  drop_cls_region:
                    description:
                      - Region of the CLS log topic, for example V(ap-guangzhou).
                    type: str
                  drop_cls_topic_id:
                    description:
                      - ID of the CLS log topic.
                    type: str
                  drop_invalid_message_to_cls:
                    description:
                      - Whether messages that fail to parse are sent to CLS.
                    type: bool
              drop_dlq:
                description:
                  - Dead letter queue for messages that cannot be written.
                type: dict
                suboptions:
                  dlq_type:
                    description:
                      - 'Kind of dead letter queue: V(CKAFKA) or V(TOPIC).'
                    type: str
                    choices:
                      - CKAFKA
                      - TOPIC
                  kafka_param:
                    description:
                      - The CKafka dead letter queue. Required when O(config[].source_resource.es_param.drop_dlq.dlq_type)
                        is V(CKAFKA).
                    type: dict
                    suboptions:
                      compression_type:
                        description:
                          - 'Whether messages written to the topic are compressed: V(none) or V(open).'
                        type: str
                        choices:
                          - none
                          - open
                      connector_sync_type:
                        description:
                          - For data sync tasks only; leave unset for ordinary processing. V(META_SYNC_INSTANCE_TYPE)
                            copies the metadata of the instance, V(META_AND_DATA_SYNC_INSTANCE_TYPE) copies the
                            metadata and the messages of every topic, V(DATA_SYNC_TYPE) copies the messages of the
                            chosen topics (the target instance must have them).
                        type: str
                      enable_toleration:
                        description:
                          - Whether fault tolerance (a dead letter queue) is enabled.
                        type: bool
                      keep_partition:
                        description:
                          - 'For data sync tasks: write each message to the same partition number it came from (fails
                            when the target has fewer partitions). The service default is false.'
                        type: bool
                      msg_multiple:
                        description:
                          - Each source message is written this many times to the target topic (CKafka to CKafka
                            only).
                        type: int
                      offset_type:
                        description:
                          - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from
                            O(config[].source_resource.es_param.drop_dlq.kafka_param.start_time)).'
                        type: str
                        choices:
                          - earliest
                          - latest
                          - timestamp
                      partition_num:
                        description:
                          - Number of partitions of the topic. Reported by the service; there is no need to set
                            it.
                        type: int
                      prefix:
                        description:
                          - Prefix of the topic names.
                        type: str
                      qps_limit:
                        description:
                          - Upper limit of messages per second.
                        type: int
                      resource:
                        description:
                          - ID of the CKafka instance, for example V(ckafka-abcd1234).
                        type: str
                        required: true
                      resource_name:
                        description:
                          - Name of the instance. Reported by the service; there is no need to set it.
                        type: str
                      self_built:
                        description:
                          - Whether the cluster is a self-built Kafka cluster rather than a CKafka instance.
                        type: bool
                        required: true
                      separator:
                        description:
                          - Separator between the topic prefix and the rest of the name.
                        type: str
                      start_time:
                        description:
                          - Start of reading, in Unix time (seconds). Required when O(config[].source_resource.es_param.drop_dlq.kafka_param.offset_type)
                            is V(timestamp).
                        type: int
                      table_mappings:
                        description:
                          - Which tables go to which topic. Required when O(config[].source_resource.es_param.drop_dlq.kafka_param.use_table_mapping)
                            is true.
                        type: list
                        elements: dict
                        suboptions:
                          database:
                            description:
                              - Name of the database.
                            type: str
                            required: true
                          table:
                            description:
                              - Names of the tables, separated by commas.
                            type: str
                            required: true
                          topic:
                            description:
                              - Name of the topic the changes go to.
                            type: str
                            required: true
                          topic_id:
                            description:
                              - ID of that topic.
                            type: str
                            required: true
                      topic:
                        description:
                          - Name of the topic; several topics are separated by commas.
                        type: str
                      topic_id:
                        description:
                          - ID of the topic. Reported by the service; there is no need to set it.
                        type: str
                      topic_list:
                        description:
                          - Names of the topics, when several are chosen.
                        type: list
                        elements: str
                      topic_regular_expression:
                        description:
                          - Regular expression that selects the topics.
                        type: str
                      use_auto_create_topic:
                        description:
                          - Whether the topic is created automatically (SOURCE tasks only). Without
                            O(config[].source_resource.es_param.drop_dlq.kafka_param.use_table_mapping),
                            name the topic to create in O(config[].source_resource.es_param.drop_dlq.kafka_param.topic).
                        type: bool
                      use_table_mapping:
                        description:
                          - Whether changes are distributed to several topics by O(config[].source_resource.es_param.drop_dlq.kafka_param.table_mappings).
                            The service default is false.
                        type: bool
                      zone_id:
                        description:
                          - Availability zone of the instance, as a number. Reported by the service; there is no
                            need to set it.
                        type: int
                  max_retry_attempts:
                    description:
                      - Number of retries.
                    type: int
                  retry_interval:
                    description:
                      - Time between retries.
                    type: int
                  topic_param:
                    description:
                      - The DIP topic dead letter queue. Required when O(config[].source_resource.es_param.drop_dlq.dlq_type)
                        is V(TOPIC).
                    type: dict
                    suboptions:
                      compression_type:
                        description:
                          - 'Compression of messages written to the topic: V(none), V(gzip), V(snappy) or V(lz4).'
                        type: str
                        choices:
                          - none
                          - gzip
                          - snappy
                          - lz4
                      msg_multiple:
                        description:
                          - Each source message is written this many times to the target topic (CKafka to CKafka
                            only).
                        type: int
                      offset_type:
                        description:
                          - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from
                            O(config[].source_resource.es_param.drop_dlq.topic_param.start_time)).'
                        type: str
                        choices:
                          - earliest
                          - latest
                          - timestamp
                      resource:
                        description:
                          - Name of the DIP topic.
                        type: str
                        required: true
                      start_time:
                        description:
                          - Start of reading, in Unix time (seconds). Required when O(config[].source_resource.es_param.drop_dlq.topic_param.offset_type)
                            is V(timestamp).
                        type: int
                      topic_id:
                        description:
                          - ID of the topic. Reported by the service; there is no need to set it.
                        type: str
                      use_auto_create_topic:
                        description:
                          - Whether the topic is created automatically (SOURCE tasks only).
                        type: bool
                  type:
                    description:
                      - 'What happens to a failed message: V(DLQ) (sent to a dead letter queue), V(IGNORE_ERROR)
                        (kept) or V(DROP) (dropped).'
                    type: str
                    choices:
                      - DLQ
                      - IGNORE_ERROR
                      - DROP
                    required: true
              drop_invalid_json_message:
                description:
                  - Whether messages that are not JSON are dropped.
                type: bool
              drop_invalid_message:
                description:
                  - Whether messages that fail to parse are dropped.
                type: bool
              index:
                description:
                  - Name of the index to write to (see O(config[].source_resource.es_param.index_type)).
                type: str
              index_type:
                description:
                  - 'How O(config[].source_resource.es_param.index) is read: V(STRING) (a fixed name, the service
                    default) or V(JSONPATH) (taken from the message).'
                type: str
                choices:
                  - STRING
                  - JSONPATH
              password:
                description:
                  - Password of O(config[].source_resource.es_param.user_name). The service never returns it.
                type: str
              port:
                description:
                  - Port to connect to.
                  - From 1 to 65535.
                type: int
              protocol:
                description:
                  - 'Protocol to reach the cluster: V(http) (the service default) or V(https).'
                type: str
                choices:
                  - http
                  - https
              record_mapping_list:
                description:
                  - With data subscription formats, how message fields map to index fields. Unset means fields are
                    matched by name.
                type: list
                elements: dict
                suboptions:
                  column_name:
                    description:
                      - Name of the index field.
                    type: str
                  json_key:
                    description:
                      - Name of the message field.
                    type: str
              record_mapping_mode:
                description:
                  - Whether the index mapping is an existing one (V(EXIST_MAPPING)) or a new one (V(NEW_MAPPING)).
                type: str
                choices:
                  - EXIST_MAPPING
                  - NEW_MAPPING
              resource:
                description:
                  - ID of the Elasticsearch instance.
                type: str
                required: true
              self_built:
                description:
                  - Whether the cluster is self-built.
                type: bool
              service_vip:
                description:
                  - Virtual IP address of the instance.
                type: str
              source_data_format:
                description:
                  - 'Format of the source data when it comes from a data subscription such as DTS: V(Debezium) or
                    V(Canal) JSON.'
                type: str
                choices:
                  - Debezium
                  - Canal
              uniq_vpc_id:
                description:
                  - ID of the VPC of the instance.
                type: str
              user_name:
                description:
                  - User name for the cluster.
                type: str
          event_bus_param:
            description:
              - The EventBridge target. Required when O(config[].source_resource.type) is V(EB), V(EB_ES), V(EB_COS)
                or V(EB_CLS).
            type: dict
            suboptions:
              function_name:
                description:
                  - Name of the SCF function.
                type: str
              namespace:
                description:
                  - Namespace of the SCF function.
                type: str
              qualifier:
                description:
                  - Version or alias of the SCF function, for example V($LATEST).
                type: str
              resource:
                description:
                  - ID of the resource.
                type: str
                required: true
              self_built:
                description:
                  - Whether the resource is self-built.
                type: bool
                required: true
              type:
                description:
                  - Kind of resource behind EventBridge, for example V(COS), V(ES) or V(CLS).
                type: str
                required: true
          iceberg_param:
            description:
              - The Iceberg table. Required when O(config[].source_resource.type) is V(ICEBERG).
            type: dict
            suboptions:
              database:
                description:
                  - Target database (the namespace in the Hive catalog). The service needs it, although the API
                    marks it optional.
                type: str
              enable_field_extension:
                description:
                  - Whether new message fields extend the table.
                type: bool
              primary_keys:
                description:
                  - Primary key fields, separated by commas. Required when O(config[].source_resource.iceberg_param.upsert_mode)
                    is V(UPSERT) or V(CDC).
                type: str
              resource:
                description:
                  - ID of the Iceberg connection (an EMR instance).
                type: str
              scheme_type:
                description:
                  - How messages are parsed; V(JSON) is the only value supported for now.
                type: str
              table_name:
                description:
                  - Target table.
                type: str
              upsert_mode:
                description:
                  - 'Write mode: V(Off) (the service default), V(UPSERT) or V(CDC).'
                type: str
          kafka_param:
            description:
              - The CKafka instance and topics. Required when O(config[].source_resource.type) is V(KAFKA).
            type: dict
            suboptions:
              compression_type:
                description:
                  - 'Whether messages written to the topic are compressed: V(none) or V(open).'
                type: str
                choices:
                  - none
                  - open
              connector_sync_type:
                description:
                  - For data sync tasks only; leave unset for ordinary processing. V(META_SYNC_INSTANCE_TYPE) copies
                    the metadata of the instance, V(META_AND_DATA_SYNC_INSTANCE_TYPE) copies the metadata and the
                    messages of every topic, V(DATA_SYNC_TYPE) copies the messages of the chosen topics (the target
                    instance must have them).
                type: str
              enable_toleration:
                description:
                  - Whether fault tolerance (a dead letter queue) is enabled.
                type: bool
              keep_partition:
                description:
                  - 'For data sync tasks: write each message to the same partition number it came from (fails when
                    the target has fewer partitions). The service default is false.'
                type: bool
              msg_multiple:
                description:
                  - Each source message is written this many times to the target topic (CKafka to CKafka only).
                type: int
              offset_type:
                description:
                  - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from O(config[].source_resource.kafka_param.start_time)).'
                type: str
                choices:
                  - earliest
                  - latest
                  - timestamp
              partition_num:
                description:
                  - Number of partitions of the topic. Reported by the service; there is no need to set it.
                type: int
              prefix:
                description:
                  - Prefix of the topic names.
                type: str
              qps_limit:
                description:
                  - Upper limit of messages per second.
                type: int
              resource:
                description:
                  - ID of the CKafka instance, for example V(ckafka-abcd1234).
                type: str
                required: true
              resource_name:
                description:
                  - Name of the instance. Reported by the service; there is no need to set it.
                type: str
              self_built:
                description:
                  - Whether the cluster is a self-built Kafka cluster rather than a CKafka instance.
                type: bool
                required: true
              separator:
                description:
                  - Separator between the topic prefix and the rest of the name.
                type: str
              start_time:
                description:
                  - Start of reading, in Unix time (seconds). Required when O(config[].source_resource.kafka_param.offset_type)
                    is V(timestamp).
                type: int
              table_mappings:
                description:
                  - Which tables go to which topic. Required when O(config[].source_resource.kafka_param.use_table_mapping)
                    is true.
                type: list
                elements: dict
                suboptions:
                  database:
                    description:
                      - Name of the database.
                    type: str
                    required: true
                  table:
                    description:
                      - Names of the tables, separated by commas.
                    type: str
                    required: true
                  topic:
                    description:
                      - Name of the topic the changes go to.
                    type: str
                    required: true
                  topic_id:
                    description:
                      - ID of that topic.
                    type: str
                    required: true
              topic:
                description:
                  - Name of the topic; several topics are separated by commas.
                type: str
              topic_id:
                description:
                  - ID of the topic. Reported by the service; there is no need to set it.
                type: str
              topic_list:
                description:
                  - Names of the topics, when several are chosen.
                type: list
                elements: str
              topic_regular_expression:
                description:
                  - Regular expression that selects the topics.
                type: str
              use_auto_create_topic:
                description:
                  - Whether the topic is created automatically (SOURCE tasks only). Without O(config[].source_resource.kafka_param.use_table_mapping),
                    name the topic to create in O(config[].source_resource.kafka_param.topic).
                type: bool
              use_table_mapping:
                description:
                  - Whether changes are distributed to several topics by O(config[].source_resource.kafka_param.table_mappings).
                    The service default is false.
                type: bool
              zone_id:
                description:
                  - Availability zone of the instance, as a number. Reported by the service; there is no need to
                    set it.
                type: int
          maria_db_param:
            description:
              - The MariaDB database. Required when O(config[].source_resource.type) is V(MARIADB).
            type: dict
            suboptions:
              database:
                description:
                  - Name of the database; V(*) means every database.
                type: str
                required: true
              include_content_changes:
                description:
                  - V(all) writes DDL and DML changes to the topic, V(dml) only DML changes.
                type: str
                choices:
                  - all
                  - dml
              include_query:
                description:
                  - Whether records carry the original SQL statement (needs V(binlog_rows_query_log_events) on).
                type: bool
              is_table_prefix:
                description:
                  - Whether O(config[].source_resource.maria_db_param.table) is a prefix of table names.
                type: bool
              key_columns:
                description:
                  - Key columns per table, as V(db1.table1:col1,col2;db2.table2:col3). Tables left out use their
                    primary key.
                type: str
              output_format:
                description:
                  - 'Format of the change records: V(DEFAULT), V(CANAL_1) or V(CANAL_2).'
                type: str
                choices:
                  - DEFAULT
                  - CANAL_1
                  - CANAL_2
              record_with_schema:
                description:
                  - Whether each message carries the schema of its structure.
                type: bool
              resource:
                description:
                  - ID of the MariaDB connection in connection management.
                type: str
                required: true
              snapshot_mode:
                description:
                  - 'Whether existing rows are copied: V(initial) copies them (the service default), V(schema_only)
                    does not.'
                type: str
                choices:
                  - initial
                  - schema_only
              table:
                description:
                  - Tables to read, as V(database.table) separated by commas; V(*) means every non-system table.
                type: str
                required: true
          mongo_db_param:
            description:
              - The MongoDB database. Required when O(config[].source_resource.type) is V(MONGODB).
            type: dict
            suboptions:
              collection:
                description:
                  - Name of the collection.
                type: str
                required: true
              copy_existing:
                description:
                  - Whether the documents that already exist are copied too (usually true).
                type: bool
                required: true
              database:
                description:
                  - Name of the database.
                type: str
                required: true
              ip:
                description:
                  - IP address to connect to.
                type: str
              listening_event:
                description:
                  - Change events to read, separated by commas, from V(insert), V(update), V(replace), V(delete),
                    V(invalidate), V(drop), V(dropdatabase) and V(rename). Unset means all of them.
                type: str
              password:
                description:
                  - Password of O(config[].source_resource.mongo_db_param.user_name). The service never returns
                    it.
                type: str
              pipeline:
                description:
                  - Aggregation pipeline applied to the change stream.
                type: str
              port:
                description:
                  - Port to connect to.
                  - From 1 to 65535.
                type: int
              read_preference:
                description:
                  - Which member of the replica set is read from. The service default is the primary.
                type: str
              resource:
                description:
                  - ID of the MongoDB resource.
                type: str
                required: true
              self_built:
                description:
                  - Whether the database is self-built.
                type: bool
              user_name:
                description:
                  - User name for the database.
                type: str
          mqtt_param:
            description:
              - The MQTT instance. Required when O(config[].source_resource.type) is V(MQTT).
            type: dict
            suboptions:
              clean_session:
                description:
                  - True starts a new session at each connection, false resumes the previous one.
                type: bool
                required: true
              ip:
                description:
                  - Virtual IP address of the instance.
                type: str
              max_tasks:
                description:
                  - Parallel subscribers (C(tasks.max)). The service default is 1; more than 1 uses a shared subscription.
                type: int
              password:
                description:
                  - Password of O(config[].source_resource.mqtt_param.user_name). The service never returns it.
                type: str
              port:
                description:
                  - Port of that address, for example 1883.
                  - From 1 to 65535.
                type: int
              qos:
                description:
                  - MQTT quality of service level.
                type: int
              resource:
                description:
                  - ID of the MQTT instance.
                type: str
              self_built:
                description:
                  - Whether the instance is self-built. MQTT supports only instances that are not.
                type: bool
              service_vip:
                description:
                  - Service virtual IP address of the instance.
                type: str
              sql_filter:
                description:
                  - SQL condition that filters messages, for example V(WHERE level = 'vip').
                type: str
              topics:
                description:
                  - MQTT topics to read, separated by commas.
                type: str
                required: true
              uniq_vpc_id:
                description:
                  - ID of the VPC of the instance.
                type: str
              user_name:
                description:
                  - User name in the instance.
                type: str
          my_sql_param:
            description:
              - The MySQL database. Required when O(config[].source_resource.type) is V(MYSQL) or V(TDSQL_C_MYSQL).
            type: dict
            suboptions:
              data_source_increment_column:
                description:
                  - Name of the column that tracks new rows.
                type: str
              data_source_increment_mode:
                description:
                  - 'Kind of the column that tracks new rows: V(TIMESTAMP) or V(INCREMENT) (an auto-increment ID).'
                type: str
                choices:
                  - TIMESTAMP
                  - INCREMENT
              data_source_monitor_mode:
                description:
                  - 'What is read: V(TABLE) (a table) or V(QUERY) (a SQL query).'
                type: str
                choices:
                  - TABLE
                  - QUERY
              data_source_monitor_resource:
                description:
                  - The table (when O(config[].source_resource.my_sql_param.data_source_monitor_mode) is V(TABLE))
                    or the SQL query (when it is V(QUERY)).
                type: str
              data_source_start_from:
                description:
                  - V(HEAD) copies existing and new rows, V(TAIL) only new rows.
                type: str
                choices:
                  - HEAD
                  - TAIL
              data_target_insert_mode:
                description:
                  - 'How rows are written: V(INSERT) or V(UPSERT).'
                type: str
                choices:
                  - INSERT
                  - UPSERT
              data_target_primary_key_field:
                description:
                  - Primary key used by upserts. Required when O(config[].source_resource.my_sql_param.data_target_insert_mode)
                    is V(UPSERT).
                type: str
              data_target_record_mapping:
                description:
                  - How message fields map to table columns.
                type: list
                elements: dict
                suboptions:
                  allow_null:
                    description:
                      - Whether the field may be null.
                    type: bool
                  auto_increment:
                    description:
                      - Whether the column is auto-incremented.
                    type: bool
                  column_name:
                    description:
                      - Column the field maps to.
                    type: str
                  column_size:
                    description:
                      - Size of the column, as a string.
                    type: str
                  decimal_digits:
                    description:
                      - Decimal digits of the column, as a string.
                    type: str
                  default_value:
                    description:
                      - Default value of the column.
                    type: str
                  extra_info:
                    description:
                      - Extra column definition, for example V(AUTO_INCREMENT).
                    type: str
                  json_key:
                    description:
                      - Name of the message field.
                    type: str
                  type:
                    description:
                      - Type of the field, for example V(Integer).
                    type: str
              database:
                description:
                  - Name of the database; V(*) means every database.
                type: str
                required: true
              date_time_zone:
                description:
                  - Time zone used to turn V(datetime) columns into timestamps, for example V(UTC+8).
                type: str
              ddl_topic:
                description:
                  - Topic that receives the DDL statements. Unset means they are not kept.
                type: str
              drop_cls:
                description:
                  - Send messages that fail to parse to CLS. When its O(config[].source_resource.my_sql_param.drop_cls.drop_invalid_message_to_cls)
                    is true, O(config[].source_resource.my_sql_param.drop_invalid_message) has no effect.
                type: dict
                suboptions:
                  drop_cls_log_set:
                    description:
                      - ID of the CLS log set.
                    type: str
                  drop_cls_owneruin:
                    description:
                      - Account ID (UIN) that owns the CLS log topic.
                    type: str
                  drop_cls_region:
                    description:
                      - Region of the CLS log topic, for example V(ap-guangzhou).
                    type: str
                  drop_cls_topic_id:
                    description:
                      - ID of the CLS log topic.
                    type: str
                  drop_invalid_message_to_cls:
                    description:
                      - Whether messages that fail to parse are sent to CLS.
                    type: bool
              drop_invalid_message:
                description:
                  - Whether messages that fail to parse are dropped. The service default is true.
                type: bool
              include_content_changes:
                description:
                  - V(all) writes DDL and DML changes to the topic, V(dml) only DML changes.
                type: str
                choices:
                  - all
                  - dml
              include_query:
                description:
                  - Whether records carry the original SQL statement (needs V(binlog_rows_query_log_events) on in
                    MySQL).
                type: bool
              is_table_prefix:
                description:
                  - Whether O(config[].source_resource.my_sql_param.table) is a prefix of table names.
                type: bool
              is_table_regular:
                description:
                  - Whether O(config[].source_resource.my_sql_param.table) is a regular expression. It wins over
                    O(config[].source_resource.my_sql_param.is_table_prefix) when both are true.
                type: bool
              key_columns:
                description:
                  - 'Key columns per table, as V(db1.table1:col1,col2;db2.table2:col3): tables separated by semicolons,
                    columns by commas. Tables left out use their primary key.'
                type: str
              output_format:
                description:
                  - 'Format of the change records: V(DEFAULT), V(CANAL_1) or V(CANAL_2).'
                type: str
                choices:
                  - DEFAULT
                  - CANAL_1
                  - CANAL_2
              record_with_schema:
                description:
                  - Whether each message carries the schema of its structure.
                type: bool
              resource:
                description:
                  - ID of the MySQL connection in connection management.
                type: str
                required: true
              self_built:
                description:
                  - Whether the database is self-built.
                type: bool
              signal_database:
                description:
                  - Database that holds the signal table.
                type: str
              signal_table:
                description:
                  - Name of the signal table.
                type: str
              snapshot_mode:
                description:
                  - 'Whether existing rows are copied: V(initial) copies them (the service default), V(schema_only)
                    does not.'
                type: str
                choices:
                  - initial
                  - schema_only
              table:
                description:
                  - Tables to read, as V(database.table) separated by commas; V(*) means every non-system table
                    of the chosen databases. A regular expression is written as V(database\\.table).
                type: str
                required: true
              topic_regex:
                description:
                  - Regular expression that routes events to topics. The service default is V((.*)).
                type: str
              topic_replacement:
                description:
                  - Replacement built from the groups of O(config[].source_resource.my_sql_param.topic_regex), such
                    as V($1).
                type: str
          postgre_sql_param:
            description:
              - The PostgreSQL database. Required when O(config[].source_resource.type) is V(POSTGRESQL) or V(TDSQL_C_POSTGRESQL).
            type: dict
            suboptions:
              data_format:
                description:
                  - 'Format of the upstream data: V(JSON) or V(Debezium). Needed when fields are matched by the
                    default mapping.'
                type: str
                choices:
                  - JSON
                  - Debezium
              data_target_insert_mode:
                description:
                  - 'How rows are written: V(INSERT) or V(UPSERT).'
                type: str
                choices:
                  - INSERT
                  - UPSERT
              data_target_primary_key_field:
                description:
                  - Primary key used by upserts. Required when O(config[].source_resource.postgre_sql_param.data_target_insert_mode)
                    is V(UPSERT).
                type: str
              data_target_record_mapping:
                description:
                  - How message fields map to table columns.
                type: list
                elements: dict
                suboptions:
                  allow_null:
                    description:
                      - Whether the field may be null.
                    type: bool
                  auto_increment:
                    description:
                      - Whether the column is auto-incremented.
                    type: bool
                  column_name:
                    description:
                      - Column the field maps to.
                    type: str
                  column_size:
                    description:
                      - Size of the column, as a string.
                    type: str
                  decimal_digits:
                    description:
                      - Decimal digits of the column, as a string.
                    type: str
                  default_value:
                    description:
                      - Default value of the column.
                    type: str
                  extra_info:
                    description:
                      - Extra column definition, for example V(AUTO_INCREMENT).
                    type: str
                  json_key:
                    description:
                      - Name of the message field.
                    type: str
                  type:
                    description:
                      - Type of the field, for example V(Integer).
                    type: str
              database:
                description:
                  - Name of the database.
                type: str
                required: true
              drop_invalid_message:
                description:
                  - Whether messages that fail to parse are dropped. The service default is true.
                type: bool
              is_table_regular:
                description:
                  - Whether O(config[].source_resource.postgre_sql_param.table) is a regular expression.
                type: bool
              key_columns:
                description:
                  - Key columns per table, as V(db1.table1:col1,col2;db2.table2:col3). Tables left out use their
                    primary key.
                type: str
              plugin_name:
                description:
                  - 'Logical decoding plugin: V(decoderbufs) or V(pgoutput).'
                type: str
                choices:
                  - decoderbufs
                  - pgoutput
                required: true
              record_with_schema:
                description:
                  - Whether each message carries the schema of its structure.
                type: bool
              resource:
                description:
                  - ID of the PostgreSQL connection in connection management.
                type: str
                required: true
              snapshot_mode:
                description:
                  - 'Whether existing rows are copied: V(initial) copies them (the service default), V(never) only
                    reads new changes.'
                type: str
                choices:
                  - initial
                  - never
              table:
                description:
                  - Tables to read, as V(schema.table) separated by commas; V(*) means every non-system table. A
                    regular expression is written as V(schema\\.table).
                type: str
                required: true
          scf_param:
            description:
              - The SCF function. Required when O(config[].source_resource.type) is V(SCF).
            type: dict
            suboptions:
              batch_size:
                description:
                  - Most messages sent per call. The service default is 1000.
                type: int
              function_name:
                description:
                  - Name of the function.
                type: str
                required: true
              max_retries:
                description:
                  - Retries after a failed call. The service default is 5.
                type: int
              namespace:
                description:
                  - Namespace of the function. The service default is V(default).
                type: str
              qualifier:
                description:
                  - Version or alias of the function. The service default is V($DEFAULT).
                type: str
          sql_server_param:
            description:
              - The SQL Server database. Required when O(config[].source_resource.type) is V(SQLSERVER).
            type: dict
            suboptions:
              database:
                description:
                  - Name of the database.
                type: str
                required: true
              resource:
                description:
                  - ID of the SQL Server connection in connection management.
                type: str
                required: true
              snapshot_mode:
                description:
                  - 'Whether existing rows are copied: V(initial) copies them (the service default), V(schema_only)
                    only reads new changes.'
                type: str
                choices:
                  - initial
                  - schema_only
              table:
                description:
                  - Tables to read, as V(database.table) separated by commas; V(*) means every non-system table.
                type: str
                required: true
          tdw_param:
            description:
              - The TDW table. Required when O(config[].source_resource.type) is V(TDW).
            type: dict
            suboptions:
              bid:
                description:
                  - Business ID (bid) in TDW.
                type: str
                required: true
              is_domestic:
                description:
                  - Whether the TDW service is the domestic one. The service default is true.
                type: bool
              tdw_host:
                description:
                  - Host name of the TDW manager. The service has a default.
                type: str
              tdw_port:
                description:
                  - Port of the TDW manager. The service default is 8099.
                  - From 1 to 65535.
                type: int
              tid:
                description:
                  - Table ID (tid) in TDW.
                type: str
                required: true
          topic_param:
            description:
              - The DIP topic. Required when O(config[].source_resource.type) is V(TOPIC).
            type: dict
            suboptions:
              compression_type:
                description:
                  - 'Compression of messages written to the topic: V(none), V(gzip), V(snappy) or V(lz4).'
                type: str
                choices:
                  - none
                  - gzip
                  - snappy
                  - lz4
              msg_multiple:
                description:
                  - Each source message is written this many times to the target topic (CKafka to CKafka only).
                type: int
              offset_type:
                description:
                  - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from O(config[].source_resource.topic_param.start_time)).'
                type: str
                choices:
                  - earliest
                  - latest
                  - timestamp
              resource:
                description:
                  - Name of the DIP topic.
                type: str
                required: true
              start_time:
                description:
                  - Start of reading, in Unix time (seconds). Required when O(config[].source_resource.topic_param.offset_type)
                    is V(timestamp).
                type: int
              topic_id:
                description:
                  - ID of the topic. Reported by the service; there is no need to set it.
                type: str
              use_auto_create_topic:
                description:
                  - Whether the topic is created automatically (SOURCE tasks only).
                type: bool
          type:
            description:
              - 'Kind of resource, in upper case, for example V(KAFKA), V(TOPIC), V(ES), V(COS), V(CLS), V(EB),
                V(MYSQL), V(POSTGRESQL), V(MONGODB), V(CLICKHOUSE), V(MQTT), V(SCF). It selects which parameter
                block is required: V(KAFKA) needs O(config[].source_resource.kafka_param), V(TOPIC) needs O(config[].source_resource.topic_param),
                V(ES) needs O(config[].source_resource.es_param), and so on.'
            type: str
            required: true
      sync_throttle_limit:
        description:
          - Throttle of the data synchronisation.
          - C(CreateDatahubTask) does not take it; when set, a C(ModifyDatahubTask) applies it right after a create.
        type: int
      tags:
        description:
          - Tags of the task.
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
      target_resource:
        description:
          - Where the task writes data to.
        type: dict
        suboptions:
          click_house_param:
            description:
              - The ClickHouse table. Required when O(config[].target_resource.type) is V(CLICKHOUSE).
            type: dict
            suboptions:
              batch_size:
                description:
                  - Messages written to ClickHouse per batch. The service default is 1000. Larger batches mean fewer
                    writes, but more retried work when errors are frequent.
                type: int
              cluster:
                description:
                  - Name of the ClickHouse cluster.
                type: str
                required: true
              consumer_fetch_max_wait_ms:
                description:
                  - Longest wait for O(config[].target_resource.click_house_param.consumer_fetch_min_bytes), in
                    milliseconds; after it the batch is written anyway.
                type: int
              consumer_fetch_min_bytes:
                description:
                  - Bytes to fetch from the topic before writing, in bytes. The service default is 1 MB.
                type: int
              database:
                description:
                  - Name of the database.
                type: str
                required: true
              drop_cls:
                description:
                  - Send messages that fail to parse to CLS. When its O(config[].target_resource.click_house_param.drop_cls.drop_invalid_message_to_cls)
                    is true, O(config[].target_resource.click_house_param.drop_invalid_message) has no effect.
                type: dict
                suboptions:
                  drop_cls_log_set:
                    description:
                      - ID of the CLS log set.
                    type: str
                  drop_cls_owneruin:
                    description:
                      - Account ID (UIN) that owns the CLS log topic.
                    type: str
                  drop_cls_region:
                    description:
                      - Region of the CLS log topic, for example V(ap-guangzhou).
                    type: str
                  drop_cls_topic_id:
                    description:
                      - ID of the CLS log topic.
                    type: str
                  drop_invalid_message_to_cls:
                    description:
                      - Whether messages that fail to parse are sent to CLS.
                    type: bool
              drop_invalid_message:
                description:
                  - Whether messages that fail to parse are dropped. The service default is true.
                type: bool
              ip:
                description:
                  - IP address to connect to.
                type: str
              password:
                description:
                  - Password of O(config[].target_resource.click_house_param.user_name). The service never returns
                    it.
                type: str
              port:
                description:
                  - Port to connect to.
                  - From 1 to 65535.
                type: int
              resource:
                description:
                  - ID of the ClickHouse resource.
                type: str
                required: true
              schema:
                description:
                  - Columns of the table and the message fields that fill them.
                type: list
                elements: dict
                required: true
                suboptions:
                  allow_null:
                    description:
                      - Whether the column accepts null.
                    type: bool
                    required: true
                  column_name:
                    description:
                      - Name of the column.
                    type: str
                    required: true
                  json_key:
                    description:
                      - Message field that fills the column.
                    type: str
                    required: true
                  type:
                    description:
                      - ClickHouse type of the column, for example V(String).
                    type: str
                    required: true
              self_built:
                description:
                  - Whether the cluster is self-built.
                type: bool
              service_vip:
                description:
                  - Virtual IP address of the instance.
                type: str
              table:
                description:
                  - Name of the table.
                type: str
                required: true
              type:
                description:
                  - 'Kind of ClickHouse: V(emr) for EMR ClickHouse, V(cdwch) for CDW ClickHouse, an empty string
                    for a self-built cluster.'
                type: str
              uniq_vpc_id:
                description:
                  - ID of the VPC of the instance.
                type: str
              user_name:
                description:
                  - User name for the cluster.
                type: str
          cls_param:
            description:
              - The CLS log topic. Required when O(config[].target_resource.type) is V(CLS).
            type: dict
            suboptions:
              content_key:
                description:
                  - Field name under which messages that are not JSON are stored. Required when O(config[].target_resource.cls_param.decode_json)
                    is false.
                type: str
              decode_json:
                description:
                  - Whether the messages are JSON.
                type: bool
                required: true
              log_set:
                description:
                  - ID of the CLS log set.
                type: str
              resource:
                description:
                  - ID of the CLS log topic.
                type: str
                required: true
              time_field:
                description:
                  - Message field used as the log time; its value must be a Unix time in seconds.
                type: str
          cos_param:
            description:
              - The COS bucket. Required when O(config[].target_resource.type) is V(COS).
            type: dict
            suboptions:
              aggregate_batch_size:
                description:
                  - Size of data collected before a file is written, in MB.
                type: int
              aggregate_interval:
                description:
                  - Longest time data is collected before a file is written, in hours.
                type: int
              bucket_name:
                description:
                  - Name of the bucket.
                type: str
                required: true
              directory_time_format:
                description:
                  - Time-based partition directories, in strptime format, for example V(/%Y/%m/%d/%H).
                type: str
              format_output_type:
                description:
                  - 'Format of the written files: V(csv) or V(json).'
                type: str
                choices:
                  - csv
                  - json
              object_key:
                description:
                  - Name of the object.
                type: str
              object_key_prefix:
                description:
                  - Prefix (directory) of the written objects.
                type: str
              region:
                description:
                  - Region of the bucket, for example V(ap-guangzhou).
                type: str
                required: true
              source_data_format:
                description:
                  - 'Format of the source data: V(JSON) or V(Debezium).'
                type: str
                choices:
                  - JSON
                  - Debezium
              timezone:
                description:
                  - Time zone of the partition directories, as V(UTC+08:00) (the service default).
                type: str
          ctsdb_param:
            description:
              - The CTSDB connection. Required when O(config[].target_resource.type) is V(CTSDB).
            type: dict
            suboptions:
              ctsdb_metric:
                description:
                  - Name of the CTSDB metric.
                type: str
              resource:
                description:
                  - ID of the CTSDB connection in connection management.
                type: str
          dts_param:
            description:
              - The DTS subscription. Required when O(config[].target_resource.type) is V(DTS).
            type: dict
            suboptions:
              group_id:
                description:
                  - ID of the DTS consumer group.
                type: str
              group_password:
                description:
                  - Password of O(config[].target_resource.dts_param.group_user). The service never returns it.
                type: str
              group_user:
                description:
                  - Account of the DTS consumer group.
                type: str
              ip:
                description:
                  - IP address to connect to.
                type: str
              port:
                description:
                  - Port to connect to.
                  - From 1 to 65535.
                type: int
              resource:
                description:
                  - ID of the DTS instance.
                type: str
                required: true
              topic:
                description:
                  - Topic of the DTS subscription.
                type: str
              tran_sql:
                description:
                  - True sends the records as parsed JSON, false sends the raw data. The service default is true.
                type: bool
          es_param:
            description:
              - The Elasticsearch cluster. Required when O(config[].target_resource.type) is V(ES).
            type: dict
            suboptions:
              content_key:
                description:
                  - Field name under which messages that are not JSON are stored.
                type: str
              database_primary_key:
                description:
                  - When the messages are database binlog records and inserts, updates and deletes are to be applied
                    to the index, the primary key of the table.
                type: str
              date_field:
                description:
                  - Message field that becomes V(@timestamp) in the index. Unset means the message timestamp is
                    used.
                type: str
              date_format:
                description:
                  - Date suffix appended to the index name, for example V(yyyy-MM-dd).
                type: str
              document_id_field:
                description:
                  - Message field whose value becomes the document ID, for example V($.payload.name).
                type: str
              drop_cls:
                description:
                  - Send messages that fail to parse to CLS. When its O(config[].target_resource.es_param.drop_cls.drop_invalid_message_to_cls)
                    is true, O(config[].target_resource.es_param.drop_invalid_message) has no effect.
                type: dict
                suboptions:
                  drop_cls_log_set:
                    description:
                      - ID of the CLS log set.
                    type: str
                  drop_cls_owneruin:
                    description:
                      - Account ID (UIN) that owns the CLS log topic.
                    type: str
                  drop_cls_region:
                    description:
                      - Region of the CLS log topic, for example V(ap-guangzhou).
                    type: str
                  drop_cls_topic_id:
                    description:
                      - ID of the CLS log topic.
                    type: str
                  drop_invalid_message_to_cls:
                    description:
                      - Whether messages that fail to parse are sent to CLS.
                    type: bool
              drop_dlq:
                description:
                  - Dead letter queue for messages that cannot be written.
                type: dict
                suboptions:
                  dlq_type:
                    description:
                      - 'Kind of dead letter queue: V(CKAFKA) or V(TOPIC).'
                    type: str
                    choices:
                      - CKAFKA
                      - TOPIC
                  kafka_param:
                    description:
                      - The CKafka dead letter queue. Required when O(config[].target_resource.es_param.drop_dlq.dlq_type)
                        is V(CKAFKA).
                    type: dict
                    suboptions:
                      compression_type:
                        description:
                          - 'Whether messages written to the topic are compressed: V(none) or V(open).'
                        type: str
                        choices:
                          - none
                          - open
                      connector_sync_type:
                        description:
                          - For data sync tasks only; leave unset for ordinary processing. V(META_SYNC_INSTANCE_TYPE)
                            copies the metadata of the instance, V(META_AND_DATA_SYNC_INSTANCE_TYPE) copies the
                            metadata and the messages of every topic, V(DATA_SYNC_TYPE) copies the messages of the
                            chosen topics (the target instance must have them).
                        type: str
                      enable_toleration:
                        description:
                          - Whether fault tolerance (a dead letter queue) is enabled.
                        type: bool
                      keep_partition:
                        description:
                          - 'For data sync tasks: write each message to the same partition number it came from (fails
                            when the target has fewer partitions). The service default is false.'
                        type: bool
                      msg_multiple:
                        description:
                          - Each source message is written this many times to the target topic (CKafka to CKafka
                            only).
                        type: int
                      offset_type:
                        description:
                          - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from
                            O(config[].target_resource.es_param.drop_dlq.kafka_param.start_time)).'
                        type: str
                        choices:
                          - earliest
                          - latest
                          - timestamp
                      partition_num:
                        description:
                          - Number of partitions of the topic. Reported by the service; there is no need to set
                            it.
                        type: int
                      prefix:
                        description:
                          - Prefix of the topic names.
                        type: str
                      qps_limit:
                        description:
                          - Upper limit of messages per second.
                        type: int
                      resource:
                        description:
                          - ID of the CKafka instance, for example V(ckafka-abcd1234).
                        type: str
                        required: true
                      resource_name:
                        description:
                          - Name of the instance. Reported by the service; there is no need to set it.
                        type: str
                      self_built:
                        description:
                          - Whether the cluster is a self-built Kafka cluster rather than a CKafka instance.
                        type: bool
                        required: true
                      separator:
                        description:
                          - Separator between the topic prefix and the rest of the name.
                        type: str
                      start_time:
                        description:
                          - Start of reading, in Unix time (seconds). Required when O(config[].target_resource.es_param.drop_dlq.kafka_param.offset_type)
                            is V(timestamp).
                        type: int
                      table_mappings:
                        description:
                          - Which tables go to which topic. Required when O(config[].target_resource.es_param.drop_dlq.kafka_param.use_table_mapping)
                            is true.
                        type: list
                        elements: dict
                        suboptions:
                          database:
                            description:
                              - Name of the database.
                            type: str
                            required: true
                          table:
                            description:
                              - Names of the tables, separated by commas.
                            type: str
                            required: true
                          topic:
                            description:
                              - Name of the topic the changes go to.
                            type: str
                            required: true
                          topic_id:
                            description:
                              - ID of that topic.
                            type: str
                            required: true
                      topic:
                        description:
                          - Name of the topic; several topics are separated by commas.
                        type: str
                      topic_id:
                        description:
                          - ID of the topic. Reported by the service; there is no need to set it.
                        type: str
                      topic_list:
                        description:
                          - Names of the topics, when several are chosen.
                        type: list
                        elements: str
                      topic_regular_expression:
                        description:
                          - Regular expression that selects the topics.
                        type: str
                      use_auto_create_topic:
                        description:
                          - Whether the topic is created automatically (SOURCE tasks only). Without
                            O(config[].target_resource.es_param.drop_dlq.kafka_param.use_table_mapping),
                            name the topic to create in O(config[].target_resource.es_param.drop_dlq.kafka_param.topic).
                        type: bool
                      use_table_mapping:
                        description:
                          - Whether changes are distributed to several topics by O(config[].target_resource.es_param.drop_dlq.kafka_param.table_mappings).
                            The service default is false.
                        type: bool
                      zone_id:
                        description:
                          - Availability zone of the instance, as a number. Reported by the service; there is no
                            need to set it.
                        type: int
                  max_retry_attempts:
                    description:
                      - Number of retries.
                    type: int
                  retry_interval:
                    description:
                      - Time between retries.
                    type: int
                  topic_param:
                    description:
                      - The DIP topic dead letter queue. Required when O(config[].target_resource.es_param.drop_dlq.dlq_type)
                        is V(TOPIC).
                    type: dict
                    suboptions:
                      compression_type:
                        description:
                          - 'Compression of messages written to the topic: V(none), V(gzip), V(snappy) or V(lz4).'
                        type: str
                        choices:
                          - none
                          - gzip
                          - snappy
                          - lz4
                      msg_multiple:
                        description:
                          - Each source message is written this many times to the target topic (CKafka to CKafka
                            only).
                        type: int
                      offset_type:
                        description:
                          - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from
                            O(config[].target_resource.es_param.drop_dlq.topic_param.start_time)).'
                        type: str
                        choices:
                          - earliest
                          - latest
                          - timestamp
                      resource:
                        description:
                          - Name of the DIP topic.
                        type: str
                        required: true
                      start_time:
                        description:
                          - Start of reading, in Unix time (seconds). Required when O(config[].target_resource.es_param.drop_dlq.topic_param.offset_type)
                            is V(timestamp).
                        type: int
                      topic_id:
                        description:
                          - ID of the topic. Reported by the service; there is no need to set it.
                        type: str
                      use_auto_create_topic:
                        description:
                          - Whether the topic is created automatically (SOURCE tasks only).
                        type: bool
                  type:
                    description:
                      - 'What happens to a failed message: V(DLQ) (sent to a dead letter queue), V(IGNORE_ERROR)
                        (kept) or V(DROP) (dropped).'
                    type: str
                    choices:
                      - DLQ
                      - IGNORE_ERROR
                      - DROP
                    required: true
              drop_invalid_json_message:
                description:
                  - Whether messages that are not JSON are dropped.
                type: bool
              drop_invalid_message:
                description:
                  - Whether messages that fail to parse are dropped.
                type: bool
              index:
                description:
                  - Name of the index to write to (see O(config[].target_resource.es_param.index_type)).
                type: str
              index_type:
                description:
                  - 'How O(config[].target_resource.es_param.index) is read: V(STRING) (a fixed name, the service
                    default) or V(JSONPATH) (taken from the message).'
                type: str
                choices:
                  - STRING
                  - JSONPATH
              password:
                description:
                  - Password of O(config[].target_resource.es_param.user_name). The service never returns it.
                type: str
              port:
                description:
                  - Port to connect to.
                  - From 1 to 65535.
                type: int
              protocol:
                description:
                  - 'Protocol to reach the cluster: V(http) (the service default) or V(https).'
                type: str
                choices:
                  - http
                  - https
              record_mapping_list:
                description:
                  - With data subscription formats, how message fields map to index fields. Unset means fields are
                    matched by name.
                type: list
                elements: dict
                suboptions:
                  column_name:
                    description:
                      - Name of the index field.
                    type: str
                  json_key:
                    description:
                      - Name of the message field.
                    type: str
              record_mapping_mode:
                description:
                  - Whether the index mapping is an existing one (V(EXIST_MAPPING)) or a new one (V(NEW_MAPPING)).
                type: str
                choices:
                  - EXIST_MAPPING
                  - NEW_MAPPING
              resource:
                description:
                  - ID of the Elasticsearch instance.
                type: str
                required: true
              self_built:
                description:
                  - Whether the cluster is self-built.
                type: bool
              service_vip:
                description:
                  - Virtual IP address of the instance.
                type: str
              source_data_format:
                description:
                  - 'Format of the source data when it comes from a data subscription such as DTS: V(Debezium) or
                    V(Canal) JSON.'
                type: str
                choices:
                  - Debezium
                  - Canal
              uniq_vpc_id:
                description:
                  - ID of the VPC of the instance.
                type: str
              user_name:
                description:
                  - User name for the cluster.
                type: str
          event_bus_param:
            description:
              - The EventBridge target. Required when O(config[].target_resource.type) is V(EB), V(EB_ES), V(EB_COS)
                or V(EB_CLS).
            type: dict
            suboptions:
              function_name:
                description:
                  - Name of the SCF function.
                type: str
              namespace:
                description:
                  - Namespace of the SCF function.
                type: str
              qualifier:
                description:
                  - Version or alias of the SCF function, for example V($LATEST).
                type: str
              resource:
                description:
                  - ID of the resource.
                type: str
                required: true
              self_built:
                description:
                  - Whether the resource is self-built.
                type: bool
                required: true
              type:
                description:
                  - Kind of resource behind EventBridge, for example V(COS), V(ES) or V(CLS).
                type: str
                required: true
          iceberg_param:
            description:
              - The Iceberg table. Required when O(config[].target_resource.type) is V(ICEBERG).
            type: dict
            suboptions:
              database:
                description:
                  - Target database (the namespace in the Hive catalog). The service needs it, although the API
                    marks it optional.
                type: str
              enable_field_extension:
                description:
                  - Whether new message fields extend the table.
                type: bool
              primary_keys:
                description:
                  - Primary key fields, separated by commas. Required when O(config[].target_resource.iceberg_param.upsert_mode)
                    is V(UPSERT) or V(CDC).
                type: str
              resource:
                description:
                  - ID of the Iceberg connection (an EMR instance).
                type: str
              scheme_type:
                description:
                  - How messages are parsed; V(JSON) is the only value supported for now.
                type: str
              table_name:
                description:
                  - Target table.
                type: str
              upsert_mode:
                description:
                  - 'Write mode: V(Off) (the service default), V(UPSERT) or V(CDC).'
                type: str
          kafka_param:
            description:
              - The CKafka instance and topics. Required when O(config[].target_resource.type) is V(KAFKA).
            type: dict
            suboptions:
              compression_type:
                description:
                  - 'Whether messages written to the topic are compressed: V(none) or V(open).'
                type: str
                choices:
                  - none
                  - open
              connector_sync_type:
                description:
                  - For data sync tasks only; leave unset for ordinary processing. V(META_SYNC_INSTANCE_TYPE) copies
                    the metadata of the instance, V(META_AND_DATA_SYNC_INSTANCE_TYPE) copies the metadata and the
                    messages of every topic, V(DATA_SYNC_TYPE) copies the messages of the chosen topics (the target
                    instance must have them).
                type: str
              enable_toleration:
                description:
                  - Whether fault tolerance (a dead letter queue) is enabled.
                type: bool
              keep_partition:
                description:
                  - 'For data sync tasks: write each message to the same partition number it came from (fails when
                    the target has fewer partitions). The service default is false.'
                type: bool
              msg_multiple:
                description:
                  - Each source message is written this many times to the target topic (CKafka to CKafka only).
                type: int
              offset_type:
                description:
                  - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from O(config[].target_resource.kafka_param.start_time)).'
                type: str
                choices:
                  - earliest
                  - latest
                  - timestamp
              partition_num:
                description:
                  - Number of partitions of the topic. Reported by the service; there is no need to set it.
                type: int
              prefix:
                description:
                  - Prefix of the topic names.
                type: str
              qps_limit:
                description:
                  - Upper limit of messages per second.
                type: int
              resource:
                description:
                  - ID of the CKafka instance, for example V(ckafka-abcd1234).
                type: str
                required: true
              resource_name:
                description:
                  - Name of the instance. Reported by the service; there is no need to set it.
                type: str
              self_built:
                description:
                  - Whether the cluster is a self-built Kafka cluster rather than a CKafka instance.
                type: bool
                required: true
              separator:
                description:
                  - Separator between the topic prefix and the rest of the name.
                type: str
              start_time:
                description:
                  - Start of reading, in Unix time (seconds). Required when O(config[].target_resource.kafka_param.offset_type)
                    is V(timestamp).
                type: int
              table_mappings:
                description:
                  - Which tables go to which topic. Required when O(config[].target_resource.kafka_param.use_table_mapping)
                    is true.
                type: list
                elements: dict
                suboptions:
                  database:
                    description:
                      - Name of the database.
                    type: str
                    required: true
                  table:
                    description:
                      - Names of the tables, separated by commas.
                    type: str
                    required: true
                  topic:
                    description:
                      - Name of the topic the changes go to.
                    type: str
                    required: true
                  topic_id:
                    description:
                      - ID of that topic.
                    type: str
                    required: true
              topic:
                description:
                  - Name of the topic; several topics are separated by commas.
                type: str
              topic_id:
                description:
                  - ID of the topic. Reported by the service; there is no need to set it.
                type: str
              topic_list:
                description:
                  - Names of the topics, when several are chosen.
                type: list
                elements: str
              topic_regular_expression:
                description:
                  - Regular expression that selects the topics.
                type: str
              use_auto_create_topic:
                description:
                  - Whether the topic is created automatically (SOURCE tasks only). Without O(config[].target_resource.kafka_param.use_table_mapping),
                    name the topic to create in O(config[].target_resource.kafka_param.topic).
                type: bool
              use_table_mapping:
                description:
                  - Whether changes are distributed to several topics by O(config[].target_resource.kafka_param.table_mappings).
                    The service default is false.
                type: bool
              zone_id:
                description:
                  - Availability zone of the instance, as a number. Reported by the service; there is no need to
                    set it.
                type: int
          maria_db_param:
            description:
              - The MariaDB database. Required when O(config[].target_resource.type) is V(MARIADB).
            type: dict
            suboptions:
              database:
                description:
                  - Name of the database; V(*) means every database.
                type: str
                required: true
              include_content_changes:
                description:
                  - V(all) writes DDL and DML changes to the topic, V(dml) only DML changes.
                type: str
                choices:
                  - all
                  - dml
              include_query:
                description:
                  - Whether records carry the original SQL statement (needs V(binlog_rows_query_log_events) on).
                type: bool
              is_table_prefix:
                description:
                  - Whether O(config[].target_resource.maria_db_param.table) is a prefix of table names.
                type: bool
              key_columns:
                description:
                  - Key columns per table, as V(db1.table1:col1,col2;db2.table2:col3). Tables left out use their
                    primary key.
                type: str
              output_format:
                description:
                  - 'Format of the change records: V(DEFAULT), V(CANAL_1) or V(CANAL_2).'
                type: str
                choices:
                  - DEFAULT
                  - CANAL_1
                  - CANAL_2
              record_with_schema:
                description:
                  - Whether each message carries the schema of its structure.
                type: bool
              resource:
                description:
                  - ID of the MariaDB connection in connection management.
                type: str
                required: true
              snapshot_mode:
                description:
                  - 'Whether existing rows are copied: V(initial) copies them (the service default), V(schema_only)
                    does not.'
                type: str
                choices:
                  - initial
                  - schema_only
              table:
                description:
                  - Tables to read, as V(database.table) separated by commas; V(*) means every non-system table.
                type: str
                required: true
          mongo_db_param:
            description:
              - The MongoDB database. Required when O(config[].target_resource.type) is V(MONGODB).
            type: dict
            suboptions:
              collection:
                description:
                  - Name of the collection.
                type: str
                required: true
              copy_existing:
                description:
                  - Whether the documents that already exist are copied too (usually true).
                type: bool
                required: true
              database:
                description:
                  - Name of the database.
                type: str
                required: true
              ip:
                description:
                  - IP address to connect to.
                type: str
              listening_event:
                description:
                  - Change events to read, separated by commas, from V(insert), V(update), V(replace), V(delete),
                    V(invalidate), V(drop), V(dropdatabase) and V(rename). Unset means all of them.
                type: str
              password:
                description:
                  - Password of O(config[].target_resource.mongo_db_param.user_name). The service never returns
                    it.
                type: str
              pipeline:
                description:
                  - Aggregation pipeline applied to the change stream.
                type: str
              port:
                description:
                  - Port to connect to.
                  - From 1 to 65535.
                type: int
              read_preference:
                description:
                  - Which member of the replica set is read from. The service default is the primary.
                type: str
              resource:
                description:
                  - ID of the MongoDB resource.
                type: str
                required: true
              self_built:
                description:
                  - Whether the database is self-built.
                type: bool
              user_name:
                description:
                  - User name for the database.
                type: str
          mqtt_param:
            description:
              - The MQTT instance. Required when O(config[].target_resource.type) is V(MQTT).
            type: dict
            suboptions:
              clean_session:
                description:
                  - True starts a new session at each connection, false resumes the previous one.
                type: bool
                required: true
              ip:
                description:
                  - Virtual IP address of the instance.
                type: str
              max_tasks:
                description:
                  - Parallel subscribers (C(tasks.max)). The service default is 1; more than 1 uses a shared subscription.
                type: int
              password:
                description:
                  - Password of O(config[].target_resource.mqtt_param.user_name). The service never returns it.
                type: str
              port:
                description:
                  - Port of that address, for example 1883.
                  - From 1 to 65535.
                type: int
              qos:
                description:
                  - MQTT quality of service level.
                type: int
              resource:
                description:
                  - ID of the MQTT instance.
                type: str
              self_built:
                description:
                  - Whether the instance is self-built. MQTT supports only instances that are not.
                type: bool
              service_vip:
                description:
                  - Service virtual IP address of the instance.
                type: str
              sql_filter:
                description:
                  - SQL condition that filters messages, for example V(WHERE level = 'vip').
                type: str
              topics:
                description:
                  - MQTT topics to read, separated by commas.
                type: str
                required: true
              uniq_vpc_id:
                description:
                  - ID of the VPC of the instance.
                type: str
              user_name:
                description:
                  - User name in the instance.
                type: str
          my_sql_param:
            description:
              - The MySQL database. Required when O(config[].target_resource.type) is V(MYSQL) or V(TDSQL_C_MYSQL).
            type: dict
            suboptions:
              data_source_increment_column:
                description:
                  - Name of the column that tracks new rows.
                type: str
              data_source_increment_mode:
                description:
                  - 'Kind of the column that tracks new rows: V(TIMESTAMP) or V(INCREMENT) (an auto-increment ID).'
                type: str
                choices:
                  - TIMESTAMP
                  - INCREMENT
              data_source_monitor_mode:
                description:
                  - 'What is read: V(TABLE) (a table) or V(QUERY) (a SQL query).'
                type: str
                choices:
                  - TABLE
                  - QUERY
              data_source_monitor_resource:
                description:
                  - The table (when O(config[].target_resource.my_sql_param.data_source_monitor_mode) is V(TABLE))
                    or the SQL query (when it is V(QUERY)).
                type: str
              data_source_start_from:
                description:
                  - V(HEAD) copies existing and new rows, V(TAIL) only new rows.
                type: str
                choices:
                  - HEAD
                  - TAIL
              data_target_insert_mode:
                description:
                  - 'How rows are written: V(INSERT) or V(UPSERT).'
                type: str
                choices:
                  - INSERT
                  - UPSERT
              data_target_primary_key_field:
                description:
                  - Primary key used by upserts. Required when O(config[].target_resource.my_sql_param.data_target_insert_mode)
                    is V(UPSERT).
                type: str
              data_target_record_mapping:
                description:
                  - How message fields map to table columns.
                type: list
                elements: dict
                suboptions:
                  allow_null:
                    description:
                      - Whether the field may be null.
                    type: bool
                  auto_increment:
                    description:
                      - Whether the column is auto-incremented.
                    type: bool
                  column_name:
                    description:
                      - Column the field maps to.
                    type: str
                  column_size:
                    description:
                      - Size of the column, as a string.
                    type: str
                  decimal_digits:
                    description:
                      - Decimal digits of the column, as a string.
                    type: str
                  default_value:
                    description:
                      - Default value of the column.
                    type: str
                  extra_info:
                    description:
                      - Extra column definition, for example V(AUTO_INCREMENT).
                    type: str
                  json_key:
                    description:
                      - Name of the message field.
                    type: str
                  type:
                    description:
                      - Type of the field, for example V(Integer).
                    type: str
              database:
                description:
                  - Name of the database; V(*) means every database.
                type: str
                required: true
              date_time_zone:
                description:
                  - Time zone used to turn V(datetime) columns into timestamps, for example V(UTC+8).
                type: str
              ddl_topic:
                description:
                  - Topic that receives the DDL statements. Unset means they are not kept.
                type: str
              drop_cls:
                description:
                  - Send messages that fail to parse to CLS. When its O(config[].target_resource.my_sql_param.drop_cls.drop_invalid_message_to_cls)
                    is true, O(config[].target_resource.my_sql_param.drop_invalid_message) has no effect.
                type: dict
                suboptions:
                  drop_cls_log_set:
                    description:
                      - ID of the CLS log set.
                    type: str
                  drop_cls_owneruin:
                    description:
                      - Account ID (UIN) that owns the CLS log topic.
                    type: str
                  drop_cls_region:
                    description:
                      - Region of the CLS log topic, for example V(ap-guangzhou).
                    type: str
                  drop_cls_topic_id:
                    description:
                      - ID of the CLS log topic.
                    type: str
                  drop_invalid_message_to_cls:
                    description:
                      - Whether messages that fail to parse are sent to CLS.
                    type: bool
              drop_invalid_message:
                description:
                  - Whether messages that fail to parse are dropped. The service default is true.
                type: bool
              include_content_changes:
                description:
                  - V(all) writes DDL and DML changes to the topic, V(dml) only DML changes.
                type: str
                choices:
                  - all
                  - dml
              include_query:
                description:
                  - Whether records carry the original SQL statement (needs V(binlog_rows_query_log_events) on in
                    MySQL).
                type: bool
              is_table_prefix:
                description:
                  - Whether O(config[].target_resource.my_sql_param.table) is a prefix of table names.
                type: bool
              is_table_regular:
                description:
                  - Whether O(config[].target_resource.my_sql_param.table) is a regular expression. It wins over
                    O(config[].target_resource.my_sql_param.is_table_prefix) when both are true.
                type: bool
              key_columns:
                description:
                  - 'Key columns per table, as V(db1.table1:col1,col2;db2.table2:col3): tables separated by semicolons,
                    columns by commas. Tables left out use their primary key.'
                type: str
              output_format:
                description:
                  - 'Format of the change records: V(DEFAULT), V(CANAL_1) or V(CANAL_2).'
                type: str
                choices:
                  - DEFAULT
                  - CANAL_1
                  - CANAL_2
              record_with_schema:
                description:
                  - Whether each message carries the schema of its structure.
                type: bool
              resource:
                description:
                  - ID of the MySQL connection in connection management.
                type: str
                required: true
              self_built:
                description:
                  - Whether the database is self-built.
                type: bool
              signal_database:
                description:
                  - Database that holds the signal table.
                type: str
              signal_table:
                description:
                  - Name of the signal table.
                type: str
              snapshot_mode:
                description:
                  - 'Whether existing rows are copied: V(initial) copies them (the service default), V(schema_only)
                    does not.'
                type: str
                choices:
                  - initial
                  - schema_only
              table:
                description:
                  - Tables to read, as V(database.table) separated by commas; V(*) means every non-system table
                    of the chosen databases. A regular expression is written as V(database\\.table).
                type: str
                required: true
              topic_regex:
                description:
                  - Regular expression that routes events to topics. The service default is V((.*)).
                type: str
              topic_replacement:
                description:
                  - Replacement built from the groups of O(config[].target_resource.my_sql_param.topic_regex), such
                    as V($1).
                type: str
          postgre_sql_param:
            description:
              - The PostgreSQL database. Required when O(config[].target_resource.type) is V(POSTGRESQL) or V(TDSQL_C_POSTGRESQL).
            type: dict
            suboptions:
              data_format:
                description:
                  - 'Format of the upstream data: V(JSON) or V(Debezium). Needed when fields are matched by the
                    default mapping.'
                type: str
                choices:
                  - JSON
                  - Debezium
              data_target_insert_mode:
                description:
                  - 'How rows are written: V(INSERT) or V(UPSERT).'
                type: str
                choices:
                  - INSERT
                  - UPSERT
              data_target_primary_key_field:
                description:
                  - Primary key used by upserts. Required when O(config[].target_resource.postgre_sql_param.data_target_insert_mode)
                    is V(UPSERT).
                type: str
              data_target_record_mapping:
                description:
                  - How message fields map to table columns.
                type: list
                elements: dict
                suboptions:
                  allow_null:
                    description:
                      - Whether the field may be null.
                    type: bool
                  auto_increment:
                    description:
                      - Whether the column is auto-incremented.
                    type: bool
                  column_name:
                    description:
                      - Column the field maps to.
                    type: str
                  column_size:
                    description:
                      - Size of the column, as a string.
                    type: str
                  decimal_digits:
                    description:
                      - Decimal digits of the column, as a string.
                    type: str
                  default_value:
                    description:
                      - Default value of the column.
                    type: str
                  extra_info:
                    description:
                      - Extra column definition, for example V(AUTO_INCREMENT).
                    type: str
                  json_key:
                    description:
                      - Name of the message field.
                    type: str
                  type:
                    description:
                      - Type of the field, for example V(Integer).
                    type: str
              database:
                description:
                  - Name of the database.
                type: str
                required: true
              drop_invalid_message:
                description:
                  - Whether messages that fail to parse are dropped. The service default is true.
                type: bool
              is_table_regular:
                description:
                  - Whether O(config[].target_resource.postgre_sql_param.table) is a regular expression.
                type: bool
              key_columns:
                description:
                  - Key columns per table, as V(db1.table1:col1,col2;db2.table2:col3). Tables left out use their
                    primary key.
                type: str
              plugin_name:
                description:
                  - 'Logical decoding plugin: V(decoderbufs) or V(pgoutput).'
                type: str
                choices:
                  - decoderbufs
                  - pgoutput
                required: true
              record_with_schema:
                description:
                  - Whether each message carries the schema of its structure.
                type: bool
              resource:
                description:
                  - ID of the PostgreSQL connection in connection management.
                type: str
                required: true
              snapshot_mode:
                description:
                  - 'Whether existing rows are copied: V(initial) copies them (the service default), V(never) only
                    reads new changes.'
                type: str
                choices:
                  - initial
                  - never
              table:
                description:
                  - Tables to read, as V(schema.table) separated by commas; V(*) means every non-system table. A
                    regular expression is written as V(schema\\.table).
                type: str
                required: true
          scf_param:
            description:
              - The SCF function. Required when O(config[].target_resource.type) is V(SCF).
            type: dict
            suboptions:
              batch_size:
                description:
                  - Most messages sent per call. The service default is 1000.
                type: int
              function_name:
                description:
                  - Name of the function.
                type: str
                required: true
              max_retries:
                description:
                  - Retries after a failed call. The service default is 5.
                type: int
              namespace:
                description:
                  - Namespace of the function. The service default is V(default).
                type: str
              qualifier:
                description:
                  - Version or alias of the function. The service default is V($DEFAULT).
                type: str
          sql_server_param:
            description:
              - The SQL Server database. Required when O(config[].target_resource.type) is V(SQLSERVER).
            type: dict
            suboptions:
              database:
                description:
                  - Name of the database.
                type: str
                required: true
              resource:
                description:
                  - ID of the SQL Server connection in connection management.
                type: str
                required: true
              snapshot_mode:
                description:
                  - 'Whether existing rows are copied: V(initial) copies them (the service default), V(schema_only)
                    only reads new changes.'
                type: str
                choices:
                  - initial
                  - schema_only
              table:
                description:
                  - Tables to read, as V(database.table) separated by commas; V(*) means every non-system table.
                type: str
                required: true
          tdw_param:
            description:
              - The TDW table. Required when O(config[].target_resource.type) is V(TDW).
            type: dict
            suboptions:
              bid:
                description:
                  - Business ID (bid) in TDW.
                type: str
                required: true
              is_domestic:
                description:
                  - Whether the TDW service is the domestic one. The service default is true.
                type: bool
              tdw_host:
                description:
                  - Host name of the TDW manager. The service has a default.
                type: str
              tdw_port:
                description:
                  - Port of the TDW manager. The service default is 8099.
                  - From 1 to 65535.
                type: int
              tid:
                description:
                  - Table ID (tid) in TDW.
                type: str
                required: true
          topic_param:
            description:
              - The DIP topic. Required when O(config[].target_resource.type) is V(TOPIC).
            type: dict
            suboptions:
              compression_type:
                description:
                  - 'Compression of messages written to the topic: V(none), V(gzip), V(snappy) or V(lz4).'
                type: str
                choices:
                  - none
                  - gzip
                  - snappy
                  - lz4
              msg_multiple:
                description:
                  - Each source message is written this many times to the target topic (CKafka to CKafka only).
                type: int
              offset_type:
                description:
                  - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from O(config[].target_resource.topic_param.start_time)).'
                type: str
                choices:
                  - earliest
                  - latest
                  - timestamp
              resource:
                description:
                  - Name of the DIP topic.
                type: str
                required: true
              start_time:
                description:
                  - Start of reading, in Unix time (seconds). Required when O(config[].target_resource.topic_param.offset_type)
                    is V(timestamp).
                type: int
              topic_id:
                description:
                  - ID of the topic. Reported by the service; there is no need to set it.
                type: str
              use_auto_create_topic:
                description:
                  - Whether the topic is created automatically (SOURCE tasks only).
                type: bool
          type:
            description:
              - 'Kind of resource, in upper case, for example V(KAFKA), V(TOPIC), V(ES), V(COS), V(CLS), V(EB),
                V(MYSQL), V(POSTGRESQL), V(MONGODB), V(CLICKHOUSE), V(MQTT), V(SCF). It selects which parameter
                block is required: V(KAFKA) needs O(config[].target_resource.kafka_param), V(TOPIC) needs O(config[].target_resource.topic_param),
                V(ES) needs O(config[].target_resource.es_param), and so on.'
            type: str
            required: true
      task_id:
        description:
          - ID of the task, for example V(task-abcd1234), and its identity when given.
          - When the task does not exist, it is created with this ID, so that a rerun finds it with a single call.
            This relies on the service accepting an ID chosen by the client; when it refuses it, the run fails and
            says so. Then leave O(config[].task_id) out and identify the task by O(config[].task_name).
        type: str
      task_name:
        description:
          - Name of the task. It starts with a letter and holds letters, digits, V(-), V(.) and V(_), 64 characters
            at most.
          - Without O(config[].task_id), the exact name (with O(config[].task_type) when given) identifies the task.
          - With O(config[].task_id), a different name is changed in place.
          - One of O(config[].task_name) and O(config[].task_id) is required; O(config[].task_name) and O(config[].task_type)
            are required to create a task.
        type: str
      task_type:
        description:
          - 'Direction of the task: V(SOURCE) brings data into CKafka, V(SINK) sends data out of it. Required to
            create a task.'
        type: str
        choices:
          - SOURCE
          - SINK
      tasks_max:
        description:
          - Maximum number of parallel sub-tasks. C(DescribeDatahubTask) reports it as C(TaskMax).
          - C(CreateDatahubTask) does not take it; when set, a C(ModifyDatahubTask) applies it right after a create.
        type: int
      transform_param:
        description:
          - Simple data processing rules (parse, filter, map fields). Use either this or O(config[].transforms_param).
        type: dict
        suboptions:
          analyse_result:
            description:
              - The fields found by parsing the sample message. Output of a test run in the console; the service
                fills it in and the module never compares it.
            type: list
            elements: dict
            suboptions:
              key:
                description:
                  - Name of the output field.
                type: str
                required: true
              type:
                description:
                  - 'How the value is made: V(DEFAULT), V(DATE) (the current timestamp), V(CUSTOMIZE) (the fixed
                    O(config[].transform_param.analyse_result[].value)) or V(MAPPING) (copied from the parsed field
                    named in O(config[].transform_param.analyse_result[].value)).'
                type: str
                choices:
                  - DEFAULT
                  - DATE
                  - CUSTOMIZE
                  - MAPPING
              value:
                description:
                  - The value, as O(config[].transform_param.analyse_result[].type) reads it.
                type: str
          analysis_format:
            description:
              - 'How each message is parsed: V(JSON), V(DELIMITER) (split on O(config[].transform_param.regex) taken
                as a separator) or V(REGULAR) (fields extracted by the regular expression in O(config[].transform_param.regex)).'
            type: str
            choices:
              - JSON
              - DELIMITER
              - REGULAR
            required: true
          content:
            description:
              - A sample raw message the rules are designed against.
            type: str
            required: true
          failure_param:
            description:
              - What to do with messages that fail to parse.
            type: dict
            required: true
            suboptions:
              dlq_type:
                description:
                  - 'Kind of dead letter queue: V(CKAFKA) or V(TOPIC).'
                type: str
                choices:
                  - CKAFKA
                  - TOPIC
              kafka_param:
                description:
                  - The CKafka dead letter queue. Required when O(config[].transform_param.failure_param.dlq_type)
                    is V(CKAFKA).
                type: dict
                suboptions:
                  compression_type:
                    description:
                      - 'Whether messages written to the topic are compressed: V(none) or V(open).'
                    type: str
                    choices:
                      - none
                      - open
                  connector_sync_type:
                    description:
                      - For data sync tasks only; leave unset for ordinary processing. V(META_SYNC_INSTANCE_TYPE)
                        copies the metadata of the instance, V(META_AND_DATA_SYNC_INSTANCE_TYPE) copies the metadata
                        and the messages of every topic, V(DATA_SYNC_TYPE) copies the messages of the chosen topics
                        (the target instance must have them).
                    type: str
                  enable_toleration:
                    description:
                      - Whether fault tolerance (a dead letter queue) is enabled.
                    type: bool
                  keep_partition:
                    description:
                      - 'For data sync tasks: write each message to the same partition number it came from (fails
                        when the target has fewer partitions). The service default is false.'
                    type: bool
                  msg_multiple:
                    description:
                      - Each source message is written this many times to the target topic (CKafka to CKafka only).
                    type: int
                  offset_type:
                    description:
                      - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from O(config[].transform_param.failure_param.kafka_param.start_time)).'
                    type: str
                    choices:
                      - earliest
                      - latest
                      - timestamp
                  partition_num:
                    description:
                      - Number of partitions of the topic. Reported by the service; there is no need to set it.
                    type: int
                  prefix:
                    description:
                      - Prefix of the topic names.
                    type: str
                  qps_limit:
                    description:
                      - Upper limit of messages per second.
                    type: int
                  resource:
                    description:
                      - ID of the CKafka instance, for example V(ckafka-abcd1234).
                    type: str
                    required: true
                  resource_name:
                    description:
                      - Name of the instance. Reported by the service; there is no need to set it.
                    type: str
                  self_built:
                    description:
                      - Whether the cluster is a self-built Kafka cluster rather than a CKafka instance.
                    type: bool
                    required: true
                  separator:
                    description:
                      - Separator between the topic prefix and the rest of the name.
                    type: str
                  start_time:
                    description:
                      - Start of reading, in Unix time (seconds). Required when O(config[].transform_param.failure_param.kafka_param.offset_type)
                        is V(timestamp).
                    type: int
                  table_mappings:
                    description:
                      - Which tables go to which topic. Required when O(config[].transform_param.failure_param.kafka_param.use_table_mapping)
                        is true.
                    type: list
                    elements: dict
                    suboptions:
                      database:
                        description:
                          - Name of the database.
                        type: str
                        required: true
                      table:
                        description:
                          - Names of the tables, separated by commas.
                        type: str
                        required: true
                      topic:
                        description:
                          - Name of the topic the changes go to.
                        type: str
                        required: true
                      topic_id:
                        description:
                          - ID of that topic.
                        type: str
                        required: true
                  topic:
                    description:
                      - Name of the topic; several topics are separated by commas.
                    type: str
                  topic_id:
                    description:
                      - ID of the topic. Reported by the service; there is no need to set it.
                    type: str
                  topic_list:
                    description:
                      - Names of the topics, when several are chosen.
                    type: list
                    elements: str
                  topic_regular_expression:
                    description:
                      - Regular expression that selects the topics.
                    type: str
                  use_auto_create_topic:
                    description:
                      - Whether the topic is created automatically (SOURCE tasks only). Without
                        O(config[].transform_param.failure_param.kafka_param.use_table_mapping),
                        name the topic to create in O(config[].transform_param.failure_param.kafka_param.topic).
                    type: bool
                  use_table_mapping:
                    description:
                      - Whether changes are distributed to several topics by O(config[].transform_param.failure_param.kafka_param.table_mappings).
                        The service default is false.
                    type: bool
                  zone_id:
                    description:
                      - Availability zone of the instance, as a number. Reported by the service; there is no need
                        to set it.
                    type: int
              max_retry_attempts:
                description:
                  - Number of retries.
                type: int
              retry_interval:
                description:
                  - Time between retries.
                type: int
              topic_param:
                description:
                  - The DIP topic dead letter queue. Required when O(config[].transform_param.failure_param.dlq_type)
                    is V(TOPIC).
                type: dict
                suboptions:
                  compression_type:
                    description:
                      - 'Compression of messages written to the topic: V(none), V(gzip), V(snappy) or V(lz4).'
                    type: str
                    choices:
                      - none
                      - gzip
                      - snappy
                      - lz4
                  msg_multiple:
                    description:
                      - Each source message is written this many times to the target topic (CKafka to CKafka only).
                    type: int
                  offset_type:
                    description:
                      - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from O(config[].transform_param.failure_param.topic_param.start_time)).'
                    type: str
                    choices:
                      - earliest
                      - latest
                      - timestamp
                  resource:
                    description:
                      - Name of the DIP topic.
                    type: str
                    required: true
                  start_time:
                    description:
                      - Start of reading, in Unix time (seconds). Required when O(config[].transform_param.failure_param.topic_param.offset_type)
                        is V(timestamp).
                    type: int
                  topic_id:
                    description:
                      - ID of the topic. Reported by the service; there is no need to set it.
                    type: str
                  use_auto_create_topic:
                    description:
                      - Whether the topic is created automatically (SOURCE tasks only).
                    type: bool
              type:
                description:
                  - 'What happens to a failed message: V(DLQ) (sent to a dead letter queue), V(IGNORE_ERROR) (kept)
                    or V(DROP) (dropped).'
                type: str
                choices:
                  - DLQ
                  - IGNORE_ERROR
                  - DROP
                required: true
          filter_param:
            description:
              - Filters; only messages that pass all of them are kept.
            type: list
            elements: dict
            suboptions:
              key:
                description:
                  - Name of the field to test.
                type: str
                required: true
              match_mode:
                description:
                  - 'How the field is tested: V(PREFIX), V(SUFFIX), V(CONTAINS), V(EXCEPT), V(NUMBER) or V(IP).'
                type: str
                choices:
                  - PREFIX
                  - SUFFIX
                  - CONTAINS
                  - EXCEPT
                  - NUMBER
                  - IP
                required: true
              type:
                description:
                  - Kind of filter; the only value is V(REGULAR).
                type: str
                choices:
                  - REGULAR
              value:
                description:
                  - Value the field is tested against.
                type: str
                required: true
          map_param:
            description:
              - The fields of the output message and how each is made.
            type: list
            elements: dict
            suboptions:
              key:
                description:
                  - Name of the output field.
                type: str
                required: true
              type:
                description:
                  - 'How the value is made: V(DEFAULT), V(DATE) (the current timestamp), V(CUSTOMIZE) (the fixed
                    O(config[].transform_param.map_param[].value)) or V(MAPPING) (copied from the parsed field named
                    in O(config[].transform_param.map_param[].value)).'
                type: str
                choices:
                  - DEFAULT
                  - DATE
                  - CUSTOMIZE
                  - MAPPING
              value:
                description:
                  - The value, as O(config[].transform_param.map_param[].type) reads it.
                type: str
          output_format:
            description:
              - Format of the processed message, for example V(JSON).
            type: str
            required: true
          regex:
            description:
              - The separator (for V(DELIMITER)) or the regular expression (for V(REGULAR)) used to parse messages.
            type: str
          result:
            description:
              - Output of a test run in the console; the service fills it in and the module never compares it.
            type: str
          source_type:
            description:
              - 'Where the sample message comes from: V(TOPIC) (pulled from the source topic) or V(CUSTOMIZE) (given
                in O(config[].transform_param.content)).'
            type: str
            choices:
              - TOPIC
              - CUSTOMIZE
            required: true
          use_event_bus:
            description:
              - Whether the processing runs on the EventBridge engine underneath.
            type: bool
      transforms_param:
        description:
          - Data processing rules as a chain of steps. Use either this or O(config[].transform_param).
        type: dict
        suboptions:
          batch_analyse:
            description:
              - How messages holding an array are split.
            type: dict
            suboptions:
              format:
                description:
                  - V(ONE_BY_ONE) writes each array element as its own message, V(MERGE) writes them as one.
                type: str
                choices:
                  - ONE_BY_ONE
                  - MERGE
                required: true
          content:
            description:
              - A sample raw message the processing chain is designed against.
            type: str
            required: true
          failure_param:
            description:
              - What to do with messages that fail processing.
            type: dict
            suboptions:
              dlq_type:
                description:
                  - 'Kind of dead letter queue: V(CKAFKA) or V(TOPIC).'
                type: str
                choices:
                  - CKAFKA
                  - TOPIC
              kafka_param:
                description:
                  - The CKafka dead letter queue. Required when O(config[].transforms_param.failure_param.dlq_type)
                    is V(CKAFKA).
                type: dict
                suboptions:
                  compression_type:
                    description:
                      - 'Whether messages written to the topic are compressed: V(none) or V(open).'
                    type: str
                    choices:
                      - none
                      - open
                  connector_sync_type:
                    description:
                      - For data sync tasks only; leave unset for ordinary processing. V(META_SYNC_INSTANCE_TYPE)
                        copies the metadata of the instance, V(META_AND_DATA_SYNC_INSTANCE_TYPE) copies the metadata
                        and the messages of every topic, V(DATA_SYNC_TYPE) copies the messages of the chosen topics
                        (the target instance must have them).
                    type: str
                  enable_toleration:
                    description:
                      - Whether fault tolerance (a dead letter queue) is enabled.
                    type: bool
                  keep_partition:
                    description:
                      - 'For data sync tasks: write each message to the same partition number it came from (fails
                        when the target has fewer partitions). The service default is false.'
                    type: bool
                  msg_multiple:
                    description:
                      - Each source message is written this many times to the target topic (CKafka to CKafka only).
                    type: int
                  offset_type:
                    description:
                      - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from
                        O(config[].transforms_param.failure_param.kafka_param.start_time)).'
                    type: str
                    choices:
                      - earliest
                      - latest
                      - timestamp
                  partition_num:
                    description:
                      - Number of partitions of the topic. Reported by the service; there is no need to set it.
                    type: int
                  prefix:
                    description:
                      - Prefix of the topic names.
                    type: str
                  qps_limit:
                    description:
                      - Upper limit of messages per second.
                    type: int
                  resource:
                    description:
                      - ID of the CKafka instance, for example V(ckafka-abcd1234).
                    type: str
                    required: true
                  resource_name:
                    description:
                      - Name of the instance. Reported by the service; there is no need to set it.
                    type: str
                  self_built:
                    description:
                      - Whether the cluster is a self-built Kafka cluster rather than a CKafka instance.
                    type: bool
                    required: true
                  separator:
                    description:
                      - Separator between the topic prefix and the rest of the name.
                    type: str
                  start_time:
                    description:
                      - Start of reading, in Unix time (seconds). Required when O(config[].transforms_param.failure_param.kafka_param.offset_type)
                        is V(timestamp).
                    type: int
                  table_mappings:
                    description:
                      - Which tables go to which topic. Required when O(config[].transforms_param.failure_param.kafka_param.use_table_mapping)
                        is true.
                    type: list
                    elements: dict
                    suboptions:
                      database:
                        description:
                          - Name of the database.
                        type: str
                        required: true
                      table:
                        description:
                          - Names of the tables, separated by commas.
                        type: str
                        required: true
                      topic:
                        description:
                          - Name of the topic the changes go to.
                        type: str
                        required: true
                      topic_id:
                        description:
                          - ID of that topic.
                        type: str
                        required: true
                  topic:
                    description:
                      - Name of the topic; several topics are separated by commas.
                    type: str
                  topic_id:
                    description:
                      - ID of the topic. Reported by the service; there is no need to set it.
                    type: str
                  topic_list:
                    description:
                      - Names of the topics, when several are chosen.
                    type: list
                    elements: str
                  topic_regular_expression:
                    description:
                      - Regular expression that selects the topics.
                    type: str
                  use_auto_create_topic:
                    description:
                      - Whether the topic is created automatically (SOURCE tasks only). Without
                        O(config[].transforms_param.failure_param.kafka_param.use_table_mapping),
                        name the topic to create in O(config[].transforms_param.failure_param.kafka_param.topic).
                    type: bool
                  use_table_mapping:
                    description:
                      - Whether changes are distributed to several topics by O(config[].transforms_param.failure_param.kafka_param.table_mappings).
                        The service default is false.
                    type: bool
                  zone_id:
                    description:
                      - Availability zone of the instance, as a number. Reported by the service; there is no need
                        to set it.
                    type: int
              max_retry_attempts:
                description:
                  - Number of retries.
                type: int
              retry_interval:
                description:
                  - Time between retries.
                type: int
              topic_param:
                description:
                  - The DIP topic dead letter queue. Required when O(config[].transforms_param.failure_param.dlq_type)
                    is V(TOPIC).
                type: dict
                suboptions:
                  compression_type:
                    description:
                      - 'Compression of messages written to the topic: V(none), V(gzip), V(snappy) or V(lz4).'
                    type: str
                    choices:
                      - none
                      - gzip
                      - snappy
                      - lz4
                  msg_multiple:
                    description:
                      - Each source message is written this many times to the target topic (CKafka to CKafka only).
                    type: int
                  offset_type:
                    description:
                      - 'Where reading starts: V(earliest), V(latest), or V(timestamp) (from
                        O(config[].transforms_param.failure_param.topic_param.start_time)).'
                    type: str
                    choices:
                      - earliest
                      - latest
                      - timestamp
                  resource:
                    description:
                      - Name of the DIP topic.
                    type: str
                    required: true
                  start_time:
                    description:
                      - Start of reading, in Unix time (seconds). Required when O(config[].transforms_param.failure_param.topic_param.offset_type)
                        is V(timestamp).
                    type: int
                  topic_id:
                    description:
                      - ID of the topic. Reported by the service; there is no need to set it.
                    type: str
                  use_auto_create_topic:
                    description:
                      - Whether the topic is created automatically (SOURCE tasks only).
                    type: bool
              type:
                description:
                  - 'What happens to a failed message: V(DLQ) (sent to a dead letter queue), V(IGNORE_ERROR) (kept)
                    or V(DROP) (dropped).'
                type: str
                choices:
                  - DLQ
                  - IGNORE_ERROR
                  - DROP
                required: true
          field_chain:
            description:
              - The processing steps, applied in order.
            type: list
            elements: dict
            required: true
            suboptions:
              analyse:
                description:
                  - How this step parses the message.
                type: dict
                required: true
                suboptions:
                  format:
                    description:
                      - 'How the message is parsed: V(JSON), V(DELIMITER) (split on O(config[].transforms_param.field_chain[].analyse.regex)),
                        V(REGULAR) (fields extracted by O(config[].transforms_param.field_chain[].analyse.regex))
                        or V(SOURCE) (take everything the previous step produced).'
                    type: str
                    choices:
                      - JSON
                      - DELIMITER
                      - REGULAR
                      - SOURCE
                    required: true
                  input_value:
                    description:
                      - Expression of the field to parse again, for example V($.log).
                    type: str
                  input_value_type:
                    description:
                      - How the field to parse again is addressed, for example V(JSONPATH).
                    type: str
                  regex:
                    description:
                      - Separator or regular expression used by the parse.
                    type: str
              analyse_json_result:
                description:
                  - The parse result as JSON. Output of a test run in the console; the service fills it in and the
                    module never compares it.
                type: str
              analyse_result:
                description:
                  - Fields found by the parse of the sample message. Output of a test run in the console; the service
                    fills it in and the module never compares it.
                type: list
                elements: dict
                suboptions:
                  key:
                    description:
                      - Name of the field.
                    type: str
                    required: true
                  operate:
                    description:
                      - 'How the field is made: V(DATE) (the current timestamp), V(CUSTOMIZE) (a fixed value), V(MAPPING)
                        (copied from a field) or V(JSONPATH).'
                    type: str
                    choices:
                      - DATE
                      - CUSTOMIZE
                      - MAPPING
                      - JSONPATH
                    required: true
                  original_value:
                    description:
                      - The value before processing.
                    type: str
                  scheme_type:
                    description:
                      - 'Type of the field: V(ORIGINAL), V(STRING), V(INT64), V(FLOAT64), V(BOOLEAN), V(MAP) or
                        V(ARRAY).'
                    type: str
                    choices:
                      - ORIGINAL
                      - STRING
                      - INT64
                      - FLOAT64
                      - BOOLEAN
                      - MAP
                      - ARRAY
                    required: true
                  value:
                    description:
                      - Value of the field, as O(config[].transforms_param.field_chain[].analyse_result[].operate)
                        reads it.
                    type: str
                  value_operate:
                    description:
                      - One operation on the value.
                    type: dict
                    suboptions:
                      date:
                        description:
                          - Time conversion. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operate.type)
                            is V(DATE).
                        type: dict
                        suboptions:
                          format:
                            description:
                              - Time format, for example V(yyyy-MM-dd HH:mm:ss).
                            type: str
                          target_type:
                            description:
                              - 'Kind of the input value: V(string) (the service default) or a Unix timestamp.'
                            type: str
                          time_zone:
                            description:
                              - Time zone, for example V(GMT+8) (the service default).
                            type: str
                      json_path_replace:
                        description:
                          - JSONPath replacement. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operate.type)
                            is V(JSON_PATH_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - JSONPath expression or string put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - JSONPath expression of the value to replace.
                            type: str
                            required: true
                      kv:
                        description:
                          - Key-value parse. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operate.type)
                            is V(KV).
                        type: dict
                        suboptions:
                          delimiter:
                            description:
                              - Separator between pairs.
                            type: str
                            required: true
                          keep_original_key:
                            description:
                              - Whether the original field is kept, as the string V(true) or V(false) (the service
                                default).
                            type: str
                          regex:
                            description:
                              - Separator between a key and its value.
                            type: str
                            required: true
                      lowercase:
                        description:
                          - Lower case conversion, used when O(config[].transforms_param.field_chain[].analyse_result[].value_operate.type)
                            is V(LOWERCASE); give an empty dictionary.
                        type: dict
                        suboptions: {}
                      regex_replace:
                        description:
                          - Regular expression replacement. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operate.type)
                            is V(REGEX_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in place of each match.
                            type: str
                            required: true
                          regex:
                            description:
                              - Regular expression to match.
                            type: str
                            required: true
                      replace:
                        description:
                          - Literal replacement. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operate.type)
                            is V(REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - Value to replace.
                            type: str
                            required: true
                      result:
                        description:
                          - Output of a test run in the console; the service fills it in and the module never compares
                            it.
                        type: str
                      split:
                        description:
                          - Split into an array. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operate.type)
                            is V(SPLIT).
                        type: dict
                        suboptions:
                          regex:
                            description:
                              - Separator.
                            type: str
                            required: true
                      substr:
                        description:
                          - Substring. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operate.type)
                            is V(SUBSTR).
                        type: dict
                        suboptions:
                          end:
                            description:
                              - Position where the kept part ends.
                            type: int
                            required: true
                          start:
                            description:
                              - Position of the first character kept (from 0).
                            type: int
                            required: true
                      type:
                        description:
                          - Operation, for example V(REPLACE), V(SUBSTR), V(DATE), V(TRIM), V(REGEX_REPLACE), V(SPLIT),
                            V(KV), V(JSON_PATH_REPLACE), V(URL_DECODE) or V(LOWERCASE). Most need their own block.
                        type: str
                        required: true
                      url_decode:
                        description:
                          - URL decoding, used when O(config[].transforms_param.field_chain[].analyse_result[].value_operate.type)
                            is V(URL_DECODE).
                        type: dict
                        suboptions:
                          charset_name:
                            description:
                              - Character set, for example V(UTF-8).
                            type: str
                  value_operates:
                    description:
                      - Operations on the value, applied in order.
                    type: list
                    elements: dict
                    suboptions:
                      date:
                        description:
                          - Time conversion. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operates[].type)
                            is V(DATE).
                        type: dict
                        suboptions:
                          format:
                            description:
                              - Time format, for example V(yyyy-MM-dd HH:mm:ss).
                            type: str
                          target_type:
                            description:
                              - 'Kind of the input value: V(string) (the service default) or a Unix timestamp.'
                            type: str
                          time_zone:
                            description:
                              - Time zone, for example V(GMT+8) (the service default).
                            type: str
                      json_path_replace:
                        description:
                          - JSONPath replacement. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operates[].type)
                            is V(JSON_PATH_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - JSONPath expression or string put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - JSONPath expression of the value to replace.
                            type: str
                            required: true
                      kv:
                        description:
                          - Key-value parse. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operates[].type)
                            is V(KV).
                        type: dict
                        suboptions:
                          delimiter:
                            description:
                              - Separator between pairs.
                            type: str
                            required: true
                          keep_original_key:
                            description:
                              - Whether the original field is kept, as the string V(true) or V(false) (the service
                                default).
                            type: str
                          regex:
                            description:
                              - Separator between a key and its value.
                            type: str
                            required: true
                      lowercase:
                        description:
                          - Lower case conversion, used when O(config[].transforms_param.field_chain[].analyse_result[].value_operates[].type)
                            is V(LOWERCASE); give an empty dictionary.
                        type: dict
                        suboptions: {}
                      regex_replace:
                        description:
                          - Regular expression replacement. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operates[].type)
                            is V(REGEX_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in place of each match.
                            type: str
                            required: true
                          regex:
                            description:
                              - Regular expression to match.
                            type: str
                            required: true
                      replace:
                        description:
                          - Literal replacement. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operates[].type)
                            is V(REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - Value to replace.
                            type: str
                            required: true
                      result:
                        description:
                          - Output of a test run in the console; the service fills it in and the module never compares
                            it.
                        type: str
                      split:
                        description:
                          - Split into an array. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operates[].type)
                            is V(SPLIT).
                        type: dict
                        suboptions:
                          regex:
                            description:
                              - Separator.
                            type: str
                            required: true
                      substr:
                        description:
                          - Substring. Required when O(config[].transforms_param.field_chain[].analyse_result[].value_operates[].type)
                            is V(SUBSTR).
                        type: dict
                        suboptions:
                          end:
                            description:
                              - Position where the kept part ends.
                            type: int
                            required: true
                          start:
                            description:
                              - Position of the first character kept (from 0).
                            type: int
                            required: true
                      type:
                        description:
                          - Operation, for example V(REPLACE), V(SUBSTR), V(DATE), V(TRIM), V(REGEX_REPLACE), V(SPLIT),
                            V(KV), V(JSON_PATH_REPLACE), V(URL_DECODE) or V(LOWERCASE). Most need their own block.
                        type: str
                        required: true
                      url_decode:
                        description:
                          - URL decoding, used when O(config[].transforms_param.field_chain[].analyse_result[].value_operates[].type)
                            is V(URL_DECODE).
                        type: dict
                        suboptions:
                          charset_name:
                            description:
                              - Character set, for example V(UTF-8).
                            type: str
              result:
                description:
                  - Output of a test run in the console; the service fills it in and the module never compares it.
                type: str
              secondary_analyse:
                description:
                  - A second parse of the result of the first.
                type: dict
                suboptions:
                  regex:
                    description:
                      - Separator used by the second parse.
                    type: str
                    required: true
              secondary_analyse_json_result:
                description:
                  - The second parse result as JSON. Output of a test run in the console; the service fills it in
                    and the module never compares it.
                type: str
              secondary_analyse_result:
                description:
                  - Fields found by the second parse of the sample message. Output of a test run in the console;
                    the service fills it in and the module never compares it.
                type: list
                elements: dict
                suboptions:
                  key:
                    description:
                      - Name of the field.
                    type: str
                    required: true
                  operate:
                    description:
                      - 'How the field is made: V(DATE) (the current timestamp), V(CUSTOMIZE) (a fixed value), V(MAPPING)
                        (copied from a field) or V(JSONPATH).'
                    type: str
                    choices:
                      - DATE
                      - CUSTOMIZE
                      - MAPPING
                      - JSONPATH
                    required: true
                  original_value:
                    description:
                      - The value before processing.
                    type: str
                  scheme_type:
                    description:
                      - 'Type of the field: V(ORIGINAL), V(STRING), V(INT64), V(FLOAT64), V(BOOLEAN), V(MAP) or
                        V(ARRAY).'
                    type: str
                    choices:
                      - ORIGINAL
                      - STRING
                      - INT64
                      - FLOAT64
                      - BOOLEAN
                      - MAP
                      - ARRAY
                    required: true
                  value:
                    description:
                      - Value of the field, as O(config[].transforms_param.field_chain[].secondary_analyse_result[].operate)
                        reads it.
                    type: str
                  value_operate:
                    description:
                      - One operation on the value.
                    type: dict
                    suboptions:
                      date:
                        description:
                          - Time conversion. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operate.type)
                            is V(DATE).
                        type: dict
                        suboptions:
                          format:
                            description:
                              - Time format, for example V(yyyy-MM-dd HH:mm:ss).
                            type: str
                          target_type:
                            description:
                              - 'Kind of the input value: V(string) (the service default) or a Unix timestamp.'
                            type: str
                          time_zone:
                            description:
                              - Time zone, for example V(GMT+8) (the service default).
                            type: str
                      json_path_replace:
                        description:
                          - JSONPath replacement. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operate.type)
                            is V(JSON_PATH_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - JSONPath expression or string put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - JSONPath expression of the value to replace.
                            type: str
                            required: true
                      kv:
                        description:
                          - Key-value parse. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operate.type)
                            is V(KV).
                        type: dict
                        suboptions:
                          delimiter:
                            description:
                              - Separator between pairs.
                            type: str
                            required: true
                          keep_original_key:
                            description:
                              - Whether the original field is kept, as the string V(true) or V(false) (the service
                                default).
                            type: str
                          regex:
                            description:
                              - Separator between a key and its value.
                            type: str
                            required: true
                      lowercase:
                        description:
                          - Lower case conversion, used when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operate.type)
                            is V(LOWERCASE); give an empty dictionary.
                        type: dict
                        suboptions: {}
                      regex_replace:
                        description:
                          - Regular expression replacement. Required when
                            O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operate.type)
                            is V(REGEX_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in place of each match.
                            type: str
                            required: true
                          regex:
                            description:
                              - Regular expression to match.
                            type: str
                            required: true
                      replace:
                        description:
                          - Literal replacement. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operate.type)
                            is V(REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - Value to replace.
                            type: str
                            required: true
                      result:
                        description:
                          - Output of a test run in the console; the service fills it in and the module never compares
                            it.
                        type: str
                      split:
                        description:
                          - Split into an array. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operate.type)
                            is V(SPLIT).
                        type: dict
                        suboptions:
                          regex:
                            description:
                              - Separator.
                            type: str
                            required: true
                      substr:
                        description:
                          - Substring. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operate.type)
                            is V(SUBSTR).
                        type: dict
                        suboptions:
                          end:
                            description:
                              - Position where the kept part ends.
                            type: int
                            required: true
                          start:
                            description:
                              - Position of the first character kept (from 0).
                            type: int
                            required: true
                      type:
                        description:
                          - Operation, for example V(REPLACE), V(SUBSTR), V(DATE), V(TRIM), V(REGEX_REPLACE), V(SPLIT),
                            V(KV), V(JSON_PATH_REPLACE), V(URL_DECODE) or V(LOWERCASE). Most need their own block.
                        type: str
                        required: true
                      url_decode:
                        description:
                          - URL decoding, used when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operate.type)
                            is V(URL_DECODE).
                        type: dict
                        suboptions:
                          charset_name:
                            description:
                              - Character set, for example V(UTF-8).
                            type: str
                  value_operates:
                    description:
                      - Operations on the value, applied in order.
                    type: list
                    elements: dict
                    suboptions:
                      date:
                        description:
                          - Time conversion. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operates[].type)
                            is V(DATE).
                        type: dict
                        suboptions:
                          format:
                            description:
                              - Time format, for example V(yyyy-MM-dd HH:mm:ss).
                            type: str
                          target_type:
                            description:
                              - 'Kind of the input value: V(string) (the service default) or a Unix timestamp.'
                            type: str
                          time_zone:
                            description:
                              - Time zone, for example V(GMT+8) (the service default).
                            type: str
                      json_path_replace:
                        description:
                          - JSONPath replacement. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operates[].type)
                            is V(JSON_PATH_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - JSONPath expression or string put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - JSONPath expression of the value to replace.
                            type: str
                            required: true
                      kv:
                        description:
                          - Key-value parse. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operates[].type)
                            is V(KV).
                        type: dict
                        suboptions:
                          delimiter:
                            description:
                              - Separator between pairs.
                            type: str
                            required: true
                          keep_original_key:
                            description:
                              - Whether the original field is kept, as the string V(true) or V(false) (the service
                                default).
                            type: str
                          regex:
                            description:
                              - Separator between a key and its value.
                            type: str
                            required: true
                      lowercase:
                        description:
                          - Lower case conversion, used when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operates[].type)
                            is V(LOWERCASE); give an empty dictionary.
                        type: dict
                        suboptions: {}
                      regex_replace:
                        description:
                          - Regular expression replacement. Required when
                            O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operates[].type)
                            is V(REGEX_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in place of each match.
                            type: str
                            required: true
                          regex:
                            description:
                              - Regular expression to match.
                            type: str
                            required: true
                      replace:
                        description:
                          - Literal replacement. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operates[].type)
                            is V(REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - Value to replace.
                            type: str
                            required: true
                      result:
                        description:
                          - Output of a test run in the console; the service fills it in and the module never compares
                            it.
                        type: str
                      split:
                        description:
                          - Split into an array. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operates[].type)
                            is V(SPLIT).
                        type: dict
                        suboptions:
                          regex:
                            description:
                              - Separator.
                            type: str
                            required: true
                      substr:
                        description:
                          - Substring. Required when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operates[].type)
                            is V(SUBSTR).
                        type: dict
                        suboptions:
                          end:
                            description:
                              - Position where the kept part ends.
                            type: int
                            required: true
                          start:
                            description:
                              - Position of the first character kept (from 0).
                            type: int
                            required: true
                      type:
                        description:
                          - Operation, for example V(REPLACE), V(SUBSTR), V(DATE), V(TRIM), V(REGEX_REPLACE), V(SPLIT),
                            V(KV), V(JSON_PATH_REPLACE), V(URL_DECODE) or V(LOWERCASE). Most need their own block.
                        type: str
                        required: true
                      url_decode:
                        description:
                          - URL decoding, used when O(config[].transforms_param.field_chain[].secondary_analyse_result[].value_operates[].type)
                            is V(URL_DECODE).
                        type: dict
                        suboptions:
                          charset_name:
                            description:
                              - Character set, for example V(UTF-8).
                            type: str
              smt:
                description:
                  - Field transformations of this step.
                type: list
                elements: dict
                suboptions:
                  key:
                    description:
                      - Name of the field.
                    type: str
                    required: true
                  operate:
                    description:
                      - 'How the field is made: V(DATE) (the current timestamp), V(CUSTOMIZE) (a fixed value), V(MAPPING)
                        (copied from a field) or V(JSONPATH).'
                    type: str
                    choices:
                      - DATE
                      - CUSTOMIZE
                      - MAPPING
                      - JSONPATH
                    required: true
                  original_value:
                    description:
                      - The value before processing.
                    type: str
                  scheme_type:
                    description:
                      - 'Type of the field: V(ORIGINAL), V(STRING), V(INT64), V(FLOAT64), V(BOOLEAN), V(MAP) or
                        V(ARRAY).'
                    type: str
                    choices:
                      - ORIGINAL
                      - STRING
                      - INT64
                      - FLOAT64
                      - BOOLEAN
                      - MAP
                      - ARRAY
                    required: true
                  value:
                    description:
                      - Value of the field, as O(config[].transforms_param.field_chain[].smt[].operate) reads it.
                    type: str
                  value_operate:
                    description:
                      - One operation on the value.
                    type: dict
                    suboptions:
                      date:
                        description:
                          - Time conversion. Required when O(config[].transforms_param.field_chain[].smt[].value_operate.type)
                            is V(DATE).
                        type: dict
                        suboptions:
                          format:
                            description:
                              - Time format, for example V(yyyy-MM-dd HH:mm:ss).
                            type: str
                          target_type:
                            description:
                              - 'Kind of the input value: V(string) (the service default) or a Unix timestamp.'
                            type: str
                          time_zone:
                            description:
                              - Time zone, for example V(GMT+8) (the service default).
                            type: str
                      json_path_replace:
                        description:
                          - JSONPath replacement. Required when O(config[].transforms_param.field_chain[].smt[].value_operate.type)
                            is V(JSON_PATH_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - JSONPath expression or string put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - JSONPath expression of the value to replace.
                            type: str
                            required: true
                      kv:
                        description:
                          - Key-value parse. Required when O(config[].transforms_param.field_chain[].smt[].value_operate.type)
                            is V(KV).
                        type: dict
                        suboptions:
                          delimiter:
                            description:
                              - Separator between pairs.
                            type: str
                            required: true
                          keep_original_key:
                            description:
                              - Whether the original field is kept, as the string V(true) or V(false) (the service
                                default).
                            type: str
                          regex:
                            description:
                              - Separator between a key and its value.
                            type: str
                            required: true
                      lowercase:
                        description:
                          - Lower case conversion, used when O(config[].transforms_param.field_chain[].smt[].value_operate.type)
                            is V(LOWERCASE); give an empty dictionary.
                        type: dict
                        suboptions: {}
                      regex_replace:
                        description:
                          - Regular expression replacement. Required when O(config[].transforms_param.field_chain[].smt[].value_operate.type)
                            is V(REGEX_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in place of each match.
                            type: str
                            required: true
                          regex:
                            description:
                              - Regular expression to match.
                            type: str
                            required: true
                      replace:
                        description:
                          - Literal replacement. Required when O(config[].transforms_param.field_chain[].smt[].value_operate.type)
                            is V(REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - Value to replace.
                            type: str
                            required: true
                      result:
                        description:
                          - Output of a test run in the console; the service fills it in and the module never compares
                            it.
                        type: str
                      split:
                        description:
                          - Split into an array. Required when O(config[].transforms_param.field_chain[].smt[].value_operate.type)
                            is V(SPLIT).
                        type: dict
                        suboptions:
                          regex:
                            description:
                              - Separator.
                            type: str
                            required: true
                      substr:
                        description:
                          - Substring. Required when O(config[].transforms_param.field_chain[].smt[].value_operate.type)
                            is V(SUBSTR).
                        type: dict
                        suboptions:
                          end:
                            description:
                              - Position where the kept part ends.
                            type: int
                            required: true
                          start:
                            description:
                              - Position of the first character kept (from 0).
                            type: int
                            required: true
                      type:
                        description:
                          - Operation, for example V(REPLACE), V(SUBSTR), V(DATE), V(TRIM), V(REGEX_REPLACE), V(SPLIT),
                            V(KV), V(JSON_PATH_REPLACE), V(URL_DECODE) or V(LOWERCASE). Most need their own block.
                        type: str
                        required: true
                      url_decode:
                        description:
                          - URL decoding, used when O(config[].transforms_param.field_chain[].smt[].value_operate.type)
                            is V(URL_DECODE).
                        type: dict
                        suboptions:
                          charset_name:
                            description:
                              - Character set, for example V(UTF-8).
                            type: str
                  value_operates:
                    description:
                      - Operations on the value, applied in order.
                    type: list
                    elements: dict
                    suboptions:
                      date:
                        description:
                          - Time conversion. Required when O(config[].transforms_param.field_chain[].smt[].value_operates[].type)
                            is V(DATE).
                        type: dict
                        suboptions:
                          format:
                            description:
                              - Time format, for example V(yyyy-MM-dd HH:mm:ss).
                            type: str
                          target_type:
                            description:
                              - 'Kind of the input value: V(string) (the service default) or a Unix timestamp.'
                            type: str
                          time_zone:
                            description:
                              - Time zone, for example V(GMT+8) (the service default).
                            type: str
                      json_path_replace:
                        description:
                          - JSONPath replacement. Required when O(config[].transforms_param.field_chain[].smt[].value_operates[].type)
                            is V(JSON_PATH_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - JSONPath expression or string put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - JSONPath expression of the value to replace.
                            type: str
                            required: true
                      kv:
                        description:
                          - Key-value parse. Required when O(config[].transforms_param.field_chain[].smt[].value_operates[].type)
                            is V(KV).
                        type: dict
                        suboptions:
                          delimiter:
                            description:
                              - Separator between pairs.
                            type: str
                            required: true
                          keep_original_key:
                            description:
                              - Whether the original field is kept, as the string V(true) or V(false) (the service
                                default).
                            type: str
                          regex:
                            description:
                              - Separator between a key and its value.
                            type: str
                            required: true
                      lowercase:
                        description:
                          - Lower case conversion, used when O(config[].transforms_param.field_chain[].smt[].value_operates[].type)
                            is V(LOWERCASE); give an empty dictionary.
                        type: dict
                        suboptions: {}
                      regex_replace:
                        description:
                          - Regular expression replacement. Required when O(config[].transforms_param.field_chain[].smt[].value_operates[].type)
                            is V(REGEX_REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in place of each match.
                            type: str
                            required: true
                          regex:
                            description:
                              - Regular expression to match.
                            type: str
                            required: true
                      replace:
                        description:
                          - Literal replacement. Required when O(config[].transforms_param.field_chain[].smt[].value_operates[].type)
                            is V(REPLACE).
                        type: dict
                        suboptions:
                          new_value:
                            description:
                              - Value put in its place.
                            type: str
                            required: true
                          old_value:
                            description:
                              - Value to replace.
                            type: str
                            required: true
                      result:
                        description:
                          - Output of a test run in the console; the service fills it in and the module never compares
                            it.
                        type: str
                      split:
                        description:
                          - Split into an array. Required when O(config[].transforms_param.field_chain[].smt[].value_operates[].type)
                            is V(SPLIT).
                        type: dict
                        suboptions:
                          regex:
                            description:
                              - Separator.
                            type: str
                            required: true
                      substr:
                        description:
                          - Substring. Required when O(config[].transforms_param.field_chain[].smt[].value_operates[].type)
                            is V(SUBSTR).
                        type: dict
                        suboptions:
                          end:
                            description:
                              - Position where the kept part ends.
                            type: int
                            required: true
                          start:
                            description:
                              - Position of the first character kept (from 0).
                            type: int
                            required: true
                      type:
                        description:
                          - Operation, for example V(REPLACE), V(SUBSTR), V(DATE), V(TRIM), V(REGEX_REPLACE), V(SPLIT),
                            V(KV), V(JSON_PATH_REPLACE), V(URL_DECODE) or V(LOWERCASE). Most need their own block.
                        type: str
                        required: true
                      url_decode:
                        description:
                          - URL decoding, used when O(config[].transforms_param.field_chain[].smt[].value_operates[].type)
                            is V(URL_DECODE).
                        type: dict
                        suboptions:
                          charset_name:
                            description:
                              - Character set, for example V(UTF-8).
                            type: str
          filter_param:
            description:
              - Filters; only messages that pass all of them are kept.
            type: list
            elements: dict
            suboptions:
              key:
                description:
                  - Name of the field to test.
                type: str
                required: true
              match_mode:
                description:
                  - 'How the field is tested: V(PREFIX), V(SUFFIX), V(CONTAINS), V(EXCEPT), V(NUMBER) or V(IP).'
                type: str
                choices:
                  - PREFIX
                  - SUFFIX
                  - CONTAINS
                  - EXCEPT
                  - NUMBER
                  - IP
                required: true
              type:
                description:
                  - Kind of filter; the only value is V(REGULAR).
                type: str
                choices:
                  - REGULAR
              value:
                description:
                  - Value the field is tested against.
                type: str
                required: true
          keep_metadata:
            description:
              - Whether to keep the metadata of the source message (source topic, partition and offset). The service
                default is false.
            type: bool
          output_format:
            description:
              - 'Format of the processed message: V(JSON) (the service default) or V(ROW), which needs O(config[].transforms_param.row_param).'
            type: str
            choices:
              - JSON
              - ROW
          result:
            description:
              - Output of a test run in the console; the service fills it in and the module never compares it.
            type: str
          row_param:
            description:
              - Layout of V(ROW) output. Required when O(config[].transforms_param.output_format) is V(ROW).
            type: dict
            suboptions:
              entry_delimiter:
                description:
                  - Separator between entries, for example V(&).
                type: str
              key_value_delimiter:
                description:
                  - Separator between a key and its value, for example V(=).
                type: str
              row_content:
                description:
                  - 'What each row holds: V(KEY_VALUE) (keys and values) or V(VALUE) (values only).'
                type: str
                choices:
                  - KEY_VALUE
                  - VALUE
                required: true
          source_type:
            description:
              - Where the sample message comes from, for example V(CKAFKA).
            type: str
      status:
        description:
          - 'The run status of the task: V(running) resumes it when paused, V(paused) pauses it when running (a
            new task is paused once it runs).'
          - Omitted, the run status is left as it is (a new task runs).
        type: str
        choices:
          - running
          - paused
  scope:
    description:
      - 'Which existing resources the run owns: the filters of the list action (as the M(tencentcloud.ckafka.datahub_task_info)
        module takes them) and O(scope.name_prefix).'
      - Required by O(state=overridden), and by O(state=deleted) without O(config). C({}) means every resource of
        the region.
      - 'O(state=merged), O(state=rendered) and O(state=deleted) with O(config) do not use it: it is refused there.
        A filter that is empty or blank (an empty variable) is refused unless O(allow_delete_all=true).'
    type: dict
    suboptions:
      search_word:
        description:
          - Lists the tasks whose name or ID contains this word, as the service matches it (C(SearchWord)).
        type: str
      task_type:
        description:
          - Lists the tasks of this type only.
        type: str
        choices:
          - SOURCE
          - SINK
      source_type:
        description:
          - Lists the tasks whose source resource is of this type, for example V(KAFKA), V(HTTP) or V(MYSQL) (the
            value of O(tencentcloud.ckafka.datahub_task#module:source_resource.type)).
        type: str
      target_type:
        description:
          - Lists the tasks whose target resource is of this type, for example V(KAFKA), V(ES) or V(COS) (the value
            of O(tencentcloud.ckafka.datahub_task#module:target_resource.type)).
        type: str
      resource:
        description:
          - Lists the tasks that read from or write to this resource, for example the CKafka instance V(ckafka-7kd5rzza)
            or the Elasticsearch cluster V(es-abcdefgh).
        type: str
      name_prefix:
        description:
          - Only the resources whose name begins with this exact prefix are in scope (checked on the list answer).
        type: str
'''
