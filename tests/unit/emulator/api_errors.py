# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The error of an answer: (code, message) of a raw call's Response, or of an SDK call that raised."""

import pytest
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException


def error(answer):
    assert 'Error' in answer, answer
    return answer['Error']['Code'], answer['Error']['Message']


def sdk_error(sdk, action, params):
    with pytest.raises(TencentCloudSDKException) as caught:
        sdk.call(action, params)
    return caught.value.get_code(), caught.value.get_message()
