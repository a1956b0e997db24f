/**
 * Target text made safe for a terminal (issue 15): every control character a target could
 * send (NUL, ESC of an ANSI sequence, CR that rewrites a line, BEL, DEL, the C1 controls, the
 * bidi overrides that reorder a line) is shown as an escape (`\x1b`, `\r`, `\u202e`) instead of
 * acting on the screen. Line feeds stay where `keepNewlines` says the text is ours to break.
 */
const NAMED: Readonly<Record<string, string>> = { '\r': '\\r', '\t': '\\t', '\n': '\\n', '\0': '\\0' };

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_AND_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function terminalText(text: string, { keepNewlines = false }: { readonly keepNewlines?: boolean } = {}): string {
  return text.replace(keepNewlines ? CONTROLS : CONTROLS_AND_NEWLINE, escapeOne);
}
