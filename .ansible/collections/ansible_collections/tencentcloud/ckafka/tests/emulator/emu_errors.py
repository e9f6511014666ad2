# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The error type every layer of the emulator raises to answer an API error envelope."""


class ApiError(Exception):
    """An error the emulator answers as {"Response": {"Error": {"Code", "Message"}, "RequestId"}}."""

    def __init__(self, code, message):
        super().__init__('%s: %s' % (code, message))
        self.code = code
        self.message = message


def missing(path):
    return ApiError('MissingParameter', 'The request is missing a required parameter `%s`.' % path)


def invalid_type(path, expected):
    return ApiError('InvalidParameter', 'The parameter `%s` must be of type %s.' % (path, expected))


def unknown(path):
    return ApiError('UnknownParameter', 'The parameter `%s` is not recognized.' % path)


def invalid_value(path, detail):
    return ApiError('InvalidParameterValue', 'The value of the parameter `%s` is invalid: %s' % (path, detail))
