import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../src/index.js';
import { prepareSources, type RawArticle } from '../../src/ingest/index.js';
import { filterReport, formatInChunks, formatters, terminalContext, toJsonReport } from '../../src/report/index.js';
import type { Report } from '../../src/types.js';
import { CORPORA, SAMPLE } from '../helpers.js';

function reportOf(dir: string): Report {
  const raws: RawArticle[] = readdirSync(dir)
    .sort()
    .map((f) => ({ id: f, path: path.join(dir, f), bytes: readFileSync(path.join(dir, f)) }));
  return analyzeSources(prepareSources(raws));
}

const ctx = terminalContext({ NO_COLOR: '1' }, false, 100);
const folders = [SAMPLE, ...readdirSync(CORPORA).map((c) => path.join(CORPORA, c, 'articles'))];
const reports = folders.map((dir) => [path.relative(path.dirname(SAMPLE), dir), reportOf(dir)] as const);

/** The JSON contract as one stringify of the whole report would print it: what the pieces must add up to. */
const wholeJson = (r: Report): string => `${JSON.stringify(toJsonReport(r), null, 2)}\n`;

// The JSON and NDJSON reports are written piece by piece; a user must get the very bytes one
// stringify of the whole report gives, whether the report has no group, a few or thousands.
describe('reports written in pieces', () => {
  for (const [name, report] of reports) {
    it(`JSON pieces join to the whole report: ${name}`, () => {
      const joined = [...formatInChunks('json', report, ctx)].join('');
      expect(joined).toBe(wholeJson(report));
      expect(formatters.json(report)).toBe(joined);
    });
    it(`NDJSON pieces give one whole group per line: ${name}`, () => {
      const joined = [...formatInChunks('ndjson', report, ctx)].join('');
      const lines = joined.split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.map((l) => JSON.parse(l))).toEqual((toJsonReport(report) as { groups: unknown[] }).groups);
    });
  }

  it('a report with no groups left after filtering is still the whole contract', () => {
    const report = filterReport(reports[0]![1], { only: 'conflicts' });
    expect(report.groups).toHaveLength(0);
    const joined = [...formatInChunks('json', report, ctx)].join('');
    expect(joined).toBe(wholeJson(report));
    expect(joined).toContain('"groups": [],');
    expect([...formatInChunks('ndjson', report, ctx)].join('')).toBe('');
  });

  it('a large report comes in pieces of about a megabyte, never as one string', () => {
    const base = reports[0]![1];
    // Thousands of groups: the sample's groups many times over, as a feed would give.
    const report: Report = { ...base, groups: Array.from({ length: 60 }, () => base.groups).flat() };
    const pieces = [...formatInChunks('json', report, ctx)];
    const total = pieces.reduce((n, p) => n + p.length, 0);
    expect(total).toBeGreaterThan(4 * 2 ** 20);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    // Small pieces are gathered, so a writer is called about once a megabyte, not once a group.
    expect(pieces.length).toBeLessThanOrEqual(Math.ceil(total / 2 ** 20) + 1);
    // A piece ends at the first group that takes it past a megabyte.
    const largestGroup = Math.max(...base.groups.map((g) => JSON.stringify(toJsonReport({ ...base, groups: [g] }), null, 2).length));
    for (const p of pieces) expect(p.length).toBeLessThan(2 ** 20 + largestGroup);
    expect(pieces.join('')).toBe(wholeJson(report));
  });

  it('formats without pieces come whole', () => {
    const report = reports[0]![1];
    expect([...formatInChunks('markdown', report, ctx)]).toEqual([formatters.markdown(report, ctx)]);
  });
});
