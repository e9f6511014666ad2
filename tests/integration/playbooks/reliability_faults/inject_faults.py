# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""inject_faults.py ENDPOINT FAULTS_JSON: drop the emulator's pending faults, then add FAULTS_JSON (a list).

Called through a pipe lookup by case.yml: a lookup runs in the controller, which is much faster
than a uri task per case. Prints the faults added.
"""

import json
import sys
import urllib.request


def admin(endpoint, method, payload=None):
    data = None if payload is None else json.dumps(payload).encode('utf-8')
    request = urllib.request.Request(endpoint.rstrip('/') + '/_emulator/faults', data=data, method=method,
                                     headers={'Content-Type': 'application/json'})
    with urllib.request.urlopen(request, timeout=10) as answer:  # nosec - the local emulator
        return json.loads(answer.read().decode('utf-8'))


def main(argv):
    endpoint, faults = argv[1], json.loads(argv[2])
    admin(endpoint, 'DELETE')
    added = admin(endpoint, 'POST', faults) if faults else []
    sys.stdout.write(json.dumps(added) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
