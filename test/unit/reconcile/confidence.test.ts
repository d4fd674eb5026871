import { describe, expect, it } from 'vitest';
import { truthDiscovery, type ValueVote } from '../../../src/reconcile/confidence.js';
import type { CopyRelation } from '../../../src/types.js';

/** One group, two competing values: B and C say one thing, D another. */
const votes: ValueVote[][] = [
  [
    { group: 0, sources: ['B', 'C'], supports: [] },
    { group: 0, sources: ['D'], supports: [] },
  ],
];
const copy = (source: string, copyOf: string): CopyRelation => ({ source, copyOf, overlap: 0.6 });
const confidenceOfBC = (copies: CopyRelation[]): number => truthDiscovery(votes, copies).confidence[0]![0]!;

describe('truth discovery with copies', () => {
  it('counts a copy for less when what it copies states the same value', () => {
    expect(confidenceOfBC([copy('C', 'B')])).toBeLessThan(confidenceOfBC([]));
  });

  it('damps a source that copies two others wherever either states the value', () => {
    // C rewrites both A and B; A says nothing here, B agrees with C.
    expect(confidenceOfBC([copy('C', 'A'), copy('C', 'B')])).toBe(confidenceOfBC([copy('C', 'B')]));
    expect(confidenceOfBC([copy('C', 'A')])).toBe(confidenceOfBC([]));
  });
});
