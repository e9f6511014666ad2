# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The requests per second the service allows of each API action, as its API reference documents them.

The service limits each action on its own; most allow 20 requests a second, some more, a few less
(DeleteTopic: 1). A client that sends faster only earns throttling answers and retries, so a run that
sends many requests of one action (a fleet module) sends each at most at its documented rate.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

# The rate of an action the reference gives no figure for.
DEFAULT_RATE = 20.0

# {action: requests per second}, from the API reference pages (api.json does not carry them).
DOCUMENTED_RATES = {
    'CreateTopic': 20.0,
    'ModifyTopicAttributes': 100.0,
    'CreatePartition': 100.0,
    'DeleteTopic': 1.0,
    'DescribeTopic': 100.0,
    'DescribeTopicAttributes': 100.0,
    'DescribeTopicDetail': 100.0,
    'DescribeInstances': 100.0,
    'DescribeInstanceAttributes': 100.0,
    'DescribeInstancesDetail': 100.0,
}


def rate_of(action, cap=None, rates=None):
    """The requests per second to send of action: its documented rate, never above cap (the user's
    limit for every action) when cap is given; an action without a documented rate is sent at cap,
    else at DEFAULT_RATE."""
    documented = (DOCUMENTED_RATES if rates is None else rates).get(action)
    if documented is None:
        return DEFAULT_RATE if cap is None else float(cap)
    return documented if cap is None else min(documented, float(cap))
