# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Admin API, injected faults, the rate limit, secrets in the log, and the harness itself."""

import http.client
import json
import time
import urllib.error
import urllib.request

import pytest

from harness import EmulatorError, start_emulator

SECRETS = ('es-Pa55word-7741', 'mongo-S3cret-99', 'session-T0ken-42')


def admin(emu, method, route, payload=None):
    data = None if payload is None else json.dumps(payload).encode('utf-8')
    request = urllib.request.Request(emu.endpoint + '/_emulator/' + route, data=data, method=method)
    with urllib.request.urlopen(request, timeout=10) as answer:
        return answer.status, json.loads(answer.read())


def test_health_and_config(emu):
    status, health = admin(emu, 'GET', 'health')
    assert status == 200 and health['status'] == 'ok'
    assert health['config']['api_version'] == '2019-08-19'
    assert emu.configure(rate_limit=7)['rate_limit'] == 7


def test_request_log(emu, api, task_params):
    before = time.time()
    task_id = api('CreateDatahubTask', task_params())['Result']['TaskId']
    answer = api('PauseDatahubTask', {'TaskId': task_id})
    entries = emu.requests()
    assert [e['action'] for e in entries] == ['CreateDatahubTask', 'PauseDatahubTask']
    first, second = entries
    assert first['error_code'] is None and first['fault'] is None
    assert second['error_code'] == 'FailedOperation'
    assert second['request_id'] == answer['RequestId']
    assert first['params']['TaskName'] == 'kafka-to-es'
    assert first['params']['TargetResource']['EsParam']['Password'] == '********'
    assert before <= first['time'] <= second['time'] <= time.time()
    assert len(emu.calls('PauseDatahubTask')) == emu.count('PauseDatahubTask') == 1


def test_reset_forgets_everything(emu, api, task_params):
    api('CreateDatahubTask', task_params())
    emu.add_fault('DescribeDatahubTask', 'error', count=3)
    assert emu.tasks() and emu.requests() and emu.faults()
    emu.reset()
    assert emu.tasks() == [] and emu.requests() == [] and emu.faults() == []


def test_tasks_dump(emu, api, task_params):
    task_id = api('CreateDatahubTask', task_params())['Result']['TaskId']
    tasks = emu.tasks()
    assert [t['TaskId'] for t in tasks] == [task_id]
    assert tasks[0]['TargetResource']['EsParam']['Password'] is None


def test_unknown_admin_route_and_bad_fault(emu):
    with pytest.raises(urllib.error.HTTPError) as error:
        admin(emu, 'GET', 'nothing')
    assert error.value.code == 404
    for bad in ({'kind': 'explode'}, {'kind': 'error', 'count': 0}, {'kind': 'delay', 'seconds': 'x'}, {'kind': 'error', 'colour': 1}):
        with pytest.raises(EmulatorError):
            emu.add_fault(**bad)


def test_fault_error(emu, api):
    fault = emu.add_fault('DescribeDatahubTasks', 'error', code='InternalError', message='boom', count=2)
    assert fault['count'] == 2 and emu.faults()[0]['action'] == 'DescribeDatahubTasks'
    assert api('DescribeDatahubTask', {'TaskId': 'task-x'})['Error']['Code'] == 'ResourceNotFound'  # other action untouched
    for unused in range(2):
        answer = api('DescribeDatahubTasks', {})
        assert answer['Error'] == {'Code': 'InternalError', 'Message': 'boom'}
    assert 'Result' in api('DescribeDatahubTasks', {})
    assert emu.faults() == []
    logged = emu.calls('DescribeDatahubTasks')
    assert [e['fault'] for e in logged] == ['error', 'error', None]
    assert [e['error_code'] for e in logged] == ['InternalError', 'InternalError', None]


def test_fault_error_any_action(emu, api):
    emu.add_fault('*', 'error', code='RequestLimitExceeded')
    assert api('PauseDatahubTask', {'TaskId': 'task-x'})['Error']['Code'] == 'RequestLimitExceeded'
    assert api('PauseDatahubTask', {'TaskId': 'task-x'})['Error']['Code'] == 'ResourceNotFound'


@pytest.mark.parametrize('status', [502, 503])
def test_fault_http_status(emu, status):
    emu.add_fault('DescribeDatahubTasks', 'http_status', status=status)
    with pytest.raises(urllib.error.HTTPError) as error:
        emu.call('DescribeDatahubTasks', {})
    assert error.value.code == status
    body = error.value.read().decode('utf-8')
    assert '<html>' in body and str(status) in body
    assert error.value.headers['Content-Type'].startswith('text/html')
    assert emu.calls()[0]['fault'] == 'http_status'
    assert 'Result' in emu.call('DescribeDatahubTasks', {})['Response']


def test_fault_http_status_plain_body(emu):
    emu.add_fault('DescribeDatahubTasks', 'http_status', status=500, body='upstream failure', content_type='text/plain')
    with pytest.raises(urllib.error.HTTPError) as error:
        emu.call('DescribeDatahubTasks', {})
    assert error.value.read() == b'upstream failure'


