import { describe, expect, it } from 'vitest';
import { prepareSources } from '../../../src/ingest/index.js';
import { detectCopies, independentCount } from '../../../src/reconcile/index.js';
import type { Source } from '../../../src/types.js';

const WIRE =
  'The Harbour Authority said on Monday that the new container terminal will open in March after a two-year delay. ' +
  'Officials said the terminal cost $410 million and will handle about 1.2 million containers a year. ' +
  'Dock workers had protested the automation plans for several months before the agreement was signed. ' +
  'The authority expects shipping volumes to recover fully by the end of next year.';
const INDEPENDENT =
  'Ships queued outside the port for a third day as crane operators walked out over pay. ' +
  'A union spokesman called the offer an insult and promised further stoppages this month. ' +
  'Freight forwarders warned that retailers could face empty shelves before the holidays.';

function sources(articles: Record<string, { text: string; date?: string }>): Source[] {
  const raws = Object.entries(articles).map(([id, { text, date }]) => ({
    id,
    path: id,
    bytes: Buffer.from(date ? `---\ndate: ${date}\n---\n${text}\n` : `${text}\n`),
  }));
  return prepareSources(raws).sources;
}

describe('copy detection', () => {
  it('finds a rewrite of a wire story and names the later article as the copy', () => {
    const rewrite = `${WIRE.replace('on Monday', 'this week')} Local traders welcomed the news.`;
    const found = detectCopies(sources({ 'a.md': { text: rewrite, date: '2024-03-02' }, 'b.md': { text: WIRE, date: '2024-03-01' }, 'c.md': { text: INDEPENDENT } }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ source: 'a.md', copyOf: 'b.md' });
    expect(found[0]!.overlap).toBeGreaterThan(0.8);
  });

  it('does not call two reports of one event copies when they share only short phrases', () => {
    const other = 'The Harbour Authority said the container terminal will open in March. Its cost was put at $410 million by officials.';
    expect(detectCopies(sources({ 'a.txt': { text: WIRE }, 'b.txt': { text: other } }))).toEqual([]);
  });

  it('ignores a stock passage that more than fifty articles carry', () => {
    const boilerplate = 'This article was produced with the support of the regional press fund and may be republished under its terms.';
    const articles: Record<string, { text: string }> = {};
    for (let i = 0; i < 60; i++) articles[`story-${String(i).padStart(2, '0')}.txt`] = { text: `Story number ${i} covers council meeting ${i * 7}. ${boilerplate}` };
    expect(detectCopies(sources(articles))).toEqual([]);
  });

  it('gives the same relations whatever order the sources come in', () => {
    const rewrite = `${WIRE} Local traders welcomed the news.`;
    const list = sources({ 'a.txt': { text: rewrite }, 'b.txt': { text: WIRE }, 'c.txt': { text: INDEPENDENT }, 'd.txt': { text: `${INDEPENDENT} More talks are planned.` } });
    expect(detectCopies([...list].reverse())).toEqual(detectCopies(list));
    expect(detectCopies(list).map((c) => `${c.source}<${c.copyOf}`)).toEqual(['b.txt<a.txt', 'd.txt<c.txt']);
  });
});

describe('independent sources', () => {
  const copies = [
    { source: 'b', copyOf: 'a', overlap: 0.9 },
    { source: 'c', copyOf: 'b', overlap: 0.8 },
  ];
  it.each([
    [['a', 'b', 'c', 'd'], 2],
    [['a', 'c'], 2],
    [['b', 'c'], 1],
    [['d'], 1],
    [[], 0],
  ])('%j count as %i', (ids, expected) => {
    expect(independentCount(ids, copies)).toBe(expected);
  });
});
