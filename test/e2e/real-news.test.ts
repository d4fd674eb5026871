import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * The real-news floors: twelve real stories, each as several outlets published it, with
 * hand labels, scored by their own scorer (../shared/real-news/score.mjs) against the
 * built binary. The floors are what the tool reaches today; raise them as it improves.
 * The stories are others' writing and are never copied here, so the test runs only when
 * the folder sits beside the project, and says so when it does not.
 */
const STORIES = path.resolve(ROOT, '..', 'shared', 'real-news');
const FLOORS: Record<string, number> = {
  'conflict recall': 0.42,
  'conflict precision': 0.48,
  'agreement recall': 0.71,
  'different facts': 0.84,
  junk: 0.97,
};

const present = existsSync(path.join(STORIES, 'score.mjs'));
if (!present) console.log(`real-news floors skipped: ${STORIES} is not there`);

describe.skipIf(!present)('real-news floors', () => {
  const r = spawnSync(process.execPath, [path.join(STORIES, 'score.mjs'), ROOT], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  const figures = new Map<string, number>();
  for (const m of (r.stdout ?? '').matchAll(/^(conflict recall|conflict precision|agreement recall|different facts|junk)\s+(\d+)\/(\d+)/gm)) {
    figures.set(m[1]!, Number(m[2]) / Math.max(1, Number(m[3])));
  }
  it('the scorer ran on every story', () => {
    expect(r.status, r.stderr).toBe(0);
    expect([...figures.keys()].sort()).toEqual(Object.keys(FLOORS).sort());
  });
  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name} at least ${Math.round(floor * 100)}%`, () => {
      expect(figures.get(name), r.stdout.split('\n').filter((l) => l.startsWith('FAIL') || l.startsWith('FALSE')).slice(0, 40).join('\n')).toBeGreaterThanOrEqual(floor);
    });
  }
});
