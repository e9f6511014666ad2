# -*- coding: utf-8 -*-
# Copyright: tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The description of a resource: the data the runtime needs to manage it.

A resource (DIP task, connection, DIP topic) is described by one subclass of Resource in
`plugins/module_utils/resources/<resource>/description.py`: its generated schema module, identity, listing,
actions, statuses, modify rules, secrets and result keys, plus the few hooks that are truly its own.
Everything else (lookup, paging, waits, safe writes, comparison, check mode, diff, results) is the
runtime's (runtime/runner.py and the files it imports). Inside a run everything is named by option
names (snake_case); API names appear only in these descriptions and at the call.

Minimal description (see resources/datahub_task/description.py for a complete one)::

    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.resources.datahub_topic import schema as datahub_topic_schema
    from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import (
        Actions, Identity, Listing, ModifyRules, Resource)

    class DatahubTopic(Resource):
        noun = 'topic'
        result_key = 'topic'
        schema = datahub_topic_schema
        identity = Identity(id_option='name', id_member='Name')
        actions = Actions(create='CreateDatahubTopic', describe='DescribeDatahubTopic',
                          modify='ModifyDatahubTopic', delete='DeleteDatahubTopic')
        listing = Listing('DescribeDatahubTopics', items='TopicList', page_size=100,
                          filters={'search_word': 'SearchWord'})
        modify = ModifyRules(always_send=('retention_ms',))
        result_keys = ('name', 'topic_name', 'topic_id', 'partition_num', 'retention_ms', 'note', 'status')
        not_found_codes = ('ResourceNotFound',)
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import matches_code

# The goal of a wait for a resource to disappear (a delete), beside sets of statuses.
GONE = 'gone'


class Identity:
    """How one resource is identified and found.

    id_option / id_member: the option and API member of the identity (task_id / TaskId). The
        describe action takes {id_member: value}; Modify, Delete and extra actions take it too.
        A resource identified by its name only (DIP topic: Name) sets id_option='name',
        id_member='Name' and no name_option.
    name_option / name_member: the option and answer member of the name (task_name / TaskName).
        Without the id option, the resource is the one whose name is exactly the given name
        (with the scope options), over every page of the listing; more than one fails with the ids.
        The name is compared (and changed by Modify) only when the identity is the id.
    scope: {option: API name} of options that narrow the name, sent as list filters and matched
        exactly against the answer member of the same API name (task_type -> TaskType).
    parent: {option: API name} of the resource that holds this one (a CKafka topic's instance:
        {'instance_id': 'InstanceId'}). Part of the identity: required, never compared nor changed,
        sent with every call of the resource (reads, writes, every page of a listing), and set in
        every answer that lacks it, so results name it.
    """

    def __init__(self, id_option, id_member, name_option=None, name_member=None, scope=None, parent=None):
        self.id_option = id_option
        self.id_member = id_member
        self.name_option = name_option
        self.name_member = name_member
        self.scope = dict(scope or {})
        self.parent = dict(parent or {})

    def parent_of(self, params):
        """{API name: value} of the parent options params set (empty without a parent)."""
        return dict((member, params[option]) for option, member in self.parent.items() if params.get(option) is not None)


class Listing:
    """The list action and how its pages are read.

    action: e.g. DescribeDatahubTasks; every page is followed (Offset/Limit).
    items / total: members of the answer's Result holding the page and the total count.
    page_size: the largest page the action serves (Limit).
    search: the API name of the loose search filter the name lookup sends (SearchWord).
    filters: {option: API name} of the filters an info module offers (search_word -> SearchWord).
    """

    def __init__(self, action, items, total='TotalCount', page_size=100, search='SearchWord', filters=None):
        self.action = action
        self.items = items
        self.total = total
        self.page_size = page_size
        self.search = search
        self.filters = dict(filters or {})


class ExtraAction:
    """An action beyond create/modify/delete that moves the resource between statuses (pause, ...).

    api_name: the action (PauseDatahubTask); it takes {identity.id_member: id}.
    goal: the status it ends in (PAUSED); the wait after it aims there.
    done: statuses that show it went through, read after an unknown outcome (PAUSED, PAUSING):
        the action is then not sent again.
    """

    def __init__(self, api_name, goal, done):
        self.api_name = api_name
        self.goal = goal
        self.done = frozenset(done)


