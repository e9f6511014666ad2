# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The safety rules of a fleet run, checked before any call (options) or any write (deletions).

* Options a state does not use are refused, naming the option and the state.
* `max_concurrency`, `rate_limit` and `max_deletions` have bounds.
* A run that could empty its scope by accident (`overridden` with an empty `config`, `deleted` without
  `config`, an empty or blank `scope` filter such as a `name_prefix` from an empty variable) is refused
  unless `allow_delete_all: true` says it is meant.
* Without `max_deletions`, a run deletes at most DEFAULT_MAX_DELETIONS resources that no entry names
  (the prune of `overridden`, `deleted` by scope); the refusal names the count and the first of them.
* The plan in one line (`summary`), in check mode too.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

# The most resources no entry names that a run deletes when max_deletions is not set.
DEFAULT_MAX_DELETIONS = 10
# Bounds of the throughput options.
MAX_CONCURRENCY = (1, 100)
MAX_RATE_LIMIT = 100.0
# How many of the resources a refused deletion lists.
SHOWN = 5
ALLOW_OPTION = 'allow_delete_all'

# The options each state uses beyond config/state and the connection options: the others are refused.
_USES = {
    'merged': ('config', 'max_concurrency', 'rate_limit', 'wait', 'wait_timeout'),
    'overridden': ('config', 'scope', 'max_deletions', ALLOW_OPTION, 'max_concurrency', 'rate_limit', 'wait',
                   'wait_timeout'),
    'deleted': ('config', 'scope', 'max_deletions', ALLOW_OPTION, 'max_concurrency', 'rate_limit', 'wait',
                'wait_timeout'),
    'gathered': ('scope', 'max_concurrency', 'rate_limit'),
    'rendered': ('config',),
}
# Options whose presence can be told (no default): only these are refused when a state does not use them.
_CHECKED = ('config', 'scope', 'max_deletions', ALLOW_OPTION)


def _given(params, option):
    value = params.get(option)
    if option == ALLOW_OPTION:
        return bool(value)
    if option == 'config':
        return value is not None and value != []
    return value is not None


def option_errors(params, noun, nouns):
    """The refusals of the options alone (no call made yet): [message]."""
    errors = []
    state = params['state']
    uses = _USES[state]
    for option in _CHECKED:
        if option in uses or not _given(params, option):
            continue
        if option == 'scope' and state == 'merged':
            reason = 'merged writes the entries of config and touches nothing else, so a scope would not limit it'
        elif option == 'config' and state == 'gathered':
            reason = 'gathered reads every %s in scope; narrow it with scope' % noun
        else:
            reason = 'state=%s does not use it' % state
        errors.append('%s is not used by state=%s: %s; leave it out' % (option, state, reason))
    if state == 'deleted' and _given(params, 'config') and params.get('scope') is not None:
        errors.append('scope is not used by state=deleted with config: the entries name what is deleted; leave '
                      'scope out, or config out to delete every %s in scope' % noun)
    low, high = MAX_CONCURRENCY
    if not low <= params['max_concurrency'] <= high:
        errors.append('max_concurrency must be from %d to %d, got %d' % (low, high, params['max_concurrency']))
    # None: each action at its documented rate (transport/rate_limits.py)
    if params['rate_limit'] is not None and not 0 < params['rate_limit'] <= MAX_RATE_LIMIT:
        errors.append('rate_limit must be greater than 0 and at most %g requests per second, got %s'
                      % (MAX_RATE_LIMIT, params['rate_limit']))
    if params.get('max_deletions') is not None and params['max_deletions'] < 0:
        errors.append('max_deletions must be 0 or more, got %d' % params['max_deletions'])
    if state in ('overridden', 'deleted') and not params.get(ALLOW_OPTION):
        errors.extend(_emptying_errors(params, nouns))
    return errors


def _emptying_errors(params, nouns):
    """What could empty the scope by accident, unless allow_delete_all says it is meant."""
    errors = []
    state = params['state']
    fix = 'set %s: true if that is meant' % ALLOW_OPTION
    for option, value in sorted((params.get('scope') or {}).items()):
        if value is not None and not str(value).strip():
            errors.append('scope.%s is %s: an empty filter (an empty variable?) widens the scope to every %s of the '
                          'region; leave it out, or %s' % (option, 'empty' if value == '' else 'blank (%r)' % value,
                                                           nouns, fix))
    config = params.get('config')
    if state == 'overridden' and not config:
        errors.append('state=overridden with an empty config deletes every %s in scope; %s' % (nouns, fix))
    if state == 'deleted' and not config and params.get('scope') is not None:
        errors.append('state=deleted without config deletes every %s in scope; %s' % (nouns, fix))
    return errors


def deletion_refusal(steps, limit, resource, header, deleted):
    """The refusal of a plan deleting too much, or None.

    With max_deletions (limit) set every deletion counts; without it, at most DEFAULT_MAX_DELETIONS resources
    that no entry names. header(step) names a resource; deleted(step) tells a deletion.
    """
    deletions = [(header(step), step.index is not None) for step in steps if deleted(step)]
    return bounded_deletions(deletions, limit, resource.nouns())


def bounded_deletions(deletions, limit, nouns):
    """The refusal of deletions ([(label, named by an entry)]) beyond the bound, or None (any fleet of any resource)."""
    if limit is not None:
        counted = [label for label, named in deletions]
        if len(counted) <= limit:
            return None
        message = 'the plan deletes %d %s, more than max_deletions (%d)' % (len(counted), nouns, limit)
    else:
        counted = [label for label, named in deletions if not named]
        if len(counted) <= DEFAULT_MAX_DELETIONS:
            return None
        message = ('the plan deletes %d %s that no entry names, more than %d, the limit when max_deletions is not set'
                   % (len(counted), nouns, DEFAULT_MAX_DELETIONS))
    shown = ', '.join(sorted(counted)[:SHOWN])
    more = ' and %d more' % (len(counted) - SHOWN) if len(counted) > SHOWN else ''
    return '%s: %s%s. Nothing was deleted; check scope, or set max_deletions: %d to allow it' % (
        message, shown, more, len(counted))


# The order and the words of the summary: (action, planned, done).
_WORDS = (
    ('created', 'to create', 'created'),
    ('recreated', 'to recreate', 'recreated'),
    ('updated', 'to update', 'updated'),
    ('paused', 'to pause', 'paused'),
    ('resumed', 'to resume', 'resumed'),
    ('restarted', 'to restart', 'restarted'),
    ('deleted', 'to delete', 'deleted'),
    ('failed', 'failed', 'failed'),
    ('unchanged', 'unchanged', 'unchanged'),
)


def summary(actions, check_mode):
    """The plan in one line: '3 to create, 1 to update, 5 to delete, 191 unchanged' (check mode), or what was done."""
    counts = {}
    for action in actions:
        counts[action] = counts.get(action, 0) + 1
    parts = []
    known = set()
    for action, planned, done in _WORDS:
        known.add(action)
        if counts.get(action):
            parts.append('%d %s' % (counts[action], planned if check_mode else done))
    parts.extend('%d %s' % (count, action) for action, count in sorted(counts.items()) if action not in known)
    line = ', '.join(parts) if parts else 'nothing to do'
    return '%s (check mode: nothing was written)' % line if check_mode else line
