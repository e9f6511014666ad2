# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The client: what is sent, how answers and failures are mapped, when calls are retried."""

import datetime
import email.utils
import hashlib
import hmac
import json
import socket

import pytest
from tencentcloud.common.sign import Sign

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport import client as client_module
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.client import CkafkaClient
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.credentials import Credentials
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy

SECRET_KEY = 'k3y-THAT-must-never-leak'
TOKEN = 'tok-THAT-must-never-leak'
OK = (200, {}, {'Response': {'Result': {'TaskId': 'task-1'}, 'RequestId': 'req-ok'}})


def service_error(code, message='went wrong', request_id='req-err', headers=None):
    return (200, headers or {}, {'Response': {'Error': {'Code': code, 'Message': message}, 'RequestId': request_id}})


def make_client(endpoint, retries=3, **kwargs):
    sleeps = []
    client = CkafkaClient(Credentials('AKIDtest', SECRET_KEY, TOKEN), 'ap-guangzhou', endpoint,
                          connect_timeout=2, read_timeout=kwargs.pop('read_timeout', 5),
                          retry_policy=RetryPolicy(retries=retries, base_delay=0.01, max_delay=0.02),
                          sleep=sleeps.append, **kwargs)
    client.sleeps = sleeps
    return client


def test_bytes_hashed_are_bytes_sent(scripted_server):
    scripted_server.answers.append(OK)
    client = make_client(scripted_server.endpoint, language='en-US')
    params = {'TaskName': 'naïve-任务', 'Nested': {'List': [1, 'ü']}}
    assert client.call('CreateDatahubTask', params)['Result'] == {'TaskId': 'task-1'}
    received = scripted_server.received[0]
    headers = {key.lower(): value for key, value in received['headers'].items()}
    body = received['body']
    assert json.loads(body.decode('utf-8')) == params
    # Recompute from what arrived, with the SDK's key chain.
    timestamp = int(headers['x-tc-timestamp'])
    date = datetime.datetime.fromtimestamp(timestamp, tz=datetime.timezone.utc).strftime('%Y-%m-%d')
    canonical = 'POST\n/\n\ncontent-type:%s\nhost:%s\n\ncontent-type;host\n%s' % (
        headers['content-type'], headers['host'], hashlib.sha256(body).hexdigest())
    to_sign = 'TC3-HMAC-SHA256\n%d\n%s/ckafka/tc3_request\n%s' % (timestamp, date, hashlib.sha256(canonical.encode()).hexdigest())
    assert headers['authorization'].endswith('Signature=' + Sign.sign_tc3(SECRET_KEY, date, 'ckafka', to_sign))
    assert headers['x-tc-action'] == 'CreateDatahubTask'
    assert headers['x-tc-version'] == '2019-08-19'
    assert headers['x-tc-region'] == 'ap-guangzhou'
    assert headers['x-tc-token'] == TOKEN
    assert headers['x-tc-language'] == 'en-US'
    assert headers['x-tc-requestclient'] == 'tencentcloud.ckafka/%s' % client_module.COLLECTION_VERSION


def test_collection_version_matches_galaxy_yml():
    import os
    import yaml
    root = os.path.join(os.path.dirname(__file__), '..', '..', '..', '..', '..')
    with open(os.path.join(root, 'galaxy.yml')) as handle:
        assert yaml.safe_load(handle)['version'] == client_module.COLLECTION_VERSION


def test_one_session_reuses_connections(scripted_server):
    scripted_server.answers.extend([OK, OK, OK])
    client = make_client(scripted_server.endpoint)
    for attempt in range(3):
        client.call('DescribeDatahubTask', {'TaskId': 't%d' % attempt}, idempotent=True)
    assert len(scripted_server.received) == 3
    assert len({request['peer'] for request in scripted_server.received}) == 1, 'one connection for every call'


def test_service_error_becomes_one_exception(scripted_server):
    scripted_server.answers.append(service_error('ResourceNotFound', 'no such task', 'req-42'))
    client = make_client(scripted_server.endpoint)
    with pytest.raises(CkafkaError) as info:
        client.call('DescribeDatahubTask', {'TaskId': 't'}, idempotent=True)
    error = info.value
    assert (error.code, error.message, error.request_id) == ('ResourceNotFound', 'no such task', 'req-42')
    assert error.to_result() == {'error_code': 'ResourceNotFound', 'request_id': 'req-42'}
    assert 'req-42' in str(error) and 'DescribeDatahubTask' in str(error)
    assert len(scripted_server.received) == 1, 'a final error is not retried'


