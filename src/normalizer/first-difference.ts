export interface LineDifference {
  /** 1-based line number of the first line that differs. */
  readonly line: number;
  readonly expected: string | undefined;
  readonly actual: string | undefined;
}

/** The first line where `actual` differs from `expected`, or undefined when they are equal. */
export function firstDifference(expected: string, actual: string): LineDifference | undefined {
  if (expected === actual) return undefined;
  const want = expected.split('\n');
  const got = actual.split('\n');
  for (let index = 0; index < Math.max(want.length, got.length); index += 1) {
    if (want[index] !== got[index]) return { line: index + 1, expected: want[index], actual: got[index] };
  }
  // Unreachable: equal lines join back to equal strings.
  return { line: want.length, expected: undefined, actual: undefined };
}
