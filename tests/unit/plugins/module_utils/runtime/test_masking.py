# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Secret values masked for diff output (module_utils/masking.py)."""

import json
import re


from ..task_samples import convert


def test_mask_secrets():
    params = {'source_resource': {'es_param': {'password': 'hunter2', 'user_name': 'u'}, 'dts_param': {'group_password': 'p'}},
              'Password': 'x', 'tags': [{'tag_key': 'k', 'tag_value': 'v'}], 'none_password': None}
    masked = convert.mask_secrets(params)
    assert masked['source_resource']['es_param'] == {'password': convert.MASK, 'user_name': 'u'}
    assert masked['source_resource']['dts_param'] == {'group_password': convert.MASK}
    assert masked['Password'] == convert.MASK
    assert masked['tags'] == params['tags']
    assert masked['none_password'] is None
    assert params['source_resource']['es_param']['password'] == 'hunter2'
    assert not re.search('hunter2', json.dumps(masked))