@pytest.mark.parametrize('answer, code', [
    ((502, {'Content-Type': 'text/html'}, b'<html><body>Bad gateway</body></html>'), 'ClientHttpError'),
    ((200, {}, b'this is not json'), 'ClientInvalidResponse'),
    ((200, {}, {'Something': 'else'}), 'ClientInvalidResponse'),
    ((404, {}, b'not found'), 'ClientHttpError'),
])
def test_unexpected_answers_are_clear_errors(scripted_server, answer, code):
    scripted_server.answers.extend([answer] * 5)
    client = make_client(scripted_server.endpoint, retries=0)
    with pytest.raises(CkafkaError) as info:
        client.call('DescribeDatahubTask', {}, idempotent=True)
    assert info.value.code == code
    assert scripted_server.endpoint.split('//')[1] in str(info.value)


@pytest.mark.parametrize('failure', [
    service_error('RequestLimitExceeded'),
    service_error('RequestLimitExceeded.UinLimitExceeded'),
    service_error('InternalError'),
    service_error('InternalError.UnknownError'),
    (503, {}, b'unavailable'),
    (500, {}, b'oops'),
    'drop',
])
def test_idempotent_calls_are_retried(scripted_server, failure):
    scripted_server.answers.extend([failure, failure, OK])
    client = make_client(scripted_server.endpoint)
    assert client.call('DescribeDatahubTask', {}, idempotent=True)['RequestId'] == 'req-ok'
    assert len(client.sleeps) == 2


@pytest.mark.parametrize('failure', [service_error('InternalError'), (502, {}, b'bad gateway'), 'drop'])
def test_non_idempotent_calls_are_not_repeated(scripted_server, failure):
    scripted_server.answers.extend([failure, OK])
    client = make_client(scripted_server.endpoint)
    with pytest.raises(CkafkaError) as info:
        client.call('CreateDatahubTask', {}, idempotent=False)
    assert info.value.outcome_unknown
    assert len(scripted_server.received) == 1


def test_throttling_is_retried_even_for_create(scripted_server):
    scripted_server.answers.extend([service_error('RequestLimitExceeded'), OK])
    client = make_client(scripted_server.endpoint)
    assert client.call('CreateDatahubTask', {})['RequestId'] == 'req-ok'
    assert len(scripted_server.received) == 2


@pytest.mark.parametrize('code, retries, said', [
    ('InternalError', 3, 'Tried 4 times (max_retries is 3). (request id req-err)'),
    ('RequestLimitExceeded', 2, 'Tried 3 times (max_retries is 2): fewer hosts should call at once (lower forks, or throttle: '
                                'on the task), or raise max_retries. (request id req-err)'),
])
def test_retries_run_out_saying_how_often_and_what_to_do(scripted_server, code, retries, said):
    scripted_server.answers.extend([service_error(code)] * 10)
    client = make_client(scripted_server.endpoint, retries=retries)
    with pytest.raises(CkafkaError) as info:
        client.call('DescribeDatahubTask', {}, idempotent=True)
    assert info.value.code == code
    assert len(scripted_server.received) == retries + 1
    assert str(info.value).endswith(said), str(info.value)


def test_a_final_error_is_not_said_to_be_retried(scripted_server):
    scripted_server.answers.extend([service_error('InvalidParameterValue')])
    client = make_client(scripted_server.endpoint, retries=2)
    with pytest.raises(CkafkaError) as info:
        client.call('DescribeDatahubTask', {}, idempotent=True)
    assert 'Tried' not in str(info.value)


def test_validation_errors_are_final(scripted_server):
    scripted_server.answers.extend([service_error('InvalidParameterValue'), OK])
    client = make_client(scripted_server.endpoint)
    with pytest.raises(CkafkaError):
        client.call('DescribeDatahubTask', {}, idempotent=True)
    assert len(scripted_server.received) == 1


