# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Every key a module's result can carry is in its RETURN documentation, and nothing more.

The keys come from the runtime (the resource's result_keys, its id, recreated and previous_<id>,
the failure keys of a replacement) so a new result key, or a module whose RETURN lags behind the
runtime, fails here rather than in a user's playbook.
"""

import importlib

import pytest
import yaml

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import (
    ResourceInfoModule, ResourceModule)

MODULES = ('datahub_task', 'connect_resource', 'datahub_topic')
# Resource modules without an info module of their own (datahub_task_info lists sync tasks).
RESOURCE_MODULES = MODULES + ('datahub_sync_task', 'user', 'acl_rule')
# What a failed replacement adds (resource_module.ResourceModule.fail_replacement).
REPLACEMENT_KEYS = ('replacement_required', 'differing_paths', 'differences')


def module_class(name, base):
    module = importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.modules.' + name)
    classes = [value for value in vars(module).values()
               if isinstance(value, type) and issubclass(value, base) and value is not base]
    assert len(classes) == 1, classes
    return module, classes[0]


@pytest.mark.parametrize('name', RESOURCE_MODULES)
def test_the_module_documents_every_result_key(name):
    module, cls = module_class(name, ResourceModule)
    documented = yaml.safe_load(module.RETURN)
    resource = cls.resource
    expected = set([resource.result_key, resource.identity.id_option, 'recreated',
                    'previous_' + resource.identity.id_option, 'diff'] + list(REPLACEMENT_KEYS))
    missing = expected - set(documented)
    assert not missing, '%s RETURN lacks %s' % (name, sorted(missing))
    assert documented['recreated']['returned'] == 'always'


@pytest.mark.parametrize('name', RESOURCE_MODULES)
def test_the_resource_keys_are_documented_one_for_one(name):
    module, cls = module_class(name, ResourceModule)
    resource = cls.resource
    contains = yaml.safe_load(module.RETURN)[resource.result_key]['contains']
    keys = set(resource.result_keys) | ({'status_name'} if resource.statuses is not None else set())
    assert set(contains) == keys


@pytest.mark.parametrize('name', MODULES)
def test_the_info_module_documents_the_same_keys(name):
    module, cls = module_class(name + '_info', ResourceInfoModule)
    resource = cls.resource
    listed = yaml.safe_load(module.RETURN)[resource.plural_result_key or resource.nouns()]
    assert listed['type'] == 'list' and listed['returned'] == 'always'
    documented_by_module = yaml.safe_load(importlib.import_module(
        'ansible_collections.tencentcloud.ckafka.plugins.modules.' + name).RETURN)[resource.result_key]['contains']
    assert set(listed['contains']) == set(documented_by_module)
