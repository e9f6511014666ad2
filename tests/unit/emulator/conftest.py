# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Fixtures of the emulator tests: one emulator per test module, reset before each test."""

import json
import os
import sys

import pytest

EMULATOR_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'emulator'))
if EMULATOR_DIR not in sys.path:
    sys.path.insert(0, EMULATOR_DIR)

from harness import start_emulator  # noqa: E402  pylint: disable=wrong-import-position
from samples import datahub_topic, es_connection, kafka_to_es  # noqa: E402  pylint: disable=wrong-import-position

TRANSITION = 0.3


@pytest.fixture(scope='module')
def emulator():
    emu = start_emulator(transition_seconds=TRANSITION, rate_limit=0)
    try:
        yield emu
    finally:
        emu.stop()


@pytest.fixture
def emu(emulator):  # pylint: disable=redefined-outer-name
    emulator.reset()
    emulator.configure(transition_seconds=TRANSITION, rate_limit=0, clock_offset=0, require_region=False,
                       refuse_client_task_id=False, app_id=None, topic_delete_window=60, topic_recreate_window=60,
                       refuse_active_group_changes=True)
    return emulator


@pytest.fixture
def task_params():
    """A factory of valid CreateDatahubTask parameters (a deep copy each time), with overrides."""
    def make(**overrides):
        return kafka_to_es(**overrides)
    return make


@pytest.fixture
def connection_params():
    """A factory of valid CreateConnectResource parameters (an ES connection), with overrides."""
    return es_connection


@pytest.fixture
def topic_params():
    """A factory of valid CreateDatahubTopic parameters: topic_params(name='1250000000-x', **overrides)."""
    return datahub_topic


@pytest.fixture
def sdk(emu):  # pylint: disable=redefined-outer-name
    """The official SDK's CkafkaClient pointed at the emulator, and its models module."""
    from tencentcloud.common import credential  # pylint: disable=import-outside-toplevel
    from tencentcloud.common.profile.client_profile import ClientProfile  # pylint: disable=import-outside-toplevel
    from tencentcloud.common.profile.http_profile import HttpProfile  # pylint: disable=import-outside-toplevel
    from tencentcloud.ckafka.v20190819 import ckafka_client, models  # pylint: disable=import-outside-toplevel

    class Sdk:
        def __init__(self):
            self.models = models
            self.client = self.make_client(emu.secret_id, emu.secret_key)

        @staticmethod
        def make_client(secret_id, secret_key, token=None):
            cred = credential.Credential(secret_id, secret_key, token)
            http_profile = HttpProfile(protocol='http', endpoint='%s:%d' % (emu.host, emu.port), keepAlive=True, reqTimeout=10)
            return ckafka_client.CkafkaClient(cred, 'ap-guangzhou', ClientProfile(httpProfile=http_profile))

        def call(self, action, params=None, client=None):
            request = getattr(models, action + 'Request')()
            request.from_json_string(json.dumps(params or {}))
            return getattr(client or self.client, action)(request)

    return Sdk()


@pytest.fixture
def api(emu):  # pylint: disable=redefined-outer-name
    """Raw signed calls; returns the Response member of the answer."""
    def call(action, params=None, **options):
        return emu.call(action, params, **options)['Response']
    return call
