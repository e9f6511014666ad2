# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/datahub_sync_task.json.
# Run `make generate` after changing the schema.

"""Argument spec, option/API name trees and per-type data of the CreateMetaAndDataSyncDatahubTask parameters, from
schema/datahub_sync_task.json; schema_loader.py says what each object holds."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.schema_loader import load

API_VERSION = '2019-08-19'
ROOT_TYPE = 'CreateMetaAndDataSyncDatahubTaskRequest'

# Options CreateMetaAndDataSyncDatahubTask needs; not marked required in the spec because state=absent may need none.
REQUIRED_FOR_CREATE = ('task_name', 'source_resource_id', 'target_resource_id')

# API members the API marks deprecated: (type, API name). They get no option.
DEPRECATED_MEMBERS = ()

# The JSON holds SPECS, NAMES, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS.
(PARAMETER_SPEC, API_NAME_TREE, OPTION_NAME_TREE, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS) = load(
    ROOT_TYPE,
    '{"SPECS":{"CreateMetaAndDataSyncDatahubTaskRequest":{"task_name":{"type":"str"},"source_resource_id":{"type":"str"},"target_resource_id":{"type":"str"},'
    '"tags":{"type":"list","elements":"dict","options":"Tag"},"offset_type":{"type":"str","choices":["earliest","latest","timestamp"]},'
    '"topic_regular_expression":{"type":"str"},"topic_list":{"type":"list","elements":"str"},"prefix":{"type":"str"},"separator":{"type":"str","choices":[".",'
    '"-","_"]},"description":{"type":"str"}},"Tag":{"tag_key":{"type":"str","required":true,"no_log":false},"tag_value":{"type":"str","required":true}}},'
    '"NAMES":{"CreateMetaAndDataSyncDatahubTaskRequest":{"task_name":["TaskName",null],"source_resource_id":["SourceResourceId",null],'
    '"target_resource_id":["TargetResourceId",null],"tags":["Tags","Tag"],"offset_type":["OffsetType",null],'
    '"topic_regular_expression":["TopicRegularExpression",null],"topic_list":["TopicList",null],"prefix":["Prefix",null],"separator":["Separator",null],'
    '"description":["Description",null]},"Tag":{"tag_key":["TagKey",null],"tag_value":["TagValue",null]}},'
    '"PATH_TYPES":{"":"CreateMetaAndDataSyncDatahubTaskRequest","tags":"Tag"},"SERVICE_FILLED_PATHS":[],"NO_LOG_PATHS":[],'
    '"TYPES":{"CreateMetaAndDataSyncDatahubTaskRequest":{"task_name":{"api_name":"TaskName","type":"str","required":true},'
    '"source_resource_id":{"api_name":"SourceResourceId","type":"str","required":true},"target_resource_id":{"api_name":"TargetResourceId","type":"str",'
    '"required":true},"tags":{"api_name":"Tags","type":"list","elements":"dict","ref":"Tag"},"offset_type":{"api_name":"OffsetType","type":"str"},'
    '"topic_regular_expression":{"api_name":"TopicRegularExpression","type":"str"},"topic_list":{"api_name":"TopicList","type":"list","elements":"str"},'
    '"prefix":{"api_name":"Prefix","type":"str"},"separator":{"api_name":"Separator","type":"str"},"description":{"api_name":"Description","type":"str"}},'
    '"Tag":{"tag_key":{"api_name":"TagKey","type":"str","required":true},"tag_value":{"api_name":"TagValue","type":"str","required":true}}},"CONDITIONS":[]}',
)
