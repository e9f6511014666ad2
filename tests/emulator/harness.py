# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Start the emulator from tests (standard library only).

    from harness import start_emulator          # with tests/emulator on sys.path
    with start_emulator(transition_seconds=0.2, rate_limit=0) as emu:
        emu.endpoint, emu.secret_id, emu.secret_key
        emu.add_fault('CreateDatahubTask', 'drop_after')
        emu.calls('CreateDatahubTask')

Every server option of server.py is a keyword (underscores for dashes); `extra_args` adds raw ones.
"""

import json
import os
import sys
import tempfile
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from emu_api import API_VERSION, DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY  # noqa: E402  pylint: disable=wrong-import-position
from emu_auth import sign_headers  # noqa: E402  pylint: disable=wrong-import-position
from emu_process import Running, launch  # noqa: E402  pylint: disable=wrong-import-position

SERVER = os.path.join(HERE, 'server.py')
START_TIMEOUT = 20.0
_BOOL_FLAGS = ('require_region', 'verbose', 'refuse_client_task_id')


class EmulatorError(RuntimeError):
    pass


class Emulator(Running):
    """A running emulator process."""

    def __init__(self, process, endpoint, secret_id, secret_key, stderr_file):
        super().__init__(process, endpoint)
        self.host, port = endpoint.rsplit('//', 1)[1].rsplit(':', 1)
        self.port = int(port)
        self.secret_id = secret_id
        self.secret_key = secret_key
        self._stderr_file = stderr_file

    # ---- admin API --------------------------------------------------------------------------

    def _admin(self, method, route, payload=None, timeout=10):
        data = None if payload is None else json.dumps(payload).encode('utf-8')
        request = urllib.request.Request(self.endpoint + '/_emulator/' + route, data=data, method=method,
                                         headers={'Content-Type': 'application/json'})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:  # nosec - local emulator
                return json.loads(answer.read().decode('utf-8'))
        except urllib.error.HTTPError as error:
            raise EmulatorError('%s /_emulator/%s: %s %s' % (method, route, error.code, error.read().decode('utf-8', 'replace'))) from None

    def requests(self):
        """Every API call received, oldest first."""
        return self._admin('GET', 'requests')

    def calls(self, action=None):
        """The logged API calls, only those of `action` when given (len() counts them)."""
        entries = self.requests()
        if action is None:
            return entries
        return [e for e in entries if e.get('action') == action]

    def count(self, action=None):
        return len(self.calls(action))

    def reset(self):
        """Forget all tasks, calls and faults."""
        return self._admin('POST', 'reset', {})

    def add_fault(self, action='*', kind='error', count=1, code=None, message=None, status=None, seconds=None, **extra):
        """Make the next `count` calls of `action` ("*" = any) misbehave; returns the stored fault."""
        spec = {'action': action, 'kind': kind, 'count': count}
        for name, value in (('code', code), ('message', message), ('status', status), ('seconds', seconds)):
            if value is not None:
                spec[name] = value
        spec.update(extra)
        return self._admin('POST', 'faults', spec)

    def faults(self):
        return self._admin('GET', 'faults')

    def clear_faults(self):
        return self._admin('DELETE', 'faults')

    def tasks(self):
        """Every task as DescribeDatahubTask would answer it."""
        return self._admin('GET', 'tasks')

    def resources(self, name):
        """Every item of a resource (datahub_task, connect_resource, datahub_topic) as its Describe answers it."""
        return self._admin('GET', 'resources/' + name)

    def health(self):
        return self._admin('GET', 'health')

    def seed_instance(self, instance_id, name=None, **attributes):
        """Seed one CKafka instance (InstanceId, InstanceName and any other attribute); returns its seed result."""
        item = dict(attributes, InstanceId=instance_id, InstanceName=name or instance_id)
        return self.seed('instance', [item])[0]

    def set_log(self, instance, topic, end=None, start=None, partition=None, timestamps=None):
        """Set the log start and end (and the time index, [[offset, epoch ms], ...]) of a topic's partitions (every
        one unless `partition`) on an instance, as producers and retention would move them."""
        body = {'instance': instance, 'topic': topic}
        for name, value in (('end', end), ('start', start), ('partition', partition), ('timestamps', timestamps)):
            if value is not None:
                body[name] = value
        return self._admin('POST', 'instance_logs', body)

    def set_group(self, instance, group, members=None, offsets=None, protocol=None):
        """Create or change a consumer group of an instance: `members` ([{"client_id", "client_host", "member_id",
        "assignment": {topic: [partitions]}}], [] for none; None keeps them), `offsets` merged in ({topic: offset} or
        {topic: {partition: offset}}). Returns the group as GET /_emulator/instance_groups shows it."""
        body = {'instance': instance, 'group': group}
        for name, value in (('members', members), ('offsets', offsets), ('protocol', protocol)):
            if value is not None:
                body[name] = value
        return self._admin('POST', 'instance_groups', body)

    def instance_groups(self):
        """Every consumer group of every instance (members, committed offsets)."""
        return self._admin('GET', 'instance_groups')

    def seed(self, resource, items=None, template=None, count=None, start=0, width=0):
        """Create many resources at once (no log, no rate limit): a list of Create requests, or a template whose
        strings' "{n}" becomes each item's number. Returns the Create answers' Result members."""
        body = {'resource': resource}
        if items is not None:
            body['items'] = items
        else:
            body.update(template=template, count=count, start=start, width=width)
        return self._admin('POST', 'seed', body, timeout=120)['results']

    def configure(self, **settings):
        """Change transition_seconds, rate_limit, rate_limits ({action: per second}, replacing the previous ones),
        clock_offset, require_region, refuse_client_task_id, app_id, topic_delete_window or topic_recreate_window
        (seconds, 0 for none), refuse_active_group_changes; returns the whole configuration."""
        return self._admin('POST', 'config', settings)

    # ---- raw API client ---------------------------------------------------------------------

    def call(self, action, params=None, secret_id=None, secret_key=None, body=None, timeout=10, **sign_options):
        """One signed API call; returns the parsed answer ({"Response": ...}).

        `body` (bytes) replaces the JSON of `params`; sign_options go to emu_auth.sign_headers
        (version, timestamp, region, token, content_type, service, date).
        """
        if body is None:
            body = json.dumps(params or {}).encode('utf-8')
        host = '%s:%d' % (self.host, self.port)
        headers = sign_headers(secret_id or self.secret_id, secret_key or self.secret_key, host, action, body, **sign_options)
        request = urllib.request.Request(self.endpoint + '/', data=body, method='POST', headers=headers)
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # nosec - local emulator
            return json.loads(answer.read().decode('utf-8'))

    def env(self, region='ap-guangzhou'):
        """Environment variables that point the collection's modules at this emulator."""
        return {
            'TENCENTCLOUD_SECRET_ID': self.secret_id,
            'TENCENTCLOUD_SECRET_KEY': self.secret_key,
            'TENCENTCLOUD_REGION': region,
            'TENCENTCLOUD_CKAFKA_ENDPOINT': self.endpoint,
        }

    # ---- life cycle -------------------------------------------------------------------------

    def stderr(self):
        self._stderr_file.flush()
        self._stderr_file.seek(0)
        return self._stderr_file.read().decode('utf-8', 'replace')

    def stop(self, timeout=5.0):
        """Terminate the process (kill it if it lingers); safe to call twice."""
        try:
            super().stop(timeout)
        finally:
            if not self._stderr_file.closed:
                self._stderr_file.close()

    def __del__(self):
        try:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait(5)
        except Exception:  # pylint: disable=broad-except
            pass


