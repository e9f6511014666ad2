# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Answers in the service's shape: DescribeDatahubTaskRes and DatahubTaskInfo, and the expansion of a
stored request object into every member of its type (shared by every resource)."""

import time
import zlib

from emu_validation import looks_secret

STEP_BY_STATUS = {-1: 'FAILED', 0: 'CREATING', 1: 'FINISH', 2: 'DELETING', 4: 'FAILED', 5: 'PAUSING', 6: 'PAUSED',
                  7: 'FAILED', 8: 'RESUMING', 9: 'FAILED'}
PROGRESS_BY_STATUS = {0: 30.0, 2: 50.0, 5: 50.0, 8: 50.0}


def _stable_int(text, low, high):
    return low + zlib.crc32(text.encode('utf-8')) % (high - low + 1)


def service_value(name, spec, block, item):
    """A plausible value for a member the service fills in itself (item: the task or other resource)."""
    resource = str(block.get('Resource') or block.get('InstanceId') or item.key)
    if name == 'TopicId':
        return 'topic-' + getattr(item, 'topic_suffix', item.key[-8:])
    if name == 'ZoneId':
        return 100006
    if name == 'PartitionNum':
        return _stable_int(resource, 1, 6)
    if name == 'ResourceName':
        return '%s-name' % resource
    if name == 'InstanceName':
        return '%s-name' % resource
    kind = spec.get('type')
    return {'str': '', 'int': 0, 'bool': False, 'float': 0.0, 'list': []}.get(kind)


def format_time(epoch):
    return time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(epoch))


class Renderer:
    def __init__(self, schema):
        self.schema = schema

    def expand(self, value, type_name, task):
        """Every member of the type present (null where unset), secrets nulled, service fields filled.

        task: the item the value belongs to (a task, a connection, ...), for service-filled values.
        """
        members = self.schema.members(type_name)
        result = {}
        for name, spec in members.items():
            item = value.get(name) if isinstance(value, dict) else None
            if spec.get('no_log') or looks_secret(name):
                result[name] = None
                continue
            if item is None and spec.get('service_filled'):
                item = service_value(name, spec, value, task)
            elif item is not None and spec.get('ref'):
                if spec.get('type') == 'list' and isinstance(item, list):
                    item = [self.expand(sub, spec['ref'], task) if isinstance(sub, dict) else sub for sub in item]
                elif isinstance(item, dict):
                    item = self.expand(item, spec['ref'], task)
            result[name] = item
        # Keep members the schema does not list (should not happen after validation), masked.
        for name, item in (value or {}).items():
            if name not in result:
                result[name] = self.schema.mask(item, None, None) if isinstance(item, (dict, list)) else item
        return result

    def resource(self, value, task):
        if value is None:
            value = {}
        rendered = self.expand(value, 'DatahubResource', task)
        if rendered.get('Type') is None:
            rendered['Type'] = ''
        return rendered

    def optional_object(self, request, name, task):
        value = request.get(name)
        if value is None:
            return None
        members = self.schema.members(self.schema.root)
        ref = members.get(name, {}).get('ref') or name
        return self.expand(value, ref, task)

    def describe(self, task):
        req = task.request
        return {
            'TaskId': task.task_id,
            'TaskName': task.task_name,
            'TaskType': req.get('TaskType'),
            'Status': task.status,
            'SourceResource': self.resource(req.get('SourceResource'), task),
            'TargetResource': self.resource(req.get('TargetResource'), task),
            'Connections': [],
            'CreateTime': format_time(task.created),
            'TransformParam': self.optional_object(req, 'TransformParam', task),
            'DatahubId': task.datahub_id,
            'SchemaId': req.get('SchemaId') or '',
            'SchemaName': ('schema-name-%s' % req['SchemaId']) if req.get('SchemaId') else '',
            'TransformsParam': self.optional_object(req, 'TransformsParam', task),
            'ErrorMessage': task.error_message,
            'Tags': [dict(t) for t in req.get('Tags') or []],
            'Description': task.description,
            'IsolateStatus': 0,
            'TaskMax': task.task_max,
            'SyncThrottleLimit': task.sync_throttle_limit,
            'AutoExpandFlag': task.auto_expand_flag,
            'WarnMessage': '',
        }

    def info(self, task):
        req = task.request
        return {
            'TaskId': task.task_id,
            'TaskName': task.task_name,
            'TaskType': req.get('TaskType'),
            'Status': task.status,
            'SourceResource': self.resource(req.get('SourceResource'), task),
            'TargetResource': self.resource(req.get('TargetResource'), task),
            'CreateTime': format_time(task.created),
            'ErrorMessage': task.error_message,
            'TaskProgress': PROGRESS_BY_STATUS.get(task.status, 100.0),
            'TaskCurrentStep': STEP_BY_STATUS.get(task.status, ''),
            'DatahubId': task.datahub_id,
            'StepList': [],
            'Description': task.description,
            'TaskMax': task.task_max,
            'SyncThrottleLimit': task.sync_throttle_limit,
            'AutoExpandFlag': task.auto_expand_flag,
            'WarnMessage': '',
        }
