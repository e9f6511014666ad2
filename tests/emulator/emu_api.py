# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The emulated service: protocol checks, signature, rate limit, validation, and dispatch of each
action to the resource that serves it (the table in emu_resources.py)."""

import json
import os
import time
import uuid

from emu_auth import verify
from emu_errors import ApiError
from emu_faults import FaultQueue
from emu_instance_types import SCHEMA as INSTANCE_SCHEMA
from emu_log import RequestLog
from emu_ratelimit import RateLimiter
from emu_resources import ALL_ACTIONS, RESOURCES, request_type
from emu_validation import Schema

API_VERSION = '2019-08-19'
DEFAULT_SCHEMA_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'schema'))
DEFAULT_SECRET_ID = 'AKIDEMULATOR00000000000000000000'
DEFAULT_SECRET_KEY = 'emulator-secret-key'
ACTIONS = tuple(ALL_ACTIONS)
_PLAIN = Schema({})  # masks by member name only, for actions no resource serves
SETTINGS = ('transition_seconds', 'rate_limit', 'rate_limits', 'clock_offset', 'require_region', 'refuse_client_task_id', 'app_id',
            'topic_delete_window', 'topic_recreate_window', 'refuse_active_group_changes')
DEFAULT_TOPIC_WINDOW = 60.0


class Service:
    """All emulator state; one instance per server.

    schema: the datahub_task schema (a path or a Schema); schema_dir: where the other resources'
    schema files (<resource>.json) are. A resource whose file is missing is skipped: `skipped`
    maps its name to the path looked for.
    """

    def __init__(self, schema=None, credentials=None, transition_seconds=1.0, rate_limit=20, clock_offset=0.0,
                 require_region=False, schema_dir=None, app_id=None, refuse_client_task_id=False,
                 topic_delete_window=DEFAULT_TOPIC_WINDOW, topic_recreate_window=DEFAULT_TOPIC_WINDOW):
        self.credentials = dict(credentials or {DEFAULT_SECRET_ID: DEFAULT_SECRET_KEY})
        self.clock_offset = float(clock_offset)
        self.require_region = require_region
        self.refuse_client_task_id = bool(refuse_client_task_id)
        self.app_id = str(app_id) if app_id not in (None, '') else None
        self.transition_seconds = float(transition_seconds)
        # The service refuses a DeleteTopic this soon after the CreateTopic, and a CreateTopic of a name this soon
        # after its delete (seconds; 0: never).
        self.topic_delete_window = float(topic_delete_window)
        self.topic_recreate_window = float(topic_recreate_window)
        # ModifyGroupOffsets and DeleteGroup of a consumer group with members are refused (as Kafka does).
        self.refuse_active_group_changes = True
        self.faults = FaultQueue()
        self.log = RequestLog()
        self.limiter = RateLimiter(rate_limit)
        self.resources = {}  # name -> handlers (with .schema, .store, .renderer)
        self.routes = {}  # action -> (handlers, request type)
        self.skipped = {}  # resource -> the schema path looked for
        self.unrouted = {}  # action of a served resource -> why it is not served
        self.admin_routes = {}  # admin route -> handler(method, payload) of a resource (emu_messages.py)
        self.seeders = {}  # seed resource name -> (check(item), create(item)) of a resource without a Create root
        for resource in RESOURCES:
            loaded = self._load_schema(resource, schema, schema_dir)
            if loaded is None:
                continue
            store = resource.store(self.transition_seconds, clock=self.now)
            handlers = resource.handlers(self, loaded, store, resource.renderer(loaded))
            self.resources[resource.name] = handlers
            self.admin_routes.update(getattr(handlers, 'admin_routes', {}))
            self.seeders.update(getattr(handlers, 'seeders', {}))
            for action, kind in resource.actions.items():
                type_name = request_type(loaded, action, kind)
                if type_name in loaded.types:
                    self.routes[action] = (handlers, type_name)
                else:
                    self.unrouted[action] = '%s has no request type %s' % (loaded.path or resource.schema_file, type_name)

    def _load_schema(self, resource, task_schema, schema_dir):
        if resource.schema_file is None:
            return Schema(INSTANCE_SCHEMA, resource.name)
        if resource.name == 'datahub_task' and task_schema is not None:
            return task_schema if isinstance(task_schema, Schema) else Schema.load(task_schema, resource.name)
        path = os.path.join(schema_dir or DEFAULT_SCHEMA_DIR, resource.schema_file)
        if not os.path.exists(path):
            self.skipped[resource.name] = path
            return None
        return Schema.load(path, resource.name)

    def skipped_lines(self):
        """One line per skipped resource, for the server's stderr."""
        lines = ['emulator: %s not found: the %s actions (%s) answer InvalidAction'
                 % (path, name, ', '.join(a for a, r in ALL_ACTIONS.items() if r.name == name))
                 for name, path in self.skipped.items()]
        return lines + ['emulator: %s: %s answers InvalidAction' % (why, action) for action, why in self.unrouted.items()]

    def resource(self, name):
        """The handlers of a served resource, or None."""
        return self.resources.get(name)

    @property
    def schema(self):
        """The datahub_task schema (None when it is skipped)."""
        tasks = self.resource('datahub_task')
        return tasks.schema if tasks else None

    @property
    def store(self):
        tasks = self.resource('datahub_task')
        return tasks.store if tasks else None

    def now(self):
        return time.time() + self.clock_offset

    def reset(self):
        for handlers in self.resources.values():
            handlers.store.reset()
        self.faults.clear()
        self.log.clear()
        self.limiter.reset()

    def config(self):
        return {
            'transition_seconds': self.transition_seconds,
            'rate_limit': self.limiter.per_second,
            'rate_limits': dict(self.limiter.per_action),
            'clock_offset': self.clock_offset,
            'require_region': self.require_region,
            'refuse_client_task_id': self.refuse_client_task_id,
            'app_id': self.app_id,
            'topic_delete_window': self.topic_delete_window,
            'topic_recreate_window': self.topic_recreate_window,
            'refuse_active_group_changes': self.refuse_active_group_changes,
            'documented_rate_limits': dict(self.limiter.documented),
            'api_version': API_VERSION,
            'resources': sorted(self.resources),
            'skipped': dict(self.skipped),
            'unrouted': dict(self.unrouted),
        }

    def configure(self, values):
        if not isinstance(values, dict):
            raise ValueError('the configuration is a JSON object')
        unknown = set(values) - set(SETTINGS)
        if unknown:
            raise ValueError('unknown settings: %s' % ', '.join(sorted(unknown)))
        if 'transition_seconds' in values:
            self.transition_seconds = float(values['transition_seconds'])
            for handlers in self.resources.values():
                handlers.store.transition_seconds = self.transition_seconds
        if 'rate_limit' in values or 'rate_limits' in values:
            self.limiter.configure(values.get('rate_limit'), values.get('rate_limits'))
        if 'clock_offset' in values:
            self.clock_offset = float(values['clock_offset'])
        for name in ('topic_delete_window', 'topic_recreate_window'):
            if name in values:
                value = values[name]
                if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                    raise ValueError('%s is a number of seconds, 0 or more' % name)
                setattr(self, name, float(value))
        if 'require_region' in values:
            self.require_region = bool(values['require_region'])
        if 'refuse_active_group_changes' in values:
            self.refuse_active_group_changes = bool(values['refuse_active_group_changes'])
        if 'refuse_client_task_id' in values:
            self.refuse_client_task_id = bool(values['refuse_client_task_id'])
        if 'app_id' in values:
            app_id = values['app_id']
            if app_id not in (None, '') and not str(app_id).isdigit():
                raise ValueError('app_id is digits (or null for any)')
            self.app_id = str(app_id) if app_id not in (None, '') else None
        return self.config()

    def counts(self):
        """How many items each served resource holds."""
        return {name: len(handlers.store.list()) for name, handlers in self.resources.items()}

    def dump(self, name):
        """Every item of a resource as its Describe action would answer it (KeyError: not served)."""
        return self.resources[name].dump()

    def task_dump(self):
        return self.dump('datahub_task') if 'datahub_task' in self.resources else []

    # ---- request log helpers ----------------------------------------------------------------

    def masked_params(self, action, body):
        try:
            params = json.loads(body.decode('utf-8')) if body else {}
        except (UnicodeDecodeError, ValueError):
            return None
        handlers, type_name = self.routes.get(action, (None, None))
        if handlers is None:
            return _PLAIN.mask(params, None)
        return handlers.schema.mask(params, type_name if type_name in handlers.schema.types else None)

    def new_entry(self, action, body):
        return {
            'request_id': str(uuid.uuid4()),
            'action': action,
            'params': self.masked_params(action, body),
            'error_code': None,
            'error_message': None,
            'time': time.time(),
            'fault': None,
        }

    # ---- the API call -----------------------------------------------------------------------

    def handle(self, method, path, query, headers, body):
        """Process one API call. Returns the Response member (without RequestId); raises ApiError."""
        action = headers.get('x-tc-action', '').strip()
        if method != 'POST':
            raise ApiError('UnsupportedProtocol', 'The emulator accepts POST requests with a JSON body only.')
        if path != '/':
            raise ApiError('UnsupportedOperation', 'The API is served at `/`, not `%s`.' % path)
        if not action:
            raise ApiError('MissingParameter', 'The request is missing a required parameter `Action` (header X-TC-Action).')
        version = headers.get('x-tc-version', '').strip()
        if not version:
            raise ApiError('MissingParameter', 'The request is missing a required parameter `Version` (header X-TC-Version).')
        verify(method, path, query, headers, body, self.credentials, self.now())
        if self.require_region and not headers.get('x-tc-region', '').strip():
            raise ApiError('MissingParameter', 'The request is missing a required parameter `Region` (header X-TC-Region).')
        if version != API_VERSION:
            raise ApiError('NoSuchVersion', 'The API version `%s` does not exist; CKafka serves %s.' % (version, API_VERSION))
        if action not in ALL_ACTIONS:
            raise ApiError('InvalidAction', 'The action `%s` does not exist or is not emulated.' % action)
        if action not in self.routes:
            why = self.unrouted.get(action) or 'the emulator started without its schema file %s' % self.skipped.get(ALL_ACTIONS[action].name)
            raise ApiError('InvalidAction', 'The action `%s` is not emulated: %s.' % (action, why))
        if not self.limiter.allow(action):
            raise ApiError('RequestLimitExceeded', 'The number of %s requests exceeds the frequency limit (%g per second).'
                           % (action, self.limiter.limit(action)))
        content_type = headers.get('content-type', '').split(';')[0].strip().lower()
        if content_type != 'application/json':
            raise ApiError('InvalidParameter', 'The emulator accepts Content-Type application/json only, not `%s`.' % content_type)
        try:
            params = json.loads(body.decode('utf-8')) if body.strip() else {}
        except (UnicodeDecodeError, ValueError):
            raise ApiError('InvalidParameter', 'The request body is not valid JSON.') from None
        handlers, type_name = self.routes[action]
        handlers.schema.validate_request(action, params, type_name)
        check = getattr(handlers, 'check_call', None)  # a resource's rule for every action (emu_instances.py)
        if check is not None:
            check(action, params)
        return getattr(handlers, action)(params)
