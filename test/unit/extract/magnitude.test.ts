import { describe, expect, it } from 'vitest';
import { extractSource } from '../../../src/extract/index.js';
import { prepareSources } from '../../../src/ingest/index.js';

/** Every figure claim of one sentence, as `type text unit`. */
function figures(text: string): string[] {
  const { sources } = prepareSources([{ id: 'a.txt', path: 'a.txt', bytes: Buffer.from(`${text}\n`) }]);
  return extractSource(sources[0]!)
    .filter((c) => c.type === 'number' || c.type === 'quantity')
    .map((c) => `${c.type} ${c.text} ${(c.value as { unit?: string }).unit ?? '-'}`);
}

describe('an earthquake magnitude is one kind of figure however it is written', () => {
  const cases: { text: string; claims: string[] }[] = [
    { text: 'A magnitude-6.4 earthquake struck the valley.', claims: ['quantity magnitude-6.4 magnitude'] },
    { text: 'The quake measured 6.4 and struck at dawn.', claims: ['quantity 6.4 magnitude'] },
    { text: 'The observatory put the magnitude at 6.4.', claims: ['quantity 6.4 magnitude'] },
    { text: 'The tremor registered 5.9 on the scale.', claims: ['quantity 5.9 magnitude'] },
    // Not a quake sentence, a whole number, or a hedged figure: left as it is.
    { text: 'The index measured 6.4 at the close.', claims: ['number 6.4 -'] },
    { text: 'The quake measured 7 in some reports.', claims: ['number 7 -'] },
    { text: 'The quake killed 6 people.', claims: ['number 6 -'] },
  ];
  for (const c of cases) it(c.text, () => expect(figures(c.text)).toEqual(c.claims));
});
