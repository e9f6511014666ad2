# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/connect_resource.json.
# Run `make generate` after changing the schema.

"""Argument spec, option/API name trees and per-type data of the CreateConnectResource parameters.

Every object is derived from schema/connect_resource.json by tools/generate.py. The large objects are
stored as one compact JSON string: AnsiballZ compiles this file from source on every module run, and
loading JSON is much cheaper than compiling the same data as Python literals.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json

API_VERSION = '2019-08-19'
ROOT_TYPE = 'CreateConnectResourceRequest'

# Options CreateConnectResource needs; not marked required in the spec because state=absent may need none.
REQUIRED_FOR_CREATE = ('resource_name', 'type')

# API members the API marks deprecated: (type, API name). They get no option.
DEPRECATED_MEMBERS = ()


def _linker(tables, link):
    """type name -> its table with every reference to a type linked, built once per type and shared."""
    built = {}

    def build(type_name):
        if type_name not in built:
            built[type_name] = dict((key, link(entry, build)) for key, entry in tables[type_name].items())
        return built[type_name]
    return build


def _spec_entry(entry, build):
    """An argument spec entry whose 'options' names a type -> the entry with that type's spec."""
    return dict(entry, options=build(entry['options'])) if 'options' in entry else entry


def _name_entry(entry, build):
    """[api name, type or null] -> (api name, that type's name tree or None)."""
    return entry[0], None if entry[1] is None else build(entry[1])


def _reverse(tree, done=None):
    """{option: (api name, subtree)} -> {api name: (option, reversed subtree)}; a shared subtree is reversed once."""
    done = {} if done is None else done
    if id(tree) not in done:
        done[id(tree)] = dict((name, (key, None if sub is None else _reverse(sub, done))) for key, (name, sub) in tree.items())
    return done[id(tree)]


def _condition(rule):
    return {
        'type': rule['type'],
        'when': tuple((option, operator, tuple(values)) for option, operator, values in rule['when']),
        'require': tuple(rule['require']),
    }


