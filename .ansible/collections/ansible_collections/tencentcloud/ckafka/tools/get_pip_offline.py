"""Offline stand-in for the get-pip.py script that ansible-test downloads.

ansible-test bootstraps pip in each virtual environment it creates by running a
cached get-pip script.  The host it downloads that script from cannot be reached
everywhere, so `make sanity` installs this file in the cache instead: it brings pip
in with the standard library's ensurepip, then lets that pip install what
ansible-test asked for (usually an exact pip version).
"""

import subprocess
import sys

# get-pip.py options that `pip install` does not understand.
GET_PIP_ONLY_OPTIONS = ('--no-setuptools', '--no-wheel')


def main():
    subprocess.check_call([sys.executable, '-m', 'ensurepip', '--upgrade'])
    args = [arg for arg in sys.argv[1:] if arg not in GET_PIP_ONLY_OPTIONS]
    if not args:
        return
    if subprocess.call([sys.executable, '-m', 'pip', 'install'] + args) != 0:
        # A half-finished earlier bootstrap can leave broken metadata behind: start pip afresh once.
        subprocess.check_call([sys.executable, '-m', 'ensurepip', '--upgrade'])
        subprocess.check_call([sys.executable, '-m', 'pip', 'install', '--ignore-installed'] + args)


if __name__ == '__main__':
    main()
