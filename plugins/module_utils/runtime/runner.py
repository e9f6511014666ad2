# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The base classes of the modules that manage a resource, and of their info modules.

A module is a subclass naming its description (plugins/module_utils/resources/<name>/description.py);
the runtime does the rest. A module file holds its documentation and::

    class DatahubTopicModule(ResourceModule):
        resource = DatahubTopic

    def main():
        DatahubTopicModule.main()

and an info module::

    class DatahubTopicInfo(ResourceInfoModule):
        resource = DatahubTopic

One run is the engine's (engine.py) for a list of one declaration: check the options, read the
resource, decide (decision.py, no calls), write (writer.py: never repeated blindly) and wait, shape
the result.

The argument spec is the common options, the schema's PARAMETER_SPEC, the options only Modify
takes (Resource.create_omits), state (Resource.states), wait/wait_timeout (when the resource has
statuses), recreate, and the module's own extra_options.

Results: result[resource.result_key] (the resource, resource.result_keys, secrets left out: as read,
as written, as predicted in check mode, or what a delete deleted; None when there was none),
result[identity.id_option] (its id), recreated (true when the run replaced it, or would in check
mode) and previous_<id_option> (the id of the resource replaced, else None); diff {before, after}
in diff mode, secrets masked, both sides shaped the same way (results.py).
A recreate is announced by a warning naming the paths that differ. A resource in a failed status
(Statuses.failed) is replaced with recreate=true even when no option differs; without it, state=present
fails naming it and quoting the service's error message.
Failures: msg names the resource; replacement_required/differing_paths/differences (path, current,
wanted; secrets masked) and diff (those paths only, not the resource) when an option Modify cannot
change differs and recreate is false; status/timed_out when a wait failed; error_code/request_id
of a failed call; validation_errors for bad options (before any call).
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.arguments import common_argument_spec
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.base import CkafkaModule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import known_after
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.conditions import invalid_options
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.engine import Engine, Step, diff_of, outcome, previous_id_key
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.lookup import listed
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.results import lists_left_out
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.service import ResourceApi
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError


class ResourceBase(CkafkaModule):
    """What a module and an info module of a resource share: the description and its API."""

    # The Resource subclass this module manages (set by each module).
    resource = None
    # The module's own options beyond the description's (its module_options): {name: spec}.
    extra_options = {}

    def __init__(self, module):
        super(ResourceBase, self).__init__(module)
        self._api = None

    @property
    def api(self):
        """The ResourceApi of this run (built on first use, with the client)."""
        if self._api is None:
            self._api = (self.resource.api_class or ResourceApi)(self.client, self.resource)
            # the parent of a resource it holds (a topic's instance) goes with every call
            self._api.parent = self.resource.identity.parent_of(self.params)
        return self._api

    @classmethod
    def module_arguments(cls):
        """AnsibleModule keyword arguments besides the spec (required_one_of, mutually_exclusive, ...)."""
        return {}

    @classmethod
    def create_module(cls):
        cls.module_kwargs = cls.module_arguments()
        return super(ResourceBase, cls).create_module()