# SPECS, NAMES, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS, MODIFY_PATH_TYPES, in JSON.
_DATA = json.loads(
    '{"SPECS":{"CreateConnectResourceRequest":{"resource_name":{"type":"str"},"type":{"type":"str","choices":["DTS","MONGODB","ES","CLICKHOUSE","MYSQL",'
    '"TDSQL_C_MYSQL","POSTGRESQL","TDSQL_C_POSTGRESQL","MARIADB","SQLSERVER","DORIS","KAFKA","MQTT","ICEBERG"]},"description":{"type":"str"},'
    '"dts_connect_param":{"type":"dict","options":"DtsConnectParam"},"mongo_db_connect_param":{"type":"dict","options":"MongoDBConnectParam"},'
    '"es_connect_param":{"type":"dict","options":"EsConnectParam"},"click_house_connect_param":{"type":"dict","options":"ClickHouseConnectParam"},'
    '"my_sql_connect_param":{"type":"dict","options":"MySQLConnectParam"},"postgre_sql_connect_param":{"type":"dict","options":"PostgreSQLConnectParam"},'
    '"maria_db_connect_param":{"type":"dict","options":"MariaDBConnectParam"},"sql_server_connect_param":{"type":"dict","options":"SQLServerConnectParam"},'
    '"doris_connect_param":{"type":"dict","options":"DorisConnectParam"},"kafka_connect_param":{"type":"dict","options":"KafkaConnectParam"},'
    '"mqtt_connect_param":{"type":"dict","options":"MqttConnectParam"},"iceberg_connect_param":{"type":"dict","options":"IcebergConnectParam"},'
    '"tags":{"type":"list","elements":"dict","options":"Tag"}},"DtsConnectParam":{"port":{"type":"int","required":true},"group_id":{"type":"str",'
    '"required":true},"user_name":{"type":"str","required":true},"password":{"type":"str","required":true,"no_log":true},"resource":{"type":"str",'
    '"required":true},"topic":{"type":"str","required":true},"is_update":{"type":"bool"}},"MongoDBConnectParam":{"port":{"type":"int","required":true},'
    '"user_name":{"type":"str","required":true},"password":{"type":"str","required":true,"no_log":true},"resource":{"type":"str","required":true},'
    '"self_built":{"type":"bool","required":true},"service_vip":{"type":"str"},"uniq_vpc_id":{"type":"str"},"is_update":{"type":"bool"}},'
    '"EsConnectParam":{"port":{"type":"int","required":true},"user_name":{"type":"str","required":true},"password":{"type":"str","required":true,'
    '"no_log":true},"resource":{"type":"str","required":true},"self_built":{"type":"bool","required":true},"service_vip":{"type":"str"},'
    '"uniq_vpc_id":{"type":"str"},"is_update":{"type":"bool"},"es_type":{"type":"str","choices":["CLUSTER","SERVERLESS"]},"es_version":{"type":"str"},'
    '"endpoint_url":{"type":"str"},"protocol":{"type":"str","choices":["http","https"]}},"ClickHouseConnectParam":{"port":{"type":"int","required":true},'
    '"user_name":{"type":"str","required":true},"password":{"type":"str","required":true,"no_log":true},"resource":{"type":"str","required":true},'
    '"self_built":{"type":"bool","required":true},"service_vip":{"type":"str"},"uniq_vpc_id":{"type":"str"},"is_update":{"type":"bool"}},'
    '"MySQLConnectParam":{"port":{"type":"int","required":true},"user_name":{"type":"str","required":true},"password":{"type":"str","required":true,'
    '"no_log":true},"resource":{"type":"str","required":true},"service_vip":{"type":"str"},"uniq_vpc_id":{"type":"str"},"is_update":{"type":"bool"},'
    '"cluster_id":{"type":"str"},"self_built":{"type":"bool"}},"PostgreSQLConnectParam":{"port":{"type":"int","required":true},"user_name":{"type":"str",'
    '"required":true},"password":{"type":"str","required":true,"no_log":true},"resource":{"type":"str","required":true},"service_vip":{"type":"str"},'
    '"uniq_vpc_id":{"type":"str"},"cluster_id":{"type":"str"},"is_update":{"type":"bool"},"self_built":{"type":"bool"}},'
    '"MariaDBConnectParam":{"port":{"type":"int","required":true},"user_name":{"type":"str","required":true},"password":{"type":"str","required":true,'
    '"no_log":true},"resource":{"type":"str","required":true},"service_vip":{"type":"str"},"uniq_vpc_id":{"type":"str"},"is_update":{"type":"bool"}},'
    '"SQLServerConnectParam":{"port":{"type":"int","required":true},"user_name":{"type":"str","required":true},"password":{"type":"str","required":true,'
    '"no_log":true},"resource":{"type":"str","required":true},"service_vip":{"type":"str"},"uniq_vpc_id":{"type":"str"},"is_update":{"type":"bool"}},'
    '"DorisConnectParam":{"port":{"type":"int","required":true},"user_name":{"type":"str","required":true},"password":{"type":"str","required":true,'
    '"no_log":true},"resource":{"type":"str","required":true},"service_vip":{"type":"str"},"uniq_vpc_id":{"type":"str"},"is_update":{"type":"bool"},'
    '"self_built":{"type":"bool"},"be_port":{"type":"int"}},"KafkaConnectParam":{"resource":{"type":"str"},"self_built":{"type":"bool"},'
    '"is_update":{"type":"bool"},"broker_address":{"type":"str"},"region":{"type":"str"},"network_type":{"type":"str","choices":["PUBLIC","VPC"]},'
    '"uniq_vpc_id":{"type":"str"},"service_vip":{"type":"str"},"port":{"type":"int"},"cross_net_resource_unique_id":{"type":"str"},'
    '"cross_net_vpc_sub_net_id":{"type":"str"},"original_broker_addresses":{"type":"str"}},"MqttConnectParam":{"port":{"type":"int","required":true},'
    '"user_name":{"type":"str","required":true},"password":{"type":"str","required":true,"no_log":true},"resource":{"type":"str","required":true},'
    '"service_vip":{"type":"str","required":true},"uniq_vpc_id":{"type":"str","required":true},"self_built":{"type":"bool"},"is_update":{"type":"bool"},'
    '"region":{"type":"str"},"ip":{"type":"str"}},"IcebergConnectParam":{"service_vip":{"type":"str"},"resource":{"type":"str"},"uniq_vpc_id":{"type":"str"},'
    '"auth_type":{"type":"str","choices":["NONE","KERBEROS"]},"eni_id_list":{"type":"list","elements":"str"},"catalog_type":{"type":"str","choices":["HIVE"]},'
    '"key_tab_content":{"type":"str","no_log":true},"krb5_conf_content":{"type":"str","no_log":true},"kerberos_user_principal":{"type":"str"},'
    '"kerberos_principal":{"type":"str"},"is_update":{"type":"bool"}},"Tag":{"tag_key":{"type":"str","required":true,"no_log":false},"tag_value":{"type":"str",'
    '"required":true}}},"NAMES":{"CreateConnectResourceRequest":{"resource_name":["ResourceName",null],"type":["Type",null],"description":["Description",null],'
    '"dts_connect_param":["DtsConnectParam","DtsConnectParam"],"mongo_db_connect_param":["MongoDBConnectParam","MongoDBConnectParam"],'
    '"es_connect_param":["EsConnectParam","EsConnectParam"],"click_house_connect_param":["ClickHouseConnectParam","ClickHouseConnectParam"],'
    '"my_sql_connect_param":["MySQLConnectParam","MySQLConnectParam"],"postgre_sql_connect_param":["PostgreSQLConnectParam","PostgreSQLConnectParam"],'
    '"maria_db_connect_param":["MariaDBConnectParam","MariaDBConnectParam"],"sql_server_connect_param":["SQLServerConnectParam","SQLServerConnectParam"],'
    '"doris_connect_param":["DorisConnectParam","DorisConnectParam"],"kafka_connect_param":["KafkaConnectParam","KafkaConnectParam"],'
    '"mqtt_connect_param":["MqttConnectParam","MqttConnectParam"],"iceberg_connect_param":["IcebergConnectParam","IcebergConnectParam"],"tags":["Tags","Tag"]},'
    '"DtsConnectParam":{"port":["Port",null],"group_id":["GroupId",null],"user_name":["UserName",null],"password":["Password",null],"resource":["Resource",'
    'null],"topic":["Topic",null],"is_update":["IsUpdate",null]},"MongoDBConnectParam":{"port":["Port",null],"user_name":["UserName",null],'
    '"password":["Password",null],"resource":["Resource",null],"self_built":["SelfBuilt",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",'
    'null],"is_update":["IsUpdate",null]},"EsConnectParam":{"port":["Port",null],"user_name":["UserName",null],"password":["Password",null],'
    '"resource":["Resource",null],"self_built":["SelfBuilt",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"is_update":["IsUpdate",'
    'null],"es_type":["EsType",null],"es_version":["EsVersion",null],"endpoint_url":["EndpointUrl",null],"protocol":["Protocol",null]},'
    '"ClickHouseConnectParam":{"port":["Port",null],"user_name":["UserName",null],"password":["Password",null],"resource":["Resource",null],'
    '"self_built":["SelfBuilt",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"is_update":["IsUpdate",null]},'
    '"MySQLConnectParam":{"port":["Port",null],"user_name":["UserName",null],"password":["Password",null],"resource":["Resource",null],'
    '"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"is_update":["IsUpdate",null],"cluster_id":["ClusterId",null],'
    '"self_built":["SelfBuilt",null]},"PostgreSQLConnectParam":{"port":["Port",null],"user_name":["UserName",null],"password":["Password",null],'
    '"resource":["Resource",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"cluster_id":["ClusterId",null],"is_update":["IsUpdate",'
    'null],"self_built":["SelfBuilt",null]},"MariaDBConnectParam":{"port":["Port",null],"user_name":["UserName",null],"password":["Password",null],'
    '"resource":["Resource",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"is_update":["IsUpdate",null]},'
    '"SQLServerConnectParam":{"port":["Port",null],"user_name":["UserName",null],"password":["Password",null],"resource":["Resource",null],'
    '"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"is_update":["IsUpdate",null]},"DorisConnectParam":{"port":["Port",null],'
    '"user_name":["UserName",null],"password":["Password",null],"resource":["Resource",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",'
    'null],"is_update":["IsUpdate",null],"self_built":["SelfBuilt",null],"be_port":["BePort",null]},"KafkaConnectParam":{"resource":["Resource",null],'
    '"self_built":["SelfBuilt",null],"is_update":["IsUpdate",null],"broker_address":["BrokerAddress",null],"region":["Region",null],'
    '"network_type":["NetworkType",null],"uniq_vpc_id":["UniqVpcId",null],"service_vip":["ServiceVip",null],"port":["Port",null],'
    '"cross_net_resource_unique_id":["CrossNetResourceUniqueId",null],"cross_net_vpc_sub_net_id":["CrossNetVpcSubNetId",null],'
    '"original_broker_addresses":["OriginalBrokerAddresses",null]},"MqttConnectParam":{"port":["Port",null],"user_name":["UserName",null],'
    '"password":["Password",null],"resource":["Resource",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"self_built":["SelfBuilt",'
    'null],"is_update":["IsUpdate",null],"region":["Region",null],"ip":["Ip",null]},"IcebergConnectParam":{"service_vip":["ServiceVip",null],'
    '"resource":["Resource",null],"uniq_vpc_id":["UniqVpcId",null],"auth_type":["AuthType",null],"eni_id_list":["EniIdList",null],'
    '"catalog_type":["CatalogType",null],"key_tab_content":["KeyTabContent",null],"krb5_conf_content":["KRB5ConfContent",null],'
    '"kerberos_user_principal":["KerberosUserPrincipal",null],"kerberos_principal":["KerberosPrincipal",null],"is_update":["IsUpdate",null]},'
    '"Tag":{"tag_key":["TagKey",null],"tag_value":["TagValue",null]},"ModifyConnectResourceRequest":{"resource_id":["ResourceId",null],'
    '"resource_name":["ResourceName",null],"description":["Description",null],"type":["Type",null],"dts_connect_param":["DtsConnectParam",'
    '"DtsModifyConnectParam"],"mongo_db_connect_param":["MongoDBConnectParam","MongoDBModifyConnectParam"],"es_connect_param":["EsConnectParam",'
    '"EsModifyConnectParam"],"click_house_connect_param":["ClickHouseConnectParam","ClickHouseModifyConnectParam"],"my_sql_connect_param":["MySQLConnectParam",'
    '"MySQLModifyConnectParam"],"postgre_sql_connect_param":["PostgreSQLConnectParam","PostgreSQLModifyConnectParam"],'
    '"maria_db_connect_param":["MariaDBConnectParam","MariaDBModifyConnectParam"],"sql_server_connect_param":["SQLServerConnectParam",'
    '"SQLServerModifyConnectParam"],"ctsdb_connect_param":["CtsdbConnectParam","CtsdbModifyConnectParam"],"doris_connect_param":["DorisConnectParam",'
    '"DorisModifyConnectParam"],"kafka_connect_param":["KafkaConnectParam","KafkaConnectParam"],"mqtt_connect_param":["MqttConnectParam","MqttConnectParam"],'
    '"iceberg_connect_param":["IcebergConnectParam","IcebergConnectParam"]},"DtsModifyConnectParam":{"resource":["Resource",null],"port":["Port",null],'
    '"group_id":["GroupId",null],"user_name":["UserName",null],"password":["Password",null],"is_update":["IsUpdate",null],"topic":["Topic",null]},'
    '"MongoDBModifyConnectParam":{"resource":["Resource",null],"port":["Port",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],'
    '"user_name":["UserName",null],"password":["Password",null],"self_built":["SelfBuilt",null],"is_update":["IsUpdate",null]},'
    '"EsModifyConnectParam":{"resource":["Resource",null],"port":["Port",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],'
    '"user_name":["UserName",null],"password":["Password",null],"self_built":["SelfBuilt",null],"is_update":["IsUpdate",null],"es_type":["EsType",null],'
    '"es_version":["EsVersion",null],"endpoint_url":["EndpointUrl",null],"protocol":["Protocol",null]},"ClickHouseModifyConnectParam":{"resource":["Resource",'
    'null],"port":["Port",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"user_name":["UserName",null],"password":["Password",null],'
    '"self_built":["SelfBuilt",null],"is_update":["IsUpdate",null]},"MySQLModifyConnectParam":{"resource":["Resource",null],"port":["Port",null],'
    '"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"user_name":["UserName",null],"password":["Password",null],"is_update":["IsUpdate",'
    'null],"cluster_id":["ClusterId",null],"self_built":["SelfBuilt",null]},"PostgreSQLModifyConnectParam":{"resource":["Resource",null],"port":["Port",null],'
    '"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"user_name":["UserName",null],"password":["Password",null],"cluster_id":["ClusterId",'
    'null],"is_update":["IsUpdate",null],"self_built":["SelfBuilt",null]},"MariaDBModifyConnectParam":{"resource":["Resource",null],"port":["Port",null],'
    '"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"user_name":["UserName",null],"password":["Password",null],"is_update":["IsUpdate",'
    'null]},"SQLServerModifyConnectParam":{"resource":["Resource",null],"port":["Port",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",'
    'null],"user_name":["UserName",null],"password":["Password",null],"is_update":["IsUpdate",null]},"CtsdbModifyConnectParam":{"port":["Port",null],'
    '"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],"user_name":["UserName",null],"password":["Password",null],"resource":["Resource",'
    'null]},"DorisModifyConnectParam":{"resource":["Resource",null],"port":["Port",null],"service_vip":["ServiceVip",null],"uniq_vpc_id":["UniqVpcId",null],'
    '"user_name":["UserName",null],"password":["Password",null],"is_update":["IsUpdate",null],"self_built":["SelfBuilt",null],"be_port":["BePort",null]}},'
    '"PATH_TYPES":{"":"CreateConnectResourceRequest","dts_connect_param":"DtsConnectParam","mongo_db_connect_param":"MongoDBConnectParam",'
    '"es_connect_param":"EsConnectParam","click_house_connect_param":"ClickHouseConnectParam","my_sql_connect_param":"MySQLConnectParam",'
    '"postgre_sql_connect_param":"PostgreSQLConnectParam","maria_db_connect_param":"MariaDBConnectParam","sql_server_connect_param":"SQLServerConnectParam",'
    '"doris_connect_param":"DorisConnectParam","kafka_connect_param":"KafkaConnectParam","mqtt_connect_param":"MqttConnectParam",'
    '"iceberg_connect_param":"IcebergConnectParam","tags":"Tag"},"SERVICE_FILLED_PATHS":[],"NO_LOG_PATHS":["click_house_connect_param.password",'
    '"doris_connect_param.password","dts_connect_param.password","es_connect_param.password","iceberg_connect_param.key_tab_content",'
    '"iceberg_connect_param.krb5_conf_content","maria_db_connect_param.password","mongo_db_connect_param.password","mqtt_connect_param.password",'
    '"my_sql_connect_param.password","postgre_sql_connect_param.password","sql_server_connect_param.password"],'
    '"TYPES":{"CreateConnectResourceRequest":{"resource_name":{"api_name":"ResourceName","type":"str","required":true},"type":{"api_name":"Type","type":"str",'
    '"required":true},"description":{"api_name":"Description","type":"str"},"dts_connect_param":{"api_name":"DtsConnectParam","type":"dict",'
    '"ref":"DtsConnectParam"},"mongo_db_connect_param":{"api_name":"MongoDBConnectParam","type":"dict","ref":"MongoDBConnectParam"},'
    '"es_connect_param":{"api_name":"EsConnectParam","type":"dict","ref":"EsConnectParam"},"click_house_connect_param":{"api_name":"ClickHouseConnectParam",'
    '"type":"dict","ref":"ClickHouseConnectParam"},"my_sql_connect_param":{"api_name":"MySQLConnectParam","type":"dict","ref":"MySQLConnectParam"},'
    '"postgre_sql_connect_param":{"api_name":"PostgreSQLConnectParam","type":"dict","ref":"PostgreSQLConnectParam"},'
    '"maria_db_connect_param":{"api_name":"MariaDBConnectParam","type":"dict","ref":"MariaDBConnectParam"},'
    '"sql_server_connect_param":{"api_name":"SQLServerConnectParam","type":"dict","ref":"SQLServerConnectParam"},'
    '"doris_connect_param":{"api_name":"DorisConnectParam","type":"dict","ref":"DorisConnectParam"},"kafka_connect_param":{"api_name":"KafkaConnectParam",'
    '"type":"dict","ref":"KafkaConnectParam"},"mqtt_connect_param":{"api_name":"MqttConnectParam","type":"dict","ref":"MqttConnectParam"},'
    '"iceberg_connect_param":{"api_name":"IcebergConnectParam","type":"dict","ref":"IcebergConnectParam"},"tags":{"api_name":"Tags","type":"list",'
    '"elements":"dict","ref":"Tag"}},"DtsConnectParam":{"port":{"api_name":"Port","type":"int","required":true},"group_id":{"api_name":"GroupId","type":"str",'
    '"required":true},"user_name":{"api_name":"UserName","type":"str","required":true},"password":{"api_name":"Password","type":"str","required":true,'
    '"no_log":true},"resource":{"api_name":"Resource","type":"str","required":true},"topic":{"api_name":"Topic","type":"str","required":true},'
    '"is_update":{"api_name":"IsUpdate","type":"bool"}},"MongoDBConnectParam":{"port":{"api_name":"Port","type":"int","required":true},'
    '"user_name":{"api_name":"UserName","type":"str","required":true},"password":{"api_name":"Password","type":"str","required":true,"no_log":true},'
    '"resource":{"api_name":"Resource","type":"str","required":true},"self_built":{"api_name":"SelfBuilt","type":"bool","required":true},'
    '"service_vip":{"api_name":"ServiceVip","type":"str"},"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"is_update":{"api_name":"IsUpdate",'
    '"type":"bool"}},"EsConnectParam":{"port":{"api_name":"Port","type":"int","required":true},"user_name":{"api_name":"UserName","type":"str",'
    '"required":true},"password":{"api_name":"Password","type":"str","required":true,"no_log":true},"resource":{"api_name":"Resource","type":"str",'
    '"required":true},"self_built":{"api_name":"SelfBuilt","type":"bool","required":true},"service_vip":{"api_name":"ServiceVip","type":"str"},'
    '"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"is_update":{"api_name":"IsUpdate","type":"bool"},"es_type":{"api_name":"EsType","type":"str"},'
    '"es_version":{"api_name":"EsVersion","type":"str"},"endpoint_url":{"api_name":"EndpointUrl","type":"str"},"protocol":{"api_name":"Protocol",'
    '"type":"str"}},"ClickHouseConnectParam":{"port":{"api_name":"Port","type":"int","required":true},"user_name":{"api_name":"UserName","type":"str",'
    '"required":true},"password":{"api_name":"Password","type":"str","required":true,"no_log":true},"resource":{"api_name":"Resource","type":"str",'
    '"required":true},"self_built":{"api_name":"SelfBuilt","type":"bool","required":true},"service_vip":{"api_name":"ServiceVip","type":"str"},'
    '"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"is_update":{"api_name":"IsUpdate","type":"bool"}},"MySQLConnectParam":{"port":{"api_name":"Port",'
    '"type":"int","required":true},"user_name":{"api_name":"UserName","type":"str","required":true},"password":{"api_name":"Password","type":"str",'
    '"required":true,"no_log":true},"resource":{"api_name":"Resource","type":"str","required":true},"service_vip":{"api_name":"ServiceVip","type":"str"},'
    '"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"is_update":{"api_name":"IsUpdate","type":"bool"},"cluster_id":{"api_name":"ClusterId","type":"str"},'
    '"self_built":{"api_name":"SelfBuilt","type":"bool"}},"PostgreSQLConnectParam":{"port":{"api_name":"Port","type":"int","required":true},'
    '"user_name":{"api_name":"UserName","type":"str","required":true},"password":{"api_name":"Password","type":"str","required":true,"no_log":true},'
    '"resource":{"api_name":"Resource","type":"str","required":true},"service_vip":{"api_name":"ServiceVip","type":"str"},'
    '"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"cluster_id":{"api_name":"ClusterId","type":"str"},"is_update":{"api_name":"IsUpdate","type":"bool"},'
    '"self_built":{"api_name":"SelfBuilt","type":"bool"}},"MariaDBConnectParam":{"port":{"api_name":"Port","type":"int","required":true},'
    '"user_name":{"api_name":"UserName","type":"str","required":true},"password":{"api_name":"Password","type":"str","required":true,"no_log":true},'
    '"resource":{"api_name":"Resource","type":"str","required":true},"service_vip":{"api_name":"ServiceVip","type":"str"},'
    '"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"is_update":{"api_name":"IsUpdate","type":"bool"}},"SQLServerConnectParam":{"port":{"api_name":"Port",'
    '"type":"int","required":true},"user_name":{"api_name":"UserName","type":"str","required":true},"password":{"api_name":"Password","type":"str",'
    '"required":true,"no_log":true},"resource":{"api_name":"Resource","type":"str","required":true},"service_vip":{"api_name":"ServiceVip","type":"str"},'
    '"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"is_update":{"api_name":"IsUpdate","type":"bool"}},"DorisConnectParam":{"port":{"api_name":"Port",'
    '"type":"int","required":true},"user_name":{"api_name":"UserName","type":"str","required":true},"password":{"api_name":"Password","type":"str",'
    '"required":true,"no_log":true},"resource":{"api_name":"Resource","type":"str","required":true},"service_vip":{"api_name":"ServiceVip","type":"str"},'
    '"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"is_update":{"api_name":"IsUpdate","type":"bool"},"self_built":{"api_name":"SelfBuilt","type":"bool"},'
    '"be_port":{"api_name":"BePort","type":"int"}},"KafkaConnectParam":{"resource":{"api_name":"Resource","type":"str"},"self_built":{"api_name":"SelfBuilt",'
    '"type":"bool"},"is_update":{"api_name":"IsUpdate","type":"bool"},"broker_address":{"api_name":"BrokerAddress","type":"str"},"region":{"api_name":"Region",'
    '"type":"str"},"network_type":{"api_name":"NetworkType","type":"str"},"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},'
    '"service_vip":{"api_name":"ServiceVip","type":"str"},"port":{"api_name":"Port","type":"int"},'
    '"cross_net_resource_unique_id":{"api_name":"CrossNetResourceUniqueId","type":"str"},"cross_net_vpc_sub_net_id":{"api_name":"CrossNetVpcSubNetId",'
    '"type":"str"},"original_broker_addresses":{"api_name":"OriginalBrokerAddresses","type":"str"}},"MqttConnectParam":{"port":{"api_name":"Port","type":"int",'
    '"required":true},"user_name":{"api_name":"UserName","type":"str","required":true},"password":{"api_name":"Password","type":"str","required":true,'
    '"no_log":true},"resource":{"api_name":"Resource","type":"str","required":true},"service_vip":{"api_name":"ServiceVip","type":"str","required":true},'
    '"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str","required":true},"self_built":{"api_name":"SelfBuilt","type":"bool"},'
    '"is_update":{"api_name":"IsUpdate","type":"bool"},"region":{"api_name":"Region","type":"str"},"ip":{"api_name":"Ip","type":"str"}},'
    '"IcebergConnectParam":{"service_vip":{"api_name":"ServiceVip","type":"str"},"resource":{"api_name":"Resource","type":"str"},'
    '"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"auth_type":{"api_name":"AuthType","type":"str"},"eni_id_list":{"api_name":"EniIdList","type":"list",'
    '"elements":"str"},"catalog_type":{"api_name":"CatalogType","type":"str"},"key_tab_content":{"api_name":"KeyTabContent","type":"str","no_log":true},'
    '"krb5_conf_content":{"api_name":"KRB5ConfContent","type":"str","no_log":true},"kerberos_user_principal":{"api_name":"KerberosUserPrincipal","type":"str"},'
    '"kerberos_principal":{"api_name":"KerberosPrincipal","type":"str"},"is_update":{"api_name":"IsUpdate","type":"bool"}},'
    '"Tag":{"tag_key":{"api_name":"TagKey","type":"str","required":true},"tag_value":{"api_name":"TagValue","type":"str","required":true}},'
    '"ModifyConnectResourceRequest":{"resource_id":{"api_name":"ResourceId","type":"str","required":true},"resource_name":{"api_name":"ResourceName",'
    '"type":"str"},"description":{"api_name":"Description","type":"str"},"type":{"api_name":"Type","type":"str"},'
    '"dts_connect_param":{"api_name":"DtsConnectParam","type":"dict","ref":"DtsModifyConnectParam"},"mongo_db_connect_param":{"api_name":"MongoDBConnectParam",'
    '"type":"dict","ref":"MongoDBModifyConnectParam"},"es_connect_param":{"api_name":"EsConnectParam","type":"dict","ref":"EsModifyConnectParam"},'
    '"click_house_connect_param":{"api_name":"ClickHouseConnectParam","type":"dict","ref":"ClickHouseModifyConnectParam"},'
    '"my_sql_connect_param":{"api_name":"MySQLConnectParam","type":"dict","ref":"MySQLModifyConnectParam"},'
    '"postgre_sql_connect_param":{"api_name":"PostgreSQLConnectParam","type":"dict","ref":"PostgreSQLModifyConnectParam"},'
    '"maria_db_connect_param":{"api_name":"MariaDBConnectParam","type":"dict","ref":"MariaDBModifyConnectParam"},'
    '"sql_server_connect_param":{"api_name":"SQLServerConnectParam","type":"dict","ref":"SQLServerModifyConnectParam"},'
    '"ctsdb_connect_param":{"api_name":"CtsdbConnectParam","type":"dict","ref":"CtsdbModifyConnectParam"},'
    '"doris_connect_param":{"api_name":"DorisConnectParam","type":"dict","ref":"DorisModifyConnectParam"},'
    '"kafka_connect_param":{"api_name":"KafkaConnectParam","type":"dict","ref":"KafkaConnectParam"},"mqtt_connect_param":{"api_name":"MqttConnectParam",'
    '"type":"dict","ref":"MqttConnectParam"},"iceberg_connect_param":{"api_name":"IcebergConnectParam","type":"dict","ref":"IcebergConnectParam"}},'
    '"DtsModifyConnectParam":{"resource":{"api_name":"Resource","type":"str","required":true},"port":{"api_name":"Port","type":"int"},'
    '"group_id":{"api_name":"GroupId","type":"str"},"user_name":{"api_name":"UserName","type":"str"},"password":{"api_name":"Password","type":"str",'
    '"no_log":true},"is_update":{"api_name":"IsUpdate","type":"bool"},"topic":{"api_name":"Topic","type":"str"}},'
    '"MongoDBModifyConnectParam":{"resource":{"api_name":"Resource","type":"str","required":true},"port":{"api_name":"Port","type":"int"},'
    '"service_vip":{"api_name":"ServiceVip","type":"str"},"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"user_name":{"api_name":"UserName","type":"str"},'
    '"password":{"api_name":"Password","type":"str","no_log":true},"self_built":{"api_name":"SelfBuilt","type":"bool"},"is_update":{"api_name":"IsUpdate",'
    '"type":"bool"}},"EsModifyConnectParam":{"resource":{"api_name":"Resource","type":"str","required":true},"port":{"api_name":"Port","type":"int"},'
    '"service_vip":{"api_name":"ServiceVip","type":"str"},"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"user_name":{"api_name":"UserName","type":"str"},'
    '"password":{"api_name":"Password","type":"str","no_log":true},"self_built":{"api_name":"SelfBuilt","type":"bool"},"is_update":{"api_name":"IsUpdate",'
    '"type":"bool"},"es_type":{"api_name":"EsType","type":"str"},"es_version":{"api_name":"EsVersion","type":"str"},"endpoint_url":{"api_name":"EndpointUrl",'
    '"type":"str"},"protocol":{"api_name":"Protocol","type":"str"}},"ClickHouseModifyConnectParam":{"resource":{"api_name":"Resource","type":"str",'
    '"required":true},"port":{"api_name":"Port","type":"int"},"service_vip":{"api_name":"ServiceVip","type":"str"},"uniq_vpc_id":{"api_name":"UniqVpcId",'
    '"type":"str"},"user_name":{"api_name":"UserName","type":"str"},"password":{"api_name":"Password","type":"str","no_log":true},'
    '"self_built":{"api_name":"SelfBuilt","type":"bool"},"is_update":{"api_name":"IsUpdate","type":"bool"}},'
    '"MySQLModifyConnectParam":{"resource":{"api_name":"Resource","type":"str","required":true},"port":{"api_name":"Port","type":"int"},'
    '"service_vip":{"api_name":"ServiceVip","type":"str"},"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"user_name":{"api_name":"UserName","type":"str"},'
    '"password":{"api_name":"Password","type":"str","no_log":true},"is_update":{"api_name":"IsUpdate","type":"bool"},"cluster_id":{"api_name":"ClusterId",'
    '"type":"str"},"self_built":{"api_name":"SelfBuilt","type":"bool"}},"PostgreSQLModifyConnectParam":{"resource":{"api_name":"Resource","type":"str",'
    '"required":true},"port":{"api_name":"Port","type":"int"},"service_vip":{"api_name":"ServiceVip","type":"str"},"uniq_vpc_id":{"api_name":"UniqVpcId",'
    '"type":"str"},"user_name":{"api_name":"UserName","type":"str"},"password":{"api_name":"Password","type":"str","no_log":true},'
    '"cluster_id":{"api_name":"ClusterId","type":"str"},"is_update":{"api_name":"IsUpdate","type":"bool"},"self_built":{"api_name":"SelfBuilt","type":"bool"}},'
    '"MariaDBModifyConnectParam":{"resource":{"api_name":"Resource","type":"str","required":true},"port":{"api_name":"Port","type":"int"},'
    '"service_vip":{"api_name":"ServiceVip","type":"str"},"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"user_name":{"api_name":"UserName","type":"str"},'
    '"password":{"api_name":"Password","type":"str","no_log":true},"is_update":{"api_name":"IsUpdate","type":"bool"}},'
    '"SQLServerModifyConnectParam":{"resource":{"api_name":"Resource","type":"str","required":true},"port":{"api_name":"Port","type":"int"},'
    '"service_vip":{"api_name":"ServiceVip","type":"str"},"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"user_name":{"api_name":"UserName","type":"str"},'
    '"password":{"api_name":"Password","type":"str","no_log":true},"is_update":{"api_name":"IsUpdate","type":"bool"}},'
    '"CtsdbModifyConnectParam":{"port":{"api_name":"Port","type":"int"},"service_vip":{"api_name":"ServiceVip","type":"str"},'
    '"uniq_vpc_id":{"api_name":"UniqVpcId","type":"str"},"user_name":{"api_name":"UserName","type":"str"},"password":{"api_name":"Password","type":"str",'
    '"no_log":true},"resource":{"api_name":"Resource","type":"str"}},"DorisModifyConnectParam":{"resource":{"api_name":"Resource","type":"str",'
    '"required":true},"port":{"api_name":"Port","type":"int"},"service_vip":{"api_name":"ServiceVip","type":"str"},"uniq_vpc_id":{"api_name":"UniqVpcId",'
    '"type":"str"},"user_name":{"api_name":"UserName","type":"str"},"password":{"api_name":"Password","type":"str","no_log":true},'
    '"is_update":{"api_name":"IsUpdate","type":"bool"},"self_built":{"api_name":"SelfBuilt","type":"bool"},"be_port":{"api_name":"BePort","type":"int"}}},'
    '"CONDITIONS":[{"type":"MongoDBConnectParam","when":[["self_built","in",[false]]],"require":["service_vip","uniq_vpc_id"]},{"type":"EsConnectParam",'
    '"when":[["self_built","in",[false]]],"require":["service_vip","uniq_vpc_id"]},{"type":"ClickHouseConnectParam","when":[["self_built","in",[false]]],'
    '"require":["service_vip","uniq_vpc_id"]},{"type":"MySQLConnectParam","when":[["self_built","in",[false]]],"require":["service_vip","uniq_vpc_id"]},'
    '{"type":"PostgreSQLConnectParam","when":[["self_built","in",[false]]],"require":["service_vip","uniq_vpc_id"]},{"type":"DorisConnectParam",'
    '"when":[["self_built","in",[false]]],"require":["service_vip","uniq_vpc_id"]},{"type":"KafkaConnectParam","when":[["self_built","not_in",[true]]],'
    '"require":["resource"]},{"type":"KafkaConnectParam","when":[["network_type","in",["PUBLIC"]]],"require":["broker_address"]},{"type":"KafkaConnectParam",'
    '"when":[["network_type","in",["VPC"]]],"require":["uniq_vpc_id","service_vip","port"]},{"type":"IcebergConnectParam","when":[["auth_type","in",'
    '["KERBEROS"]]],"require":["key_tab_content","krb5_conf_content"]}],"MODIFY_PATH_TYPES":{"":"ModifyConnectResourceRequest",'
    '"dts_connect_param":"DtsModifyConnectParam","mongo_db_connect_param":"MongoDBModifyConnectParam","es_connect_param":"EsModifyConnectParam",'
    '"click_house_connect_param":"ClickHouseModifyConnectParam","my_sql_connect_param":"MySQLModifyConnectParam",'
    '"postgre_sql_connect_param":"PostgreSQLModifyConnectParam","maria_db_connect_param":"MariaDBModifyConnectParam",'
    '"sql_server_connect_param":"SQLServerModifyConnectParam","ctsdb_connect_param":"CtsdbModifyConnectParam","doris_connect_param":"DorisModifyConnectParam",'
    '"kafka_connect_param":"KafkaConnectParam","mqtt_connect_param":"MqttConnectParam","iceberg_connect_param":"IcebergConnectParam"}}'
)

