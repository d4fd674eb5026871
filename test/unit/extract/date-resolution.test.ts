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

describe('a yearless date takes the year nearest the publication date, unless the tense says otherwise', () => {
  const cases: { text: string; published: string; claims: string[] }[] = [
    { text: 'The court ruled in April.', published: '2025-03-10', claims: ['April=2024-04'] },
    { text: 'The runoff will be held on October 29.', published: '2023-10-16', claims: ['October 29=2023-10-29'] },
    { text: 'Campaigning intensified ahead of the October 29 runoff.', published: '2023-10-16', claims: ['October 29=2023-10-29'] },
    { text: 'In the vote on 15 October, Malvick finished ahead of Quintel.', published: '2023-10-17', claims: ['15 October=2023-10-15'] },
    { text: 'The merger must close by Dec. 31, the regulator said.', published: '2025-03-31', claims: ['by Dec. 31=2025-12-31'] },
    { text: 'The new fee is effective June 30.', published: '2025-06-26', claims: ['June 30=2025-06-30'] },
    { text: 'Officials said on Thursday that repairs continue.', published: '2025-06-27', claims: ['Thursday=2025-06-26'] },
    { text: 'Rescuers said yesterday that the search was over.', published: '2025-06-27', claims: ['yesterday=2025-06-26'] },
    { text: 'The final kicked off on Sunday at 12:30 am IST.', published: '2025-06-02', claims: ['Sunday=2025-06-01'] },
  ];
  for (const c of cases) it(c.text, () => expect(dates(c.text, c.published)).toEqual(c.claims));
});

describe('a weekday the sentence looks ahead to is the coming one', () => {
  it('"is expected to visit on Wednesday", written on a Tuesday, is the next day', () => {
    expect(dates('The minister is expected to visit the area on Wednesday.', '2024-03-12')).toEqual(['Wednesday=2024-03-13']);
  });
  it('"toured the streets on Wednesday", written on a Thursday, is the day before', () => {
    expect(dates('The minister toured the streets on Wednesday.', '2024-03-14')).toEqual(['Wednesday=2024-03-13']);
  });
});