class ResourceModule(ResourceBase):
    """Base of a module that declares one resource: present/absent, and the resource's own states."""

    @classmethod
    def argument_spec(cls):
        resource = cls.resource
        options = dict(resource.schema.PARAMETER_SPEC)
        options['state'] = dict(type='str', default='present', choices=list(resource.states))
        if resource.statuses is not None:
            options.update(wait=dict(type='bool', default=True), wait_timeout=dict(type='int', default=600))
        options['recreate'] = dict(type='bool', default=False)
        options.update((name, dict(type=kind)) for name, kind in resource.create_omits().items())
        options.update(resource.module_options)
        options.update(cls.extra_options)
        return common_argument_spec(**options)

    @classmethod
    def module_arguments(cls):
        identity = cls.resource.identity
        return dict(required_one_of=[tuple(name for name in (identity.name_option, identity.id_option) if name)])

    def __init__(self, module):
        super(ResourceModule, self).__init__(module)
        resource = self.resource
        self.identity = resource.identity
        self.result.update({resource.result_key: None, self.identity.id_option: None, 'recreated': False,
                            self.previous_id_key: None})

    @property
    def previous_id_key(self):
        """The result key of the id of a resource replaced by a recreate (previous_task_id)."""
        return previous_id_key(self.resource)

    # ---- the run: the engine's, for a list of one ---------------------------------------------

    def run(self):
        """Check the options, then the engine: read, decide (no calls), write and wait (in check mode:
        predict); shape the result."""
        self.check_options()
        engine = Engine(self.resource, lambda: self.api, self.module.check_mode, wait=self.params.get('wait'),
                        wait_timeout=self.params.get('wait_timeout') or 600, delays=self.client.retry_policy.delays())
        step = Step(self.params, self.resource)
        steps = [step]
        engine.read(steps)
        # Whatever fails from here on, the result says which resource it was about.
        self.set_result(step.current)
        engine.decide(steps)
        self.report(step)
        if self.module.check_mode:
            engine.predict(steps)
        else:
            engine.apply(steps)
        self.result['changed'] = step.changed
        if step.error is not None:
            self.fail_step(step)
        self.result.update(outcome(self.resource, step))
        diff = diff_of(self.resource, step)
        if self.module._diff and diff is not None:
            self.result['diff'] = diff

    def check_options(self):
        """Options the service would refuse, before any call."""
        placeholders = known_after.placeholder_paths(self.params)
        if placeholders and not self.module.check_mode:
            self.fail(known_after.refusal(placeholders))
        errors = [error for error in invalid_options(self.resource, self.params)
                  if not (placeholders and known_after.PLACEHOLDER in error)]
        if errors:
            self.fail('invalid %s options: %s' % (self.resource.noun, '; '.join(errors)), validation_errors=errors)

    def report(self, step):
        """Fail for a declaration that cannot be carried out (nothing was written); warn; announce a replacement."""
        if step.error is not None:
            self.fail_step(step)
        failure = step.failure
        if failure is not None:
            extra = dict(failure.extra)
            if 'diff' in extra:
                # the paths that differ, not the whole resource
                self.result[self.resource.result_key] = None
                if not self.module._diff:
                    extra.pop('diff')
            self.fail(str(failure), **extra)
        for warning in step.warnings:
            self.module.warn(warning)
        if step.kind is not None:
            self.result.update((key, value) for key, value in outcome(self.resource, step).items()
                               if key in ('recreated', self.previous_id_key))

    def fail_step(self, step):
        """The failure of a step's write or wait, with what the result knows of the resource."""
        error = step.error
        if step.resource_id and step.wrote:
            self.result[self.identity.id_option] = step.resource_id
        self.result['changed'] = step.wrote
        extra = dict(getattr(error, 'extra', None) or {})
        if hasattr(error, 'timed_out'):
            # a wait: the resource as it read last
            if error.resource is not None:
                self.result[self.resource.result_key] = error.resource
            self.fail(str(error), timed_out=error.timed_out, status=error.status)
        if isinstance(error, CkafkaError):
            self.fail(str(error), error=error)
        if isinstance(error, Exception) and not hasattr(error, 'extra'):
            raise error
        self.fail(str(error), error=getattr(error, 'error', None), **extra)

    def set_result(self, result, resource_id=None):
        """The resource in the result (a result dict or None) and its id."""
        self.result[self.resource.result_key] = result
        self.result[self.identity.id_option] = (result or {}).get(self.identity.id_option) or resource_id


class ResourceInfoModule(ResourceBase):
    """Base of an info module: one resource by its id, or every one matching the listing's filters.

    Options: the id option, the exact name option, and listing.filters. The result is
    result[resource.plural_result_key] (default: the noun's plural): a list (empty when nothing matches) of results with the
    same keys as the module's. Never writes; changed is always false.
    """

    @classmethod
    def filter_options(cls):
        """The listing's filter options and the exact name option, in that order."""
        names = list(cls.resource.listing.filters)
        name_option = cls.resource.identity.name_option
        if name_option and name_option not in names:
            names.insert(1, name_option)
        return names

    @classmethod
    def argument_spec(cls):
        parameters = cls.resource.schema.PARAMETER_SPEC
        options = {cls.resource.identity.id_option: dict(type='str')}
        # the parent (a topic's instance): every read is within it
        options.update((option, dict(type='str', required=True)) for option in cls.resource.identity.parent)
        for name in cls.filter_options():
            options[name] = dict(type='str')
            if parameters.get(name, {}).get('choices'):
                options[name]['choices'] = list(parameters[name]['choices'])
        options.update(cls.extra_options)
        return common_argument_spec(**options)

    @classmethod
    def module_arguments(cls):
        return dict(mutually_exclusive=[(cls.resource.identity.id_option, name) for name in cls.filter_options()])

    def run(self):
        self.result[self.resource.plural_result_key or self.resource.nouns()] = self.read()

    def read(self):
        resource = self.resource
        identity = resource.identity
        resource_id = self.params[identity.id_option]
        if resource_id is not None:
            if not resource_id.strip():
                self.fail('%s must not be empty' % identity.id_option)
            errors = resource.id_errors(resource_id)
            if errors:
                self.fail('invalid %s options: %s' % (resource.noun, '; '.join(errors)), validation_errors=errors)
            found = self.api.describe(resource_id)
            return [found] if found else []
        filters = dict((api_name, self.params.get(option)) for option, api_name in resource.listing.filters.items())
        name = self.params.get(identity.name_option) if identity.name_option else None
        found = listed(self.api, filters, name)
        # by its exact name a resource reads as by its id: described when the list item lacks a list (one read of
        # one resource); a listing by filters shows what the list answer carries
        read = [self.api.describe(item[identity.id_member]) if name and lists_left_out(resource, item) else self.api.result_of(item)
                for item in found]
        return [result for result in read if result is not None]
