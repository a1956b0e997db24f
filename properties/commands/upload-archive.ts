import type fc from 'fast-check';
import type { GlacierReal } from '../glacier-real';
import { archiveContent } from '../model/archive-content';
import { modelArchive, type GlacierModel } from '../model/glacier-model';
import { call } from '../observe';

/** Fixture: uploads an archive whose bytes follow from (size, seed); the model hashes them itself. */
export class UploadArchiveCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  constructor(
    readonly size: number,
    readonly seed: number,
    readonly description: string | undefined,
  ) {}

  check = (model: Readonly<GlacierModel>) => model.archives.length < 3;

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const content = archiveContent(this.size, this.seed);
    const expected = modelArchive('', content, this.description ?? '');
    const sentAt = real.scheduler.now();
    const response = await call(real, real.client.uploadArchive({ vaultName: real.vaultName, body: content, description: this.description }), [201]);
    const uploaded = { sentAt, answeredAt: real.scheduler.now() };
    real.recorder.observe('tree-hash.upload-hash-echoed', { response, treeHash: expected.treeHash });
    const archiveId = response.headers['x-amz-archive-id'];
    if (response.status === 201 && archiveId) model.archives.push({ ...expected, archiveId, uploaded });
  }

  toString = () => `UploadArchive(${this.size} bytes, seed ${this.seed}${this.description === undefined ? '' : `, ${JSON.stringify(this.description)}`})`;
}

/** Uploads bytes with the tree hash of other bytes: the target must refuse (§2.5, §4). */
export class UploadWrongHashCommand implements fc.AsyncCommand<GlacierModel, GlacierReal> {
  constructor(readonly size: number) {}

  check = () => true;

  async run(model: GlacierModel, real: GlacierReal): Promise<void> {
    const content = archiveContent(this.size, 7);
    const other = modelArchive('', archiveContent(this.size, 8), '');
    const response = await call(real, real.client.uploadArchive({ vaultName: real.vaultName, body: content, treeHash: other.treeHash }));
    real.recorder.observe('tree-hash.upload-wrong-hash-rejected', { response });
    // A target that wrongly accepted it now holds an archive the model does not count on; clean it up.
    const archiveId = response.headers['x-amz-archive-id'];
    if (response.status < 300 && archiveId) await real.client.deleteArchive({ vaultName: real.vaultName, archiveId });
  }

  toString = () => `UploadArchive(${this.size} bytes, wrong x-amz-sha256-tree-hash)`;
}
