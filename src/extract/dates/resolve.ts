/**
 * Semantic date values and their resolution against an anchor day (the publication date).
 * The grammar builds `Sem`s; `resolve` turns them into `Val`s (ISO label + day-number interval).
 */
import {
  addMonths, dayNum, easter, isoDate, isoMonth, isoWeekLabel, isoWeek, isoWeekMonday, isoYear,
  mondayOf, nthWeekday, pad2, validDate, weekday, ymd,
} from './calendar.js';

export type Gran = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
export type Mod = 'before' | 'after' | 'since' | 'by' | 'early' | 'mid' | 'late' | 'approx';
/** How a yearless or weekday expression picks its occurrence relative to the anchor. */
export type When = 'past' | 'last' | 'this' | 'next' | 'nearest';

/** A resolved value: `s`/`e` are day numbers (end exclusive), absent when unknown. */
export interface Val {
  iso: string;
  s?: number;
  e?: number;
  g: Gran;
  mod?: Mod;
  rel?: boolean;
}

export interface Cal {
  k: 'cal';
  y?: number;
  m?: number;
  d?: number;
  /** Weekday (1..7); with no y/m/d it is a bare weekday. */
  wd?: number;
  /** For weekdays: offset in weeks from the anchor's week ("tuesday of next week" = 1). */
  weekOff?: number;
  when?: When;
  rel?: boolean;
}
export interface Part {
  k: 'part';
  unit: 'quarter' | 'half' | 'season';
  n: number;
  y?: number;
  when?: When;
  rel?: boolean;
}
export interface Hol {
  k: 'hol';
  id: string;
  y?: number;
  when?: When;
}
export type Sem =
  | Cal
  | Part
  | Hol
  | { k: 'week'; y?: number; n: number }
  | { k: 'decade'; y0: number }
  | { k: 'century'; y0: number }
  | { k: 'val'; v: Val };

// ---------------------------------------------------------------------------------------------
// Value builders

export function yearV(y: number): Val {
  return { iso: isoYear(y), s: dayNum(y, 1, 1), e: dayNum(y + 1, 1, 1), g: 'year' };
}
export function monthV(y: number, m: number): Val {
  return { iso: isoMonth(y, m), s: dayNum(y, m, 1), e: dayNum(y, m + 1, 1), g: 'month' };
}
export function dayV(day: number): Val {
  return { iso: isoDate(day), s: day, e: day + 1, g: 'day' };
}
export function weekV(monday: number): Val {
  return { iso: isoWeekLabel(monday), s: monday, e: monday + 7, g: 'week' };
}
export function quarterV(y: number, q: number): Val {
  return { iso: isoYear(y) + '-Q' + q, s: dayNum(y, 3 * q - 2, 1), e: dayNum(y, 3 * q + 1, 1), g: 'quarter' };
}
export function halfV(y: number, h: number): Val {
  return { iso: isoYear(y) + '-H' + h, s: dayNum(y, 6 * h - 5, 1), e: dayNum(y, 6 * h + 1, 1), g: 'half' };
}
const SEASON_CODE = ['', 'SP', 'SU', 'FA', 'WI'];
/** Northern-hemisphere meteorological seasons; winter Y runs December Y to February Y+1. */
export function seasonV(y: number, n: number): Val {
  const m0 = [0, 3, 6, 9, 12][n] as number;
  return { iso: isoYear(y) + '-' + SEASON_CODE[n], s: dayNum(y, m0, 1), e: dayNum(y, m0 + 3, 1), g: 'quarter' };
}
export function decadeV(y0: number): Val {
  return { iso: String(Math.floor(y0 / 10)) + 'X', s: dayNum(y0, 1, 1), e: dayNum(y0 + 10, 1, 1), g: 'decade' };
}
export function centuryV(y0: number): Val {
  return { iso: String(Math.floor(y0 / 100)) + 'XX', s: dayNum(y0, 1, 1), e: dayNum(y0 + 100, 1, 1), g: 'century' };
}
/** A value whose year is unknown. */
export function partial(iso: string, g: Gran): Val {
  return { iso, g, rel: true };
}

/** The unit containing `day`, as a value. */
export function unitAt(unit: Gran, day: number): Val {
  const [y, m] = ymd(day);
  switch (unit) {
    case 'day': return dayV(day);
    case 'week': return weekV(mondayOf(day));
    case 'month': return monthV(y, m);
    case 'quarter': return quarterV(y, Math.ceil(m / 3));
    case 'half': return halfV(y, m <= 6 ? 1 : 2);
    case 'year': return yearV(y);
    case 'decade': return decadeV(y - (((y % 10) + 10) % 10));
    case 'century': return centuryV(y - (((y % 100) + 100) % 100));
  }
}

