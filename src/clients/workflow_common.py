"""What every Python client workflow shares: its settings from the environment, the
archives it uploads, polling a job to completion, and a step log the test reads
(`ok STEP` per finished step, `FAILED STEP: error` and exit 1 on the first failure)."""
import os
import sys
import time
import traceback

MIB = 1024 * 1024
ENDPOINT = os.environ['GLACIER_ENDPOINT']
REGION = os.environ.get('AWS_DEFAULT_REGION', 'us-east-1')
PREFIX = os.environ.get('VAULT_PREFIX', 'client')
# A single upload of a few MiB (not a whole number of tree-hash leaves) and a 5-part multipart one.
SINGLE_SIZE = 3 * MIB + 1000
PART_SIZE = MIB
MULTIPART_SIZE = 4 * MIB + MIB // 2
# Tree-hash aligned (a whole node of the tree: AWS sends a checksum for it).
RANGE = (2 * MIB, 4 * MIB - 1)
JOB_TIMEOUT_S = 30


def archive(size):
    return os.urandom(size)


def check(condition, what):
    if not condition:
        raise AssertionError(what)


def wait_until(done, what, timeout=JOB_TIMEOUT_S):
    deadline = time.monotonic() + timeout
    while True:
        value = done()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError('timed out waiting for ' + what)
        time.sleep(0.1)


class Workflow:
    def __init__(self):
        self.current = 'start'

    def step(self, name):
        self.current = name

    def done(self):
        print('ok ' + self.current, flush=True)

    def run(self, steps):
        try:
            for name, function in steps:
                self.step(name)
                function()
                self.done()
        except BaseException as error:  # noqa: BLE001 - the step log is the report
            print('FAILED %s: %s: %s' % (self.current, type(error).__name__, error), flush=True)
            traceback.print_exc()
            sys.exit(1)
