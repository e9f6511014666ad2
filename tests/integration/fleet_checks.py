# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Checks shared by the integration tests of the fleet modules (connect_resources, datahub_topics):
the shape of `results`, `diff`, `gathered`, and what the emulator's request log says of a run."""

import contextlib
import json
import time

THROTTLED = 'RequestLimitExceeded'


def outcomes(result):
    """(index, name, action) of every item of a fleet result, in order."""
    return [(item['index'], item['name'], item['action']) for item in result['results']]


def by_name(result):
    """The items of a fleet result by name (a name shows once)."""
    items = {}
    for item in result['results']:
        assert item['name'] not in items, result['results']
        items[item['name']] = item
    return items


def assert_diff_names(result, names):
    """One diff per changed resource, each naming its resource in both headers."""
    diffs = result['diff']
    assert isinstance(diffs, list), diffs
    assert len(diffs) == len(names), [(d.get('before_header'), d.get('after_header')) for d in diffs]
    for name in names:
        naming = [d for d in diffs if name in d['before_header'] and name in d['after_header']]
        assert len(naming) == 1, (name, [(d['before_header'], d['after_header']) for d in diffs])
    return dict((name, [d for d in diffs if name in d['before_header']][0]) for name in names)


def nulls(value, path=''):
    """The paths of every None (and of every empty dict) in value."""
    if value is None:
        return [path]
    if isinstance(value, dict):
        if not value:
            return [path]
        return [found for key, member in value.items() for found in nulls(member, '%s.%s' % (path, key))]
    if isinstance(value, list):
        return [found for number, member in enumerate(value) for found in nulls(member, '%s[%d]' % (path, number))]
    return []


def keys_anywhere(value):
    """Every dict key in value, at any depth."""
    if isinstance(value, dict):
        return set(value) | set(key for member in value.values() for key in keys_anywhere(member))
    if isinstance(value, list):
        return set(key for member in value for key in keys_anywhere(member))
    return set()


def text_of(*runs):
    """Everything a run showed: its output and its recorded results."""
    return ''.join(run.output + json.dumps(run.records, default=str) for run in runs)


def accepted(run, action):
    """The parameters of the run's calls of action that the service did not refuse (nor throttle)."""
    return [call['params'] for call in run.calls if call['action'] == action and not call.get('error_code')]


def throttled(run):
    return [call for call in run.calls if call.get('error_code') == THROTTLED]


@contextlib.contextmanager
def emulator_settings(emulator, **settings):
    """The emulator configured with settings, restored afterwards (the server lives for the module)."""
    before = emulator.configure()
    emulator.configure(**settings)
    try:
        yield
    finally:
        emulator.configure(**dict((name, before[name]) for name in settings))


def call_directly(emulator, action, params):
    """One API call for a test's setup, retried while throttled; returns the Result."""
    for attempt in range(50):
        answer = emulator.call(action, params)['Response']
        if answer.get('Error', {}).get('Code') != THROTTLED:
            break
        time.sleep(0.1 * (attempt + 1))
    assert 'Error' not in answer, answer
    return answer['Result']


def wait_until(predicate, timeout=10.0):
    deadline = time.time() + timeout
    while not predicate():
        assert time.time() < deadline, 'timed out waiting'
        time.sleep(0.1)


def assert_refused_without_scope(declare, variables):
    """variables run without a scope, omitted and then null (what a bare `scope:` in YAML gives): each
    run fails naming scope before any write (null is not the explicit `scope: {}` of the whole region)."""
    for scope in ('omitted', None):
        unscoped = dict((key, value) for key, value in variables.items() if key != 'scope')
        if scope is None:
            unscoped['scope'] = None
        run = declare(unscoped)
        assert run.rc != 0 and 'scope' in run.result(run.task)['msg'], (scope, run)
        assert run.writes == [], (scope, run.actions)
