# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""A topic on a CKafka instance, described for the resource runtime (runtime/description.py).

The first resource held by a parent: the instance (Identity.parent), whose InstanceId goes with
every call and names every result. Its own decisions, beyond the data:

* The reads: DescribeTopicAttributes for one topic (the documented read of a topic's attributes);
  DescribeTopicDetail for a listing, pages of 50. The reference marks DescribeTopicDetail as meant
  for the console, but DescribeTopic lists only names, IDs and notes, so a listing by it would cost
  one DescribeTopicAttributes per topic on top of every page. Both answers carry the settings in a
  `Config` block (retention as `Retention`), which TopicApi lifts to the request's names, so a
  result declares the topic as it is.
* Partitions grow in place with CreatePartition, which takes the new total; they never shrink, so
  a smaller partition_num is a replacement (refused without recreate: true, with the reason).
* The service's two windows: a delete within about a minute of the create, and a create of a
  name within about a minute of its delete (`[4000]10011`), are waited out (WINDOW_WAIT at most)
  and, when that does not do, end in a message that says how long to wait, never the raw code.
* Tags, which DescribeTopicAttributes never reports, are not compared and are sent again with
  every ModifyTopicAttributes.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import re
import time

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.topic import schema as topic_schema
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import (
    Actions, Comparison, Identity, Listing, ModifyRules, Resource)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.planning import Plan, compare
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError

# Letters, digits, underscores, dashes and dots (API documentation).
TOPIC_NAME_RE = re.compile(r'^[A-Za-z0-9_.-]+$')
NAME_MAX = 128
NOTE_MAX = 64
# Documented ranges: (option, lowest, highest or None, special values allowed besides the range).
RANGES = (
    ('partition_num', 1, None, ()),
    ('replica_num', 1, 3, ()),
    ('min_insync_replicas', 1, 3, ()),
    ('retention_ms', 60000, 7776000000, ()),
    ('segment_ms', 86400000, None, ()),
    ('max_message_bytes', 1024, 12582912, ()),
    ('retention_bytes', 1073741824, 1099511627776, (-1,)),
    ('quota_producer_byte_rate', 1, None, (-1,)),
    ('quota_consumer_byte_rate', 1, None, (-1,)),
)
# The options where -1 means "no limit" (the API reference's special value); a topic without a limit
# reports null for them, so a declared -1 equals that null.
NO_LIMIT = -1
NO_LIMIT_OPTIONS = ('retention_bytes', 'quota_producer_byte_rate', 'quota_consumer_byte_rate')

# Integer switches: 0 off, 1 on.
SWITCHES = ('enable_white_list', 'unclean_leader_election_enable', 'enable_acl_rule')

# The members of an answer's Config block, and the request member each one is ({Config member: request member}).
CONFIG_MEMBERS = {
    'Retention': 'RetentionMs', 'MinInsyncReplicas': 'MinInsyncReplicas', 'CleanUpPolicy': 'CleanUpPolicy',
    'SegmentMs': 'SegmentMs', 'UncleanLeaderElectionEnable': 'UncleanLeaderElectionEnable',
    'MaxMessageBytes': 'MaxMessageBytes', 'RetentionBytes': 'RetentionBytes',
    'LogMsgTimestampType': 'LogMsgTimestampType',
}
QUOTA_MEMBERS = ('QuotaProducerByteRate', 'QuotaConsumerByteRate')
# DescribeTopicDetail's Status: 0 in use, 1 deleted, 2 being deleted (both as good as gone).
GONE_STATUSES = (1, 2)

# The service refuses a delete within about this many seconds of the create, and a create of a name
# within about this many seconds of its delete.
SERVICE_WINDOW = 60
# How long a create or a delete waits out one of those windows, at most, and how often it tries again.
WINDOW_WAIT = 90
WINDOW_POLL = 5
# The service's answer to a create of a name deleted less than a minute ago.
RECREATE_WINDOW_MARK = '10011'
# Its answer to a delete too soon after the create (UnsupportedOperation.FrequencyTopicDeleteOperate).
DELETE_WINDOW_MARKS = ('frequencytopicdeleteoperate',)
# "retry in 12.5 s": how long the service says the window lasts still, when it says so.
RETRY_IN_RE = re.compile(r'retry in (\d+(?:\.\d+)?) ?s', re.IGNORECASE)


def name_errors(name):
    """Messages about a topic name the service would refuse (none when it is good or unset)."""
    if name is None:
        return []
    if not name.strip():
        return ['topic_name must not be empty']
    if len(name) > NAME_MAX or not TOPIC_NAME_RE.match(name):
        return ['topic_name may hold only letters, digits, underscores, dashes and dots, %d characters at most '
                '(it is %r, %d characters)' % (NAME_MAX, name, len(name))]
    return []


def instance_errors(instance_id):
    if instance_id is not None and (not instance_id.strip() or instance_id != instance_id.strip()):
        return ['instance_id must be an instance ID such as ckafka-abcd1234, without spaces (it is %r)' % instance_id]
    return []


def range_errors(params):
    errors = []
    for option, low, high, special in RANGES:
        value = params.get(option)
        if value is None or value in special:
            continue
        if value < low or (high is not None and value > high):
            allowed = ('from %d to %d' % (low, high)) if high is not None else ('at least %d' % low)
            if special:
                allowed += ' (or %s)' % ', '.join(str(item) for item in special)
            errors.append('%s must be %s, got %d' % (option, allowed, value))
    for option in SWITCHES:
        if params.get(option) not in (None, 0, 1):
            errors.append('%s must be 0 (off) or 1 (on), got %s' % (option, params[option]))
    replicas, in_sync = params.get('replica_num'), params.get('min_insync_replicas')
    if replicas is not None and in_sync is not None and in_sync > replicas:
        errors.append('min_insync_replicas (%d) cannot exceed replica_num (%d)' % (in_sync, replicas))
    note = params.get('note')
    if note is not None and len(note) > NOTE_MAX:
        errors.append('note must have at most %d characters, it has %d' % (NOTE_MAX, len(note)))
    return errors


def is_recreate_window(error):
    return RECREATE_WINDOW_MARK in (error.code or '') or RECREATE_WINDOW_MARK in (error.message or '')


def is_delete_window(error):
    text = ('%s %s' % (error.code or '', error.message or '')).lower()
    return any(mark in text for mark in DELETE_WINDOW_MARKS)


def retry_delay(error, left):
    """How long to wait before the next attempt inside a window: what the service says is left of it
    (plus a little), else WINDOW_POLL; never more than left."""
    found = RETRY_IN_RE.search(error.message or '')
    delay = float(found.group(1)) + 0.2 if found else WINDOW_POLL
    return max(0.1, min(delay, WINDOW_POLL, left))


def flattened(answer):
    """A topic answer (DescribeTopicAttributes or a DescribeTopicDetail item) under the request's names:
    the Config block's members at the top (Retention as RetentionMs), the quotas too, the ACL rule's
    name, and EnableWhiteList as the 0/1 the requests take (a listing reports a bool)."""
    if not answer:
        return answer
    answer = dict(answer)
    config = answer.pop('Config', None) or {}
    for member, name in CONFIG_MEMBERS.items():
        if config.get(member) is not None and answer.get(name) is None:
            answer[name] = config[member]
    quota = answer.pop('QuotaConfig', None) or {}
    for member in QUOTA_MEMBERS:
        if quota.get(member) is not None:
            answer[member] = quota[member]
    rules = answer.pop('AclRuleList', None) or []
    if rules and rules[0].get('RuleName'):
        answer['AclRuleName'] = rules[0]['RuleName']
    if isinstance(answer.get('EnableWhiteList'), bool):
        answer['EnableWhiteList'] = int(answer['EnableWhiteList'])
    for member in ('Partitions', 'RetentionTimeConfig', 'IpWhiteListCount', 'ForwardCosBucket', 'ForwardStatus',
                   'ForwardInterval', 'Status'):
        answer.pop(member, None)
    return answer


class TopicApi(ResourceApi):
    """The topic's API: ResourceApi (with the instance as the parent), plus the topic's own rules.

    * Answers are flattened to the request's names (flattened()); a listing leaves out the topics
      being deleted.
    * A Modify that grows the partitions sends CreatePartition with the new total, after the
      ModifyTopicAttributes of the other changes (when there are any).
    * A create refused inside the re-create window, and a delete refused inside the delete window,
      are tried again every WINDOW_POLL seconds for WINDOW_WAIT seconds at most; then they fail with
      a message that says how long to wait.
    """

    # Replaced by tests.
    sleep = staticmethod(time.sleep)
    clock = staticmethod(time.monotonic)

    def describe_answer(self, resource_id):
        return flattened(super(TopicApi, self).describe_answer(resource_id))

    def list_answers(self, filters, first=None):
        items = super(TopicApi, self).list_answers(filters, first)
        return [flattened(item) for item in items if item.get('Status') not in GONE_STATUSES]

    def create(self, options):
        return self._within_window(lambda: super(TopicApi, self).create(options), is_recreate_window,
                                   options.get('topic_name'), 'created', 'deleted')

    def delete(self, resource_id):
        return self._within_window(lambda: super(TopicApi, self).delete(resource_id), is_delete_window,
                                   resource_id, 'deleted', 'created')

    def modify(self, resource_id, changes):
        changes = dict(changes)
        partitions = changes.pop('partition_num', None)
        answer = None
        if any(value is not None for key, value in changes.items() if key not in Topic.modify.always_send):
            answer = super(TopicApi, self).modify(resource_id, changes)
        if partitions is not None:
            # The new total, as CreatePartition takes it; repeating it converges to the same topic.
            answer = self.call('CreatePartition', resource_id, dict(PartitionNum=partitions), idempotent=True)
        return answer

    def _within_window(self, write, in_window, topic, done, before):
        """write(), tried again while the service answers in_window, WINDOW_WAIT seconds at most."""
        started = self.clock()
        while True:
            try:
                return write()
            except CkafkaError as error:
                if not in_window(error):
                    raise
                waited = self.clock() - started
                if waited + WINDOW_POLL > WINDOW_WAIT:
                    raise CkafkaError(
                        error.code, 'the service refuses to have topic %s %s within about %d seconds of being %s, '
                        'and still did after the module waited %d seconds for it: run the task again in a minute'
                        % (self.label(topic), done, SERVICE_WINDOW, before, int(waited)),
                        request_id=error.request_id, http_status=error.http_status, action=error.action,
                        sent=error.sent)
                self.sleep(retry_delay(error, WINDOW_WAIT - waited))


class Topic(Resource):
    noun = 'topic'
    result_key = 'topic'
    plural_result_key = 'topics'
    schema = topic_schema
    api_class = TopicApi
    # The topic's name on its instance: every call takes both.
    identity = Identity(id_option='topic_name', id_member='TopicName', parent={'instance_id': 'InstanceId'})
    module_options = dict(instance_id=dict(type='str', required=True), topic_name=dict(type='str', required=True))
    listing = Listing('DescribeTopicDetail', items='TopicList', page_size=50, filters={'search_word': 'SearchWord'})
    # CreateTopic answers the service's TopicId; the identity is the request's own TopicName.
    actions = Actions(create='CreateTopic', describe='DescribeTopicAttributes', modify='ModifyTopicAttributes',
                      delete='DeleteTopic')
    # DescribeTopicAttributes never reports tags: they go out with the create and with every Modify.
    uncompared_paths = frozenset(['tags'])
    modify = ModifyRules(always_send=('tags',))
    # -1 is "no limit" for these, and the service reports a topic without a limit as null.
    comparison = Comparison(comma_sets=((topic_schema.ROOT_TYPE, 'clean_up_policy'),),
                            unordered_lists=((topic_schema.ROOT_TYPE, 'ip_white_list'),),
                            unset_values=dict(((topic_schema.ROOT_TYPE, option), NO_LIMIT) for option in NO_LIMIT_OPTIONS))
    result_keys = ('instance_id', 'topic_name', 'topic_id', 'partition_num', 'replica_num', 'note', 'retention_ms',
                   'retention_bytes', 'segment_ms', 'max_message_bytes', 'min_insync_replicas', 'clean_up_policy',
                   'unclean_leader_election_enable', 'log_msg_timestamp_type', 'enable_white_list', 'ip_white_list',
                   'enable_acl_rule', 'acl_rule_name', 'quota_producer_byte_rate', 'quota_consumer_byte_rate', 'tags',
                   'create_time')
    not_found_codes = ('ResourceNotFound', 'ResourceUnavailable', 'InvalidParameterValue.TopicNotExists')

    @classmethod
    def validate(cls, params):
        return instance_errors(params.get('instance_id')) + name_errors(params.get('topic_name')) + range_errors(params)

    @classmethod
    def id_errors(cls, value):
        return name_errors(value)

    @classmethod
    def compare(cls, params, current, by_id):
        """The generic plan, except that more partitions are added in place (CreatePartition)."""
        plan = compare(cls, params, current, by_id)
        # tags go with every Modify, when there are any to send
        changes = dict((option, value) for option, value in plan.changes.items() if value is not None)
        wanted, now = params.get('partition_num'), (current or {}).get('partition_num')
        if 'partition_num' not in plan.replacement_paths or wanted is None or now is None or wanted < now:
            return Plan(plan.paths, plan.replacement_paths, changes, plan.visible)
        changes['partition_num'] = wanted
        visible = dict(plan.visible, partition_num=wanted)
        return Plan(plan.paths, [path for path in plan.replacement_paths if path != 'partition_num'], changes, visible)

    @classmethod
    def replacement_note(cls, params, current, paths):
        if 'partition_num' in paths:
            return ('A topic\'s partitions only grow (CreatePartition adds them, nothing removes them): %s partitions '
                    'need a new topic, and a recreate loses every message in it.' % params.get('partition_num'))
        return None

    @classmethod
    def recreate_warning(cls, resource_id, params):
        return ('recreate: the topic %s of instance %s is deleted and created again: every message in it is lost, and '
                'the service takes about a minute before it accepts the name again (the module waits up to %d seconds)'
                % (resource_id, params.get('instance_id'), WINDOW_WAIT))
