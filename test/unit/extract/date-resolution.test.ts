import { describe, expect, it } from 'vitest';
import { extractSource } from '../../../src/extract/index.js';
import { prepareSources } from '../../../src/ingest/index.js';
import type { DateValue } from '../../../src/types.js';

/** The resolved date claims of one sentence published on `published`. */
function dates(text: string, published: string): string[] {
  const bytes = Buffer.from(`---\npublished: ${published}\n---\n${text}\n`);
  const { sources } = prepareSources([{ id: 'a.md', path: 'a.md', bytes }]);
  return extractSource(sources[0]!)
    .filter((c) => c.type === 'date')
    .map((c) => `${c.text}=${(c.value as DateValue).iso}`);
}

describe('a yearless date resolves against the publication date, forward only when the sentence looks ahead', () => {
  const cases: { text: string; published: string; claims: string[] }[] = [
    { text: 'The court ruled in April.', published: '2025-03-10', claims: ['April=2024-04'] },
    { text: 'The runoff will be held on October 29.', published: '2023-10-16', claims: ['October 29=2023-10-29'] },
    { text: 'Campaigning intensified ahead of the October 29 runoff.', published: '2023-10-16', claims: ['October 29=2023-10-29'] },
    { text: 'In the vote on 15 October, Malvick finished ahead of Quintel.', published: '2023-10-17', claims: ['15 October=2023-10-15'] },
  ];
  for (const c of cases) it(c.text, () => expect(dates(c.text, c.published)).toEqual(c.claims));
});
