/**
 * Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` with
 * `body`, keeping the markers, so generated tables live inside a hand-written
 * file. Throws when the markers are missing or out of order: a generator must
 * never guess where to write.
 */
export function replaceSection(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} section to replace`);
  return `${text.slice(0, from + start.length)}\n${body.trimEnd()}\n${text.slice(to)}`;
}
