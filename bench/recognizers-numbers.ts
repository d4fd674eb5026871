/**
 * Scores the extractor on the public specs in ../shared/bench and measures throughput.
 * Run: npx tsx bench/numbers.ts [--verbose]
 *
 * Per spec:
 *  - span exact: an extracted span equals the expected text (case-insensitive)
 *  - span exact (core): the same after dropping a leading hedge phrase ("about $ 14 million"
 *    -> "$ 14 million"), because our spans include hedges and the spec's do not
 *  - span overlap: some extracted span overlaps the expected text's position
 *  - value: the overlapping match's amount equals the expected value
 *    (spec values in cents/pence are divided by 100: we report major units)
 *  - negatives clean: no relevant match in a case that expects none
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractNumerics, type NumericMatch, type NumericType } from '../src/extract/numbers/index.js';

const BENCH = process.env.BENCH_DIR ?? new URL('../../shared/bench', import.meta.url).pathname;
const SEEDS = process.env.SEEDS_DIR ?? new URL('../fixtures/sample', import.meta.url).pathname;
const verbose = process.argv.includes('--verbose');

interface Expected {
  text: string;
  type: string;
  value: string | null;
  unit?: string;
  isoCurrency?: string;
}
interface Case {
  input: string;
  expected: Expected[];
}

const HEDGE_PREFIX =
  /^(?:roughly|about|around|some|approximately|an estimated|estimated at|estimated|circa|approx\.?|~|nearly|almost|close to|just under|more than|over|above|upwards of|exceeding|in excess of|at least|no fewer than|no less than|a minimum of|up to|as many as|as much as|at most|no more than|less than|under|fewer than|below)\s+/i;

function coreText(m: NumericMatch): string {
  return m.text.replace(HEDGE_PREFIX, '');
}

function expectedAmount(e: Expected): number | null {
  if (e.value === null || e.value === undefined) return null;
  const v = Number(String(e.value).replace('%', ''));
  if (!Number.isFinite(v)) return null;
  if (e.unit === 'Cent' || e.unit === 'Pence' || e.unit === 'Penny') return v / 100;
  return v;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

interface Score {
  name: string;
  cases: number;
  expected: number;
  exact: number;
  exactCore: number;
  overlap: number;
  withValue: number;
  valueOk: number;
  negatives: number;
  negClean: number;
  negCleanAnyType: number;
  spurious: number;
}

function scoreSpec(file: string, name: string, relevant: (m: NumericMatch) => boolean, negRelevant: (m: NumericMatch) => boolean): Score {
  const spec = JSON.parse(readFileSync(join(BENCH, file), 'utf8')) as { cases: Case[] };
  const s: Score = {
    name, cases: spec.cases.length, expected: 0, exact: 0, exactCore: 0, overlap: 0, withValue: 0, valueOk: 0,
    negatives: 0, negClean: 0, negCleanAnyType: 0, spurious: 0,
  };
  for (const c of spec.cases) {
    const all = extractNumerics(c.input);
    const got = all.filter(relevant);
    if (c.expected.length === 0) {
      s.negatives++;
      if (!all.some(negRelevant)) s.negClean++;
      if (all.length === 0) s.negCleanAnyType++;
      else if (verbose) console.log(`  [neg] ${JSON.stringify(c.input)} -> ${all.map((m) => `${m.type}:${JSON.stringify(m.text)}`).join(', ')}`);
      continue;
    }
    const lowerIn = c.input.toLowerCase();
    let from = 0;
    const used = new Set<NumericMatch>();
    for (const e of c.expected) {
      s.expected++;
      const et = e.text.toLowerCase();
      let pos = lowerIn.indexOf(et, from);
      if (pos < 0) pos = lowerIn.indexOf(et);
      const ps = pos;
      const pe = pos + et.length;
      if (pos >= 0) from = pe;
      const exact = got.find((m) => m.text.toLowerCase() === et);
      const exactCore = got.find((m) => coreText(m).toLowerCase() === et);
      const over = got.find((m) => pos >= 0 && m.start < pe && m.end > ps);
      if (exact) s.exact++;
      if (exactCore) s.exactCore++;
      if (over) {
        s.overlap++;
        used.add(over);
      }
      const amt = expectedAmount(e);
      let ok = false;
      if (amt !== null) {
        s.withValue++;
        const m = exactCore ?? over;
        if (m && close(m.value.amount, amt)) {
          s.valueOk++;
          ok = true;
        }
      }
      if (verbose && (!exactCore || (amt !== null && !ok))) {
        console.log(`  [miss] ${JSON.stringify(c.input.slice(0, 110))}\n         want ${JSON.stringify(e.text)}=${e.value}  got ${got.map((m) => `${JSON.stringify(m.text)}=${m.value.amount}`).join(', ') || '-'}`);
      }
    }
    for (const m of got) if (!used.has(m)) s.spurious++;
  }
  return s;
}

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);

function report(s: Score, negNote: string): void {
  console.log(`\n== ${s.name}: ${s.cases} cases, ${s.expected} expected spans, ${s.negatives} negatives`);
  console.log(`  span exact          ${pct(s.exact, s.expected)}`);
  console.log(`  span exact (core)   ${pct(s.exactCore, s.expected)}   [our leading hedge words removed]`);
  console.log(`  span overlap        ${pct(s.overlap, s.expected)}`);
  console.log(`  value correct       ${pct(s.valueOk, s.withValue)}`);
  console.log(`  negatives clean     ${pct(s.negClean, s.negatives)}   [${negNote}]`);
  console.log(`  negatives clean/any ${pct(s.negCleanAnyType, s.negatives)}   [no match of any type]`);
  console.log(`  unmatched extra     ${s.spurious} relevant matches overlapping no expected span in positive cases`);
}

const isType = (...t: NumericType[]) => (m: NumericMatch): boolean => t.includes(m.type);
const any = (): boolean => true;

const cur = scoreSpec('recognizers-currency-en.json', 'currency', isType('money'), isType('money'));
report(cur, 'no money match');
const num = scoreSpec('recognizers-number-en.json', 'number', any, isType('number'));
report(num, "no 'number' match; quantities like \"29km\" are expected by design");
const per = scoreSpec('recognizers-percent-en.json', 'percent', isType('percent'), isType('percent'));
report(per, 'no percent match');

// ---- throughput
const seedText = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
  .join('\n');
const big = Array.from({ length: 200 }, () => seedText).join('\n');
const bytes = Buffer.byteLength(big, 'utf8');
extractNumerics(big); // warm-up
const runs = 5;
let best = Infinity;
let count = 0;
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  count = extractNumerics(big).length;
  const dt = Number(process.hrtime.bigint() - t0) / 1e9;
  best = Math.min(best, dt);
}
console.log(`\n== throughput: ${(bytes / 1e6).toFixed(2)} MB (seeds x200), best of ${runs}: ${(best * 1000).toFixed(0)} ms = ${(bytes / 1e6 / best).toFixed(1)} MB/s, ${count} matches`);
