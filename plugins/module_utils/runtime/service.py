# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The API calls of one resource, by its description: the only place its API names meet a client.

Reads treat "not found" (and a gone status) as None. Writes are not repeated here: after an
unknown outcome the caller (safe_writes.py) reads the resource again and decides.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.naming import to_api
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import result_of


class ResourceApi:
    """The actions of one resource (a Resource description) over one client.

    parent: {API name: value} of the resource's parent (Identity.parent: a topic's InstanceId), sent
    with every call and set in every answer that lacks it; the run sets it from the options
    (Identity.parent_of), empty for a resource without a parent.
    """

    def __init__(self, client, resource, parent=None):
        self.client = client
        self.resource = resource
        self.parent = dict(parent or {})

    def label(self, resource_id):
        """resource_id as a message names it: with the parent when there is one (orders of instance ckafka-1)."""
        if not self.parent:
            return resource_id
        return '%s of %s' % (resource_id, ', '.join(
            '%s %s' % (option.split('_')[0] if option.endswith('_id') else option, self.parent[member])
            for option, member in sorted(self.resource.identity.parent.items()) if member in self.parent))

    def with_parent(self, answer):
        """answer (API names) with the parent's members it lacks (a topic's InstanceId), so results name it."""
        if not self.parent or not isinstance(answer, dict):
            return answer
        return dict(self.parent, **answer)

    def call(self, action, resource_id, body=None, idempotent=False):
        """action about the existing resource resource_id: a failure names it."""
        request = dict(self.parent)
        request.update(body or {})
        request[self.resource.identity.id_member] = resource_id
        try:
            return self.client.call(action, request, idempotent=idempotent)
        except CkafkaError as error:
            if error.resource_id is None:
                error.resource_type, error.resource_id = self.resource.noun, self.label(resource_id)
            raise

    def is_gone(self, answer):
        statuses = self.resource.statuses
        return not answer or (statuses is not None and answer.get('Status') in statuses.gone)

    # Reads: safe to repeat, so the client retries them.

    def describe_answer(self, resource_id):
        """The describe answer (API names), or None when the resource does not exist or is gone."""
        try:
            answer = self.call(self.resource.actions.describe, resource_id, idempotent=True).get('Result')
        except CkafkaError as error:
            if self.resource.is_not_found(error):
                return None
            raise
        if self.parent and answer:
            # a describe answer may name neither the resource nor its parent (DescribeTopicAttributes)
            answer = self.with_parent(dict(answer, **{self.resource.identity.id_member: answer.get(
                self.resource.identity.id_member) or resource_id}))
        return None if self.is_gone(answer) else answer

    def result_of(self, answer):
        """The result of an answer object of this resource (a describe answer or a list item)."""
        return result_of(self.resource, answer)

    def describe(self, resource_id):
        """The result of the resource, or None."""
        return self.result_of(self.describe_answer(resource_id))

    def list_answers(self, filters):
        """Every list item (API names) matching filters ({API name: value}), gone ones left out."""
        # Imported here: a run by id never lists (see runtime/runner.py on imports).
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.paging import all_pages  # pylint: disable=import-outside-toplevel
        items = all_pages(self.client, self.resource.listing, dict(filters, **self.parent), self.resource.identity.id_member)
        return [self.with_parent(item) for item in items if not self.is_gone(item)]

    # Writes.

    def create(self, options):
        """The create action with options (option names, converted here); returns the new id.

        A repeated create after an unknown outcome is safe_writes.create_once's: it chooses a
        client-chosen id before its first attempt and passes it in options every time.
        """
        actions = self.resource.actions
        request = dict(self.parent)
        request.update(to_api(options, self.resource.schema.API_NAME_TREE))
        answer = self.client.call(actions.create, request, idempotent=False).get('Result') or {}
        return (answer.get(actions.created_id) if actions.created_id else None) or options.get(self.resource.identity.id_option)

    def modify(self, resource_id, changes):
        """The modify action with changes ({option: value}), named by the schema's Modify tree."""
        body = to_api(changes, self.resource.schema.MODIFY_API_NAME_TREE)
        # Setting the same values twice converges to the same resource.
        return self.call(self.resource.actions.modify, resource_id, body, idempotent=True)

    def delete(self, resource_id):
        return self.call(self.resource.actions.delete, resource_id)

    def act(self, name, resource_id):
        """The extra action name (pause, resume, ...) of the description."""
        return self.call(self.resource.actions.extra[name].api_name, resource_id)