class Actions:
    """The API actions of a resource.

    create / describe / modify / delete: action names; modify None when nothing changes in place.
    extra: {name: ExtraAction} (pause, resume, restart) used by Resource.state_action.
    new_id: a function returning a fresh client-chosen id, set as the id member of a Create request
        that has none (DIP task: task-xxxxxxxx). A create repeated after an unknown outcome then
        carries the same id, and the service's repeated_code answer to it means the first went through.
    repeated_code: the error code of a Create whose id exists already (with new_id).
    created_id: the member of Create's Result holding the new id (TaskId); None when the request's
        own id member is the id (a topic's Name).
    """

    def __init__(self, create, describe, delete, modify=None, extra=None, new_id=None, repeated_code=None,
                 created_id=None):
        self.create = create
        self.describe = describe
        self.modify = modify
        self.delete = delete
        self.extra = dict(extra or {})
        self.new_id = new_id
        self.repeated_code = repeated_code
        self.created_id = created_id


class Statuses:
    """The status member of a resource and what each value means.

    names: {value: word}; the result's status_name.
    ready: the status a create ends in (1 running); the default goal of a wait after a write.
    creating: the status a create starts in (0 creating): the result of a create not waited for.
    transient: statuses on the way somewhere (creating, deleting, pausing, resuming).
    failed: statuses a wait stops at with the service's error message.
    settled: statuses where a transition has ended, well or badly (running, paused, failed ones).
    deleting: the status of a resource being deleted (as good as gone unless state=absent).
    delete_failed: the status a failed delete leaves (ends a wait for the resource to go).
    gone: statuses that mean the resource does not exist any more (3 deleted): read as None.
    expected: {transient: settled} what a transient turns into when all goes well (check mode).
    state_goals: {state: status} goals of states other than ready (paused -> 6).
    member: the result key of the status (status).
    """

    def __init__(self, names, ready, creating=None, transient=(), failed=(), settled=(), deleting=None,
                 delete_failed=None, gone=(), expected=None, state_goals=None, member='status'):
        self.names = dict(names)
        self.ready = ready
        self.creating = creating
        self.transient = frozenset(transient)
        self.failed = frozenset(failed)
        self.settled = frozenset(settled) | self.failed
        self.deleting = deleting
        self.delete_failed = delete_failed
        self.gone = frozenset(gone)
        self.expected = dict(expected or {})
        self.state_goals = dict(state_goals or {})
        self.member = member

    def name(self, status):
        return None if status is None else self.names.get(status)

    def is_settled(self, status):
        return status in self.settled

    def goal(self, state):
        """The status a resource ends in under state after a create or a change."""
        return self.state_goals.get(state, self.ready)


class ModifyRules:
    """What the modify action needs beyond its request tree.

    What Modify changes in place, and under which names, is the schema's Modify tree
    (MODIFY_API_NAME_TREE, generated from the schema file's modify_root): its top-level members
    but the identity (Resource.modify_options); every other compared option that differs needs a
    replacement. The options that tree has and the Create spec has not are those Create does not
    take (Resource.create_omits): compared like the others, and applied by a Modify right after a
    create.

    always_send: options the Modify request needs every time (a topic's retention_ms): taken from
        the options when set, else from the resource as read.
    """

    def __init__(self, always_send=()):
        self.always_send = tuple(always_send)


class Variant:
    """A member that selects the kind of an object, and so its one parameter block (DatahubResource's type).

    option: the selecting option (type).
    values: the values the API documents. Any other value is refused before any call, with the
        documented spelling suggested when only the case differs (es -> ES). None when the member has
        choices in the schema: Ansible's argument validation refuses other values first.
    blocks: {block option: values it belongs to}; None: from the schema's rules ("type is KAFKA, so
        kafka_param is required"). A block set beside a value it does not belong to is refused
        (kafka_param beside ES), rather than sent for the service to ignore or refuse.
    """

    def __init__(self, option, values=None, blocks=None):
        self.option = option
        self.values = None if values is None else tuple(values)
        self.blocks = None if blocks is None else dict((block, frozenset(kinds)) for block, kinds in blocks.items())


