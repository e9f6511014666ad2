# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The emulated service: protocol checks, signature, rate limit, validation and the actions."""

import json
import time
import uuid

from emu_auth import verify
from emu_errors import ApiError
from emu_faults import FaultQueue
from emu_log import RequestLog
from emu_ratelimit import RateLimiter
from emu_render import Renderer
from emu_tasks import TaskStore
from emu_validation import Schema

API_VERSION = '2019-08-19'
DEFAULT_SECRET_ID = 'AKIDEMULATOR00000000000000000000'
DEFAULT_SECRET_KEY = 'emulator-secret-key'
ACTIONS = (
    'CreateDatahubTask', 'DescribeDatahubTask', 'DescribeDatahubTasks', 'ModifyDatahubTask',
    'DeleteDatahubTask', 'PauseDatahubTask', 'ResumeDatahubTask', 'RestartDatahubTask',
)
DEFAULT_LIMIT = 20
MAX_LIMIT = 100


class Service:
    """All emulator state; one instance per server."""

    def __init__(self, schema, credentials=None, transition_seconds=1.0, rate_limit=20, clock_offset=0.0, require_region=False):
        self.schema = schema if isinstance(schema, Schema) else Schema.load(schema)
        self.credentials = dict(credentials or {DEFAULT_SECRET_ID: DEFAULT_SECRET_KEY})
        self.clock_offset = float(clock_offset)
        self.require_region = require_region
        self.store = TaskStore(transition_seconds, clock=self.now)
        self.renderer = Renderer(self.schema)
        self.faults = FaultQueue()
        self.log = RequestLog()
        self.limiter = RateLimiter(rate_limit)

    def now(self):
        return time.time() + self.clock_offset

    def reset(self):
        self.store.reset()
        self.faults.clear()
        self.log.clear()
        self.limiter.reset()

    def config(self):
        return {
            'transition_seconds': self.store.transition_seconds,
            'rate_limit': self.limiter.per_second,
            'clock_offset': self.clock_offset,
            'require_region': self.require_region,
            'api_version': API_VERSION,
        }

    def configure(self, values):
        if not isinstance(values, dict):
            raise ValueError('the configuration is a JSON object')
        unknown = set(values) - {'transition_seconds', 'rate_limit', 'clock_offset', 'require_region'}
        if unknown:
            raise ValueError('unknown settings: %s' % ', '.join(sorted(unknown)))
        if 'transition_seconds' in values:
            self.store.transition_seconds = float(values['transition_seconds'])
        if 'rate_limit' in values:
            self.limiter.configure(float(values['rate_limit']))
        if 'clock_offset' in values:
            self.clock_offset = float(values['clock_offset'])
        if 'require_region' in values:
            self.require_region = bool(values['require_region'])
        return self.config()

    # ---- request log helpers ----------------------------------------------------------------

    def masked_params(self, action, body):
        try:
            params = json.loads(body.decode('utf-8')) if body else {}
        except (UnicodeDecodeError, ValueError):
            return None
        type_name = self.schema.root if action == 'CreateDatahubTask' else '%sRequest' % action
        return self.schema.mask(params, type_name if type_name in self.schema.types else None)

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
        if action not in ACTIONS:
            raise ApiError('InvalidAction', 'The action `%s` does not exist or is not emulated.' % action)
        if not self.limiter.allow(action):
            raise ApiError('RequestLimitExceeded', 'The number of %s requests exceeds the frequency limit (%g per second).'
                           % (action, self.limiter.per_second))
        content_type = headers.get('content-type', '').split(';')[0].strip().lower()
        if content_type != 'application/json':
            raise ApiError('InvalidParameter', 'The emulator accepts Content-Type application/json only, not `%s`.' % content_type)
        try:
            params = json.loads(body.decode('utf-8')) if body.strip() else {}
        except (UnicodeDecodeError, ValueError):
            raise ApiError('InvalidParameter', 'The request body is not valid JSON.') from None
        self.schema.validate_request(action, params)
        return getattr(self, '_' + action)(params)

    # ---- actions ----------------------------------------------------------------------------

    def _CreateDatahubTask(self, params):  # pylint: disable=invalid-name
        task = self.store.create(params)
        return {'Result': {'TaskId': task.task_id, 'DatahubId': task.datahub_id}}

    def _DescribeDatahubTask(self, params):  # pylint: disable=invalid-name
        with self.store.lock:
            task = self.store.get(params['TaskId'])
            return {'Result': self.renderer.describe(task)}

    def _DescribeDatahubTasks(self, params):  # pylint: disable=invalid-name
        limit = params.get('Limit')
        limit = DEFAULT_LIMIT if limit is None else min(limit, MAX_LIMIT)
        offset = params.get('Offset') or 0
        word = (params.get('SearchWord') or '').lower()
        with self.store.lock:
            tasks = self.store.list()
            selected = [t for t in tasks if self._matches(t, params, word)]
            page = [self.renderer.info(t) for t in selected[offset:offset + limit]]
        return {'Result': {'TotalCount': len(selected), 'TaskList': page}}

    @staticmethod
    def _resources(task):
        values = []
        for side in ('SourceResource', 'TargetResource'):
            resource = task.request.get(side) or {}
            for block in resource.values():
                if isinstance(block, dict) and isinstance(block.get('Resource'), str):
                    values.append(block['Resource'])
        return values

    def _matches(self, task, params, word):
        if word and word not in task.task_name.lower() and word not in task.task_id.lower():
            return False
        if params.get('TaskType') and task.request.get('TaskType') != params['TaskType']:
            return False
        if params.get('SourceType') and (task.request.get('SourceResource') or {}).get('Type') != params['SourceType']:
            return False
        if params.get('TargetType') and (task.request.get('TargetResource') or {}).get('Type') != params['TargetType']:
            return False
        if params.get('Resource') and params['Resource'] not in self._resources(task):
            return False
        return True

    def _ModifyDatahubTask(self, params):  # pylint: disable=invalid-name
        task = self.store.modify(params)
        return {'Result': {'TaskId': task.task_id, 'DatahubId': task.datahub_id}}

    def _transition(self, action, params):
        task = self.store.transition(action, params['TaskId'])
        return {'Result': {'TaskId': task.task_id, 'DatahubId': task.datahub_id}}

    def _DeleteDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._transition('DeleteDatahubTask', params)

    def _PauseDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._transition('PauseDatahubTask', params)

    def _ResumeDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._transition('ResumeDatahubTask', params)

    def _RestartDatahubTask(self, params):  # pylint: disable=invalid-name
        return self._transition('RestartDatahubTask', params)

    # ---- admin views ------------------------------------------------------------------------

    def task_dump(self):
        with self.store.lock:
            return [self.renderer.describe(t) for t in self.store.list()]
