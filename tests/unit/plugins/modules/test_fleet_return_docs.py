# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Every key a fleet module's result (and each of its result items) can carry is in its RETURN documentation."""

import importlib

import pytest
import yaml

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.entries import Entry
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet.module import FleetModule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.engine import Step
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.fleet import shape

MODULES = ('datahub_tasks', 'connect_resources', 'datahub_topics', 'topics', 'users')
RESULT_KEYS = ('msg', 'option_errors', 'results', 'gathered', 'rendered', 'plan_errors', 'diff', 'error_code', 'request_id')


def fleet_class(name):
    module = importlib.import_module('ansible_collections.tencentcloud.ckafka.plugins.modules.' + name)
    classes = [value for value in vars(module).values()
               if isinstance(value, type) and issubclass(value, FleetModule) and value is not FleetModule]
    assert len(classes) == 1, classes
    return module, classes[0]


@pytest.mark.parametrize('name', MODULES)
def test_the_fleet_module_documents_every_result_key(name):
    module, cls = fleet_class(name)
    documented = yaml.safe_load(module.RETURN)
    assert sorted(documented) == sorted(RESULT_KEYS)
    resource = cls.resource
    entry = Entry(0, {resource.identity.id_option: 'x'}, resource)
    step = Step(entry.params, resource, label=entry.label, index=0, name=entry.name)
    step.current = {resource.identity.id_option: 'x'}
    step.error = 'why'
    item = shape.result_item(resource, step)
    assert item['action'] == 'failed' and sorted(item) == sorted(documented['results']['contains'])
    rendered = shape.rendered_item(resource, entry)
    assert sorted(rendered) == sorted(documented['rendered']['contains'])
    step.error = None
    step.after = dict(step.current, description='new')
    step.wrote = True
    assert sorted(shape.diffs(resource, [step])[0]) == sorted(documented['diff']['contains'])


@pytest.mark.parametrize('name', MODULES)
def test_main_is_short(name):
    module, cls = fleet_class(name)
    import inspect
    assert len(inspect.getsource(module.main).splitlines()) < 10