class Comparison:
    """Normalisation rules of member values, by (object type, option): data for the comparison.

    comma_sets: members whose value is a comma-separated list where order and spacing carry no meaning.
    unordered_lists: lists of scalars whose order carries no meaning.
    tag_lists: top-level options that are lists of tag_key/tag_value pairs, compared as sets.
    unset_values: {(object type, option): value} of the members where that value means what the
        service's null means (a topic's quotas and retention_bytes: -1 is "no limit", and a topic
        without a limit reports null). Declared, it equals a null; after a create it needs no Modify.
    """

    def __init__(self, comma_sets=(), unordered_lists=(), tag_lists=('tags',), unset_values=None):
        self.comma_sets = frozenset(comma_sets)
        self.unordered_lists = frozenset(unordered_lists)
        self.tag_lists = frozenset(tag_lists)
        self.unset_values = dict(unset_values or {})


# Values a resource class derives from its schema alone, computed once per class and schema: a fleet
# plan asks for them for every entry.
_DERIVED = {}


def derived(cls, name, compute):
    """A copy of compute()'s dict for cls, computed again only when cls's schema is another object (tests
    swap schemas; the cache holds the schema it was computed from, so no reused id can match)."""
    # nothing cached yet: _DERIVED stands for "no schema" (no schema is that dict)
    schema, value = _DERIVED.get((cls, name), (_DERIVED, None))
    if schema is not cls.schema:
        schema, value = cls.schema, compute()
        _DERIVED[(cls, name)] = (schema, value)
    return dict(value)


