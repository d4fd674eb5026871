import levenshtein from 'fast-levenshtein';
import { tagsOf } from '../extract/lexicon.js';
import { isNameType, type Claim, type DateValue, type EntityValue, type NumericValue, type QuoteValue } from '../types.js';

/**
 * Compatibility of two claim values, by interval overlap rather than string equality:
 * "April" fits "April 2025", "about 250" overlaps "more than 200", "$1.6bn" equals
 * "$1.6 billion". Two values of different kinds are never compatible.
 */

const DAY_MS = 86_400_000;

function day(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

/** A date value as a day interval, or null when the year is unknown. */
export function dateInterval(v: DateValue): { lo: number; hi: number } | null {
  if (v.start === undefined && v.end === undefined) return null;
  return { lo: v.start ? day(v.start) : -Infinity, hi: v.end ? day(v.end) : Infinity };
}

/** Months (1–12) a known interval touches; all twelve when it spans a year or more. */
function monthsIn(lo: number, hi: number): Set<number> {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi - lo >= 366) return new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const out = new Set<number>();
  for (let d = lo; d < hi; d += 27) out.add(new Date(d * DAY_MS).getUTCMonth() + 1);
  out.add(new Date((hi - 1) * DAY_MS).getUTCMonth() + 1);
  return out;
}

/** True when two dates can describe the same time. Partial dates ("XXXX-04") match by their known parts. */
export function datesCompatible(a: DateValue, b: DateValue): boolean {
  const ia = dateInterval(a);
  const ib = dateInterval(b);
  if (ia && ib) return ia.lo < ib.hi && ib.lo < ia.hi;
  if (!ia && !ib) {
    const wa = partialWeekday(a);
    const wb = partialWeekday(b);
    if (wa !== null && wb !== null) return wa === wb;
    return partialMonth(a) === null || partialMonth(b) === null || partialMonth(a) === partialMonth(b);
  }
  const weekday = partialWeekday(ia ? b : a);
  if (weekday !== null) {
    // "on Thursday" fits a known day only if that day is a Thursday.
    const known = (ia ?? ib)!;
    if (known.hi - known.lo > 7) return true;
    for (let d = known.lo; d < known.hi; d++) if (((new Date(d * DAY_MS).getUTCDay() + 6) % 7) + 1 === weekday) return true;
    return false;
  }
  const partial = ia ? b : a;
  const known = (ia ?? ib)!;
  const month = partialMonth(partial);
  if (month === null) return true;
  return monthsIn(known.lo, known.hi).has(month);
}

/**
 * False when two dates cannot be held against each other: a bare weekday ("on
 * Thursday") says nothing about a month or year unless the other date is a known day
 * or week, so "Thursday" and "April" are neither one fact nor a conflict.
 */
export function comparableDates(a: DateValue, b: DateValue): boolean {
  const wa = partialWeekday(a) !== null;
  const wb = partialWeekday(b) !== null;
  if (wa === wb) return true;
  const known = dateInterval(wa ? b : a);
  return !!known && known.hi - known.lo <= 7;
}

/** ISO weekday (1 = Monday) of an unresolved weekday such as "XXXX-WXX-4". */
function partialWeekday(v: DateValue): number | null {
  const m = /^XXXX-WXX-(\d)$/.exec(v.iso);
  return m ? Number(m[1]) : null;
}

function partialMonth(v: DateValue): number | null {
  const m = /^XXXX-(\d{2})/.exec(v.iso);
  return m ? Number(m[1]) : null;
}

/** The interval a figure allows, in comparable base units (durations in days). */
export function numericInterval(v: NumericValue): { lo: number; hi: number } {
  const factor = v.days !== undefined && v.amount !== 0 ? v.days / v.amount : 1;
  return { lo: v.min === null ? -Infinity : v.min * factor, hi: v.max === null ? Infinity : v.max * factor };
}

