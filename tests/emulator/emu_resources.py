# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The table of emulated resources: each one's schema file, actions, store, renderer and handlers.

An action's request type is the schema file's `root` (the Create request tree), its `modify_root`
(a Modify request tree of its own), or the built-in `<Action>Request` of emu_validation.ACTION_TYPES.
A resource whose schema file is missing is skipped (its actions answer InvalidAction); a resource
with no schema file (None) is validated against built-in request types only.
To add a resource: a schema file, a module with its store, renderer and handlers (one method per
action, named like the action), and a row here.
"""

import collections

from emu_connections import ConnectActions, ConnectionRenderer, ConnectionStore
from emu_instances import InstanceActions, InstanceRenderer, InstanceStore
from emu_messages import MessageActions, MessageStore, NoRenderer
from emu_render import TaskRenderer
from emu_sync import NoStore, SyncActions
from emu_tasks import TaskActions, TaskStore
from emu_topics import TopicActions, TopicRenderer, TopicStore

ROOT, MODIFY_ROOT, BUILT_IN = 'root', 'modify_root', None

Resource = collections.namedtuple('Resource', 'name schema_file actions store renderer handlers')

RESOURCES = (
    Resource('datahub_task', 'datahub_task.json', {
        'CreateDatahubTask': ROOT,
        'DescribeDatahubTask': BUILT_IN,
        'DescribeDatahubTasks': BUILT_IN,
        'ModifyDatahubTask': BUILT_IN,
        'DeleteDatahubTask': BUILT_IN,
        'PauseDatahubTask': BUILT_IN,
        'ResumeDatahubTask': BUILT_IN,
        'RestartDatahubTask': BUILT_IN,
    }, TaskStore, TaskRenderer, TaskActions),
    Resource('connect_resource', 'connect_resource.json', {
        'CreateConnectResource': ROOT,
        'DescribeConnectResource': BUILT_IN,
        'DescribeConnectResources': BUILT_IN,
        'ModifyConnectResource': MODIFY_ROOT,
        'DeleteConnectResource': BUILT_IN,
    }, ConnectionStore, ConnectionRenderer, ConnectActions),
    Resource('datahub_topic', 'datahub_topic.json', {
        'CreateDatahubTopic': ROOT,
        'DescribeDatahubTopic': BUILT_IN,
        'DescribeDatahubTopics': BUILT_IN,
        'ModifyDatahubTopic': BUILT_IN,
        'DeleteDatahubTopic': BUILT_IN,
    }, TopicStore, TopicRenderer, TopicActions),
    # Sync tasks live in the datahub_task store; emu_sync.py adds the request types of the other two.
    Resource('datahub_sync_task', 'datahub_sync_task.json', {
        'CreateMetaSyncDatahubTask': BUILT_IN,
        'CreateMetaAndDataSyncDatahubTask': ROOT,
        'CreateMetaDataAndOffsetSyncDatahubTask': BUILT_IN,
    }, NoStore, NoRenderer, SyncActions),
    # The messages and consumer groups of DIP topics; emu_messages.py adds its request types.
    Resource('datahub_message', 'datahub_topic.json', {
        'FetchLatestDatahubMessageList': BUILT_IN,
        'FetchDatahubMessageByOffset': BUILT_IN,
        'DescribeDatahubGroupOffsets': BUILT_IN,
    }, MessageStore, NoRenderer, MessageActions),
    # CKafka instances (made by the seed route) and what lives on them; their request types are built in
    # (emu_instance_types.py, from tccli's api.json): no schema file.
    Resource('instance', None, {
        'DescribeInstances': BUILT_IN,
        'DescribeInstanceAttributes': BUILT_IN,
        'DescribeInstancesDetail': BUILT_IN,
        'CreateTopic': BUILT_IN,
        'ModifyTopicAttributes': BUILT_IN,
        'CreatePartition': BUILT_IN,
        'DeleteTopic': BUILT_IN,
        'DescribeTopicAttributes': BUILT_IN,
        'DescribeTopic': BUILT_IN,
        'DescribeTopicDetail': BUILT_IN,
        'CreateUser': BUILT_IN,
        'ModifyPassword': BUILT_IN,
        'DeleteUser': BUILT_IN,
        'DescribeUser': BUILT_IN,
        'CreateAcl': BUILT_IN,
        'BatchCreateAcl': BUILT_IN,
        'DeleteAcl': BUILT_IN,
        'DescribeACL': BUILT_IN,
        'CreateAclRule': BUILT_IN,
        'ModifyAclRule': BUILT_IN,
        'DeleteAclRule': BUILT_IN,
        'DescribeAclRule': BUILT_IN,
        'DescribeConsumerGroup': BUILT_IN,
        'DescribeGroup': BUILT_IN,
        'DescribeGroupInfo': BUILT_IN,
        'DescribeGroupOffsets': BUILT_IN,
        'ModifyGroupOffsets': BUILT_IN,
        'DeleteGroup': BUILT_IN,
    }, InstanceStore, InstanceRenderer, InstanceActions),
)

# Every action of every resource, served or not.
ALL_ACTIONS = {action: resource for resource in RESOURCES for action in resource.actions}


def request_type(schema, action, kind):
    """The request type an action is validated against, in this resource's schema."""
    if kind == ROOT:
        return schema.root
    if kind == MODIFY_ROOT:
        return schema.modify_root or action + 'Request'
    return action + 'Request'
