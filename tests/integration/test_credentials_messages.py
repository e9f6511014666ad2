# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Credentials and endpoint errors name the cause (issue 16, point 6), through real playbook runs.

One run of playbooks/credentials/messages.yml goes through every case (a loop, each item with its
own options and environment); the host name case runs alone, to time it.
"""

import json

import pytest

from conftest import REGION, run_playbook

WRONG_KEY = 'wrong-Key-Okapi-8080'


@pytest.fixture
def home(tmp_path, emulator):
    """A HOME whose ~/.tencentcloud/credentials has a default and a "wrong" profile (no "prod")."""
    folder = tmp_path / 'home'
    (folder / '.tencentcloud').mkdir(parents=True)
    (folder / '.tencentcloud' / 'credentials').write_text(
        '[default]\nsecret_id = %s\nsecret_key = %s\n\n[wrong]\nsecret_id = %s\nsecret_key = %s\n'
        % (emulator.secret_id, emulator.secret_key, emulator.secret_id, WRONG_KEY))
    return str(folder)


def cases(emulator, home):
    good = dict(TENCENTCLOUD_SECRET_ID=emulator.secret_id, TENCENTCLOUD_SECRET_KEY=emulator.secret_key)
    return [
        dict(case='half pair in the environment', env=dict(TENCENTCLOUD_SECRET_ID=emulator.secret_id)),
        dict(case='half pair in the options', secret_id=emulator.secret_id),
        dict(case='profile not in the file', profile='prod'),
        dict(case='credentials file missing', env=dict(TENCENTCLOUD_CREDENTIALS_FILE=home + '/nowhere/credentials')),
        dict(case='refused key from the options', secret_id=emulator.secret_id, secret_key=WRONG_KEY),
        dict(case='refused key from the environment', env=dict(TENCENTCLOUD_SECRET_ID=emulator.secret_id,
                                                               TENCENTCLOUD_SECRET_KEY=WRONG_KEY)),
        dict(case='refused key from the profile file', profile='wrong'),
        dict(case='region without its area', region='guangzhou', env=good),
        dict(case='region with an underscore', region='ap_guangzhou', env=good),
        dict(case='region with trailing spaces', region='ap-guangzhou  ', env=good),
    ]


EXPECTED_FAILURES = {
    'half pair in the environment': 'secret_key is missing (TENCENTCLOUD_SECRET_ID is set): give both or neither.',
    'half pair in the options': 'secret_key is missing (secret_id option is set): give both or neither.',
    'profile not in the file': 'profile prod is not in ~/.tencentcloud/credentials (profile option).',
    'credentials file missing': 'the credentials file {home}/nowhere/credentials does not exist (TENCENTCLOUD_CREDENTIALS_FILE).',
}
KEY_SOURCES = {
    'refused key from the options': 'The key came from the secret_id and secret_key options.',
    'refused key from the environment': 'The key came from the environment variables TENCENTCLOUD_SECRET_ID and '
                                        'TENCENTCLOUD_SECRET_KEY.',
    'refused key from the profile file': 'The key came from profile wrong of ~/.tencentcloud/credentials.',
}
REGION_HINTS = {
    'region without its area': "The region 'guangzhou' does not look like a Tencent Cloud region (lower case, no spaces, "
                               "like ap-guangzhou): regions are an area and a city joined by a dash",
    'region with an underscore': "The region 'ap_guangzhou' does not look like a Tencent Cloud region (lower case, no spaces, "
                                 "like ap-guangzhou): did you mean ap-guangzhou?",
    'region with trailing spaces': "The region 'ap-guangzhou  ' does not look like a Tencent Cloud region (lower case, "
                                   "no spaces, like ap-guangzhou): did you mean ap-guangzhou?",
}


def test_every_message_names_the_cause(emulator, home):
    run = run_playbook(emulator, 'credentials/messages.yml', extra_vars=dict(cases=cases(emulator, home)),
                       env=dict(HOME=home), verbosity=4)
    assert run.rc == 0, run
    results = dict((record['result']['item']['case'], (record['status'], record['result'])) for record in run.records
                   if record['task'] == 'Read tasks' and 'item' in record['result'])
    assert len(results) == len(cases(emulator, home)), results.keys()
    for case, message in EXPECTED_FAILURES.items():
        status, result = results[case]
        assert status == 'item_failed' and result['msg'] == message.format(home=home), (case, result)
    for case, source in KEY_SOURCES.items():
        status, result = results[case]
        assert status == 'item_failed' and result['error_code'] == 'AuthFailure.SignatureFailure', (case, result)
        assert result['msg'].endswith(source) or source + ' (request id' in result['msg'], (case, result['msg'])
    for case, hint in REGION_HINTS.items():
        status, result = results[case]
        assert status == 'item_ok', (case, result)
        assert any(warning.startswith(hint) for warning in result.get('warnings', [])), (case, result.get('warnings'))
    regions = [entry for entry in emulator.requests() if entry['error_code'] is None]
    assert len(regions) == 3, 'the three region cases reached the service'
    # The loop items themselves carry keys (the playbook's own data); what the module says must not.
    said = json.dumps([(result.get('msg'), result.get('warnings')) for _status, result in results.values()])
    assert WRONG_KEY not in said and emulator.secret_key not in said


def test_a_host_name_that_does_not_resolve_fails_at_once(emulator):
    endpoint = 'https://ckafka.ap-guangzhuo.invalid'
    variables = dict(ckafka_endpoint=endpoint, secret_id=emulator.secret_id, secret_key=emulator.secret_key, max_retries=6)
    run = run_playbook(emulator, 'credentials/read.yml', extra_vars=variables)
    assert run.statuses('Read tasks') == ['ignored'], run
    result = run.result('Read tasks')
    assert result['error_code'] == 'ClientNetworkError'
    assert result['msg'] == ('DescribeDatahubTasks failed with ClientNetworkError: the host name ckafka.ap-guangzhuo.invalid '
                             'of the endpoint %s (from the endpoint option) does not resolve (region %s): check the endpoint '
                             "and the region for typos, and this host's DNS" % (endpoint, REGION))
    seconds = float(run.result('Report the duration')['msg'])
    assert seconds < 5, 'six retries would take about 13 s; the module ran %.1f s' % seconds
