# -*- coding: utf-8 -*-
"""Run the test files of a folder in N pytest processes at once (`make integration`).

The integration tests spend most of their time waiting on ansible-playbook and the emulator's
transitions, so one pytest process leaves a core idle. The files form a queue, largest first (the size
stands in for the duration), and each of the N workers takes the next file as soon as it is free, in a
pytest process of its own with its own emulators and temporary folders: no worker waits with files
left, so the run ends close to the total time divided by N. A file's output is printed whole once it
ends, with its time. Exits non-zero when any file fails.
"""

import argparse
import glob
import os
import subprocess
import sys
import tempfile
import threading
import time


def queue_of(files):
    """The files in the order the workers take them: largest first."""
    return sorted(files, key=lambda path: (-os.path.getsize(path), path))


def run_file(path, pytest_args):
    """(exit code, output, seconds) of one pytest process over path."""
    started = time.time()
    with tempfile.TemporaryFile(mode='w+') as log:
        command = [sys.executable, '-m', 'pytest', '-p', 'no:cacheprovider', path] + pytest_args
        code = subprocess.call(command, stdout=log, stderr=subprocess.STDOUT)
        log.seek(0)
        return code, log.read(), time.time() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('folder')
    parser.add_argument('--jobs', type=int, default=2)
    args, pytest_args = parser.parse_known_args()
    pending = queue_of(glob.glob(os.path.join(args.folder, 'test_*.py')))
    total = len(pending)
    lock = threading.Lock()
    outcomes = []
    started = time.time()

    def worker():
        while True:
            with lock:
                if not pending:
                    return
                path = pending.pop(0)
            code, output, seconds = run_file(path, pytest_args)
            with lock:
                # 5 is pytest's "no tests collected": a file whose tests a -k filter left out.
                outcomes.append((path, 0 if code == 5 else code))
                print('==== %s: exit %d in %.0f s (%d/%d) ====' % (path, code, seconds, len(outcomes), total))
                sys.stdout.write(output)
                sys.stdout.flush()

    threads = [threading.Thread(target=worker) for dummy in range(max(1, args.jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    failed = [path for path, code in outcomes if code != 0]
    verdict = 'FAILED: ' + ', '.join(failed) if failed else 'passed'
    print('%d files in %d processes at once, %.0f s: %s' % (total, len(threads), time.time() - started, verdict))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
