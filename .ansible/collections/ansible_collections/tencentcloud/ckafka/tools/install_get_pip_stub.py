"""Put the offline get-pip stand-in where ansible-test looks for its cached copy.

The pip version ansible-test bootstraps is read from the installed ansible-test,
so an upgrade of ansible-core needs no change here.
"""

import os
import re
import shutil

import ansible_test._internal.python_requirements as ansible_test_requirements


def bootstrap_pip_versions():
    with open(ansible_test_requirements.__file__, encoding='utf-8') as source:
        return sorted(set(re.findall(r"pip='([0-9.]+)'", source.read())))


def main():
    stub = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'get_pip_offline.py')
    cache = os.path.expanduser('~/.ansible/test/cache')
    os.makedirs(cache, exist_ok=True)
    for version in bootstrap_pip_versions():
        target = os.path.join(cache, 'get_pip_%s.py' % version.replace('.', '_'))
        if not os.path.exists(target) or _is_older_stub(target, stub):
            shutil.copyfile(stub, target)
            print('installed the offline pip bootstrap at %s' % target)


def _is_older_stub(target, stub):
    """A copy of this project's stand-in that differs from the current one (never a real get-pip)."""
    with open(target, encoding='utf-8') as installed, open(stub, encoding='utf-8') as current:
        text = installed.read()
        return 'Offline stand-in for the get-pip.py script' in text and text != current.read()


if __name__ == '__main__':
    main()