/** Shift a day by n whole units (months and longer keep the day of month where possible). */
export function shift(day: number, unit: Gran, n: number): number {
  switch (unit) {
    case 'day': return day + n;
    case 'week': return day + 7 * n;
    case 'month': return addMonths(day, n);
    case 'quarter': return addMonths(day, 3 * n);
    case 'half': return addMonths(day, 6 * n);
    case 'year': return addMonths(day, 12 * n);
    case 'decade': return addMonths(day, 120 * n);
    case 'century': return addMonths(day, 1200 * n);
  }
}

export function withRel(v: Val): Val {
  v.rel = true;
  return v;
}

// ---------------------------------------------------------------------------------------------
// Resolution of yearless expressions

/**
 * Pick the year for an expression that recurs yearly, given its interval in year y.
 * past: latest occurrence starting on or before the anchor (news default);
 * last: latest occurrence wholly before the anchor; next: first starting after it;
 * this: the occurrence containing the anchor, else the anchor's year;
 * nearest: the occurrence whose start lies nearest the anchor, forward as readily as back,
 * as a reader takes "June 30" in an article of 26 June.
 */
function pickYear(iv: (y: number) => [number, number] | undefined, A: number, when: When): number | undefined {
  const ay = ymd(A)[0];
  if (when === 'nearest') {
    let best: number | undefined;
    let gap = Infinity;
    for (const y of [ay - 1, ay, ay + 1]) {
      const r = iv(y);
      if (!r) continue;
      // Inside the interval counts as no distance ("in June", written in June).
      const g = r[0] <= A && A < r[1] ? 0 : Math.min(Math.abs(r[0] - A), Math.abs(r[1] - 1 - A));
      if (g < gap) [best, gap] = [y, g];
    }
    return best;
  }
  if (when === 'this') {
    for (const y of [ay, ay - 1]) {
      const r = iv(y);
      if (r && r[0] <= A && A < r[1]) return y;
    }
    return iv(ay) ? ay : undefined;
  }
  if (when === 'next') {
    // 9 years is enough to reach a 29 February.
    for (let y = ay - 1; y <= ay + 9; y++) {
      const r = iv(y);
      if (r && r[0] > A) return y;
    }
    return undefined;
  }
  for (let y = ay + 1; y >= ay - 9; y--) {
    const r = iv(y);
    if (r && (when === 'past' ? r[0] <= A : r[1] <= A)) return y;
  }
  return undefined;
}

function holidayDay(id: string, y: number): number | undefined {
  switch (id) {
    case 'christmas': return dayNum(y, 12, 25);
    case 'christmas-eve': return dayNum(y, 12, 24);
    case 'new-year': return dayNum(y, 1, 1);
    case 'new-year-eve': return dayNum(y, 12, 31);
    case 'halloween': return dayNum(y, 10, 31);
    case 'valentine': return dayNum(y, 2, 14);
    case 'thanksgiving': return nthWeekday(y, 11, 4, 4);
    case 'black-friday': { const t = nthWeekday(y, 11, 4, 4); return t === undefined ? undefined : t + 1; }
    case 'easter': return easter(y);
    case 'good-friday': return easter(y) - 2;
    case 'easter-monday': return easter(y) + 1;
  }
  return undefined;
}