/** A figure's interval with which ends are open: only a stated number is a closed end. */
interface Bounds {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** Two scratch intervals: compatibility runs for every pair of values, and allocating there shows in the profile. */
const SCRATCH: [Bounds, Bounds] = [
  { lo: 0, hi: 0, loOpen: false, hiOpen: false },
  { lo: 0, hi: 0, loOpen: false, hiOpen: false },
];

/**
 * The ends a figure's words leave open, written into `out`. "At least 30" holds 30 but only
 * nears its upper end; "more than 5,000" does not hold 5,000, so it cannot agree with
 * "4,000 to 5,000". Percentages are rounded as written: "41 percent" stands for 40.5–41.5,
 * so it fits "41.2%", while 28.5% and 28.6% meet only at an open end and disagree. Counts
 * are not rounded: 48 people is 48.
 */
function boundsOf(v: NumericValue, out: Bounds): Bounds {
  const factor = v.days !== undefined && v.amount !== 0 ? v.days / v.amount : 1;
  out.lo = v.min === null ? -Infinity : v.min * factor;
  out.hi = v.max === null ? Infinity : v.max * factor;
  switch (v.hedge) {
    case 'approximately':
    case 'less-than':
    case 'more-than':
      out.loOpen = true;
      out.hiOpen = true;
      return out;
    case 'nearly':
    case 'up-to':
      out.loOpen = true;
      out.hiOpen = false;
      return out;
    case 'at-least':
      out.loOpen = false;
      out.hiOpen = true;
      return out;
    case 'range':
    case 'vague':
      out.loOpen = false;
      out.hiOpen = false;
      return out;
    default:
      break;
  }
  // A percentage spans its rounding with open ends; other stated intervals (a fact's tolerance) are closed.
  if (v.unit === '%' && v.precision > 0) {
    out.lo -= v.precision / 2;
    out.hi += v.precision / 2;
    out.loOpen = true;
    out.hiOpen = true;
    return out;
  }
  out.loOpen = false;
  out.hiOpen = false;
  return out;
}

/** `x` is below `y`, or equal to it when both ends are closed; equality allows for float noise. */
function before(x: number, xOpen: boolean, y: number, yOpen: boolean): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  if (Math.abs(x - y) <= eps) return !xOpen && !yOpen;
  return x < y;
}

/** True when two figures share currency or unit and their intervals overlap. */
export function numbersCompatible(a: NumericValue, b: NumericValue): boolean {
  if (a.currency && b.currency && a.currency !== b.currency) return false;
  // A score fits only the same score, read either way round ("won 5-0", "lost 0-5").
  if (a.score || b.score) return !!a.score && !!b.score && ((a.score[0] === b.score[0] && a.score[1] === b.score[1]) || (a.score[0] === b.score[1] && a.score[1] === b.score[0]));
  if ((a.days === undefined) !== (b.days === undefined)) return false;
  if (a.days === undefined && (a.unit ?? '') !== (b.unit ?? '')) return false;
  const ia = boundsOf(a, SCRATCH[0]);
  const ib = boundsOf(b, SCRATCH[1]);
  return before(ia.lo, ia.loOpen, ib.hi, ib.hiOpen) && before(ib.lo, ib.loOpen, ia.hi, ia.hiOpen);
}

