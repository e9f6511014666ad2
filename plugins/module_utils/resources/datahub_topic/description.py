# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The DIP (Datahub) topic, described for the resource runtime (runtime/description.py).

Its own decisions, beyond the data: the name rule and the value ranges checked before any call;
RetentionMs sent with every ModifyDatahubTopic (the API requires it); tags, which the service
never reports, left out of the comparison and sent again with every Modify; the topic's own user
name and password kept out of every result, diff and error, and handed out only under
`credentials` when the module asks (TopicApi).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import re

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_topic import schema as datahub_topic_schema
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import (
    Actions, Identity, Listing, ModifyRules, Resource, Statuses)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi

IN_USE = 1
DELETING = 2
STATUS_NAMES = {IN_USE: 'in_use', DELETING: 'deleting'}

# The account's AppId (digits), a dash, then letters, digits and dashes; 128 characters in all (API documentation).
TOPIC_NAME_RE = re.compile(r'^[0-9]+-[A-Za-z0-9-]+$')
NAME_MAX = 128
NOTE_MAX = 64
PARTITIONS = (1, 500)
RETENTION_MIN_MS = 60000

# The members of DescribeDatahubTopic's answer that producers write with.
CREDENTIAL_MEMBERS = (('UserName', 'user_name'), ('Password', 'password'))


def name_errors(name):
    """Messages about a topic name that breaks the API's rule (empty when it is good or unset)."""
    if name is None:
        return []
    if len(name) > NAME_MAX or not TOPIC_NAME_RE.match(name):
        return ['name must be the account\'s AppId, a dash, then only letters, digits and dashes, %d characters at '
                'most, for example 1250000000-orders (it is %r, %d characters)' % (NAME_MAX, name, len(name))]
    return []


class TopicApi(ResourceApi):
    """The topic's API: ResourceApi, plus the topic's own two rules.

    * The credentials of the topic read last are kept aside (never in a result), so that a module
      asked for them needs no second read; a create or a delete forgets them.
    * A listing by connection needs QueryFromConnectResource besides ConnectResourceId.
    """

    def __init__(self, client, resource):
        super(TopicApi, self).__init__(client, resource)
        self.credentials = None

    def describe_answer(self, resource_id):
        answer = super(TopicApi, self).describe_answer(resource_id)
        self.credentials = None if answer is None else dict(
            (option, answer.get(member)) for member, option in CREDENTIAL_MEMBERS)
        return answer

    def create(self, options):
        self.credentials = None
        return super(TopicApi, self).create(options)

    def delete(self, resource_id):
        self.credentials = None
        return super(TopicApi, self).delete(resource_id)

    def list_answers(self, filters, first=None):
        if filters.get('ConnectResourceId'):
            filters = dict(filters, QueryFromConnectResource=True)
        return super(TopicApi, self).list_answers(filters, first)


class DatahubTopic(Resource):
    noun = 'topic'
    result_key = 'topic'
    plural_result_key = 'topics'
    schema = datahub_topic_schema
    api_class = TopicApi
    # DescribeDatahubTopic(s) never report a topic's tags, so there is nothing to compare them with;
    # they go out with the create and with every Modify (ModifyRules.always_send).
    uncompared_paths = frozenset(['tags'])
    # The name is the identity: DescribeDatahubTopic, ModifyDatahubTopic and DeleteDatahubTopic take it.
    identity = Identity(id_option='name', id_member='Name')
    module_options = dict(name=dict(type='str', required=True))
    listing = Listing('DescribeDatahubTopics', items='TopicList', page_size=100, filters={
        'search_word': 'SearchWord', 'connect_resource_id': 'ConnectResourceId',
        'topic_regular_expression': 'TopicRegularExpression'})
    # The request's Name is the new topic's identity.
    actions = Actions(create='CreateDatahubTopic', describe='DescribeDatahubTopic', modify='ModifyDatahubTopic',
                      delete='DeleteDatahubTopic')
    # A topic is in use as soon as it is created; a delete goes through "deleting" before it is gone.
    statuses = Statuses(STATUS_NAMES, ready=IN_USE, creating=IN_USE, transient=(DELETING,), settled=(IN_USE,),
                        deleting=DELETING)
    # partition_num cannot change in place: a difference there needs a replacement. ModifyDatahubTopic
    # requires RetentionMs every time, and tags (never reported) go with every Modify.
    modify = ModifyRules(always_send=('retention_ms', 'tags'))
    result_keys = ('name', 'topic_name', 'topic_id', 'partition_num', 'retention_ms', 'note', 'status', 'status_name',
                   'address', 'tags')
    # What producers write with: never in a result, a diff or an error (see TopicApi for `credentials`).
    secret_members = tuple(member for member, dummy in CREDENTIAL_MEMBERS)
    not_found_codes = ('ResourceNotFound',)

    @classmethod
    def validate(cls, params):
        errors = name_errors(params.get('name'))
        partitions = params.get('partition_num')
        if partitions is not None and not PARTITIONS[0] <= partitions <= PARTITIONS[1]:
            errors.append('partition_num must be between %d and %d, got %d' % (PARTITIONS + (partitions,)))
        retention = params.get('retention_ms')
        if retention is not None and retention < RETENTION_MIN_MS:
            errors.append('retention_ms must be at least %d (one minute), got %d' % (RETENTION_MIN_MS, retention))
        note = params.get('note')
        if note is not None and len(note) > NOTE_MAX:
            errors.append('note must have at most %d characters, it has %d' % (NOTE_MAX, len(note)))
        return errors

    @classmethod
    def id_errors(cls, value):
        return name_errors(value)

    @classmethod
    def recreate_warning(cls, resource_id, params):
        # Deleting a topic deletes its messages: say so, in check mode too.
        return ('recreate: the topic %s is deleted and created again with %s partitions: every message in it is '
                'lost, and it gets a new user name and password' % (resource_id, params.get('partition_num')))