class Resource:
    """The description of one resource; subclass it and set the class attributes.

    noun: the word messages use ("DeleteDatahubTask of task task-1 failed ...", "2 tasks are named x").
    result_key: the result key of the resource in the module (task); the info module returns a list
        under plural_result_key (tasks).
    schema: the generated schema module (resources/<name>/schema.py): PARAMETER_SPEC, API_NAME_TREE, OPTION_NAME_TREE,
        PATH_TYPES, TYPES, NO_LOG_PATHS, SERVICE_FILLED_PATHS, REQUIRED_FOR_CREATE, CONDITIONS, and
        MODIFY_API_NAME_TREE/MODIFY_PATH_TYPES when the resource changes in place.
    identity, listing, actions, statuses (None: the resource has no status; no waits), modify,
    comparison: see the classes above.
    variants: {object type: Variant} of the objects whose kind selects their parameter block.
    result_keys: the top-level keys a result may have, in their order; a result has those that are set,
        and always the id, the name, the status and status_name (results.py); status_name is added
        when statuses are set.
    result_lists: result keys outside the schema's options that are lists (connections, step_list):
        a list item that leaves one out is described for it (lookup.find).
    secret_members: answer members that are secrets beyond the schema's no_log paths (a topic's
        UserName/Password); left out of every result unless the module asks for them. Members
        whose name contains pass/secret/token/credential are always left out.
    not_found_codes: error codes (or their first dotted part) that mean "does not exist": a read
        answering one becomes None.
    answer_renames: {answer member: option} of the members an answer reports under another name
        than the request trees (a task's TasksMax is reported as TaskMax).
    empty_strings_allowed: (object type, option) of required string members where "" is a meaningful
        value; any other required nested string given empty (or null) is refused before any call.
    states: the values of the state option; present and absent are the runtime's, any other is
        brought about by state_action.
    api_class: the ResourceApi subclass of the resource, when its calls have rules of their own
        (default: runtime/service.py's ResourceApi).
    uncompared_paths: option paths never compared beyond the schema's SERVICE_FILLED_PATHS (members
        the service never reports, such as a topic's tags); they go out with create and Modify. A
        member the service never returns is, for the same reason, not required of a resource that
        exists: only a create needs it (create_requirements).
    creates_by_id: whether a create may name the id option (false when the service chooses the id:
        an id that finds nothing is then an error, not a create).

    Hooks (override only what is the resource's own):
    validate(params): messages about option values, before any call.
    state_action(state, status): (extra action name or None, error or None) for states other than
        present/absent.
    refuse_delete(current, api): a message when current (a result) must not be deleted, else None;
        api (runtime/service.py's ResourceApi) reads more when the result lacks what it needs.
    compare(params, current, by_id): the resource's own planning.Plan, when the generic comparison
        cannot shape its Modify request, or sends write-only secrets no comparison can see
        (optional; see resources/connect_resource/description.py).
    create_problems(params): messages about what a create lacks beyond the required options.
    id_errors(value): messages about an id value the service would refuse, checked by the info module.
    recreate_warning(resource_id, params): a warning of what a recreate loses, or None.
    replacement_note(params, current, paths): a sentence the failure of a replacement adds (a topic's
        partitions, which only grow), or None.

    module_options: {name: spec} of the options beyond the schema's parameters that every module
    declaring the resource takes, the singular one and each entry of the fleet one (an identity the
    parameters lack, a write rule such as a connection's update_password).
    """

    noun = 'resource'
    result_key = 'resource'
    plural_result_key = None
    schema = None
    identity = None
    listing = None
    actions = None
    statuses = None
    modify = ModifyRules()
    comparison = Comparison()
    variants = {}
    result_keys = ()
    result_lists = ()
    secret_members = ()
    not_found_codes = ('ResourceNotFound',)
    answer_renames = {}
    empty_strings_allowed = ()
    states = ('present', 'absent')
    api_class = None
    uncompared_paths = frozenset()
    creates_by_id = True
    module_options = {}

    @classmethod
    def nouns(cls):
        return cls.noun + 's'

    @classmethod
    def create_requirements(cls):
        """The top-level options a create needs (the Create request's required members)."""
        return tuple(cls.schema.REQUIRED_FOR_CREATE)

    @classmethod
    def modify_options(cls):
        """{option: (API name, subtree)} of what Modify changes in place: its tree but the identity."""
        def compute():
            tree = getattr(cls.schema, 'MODIFY_API_NAME_TREE', None) or {}
            return dict((option, names) for option, names in tree.items()
                        if option != cls.identity.id_option and option not in cls.identity.parent)
        return derived(cls, 'modify_options', compute)

    @classmethod
    def create_omits(cls):
        """{option: type} of the values Modify takes and Create does not (applied by a Modify after a create).

        A parameter block Modify takes for a kind Create cannot make (a connection's CTSDB block)
        is no option: no resource a module made has that kind.
        """
        def compute():
            schema = cls.schema
            modify_type = getattr(schema, 'MODIFY_PATH_TYPES', {}).get('')
            members = schema.TYPES.get(modify_type, {})
            return dict((option, members[option]['type']) for option in cls.modify_options()
                        if option not in schema.PARAMETER_SPEC and members[option]['type'] != 'dict')
        return derived(cls, 'create_omits', compute)

    @classmethod
    def reported_as(cls, option):
        """The top-level answer member that reports option (TaskMax for tasks_max)."""
        for member, renamed in cls.answer_renames.items():
            if renamed == option:
                return member
        names = cls.schema.API_NAME_TREE.get(option) or cls.modify_options()[option]
        return names[0]

    @classmethod
    def is_not_found(cls, error):
        return matches_code(getattr(error, 'code', None) or '', cls.not_found_codes)

    @classmethod
    def validate(cls, params):
        """Messages about option values the service would refuse, before any call (default: none)."""
        return []

    @classmethod
    def state_action(cls, state, status):
        """(action, error) to bring a settled resource in status to state (any but absent; present: none).

        action names an entry of actions.extra; error is a message when state cannot be reached
        from status.
        """
        return None, None

    @classmethod
    def refuse_delete(cls, current, api):
        """A message when the resource current (a result) must not be deleted; None to delete it.

        api is the run's ResourceApi, for a read the result cannot answer (list_answers, ...).
        """
        return None

    @classmethod
    def create_problems(cls, params):
        """Messages about what a create of params lacks beyond the required options; default none."""
        return []

    @classmethod
    def id_errors(cls, value):
        """Messages about an id value the service would refuse (checked before any call); default none."""
        return []

    @classmethod
    def replacement_note(cls, params, current, paths):
        """A sentence the failure of a replacement adds (why paths cannot change in place), or None."""
        return None

    @classmethod
    def recreate_warning(cls, resource_id, params):
        """A warning of what a recreate of resource_id loses (data, credentials), or None."""
        return None