def test_fault_drop_before(emu, api, task_params):
    emu.add_fault('CreateDatahubTask', 'drop_before')
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError, urllib.error.URLError)):
        emu.call('CreateDatahubTask', task_params())
    assert emu.tasks() == []
    assert emu.calls('CreateDatahubTask')[0]['fault'] == 'drop_before'
    assert 'Result' in api('CreateDatahubTask', task_params())
    assert len(emu.tasks()) == 1


def test_fault_drop_after_creates_the_task(emu, task_params):
    emu.add_fault('CreateDatahubTask', 'drop_after')
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError, urllib.error.URLError)):
        emu.call('CreateDatahubTask', task_params(TaskId='task-dropped1'))
    tasks = emu.tasks()
    assert [t['TaskId'] for t in tasks] == ['task-dropped1']
    entry = emu.calls('CreateDatahubTask')[0]
    assert entry['fault'] == 'drop_after' and entry['error_code'] is None


def test_fault_drop_on_keep_alive_connection(emu):
    from emu_auth import sign_headers  # pylint: disable=import-outside-toplevel
    connection = http.client.HTTPConnection(emu.host, emu.port, timeout=10)
    host = '%s:%d' % (emu.host, emu.port)
    try:
        connection.request('POST', '/', b'{}', sign_headers(emu.secret_id, emu.secret_key, host, 'DescribeDatahubTasks', b'{}'))
        assert 'Result' in json.loads(connection.getresponse().read())['Response']
        emu.add_fault('DescribeDatahubTasks', 'drop_before')
        connection.request('POST', '/', b'{}', sign_headers(emu.secret_id, emu.secret_key, host, 'DescribeDatahubTasks', b'{}'))
        with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
            connection.getresponse()
    finally:
        connection.close()


def test_fault_delay(emu):
    emu.add_fault('DescribeDatahubTasks', 'delay', seconds=0.6)
    started = time.time()
    assert 'Result' in emu.call('DescribeDatahubTasks', {})['Response']
    assert time.time() - started >= 0.6
    emu.add_fault('DescribeDatahubTasks', 'delay', seconds=1.5)
    with pytest.raises(OSError):
        emu.call('DescribeDatahubTasks', {}, timeout=0.5)
    assert emu.calls()[0]['fault'] == 'delay'


def test_rate_limit(emu, api):
    emu.configure(rate_limit=5)
    codes = [api('DescribeDatahubTasks', {}).get('Error', {}).get('Code') for unused in range(8)]
    assert codes[:5] == [None] * 5
    assert 'RequestLimitExceeded' in codes[5:]
    # another action has its own bucket
    assert api('DescribeDatahubTask', {'TaskId': 'task-x'})['Error']['Code'] == 'ResourceNotFound'
    time.sleep(1.0)
    assert 'Result' in api('DescribeDatahubTasks', {})
    logged = [e['error_code'] for e in emu.calls('DescribeDatahubTasks')]
    assert logged.count('RequestLimitExceeded') == codes.count('RequestLimitExceeded')


def test_rate_limit_zero_means_none(emu, api):
    emu.configure(rate_limit=0)
    assert all('Result' in api('DescribeDatahubTasks', {}) for unused in range(40))


def test_no_secret_in_log_or_answers(emu, api, task_params):
    params = task_params()
    params['SourceResource'] = {'Type': 'MONGODB', 'MongoDBParam': {
        'Resource': 'cmgo-1', 'SelfBuilt': False, 'Database': 'db', 'Collection': 'c', 'CopyExisting': True,
        'UserName': 'u', 'Password': SECRETS[1]}}
    params['Unexpected'] = {'password': 'x', 'SecretKey': 'y'}
    api('CreateDatahubTask', params, token=SECRETS[2])
    task_id = api('CreateDatahubTask', task_params(), token=SECRETS[2])['Result']['TaskId']
    answers = [api('DescribeDatahubTask', {'TaskId': task_id}), api('DescribeDatahubTasks', {})]
    text = json.dumps([emu.requests(), emu.tasks(), answers])
    for secret in SECRETS + (emu.secret_key,):
        assert secret not in text
    assert 'Authorization' not in text and 'TC3-HMAC' not in text
    assert emu.calls()[0]['params']['SourceResource']['MongoDBParam']['Password'] == '********'
    assert emu.calls()[0]['params']['Unexpected'] == {'password': '********', 'SecretKey': '********'}


def test_harness_stops_process():
    emu = start_emulator(rate_limit=3, transition_seconds=0)
    process = emu.process
    assert emu.running and emu.health()['config']['rate_limit'] == 3
    emu.stop()
    emu.stop()
    assert process.poll() is not None
    with pytest.raises(OSError):
        urllib.request.urlopen(emu.endpoint + '/_emulator/health', timeout=2)  # pylint: disable=consider-using-with


def test_harness_reports_start_failure(tmp_path):
    with pytest.raises(EmulatorError):
        start_emulator(schema=str(tmp_path / 'missing.json'))


def test_harness_env(emu):
    env = emu.env()
    assert env['TENCENTCLOUD_CKAFKA_ENDPOINT'] == emu.endpoint
    assert env['TENCENTCLOUD_SECRET_ID'] == emu.secret_id
