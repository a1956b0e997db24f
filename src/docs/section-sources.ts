/** One section of glacier-jobs-api.md: its title and the public AWS documentation pages it cites. */
export interface SectionSource {
  readonly title: string;
  readonly links: readonly string[];
}

export const DEVELOPER_GUIDE = 'https://docs.aws.amazon.com/amazonglacier/latest/dev/';

/**
 * glacier-jobs-api.md → `§N` / `§N.M` → title and the Developer Guide pages
 * (`DG:x` = `https://docs.aws.amazon.com/amazonglacier/latest/dev/x.html`, the
 * doc's §0) cited in that section, its subsections included. Pure.
 */
export function sectionSources(doc: string): Record<string, SectionSource> {
  const sections: Record<string, { title: string; links: Set<string> }> = {};
  let open: string[] = [];
  let underHeading = false;
  for (const line of doc.split('\n')) {
    const heading = /^#{2,3} (\d+(?:\.\d+)?)\.? (.*)$/.exec(line);
    if (heading) {
      const id = `§${heading[1]}`;
      sections[id] = { title: heading[2]!.trim(), links: new Set() };
      open = id.includes('.') ? [id.split('.')[0]!, id] : [id];
      underHeading = id.includes('.');
      continue;
    }
    // §7 numbers its points as a list: `6. List Jobs limit: …` is cited as §7.6.
    const item = /^(\d+)\. ([^:]+)/.exec(line);
    if (item && !underHeading) {
      const id = `${open[0]}.${item[1]}`;
      sections[id] = { title: item[2]!.trim(), links: new Set() };
      open = [open[0]!, id];
    }
    for (const match of line.matchAll(/DG:([a-z0-9][a-z0-9-]*)/g)) for (const id of open) sections[id]?.links.add(`${DEVELOPER_GUIDE}${match[1]}.html`);
  }
  return Object.fromEntries(Object.entries(sections).map(([id, { title, links }]) => [id, { title, links: [...links].sort() }]));
}
