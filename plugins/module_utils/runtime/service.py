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

    def __init__(self, client, resource):
        self.client = client
        self.resource = resource

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
        return result_of(self.resource, answer)

    def describe(self, resource_id):
        """The result of the resource, or None."""
        return self.result_of(self.describe_answer(resource_id))

    def list_answers(self, filters, first=None):
        """Every list item (API names) matching filters ({API name: value}), gone ones left out; first:
        the first page, when it was read already (paging.first_page)."""
        # Imported here: a run by id never lists (see runtime/engine.py on imports).
        from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.paging import all_pages  # pylint: disable=import-outside-toplevel
        items = all_pages(self.client, self.resource.listing, filters, self.resource.identity.id_member, first)
        return [item for item in items if not self.is_gone(item)]

    # Writes.

    def create(self, options):
        """The create action with options (option names, converted here); returns the new id.

        A repeated create after an unknown outcome is safe_writes.create_once's: it chooses a
        client-chosen id before its first attempt and passes it in options every time.
        """
        actions = self.resource.actions
        request = to_api(options, self.resource.schema.API_NAME_TREE)
        answer = self.client.call(actions.create, request, idempotent=False).get('Result') or {}
        return (answer.get(actions.created_id) if actions.created_id else None) or options.get(self.resource.identity.id_option)

    def modify(self, resource_id, changes):
        """The modify action with changes ({option: value}), named by the schema's Modify tree."""
        body = to_api(changes, self.resource.schema.MODIFY_API_NAME_TREE)
        # Setting the same values twice converges to the same resource.
        return self.call(self.resource.actions.modify, resource_id, body, idempotent=True)

    def delete(self, resource_id):
        return self.call(self.resource.actions.delete, resource_id)

    def extra_action(self, name, resource_id):
        """The extra action name (pause, resume, ...) of the description: one call (Writer.act repeats
        it only when a read shows it did not happen)."""
        return self.call(self.resource.actions.extra[name].api_name, resource_id)
