# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Writes that are never repeated blindly.

After an unknown outcome (network error, timeout, HTTP 5xx, InternalError) the resource is read
again, and the write is sent again only when the read shows it did not happen.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import time

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.lookup import Ambiguous

# How often a write whose outcome is unknown is looked up and tried again, at most.
WRITE_ATTEMPTS = 4


class WriteFailed(Exception):
    """A write that did not go through: message for the user, the last error, extra result keys."""

    def __init__(self, message, error=None, **extra):
        super(WriteFailed, self).__init__(message)
        self.error = error
        self.extra = extra


def refuses_id(error, id_member):
    """Whether error is the service refusing the id member of a Create request (TaskId).

    The client-chosen id relies on the service taking an id from the client; a service that
    chooses ids itself answers InvalidParameter(Value) about TaskId, or another refusal naming it
    (any code but the repetition of an existing id, which shows the service takes ids).
    """
    if error.outcome_unknown or id_member not in (error.message or ''):
        return False
    code = error.code or ''
    # A repetition of an existing id is the service taking ids, not refusing them.
    return not code.endswith('RepetitionValue')


def create_once(api, options, find_again, delays, sleep=time.sleep):
    """Create with options (option names); returns the new id. Raises WriteFailed or CkafkaError.

    find_again() looks up what the declaration identifies (a result or None; may raise
    Ambiguous): after an unknown outcome a resource found there is the one created.

    The one owner of a client-chosen id (Actions.new_id): when options carry no id, one is chosen
    before the first attempt and every attempt sends the same request, so a repeated create
    cannot make a second resource; the service's repeated_code answer to a later attempt means
    an earlier one went through. When the service refuses an id chosen here, the resource is
    looked up by name and, when not found, created again without an id: the service chooses it.
    That create is then safe by the name lookup alone; a warning says so.
    """
    resource = api.resource
    identity = resource.identity
    actions = resource.actions
    chosen = actions.new_id() if actions.new_id is not None and not options.get(identity.id_option) else None
    if chosen:
        options = dict(options, **{identity.id_option: chosen})
    last_error = None
    for attempt in range(WRITE_ATTEMPTS):
        try:
            return api.create(options)
        except CkafkaError as error:
            if attempt and options.get(identity.id_option) and error.code == actions.repeated_code:
                # this very request went through before
                return options[identity.id_option]
            if chosen and refuses_id(error, identity.id_member):
                options = dict(options, **{identity.id_option: None})
                found = _without_chosen_id(api, options, find_again, error, chosen)
                if found is not None:
                    return found
                chosen = None
                continue
            if not error.outcome_unknown:
                if last_error is None:
                    raise WriteFailed('%s; no %s was created (the service refused the request)%s'
                                      % (error, resource.noun, _id_hint(resource, options, error)), error)
                raise
            last_error = error
            try:
                found = find_again()
            except Ambiguous as ambiguous:
                raise WriteFailed('after an unknown outcome of %s, %d %s are named %s: %s'
                                  % (actions.create, len(ambiguous.ids), resource.nouns(),
                                     options.get(identity.name_option), ambiguous), changed=True)
            if found is not None:
                return found[identity.id_option]
            if attempt < len(delays):
                sleep(delays[attempt])
    raise WriteFailed('%s failed %d times and no %s was found afterwards: %s'
                      % (actions.create, WRITE_ATTEMPTS, resource.noun, last_error), last_error)


def _id_hint(resource, options, error):
    """How to go on when the service refused an id the user gave, as it would one chosen here."""
    identity = resource.identity
    if resource.actions.new_id is not None and identity.name_option and options.get(identity.id_option) \
            and refuses_id(error, identity.id_member):
        return ('; the service may not accept an id chosen by the client: leave %s out and identify the %s by %s'
                % (identity.id_option, resource.noun, identity.name_option))
    return ''


def converge(api, name, resource_id, write, done, delays, sleep=time.sleep):
    """write() (delete, pause, ...); after an unknown outcome, read the resource and write again only if needed.

    done(result or None) tells from a read whether the write went through. Raises WriteFailed
    when every attempt left it unknown, CkafkaError when the service refused the first.
    """
    last_error = None
    for attempt in range(WRITE_ATTEMPTS):
        try:
            write()
            return
        except CkafkaError as error:
            if not error.outcome_unknown and last_error is None:
                raise
            last_error = error
            if done(api.describe(resource_id)):
                return
            if attempt < len(delays):
                sleep(delays[attempt])
    raise WriteFailed('%s of %s %s failed: %s' % (name, api.resource.noun, resource_id, last_error), last_error)


def _without_chosen_id(api, options, find_again, error, refused):
    """After the service refused the id chosen here (refused): the id of the resource found by name,
    or None when there is none (options, without an id, then make it)."""
    resource = api.resource
    id_member = resource.identity.id_member
    try:
        found = find_again()
    except Ambiguous as ambiguous:
        raise WriteFailed('the service refused the %s %s chosen by the client (%s), and %d %s are named %s: %s'
                          % (id_member, refused, error, len(ambiguous.ids), resource.nouns(),
                             options.get(resource.identity.name_option), ambiguous), error)
    if found is not None:
        return found[resource.identity.id_option]
    api.client.warnings.append(
        'the service refused the %s %s chosen by the module (%s: %s); the %s was created without one, under an id '
        'the service chose. A create is then made safe by the name lookup alone: after an unknown outcome the %s '
        'is looked up by its name before it is created again.'
        % (id_member, refused, error.code, error.message, resource.noun, resource.noun))
    return None
