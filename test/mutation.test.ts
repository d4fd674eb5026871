import { describe, expect, it } from 'vitest';
import { loadSuites, runSuite } from '../bench/mutation-harness.js';
import { ROOT } from './helpers.js';

/**
 * The mutation harness: one planted edit at a time (a date, an amount, a count, a name
 * spelling, a duration) over the sample corpus and the four planted corpora. Each edit
 * must be flagged as a conflict holding the edited value and another source, and no
 * other new conflict may appear. The floor is what the tool reaches today; the goal is 95%.
 */
const FLOOR = 0.92;

describe('mutation harness', () => {
  const suites = loadSuites(ROOT);
  const outcomes = Object.values(suites).flatMap((s) => runSuite(ROOT, s));

  it('covers at least 25 mutations of the sample corpus and three corpora of our own', () => {
    expect(suites['sample']!.mutations.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(suites).length).toBeGreaterThanOrEqual(4);
  });

  it(`detects at least ${FLOOR * 100}% of planted edits`, () => {
    const missed = outcomes.filter((o) => !o.detected).map((o) => `${o.mutation.file}: ${o.mutation.find} -> ${o.mutation.replace} (${o.note})`);
    const rate = outcomes.filter((o) => o.detected).length / outcomes.length;
    console.log(`mutations detected: ${outcomes.length - missed.length}/${outcomes.length} (${(rate * 100).toFixed(1)}%)`);
    expect(rate, missed.join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });

  it('never raises a collateral conflict', () => {
    expect(outcomes.flatMap((o) => o.collateral)).toEqual([]);
  });
});