function resolveCal(c: Cal, A: number | undefined): Val {
  const { y, m, d, wd } = c;
  if (y !== undefined) {
    let v: Val;
    if (m === undefined) v = yearV(y);
    else if (d === undefined) v = monthV(y, m);
    else if (validDate(y, m, d)) v = dayV(dayNum(y, m, d));
    else v = { iso: isoYear(y) + '-' + pad2(m) + '-' + pad2(d), g: 'day' }; // "feb 30 2019": no interval
    if (c.rel) v.rel = true;
    return v;
  }
  if (m !== undefined) {
    const label = 'XXXX-' + pad2(m) + (d === undefined ? '' : '-' + pad2(d));
    const g: Gran = d === undefined ? 'month' : 'day';
    if (A === undefined) return partial(label, g);
    if (d === undefined) {
      const yy = pickYear((yr) => [dayNum(yr, m, 1), dayNum(yr, m + 1, 1)], A, c.when ?? 'nearest');
      return yy === undefined ? partial(label, g) : withRel(monthV(yy, m));
    }
    if (wd !== undefined && c.when === undefined) {
      // "Thursday, July 3": the nearest year in which the weekday fits.
      const ay = ymd(A)[0];
      let best: number | undefined;
      for (let yr = ay - 1; yr <= ay + 1; yr++) {
        if (!validDate(yr, m, d)) continue;
        const dn = dayNum(yr, m, d);
        if (weekday(dn) === wd && (best === undefined || Math.abs(dn - A) < Math.abs(best - A))) best = dn;
      }
      if (best !== undefined) return withRel(dayV(best));
    }
    const yy = pickYear((yr) => (validDate(yr, m, d) ? [dayNum(yr, m, d), dayNum(yr, m, d) + 1] : undefined), A, c.when ?? 'nearest');
    return yy === undefined ? partial(label, g) : withRel(dayV(dayNum(yy, m, d)));
  }
  if (d !== undefined) {
    // Day of month only ("on the 18th").
    const label = 'XXXX-XX-' + pad2(d);
    if (A === undefined) return partial(label, 'day');
    const [ay, am] = ymd(A);
    let best: number | undefined;
    if (wd !== undefined) {
      // "tuesday the eleventh": nearest month where the weekday fits.
      for (let k = -6; k <= 6; k++) {
        const yy = ay + Math.floor((am - 1 + k) / 12);
        const mm = ((((am - 1 + k) % 12) + 12) % 12) + 1;
        if (!validDate(yy, mm, d)) continue;
        const dn = dayNum(yy, mm, d);
        if (weekday(dn) === wd && (best === undefined || Math.abs(dn - A) < Math.abs(best - A))) best = dn;
      }
      if (best !== undefined) return withRel(dayV(best));
    }
    const when = c.when ?? 'past';
    const step = when === 'next' ? 1 : -1;
    // Walk month by month from the anchor's month; 14 steps always find a month with that day.
    for (let k = 0; k < 14; k++) {
      const mm0 = am - 1 + k * step;
      const yy = ay + Math.floor(mm0 / 12);
      const mm = (((mm0 % 12) + 12) % 12) + 1;
      if (!validDate(yy, mm, d)) continue;
      const dn = dayNum(yy, mm, d);
      if (when === 'this' || (when === 'next' ? dn > A : when === 'last' ? dn < A : dn <= A)) return withRel(dayV(dn));
    }
    return partial(label, 'day');
  }
  if (wd !== undefined) {
    if (A === undefined) return partial('XXXX-WXX-' + wd, 'day');
    const aw = weekday(A);
    let dn: number;
    if (c.weekOff !== undefined) dn = mondayOf(A) + 7 * c.weekOff + wd - 1;
    else {
      switch (c.when ?? 'past') {
        case 'past': dn = A - ((aw - wd + 7) % 7); break;
        case 'last': dn = A - ((aw - wd + 7) % 7 || 7); break;
        case 'this': dn = mondayOf(A) + wd - 1; break;
        case 'next': dn = mondayOf(A) + 7 + wd - 1; break;
        default: dn = A - ((aw - wd + 7) % 7); break;
      }
    }
    return withRel(dayV(dn));
  }
  return partial('XXXX', 'year');
}

function resolvePart(p: Part, A: number | undefined): Val {
  const make = (y: number): Val => (p.unit === 'quarter' ? quarterV(y, p.n) : p.unit === 'half' ? halfV(y, p.n) : seasonV(y, p.n));
  if (p.y !== undefined) {
    const v = make(p.y);
    if (p.rel) v.rel = true;
    return v;
  }
  const code = p.unit === 'quarter' ? 'Q' + p.n : p.unit === 'half' ? 'H' + p.n : SEASON_CODE[p.n];
  const g: Gran = p.unit === 'half' ? 'half' : 'quarter';
  if (A === undefined) return partial('XXXX-' + code, g);
  const y = pickYear((yr) => { const v = make(yr); return [v.s as number, v.e as number]; }, A, p.when ?? 'past');
  return y === undefined ? partial('XXXX-' + code, g) : withRel(make(y));
}

function resolveHol(h: Hol, A: number | undefined): Val {
  if (h.y !== undefined) {
    const d = holidayDay(h.id, h.y);
    return d === undefined ? partial('XXXX-XX-XX', 'day') : dayV(d);
  }
  if (A === undefined) return partial('XXXX-XX-XX', 'day');
  const y = pickYear((yr) => { const d = holidayDay(h.id, yr); return d === undefined ? undefined : [d, d + 1]; }, A, h.when ?? 'past');
  const d = y === undefined ? undefined : holidayDay(h.id, y);
  return d === undefined ? partial('XXXX-XX-XX', 'day') : withRel(dayV(d));
}

