import type { Diagnostic } from '../core/diagnostic';
import { CATALOG, type FamilyCheckId } from './catalog';
import type { Family } from './check-definition';

/** A pure check: all diagnostics for one observation, [] when it passes. Never throws. */
export type CheckFn<Input> = (input: Input) => Diagnostic[];

/** A family's implementations: keyed by catalog ids of that family only (a foreign or misspelt id does not compile). */
export type FamilyChecks<F extends Family> = { readonly [Id in FamilyCheckId<F>]?: CheckFn<never> };

const implemented = new Map<string, Family>();

/**
 * Declares the implementations of one family's checks. Every key must be a
 * catalog id of that family, and an id may be implemented only once in the
 * whole program: the catalog is the list of rules, this is the one place each
 * rule becomes code. The types enforce the first rule, this guard both at load time.
 */
export function defineChecks<F extends Family, const T extends FamilyChecks<F>>(family: F, checks: T & Record<Exclude<keyof T, FamilyCheckId<F>>, never>): T {
  for (const id of Object.keys(checks)) {
    const entry = CATALOG.find((candidate) => candidate.id === id);
    if (!entry) throw new Error(`check '${id}' is not in the catalog`);
    if (entry.family !== family) throw new Error(`check '${id}' belongs to family '${entry.family}', not '${family}'`);
    if (implemented.has(id)) throw new Error(`check '${id}' is implemented twice`);
    implemented.set(id, family);
  }
  return checks;
}

/** Ids implemented so far (after the family modules were imported). */
export function implementedCheckIds(): ReadonlySet<string> {
  return new Set(implemented.keys());
}
