"""The Glacier workflow through boto3's resource API (Account, Vault, Archive, Job,
MultipartUpload): collections page for themselves, actions return resources."""
import csv
import io
import json

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError
from botocore.utils import calculate_tree_hash

from workflow_common import MIB, MULTIPART_SIZE, PART_SIZE, PREFIX, RANGE, REGION, SINGLE_SIZE, ENDPOINT, Workflow, archive, check, wait_until

glacier = boto3.resource('glacier', endpoint_url=ENDPOINT, region_name=REGION, config=Config(retries={'max_attempts': 1}))
account = glacier.Account('-')
single, big = archive(SINGLE_SIZE), archive(MULTIPART_SIZE)
state = {'jobs': []}


def tree_hash(data):
    return calculate_tree_hash(io.BytesIO(data))


def listed_vaults():
    return [v.name for v in account.vaults.page_size(1).all()]


def vaults():
    state['vault'] = account.create_vault(vaultName=PREFIX + '-a')
    other = account.create_vault(vaultName=PREFIX + '-b')
    state['vault'].load()
    check(state['vault'].vault_arn.endswith(':vaults/' + PREFIX + '-a'), 'DescribeVault ARN')
    check({PREFIX + '-a', PREFIX + '-b'} <= set(listed_vaults()), 'the vaults collection misses a vault')
    other.delete()
    check(PREFIX + '-b' not in listed_vaults(), 'a deleted vault is still listed')


def upload():
    state['single'] = state['vault'].upload_archive(body=single, archiveDescription='single')


def multipart():
    upload = state['vault'].initiate_multipart_upload(partSize=str(PART_SIZE), archiveDescription='multipart')
    for offset in range(0, len(big), PART_SIZE):
        chunk = big[offset:offset + PART_SIZE]
        upload.upload_part(range='bytes %d-%d/*' % (offset, offset + len(chunk) - 1), body=chunk)
    check(len(upload.parts()['Parts']) == 5, 'ListParts')
    check(upload.id in [u.id for u in state['vault'].multipart_uploads.all()], 'ListMultipartUploads misses the upload')
    done = upload.complete(archiveSize=str(len(big)), checksum=tree_hash(big))
    check(done['checksum'] == tree_hash(big), 'CompleteMultipartUpload checksum')
    state['multipart'] = glacier.Archive('-', PREFIX + '-a', done['archiveId'])


def completed(job):
    state['jobs'].append(job.id)
    wait_until(lambda: job.reload() or job.completed, 'job ' + job.id)
    return job


def inventory(fmt):
    def run():
        if fmt == 'JSON':
            job = completed(state['vault'].initiate_inventory_retrieval())
        else:
            started = glacier.meta.client.initiate_job(vaultName=PREFIX + '-a', jobParameters={'Type': 'inventory-retrieval', 'Format': 'CSV'})
            job = completed(glacier.Job('-', PREFIX + '-a', started['jobId']))
        text = job.get_output()['body'].read().decode('utf-8')
        rows = json.loads(text)['ArchiveList'] if fmt == 'JSON' else list(csv.DictReader(io.StringIO(text)))
        listed = {row['ArchiveId']: row for row in rows}
        check({state['single'].id, state['multipart'].id} <= set(listed), 'the inventory misses an archive')
        check(listed[state['single'].id]['SHA256TreeHash'] == tree_hash(single), 'inventory SHA256TreeHash')
    return run


def retrieval_whole():
    job = completed(state['single'].initiate_archive_retrieval())
    check(job.sha256_tree_hash == tree_hash(single), 'the job SHA256TreeHash is not the client tree hash')
    output = job.get_output()
    body = output['body'].read()
    check(body == single and output['checksum'] == tree_hash(body), 'whole retrieval')
    part = job.get_output(range='bytes=%d-%d' % (MIB, 2 * MIB - 1))
    check(part['body'].read() == single[MIB:2 * MIB], 'ranged GetJobOutput')


def retrieval_range():
    started = glacier.meta.client.initiate_job(vaultName=PREFIX + '-a', jobParameters={
        'Type': 'archive-retrieval', 'ArchiveId': state['multipart'].id, 'RetrievalByteRange': '%d-%d' % RANGE})
    job = completed(glacier.Job('-', PREFIX + '-a', started['jobId']))
    output = job.get_output()
    body = output['body'].read()
    check(body == big[RANGE[0]:RANGE[1] + 1] and output['checksum'] == tree_hash(body), 'ranged retrieval')


def list_jobs():
    seen = [job.id for job in state['vault'].jobs.page_size(1).all()]
    check(sorted(seen) == sorted(state['jobs']), 'the jobs collection: %r' % seen)
    check(len(list(state['vault'].succeeded_jobs.page_size(2).all())) == len(state['jobs']), 'succeeded_jobs')


def errors():
    try:
        glacier.Vault('-', PREFIX + '-missing').load()
        raise AssertionError('no error for a missing vault')
    except ClientError as error:
        check(error.response['Error']['Code'] == 'ResourceNotFoundException', error.response)
        check(error.response['ResponseMetadata']['HTTPStatusCode'] == 404, error.response)


def cleanup():
    state['single'].delete()
    state['multipart'].delete()
    state['vault'].delete()


Workflow().run([
    ('vaults', vaults), ('upload', upload), ('multipart', multipart),
    ('inventory-json', inventory('JSON')), ('inventory-csv', inventory('CSV')),
    ('retrieval-whole', retrieval_whole), ('retrieval-range', retrieval_range),
    ('list-jobs', list_jobs), ('errors', errors), ('cleanup', cleanup),
])
