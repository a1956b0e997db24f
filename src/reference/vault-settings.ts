import { GlacierErrors, isGlacierError, type GlacierError } from './glacier-errors';
import { withVault, type Vault } from './glacier-state';
import { checkMembers, objectMember, parseJsonObject, stringMember, type JsonObject } from './json-body';
import { vaultOf, type Operation, type OperationContext } from './operation';
import { vaultArn } from './reference-config';
import { emptyResponse, jsonResponse } from './reference-http';

/** The events a vault can notify about (model: VaultNotificationConfig.Events). */
export const VAULT_EVENTS: readonly string[] = ['ArchiveRetrievalCompleted', 'InventoryRetrievalCompleted'];
const SNS_ARN = /^arn:[^:\s]+:sns:[^\s]+$/;
const MAX_TAGS = 10;

/** The named vault and its JSON body, parsed: the start of every settings write. */
function vaultAndBody(context: OperationContext): { vault: Vault; body: JsonObject } | GlacierError {
  const vault = vaultOf(context);
  if (isGlacierError(vault)) return vault;
  const body = parseJsonObject(context.request.body);
  return isGlacierError(body) ? body : { vault, body };
}

function store(context: OperationContext, vault: Vault, status = 204) {
  return { state: withVault(context.state, vault), response: emptyResponse(status) };
}

/** An operation on the named vault that changes it with `change`, or answers its error. */
function vaultWrite(change: (context: OperationContext, vault: Vault, body: JsonObject) => Vault | GlacierError): Operation {
  return (context) => {
    const found = vaultAndBody(context);
    if (isGlacierError(found)) return found;
    const next = change(context, found.vault, found.body);
    return isGlacierError(next) ? next : store(context, next);
  };
}

/** An operation reading the named vault: `read` returns the JSON body or an error. */
function vaultRead(read: (context: OperationContext, vault: Vault) => unknown): Operation {
  return (context) => {
    const vault = vaultOf(context);
    if (isGlacierError(vault)) return vault;
    const body = read(context, vault);
    return isGlacierError(body) ? body : { state: context.state, response: jsonResponse(200, body) };
  };
}

const arnOf = (context: OperationContext) => vaultArn(context.state.config, context.route.vaultName);

/** Set Vault Notifications (model): 204; SNSTopic an SNS ARN, Events from {@link VAULT_EVENTS}. */
export const setVaultNotifications = vaultWrite((_context, vault, body) => {
  const shape = checkMembers(body, { SNSTopic: 'string', Events: 'array' }, 'VaultNotificationConfig');
  if (shape) return shape;
  const snsTopic = stringMember(body, 'SNSTopic');
  if (snsTopic === null) return GlacierErrors.missingParameter('SNSTopic');
  if (!SNS_ARN.test(snsTopic)) return GlacierErrors.invalidParameter(`The SNS topic is not a valid ARN: ${snsTopic}`);
  const events = Array.isArray(body.Events) ? (body.Events as unknown[]) : [];
  const unknown = events.find((event) => typeof event !== 'string' || !VAULT_EVENTS.includes(event));
  if (unknown !== undefined) return GlacierErrors.invalidParameter(`The event is not valid: ${String(unknown)}`);
  return { ...vault, notifications: { snsTopic, events: [...new Set(events as string[])] } };
});

/** Get Vault Notifications (model): the configuration, or 404 when none is set (inferred wording). */
export const getVaultNotifications = vaultRead((context, vault) =>
  vault.notifications === null
    ? GlacierErrors.notConfigured('notification configuration', arnOf(context))
    : { SNSTopic: vault.notifications.snsTopic, Events: vault.notifications.events },
);

export const deleteVaultNotifications = vaultWrite((_context, vault) => ({ ...vault, notifications: null }));

/** Add Tags To Vault (model): 204; an existing key is overwritten; more than 10 tags is LimitExceededException. */
export const addTagsToVault = vaultWrite((_context, vault, body) => {
  const tags = objectMember(body, 'Tags') ?? {};
  const entries = Object.entries(tags);
  const bad = entries.find(([key, value]) => typeof value !== 'string' || key.length < 1 || key.length > 128 || value.length > 256);
  if (bad) return GlacierErrors.invalidParameter(`The tag is not valid: ${bad[0]}`);
  const next = new Map(vault.tags);
  for (const [key, value] of entries) next.set(key, value as string);
  if (next.size > MAX_TAGS) return GlacierErrors.tooManyTags(MAX_TAGS);
  return { ...vault, tags: next };
});

export const listTagsForVault = vaultRead((_context, vault) => ({ Tags: Object.fromEntries(vault.tags) }));

/** Remove Tags From Vault (model): 204; keys the vault does not have are ignored. */
export const removeTagsFromVault = vaultWrite((_context, vault, body) => {
  const keys = Array.isArray(body.TagKeys) ? (body.TagKeys as unknown[]) : [];
  if (keys.some((key) => typeof key !== 'string')) return GlacierErrors.badShape('TagKeys must be a list of strings');
  const next = new Map(vault.tags);
  for (const key of keys as string[]) next.delete(key);
  return { ...vault, tags: next };
});

/** The `Policy` string of a body `{"Policy": "…"}` (model: VaultAccessPolicy, VaultLockPolicy), at most 20 KB. */
export function policyText(body: JsonObject): string | GlacierError {
  const policy = stringMember(body, 'Policy');
  if (policy === null) return GlacierErrors.missingParameter('Policy');
  if (Buffer.byteLength(policy) > 20 * 1024) return GlacierErrors.invalidParameter('The policy is larger than 20 KB');
  try {
    JSON.parse(policy);
  } catch {
    return GlacierErrors.invalidParameter('The policy is not a valid JSON document');
  }
  return policy;
}

/** Set Vault Access Policy (model): 204; the reference stores the policy but does not enforce it. */
export const setVaultAccessPolicy = vaultWrite((_context, vault, body) => {
  const policy = policyText(body);
  return isGlacierError(policy) ? policy : { ...vault, accessPolicy: policy };
});

export const getVaultAccessPolicy = vaultRead((context, vault) =>
  vault.accessPolicy === null ? GlacierErrors.notConfigured('vault access policy', arnOf(context)) : { Policy: vault.accessPolicy },
);

export const deleteVaultAccessPolicy = vaultWrite((_context, vault) => ({ ...vault, accessPolicy: null }));
