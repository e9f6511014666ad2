# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/datahub_topic.json.
# Run `make generate` after changing the schema.

"""Argument spec, option/API name trees and per-type data of the CreateDatahubTopic parameters, from
schema/datahub_topic.json; schema_loader.py says what each object holds."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.schema_loader import load

API_VERSION = '2019-08-19'
ROOT_TYPE = 'CreateDatahubTopicRequest'

# Options CreateDatahubTopic needs; not marked required in the spec because state=absent may need none.
REQUIRED_FOR_CREATE = ('name', 'partition_num', 'retention_ms')

# API members the API marks deprecated: (type, API name). They get no option.
DEPRECATED_MEMBERS = ()

# The JSON holds SPECS, NAMES, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS, MODIFY_PATH_TYPES.
(PARAMETER_SPEC, API_NAME_TREE, OPTION_NAME_TREE, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS,
 MODIFY_API_NAME_TREE, MODIFY_PATH_TYPES) = load(
    ROOT_TYPE,
    '{"SPECS":{"CreateDatahubTopicRequest":{"name":{"type":"str"},"partition_num":{"type":"int"},"retention_ms":{"type":"int"},"note":{"type":"str"},'
    '"tags":{"type":"list","elements":"dict","options":"Tag"}},"Tag":{"tag_key":{"type":"str","required":true,"no_log":false},"tag_value":{"type":"str",'
    '"required":true}}},"NAMES":{"CreateDatahubTopicRequest":{"name":["Name",null],"partition_num":["PartitionNum",null],"retention_ms":["RetentionMs",null],'
    '"note":["Note",null],"tags":["Tags","Tag"]},"Tag":{"tag_key":["TagKey",null],"tag_value":["TagValue",null]},"ModifyDatahubTopicRequest":{"name":["Name",'
    'null],"retention_ms":["RetentionMs",null],"note":["Note",null],"tags":["Tags","Tag"]}},"PATH_TYPES":{"":"CreateDatahubTopicRequest","tags":"Tag"},'
    '"SERVICE_FILLED_PATHS":[],"NO_LOG_PATHS":[],"TYPES":{"CreateDatahubTopicRequest":{"name":{"api_name":"Name","type":"str","required":true},'
    '"partition_num":{"api_name":"PartitionNum","type":"int","required":true},"retention_ms":{"api_name":"RetentionMs","type":"int","required":true},'
    '"note":{"api_name":"Note","type":"str"},"tags":{"api_name":"Tags","type":"list","elements":"dict","ref":"Tag"}},"Tag":{"tag_key":{"api_name":"TagKey",'
    '"type":"str","required":true},"tag_value":{"api_name":"TagValue","type":"str","required":true}},"ModifyDatahubTopicRequest":{"name":{"api_name":"Name",'
    '"type":"str","required":true},"retention_ms":{"api_name":"RetentionMs","type":"int","required":true},"note":{"api_name":"Note","type":"str"},'
    '"tags":{"api_name":"Tags","type":"list","elements":"dict","ref":"Tag"}}},"CONDITIONS":[],"MODIFY_PATH_TYPES":{"":"ModifyDatahubTopicRequest",'
    '"tags":"Tag"}}',
    modify_root='ModifyDatahubTopicRequest',
)
