# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Local emulator of the Tencent Cloud CKafka Datahub (DIP) task API, standard library only.

python tests/emulator/server.py [--host 127.0.0.1] [--port 0] [--secret-id ID] [--secret-key KEY]
                                [--transition-seconds S] [--rate-limit N] [--schema PATH] [--schema-dir DIR]
                                [--app-id N] [--refuse-client-task-id]
                                [--topic-delete-window S] [--topic-recreate-window S]

The first line on stdout is `listening on http://HOST:PORT`. See docs/emulator.md.
"""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from emu_api import DEFAULT_SCHEMA_DIR, DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY, Service  # noqa: E402  pylint: disable=wrong-import-position
from emu_http import EmulatorServer  # noqa: E402  pylint: disable=wrong-import-position
from emu_process import serve  # noqa: E402  pylint: disable=wrong-import-position


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description='Local emulator of the CKafka DIP API (2019-08-19): tasks, connections, topics.')
    parser.add_argument('--host', default='127.0.0.1', help='address to listen on (default 127.0.0.1)')
    parser.add_argument('--port', type=int, default=0, help='port to listen on; 0 picks a free one (default 0)')
    parser.add_argument('--secret-id', action='append', dest='secret_ids',
                        help='accepted SecretId (repeat with --secret-key for several pairs; default %s)' % DEFAULT_SECRET_ID)
    parser.add_argument('--secret-key', action='append', dest='secret_keys',
                        help='SecretKey of the SecretId at the same position (default %s)' % DEFAULT_SECRET_KEY)
    parser.add_argument('--transition-seconds', type=float, default=1.0,
                        help='how long a task stays creating, pausing, resuming or deleting; 0 = at once (default 1)')
    parser.add_argument('--rate-limit', type=float, default=20,
                        help='requests per second per action; 0 = no limit (default 20)')
    parser.add_argument('--schema', help='the datahub_task schema file (default: datahub_task.json in --schema-dir)')
    parser.add_argument('--schema-dir', default=DEFAULT_SCHEMA_DIR,
                        help='directory of the resources\' schema files, <resource>.json (default: schema/ of the collection); '
                             'a resource whose file is missing is not served')
    parser.add_argument('--app-id', help='refuse DIP topic names that do not start with this AppId and a dash (default: any digits)')
    parser.add_argument('--refuse-client-task-id', action='store_true',
                        help='refuse CreateDatahubTask with a TaskId (InvalidParameterValue naming TaskId)')
    parser.add_argument('--topic-delete-window', type=float, default=60.0,
                        help='seconds after a CreateTopic during which DeleteTopic of it is refused, as the service does; 0 = none (default 60)')
    parser.add_argument('--topic-recreate-window', type=float, default=60.0,
                        help='seconds after a DeleteTopic during which CreateTopic of the name is refused ([4000]10011); 0 = none (default 60)')
    parser.add_argument('--clock-offset', type=float, default=0.0,
                        help='seconds added to the emulator clock (signature expiry, Date header); default 0')
    parser.add_argument('--require-region', action='store_true', help='refuse calls without X-TC-Region')
    parser.add_argument('--issued-credentials', metavar='FILE',
                        help='also accept the temporary credentials (with token) that sts_server.py records in FILE')
    parser.add_argument('--verbose', action='store_true', help='log every HTTP request on stderr')
    args = parser.parse_args(argv)
    ids = args.secret_ids or []
    keys = args.secret_keys or []
    if not ids and not keys:
        ids, keys = [DEFAULT_SECRET_ID], [DEFAULT_SECRET_KEY]
    elif len(ids) != len(keys):
        parser.error('give --secret-id and --secret-key the same number of times')
    args.credentials = dict(zip(ids, keys))
    return args


def build_server(args):
    if getattr(args, 'issued_credentials', None):
        from emu_auth import trust_issued  # pylint: disable=import-outside-toplevel
        trust_issued(args.issued_credentials)
    if args.schema and not os.path.exists(args.schema):
        raise SystemExit('emulator: schema file not found: %s' % args.schema)
    if args.app_id and not args.app_id.isdigit():
        raise SystemExit('emulator: --app-id is digits, not %s' % args.app_id)
    service = Service(args.schema, credentials=args.credentials, transition_seconds=args.transition_seconds,
                      rate_limit=args.rate_limit, clock_offset=args.clock_offset, require_region=args.require_region,
                      schema_dir=args.schema_dir, app_id=args.app_id, refuse_client_task_id=args.refuse_client_task_id,
                      topic_delete_window=args.topic_delete_window, topic_recreate_window=args.topic_recreate_window)
    for line in service.skipped_lines():
        sys.stderr.write(line + '\n')
    sys.stderr.flush()
    return EmulatorServer((args.host, args.port), service, verbose=args.verbose)


def main(argv=None):
    return serve(build_server(parse_args(argv)))


if __name__ == '__main__':
    sys.exit(main())
