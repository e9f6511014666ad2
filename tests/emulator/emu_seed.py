# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Bulk creation for the admin API (POST /_emulator/seed): thousands of resources in one request.

Each item goes through the resource's Create action as an API call would (validation, the service's own
rules, the same ids and lifecycle), without the signature, the rate limit or the request log, so that a
test or a benchmark starts from a large account and counts only its own calls. Every item is validated
before the first is created: a bad item creates nothing.

Resources without a Create root (CKafka instances, and what lives on them) name their own seeders
(`seeders` of their handlers: {name: (check(item), create(item))}): "instance" (an instance's
attributes, at least InstanceId and InstanceName) and "topic" (a CreateTopic request; the topic counts
as old, outside the delete window).

Body: {"resource": "datahub_task" | "connect_resource" | "datahub_topic" | "instance" | "topic", and either "items": [<Create
request>, ...] or "template": <Create request>, "count": N, "start": 0, "width": 4}. In a template, "{n}"
in any string becomes the item's number (start, start + 1, ...), zero-padded to width digits.
"""

from emu_errors import ApiError
from emu_resources import ALL_ACTIONS, ROOT

MAX_ITEMS = 20000


class SeedError(ValueError):
    pass


def _fill(value, number):
    """The template with "{n}" replaced by number in every string."""
    if isinstance(value, str):
        return value.replace('{n}', number)
    if isinstance(value, dict):
        return {key: _fill(item, number) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill(item, number) for item in value]
    return value


def _integer(payload, name, default, minimum):
    value = payload.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise SeedError('`%s` is an integer, %d or more' % (name, minimum))
    return value


def expand(payload):
    """The Create requests the body asks for."""
    if not isinstance(payload, dict):
        raise SeedError('the body is a JSON object')
    extra = sorted(set(payload) - {'resource', 'items', 'template', 'count', 'start', 'width'})
    if extra:
        raise SeedError('unknown fields: %s' % ', '.join(extra))
    if ('items' in payload) == ('template' in payload):
        raise SeedError('give either `items` or `template` with `count`')
    if 'items' in payload:
        items = payload['items']
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise SeedError('`items` is a list of JSON objects')
    else:
        if not isinstance(payload['template'], dict):
            raise SeedError('`template` is a JSON object')
        count = _integer(payload, 'count', None, 1)
        start = _integer(payload, 'start', 0, 0)
        width = _integer(payload, 'width', 0, 0)
        items = [_fill(payload['template'], str(number).zfill(width)) for number in range(start, start + count)]
    if len(items) > MAX_ITEMS:
        raise SeedError('at most %d items in one request' % MAX_ITEMS)
    return items


def create_action(resource):
    """The Create action of a resource (the action validated against the schema's root)."""
    return [action for action, owner in ALL_ACTIONS.items() if owner.name == resource and owner.actions[action] == ROOT
            and action.startswith('Create')][0]


def seed(service, payload):
    """Create the items of payload in its resource; returns {"created": n, "results": [<Create answer's Result>]}."""
    items = expand(payload)
    name = payload.get('resource')
    if isinstance(name, str) and name in service.seeders:
        return _seed_with(service.seeders[name], items)
    handlers = service.resource(name) if isinstance(name, str) else None
    if handlers is None:
        served = set(service.resources) - {'instance'} | set(service.seeders)
        raise SeedError('`resource` is one of %s' % ', '.join(sorted(served)))
    action = create_action(name)
    type_name = service.routes[action][1]
    for position, params in enumerate(items):
        try:
            handlers.schema.validate_request(action, params, type_name)
        except ApiError as error:
            raise SeedError('item %d: %s: %s (nothing was created)' % (position, error.code, error.message)) from None
    results = []
    for position, params in enumerate(items):
        try:
            results.append(getattr(handlers, action)(params)['Result'])
        except ApiError as error:
            raise SeedError('item %d: %s: %s (the %d items before it were created)'
                            % (position, error.code, error.message, position)) from None
    return {'created': len(results), 'results': results}


def _seed_with(seeder, items):
    check, create = seeder
    for position, params in enumerate(items):
        try:
            check(params)
        except (ApiError, ValueError) as error:
            raise SeedError('item %d: %s (nothing was created)' % (position, _why(error))) from None
    results = []
    for position, params in enumerate(items):
        try:
            results.append(create(params))
        except (ApiError, ValueError) as error:
            raise SeedError('item %d: %s (the %d items before it were created)' % (position, _why(error), position)) from None
    return {'created': len(results), 'results': results}


def _why(error):
    return '%s: %s' % (error.code, error.message) if isinstance(error, ApiError) else str(error)
