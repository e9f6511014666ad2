# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The base class of every module in this collection: its AnsibleModule, client, failures and warnings."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.arguments import build_module
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.connection import connect
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError


class CkafkaModule:
    """Base of every module: builds the client on first use and turns errors into results.

    Subclasses define argument_spec() and run(); main() is then
    `SubClass.main()`.
    """

    supports_check_mode = True
    module_kwargs = {}

    def __init__(self, module):
        self.module = module
        self.params = module.params
        self.result = dict(changed=False)
        self._client = None

    @classmethod
    def argument_spec(cls):
        raise NotImplementedError

    @classmethod
    def create_module(cls):
        """The AnsibleModule of the run, built once with the whole spec (runtime/arguments.py)."""
        return build_module(cls.argument_spec(), cls.supports_check_mode, explain=cls.explain_refusal, **cls.module_kwargs)

    @classmethod
    def explain_refusal(cls, params, msg):
        """A message of the module's own when Ansible refuses the arguments (as given, params):
        (msg, extra result keys), or None for Ansible's."""
        return None

    @classmethod
    def main(cls):
        cls(cls.create_module()).execute()

    @classmethod
    def of(cls, resource, **settings):
        """This kind of module for resource (a Resource description), with settings as class attributes:
        how a module file that adds no behaviour of its own declares its module class."""
        return type('%s(%s)' % (cls.__name__, resource.__name__), (cls,), dict(settings, resource=resource))

    def param_is_defined(self, name):
        """Whether the user set name (a value that is not None)."""
        return self.params.get(name) is not None

    @property
    def client(self):
        if self._client is None:
            self._client = self.build_client()
        return self._client

    def build_client(self):
        return connect(self)

    def run(self):
        raise NotImplementedError

    def execute(self):
        try:
            self.run()
        except CkafkaError as error:
            self.fail(str(error), error=error)
        self.exit()

    def _collect_client_warnings(self):
        if self._client is not None:
            for warning in self._client.warnings:
                self.module.warn(warning)
            self._client.warnings = []

    def fail(self, msg, error=None, **extra):
        """fail_json with what is known: error_code and request_id of a service error, and the result so far."""
        self._collect_client_warnings()
        result = dict(self.result)
        if error is not None:
            result.update(error.to_result())
        result.update(extra)
        result.pop('failed', None)
        self.module.fail_json(msg=msg, **result)

    def exit(self):
        self._collect_client_warnings()
        self.module.exit_json(**self.result)
