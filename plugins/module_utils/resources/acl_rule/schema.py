# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

# GENERATED FILE: do not edit. Rendered by tools/generate.py from schema/acl_rule.json.
# Run `make generate` after changing the schema.

"""Argument spec, option/API name trees and per-type data of the CreateAclRule parameters, from
schema/acl_rule.json; schema_loader.py says what each object holds."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.schema_loader import load

API_VERSION = '2019-08-19'
ROOT_TYPE = 'CreateAclRuleRequest'

# Options CreateAclRule needs; not marked required in the spec because state=absent may need none.
REQUIRED_FOR_CREATE = ('instance_id', 'resource_type', 'pattern_type', 'rule_name', 'rule_list')

# API members the API marks deprecated: (type, API name). They get no option.
DEPRECATED_MEMBERS = ()

# The JSON holds SPECS, NAMES, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS, MODIFY_PATH_TYPES.
(PARAMETER_SPEC, API_NAME_TREE, OPTION_NAME_TREE, PATH_TYPES, SERVICE_FILLED_PATHS, NO_LOG_PATHS, TYPES, CONDITIONS,
 MODIFY_API_NAME_TREE, MODIFY_PATH_TYPES) = load(
    ROOT_TYPE,
    '{"SPECS":{"CreateAclRuleRequest":{"instance_id":{"type":"str"},"resource_type":{"type":"str","choices":["Topic"]},"pattern_type":{"type":"str",'
    '"choices":["PREFIXED","PRESET"]},"rule_name":{"type":"str"},"rule_list":{"type":"list","elements":"dict","options":"AclRuleInfo"},'
    '"pattern":{"type":"str"},"is_applied":{"type":"int"},"comment":{"type":"str"}},"AclRuleInfo":{"operation":{"type":"str","required":true,"choices":["All",'
    '"Read","Write"]},"permission_type":{"type":"str","required":true,"choices":["Allow"]},"host":{"type":"str","required":true},"principal":{"type":"str",'
    '"required":true}}},"NAMES":{"CreateAclRuleRequest":{"instance_id":["InstanceId",null],"resource_type":["ResourceType",null],'
    '"pattern_type":["PatternType",null],"rule_name":["RuleName",null],"rule_list":["RuleList","AclRuleInfo"],"pattern":["Pattern",null],'
    '"is_applied":["IsApplied",null],"comment":["Comment",null]},"AclRuleInfo":{"operation":["Operation",null],"permission_type":["PermissionType",null],'
    '"host":["Host",null],"principal":["Principal",null]},"ModifyAclRuleRequest":{"instance_id":["InstanceId",null],"rule_name":["RuleName",null],'
    '"is_applied":["IsApplied",null]}},"PATH_TYPES":{"":"CreateAclRuleRequest","rule_list":"AclRuleInfo"},"SERVICE_FILLED_PATHS":[],"NO_LOG_PATHS":[],'
    '"TYPES":{"CreateAclRuleRequest":{"instance_id":{"api_name":"InstanceId","type":"str","required":true},"resource_type":{"api_name":"ResourceType",'
    '"type":"str","required":true},"pattern_type":{"api_name":"PatternType","type":"str","required":true},"rule_name":{"api_name":"RuleName","type":"str",'
    '"required":true},"rule_list":{"api_name":"RuleList","type":"list","elements":"dict","ref":"AclRuleInfo","required":true},"pattern":{"api_name":"Pattern",'
    '"type":"str"},"is_applied":{"api_name":"IsApplied","type":"int"},"comment":{"api_name":"Comment","type":"str"}},'
    '"AclRuleInfo":{"operation":{"api_name":"Operation","type":"str","required":true},"permission_type":{"api_name":"PermissionType","type":"str",'
    '"required":true},"host":{"api_name":"Host","type":"str","required":true},"principal":{"api_name":"Principal","type":"str","required":true}},'
    '"ModifyAclRuleRequest":{"instance_id":{"api_name":"InstanceId","type":"str","required":true},"rule_name":{"api_name":"RuleName","type":"str",'
    '"required":true},"is_applied":{"api_name":"IsApplied","type":"int"}}},"CONDITIONS":[{"type":"CreateAclRuleRequest","when":[["pattern_type","in",'
    '["PREFIXED"]]],"require":["pattern"]}],"MODIFY_PATH_TYPES":{"":"ModifyAclRuleRequest"}}',
    modify_root='ModifyAclRuleRequest',
)
