/**
 * Bench: run the public date spec through extractDates and report span recall, value accuracy,
 * negatives kept clean, and throughput on the seed articles.
 *
 *   npx tsx bench/dates.ts [--verbose]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DateMatch, extractDates } from '../src/extract/dates/index.js';

const SHARED = process.env.SHARED_DIR ?? new URL('../../shared', import.meta.url).pathname;
const verbose = process.argv.includes('--verbose');

interface ExpValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}
interface Case {
  input: string;
  origin: string;
  referenceDateTime?: string;
  expected: { text: string; values?: ExpValue[] }[];
}

const spec = JSON.parse(readFileSync(join(SHARED, 'bench/recognizers-date-en.json'), 'utf8')) as { cases: Case[] };

let spans = 0;
let exact = 0;
let overlap = 0;
let negatives = 0;
let clean = 0;
let valued = 0;
let isoOk = 0;
let ivOk = 0;
let bothOk = 0;
let ivTolerant = 0;
const misses: string[] = [];
const dirty: string[] = [];
const valueMisses: string[] = [];

function addDay(iso: string, n = 1): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Does our iso agree with the expected timex? Exact; or equal with their X as wildcards
 * ("XXXX-XX-18" vs "2018-07-18"); or, where they give a range as "(A,B,PnX)" or leave the
 * timex partial and list candidate resolutions, our interval equals one of those candidates
 * (their notation differs but the date is the same).
 */
const RANGE_TIMEX = /^\(([^,]+),([^,]+),P[^)]*\)$/;

function isoMatches(mm: DateMatch, e: ExpValue[]): boolean {
  const mine = mm.value.iso;
  const timex = e[0]?.timex ?? '';
  if (mine === timex) return true;
  if (mine.length === timex.length && [...timex].every((ch, k) => ch === 'X' || ch === mine[k])) return true;
  const m = RANGE_TIMEX.exec(timex);
  if (m && mine.includes('/')) {
    const [a, b] = mine.split('/');
    if (a === m[1] && b === m[2]) return true;
  }
  if ((m || timex.includes('X')) && intervalMatches(mm, e)) return true;
  return false;
}

/** Does our interval equal one of the expected candidates (dates cover one day)? */
function intervalMatches(mm: DateMatch, e: ExpValue[]): boolean {
  for (const c of e) {
    let s: string | undefined;
    let en: string | undefined;
    if (c.type === 'date' && c.value && /^\d{4}-\d\d-\d\d$/.test(c.value)) {
      s = c.value;
      en = addDay(c.value);
    } else {
      s = c.start;
      en = c.end;
    }
    if (c.value === 'not resolved') {
      if (mm.value.start === undefined && mm.value.end === undefined) return true;
      continue;
    }
    if (s === mm.value.start && en === mm.value.end) return true;
  }
  return false;
}

for (const c of spec.cases) {
  const published = c.referenceDateTime?.slice(0, 10);
  const got = extractDates(c.input, published);
  if (c.expected.length === 0) {
    negatives++;
    if (got.length === 0) clean++;
    else dirty.push(`${JSON.stringify(c.input)} -> ${JSON.stringify(got.map((g) => g.text))}`);
    continue;
  }
  const lower = c.input.toLowerCase();
  let from = 0;
  for (const e of c.expected) {
    spans++;
    const want = e.text.toLowerCase();
    const ex = got.find((g) => g.text.toLowerCase() === want);
    if (ex) exact++;
    let pos = lower.indexOf(want, from);
    if (pos < 0) pos = lower.indexOf(want);
    if (pos >= 0) from = pos + want.length;
    const ov = ex ?? got.find((g) => pos >= 0 && g.start < pos + want.length && g.end > pos);
    if (ov) overlap++;
    if (!ex) misses.push(`${JSON.stringify(c.input)} want ${JSON.stringify(e.text)} got ${JSON.stringify(got.map((g) => g.text))}`);
    if (c.origin === 'DateTimeModel' && e.values && e.values.length > 0) {
      valued++;
      if (!ov) {
        valueMisses.push(`${JSON.stringify(e.text)}: not found`);
        continue;
      }
      const a = isoMatches(ov, e.values);
      const b = intervalMatches(ov, e.values);
      if (a) isoOk++;
      if (b) ivOk++;
      if (a && b) bothOk++;
      // Their day ranges end on the last named day; ours end the day after it (inclusive reading).
      if (b || (ov.value.iso.includes('/') && ov.value.granularity === 'day' && intervalMatches({ ...ov, value: { ...ov.value, end: ov.value.end && addDay(ov.value.end, -1) } }, e.values))) ivTolerant++;
      if (!a || !b) {
        const exp = e.values.map((v) => `${v.timex} ${v.value ?? ''}${v.start ?? ''}..${v.end ?? ''}${v.Mod ? ' ' + v.Mod : ''}`).join(' | ');
        valueMisses.push(`${JSON.stringify(e.text)} @${published}: got ${ov.value.iso} ${ov.value.start ?? ''}..${ov.value.end ?? ''}${ov.value.mod ? ' ' + ov.value.mod : ''} want ${exp}`);
      }
    }
  }
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(b, 1)).toFixed(1)}% (${a}/${b})`;
console.log(`cases: ${spec.cases.length}`);
console.log(`span recall, exact text:      ${pct(exact, spans)}`);
console.log(`span recall, overlap:         ${pct(overlap, spans)}`);
console.log(`negatives clean:              ${pct(clean, negatives)}`);
console.log(`value (DateTimeModel spans):  iso ${pct(isoOk, valued)}, interval ${pct(ivOk, valued)}, both ${pct(bothOk, valued)}`);
console.log(`  interval, their day-range end convention allowed: ${pct(ivTolerant, valued)}`);

if (verbose) {
  console.log('\n-- span misses');
  for (const m of misses) console.log('  ' + m);
  console.log('\n-- dirty negatives');
  for (const d of dirty) console.log('  ' + d);
  console.log('\n-- value mismatches');
  for (const v of valueMisses) console.log('  ' + v);
}

// Throughput on the seed articles, concatenated 200 times.
const seedDir = new URL('../fixtures/sample', import.meta.url).pathname;
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedDir, f), 'utf8'))
  .join('\n\n');
const big = Array.from({ length: 200 }, () => seeds).join('\n\n');
// Warm up the JIT on the full input before timing.
extractDates(big, '2025-07-04');
extractDates(big, '2025-07-04');
const runs = 7;
let bestMs = Infinity;
let found = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  found = extractDates(big, '2025-07-04').length;
  bestMs = Math.min(bestMs, performance.now() - t0);
}
const mb = big.length / 1e6;
console.log(`throughput: ${(mb / (bestMs / 1000)).toFixed(1)} MB/s (${mb.toFixed(2)} MB in ${bestMs.toFixed(0)} ms, best of ${runs}; ${found} matches)`);
