# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What a user sees about their input (issue 16, point 5) through a real ansible-playbook run against the
emulator: a connection's *_connect_param block of another type is refused before any call, its password
not in the output. The rest of issue 16's points 5 and 10 (types, blocks, the client-chosen TaskId) runs
in process: tests/unit/plugins/modules/test_user_experience_inputs_runs.py.
"""

import copy

CONNECTION = dict(resource_name='search-cluster', type='ES',
                  es_connect_param={'resource': 'es-abcd1234', 'port': 9200, 'user_name': 'elastic',
                                    'password': 'Es-Pw-Xylophone-4711', 'self_built': False, 'service_vip': '10.0.0.12',
                                    'uniq_vpc_id': 'vpc-abcd1234'})


# ---------------------------------------------------------------------------
# point 5: resource types and their parameter blocks


def test_connection_block_of_another_type_is_refused_before_any_call(playbook, emulator):
    variables = copy.deepcopy(CONNECTION)
    variables['my_sql_connect_param'] = {'resource': 'cdb-abcd1234', 'port': 3306, 'user_name': 'dip_reader',
                                         'password': 'My-Pw-Narwhal-2718', 'self_built': True}
    run = playbook('connect_resource/declare.yml', extra_vars=variables)
    assert run.rc != 0, run
    result = run.result('Declare the connection')
    assert emulator.requests() == []
    assert result['validation_errors'] == [
        'my_sql_connect_param does not belong to type ES (it is the block of types MYSQL, TDSQL_C_MYSQL); leave it out']
    assert 'My-Pw-Narwhal-2718' not in run.output
