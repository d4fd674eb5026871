import { describe, expect, it } from 'vitest';
import { extractSource } from '../../../src/extract/index.js';
import { prepareSources } from '../../../src/ingest/index.js';

function contextOf(text: string, claim: string): string[] {
  const { sources } = prepareSources([{ id: 'a.md', path: 'a.md', bytes: Buffer.from(text) }]);
  return extractSource(sources[0]!).find((c) => c.text === claim)?.context ?? [];
}

describe('a list item is about what the sentence introducing it says', () => {
  const text = 'The central government has approved an emergency package:\n\n- €120 million for temporary housing\n- €30 million for schools\n\nRescuers searched the rubble for 40 hours.\n';
  it('items after a colon take the lead-in words after their own', () => {
    expect(contextOf(text, '€120 million').slice(0, 3)).toEqual(['temporary', 'hous', 'packag']);
    expect(contextOf(text, '€120 million')).toEqual(expect.arrayContaining(['government', 'emergency']));
    expect(contextOf(text, '€30 million')).toEqual(expect.arrayContaining(['school', 'government']));
  });
  it('a paragraph after the list does not', () => {
    expect(contextOf(text, '40 hours')).not.toContain('government');
  });
});
