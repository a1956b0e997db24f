import { DEVELOPER_GUIDE, type SectionSource } from './section-sources';

const dg = (page: string) => `${DEVELOPER_GUIDE}${page}.html`;

/**
 * The sections of glacier-jobs-api.md that the catalog cites, with the public AWS pages each cites:
 * sectionSources() of that document, kept here so docs/checks.md builds without it.
 * section-sources.test.ts compares it with the document whenever the document is at hand.
 */
export const CITED_SECTIONS: Readonly<Record<string, SectionSource>> = {
  '§1': { title: 'Conventions common to every operation', links: [dg('api-common-request-headers'), dg('api-common-response-headers'), dg('api-error-responses'), dg('api-initiate-job-post'), dg('api-vault-put')] },
  '§2': { title: 'Operations', links: [dg('api-archive-delete'), dg('api-archive-post'), dg('api-describe-job-get'), dg('api-initiate-job-post'), dg('api-job-output-get'), dg('api-job'), dg('api-jobs-get'), dg('api-vault-delete'), dg('api-vault-put'), dg('checksum-calculations-range'), dg('deleting-vaults'), dg('uploading-an-archive')] },
  '§2.1': { title: 'Initiate Job — `POST /{accountId}/vaults/{vaultName}/jobs`', links: [dg('api-initiate-job-post'), dg('api-job')] },
  '§2.2': { title: 'List Jobs — `GET /{accountId}/vaults/{vaultName}/jobs`', links: [dg('api-jobs-get')] },
  '§2.3': { title: 'Describe Job — `GET /{accountId}/vaults/{vaultName}/jobs/{jobId}`', links: [dg('api-describe-job-get')] },
  '§2.4': { title: 'Get Job Output — `GET /{accountId}/vaults/{vaultName}/jobs/{jobId}/output`', links: [dg('api-job-output-get'), dg('checksum-calculations-range')] },
  '§2.5': { title: 'Fixture operations', links: [dg('api-archive-delete'), dg('api-archive-post'), dg('api-vault-delete'), dg('api-vault-put'), dg('deleting-vaults'), dg('uploading-an-archive')] },
  '§3.2': { title: 'List Jobs paging, filters, order', links: [dg('api-error-responses'), dg('api-jobs-get'), dg('api-vaults-get')] },
  '§3.3': { title: 'Job lifecycle, expiry and per-type field values', links: [dg('api-describe-job-get'), dg('api-initiate-job-post')] },
  '§3.4': { title: 'RetrievalByteRange (Initiate Job) — megabyte alignment', links: [dg('api-job'), dg('checksum-calculations-range')] },
  '§3.5': { title: 'Get Job Output: Range, 206, Content-Range, and when the tree-hash header appears', links: [dg('api-job-output-get'), dg('checksum-calculations-range')] },
  '§3.6': { title: 'Inventory retrieval', links: [dg('api-initiate-job-post'), dg('api-job-output-get')] },
  '§4': { title: 'Errors', links: [dg('api-error-responses')] },
  '§5': { title: 'SHA-256 tree hash', links: [dg('checksum-calculations'), dg('uploading-an-archive')] },
  '§6': { title: 'Tree-hash aligned ranges (precise rule)', links: [dg('checksum-calculations-range')] },
  '§7.3': { title: 'SHA256TreeHash for an InProgress whole-archive job', links: [] },
  '§7.4': { title: 'Tree-hash header rule for Get Job Output', links: [] },
  '§7.6': { title: 'List Jobs limit', links: [] },
  '§7.7': { title: 'Non-applicable fields', links: [] },
  '§7.9': { title: '`completed` documented as Boolean in DG but a string in M; on the wire it is the text `true`/`false`.', links: [] },
  '§8': { title: 'What a faithful model needs that a scraped swagger lacks', links: [] },
};
