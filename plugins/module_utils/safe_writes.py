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

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.lookup import Ambiguous

# How often a write whose outcome is unknown is looked up and tried again, at most.
WRITE_ATTEMPTS = 4


class WriteFailed(Exception):
    """A write that did not go through: message for the user, the last error, extra result keys."""

    def __init__(self, message, error=None, **extra):
        super(WriteFailed, self).__init__(message)
        self.error = error
        self.extra = extra


def create_once(api, request, find_again, delays, sleep=time.sleep):
    """Create with request (API names); returns the new id. Raises WriteFailed or CkafkaError.

    find_again() looks up what the declaration identifies (a result or None; may raise
    Ambiguous): after an unknown outcome a resource found there is the one created.
    """
    resource = api.resource
    last_error = None
    for attempt in range(WRITE_ATTEMPTS):
        try:
            return api.create(request)
        except CkafkaError as error:
            if not error.outcome_unknown:
                if last_error is None:
                    raise WriteFailed('%s; no %s was created (the service refused the request)' % (error, resource.noun), error)
                raise
            last_error = error
            try:
                found = find_again()
            except Ambiguous as ambiguous:
                raise WriteFailed('after an unknown outcome of %s, %d %s are named %s: %s'
                                  % (resource.actions.create, len(ambiguous.ids), resource.nouns(),
                                     request.get(resource.identity.name_member), ambiguous), changed=True)
            if found is not None:
                return found[resource.identity.id_option]
            if attempt < len(delays):
                sleep(delays[attempt])
    raise WriteFailed('%s failed %d times and no %s was found afterwards: %s'
                      % (resource.actions.create, WRITE_ATTEMPTS, resource.noun, last_error), last_error)


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
