"""The Glacier workflow through boto 2 (Debian's python3-boto): the Layer2/Vault/Job API,
its Writer for multipart uploads, its own tree hashes and checksum validation. boto 2 has
no paginator for ListJobs: its Layer1 call is walked marker by marker, as its users do."""
import csv
import io
import os
import shutil
import tempfile
from urllib.parse import urlparse

from boto.glacier.exceptions import UnexpectedHTTPResponseError
from boto.glacier.layer2 import Layer2
from boto.glacier.utils import tree_hash_from_str
from boto.regioninfo import RegionInfo

from workflow_common import MIB, MULTIPART_SIZE, PART_SIZE, PREFIX, RANGE, REGION, SINGLE_SIZE, ENDPOINT, Workflow, archive, check, wait_until

endpoint = urlparse(ENDPOINT)
glacier = Layer2(region=RegionInfo(name=REGION, endpoint=endpoint.hostname), is_secure=False, port=endpoint.port)
# boto 2 reads the SigV4 scope's service and region from the host name (glacier.REGION.amazonaws.com);
# for another host its documented override is the auth handler's attributes.
glacier.layer1._auth_handler.service_name = 'glacier'
glacier.layer1._auth_handler.region_name = REGION
single, big = archive(SINGLE_SIZE), archive(MULTIPART_SIZE)
state = {'jobs': [], 'ids': {}}


def tree_hash(data):
    # boto 2 returns hex digests as bytes on Python 3, so Job.get_output()
    # compares bytes with the header's str and fails on any server: compare its tree hash ourselves.
    return tree_hash_from_str(data).decode('ascii')


def vaults():
    state['vault'] = glacier.create_vault(PREFIX + '-a')
    glacier.create_vault(PREFIX + '-b')
    check(glacier.get_vault(PREFIX + '-a').arn.endswith(':vaults/' + PREFIX + '-a'), 'DescribeVault ARN')
    check({PREFIX + '-a', PREFIX + '-b'} <= {v.name for v in glacier.list_vaults()}, 'list_vaults misses a vault')
    glacier.delete_vault(PREFIX + '-b')
    check(PREFIX + '-b' not in {v.name for v in glacier.list_vaults()}, 'a deleted vault is still listed')
    state['vault'] = glacier.get_vault(PREFIX + '-a')


def upload():
    path = os.path.join(tempfile.mkdtemp(prefix='boto2-workflow-'), 'single')
    with open(path, 'wb') as f:
        f.write(single)
    # Vault.upload_archive sends boto's own SHA-256 and tree hash; the server refuses a wrong one.
    state['ids']['single'] = state['vault'].upload_archive(path, description='single')
    shutil.rmtree(os.path.dirname(path))


def multipart():
    writer = state['vault'].create_archive_writer(part_size=PART_SIZE, description='multipart')
    writer.write(big)
    writer.close()
    parts = state['vault'].layer1.list_multipart_uploads(state['vault'].name)
    check(writer.upload_id not in [u['MultipartUploadId'] for u in parts['UploadsList']], 'a completed upload is still listed')
    state['ids']['multipart'] = writer.get_archive_id()


def completed(job_id):
    state['jobs'].append(job_id)
    return wait_until(lambda: (lambda job: job.completed and job)(state['vault'].get_job(job_id)), 'job ' + job_id)


def inventory_json():
    job = completed(state['vault'].retrieve_inventory(description='json'))
    listed = {a['ArchiveId']: a for a in job.get_output()['ArchiveList']}
    check(set(state['ids'].values()) <= set(listed), 'the JSON inventory misses an archive')
    check(listed[state['ids']['multipart']]['SHA256TreeHash'] == tree_hash(big), 'inventory SHA256TreeHash')


def inventory_csv():
    started = state['vault'].layer1.initiate_job(state['vault'].name, {'Type': 'inventory-retrieval', 'Format': 'CSV'})
    rows = list(csv.DictReader(io.StringIO(completed(started['JobId']).get_output().read().decode('utf-8'))))
    check(set(state['ids'].values()) <= {row['ArchiveId'] for row in rows}, 'the CSV inventory misses an archive')


def retrieval_whole():
    job = completed(state['vault'].retrieve_archive(state['ids']['single']).id)
    output = job.get_output()
    check(output.read() == single and output['TreeHash'] == tree_hash(single), 'whole retrieval')
    first = job.get_output(byte_range=(0, MIB - 1))
    check(first.read() == single[:MIB] and first['TreeHash'] == tree_hash(single[:MIB]), 'ranged GetJobOutput')


def retrieval_range():
    started = state['vault'].layer1.initiate_job(state['vault'].name, {
        'Type': 'archive-retrieval', 'ArchiveId': state['ids']['multipart'], 'RetrievalByteRange': '%d-%d' % RANGE})
    output = completed(started['JobId']).get_output()
    body = output.read()
    check(body == big[RANGE[0]:RANGE[1] + 1] and output['TreeHash'] == tree_hash(body), 'ranged retrieval')


def list_jobs():
    seen, marker = [], None
    while True:
        page = state['vault'].layer1.list_jobs(state['vault'].name, limit=1, marker=marker)
        seen.extend(job['JobId'] for job in page['JobList'])
        marker = page['Marker']
        if not marker:
            break
    check(sorted(seen) == sorted(state['jobs']), 'ListJobs pages: %r' % seen)


def errors():
    try:
        glacier.get_vault(PREFIX + '-missing')
        raise AssertionError('no error for a missing vault')
    except UnexpectedHTTPResponseError as error:
        check(error.status == 404 and error.code == 'ResourceNotFoundException', str(error))


def cleanup():
    for archive_id in state['ids'].values():
        state['vault'].delete_archive(archive_id)
    state['vault'].delete()


Workflow().run([
    ('vaults', vaults), ('upload', upload), ('multipart', multipart),
    ('inventory-json', inventory_json), ('inventory-csv', inventory_csv),
    ('retrieval-whole', retrieval_whole), ('retrieval-range', retrieval_range),
    ('list-jobs', list_jobs), ('errors', errors), ('cleanup', cleanup),
])
