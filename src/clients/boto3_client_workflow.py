"""The Glacier workflow through boto3's client API: botocore computes every tree hash
and x-amz-content-sha256, parses every response and error, and pages with its paginators."""
import csv
import io
import json

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError
from botocore.utils import calculate_tree_hash

from workflow_common import MIB, MULTIPART_SIZE, PART_SIZE, PREFIX, RANGE, REGION, SINGLE_SIZE, ENDPOINT, Workflow, archive, check, wait_until

glacier = boto3.client('glacier', endpoint_url=ENDPOINT, region_name=REGION, config=Config(retries={'max_attempts': 1}))
vault, other = PREFIX + '-a', PREFIX + '-b'
single, big = archive(SINGLE_SIZE), archive(MULTIPART_SIZE)
ids, jobs = {}, {}


def tree_hash(data):
    return calculate_tree_hash(io.BytesIO(data))


def listed_vaults():
    pages = glacier.get_paginator('list_vaults').paginate(PaginationConfig={'PageSize': 1})
    return [v['VaultName'] for page in pages for v in page['VaultList']]


def vaults():
    for name in (vault, other):
        glacier.create_vault(vaultName=name)
    described = glacier.describe_vault(vaultName=vault)
    check(described['VaultName'] == vault and described['VaultARN'].endswith(':vaults/' + vault), described)
    check({vault, other} <= set(listed_vaults()), 'ListVaults pages miss a vault')
    glacier.delete_vault(vaultName=other)
    check(other not in listed_vaults(), 'a deleted vault is still listed')


def upload():
    response = glacier.upload_archive(vaultName=vault, body=single, archiveDescription='single')
    check(response['checksum'] == tree_hash(single), 'UploadArchive checksum differs from the client tree hash')
    ids['single'] = response['archiveId']


def multipart():
    upload_id = glacier.initiate_multipart_upload(vaultName=vault, partSize=str(PART_SIZE), archiveDescription='multipart')['uploadId']
    for offset in range(0, len(big), PART_SIZE):
        chunk = big[offset:offset + PART_SIZE]
        part = glacier.upload_multipart_part(vaultName=vault, uploadId=upload_id, range='bytes %d-%d/*' % (offset, offset + len(chunk) - 1), body=chunk)
        check(part['checksum'] == tree_hash(chunk), 'part checksum')
    listed = glacier.list_parts(vaultName=vault, uploadId=upload_id)['Parts']
    check(len(listed) == 5, 'ListParts lists %d parts, not 5' % len(listed))
    done = glacier.complete_multipart_upload(vaultName=vault, uploadId=upload_id, archiveSize=str(len(big)), checksum=tree_hash(big))
    check(done['checksum'] == tree_hash(big), 'CompleteMultipartUpload checksum')
    ids['multipart'] = done['archiveId']


def completed_job(parameters):
    job_id = glacier.initiate_job(vaultName=vault, jobParameters=parameters)['jobId']
    jobs[job_id] = parameters
    wait_until(lambda: glacier.describe_job(vaultName=vault, jobId=job_id)['Completed'], 'job ' + job_id)
    return job_id


def inventory(fmt):
    def run():
        output = glacier.get_job_output(vaultName=vault, jobId=completed_job({'Type': 'inventory-retrieval', 'Format': fmt}))
        text = output['body'].read().decode('utf-8')
        rows = json.loads(text)['ArchiveList'] if fmt == 'JSON' else list(csv.DictReader(io.StringIO(text)))
        listed = {row['ArchiveId']: row for row in rows}
        check(set(ids.values()) <= set(listed), 'the inventory misses an archive')
        check(int(listed[ids['multipart']]['Size']) == len(big), 'inventory Size')
        check(listed[ids['multipart']]['SHA256TreeHash'] == tree_hash(big), 'inventory SHA256TreeHash')
    return run


def retrieval_whole():
    job_id = completed_job({'Type': 'archive-retrieval', 'ArchiveId': ids['single']})
    output = glacier.get_job_output(vaultName=vault, jobId=job_id)
    body = output['body'].read()
    check(body == single and output['checksum'] == tree_hash(body), 'whole retrieval bytes or checksum')
    first = glacier.get_job_output(vaultName=vault, jobId=job_id, range='bytes=0-%d' % (MIB - 1))
    part = first['body'].read()
    check(first['status'] == 206 and part == single[:MIB] and first['checksum'] == tree_hash(part), 'ranged GetJobOutput')


def retrieval_range():
    start, end = RANGE
    job_id = completed_job({'Type': 'archive-retrieval', 'ArchiveId': ids['multipart'], 'RetrievalByteRange': '%d-%d' % RANGE})
    output = glacier.get_job_output(vaultName=vault, jobId=job_id)
    body = output['body'].read()
    check(body == big[start:end + 1] and output['checksum'] == tree_hash(body), 'ranged retrieval bytes or checksum')


def list_jobs():
    pages = list(glacier.get_paginator('list_jobs').paginate(vaultName=vault, PaginationConfig={'PageSize': 1}))
    seen = [job['JobId'] for page in pages for job in page['JobList']]
    check(len(pages) >= len(jobs) and sorted(seen) == sorted(jobs), 'ListJobs pages: %r' % seen)


def errors():
    for call, code in [
        (lambda: glacier.describe_vault(vaultName=PREFIX + '-missing'), 'ResourceNotFoundException'),
        (lambda: glacier.describe_job(vaultName=vault, jobId='no-such-job'), 'ResourceNotFoundException'),
        (lambda: glacier.initiate_job(vaultName=vault, jobParameters={'Type': 'no-such-type'}), 'InvalidParameterValueException'),
    ]:
        try:
            call()
            raise AssertionError('no error for ' + code)
        except ClientError as error:
            check(error.response['Error']['Code'] == code, error.response)


def cleanup():
    for archive_id in ids.values():
        glacier.delete_archive(vaultName=vault, archiveId=archive_id)
    glacier.delete_vault(vaultName=vault)


Workflow().run([
    ('vaults', vaults), ('upload', upload), ('multipart', multipart),
    ('inventory-json', inventory('JSON')), ('inventory-csv', inventory('CSV')),
    ('retrieval-whole', retrieval_whole), ('retrieval-range', retrieval_range),
    ('list-jobs', list_jobs), ('errors', errors), ('cleanup', cleanup),
])
