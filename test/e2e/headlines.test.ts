import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { ROOT, run, runJson } from '../helpers.js';

/** Three reports of one storm, written here: a front-matter title, a title line, and a page title. */
const DIR = path.join(ROOT, 'fixtures', 'headlines');

describe('headlines are claims too', () => {
  const { json } = runJson<Report>([DIR]);
  const claims = json.groups.flatMap((g) => g.claims.map((c) => ({ ...c, group: g })));
  const headlines = claims.filter((c) => (c as { headline?: boolean }).headline);

  it('reads a figure from a front-matter title, a title line and an HTML <title>, and marks it', () => {
    expect(headlines.map((c) => `${c.source}:${c.text}`).sort()).toEqual(['bay-news.html:14', 'coast-herald.md:12', 'valley-times.md:12']);
  });

  it('leaves a site name after the title out of the headline', () => {
    expect(headlines.find((c) => c.source === 'coast-herald.md')!.sentence).toBe('Storm kills 12 in coastal towns');
  });

  it('groups a headline with its body and adds no extra source for it', () => {
    const toll = headlines[0]!.group;
    expect(toll.claims.filter((c) => c.source === 'coast-herald.md').length).toBe(2);
    expect(toll.independentSources).toBe(3);
  });

  it('the table marks headline claims', () => {
    expect(run([DIR, '--only', 'conflicts']).stdout).toMatch(/coast-herald\.md:\d+:\d+ \(headline\)/);
  });

  it('reads no names from a headline, whose every word is capitalised', () => {
    expect(headlines.every((c) => !['person', 'organization', 'place'].includes(c.type))).toBe(true);
  });
});
