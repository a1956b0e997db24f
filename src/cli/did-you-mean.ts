import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to a mistyped word, if it is close enough to be what
 * the user meant (two edits, or a third of its letters for long words; swapped letters count two):
 * `--targt` → `--target`, `sevre` → `serve`, never `x` → `run`.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; cost: number } | undefined;
  for (const candidate of candidates) {
    const cost = distance(word.toLowerCase(), candidate.toLowerCase());
    if (best === undefined || cost < best.cost) best = { candidate, cost };
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(2, Math.floor(Math.max(word.length, best.candidate.length) / 3));
  return best.cost <= allowed && best.cost < best.candidate.length - 1 ? best.candidate : undefined;
}

/** ` (did you mean 'X'?)`, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? '' : ` (did you mean '${match}'?)`;
}