export function resolve(sem: Sem, A: number | undefined): Val {
  switch (sem.k) {
    case 'cal': return resolveCal(sem, A);
    case 'part': return resolvePart(sem, A);
    case 'hol': return resolveHol(sem, A);
    case 'decade': return decadeV(sem.y0);
    case 'century': return centuryV(sem.y0);
    case 'week': {
      if (sem.y !== undefined) return weekV(isoWeekMonday(sem.y, sem.n));
      if (A === undefined) return partial('XXXX-W' + pad2(sem.n), 'week');
      return withRel(weekV(isoWeekMonday(isoWeek(A)[0], sem.n)));
    }
    case 'val': return sem.v;
  }
}

// ---------------------------------------------------------------------------------------------
// Modifiers and ranges

/**
 * early / mid / late narrow the interval to a third of it: for a year, months 1-4, 5-8, 9-12;
 * for a month, days 1-10, 11-20, 21-end; for a decade, years 0-3, 4-6, 7-9; for a century
 * years 0-33, 34-66, 67-99; anything else is cut into thirds by days.
 */
export function applyEml(v: Val, mod: 'early' | 'mid' | 'late'): Val {
  const out: Val = { ...v, mod };
  if (v.s === undefined || v.e === undefined) return out;
  const [y, m] = ymd(v.s);
  const idx = mod === 'early' ? 0 : mod === 'mid' ? 1 : 2;
  let cuts: number[];
  switch (v.g) {
    case 'year': cuts = [v.s, dayNum(y, 5, 1), dayNum(y, 9, 1), v.e]; break;
    case 'month': cuts = [v.s, dayNum(y, m, 11), dayNum(y, m, 21), v.e]; break;
    case 'decade': cuts = [v.s, dayNum(y + 4, 1, 1), dayNum(y + 7, 1, 1), v.e]; break;
    case 'century': cuts = [v.s, dayNum(y + 34, 1, 1), dayNum(y + 67, 1, 1), v.e]; break;
    default: {
      const n = v.e - v.s;
      if (n < 3) return out; // a single day cannot be split; keep it whole
      cuts = [v.s, v.s + Math.round(n / 3), v.s + Math.round((2 * n) / 3), v.e];
    }
  }
  out.s = cuts[idx];
  out.e = cuts[idx + 1];
  return out;
}

/** Prepositional modifiers turn the value into an open or half-open interval. */
export function applyPrep(v: Val, mod: Mod): Val {
  const out: Val = { ...v, mod };
  switch (mod) {
    case 'before': delete out.s; out.e = v.s; break;
    case 'after': out.s = v.e; delete out.e; break;
    case 'since': delete out.e; break;
    case 'by': delete out.s; break;
    default: break;
  }
  if (out.s === undefined) delete out.s;
  if (out.e === undefined) delete out.e;
  return out;
}

/** Join two values into a range: start of the first, end of the second. Null when backwards. */
export function rangeV(a: Val, b: Val): Val | null {
  const v: Val = { iso: a.iso + '/' + b.iso, g: a.g };
  if (a.rel || b.rel) v.rel = true;
  if (a.s !== undefined && b.e !== undefined) {
    if (b.e <= a.s) return null;
    v.s = a.s;
    v.e = b.e;
  }
  return v;
}

/** Share year/month between the two ends of a calendar range ("April to June 2025", "9 to 12 June"). */
export function joinCal(a: Cal, b: Cal, A: number | undefined): [Cal, Cal] {
  const x: Cal = { ...a };
  const z: Cal = { ...b };
  if (x.m === undefined && x.d !== undefined && x.wd === undefined && z.m !== undefined) {
    x.m = z.m;
    if (x.y === undefined && z.y !== undefined) x.y = z.y;
  }
  const before = (p: Cal, q: Cal): boolean =>
    (p.m ?? 1) > (q.m ?? 1) || ((p.m ?? 1) === (q.m ?? 1) && (p.d ?? 1) > (q.d ?? 1));
  // An end with its own this/next/last word resolves by itself.
  if (x.when !== undefined || z.when !== undefined) return [x, z];
  if (x.m !== undefined && z.m !== undefined && x.wd === undefined && z.wd === undefined) {
    if (x.y === undefined && z.y !== undefined) x.y = before(x, z) ? z.y - 1 : z.y;
    else if (z.y === undefined && x.y !== undefined) z.y = before(x, z) ? x.y + 1 : x.y;
    else if (x.y === undefined && z.y === undefined && A !== undefined) {
      // Both yearless: place the end by the news rule, then the start before it.
      const v = resolveCal(z, A);
      if (v.s !== undefined) {
        const zy = ymd(v.s)[0];
        z.y = zy;
        z.rel = true;
        x.y = before(x, z) ? zy - 1 : zy;
        x.rel = true;
      }
    }
  }
  return [x, z];
}