def test_refused_connection_is_not_sent_and_retried():
    sock = socket.socket()
    sock.bind(('127.0.0.1', 0))
    port = sock.getsockname()[1]
    sock.close()
    client = make_client('http://127.0.0.1:%d' % port, retries=2)
    with pytest.raises(CkafkaError) as info:
        client.call('CreateDatahubTask', {})
    assert info.value.code == 'ClientNetworkError'
    assert info.value.sent is False
    assert len(client.sleeps) == 2, 'a request that never left may be sent again, even a create'


def test_read_timeout(scripted_server):
    import time

    original = scripted_server.httpd.RequestHandlerClass.do_POST

    def slow_post(handler):
        time.sleep(1.5)
        original(handler)
    scripted_server.httpd.RequestHandlerClass.do_POST = slow_post
    client = make_client(scripted_server.endpoint, retries=0, read_timeout=0.5)
    with pytest.raises(CkafkaError) as info:
        client.call('DescribeDatahubTask', {}, idempotent=True)
    assert info.value.code == 'ClientReadTimeout'
    assert info.value.outcome_unknown


def test_signature_expire_recovered_with_server_clock(scripted_server):
    server_time = 1_900_000_000
    date = email.utils.formatdate(server_time, usegmt=True)
    scripted_server.answers.extend([service_error('AuthFailure.SignatureExpire', headers={'Date': date}), OK])
    client = make_client(scripted_server.endpoint)
    client.call('DescribeDatahubTask', {}, idempotent=True)
    second = int(scripted_server.received[1]['headers']['X-TC-Timestamp'])
    assert abs(second - server_time) < 5
    assert client.warnings and 'clock' in client.warnings[0]


def test_signature_expire_is_recovered_once_only(scripted_server):
    expired = service_error('AuthFailure.SignatureExpire')
    scripted_server.answers.extend([expired, expired, OK])
    client = make_client(scripted_server.endpoint)
    with pytest.raises(CkafkaError) as info:
        client.call('DescribeDatahubTask', {}, idempotent=True)
    assert info.value.code == 'AuthFailure.SignatureExpire'
    assert len(scripted_server.received) == 2


def test_no_secret_in_any_error_text(scripted_server):
    failures = [service_error('AuthFailure.SignatureFailure'), (500, {}, b'x'), (200, {}, b'nope'), 'drop']
    for failure in failures:
        scripted_server.answers.append(failure)
        client = make_client(scripted_server.endpoint, retries=0)
        with pytest.raises(CkafkaError) as info:
            client.call('CreateDatahubTask', {'Password': 'p'})
        text = str(info.value) + repr(info.value.__dict__) + repr(client.credentials)
        assert SECRET_KEY not in text and TOKEN not in text


def test_endpoint_must_be_a_url():
    with pytest.raises(ValueError):
        make_client('ckafka.tencentcloudapi.com')


def test_hmac_is_stdlib_only():
    """The signer imports nothing outside the standard library."""
    import ast
    import inspect
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport import signer
    tree = ast.parse(inspect.getsource(signer))
    imported = {alias.name.split('.')[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module.split('.')[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert imported <= {'__future__', 'datetime', 'hashlib', 'hmac'}
    assert hmac  # the module is used above for the recomputation


def test_https_endpoint_speaking_http_fails_at_once_saying_so(scripted_server):
    """Issue 29: a TLS wrong-version error cannot heal; it was retried 7 times (15.9 s)."""
    endpoint = scripted_server.endpoint.replace('http://', 'https://')
    client = make_client(endpoint, retries=3)
    with pytest.raises(CkafkaError) as info:
        client.call('DescribeDatahubTasks', {}, idempotent=True)
    assert client.sleeps == [], 'a TLS failure that cannot heal is not retried'
    message = str(info.value)
    assert 'plain HTTP' in message and 'wrong version number' in message, message
    assert 'Tried' not in message


def test_a_tls_handshake_cut_short_is_retried(monkeypatch):
    import requests

    client = make_client('https://127.0.0.1:9', retries=2)

    def cut_short(*args, **kwargs):
        raise requests.exceptions.SSLError('EOF occurred in violation of protocol (_ssl.c:1000)')
    monkeypatch.setattr(client.session, 'post', cut_short)
    with pytest.raises(CkafkaError):
        client.call('DescribeDatahubTasks', {}, idempotent=True)
    assert len(client.sleeps) == 2
