# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The generated files must be what tools/generate.py renders from the schema today."""

import importlib.util
import os

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def load_generator():
    spec = importlib.util.spec_from_file_location('generate', os.path.join(REPO, 'tools', 'generate.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = load_generator()
RENDERED = GENERATOR.render_all()


@pytest.mark.parametrize('rel', sorted(RENDERED))
def test_generated_file_is_fresh(rel):
    with open(os.path.join(REPO, rel), encoding='utf-8') as handle:
        committed = handle.read()
    assert committed == RENDERED[rel], '%s is stale: run make generate' % rel


def test_rendering_is_deterministic():
    assert GENERATOR.render_all() == RENDERED


@pytest.mark.parametrize('rel', sorted(RENDERED))
def test_generated_file_says_so(rel):
    head = RENDERED[rel].splitlines()[:6]
    assert any('GENERATED FILE' in line and 'tools/generate.py' in line for line in head)


@pytest.mark.parametrize('rel', sorted(RENDERED))
def test_lines_fit(rel):
    for number, line in enumerate(RENDERED[rel].splitlines(), 1):
        assert len(line) <= 160, '%s:%d' % (rel, number)
        assert all(ord(char) < 128 for char in line), '%s:%d' % (rel, number)


def test_doc_fragment_matches_spec():
    import yaml
    from ansible_collections.tencentcloud.ckafka.plugins.doc_fragments.datahub_task import ModuleDocFragment
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.datahub_task_schema import PARAMETER_SPEC

    def compare(doc, spec, path=''):
        assert set(doc) == set(spec), path
        for option, entry in spec.items():
            where = path + option
            documented = doc[option]
            assert documented['type'] == entry['type'], where
            assert documented.get('elements') == entry.get('elements'), where
            assert documented.get('required', False) == entry.get('required', False), where
            assert documented.get('choices') == entry.get('choices'), where
            assert documented['description'], where
            if 'options' in entry:
                compare(documented.get('suboptions') or {}, entry['options'], where + '.')
            else:
                assert 'suboptions' not in documented, where

    compare(yaml.safe_load(ModuleDocFragment.DOCUMENTATION)['options'], PARAMETER_SPEC)
