import type { Diagnostic } from '../core/diagnostic';

/** A diagnostic on one line (`path: what / Received: … / Expected: …`), at most `max` characters: for the console and JUnit's message attribute. */
export function diagnosticLine(diagnostic: Diagnostic | undefined, max = 400): string {
  if (!diagnostic) return '';
  const text = `${diagnostic.path}: ${diagnostic.message.trim().replace(/\s*\n\s*/g, ' / ')}`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