def build_command(python=None, extra_args=None, **options):
    """The server.py command line for these options (port defaults to 0)."""
    options.setdefault('port', 0)
    command = [python or sys.executable, SERVER]
    for name, value in options.items():
        if value is None or value is False:
            continue
        flag = '--' + name.replace('_', '-')
        if name in _BOOL_FLAGS:
            command.append(flag)
        elif isinstance(value, (list, tuple)):
            for item in value:
                command.extend([flag, str(item)])
        else:
            command.extend([flag, str(value)])
    command.extend(extra_args or [])
    return command


def start_emulator(python=None, extra_args=None, start_timeout=START_TIMEOUT, **server_options):
    """Launch server.py on a free port and wait for its `listening on` line.

    server_options: host, port, secret_id, secret_key, transition_seconds, rate_limit, schema, schema_dir,
    clock_offset, require_region, app_id, refuse_client_task_id, topic_delete_window, topic_recreate_window, verbose
    (a list for secret_id / secret_key gives several pairs).
    """
    secret_id = server_options.get('secret_id') or DEFAULT_SECRET_ID
    secret_key = server_options.get('secret_key') or DEFAULT_SECRET_KEY
    if isinstance(secret_id, (list, tuple)):
        secret_id, secret_key = secret_id[0], secret_key[0]
    command = build_command(python, extra_args, **server_options)
    stderr_file = tempfile.TemporaryFile()  # pylint: disable=consider-using-with
    try:
        process, endpoint = launch(command, start_timeout, 'the emulator', EmulatorError, stderr_file)
    except EmulatorError:
        stderr_file.close()
        raise
    return Emulator(process, endpoint, secret_id, secret_key, stderr_file)


__all__ = ['API_VERSION', 'DEFAULT_SECRET_ID', 'DEFAULT_SECRET_KEY', 'Emulator', 'EmulatorError', 'build_command', 'start_emulator']
