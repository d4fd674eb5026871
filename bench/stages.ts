/**
 * Where the time goes, stage by stage, in one process: the first pass (cold code, as every
 * command-line run sees it) and the best of N further passes (warm code). For comparing two
 * versions of a stage on a noisy machine, the warm best is the steadier figure.
 *
 *   npx tsx bench/stages.ts <folder> [passes]     (for example a corpus kept by `npm run bench -- --keep`)
 */
import { builtInAliases } from '../src/extract/aliases.js';
import { byPosition, extractSource, resolveAliases } from '../src/extract/index.js';
import { readSources } from '../src/ingest/index.js';
import { reconcile } from '../src/reconcile/index.js';
import { formatters } from '../src/report/index.js';

const [folder, passArg] = process.argv.slice(2);
if (!folder) {
  process.stderr.write('usage: npx tsx bench/stages.ts <folder> [passes]\n');
  process.exit(2);
}
const passes = Number(passArg ?? 10);
const STAGES = ['read and segment', 'extract', 'resolve names', 'reconcile', 'JSON'] as const;
const first: number[] = [];
const best: number[] = STAGES.map(() => Infinity);

for (let pass = 0; pass <= passes; pass++) {
  const times: number[] = [];
  let t = performance.now();
  const lap = (): void => {
    const now = performance.now();
    times.push(now - t);
    t = now;
  };
  const ingested = await readSources([folder]);
  lap();
  const raw = ingested.sources.flatMap(extractSource);
  lap();
  const claims = resolveAliases(raw.sort(byPosition), ingested.sources, builtInAliases());
  lap();
  const report = reconcile({ sources: ingested.sources, skipped: ingested.skipped, claims });
  lap();
  formatters.json(report);
  lap();
  if (pass === 0) first.push(...times);
  else times.forEach((ms, i) => (best[i] = Math.min(best[i]!, ms)));
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const row = (name: string, cold: number, warm: number): string => `${name.padEnd(18)} ${cold.toFixed(0).padStart(7)} ms ${warm.toFixed(0).padStart(7)} ms`;
process.stdout.write(`${'stage'.padEnd(18)} ${'first'.padStart(10)} ${`best of ${passes}`.padStart(10)}\n`);
STAGES.forEach((name, i) => process.stdout.write(`${row(name, first[i]!, best[i]!)}\n`));
process.stdout.write(`${row('total', sum(first), sum(best))}\n`);
