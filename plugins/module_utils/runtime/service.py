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
    """The actions of one resource (a Resource description) over one client."""

    def __init__(self, client, resource, with_secrets=False):
        self.client = client
        self.resource = resource
        # Whether results carry the resource's secret_members (only when the module asks).
        self.with_secrets = with_secrets
        # Ids of the Create requests sent so far (client-chosen ids).
        self._created_ids = set()
        # Whether a Create without an id gets one chosen here (actions.new_id); off once the service
        # refused a client-chosen id (safe_writes.create_once).
        self.chooses_ids = resource.actions is not None and resource.actions.new_id is not None

    def call(self, action, resource_id, body=None, idempotent=False):
        """action about the existing resource resource_id: a failure names it."""
        request = dict(body or {})
        request[self.resource.identity.id_member] = resource_id
        try:
            return self.client.call(action, request, idempotent=idempotent)
        except CkafkaError as error:
            if error.resource_id is None:
                error.resource_type, error.resource_id = self.resource.noun, resource_id
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
        return None if self.is_gone(answer) else answer

    def result_of(self, answer):
        """The result of an answer object of this resource (a describe answer or a list item)."""
        return result_of(self.resource, answer, self.with_secrets)

    def describe(self, resource_id):
        """The result of the resource, or None."""
        return self.result_of(self.describe_answer(resource_id))

    def list_answers(self, filters):
        """Every list item (API names) matching filters ({API name: value}), gone ones left out."""
        # Imported here: a run by id never lists (see runtime/runner.py on imports).
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.paging import all_pages  # pylint: disable=import-outside-toplevel
        items = all_pages(self.client, self.resource.listing, filters, self.resource.identity.id_member)
        return [item for item in items if not self.is_gone(item)]

    # Writes.

    def create(self, request):
        """The create action with request (API names); returns the new id.

        With a client-chosen id (actions.new_id) the request gets one when it has none, set in
        request itself so that the caller's next attempt carries the same one: a repeated create
        after an unknown outcome then cannot make a second resource, the service refuses it as a
        repetition, which means that the earlier attempt went through.
        """
        actions = self.resource.actions
        id_member = self.resource.identity.id_member
        if self.chooses_ids and not request.get(id_member):
            request[id_member] = actions.new_id()
        sent_id = request.get(id_member)
        repeated = sent_id is not None and sent_id in self._created_ids
        self._created_ids.add(sent_id)
        try:
            answer = self.client.call(actions.create, request, idempotent=False).get('Result') or {}
        except CkafkaError as error:
            if repeated and actions.repeated_code and error.code == actions.repeated_code:
                return sent_id
            raise
        return (answer.get(actions.created_id) if actions.created_id else None) or sent_id

    def modify(self, resource_id, changes):
        """The modify action with changes ({option: value}), named as the modify rules say."""
        rules = self.resource.modify
        tree = rules.name_tree or self.resource.schema.API_NAME_TREE
        names = dict((option, (rules.options[option], tree[option][1] if option in tree else None)) for option in changes)
        body = to_api(changes, names)
        # Setting the same values twice converges to the same resource.
        return self.call(self.resource.actions.modify, resource_id, body, idempotent=True)

    def delete(self, resource_id):
        return self.call(self.resource.actions.delete, resource_id)

    def act(self, name, resource_id):
        """The extra action name (pause, resume, ...) of the description."""
        return self.call(self.resource.actions.extra[name].api_name, resource_id)
