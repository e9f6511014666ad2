# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Fixtures of the in-process runs (*_runs.py): one emulator per test module, reset before each test."""

import pytest

from inprocess_runs import reset, started_emulator


@pytest.fixture(scope='module')
def emulator_server():
    server = started_emulator()
    yield server
    server.stop()


@pytest.fixture
def emulator(emulator_server):  # pylint: disable=redefined-outer-name
    return reset(emulator_server)


@pytest.fixture(scope='module')
def instant_emulator():
    """An emulator whose transitions take no time, for one test module."""
    server = started_emulator(transition_seconds=0)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def emu(instant_emulator):  # pylint: disable=redefined-outer-name
    instant_emulator.reset()
    return instant_emulator
