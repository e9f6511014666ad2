# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""One exception type for every way a call can fail."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

# Codes made up on this side for failures that never got a service answer.
NETWORK_ERROR = 'ClientNetworkError'
TIMEOUT_ERROR = 'ClientReadTimeout'
HTTP_ERROR = 'ClientHttpError'
INVALID_RESPONSE = 'ClientInvalidResponse'


# The service's throttling answers (RequestLimitExceeded and its RequestLimitExceeded.* codes):
# it refused the call before doing anything.
THROTTLED = 'RequestLimitExceeded'


class CkafkaError(Exception):
    """A failed API call.

    code and message come from the service when it answered with an error
    envelope; otherwise code is one of the Client* codes above. sent tells whether
    the request may have reached the service (a write may have happened).
    """

    def __init__(self, code, message, request_id=None, http_status=None, action=None, sent=True,
                 resource_type=None, resource_id=None):
        super(CkafkaError, self).__init__(message)
        self.code = code
        self.message = message
        self.request_id = request_id
        self.http_status = http_status
        self.action = action
        self.sent = sent
        # The existing resource the call was about, when there is one: failure messages name it
        # ("DeleteDatahubTask of task task-1 failed with ...").
        self.resource_type = resource_type
        self.resource_id = resource_id

    def __str__(self):
        text = '%s: %s' % (self.code, self.message)
        if self.action and self.resource_id:
            text = '%s of %s %s failed with %s' % (self.action, self.resource_type or 'resource', self.resource_id, text)
        elif self.action:
            text = '%s failed with %s' % (self.action, text)
        if self.request_id:
            text += ' (request id %s)' % self.request_id
        return text

    @property
    def outcome_unknown(self):
        """True when a write may or may not have been applied."""
        return self.sent and (self.code in (NETWORK_ERROR, TIMEOUT_ERROR, INVALID_RESPONSE)
                              or (self.code == HTTP_ERROR and (self.http_status or 0) >= 500)
                              or self.code.startswith('InternalError'))

    def to_result(self):
        """The keys a failed module run reports about this error."""
        return dict(error_code=self.code, request_id=self.request_id)


class CredentialsError(Exception):
    """No usable credentials were found."""


def code_family(code):
    """The part of a service code before its first dot: InternalError of InternalError.UnknownError."""
    return (code or '').split('.')[0]


def matches_code(code, codes):
    """Whether a service code is one of codes, itself or by its family (a code of codes without a dot)."""
    return code in codes or code_family(code) in codes


def is_throttled(error):
    return isinstance(error, CkafkaError) and code_family(error.code) == THROTTLED


def is_signature_expired(error):
    return isinstance(error, CkafkaError) and error.code == 'AuthFailure.SignatureExpire'