/** Letter groups that transliterations of one name write differently, longest first. */
const TRANSLITERATIONS: [RegExp, string][] = [
  [/[\s\-'’.]+/g, ''],
  [/gh/g, 'g'],
  [/kh/g, 'k'],
  [/q/g, 'g'],
  [/ph/g, 'f'],
  [/ou/g, 'u'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  [/i+/g, 'i'],
];

/**
 * One name as transliterations and joined forms write it: "Zelensky", "Zelenskyy" and
 * "Zelenskiy"; "Vishwash Kumar Ramesh" and "Vishwashkumar Ramesh"; "Mohammad-Reza
 * Zafarghandi" and "Mohammad Reza Zafarqandi" each give one key. A plural "s" goes too
 * ("Security Services"). A doubled or dropped letter ("Feldmann", "Feldman") is not a
 * transliteration and stays a spelling variant. Keys are folded already.
 */
const spellingKeys = new Map<string, string>();

export function spellingKey(key: string): string {
  const known = spellingKeys.get(key);
  if (known !== undefined) return known;
  let k = key
    .split(' ')
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ');
  for (const [from, to] of TRANSLITERATIONS) k = k.replace(from, to);
  if (spellingKeys.size > 100_000) spellingKeys.clear();
  spellingKeys.set(key, k);
  return k;
}

function knownPlace(key: string): boolean {
  return tagsOf(key).some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place' || t === 'Demonym');
}

/** "siberian" for "siberia", "iranian" for "iran": a known place and a word made from it. */
function isDemonymOf(word: string, place: string): boolean {
  return knownPlace(place) && word.startsWith(place) && /^(?:n|an|ian|ese|i|ish)$/.test(word.slice(place.length));
}

/** "khan" and "kahn": two neighbouring letters swapped, one slip of the keyboard. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** True when two different keys look like one name spelled two ways. */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b || spellingKey(a) === spellingKey(b)) return false;
  // Two known places, or a place and a demonym, are different words, not one misspelt ("Iran", "Iraq"; "Siberia", "Siberian").
  if (knownPlace(a) && knownPlace(b)) return false;
  if (isDemonymOf(a, b) || isDemonymOf(b, a)) return false;
  const pa = a.split(' ');
  const pb = b.split(' ');
  if (pa.length !== pb.length) return false;
  let changed = 0;
  for (let i = 0; i < pa.length; i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    changed++;
    const d = isTransposition(x, y) ? 1 : levenshtein.get(x, y);
    if (Math.min(x.length, y.length) < 4 || d > Math.max(1, Math.floor(Math.min(x.length, y.length) / 3))) return false;
  }
  return changed === 1;
}

function quoteWords(q: string): string[] {
  return q.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, '').split(/\s+/).filter(Boolean);
}

/** Share of the shorter quote's words found in the other (0..1). */
export function quoteOverlap(a: QuoteValue, b: QuoteValue): number {
  const wa = quoteWords(a.quote);
  const wb = new Set(quoteWords(b.quote));
  if (!wa.length || !wb.size) return 0;
  const shorter = wa.length <= wb.size ? wa : [...wb];
  const other = wa.length <= wb.size ? wb : new Set(wa);
  return shorter.filter((w) => other.has(w)).length / shorter.length;
}

/** True when two claims' values can both be right. */
export function compatible(a: Claim, b: Claim): boolean {
  switch (a.type) {
    case 'date':
      return b.type === 'date' && datesCompatible(a.value as DateValue, b.value as DateValue);
    case 'person':
    case 'organization':
    case 'place':
      return b.type === a.type && spellingKey((a.value as EntityValue).key) === spellingKey((b.value as EntityValue).key);
    case 'quote':
      return b.type === 'quote' && quoteOverlap(a.value as QuoteValue, b.value as QuoteValue) >= 0.8;
    default:
      return b.type === a.type && numbersCompatible(a.value as NumericValue, b.value as NumericValue);
  }
}

/** True when two figures are a power of ten (10, 100 or 1000) apart: a likely slip of scale. */
export function isScaleSlip(a: NumericValue, b: NumericValue): boolean {
  if (!a.amount || !b.amount) return false;
  const ratio = Math.max(a.amount, b.amount) / Math.min(a.amount, b.amount);
  return [10, 100, 1000, 1e6].some((p) => Math.abs(ratio / p - 1) < 0.02);
}

/** How precise a value is; larger is more precise. Used to pick the value to show. */
export function specificity(c: Claim): number {
  if (c.type === 'date') {
    const v = c.value as DateValue;
    const i = dateInterval(v);
    if (!i) return 0;
    const width = i.hi - i.lo;
    return Number.isFinite(width) ? 1 / (1 + width) : 0;
  }
  if (isNameType(c.type)) return (c.value as EntityValue).name.length;
  if (c.type === 'quote') return (c.value as QuoteValue).quote.length;
  const v = c.value as NumericValue;
  const i = numericInterval(v);
  const width = i.hi - i.lo;
  return Number.isFinite(width) ? 1 / (1 + width / Math.max(1, Math.abs(v.amount))) : 0;
}

const GRAIN_ORDER = ['day', 'week', 'month', 'quarter', 'half', 'year', 'decade', 'century'];

/**
 * Conflicting dates are stated at about the same precision: "the 1990s" against
 * "August 2021" is another event told vaguely, not a disagreement about one.
 */
export function similarGrain(a: DateValue, b: DateValue): boolean {
  return Math.abs(GRAIN_ORDER.indexOf(a.granularity) - GRAIN_ORDER.indexOf(b.granularity)) <= 2;
}
