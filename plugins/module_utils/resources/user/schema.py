# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/user.json.
# Run `make generate` after changing the schema.

"""Argument spec, option/API name trees and per-type data of the CreateUser parameters, from
schema/user.json; schema_loader.py says what each object holds."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.schema_loader import load

API_VERSION = '2019-08-19'
ROOT_TYPE = 'CreateUserRequest'

# Options CreateUser needs; not marked required in the spec because state=absent may need none.
REQUIRED_FOR_CREATE = ('instance_id', 'name')

# API members the API marks deprecated: (type, API name). They get no option.
DEPRECATED_MEMBERS = ()

# The JSON holds SPECS, NAMES, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS.
(PARAMETER_SPEC, API_NAME_TREE, OPTION_NAME_TREE, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS) = load(
    ROOT_TYPE,
    '{"SPECS":{"CreateUserRequest":{"instance_id":{"type":"str"},"name":{"type":"str"},"password":{"type":"str","no_log":true}}},'
    '"NAMES":{"CreateUserRequest":{"instance_id":["InstanceId",null],"name":["Name",null],"password":["Password",null]}},'
    '"PATH_TYPES":{"":"CreateUserRequest"},"SERVICE_FILLED_PATHS":[],"NO_LOG_PATHS":["password"],'
    '"TYPES":{"CreateUserRequest":{"instance_id":{"api_name":"InstanceId","type":"str","required":true},"name":{"api_name":"Name","type":"str",'
    '"required":true},"password":{"api_name":"Password","type":"str","no_log":true}}},"CONDITIONS":[]}',
)
