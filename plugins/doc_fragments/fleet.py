# -*- coding: utf-8 -*-
# Copyright (c) tencentcloud.ckafka contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    """The options every fleet module shares (datahub_tasks, connect_resources, datahub_topics)."""

    DOCUMENTATION = r'''
options:
  state:
    description:
      - V(merged) makes each entry of O(config) true as the singular module's C(present) would (for a task with
        C(status), as its C(running) or C(paused)); nothing else is touched.
      - V(overridden) does what V(merged) does, then deletes every resource in O(scope) that no entry names.
      - V(deleted) deletes the resources of the entries; without O(config), every resource in O(scope).
      - V(gathered) reads every resource in O(scope) and returns it under RV(gathered), as O(config) entries.
      - V(rendered) makes no call and needs no credentials; it returns under RV(rendered) the request each entry's
        create would send.
    type: str
    default: merged
    choices:
      - merged
      - overridden
      - deleted
      - gathered
      - rendered
  max_deletions:
    description:
      - The most resources the run may delete (V(overridden), V(deleted)), counting every deletion. A plan that
        deletes more fails before any write, naming the count and the first resources it would delete.
      - Without it, a run deletes at most 10 resources that no entry names (the prune of V(overridden), V(deleted)
        by O(scope)); resources the entries name are not counted then.
      - Must be 0 or more. Only V(overridden) and V(deleted) take it.
    type: int
  allow_delete_all:
    description:
      - Say that the run may delete every resource in O(scope). Without it, V(overridden) with an empty O(config),
        V(deleted) without O(config), and a O(scope) filter that is empty or blank (a O(scope.name_prefix) from an
        empty variable) are refused before any call.
      - O(max_deletions) still bounds the run.
      - Only V(overridden) and V(deleted) take it.
    type: bool
    default: false
  max_concurrency:
    description:
      - How many writes (and describes) run at the same time, from 1 to 100.
    type: int
    default: 10
  rate_limit:
    description:
      - The most requests per second the run sends of each API action, so that a fleet does not throttle itself
        (the service allows about 20). At most half a second's worth leaves at once. A throttled action slows
        down, and speeds up again as its answers come back unthrottled.
      - Greater than 0 and at most 100.
    type: float
    default: 20
notes:
  - The plan comes first. Every entry is checked as the singular module checks it, and every identity is resolved
    before the first write, at about one call per entry or one listing of the region (pages of 100), whichever
    is fewer. One bad entry fails the run with nothing written, and
    the message names the entry by its position (C(config[3])) and name. Names are unique within the run; several
    resources with the exact name of an entry fail the run with their IDs.
  - An entry whose resource exists is compared with the list answer when that answer carries every member the entry
    declares; otherwise the resource is described (concurrently). A member the service never returns (a password)
    is not compared, and is required only to create a resource.
  - Writes run concurrently (O(max_concurrency)) under O(rate_limit). Each create is as safe as the singular
    module's, so a lost answer never leaves two resources; after its creates a run reads their names again, and a
    resource of the same name made first by a concurrent run is kept, this run's newer one deleted (with a warning).
    Waits poll only the resources waited for. An entry that fails does not stop the others; the run
    fails at the end, listing each failed entry, and RV(results) has every entry's outcome, so that a rerun converges.
  - Check mode predicts the same RV(results); diff mode returns one before/after per changed resource.
  - Options a state does not use are refused before any call, naming the option (O(config) with V(gathered), O(scope)
    with V(merged), O(scope) with V(deleted) and O(config), O(max_deletions) or O(allow_delete_all) with V(merged),
    V(gathered) or V(rendered)).
  - RV(msg) says the plan in one line, in check mode too (C(3 to create, 1 to update, 5 to delete, 191 unchanged)).
'''

    # The waits of the fleet modules whose resources have a status (not topics: a topic has none).
    WAIT = r'''
options:
  wait:
    description:
      - Wait until every resource written reaches its status (running, paused, gone). The waits poll the list
        action, one call per page of 100 for every resource at once.
    type: bool
    default: true
  wait_timeout:
    description:
      - How many seconds the waits may take in all.
    type: int
    default: 600
'''
