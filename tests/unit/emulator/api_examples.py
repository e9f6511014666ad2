# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tccli's examples.json as an oracle: the request parameters of an action's examples.

An example's input is either a POST with a JSON body, or a URL with `&Member=value` pairs (list
elements as `Member.0=...`); the pairs are typed by api.json.
"""

import json
import os
import re

import tccli


def _tccli_dir():
    return os.path.join(os.path.dirname(tccli.__file__), 'services', 'ckafka', 'v20190819')


def api_json():
    with open(os.path.join(_tccli_dir(), 'api.json'), encoding='utf-8') as handle:
        return json.load(handle)


def _convert(value, member):
    kind = member['member']
    if kind in ('int64', 'uint64'):
        return int(value)
    if kind == 'bool':
        return value.lower() == 'true'
    return value


def request_examples(action):
    """The parameters of every request example of action."""
    with open(os.path.join(_tccli_dir(), 'examples.json'), encoding='utf-8') as handle:
        examples = json.load(handle)['actions'][action]
    members = {m['name']: m for m in api_json()['objects'][action + 'Request']['members']}
    requests = []
    for example in examples:
        text = example['input']
        if '{' in text:
            requests.append(json.loads(text[text.index('{'):text.rindex('}') + 1]))
            continue
        params = {}
        for key, value in re.findall(r'&([A-Za-z0-9.]+)=([^\s&]*)', text):
            name, _dot, index = key.partition('.')
            member = members[name]
            if index:
                params.setdefault(name, []).append(_convert(value, member))
            else:
                params[name] = _convert(value, member)
        requests.append(params)
    return requests
