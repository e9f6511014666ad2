# -*- coding: utf-8 -*-
"""Run the test files of a folder in N pytest processes at once (`make integration`).

The integration tests spend most of their time waiting on ansible-playbook and the emulator's
transitions, so one pytest process leaves a core idle. Files are dealt out by size (largest first,
each to the group with the least so far), every group runs in its own pytest process with its own
emulators and temporary folders, and the output of each is printed whole once it ends.
Exits non-zero when any group fails.
"""

import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time


def groups_of(files, count):
    groups = [[] for dummy in range(count)]
    weights = [0] * count
    for path in sorted(files, key=os.path.getsize, reverse=True):
        lightest = weights.index(min(weights))
        groups[lightest].append(path)
        weights[lightest] += os.path.getsize(path)
    return [sorted(group) for group in groups if group]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('folder')
    parser.add_argument('--jobs', type=int, default=2)
    args, pytest_args = parser.parse_known_args()
    files = glob.glob(os.path.join(args.folder, 'test_*.py'))
    started = time.time()
    running = []
    for index, group in enumerate(groups_of(files, max(1, args.jobs))):
        log = tempfile.TemporaryFile(mode='w+')
        command = [sys.executable, '-m', 'pytest', '-p', 'no:cacheprovider'] + group + pytest_args
        running.append((index, group, log, subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)))
    status = 0
    for index, group, log, process in running:
        code = process.wait()
        log.seek(0)
        print('==== group %d (%d files): exit %d ====' % (index + 1, len(group), code))
        sys.stdout.write(log.read())
        status = status or code
    print('%d groups in %.0f s: %s' % (len(running), time.time() - started, 'passed' if status == 0 else 'FAILED'))
    return status


if __name__ == '__main__':
    sys.exit(main())
