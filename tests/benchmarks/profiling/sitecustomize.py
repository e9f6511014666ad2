# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Profiles an ansible-playbook run for `run.py --profile`: put this directory first on PYTHONPATH and
set PROFILE_DIR. Each worker process (Ansible forks one per task and host) and the main process write
a cProfile file there: worker-<pid>.prof, main-<pid>.prof. Without PROFILE_DIR it does nothing."""

import os

if os.environ.get('PROFILE_DIR'):
    import atexit
    import cProfile
    import multiprocessing.process
    import sys

    PROFILE_DIR = os.environ['PROFILE_DIR']
    _bootstrap = multiprocessing.process.BaseProcess._bootstrap  # pylint: disable=protected-access

    def profiled_bootstrap(self, *args, **kwargs):
        profile = cProfile.Profile()
        profile.enable()
        try:
            return _bootstrap(self, *args, **kwargs)
        finally:
            profile.disable()
            profile.dump_stats(os.path.join(PROFILE_DIR, 'worker-%d.prof' % os.getpid()))

    multiprocessing.process.BaseProcess._bootstrap = profiled_bootstrap  # pylint: disable=protected-access

    if sys.argv and os.path.basename(sys.argv[0]) == 'ansible-playbook':
        MAIN_PROFILE = cProfile.Profile()
        MAIN_PROFILE.enable()

        def dump_main():
            MAIN_PROFILE.disable()
            MAIN_PROFILE.dump_stats(os.path.join(PROFILE_DIR, 'main-%d.prof' % os.getpid()))

        atexit.register(dump_main)
