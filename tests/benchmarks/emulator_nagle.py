# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""tests/emulator/server.py with Nagle's algorithm left on, as the emulator was before (same options).

The handler writes the headers and the body of an answer in two send() calls; with Nagle's algorithm on, the body
waits for the client's delayed ACK (about 40 ms on Linux) on every kept-alive connection, which caps one client at
about 21 calls/s whatever the client does. The emulator now sets disable_nagle_algorithm on its handler; the
benchmark starts this wrapper once (section sdk) to show what the stall cost.
"""

import os
import sys

EMULATOR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'emulator')
sys.path.insert(0, EMULATOR)

import emu_http  # noqa: E402 pylint: disable=wrong-import-position
import server  # noqa: E402 pylint: disable=wrong-import-position

emu_http.Handler.disable_nagle_algorithm = False

if __name__ == '__main__':
    sys.exit(server.main())
