# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The fleet modules' config/scope doc fragments are what tools/generate_fleet_docs.py renders from the singular
modules today, and every config option they document is one the entry's argument spec takes."""

import importlib.util
import os

import pytest
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def load_tool():
    spec = importlib.util.spec_from_file_location('generate_fleet_docs', os.path.join(ROOT, 'tools', 'generate_fleet_docs.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = load_tool()


@pytest.fixture(scope='module')
def rendered():
    return TOOL.render_all()


@pytest.mark.parametrize('fleet', sorted(TOOL.FLEETS))
def test_fleet_fragment_is_fresh(rendered, fleet):
    rel = TOOL.OUT % fleet
    with open(os.path.join(ROOT, rel), encoding='utf-8') as handle:
        assert handle.read() == rendered[rel], '%s is stale: run make docs' % rel


@pytest.mark.parametrize('fleet', sorted(TOOL.FLEETS))
def test_fleet_fragment_documents_the_entry_spec(rendered, fleet):
    from ansible_collections.tencentcloud.ckafka.plugins.modules import (
        connect_resources, datahub_tasks, datahub_topics, topics, users)
    module = dict(datahub_tasks=datahub_tasks.DatahubTasksModule, connect_resources=connect_resources.ConnectResourcesModule,
                  datahub_topics=datahub_topics.DatahubTopicsModule, topics=topics.TopicsModule, users=users.UsersModule)[fleet]
    text = rendered[TOOL.OUT % fleet]
    doc = yaml.safe_load(text.split("DOCUMENTATION = r'''", 1)[1].rsplit("'''", 1)[0])
    assert sorted(doc['options']['config']['suboptions']) == sorted(module.entry_options())
    assert sorted(doc['options']['scope']['suboptions']) == sorted(module.scope_options())
