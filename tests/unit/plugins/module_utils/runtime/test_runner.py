# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""ResourceModule and ResourceInfoModule (module_utils/runtime/runner.py) on a resource of their own.

A small resource without statuses, identified by its name (like a DIP topic), whose Modify needs one
member on every call, with a member Modify cannot change, a secret the answer carries, a delete
refusal and a write-only option: what the DIP task does not exercise. The modules run through
main() as ansible-test units run them, against an in-memory fake of the API that logs each call.
"""

import contextlib
import io
import json
import types

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import base as module_base
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime import planning
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.errors import CkafkaError
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.description import (
    Actions, Identity, Listing, ModifyRules, Resource)
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.runtime.runner import ResourceInfoModule, ResourceModule
from ansible_collections.tencentcloud.ckafka.plugins.module_utils.transport.retries import RetryPolicy

MEMBERS = (('name', 'Name', 'str'), ('partition_num', 'PartitionNum', 'int'), ('retention_ms', 'RetentionMs', 'int'),
           ('note', 'Note', 'str'), ('key', 'Key', 'str'))

SCHEMA = types.SimpleNamespace(
    PARAMETER_SPEC=dict((option, dict(type=kind, no_log=option == 'key')) for option, dummy, kind in MEMBERS),
    API_NAME_TREE=dict((option, (api, None)) for option, api, dummy in MEMBERS),
    OPTION_NAME_TREE=dict((api, (option, None)) for option, api, dummy in MEMBERS),
    PATH_TYPES={'': 'CreateNoteRequest'},
    TYPES={'CreateNoteRequest': dict((option, dict(api_name=api, type=kind)) for option, api, kind in MEMBERS)},
    NO_LOG_PATHS=frozenset(['key']),
    SERVICE_FILLED_PATHS=frozenset(),
    REQUIRED_FOR_CREATE=('name', 'partition_num', 'retention_ms'),
    CONDITIONS=(),
    # ModifyNote takes the name (its identity), the retention, the note and the key
    MODIFY_API_NAME_TREE=dict((option, (api, None)) for option, api, dummy in MEMBERS if option != 'partition_num'),
    MODIFY_PATH_TYPES={'': 'ModifyNoteRequest'},
)
SCHEMA.TYPES['ModifyNoteRequest'] = dict((option, member) for option, member in SCHEMA.TYPES['CreateNoteRequest'].items()
                                         if option != 'partition_num')


class Note(Resource):
    noun = 'note'
    result_key = 'note'
    schema = SCHEMA
    identity = Identity(id_option='name', id_member='Name')
    listing = Listing('DescribeNotes', items='NoteList', page_size=2, filters={'search_word': 'SearchWord'})
    actions = Actions(create='CreateNote', describe='DescribeNote', modify='ModifyNote', delete='DeleteNote')
    modify = ModifyRules(always_send=('retention_ms',))
    result_keys = ('name', 'partition_num', 'retention_ms', 'note', 'user_name', 'password', 'in_use')
    secret_members = ('UserName', 'Password')
    not_found_codes = ('ResourceNotFound.NoteNotExist',)

    @classmethod
    def refuse_delete(cls, current, api):
        return 'note %s is in use' % current['name'] if current.get('in_use') else None

    @classmethod
    def compare(cls, params, current, by_id):
        """The generic plan, and the write-only key sent again when update_key is set (as a
        connection's update_password: always sends its passwords)."""
        plan = planning.compare(cls, params, current, by_id)
        if params.get('key') and params.get('update_key'):
            changes = planning.with_always_sent(cls, params, current, dict(plan.changes, key=params['key']))
            plan = planning.Plan(plan.paths, plan.replacement_paths, changes, plan.visible)
        return plan


class NoteModule(ResourceModule):
    resource = Note
    extra_options = dict(update_key=dict(type='bool', default=False))


# The way a module file that adds nothing declares its class.
NoteInfo = ResourceInfoModule.of(Note)


def test_of_declares_a_module_class_without_changing_its_base():
    declared = ResourceModule.of(Note, extra_options=dict(update_key=dict(type='bool', default=False)))
    assert issubclass(declared, ResourceModule) and declared.resource is Note and declared.__name__ == 'ResourceModule(Note)'
    assert declared.argument_spec() == NoteModule.argument_spec()
    assert ResourceModule.resource is None and ResourceModule.extra_options == {}


class FakeApi:
    """Notes in memory; every call logged as (action, params)."""

    def __init__(self, notes=None):
        self.notes = dict((note['Name'], dict(note)) for note in notes or [])
        self.calls = []
        self.warnings = []
        self.retry_policy = RetryPolicy(retries=0)

    def call(self, action, params=None, idempotent=False):
        params = dict(params or {})
        self.calls.append((action, params))
        name = params.get('Name')
        if action == 'DescribeNote':
            if name not in self.notes:
                raise CkafkaError('ResourceNotFound.NoteNotExist', 'no note %s' % name, action=action)
            return {'Result': dict(self.notes[name])}
        if action == 'DescribeNotes':
            found = sorted((n for n in self.notes.values() if params.get('SearchWord', '') in n['Name']), key=lambda n: n['Name'])
            page = found[params['Offset']:params['Offset'] + params['Limit']]
            return {'Result': {'NoteList': [dict(n) for n in page], 'TotalCount': len(found)}}
        if action == 'CreateNote':
            self.notes[name] = dict(params, UserName='user-' + name, Password='pw-' + name)
            self.notes[name].pop('Key', None)
            return {'Result': {'Name': name}}
        if action == 'ModifyNote':
            assert 'RetentionMs' in params, 'ModifyNote needs RetentionMs every time'
            self.notes[name].update((k, v) for k, v in params.items() if k != 'Key')
            return {'Result': {}}
        if action == 'DeleteNote':
            del self.notes[name]
            return {'Result': {}}
        raise AssertionError(action)

    def actions(self):
        return [action for action, dummy in self.calls]

    def close(self):
        pass


CONNECTION = dict(secret_id='AKIDunitunitunitunit', secret_key='unit-secret-key-0123456789', region='ap-guangzhou',
                  endpoint='http://127.0.0.1:9')
NOTE = {'Name': 'n1', 'PartitionNum': 3, 'RetentionMs': 60000, 'Note': 'hello', 'UserName': 'u', 'Password': 'p'}


def run(module_class, api, check=False, diff=False, **options):
    args = dict(CONNECTION, _ansible_check_mode=check, _ansible_diff=diff)
    args.update(options)
    stdout = io.StringIO()
    with patch_module_args(args), contextlib.redirect_stdout(stdout):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(module_base.CkafkaModule, 'build_client', lambda self: api)
            with pytest.raises(SystemExit):
                module_class.main()
    return json.loads(stdout.getvalue())


def test_create_check_then_real_then_idempotent():
    api = FakeApi()
    declared = dict(name='n1', partition_num=3, retention_ms=60000, note='hello', key='s3cret')
    check = run(NoteModule, api, check=True, diff=True, **declared)
    assert check['changed'] and api.actions() == ['DescribeNote']
    assert check['diff']['before'] == {} and check['diff']['after']['note'] == 'hello'
    real = run(NoteModule, api, **declared)
    assert real['changed'] and api.actions()[1:] == ['DescribeNote', 'CreateNote']
    assert real['name'] == 'n1' and real['note']['partition_num'] == 3
    # issue 24: what is set, no null (the secrets are left out)
    assert set(real['note']) == set(Note.result_keys) - set(['user_name', 'password', 'in_use'])
    rerun = run(NoteModule, api, **declared)
    assert not rerun['changed'] and api.actions()[3:] == ['DescribeNote']
    assert rerun['note'] == real['note'] and set(check['note']) == set(real['note'])
    assert 's3cret' not in json.dumps([check, real, rerun])


def test_modify_always_sends_the_members_it_needs():
    api = FakeApi([NOTE])
    result = run(NoteModule, api, name='n1', note='changed')
    assert result['changed'] and api.calls[-1] == ('ModifyNote', {'Note': 'changed', 'RetentionMs': 60000, 'Name': 'n1'})
    assert result['note']['note'] == 'changed' and api.actions() == ['DescribeNote', 'ModifyNote']


def test_a_member_modify_cannot_change_needs_a_replacement():
    api = FakeApi([NOTE])
    result = run(NoteModule, api, name='n1', partition_num=6)
    assert result['failed'] and result['replacement_required'] and result['differing_paths'] == ['partition_num']
    assert 'note n1 differs in partition_num' in result['msg'] and api.actions() == ['DescribeNote']
    replaced = run(NoteModule, api, name='n1', partition_num=6, retention_ms=60000, recreate=True)
    assert replaced['changed'] and api.actions()[1:] == ['DescribeNote', 'DeleteNote', 'CreateNote']
    assert api.notes['n1']['PartitionNum'] == 6


def test_a_replacement_names_the_values_and_a_recreate_is_announced():
    api = FakeApi([NOTE])
    refused = run(NoteModule, api, name='n1', partition_num=6, key='never-shown')
    assert 'note n1 differs in partition_num (now 3, wanted 6)' in refused['msg']
    assert refused['differences'] == [{'path': 'partition_num', 'current': 3, 'wanted': 6}]
    assert refused['recreated'] is False and refused['previous_name'] is None
    for check in (True, False):
        replaced = run(NoteModule, api, check=check, diff=True, name='n1', partition_num=6, retention_ms=60000, recreate=True)
        assert replaced['recreated'] is True and replaced['previous_name'] == 'n1'
        assert 'note n1 will be deleted and created anew because partition_num differs' in json.dumps(replaced['warnings'])
    # the check-mode diff shows the one path that differs
    check = run(NoteModule, FakeApi([NOTE]), check=True, diff=True, name='n1', partition_num=6, recreate=True)
    before, after = check['diff']['before'], check['diff']['after']
    assert [key for key in before if before[key] != after[key]] == ['partition_num']
    assert 'never-shown' not in json.dumps([refused, replaced, check])


def test_secret_members_are_never_in_a_result():
    api = FakeApi([NOTE])
    plain = run(NoteModule, api, name='n1', diff=True)
    assert 'user_name' not in plain['note'] and 'password' not in plain['note']
    assert "'p'" not in repr(plain) and "'u'" not in repr(plain)


def test_write_only_options_are_sent_only_when_forced():
    api = FakeApi([NOTE])
    assert not run(NoteModule, api, name='n1', key='k1')['changed']
    forced = run(NoteModule, api, name='n1', key='k1', update_key=True)
    assert forced['changed'] and api.calls[-1] == ('ModifyNote', {'Key': 'k1', 'RetentionMs': 60000, 'Name': 'n1'})
    assert 'k1' not in json.dumps(forced)


def test_delete_and_its_refusal():
    api = FakeApi([NOTE, dict(NOTE, Name='busy', InUse=True)])
    refused = run(NoteModule, api, name='busy', state='absent')
    assert refused['failed'] and refused['msg'] == 'note busy is in use' and 'DeleteNote' not in api.actions()
    deleted = run(NoteModule, api, name='n1', state='absent')
    assert deleted['changed'] and deleted['note']['name'] == 'n1' and api.actions()[-2:] == ['DescribeNote', 'DeleteNote']
    again = run(NoteModule, api, name='n1', state='absent')
    assert not again['changed'] and api.actions()[-1] == 'DescribeNote'


def test_create_needs_its_options():
    result = run(NoteModule, FakeApi(), name='n2')
    assert result['failed'] and 'partition_num and retention_ms are required to create it' in result['msg']


def test_info_by_id_and_by_filters_over_pages():
    api = FakeApi([dict(NOTE, Name='n%d' % i) for i in range(5)])
    listed = run(NoteInfo, api, search_word='n')
    assert [note['name'] for note in listed['notes']] == ['n0', 'n1', 'n2', 'n3', 'n4']
    assert api.actions() == ['DescribeNotes'] * 3 and all('password' not in note for note in listed['notes'])
    one = run(NoteInfo, api, name='n3')
    assert [note['name'] for note in one['notes']] == ['n3'] and api.actions()[-1] == 'DescribeNote'
    assert run(NoteInfo, api, name='missing')['notes'] == []


class GuardedNote(Note):
    """A note with every hook of the runtime's own: its id chosen by the service, a name rule, a
    create requirement beyond the schema's, a recreate that loses data, and a member never reported."""

    creates_by_id = False
    uncompared_paths = frozenset(['note'])

    @classmethod
    def id_errors(cls, value):
        return [] if value.startswith('n') else ['name must start with n, it is %r' % value]

    @classmethod
    def create_problems(cls, params):
        return [] if params.get('note') else ['note is required to create a guarded note']

    @classmethod
    def recreate_warning(cls, resource_id, params):
        return 'every message of %s is lost' % resource_id


class GuardedNoteModule(NoteModule):
    resource = GuardedNote


class CreatableGuardedNote(GuardedNote):
    creates_by_id = True


class CreatableGuardedNoteModule(NoteModule):
    resource = CreatableGuardedNote


class GuardedNoteInfo(NoteInfo):
    resource = GuardedNote


def test_a_service_chosen_id_only_finds():
    api = FakeApi()
    result = run(GuardedNoteModule, api, name='n9', partition_num=3, retention_ms=60000, note='x')
    assert result['failed'] and result['msg'] == 'no note has the ID n9; leave name out to create one'
    assert api.actions() == ['DescribeNote']


def test_create_problems_fail_before_any_write():
    api = FakeApi()
    run_options = dict(name='n9', partition_num=3, retention_ms=60000)
    result = run(CreatableGuardedNoteModule, api, **run_options)
    assert result['failed'] and result['validation_errors'] == ['note is required to create a guarded note']
    assert 'CreateNote' not in api.actions()


def test_uncompared_paths_are_never_a_difference():
    api = FakeApi([NOTE])
    result = run(GuardedNoteModule, api, name='n1', note='something else')
    assert not result['changed'] and api.actions() == ['DescribeNote']


def test_a_refused_delete_refuses_the_recreate_too_and_a_recreate_warns_of_its_loss():
    api = FakeApi([dict(NOTE, InUse=True)])
    refused = run(GuardedNoteModule, api, name='n1', partition_num=6, recreate=True)
    assert refused['failed'] and refused['msg'] == 'note n1 is in use' and 'DeleteNote' not in api.actions()
    for check in (True, False):
        replaced = run(GuardedNoteModule, FakeApi([NOTE]), check=check, name='n1', partition_num=6, retention_ms=60000,
                       recreate=True)
        assert replaced['recreated'] and 'every message of n1 is lost' in json.dumps(replaced['warnings'])


def test_info_checks_the_id_before_any_call():
    api = FakeApi([NOTE])
    result = run(GuardedNoteInfo, api, name='x1')
    assert result['failed'] and result['validation_errors'] == ["name must start with n, it is 'x1'"]
    assert api.actions() == []
