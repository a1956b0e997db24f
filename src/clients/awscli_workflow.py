"""The Glacier workflow through the AWS CLI (Debian's awscli, `aws glacier ...`): every
request is one `aws` command line, its JSON output parsed, errors read from its exit code
and stderr. The command lines go through the CLI's own entry point (awscli.clidriver, what
/usr/bin/aws calls) in this one process: 30 process starts would take 30 s on a busy machine.
The CLI has no tree-hash command, so complete-multipart-upload gets botocore's (its library)."""
import atexit
import contextlib
import csv
import io
import json
import os
import shutil
import tempfile

from awscli.clidriver import create_clidriver

from botocore.utils import calculate_tree_hash

from workflow_common import MIB, MULTIPART_SIZE, PART_SIZE, PREFIX, RANGE, SINGLE_SIZE, ENDPOINT, Workflow, archive, check, wait_until

# One driver for every command line (each main() parses its arguments afresh): a new one per
# command costs 0.1 s of CPU for the models it loads again.
DRIVER = create_clidriver()
work = tempfile.mkdtemp(prefix='awscli-workflow-')
atexit.register(shutil.rmtree, work, True)
vault, other = PREFIX + '-a', PREFIX + '-b'
single, big = archive(SINGLE_SIZE), archive(MULTIPART_SIZE)
ids, jobs = {}, []


def run_cli(*args):
    """`aws --endpoint-url ENDPOINT --output json glacier ARGS --account-id -`: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = DRIVER.main(['--endpoint-url', ENDPOINT, '--output', 'json', 'glacier', *args, '--account-id', '-'])
    return code, out.getvalue(), err.getvalue()


def aws(*args):
    code, out, err = run_cli(*args)
    if code != 0:
        raise AssertionError('aws glacier %s exited %d: %s' % (' '.join(args), code, err.strip()))
    return json.loads(out) if out.strip() else None


def aws_all(argument_lists):
    return [aws(*args) for args in argument_lists]


def file_of(name, data):
    path = os.path.join(work, name)
    with open(path, 'wb') as f:
        f.write(data)
    return path


def tree_hash(data):
    return calculate_tree_hash(io.BytesIO(data))


def vaults():
    aws_all([['create-vault', '--vault-name', vault], ['create-vault', '--vault-name', other]])
    described = aws('describe-vault', '--vault-name', vault)
    check(described['VaultName'] == vault, described)
    listed = [v['VaultName'] for v in aws('list-vaults', '--page-size', '1')['VaultList']]
    check({vault, other} <= set(listed), 'list-vaults misses a vault: %r' % listed)
    aws('delete-vault', '--vault-name', other)
    check(other not in [v['VaultName'] for v in aws('list-vaults')['VaultList']], 'a deleted vault is still listed')


def upload():
    response = aws('upload-archive', '--vault-name', vault, '--body', file_of('single', single), '--archive-description', 'single')
    check(response['checksum'] == tree_hash(single), 'upload-archive checksum')
    ids['single'] = response['archiveId']


def multipart():
    upload_id = aws('initiate-multipart-upload', '--vault-name', vault, '--part-size', str(PART_SIZE))['uploadId']
    parts = []
    for offset in range(0, len(big), PART_SIZE):
        chunk = big[offset:offset + PART_SIZE]
        parts.append(['upload-multipart-part', '--vault-name', vault, '--upload-id', upload_id,
                      '--range', 'bytes %d-%d/*' % (offset, offset + len(chunk) - 1), '--body', file_of('part%d' % offset, chunk)])
    aws_all(parts)
    check(len(aws('list-parts', '--vault-name', vault, '--upload-id', upload_id)['Parts']) == 5, 'list-parts')
    done = aws('complete-multipart-upload', '--vault-name', vault, '--upload-id', upload_id,
               '--archive-size', str(len(big)), '--checksum', tree_hash(big))
    check(done['checksum'] == tree_hash(big), 'complete-multipart-upload checksum')
    ids['multipart'] = done['archiveId']


def completed_jobs(parameter_list):
    started = aws_all([['initiate-job', '--vault-name', vault, '--job-parameters', json.dumps(p)] for p in parameter_list])
    job_ids = [s['jobId'] for s in started]
    jobs.extend(job_ids)
    for job_id in job_ids:
        wait_until(lambda: aws('describe-job', '--vault-name', vault, '--job-id', job_id)['Completed'], 'job ' + job_id)
    return job_ids


def output_of(job_id, name, *extra):
    path = os.path.join(work, name)
    meta = aws('get-job-output', '--vault-name', vault, '--job-id', job_id, *extra, path)
    with open(path, 'rb') as f:
        return meta, f.read()


def inventories():
    json_job, csv_job = completed_jobs([{'Type': 'inventory-retrieval', 'Format': 'JSON'}, {'Type': 'inventory-retrieval', 'Format': 'CSV'}])
    state['csv_job'] = csv_job
    rows = json.loads(output_of(json_job, 'inventory.json')[1])['ArchiveList']
    check(set(ids.values()) <= {row['ArchiveId'] for row in rows}, 'the JSON inventory misses an archive')


def inventory_csv():
    rows = list(csv.DictReader(io.StringIO(output_of(state['csv_job'], 'inventory.csv')[1].decode('utf-8'))))
    check(set(ids.values()) <= {row['ArchiveId'] for row in rows}, 'the CSV inventory misses an archive')


def retrievals():
    whole, ranged = completed_jobs([{'Type': 'archive-retrieval', 'ArchiveId': ids['single']},
                                    {'Type': 'archive-retrieval', 'ArchiveId': ids['multipart'], 'RetrievalByteRange': '%d-%d' % RANGE}])
    state['ranged'] = ranged
    meta, body = output_of(whole, 'whole')
    check(body == single and meta['checksum'] == tree_hash(body), 'whole retrieval')
    meta, body = output_of(whole, 'first', '--range', 'bytes=0-%d' % (MIB - 1))
    check(body == single[:MIB] and meta['checksum'] == tree_hash(body), 'ranged get-job-output')


def retrieval_range():
    meta, body = output_of(state['ranged'], 'ranged')
    check(body == big[RANGE[0]:RANGE[1] + 1] and meta['checksum'] == tree_hash(body), 'ranged retrieval')


def list_jobs():
    seen = [job['JobId'] for job in aws('list-jobs', '--vault-name', vault, '--page-size', '1')['JobList']]
    check(sorted(seen) == sorted(jobs), 'list-jobs (paginated by the CLI): %r' % seen)


def errors():
    code, _, err = run_cli('describe-vault', '--vault-name', PREFIX + '-missing')
    check(code == 254 and '(ResourceNotFoundException)' in err, 'describe-vault of a missing vault: %d %s' % (code, err))


def cleanup():
    aws_all([['delete-archive', '--vault-name', vault, '--archive-id', archive_id] for archive_id in ids.values()])
    aws('delete-vault', '--vault-name', vault)


state = {}
Workflow().run([
    ('vaults', vaults), ('upload', upload), ('multipart', multipart),
    ('inventory-json', inventories), ('inventory-csv', inventory_csv),
    ('retrieval-whole', retrievals), ('retrieval-range', retrieval_range),
    ('list-jobs', list_jobs), ('errors', errors), ('cleanup', cleanup),
])