_NAMES = _linker(_DATA['NAMES'], _name_entry)

# Argument spec of the CreateConnectResource members, to the leaf. Read-only: every place of one object
# type shares one suboptions dict.
PARAMETER_SPEC = _linker(_DATA['SPECS'], _spec_entry)(ROOT_TYPE)

# option -> (API name, subtree or None); a list of objects has the subtree of one element.
API_NAME_TREE = _NAMES(ROOT_TYPE)

# API name -> (option, subtree or None): the reverse of API_NAME_TREE.
OPTION_NAME_TREE = _reverse(API_NAME_TREE)

# Dotted option path (list elements without an index) -> object type of that dict or of its elements.
PATH_TYPES = _DATA['PATH_TYPES']

# Dotted option paths of members the service fills in itself (never compared).
SERVICE_FILLED_PATHS = frozenset(_DATA['SERVICE_FILLED_PATHS'])

# Dotted option paths of secrets (no_log; the service never returns them).
NO_LOG_PATHS = frozenset(_DATA['NO_LOG_PATHS'])

# Per object type: option -> member data (elements, ref, required, no_log, service_filled, unsigned only when set).
TYPES = _DATA['TYPES']

# Conditional rules: in objects of `type`, when every (option, operator, values) clause holds,
# every option of `require` must be set. Operators: in, not_in (see docs/architecture.md).
CONDITIONS = tuple(_condition(rule) for rule in _DATA['CONDITIONS'])

# The ModifyConnectResource tree (its members have types of their own): option -> (API name, subtree or None).
MODIFY_API_NAME_TREE = _NAMES('ModifyConnectResourceRequest')

# Dotted option path of the ModifyConnectResource tree -> object type, as PATH_TYPES.
MODIFY_PATH_TYPES = _DATA['MODIFY_PATH_TYPES']

del _DATA, _NAMES
