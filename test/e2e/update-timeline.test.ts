import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { CORPORA, run, runJson } from '../helpers.js';

/** The planted quake corpus: a toll of 48 on 12 March that a later article says "rose to 61". */
const QUAKE = path.join(CORPORA, 'quake', 'articles');

describe('an update shows its figures in time order in every format', () => {
  const { json } = runJson<Report>([QUAKE]);
  const update = json.groups.find((g) => g.status === 'conflict' && g.kind === 'update');

  it('the JSON report gives the timeline oldest first, with days and sources', () => {
    expect(update).toBeDefined();
    const points = update!.timeline!;
    expect(points.map((p) => p.display)).toEqual(['48', '≥48', '61']);
    const times = points.map((p) => p.time);
    expect([...times].sort()).toEqual(times);
    expect(points[0]!.time).toBe('2024-03-12');
    expect(points[points.length - 1]!.sources).toContain('daily-ledger-quake.md');
  });

  it('every other group has no timeline', () => {
    expect(json.groups.filter((g) => g !== update).every((g) => g.timeline === null)).toBe(true);
  });

  for (const format of ['table', 'markdown', 'html']) {
    it(`${format} prints the figures over time`, () => {
      const out = run([QUAKE, '--format', format]).stdout;
      expect(out).toMatch(/over time:?\s*(?:<\/strong>\s*)?/i);
      expect(out).toMatch(/2024-03-12[^→]*→[^\n]*61 \(2024-03-13, daily-ledger-quake\.md\)/);
    });
  }

  it('--explain shows each claim\'s shape and the timeline', () => {
    const out = run([QUAKE, '--explain', update!.id]).stdout;
    expect(out).toMatch(/measure deaths; owner [^;]+; reported 2024-03-1\d/);
    expect(out).toContain('Over time:');
  });
});
