# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The task that tests/integration/test_compact_results.py (an ad hoc run) and
tests/unit/plugins/modules/test_compact_results_runs.py (in process) declare: every member set."""

TASK_WRITES = frozenset(['CreateDatahubTask', 'ModifyDatahubTask', 'DeleteDatahubTask', 'PauseDatahubTask',
                         'ResumeDatahubTask', 'RestartDatahubTask'])
KAFKA_TO_ES = dict(
    task_name='compact-orders',
    task_type='SINK',
    description='orders to the search cluster',
    source_resource={'type': 'KAFKA', 'kafka_param': {'self_built': False, 'resource': 'ckafka-7kd5rzza', 'topic': 'topic-test',
                                                      'offset_type': 'earliest'}},
    target_resource={'type': 'ES', 'es_param': {'resource': 'es-abcdefgh', 'index': 'index', 'user_name': 'elastic',
                                                'password': 'es-Pa55word-7741', 'drop_invalid_message': True,
                                                'drop_invalid_json_message': False}},
    task_tags=[{'tag_key': 'team', 'tag_value': 'data'}],
)
