import { parse as parseYaml } from 'yaml';
import { CATALOG } from '../checks/catalog';
import { PROFILES, type Profile } from './profile';

/**
 * Builds a profile from the text of a user's profile file (YAML or JSON):
 *
 * ```yaml
 * extends: aws            # a built-in profile, default aws
 * name: my-emulator
 * listJobsLimit: { min: 1, max: 1000, default: 1000 }
 * outputTreeHash: either   # tree-hash-aligned | megabyte-aligned | either
 * listJobsOrder: monotone  # oldest-first | monotone (either direction, §9)
 * limitAboveMax: rejected-or-clamped  # rejected | rejected-or-clamped (§9)
 * inventoryJobTier: string-null-or-absent  # string-or-absent | string-null-or-absent (§9)
 * inventoryContents: snapshot  # live | snapshot (as of InventoryDate, §9.2)
 * jobCompletionSeconds: 300   # jobs complete within this (lifecycle.completes-within-bound)
 * knownDeviations:
 *   - check: inventory.json-csv-agree
 *     reason: CSV inventories are not implemented yet (TICKET-12)
 * ```
 *
 * Pure: returns the profile or a one-line reason it is not valid.
 */
export function parseProfileFile(text: string, fileName: string): { ok: true; profile: Profile } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return { ok: false, error: `profile ${fileName} is not YAML or JSON: ${String((error as Error).message).split('\n')[0]}` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: `profile ${fileName} must be a mapping` };
  const file = raw as Record<string, unknown>;
  const known = new Set(['extends', 'name', 'description', 'listJobsLimit', 'outputTreeHash', 'listJobsOrder', 'limitAboveMax', 'inventoryJobTier', 'inventoryContents', 'stateless', 'jobCompletionSeconds', 'knownDeviations']);
  const unknown = Object.keys(file).find((key) => !known.has(key));
  if (unknown) return { ok: false, error: `profile ${fileName}: unknown key '${unknown}'` };
  const base = PROFILES[String(file['extends'] ?? 'aws')];
  if (!base) return { ok: false, error: `profile ${fileName}: extends '${String(file['extends'])}', which is not one of ${Object.keys(PROFILES).join(', ')}` };
  const limit = { ...base.listJobsLimit, ...(file['listJobsLimit'] as object | undefined) };
  if (![limit.min, limit.max, limit.default].every((n) => Number.isInteger(n) && n >= 1) || limit.min > limit.default || limit.default > limit.max) {
    return { ok: false, error: `profile ${fileName}: listJobsLimit needs whole numbers 1 ≤ min ≤ default ≤ max` };
  }
  const reading = file['outputTreeHash'] ?? base.outputTreeHash;
  if (!['tree-hash-aligned', 'megabyte-aligned', 'either'].includes(String(reading))) {
    return { ok: false, error: `profile ${fileName}: outputTreeHash must be tree-hash-aligned, megabyte-aligned or either` };
  }
  const order = file['listJobsOrder'] ?? base.listJobsOrder;
  if (order !== 'oldest-first' && order !== 'monotone') return { ok: false, error: `profile ${fileName}: listJobsOrder must be oldest-first or monotone` };
  const aboveMax = file['limitAboveMax'] ?? base.limitAboveMax;
  if (aboveMax !== 'rejected' && aboveMax !== 'rejected-or-clamped') return { ok: false, error: `profile ${fileName}: limitAboveMax must be rejected or rejected-or-clamped` };
  const tier = file['inventoryJobTier'] ?? base.inventoryJobTier;
  if (tier !== 'string-or-absent' && tier !== 'string-null-or-absent') return { ok: false, error: `profile ${fileName}: inventoryJobTier must be string-or-absent or string-null-or-absent` };
  const contents = file['inventoryContents'] ?? base.inventoryContents;
  if (contents !== 'live' && contents !== 'snapshot') return { ok: false, error: `profile ${fileName}: inventoryContents must be live or snapshot` };
  const seconds = file['jobCompletionSeconds'];
  if (seconds !== undefined && !(typeof seconds === 'number' && Number.isInteger(seconds) && seconds >= 1)) {
    return { ok: false, error: `profile ${fileName}: jobCompletionSeconds must be a whole number of seconds, at least 1` };
  }
  const bound = seconds === undefined ? base.jobCompletionBoundMs : seconds * 1000;
  const deviations = (file['knownDeviations'] ?? []) as { check?: unknown; reason?: unknown }[];
  if (!Array.isArray(deviations)) return { ok: false, error: `profile ${fileName}: knownDeviations must be a list` };
  for (const deviation of deviations) {
    if (!CATALOG.some((entry) => entry.id === deviation?.check)) return { ok: false, error: `profile ${fileName}: known deviation names no check of the catalog: ${JSON.stringify(deviation?.check)}` };
    if (typeof deviation.reason !== 'string' || deviation.reason === '') return { ok: false, error: `profile ${fileName}: known deviation ${String(deviation.check)} needs a reason` };
  }
  return {
    ok: true,
    profile: {
      name: String(file['name'] ?? fileName),
      description: String(file['description'] ?? `${base.name} with the changes in ${fileName}`),
      listJobsLimit: limit,
      outputTreeHash: reading as Profile['outputTreeHash'],
      listJobsOrder: order,
      limitAboveMax: aboveMax,
      inventoryJobTier: tier,
      inventoryContents: contents,
      stateless: Boolean(file['stateless'] ?? base.stateless),
      ...(bound !== undefined ? { jobCompletionBoundMs: bound } : {}),
      knownDeviations: [...base.knownDeviations, ...deviations.map((d) => ({ check: String(d.check), reason: String(d.reason) }))],
    },
  };
}
