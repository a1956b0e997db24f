/**
 * The seed or the committed model cannot be used (missing, unreadable, not
 * YAML, not the expected kind of document). The CLI turns it into a one-line
 * usage error with exit code 2; library callers can catch it by class.
 */
export class SpecInputError extends Error {
  override readonly name = 'SpecInputError';
}
