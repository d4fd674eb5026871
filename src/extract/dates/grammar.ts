/**
 * Token grammar for English date expressions.
 *
 * Every rule looks at a bounded number of tokens from its start, and the driver only
 * tries rules at tokens whose word is in the lexicon (or digits), so total work is
 * linear in the input. Rules return token spans [a, b) plus a semantic value.
 */
import { isoDate, isoWeeksInYear, mondayOf, nthWeekday, validDate, ymd } from './calendar.js';
import { COUNT_WORDS, DECADE_WORDS, LEX, type Lex, NONYEAR_PREV, START, STRONG_MONTH_CTX, type Unit, looksPlural } from './lexicon.js';
import {
  type Cal, type Gran, type Mod, type Sem, type Val, type When, applyEml, applyPrep, dayV, joinCal, partial, rangeV,
  resolve, shift, unitAt, weekV, withRel, yearV,
} from './resolve.js';
import { NUM, PUNCT, type Tokens, WORD, wordAt } from './tokens.js';

/** A rule's result: tokens [a, b) and the meaning. */
export interface R {
  a: number;
  b: number;
  sem: Sem;
}
/** A top-level match with its resolved value. */
export interface M {
  a: number;
  b: number;
  v: Val;
}

const CURRENCY = new Set(['$', '£', '€', '¥', '₹', '#', '+', '₽', '₩', '¢']);
const ORD_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const APOS = new Set(["'", '’', '‘']);
const DASH = new Set(['-', '–', '—']);
/** Determiners after which "2024 floods" still reads as a year. */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'a', 'an', 'this', 'that', 's']);
/** Words before a yearless numeric date ("on 4.22") that make it a date rather than a decimal. */
const NUM_CTX = new Set([
  'on', 'in', 'from', 'by', 'until', 'till', 'to', 'through', 'before', 'after', 'since', 'between', 'this',
  'next', 'last', 'starting', 'beginning', 'due', 'dated', 'date',
]);
/** Words before "3/4" that make it a ratio, fraction or score rather than a date. */
const RATIO_PREV = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'of', 'about', 'nearly', 'almost', 'than', 'roughly', 'some', 'just',
  'only', 'a', 'an', 'the', 'at', 'over', 'under', 'ratio', 'score', 'scored', 'won', 'lost', 'beat', 'by', 'rate',
  'odds', 'margin', 'vote', 'votes', 'split', 'record', 'and', 'or', 'to',
]);
/** Units that "early/late/end of" and relative phrases understand. */
const GRAN_OF: Record<Unit, Gran> = {
  day: 'day', week: 'week', weekend: 'week', fortnight: 'week', month: 'month', quarter: 'quarter', half: 'half',
  year: 'year', decade: 'decade', century: 'century',
};

function expandYY(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

/** The longer of two candidate results (the first wins ties). */
function longer<T extends { b: number }>(a: T | null, c: T | null): T | null {
  return c !== null && (a === null || c.b > a.b) ? c : a;
}

function cal(c: Omit<Cal, 'k'>): Cal {
  return { k: 'cal', ...c };
}
function val(v: Val): Sem {
  return { k: 'val', v };
}

export class Parser {
  private readonly t: Tokens;
  private readonly A: number | undefined;
  /** Token index whose left context is forced to count as a date preposition. */
  private forced = -1;

  constructor(t: Tokens, A: number | undefined) {
    this.t = t;
    this.A = A;
  }

  // ------------------------------------------------------------------------------------------
  // Token helpers

  private ok(i: number): boolean {
    return i >= 0 && i < this.t.n;
  }
  private w(i: number): string {
    return this.ok(i) ? wordAt(this.t, i) : '';
  }
  private isWord(i: number): boolean {
    return this.ok(i) && this.t.k[i] === WORD;
  }
  private is(i: number, word: string): boolean {
    return this.isWord(i) && wordAt(this.t, i) === word;
  }
  private isP(i: number, ch: string): boolean {
    return this.ok(i) && this.t.k[i] === PUNCT && this.t.w[i] === ch;
  }
  private isDash(i: number): boolean {
    return this.ok(i) && this.t.k[i] === PUNCT && DASH.has(this.t.w[i] as string);
  }
  private isApos(i: number): boolean {
    return this.ok(i) && this.t.k[i] === PUNCT && APOS.has(this.t.w[i] as string);
  }
  private isN(i: number): boolean {
    return this.ok(i) && this.t.k[i] === NUM;
  }
  private nv(i: number): number {
    return this.t.v[i] as number;
  }
  private nl(i: number): number {
    return (this.t.e[i] as number) - (this.t.s[i] as number);
  }
  /** Token i touches token i-1 (no whitespace between). */
  private adj(i: number): boolean {
    return i > 0 && i < this.t.n && this.t.s[i] === this.t.e[i - 1];
  }
  private lx(i: number): Lex | undefined {
    return this.isWord(i) ? LEX.get(wordAt(this.t, i)) : undefined;
  }
  private cap(i: number): boolean {
    return this.ok(i) && this.t.cap[i] === 1;
  }

  /** The word before i (skipping one "the") is a date preposition such as "in", "since", "by". */
  private ctxBefore(i: number): boolean {
    if (i === this.forced) return true;
    let p = i - 1;
    if (this.is(p, 'the')) {
      if (p === this.forced) return true;
      p--;
    }
    return this.lx(p)?.ctx === true;
  }

  /** Like ctxBefore, but only with prepositions that clearly introduce a time. */
  private strongCtx(i: number): boolean {
    if (i === this.forced) return true;
    let p = i - 1;
    if (this.is(p, 'the')) {
      if (p === this.forced) return true;
      p--;
    }
    return STRONG_MONTH_CTX.has(this.w(p)) && this.isWord(p);
  }

  /** Glued on the left to something that makes a number not a date: "$2021", "A2021", "3.2021". */
  private badBefore(i: number, rx: boolean): boolean {
    if (!this.adj(i)) return false;
    const p = i - 1;
    const k = this.t.k[p];
    if (k === WORD) return true;
    if (k === PUNCT) {
      const c = this.t.w[p] as string;
      if (CURRENCY.has(c)) return true;
      if (c === '.' || c === ',' || c === ':') return this.isN(p - 1) && this.adj(p);
      if ((c === '/' || DASH.has(c)) && !rx) return this.isN(p - 1) && this.adj(p);
    }
    return false;
  }

  /** Glued on the right to something that makes a number not a date: "3am", "4%", "6.45", "10:30", "2,000". */
  private badAfter(j: number): boolean {
    if (!this.adj(j)) return false;
    const k = this.t.k[j];
    if (k === WORD) return true;
    if (k !== PUNCT) return false;
    const c = this.t.w[j];
    if (c === '%') return true;
    if ((c === '.' || c === ':') && this.isN(j + 1) && this.adj(j + 1)) return true;
    if (c === ',' && this.isN(j + 1) && this.adj(j + 1) && this.nl(j + 1) === 3) return true;
    return false;
  }

  // ------------------------------------------------------------------------------------------
  // Atoms

  /** Day of month: "3", "3rd", "03", "third", "twenty-first"; with allowCard also "twenty one". */
  private day(i: number, allowCard: boolean): { b: number; d: number } | null {
    if (this.isN(i)) {
      const v = this.nv(i);
      if (this.nl(i) > 2 || v < 1 || v > 31) return null;
      let b = i + 1;
      if (this.adj(b) && this.isWord(b)) {
        if (!ORD_SUFFIX.has(this.w(b))) return null;
        b++;
      }
      if (this.badAfter(b)) return null;
      return { b, d: v };
    }
    const L = this.lx(i);
    if (!L) return null;
    if (L.ord !== undefined && L.ord <= 31) return { b: i + 1, d: L.ord };
    if (L.card === 20 || L.card === 30) {
      let j = i + 1;
      if (this.isP(j, '-') && this.adj(j) && this.adj(j + 1)) j++;
      const L2 = this.lx(j);
      const w2 = this.w(j);
      if (L2?.ord !== undefined && L2.ord <= 9 && (L.card === 20 || L2.ord === 1)) return { b: j + 1, d: L.card + L2.ord };
      if (allowCard && L2?.card !== undefined && L2.card <= 9 && w2 !== 'a' && w2 !== 'an' && (L.card === 20 || L2.card === 1)) {
        return { b: j + 1, d: L.card + L2.card };
      }
    }
    return null;
  }

  /** A day written as an ordinal ("3rd", "third"), which a comma cannot split from its month. */
  private ordinalDay(i: number): boolean {
    if (this.isN(i)) return this.adj(i + 1) && ORD_SUFFIX.has(this.w(i + 1));
    return this.isWord(i);
  }

  /**
   * Four-digit year. mode 0: attached to a month or day; 1: standalone after a date preposition;
   * 2: standalone with no context (stricter range, rejects counts such as "1979 people");
   * 3: standalone after a determiner ("the 2024 floods").
   */
  private year(i: number, mode: 0 | 1 | 2 | 3, rx = false): { b: number; y: number } | null {
    if (!this.isN(i) || this.nl(i) !== 4) return null;
    const y = this.nv(i);
    if (y < 1000 || y > 2199) return null;
    if (this.badBefore(i, rx)) return null;
    const b = i + 1;
    if (this.badAfter(b)) return null;
    if (this.isWord(b)) {
      const nw = this.w(b);
      if (COUNT_WORDS.has(nw)) return null;
      if (mode === 2 && looksPlural(nw)) return null;
    }
    if (mode >= 2) {
      if (y < 1600 || y > 2100) return null;
      if (NONYEAR_PREV.has(this.w(i - 1))) return null;
    }
    return { b, y };
  }

  /** Two-digit year in a numeric chain ("9-18-15"). */
  private yy(i: number): { b: number; y: number } | null {
    if (!this.isN(i) || this.nl(i) !== 2 || this.badAfter(i + 1)) return null;
    return { b: i + 1, y: expandYY(this.nv(i)) };
  }

  /** Standalone year with the strictness chosen by the words before it. */
  private plainYear(i: number, rx: boolean): R | null {
    let mode: 1 | 2 | 3 = 2;
    if (rx || this.ctxBefore(i)) mode = 1;
    else if (DETERMINERS.has(this.w(i - 1))) mode = 3;
    const yr = this.year(i, mode, rx);
    return yr ? { a: i, b: yr.b, sem: cal({ y: yr.y }) } : null;
  }

  /** A count: "4", "four", "twenty-five", "a", "a couple of". */
  private count(i: number): { b: number; n: number } | null {
    if (this.isN(i)) {
      const v = this.nv(i);
      if (this.nl(i) > 3 || v < 1 || this.badAfter(i + 1) || this.badBefore(i, false)) return null;
      return { b: i + 1, n: v };
    }
    const w = this.w(i);
    if (w === 'couple' || ((w === 'a' || w === 'the') && this.is(i + 1, 'couple'))) {
      let b = w === 'couple' ? i + 1 : i + 2;
      if (this.is(b, 'of')) b++;
      return { b, n: 2 };
    }
    const L = this.lx(i);
    if (L?.card === undefined) return null;
    let n = L.card;
    let b = i + 1;
    if (n >= 20 && n % 10 === 0) {
      let j = b;
      if (this.isP(j, '-') && this.adj(j)) j++;
      const L2 = this.lx(j);
      if (L2?.card !== undefined && L2.card <= 9 && this.w(j) !== 'a' && this.w(j) !== 'an') {
        n += L2.card;
        b = j + 1;
      }
    }
    return { b, n };
  }

  // ------------------------------------------------------------------------------------------
  // Calendar dates

  /** Whether a month word with nothing attached can stand as a date here. */
  private monthBareOK(i: number, L: Lex): boolean {
    const w = this.w(i);
    const ctx = this.ctxBefore(i);
    // "may" (modal), "march" (walk), "august" (adjective) and short forms are too ambiguous alone:
    // they need a real date preposition, not just "and" or "to".
    if (L.abbr || w === 'may' || w === 'march') return this.strongCtx(i);
    if (!this.cap(i)) return ctx;
    // A capitalised word next suggests a name ("June Carter", "April Ryan").
    if (this.isWord(i + 1) && this.cap(i + 1) && this.lx(i + 1)?.month === undefined) return ctx;
    if (this.isDash(i + 1) && this.adj(i + 1) && this.isWord(i + 2)) return ctx; // "April-like"
    return true;
  }

  /** Month-led dates: "April 3, 2025", "Aug. 2021", "jan-1", "Sep-23-2020", "mar3", "in April". */
  private monthFirst(i: number, relaxed: boolean): R | null {
    const L = this.lx(i);
    if (L?.month === undefined) return null;
    const m = L.month;
    const j = i + 1;
    if (this.adj(j) && this.isN(j)) {
      // "mar3"
      if (this.badBefore(i, false)) return null;
      const dd = this.day(j, false);
      return dd ? { a: i, b: dd.b, sem: cal({ m, d: dd.d }) } : null;
    }
    if (this.badBefore(i, false)) return null;
    let best: R | null = null;
    if ((this.isP(j, '-') || this.isP(j, '/')) && this.adj(j) && this.adj(j + 1)) {
      const sep = this.w(j);
      const yr = this.year(j + 1, 0, true);
      if (yr) {
        // "Dec-2018", "September-2020-23"
        if (this.isP(yr.b, sep) && this.adj(yr.b) && this.adj(yr.b + 1)) {
          const dd = this.day(yr.b + 1, false);
          if (dd) return { a: i, b: dd.b, sem: cal({ y: yr.y, m, d: dd.d }) };
        }
        return { a: i, b: yr.b, sem: cal({ y: yr.y, m }) };
      }
      const dd = this.isN(j + 1) ? this.day(j + 1, false) : null;
      if (dd) {
        // "jan-1", "Sep-23-2020", "jan/1"
        if (this.isP(dd.b, sep) && this.adj(dd.b) && this.adj(dd.b + 1)) {
          const y2 = this.year(dd.b + 1, 0, true) ?? this.yy(dd.b + 1);
          if (y2) return { a: i, b: y2.b, sem: cal({ y: y2.y, m, d: dd.d }) };
        }
        return { a: i, b: dd.b, sem: cal({ m, d: dd.d }) };
      }
    }
    let k = j;
    let dot = false;
    if (this.isP(k, '.') && this.adj(k)) {
      k++;
      dot = true;
    }
    // Month + year: "August 2021", "Aug. 2021", "Dec, 2018", "june of 1992".
    {
      let c = k;
      if (this.isP(c, ',') || this.is(c, 'of')) c++;
      const yr = this.year(c, 0);
      if (yr) best = longer(best, { a: i, b: yr.b, sem: cal({ y: yr.y, m }) });
    }
    // Month + day (+ year).
    {
      let c = k;
      let comma = false;
      if (this.isP(c, ',')) {
        c++;
        comma = true;
      }
      let dd = this.day(c, true);
      if (!dd && this.is(c, 'the')) dd = this.day(c + 1, true);
      // After a comma, or a full stop following a full month name, only an ordinal is safely a day.
      if (dd && comma && !this.ordinalDay(c)) dd = null;
      if (dd && dot && !L.abbr && (this.isWord(dd.b) || this.isN(dd.b))) dd = null;
      if (dd) {
        let b = dd.b;
        let d2: number | undefined;
        // "November 19-20", "March 3 to 5"
        if (this.isDash(b) || this.is(b, 'to') || this.is(b, 'through')) {
          const e2 = this.day(b + 1, false);
          if (e2 && e2.d > dd.d && this.lx(e2.b)?.month === undefined && !this.isP(e2.b, '/')) {
            d2 = e2.d;
            b = e2.b;
          }
        }
        let y: number | undefined;
        {
          let c3 = b;
          if (this.isP(c3, ',') || this.is(c3, 'of') || this.is(c3, 'in')) c3++;
          const yr = this.year(c3, 0);
          if (yr) {
            y = yr.y;
            b = yr.b;
          }
        }
        if (d2 === undefined) best = longer(best, { a: i, b, sem: cal({ y, m, d: dd.d }) });
        else {
          const r = this.rangeSem(cal({ y, m, d: dd.d }), cal({ y, m, d: d2 }));
          if (r) best = longer(best, { a: i, b, sem: r });
        }
      }
    }
    if (!best && (relaxed || this.monthBareOK(i, L))) best = longer(best, { a: i, b: i + 1, sem: cal({ m }) });
    return best;
  }

  /** Day-led dates: "3 April 2025", "the 28th of June", "1-jan", "05-Aug-2016", "9 to 12 of June". */
  private dayFirst(i: number, rx: boolean, allowAnd = false): R | null {
    let j = i;
    if (this.is(i, 'the')) j++;
    if (this.isN(j) && (this.badBefore(j, rx) || (this.ok(j - 1) && this.t.k[j - 1] === PUNCT && CURRENCY.has(this.w(j - 1))))) return null;
    const dd = this.day(j, false);
    if (!dd) return null;
    const numeric = this.isN(j);
    let k = dd.b;
    if (numeric && (this.isP(k, '-') || this.isP(k, '/')) && this.adj(k) && this.adj(k + 1)) {
      const sep = this.w(k);
      const L = this.lx(k + 1);
      if (L?.month !== undefined) {
        const b = k + 2;
        if (this.isP(b, sep) && this.adj(b) && this.adj(b + 1)) {
          const yr = this.year(b + 1, 0, true) ?? this.yy(b + 1);
          if (yr) return { a: i, b: yr.b, sem: cal({ y: yr.y, m: L.month, d: dd.d }) };
        }
        return { a: i, b, sem: cal({ m: L.month, d: dd.d }) };
      }
      const yr = this.year(k + 1, 0, true);
      if (yr && this.isP(yr.b, sep) && this.adj(yr.b) && this.adj(yr.b + 1)) {
        const m = this.lx(yr.b + 1)?.month;
        if (m !== undefined) return { a: i, b: yr.b + 2, sem: cal({ y: yr.y, m, d: dd.d }) };
      }
    }
    // Optional second day: "9 to 12 of June", "19-20 November", (between) "3 and 12 of Sept".
    let d2: number | undefined;
    if (this.isDash(k) || this.is(k, 'to') || this.is(k, 'through') || (allowAnd && this.is(k, 'and'))) {
      const e2 = this.day(k + 1, false);
      if (e2 && e2.d > dd.d) {
        d2 = e2.d;
        k = e2.b;
      }
    }
    let c = k;
    let hadOf = false;
    if (this.is(c, 'of')) {
      c++;
      hadOf = true;
    } else if (numeric && this.isP(c, '.') && this.adj(c)) c++; // "16. nov. 2016"
    const L = this.lx(c);
    if (L?.month === undefined) return null;
    // "first May" without "of" is too loose; a numeric day is fine ("3 May").
    if (!numeric && !hadOf) return null;
    let b = c + 1;
    let y: number | undefined;
    {
      let c2 = b;
      if (this.isP(c2, '.') && this.adj(c2)) c2++;
      if (this.isP(c2, ',') || this.is(c2, 'of') || this.is(c2, 'in')) c2++;
      const yr = this.year(c2, 0);
      if (yr) {
        y = yr.y;
        b = yr.b;
      }
    }
    const m = L.month;
    if (d2 === undefined) return { a: i, b, sem: cal({ y, m, d: dd.d }) };
    const r = this.rangeSem(cal({ y, m, d: dd.d }), cal({ y, m, d: d2 }));
    return r ? { a: i, b, sem: r } : null;
  }

  /**
   * All-digit dates. Y-M-D first when the year leads; otherwise month-first (US) unless the
   * first part cannot be a month ("21/04/2016" is day-first). Yearless "4.22" or "4-22" need a
   * date word before them ("on 4.22"), since they are usually decimals or scores.
   */
  private numeric(i: number, ctx: boolean, rx: boolean): R | null {
    if (!this.isN(i) || this.badBefore(i, rx)) return null;
    const L1 = this.nl(i);
    const v1 = this.nv(i);
    if (L1 === 8) {
      const y = Math.floor(v1 / 10000);
      const m = Math.floor(v1 / 100) % 100;
      const d = v1 % 100;
      if (y >= 1900 && y <= 2099 && validDate(y, m, d) && !this.badAfter(i + 1) && !this.gluedNum(i + 1)) {
        return { a: i, b: i + 1, sem: cal({ y, m, d }) };
      }
      return null;
    }
    if (L1 !== 4 && L1 > 2) return null;
    const j = i + 1;
    if (L1 === 4 && this.isN(j) && !this.adj(j) && this.nl(j) === 2 && this.isN(j + 1) && !this.adj(j + 1) && this.nl(j + 1) === 2) {
      // "2016 10 16"
      const m = this.nv(j);
      const d = this.nv(j + 1);
      if (validDate(v1, m, d) && !this.badAfter(j + 2) && !this.isN(j + 2)) return { a: i, b: j + 2, sem: cal({ y: v1, m, d }) };
    }
    if (!(this.isP(j, '/') || this.isP(j, '-') || this.isP(j, '.')) || !this.adj(j) || !this.isN(j + 1) || !this.adj(j + 1)) return null;
    const sep = this.w(j);
    const n2 = j + 1;
    const L2 = this.nl(n2);
    const v2 = this.nv(n2);
    let n3 = -1;
    let k = n2 + 1;
    if (this.isP(k, sep) && this.adj(k) && this.isN(k + 1) && this.adj(k + 1)) {
      n3 = k + 1;
      k += 2;
    } else if (sep === '/' && this.isP(k, ',') && this.adj(k) && this.isN(k + 1) && (this.nl(k + 1) === 4 || this.nl(k + 1) === 2)) {
      n3 = k + 1; // "11/12,2016"
      k += 2;
    }
    // A further glued part or decimal ("1.2.3.4", "30/4.85") means it is not a date.
    if (this.badAfter(k)) return null;
    if ((this.isP(k, sep) || this.isP(k, '.')) && this.adj(k) && this.isN(k + 1) && this.adj(k + 1)) return null;
    if (n3 >= 0) {
      const L3 = this.nl(n3);
      const v3 = this.nv(n3);
      if (L1 === 4 && L2 <= 2 && L3 <= 2) {
        if (v2 >= 1 && v2 <= 12 && v3 >= 1 && v3 <= 31) return { a: i, b: k, sem: cal({ y: v1, m: v2, d: v3 }) };
        return null;
      }
      if (L1 <= 2 && L2 <= 2 && (L3 === 4 || (L3 === 2 && sep !== '.'))) {
        // Dotted dates are a day-first (European) convention; slashes and dashes default to month-first.
        const md = sep === '.' ? this.monthDay(v2, v1) : this.monthDay(v1, v2);
        if (!md) return null;
        const y = L3 === 4 ? v3 : expandYY(v3);
        return { a: i, b: k, sem: cal({ y, m: md[0], d: md[1] }) };
      }
      return null;
    }
    if (L1 === 4) {
      if (sep === '-' && L2 <= 2 && v2 >= 1 && v2 <= 12) {
        if (L2 === 2 && v2 === (v1 + 1) % 100) return null; // "2011-12" is a season, left to the range rule
        return { a: i, b: k, sem: cal({ y: v1, m: v2 }) };
      }
      return null;
    }
    if (L2 === 4) {
      // "10/2021"
      if ((sep === '/' || sep === '-') && v1 >= 1 && v1 <= 12 && v2 >= 1000 && v2 <= 2199) return { a: i, b: k, sem: cal({ y: v2, m: v1 }) };
      return null;
    }
    if (L2 > 2) return null;
    if (sep !== '/' && !ctx) return null;
    // "24/7" is a duration and "9/11" names an event, not the latest 11 September.
    if ((v1 === 24 && v2 === 7) || (v1 === 9 && v2 === 11)) return null;
    const nw = this.w(k);
    if (this.isWord(k) && (COUNT_WORDS.has(nw) || looksPlural(nw) || nw === 'of' || nw === 'majority')) return null;
    if (sep === '/' && !ctx && RATIO_PREV.has(this.w(i - 1))) return null;
    const md = this.monthDay(v1, v2);
    return md ? { a: i, b: k, sem: cal({ m: md[0], d: md[1] }) } : null;
  }

  private gluedNum(k: number): boolean {
    return this.ok(k) && this.t.k[k] === PUNCT && this.adj(k) && this.isN(k + 1) && this.adj(k + 1);
  }

  /** Month-first when both parts could be a month (US convention); day-first when only the second can. */
  private monthDay(a: number, b: number): [number, number] | null {
    if (a >= 1 && a <= 12 && b >= 1 && b <= 31) return [a, b];
    if (b >= 1 && b <= 12 && a >= 1 && a <= 31) return [b, a];
    return null;
  }

  /** "Q3", "H1" (letter glued to the digit). */
  private qh(i: number): { b: number; unit: 'quarter' | 'half'; n: number } | null {
    const w = this.w(i);
    if ((w !== 'q' && w !== 'h') || !this.isN(i + 1) || !this.adj(i + 1) || this.nl(i + 1) !== 1) return null;
    if (this.badAfter(i + 2)) return null;
    const n = this.nv(i + 1);
    if (w === 'q' && n >= 1 && n <= 4) return { b: i + 2, unit: 'quarter', n };
    if (w === 'h' && n >= 1 && n <= 2) return { b: i + 2, unit: 'half', n };
    return null;
  }

  /** Year-led: "2019-sep-1", "2020/23/Sep", "2017-q1", "2019 H2", "2017 april". */
  private yearFirst(i: number, rx: boolean): R | null {
    if (!this.isN(i) || this.nl(i) !== 4 || this.badBefore(i, rx)) return null;
    const y = this.nv(i);
    if (y < 1000 || y > 2199) return null;
    const j = i + 1;
    if ((this.isP(j, '-') || this.isP(j, '/')) && this.adj(j) && this.adj(j + 1)) {
      const sep = this.w(j);
      const m = this.lx(j + 1)?.month;
      if (m !== undefined) {
        const b = j + 2;
        if (this.isP(b, sep) && this.adj(b) && this.adj(b + 1)) {
          const dd = this.day(b + 1, false);
          if (dd) return { a: i, b: dd.b, sem: cal({ y, m, d: dd.d }) };
        }
        return { a: i, b, sem: cal({ y, m }) };
      }
      if (this.isN(j + 1) && this.nl(j + 1) <= 2) {
        const d = this.nv(j + 1);
        const k = j + 2;
        const m2 = this.lx(k + 1)?.month;
        if (this.isP(k, sep) && this.adj(k) && this.adj(k + 1) && m2 !== undefined && d >= 1 && d <= 31) {
          return { a: i, b: k + 2, sem: cal({ y, m: m2, d }) };
        }
      }
      const q = this.qh(j + 1);
      if (q) return { a: i, b: q.b, sem: { k: 'part', unit: q.unit, n: q.n, y } };
      return null;
    }
    if (!this.adj(j)) {
      const q = this.qh(j);
      if (q) return { a: i, b: q.b, sem: { k: 'part', unit: q.unit, n: q.n, y } };
      const L = this.lx(j);
      const w = this.w(j);
      if (L?.month !== undefined && !L.abbr && w !== 'may' && w !== 'march' && !(this.isWord(j + 1) && this.cap(j + 1))) {
        if (this.year(i, 0, rx)) return { a: i, b: j + 1, sem: cal({ y, m: L.month }) };
      }
    }
    return null;
  }

  // ------------------------------------------------------------------------------------------
  // Parts of years, decades, centuries

  /** The year an "of ..." tail refers to: "2026", "the year", "this year", "last year", "FY2025". */
  private yearRef(i: number): { b: number; y?: number; rel: boolean } | null {
    const yr = this.year(i, 0) ?? this.fiscal(i);
    if (yr) return { b: yr.b, y: yr.y, rel: false };
    let off: number | undefined;
    if (this.is(i, 'the') && this.is(i + 1, 'year')) off = 0;
    const R = this.lx(i);
    if (R?.rel && this.is(i + 1, 'year')) off = R.rel === 'this' ? 0 : R.rel === 'next' ? 1 : -1;
    if (off === undefined) return null;
    if (this.A === undefined) return { b: i + 2, rel: true };
    return { b: i + 2, y: ymd(this.A)[0] + off, rel: true };
  }

  /** "FY2025", "FY 2025", "FY25", "fiscal 2025", "fiscal year 2025" (read as the calendar year). */
  private fiscal(i: number): { b: number; y: number } | null {
    const w = this.w(i);
    if (w === 'fy') {
      const j = i + 1;
      if (this.isN(j) && this.nl(j) === 4 && !this.badAfter(j + 1)) return { b: j + 1, y: this.nv(j) };
      if (this.isN(j) && this.adj(j) && this.nl(j) === 2 && !this.badAfter(j + 1)) return { b: j + 1, y: 2000 + this.nv(j) };
      return null;
    }
    if (w === 'fiscal') {
      let j = i + 1;
      if (this.is(j, 'year')) j++;
      const yr = this.year(j, 1);
      return yr ? { b: yr.b, y: yr.y } : null;
    }
    return null;
  }

  /** "the third quarter of 2026", "Q3 2026", "the first half of 2025", "first-quarter", "1st quarter of 2013". */
  private quarterHalf(i: number): R | null {
    const q = this.qh(i);
    if (q) {
      let k = q.b;
      if ((this.isP(k, '-') || this.isP(k, '/')) && this.adj(k)) k++;
      const yr = this.year(k, 0) ?? this.fiscal(k);
      if (yr) return { a: i, b: yr.b, sem: { k: 'part', unit: q.unit, n: q.n, y: yr.y } };
      // "H1" alone is also a visa class; require a date word before it.
      if (q.unit === 'half' && !this.ctxBefore(i)) return null;
      return { a: i, b: q.b, sem: { k: 'part', unit: q.unit, n: q.n } };
    }
    let j = i;
    if (this.is(i, 'the')) j++;
    let n: number | undefined;
    let last = false;
    let b = j + 1;
    if (this.isN(j) && this.adj(j + 1) && ORD_SUFFIX.has(this.w(j + 1))) {
      n = this.nv(j);
      b = j + 2;
    } else {
      const w = this.w(j);
      if (w === 'last' || w === 'final' || w === 'latter') last = true;
      else n = this.lx(j)?.ord;
    }
    if (n === undefined && !last) return null;
    let hyphen = false;
    if (this.isP(b, '-') && this.adj(b) && this.adj(b + 1)) {
      b++;
      hyphen = true;
    }
    const u = this.w(b);
    if (u !== 'quarter' && u !== 'half') return null;
    const unit = u;
    if (last) n = unit === 'quarter' ? 4 : 2;
    if (n === undefined || n < 1 || n > (unit === 'quarter' ? 4 : 2)) return null;
    b++;
    let c = b;
    if (this.is(c, 'of')) c++;
    const ref = this.yearRef(c);
    if (ref) {
      const sem: Sem = { k: 'part', unit, n, y: ref.y, rel: ref.rel };
      return { a: i, b: ref.b, sem };
    }
    // Without a year only the adjective form ("first-quarter profits") is safely a date;
    // "in the first half" is as often a match or a book.
    if (hyphen && !last) return { a: i, b, sem: { k: 'part', unit, n } };
    return null;
  }

  /** "the 1990s", "1990's", "the '90s", "the nineties", "the 1800s". */
  private decade(i: number, afterEml: boolean): R | null {
    let j = i;
    const the = this.is(i, 'the');
    if (the) j++;
    if (this.isN(j) && this.nl(j) === 4) {
      const y = this.nv(j);
      if (y % 10 !== 0 || y < 1000 || y > 2190 || this.badBefore(j, false)) return null;
      let b = j + 1;
      if (this.isApos(b) && this.adj(b) && this.is(b + 1, 's') && this.adj(b + 1)) b += 2;
      else if (this.is(b, 's') && this.adj(b)) b += 1;
      else return null;
      if (this.adj(b) && this.isWord(b)) return null;
      const sem: Sem = y % 100 === 0 && y !== 2000 ? { k: 'century', y0: y } : { k: 'decade', y0: y };
      return { a: i, b, sem };
    }
    let apos = false;
    if (this.isApos(j) && this.adj(j + 1) && this.isN(j + 1)) {
      apos = true;
      j++;
    }
    if (this.isN(j) && this.nl(j) === 2 && this.nv(j) % 10 === 0 && this.is(j + 1, 's') && this.adj(j + 1)) {
      if (!apos && !the && !afterEml) return null;
      if (this.adj(j + 2) && this.isWord(j + 2)) return null;
      if (!apos && this.badBefore(j, false)) return null;
      const n = this.nv(j);
      // '00s and '10s are this century; '20s and later are read as the 1900s.
      return { a: i, b: j + 2, sem: { k: 'decade', y0: n <= 10 ? 2000 + n : 1900 + n } };
    }
    if (the) {
      const n = DECADE_WORDS.get(this.w(j));
      if (n !== undefined) return { a: i, b: j + 1, sem: { k: 'decade', y0: 1900 + n } };
    }
    return null;
  }

  /** "the 19th century", "the twenty-first century", "19th-century". */
  private century(i: number): R | null {
    let j = i;
    if (this.is(i, 'the')) j++;
    let c: number | undefined;
    let b = j + 1;
    if (this.isN(j) && this.nl(j) <= 2 && this.adj(j + 1) && ORD_SUFFIX.has(this.w(j + 1))) {
      c = this.nv(j);
      b = j + 2;
    } else {
      const L = this.lx(j);
      if (L?.ord !== undefined) c = L.ord;
      else if (L?.card === 20) {
        let k = j + 1;
        if (this.isP(k, '-') && this.adj(k)) k++;
        const o = this.lx(k)?.ord;
        if (o !== undefined && o <= 9) {
          c = 20 + o;
          b = k + 1;
        }
      }
    }
    if (c === undefined || c < 1 || c > 22) return null;
    if (this.isP(b, '-') && this.adj(b)) b++;
    if (this.w(b) !== 'century') return null;
    return { a: i, b: b + 1, sem: { k: 'century', y0: (c - 1) * 100 } };
  }

  /** Written years after a date word: "in nineteen ninety six", "in two thousand and twenty". */
  private yearWords(i: number): R | null {
    if (!this.ctxBefore(i)) return null;
    const L = this.lx(i);
    if (L?.card === undefined) return null;
    let y: number | undefined;
    let b = i + 1;
    if (L.card === 2 && this.w(i) === 'two' && this.is(i + 1, 'thousand')) {
      y = 2000;
      b = i + 2;
      let k = b;
      if (this.is(k, 'and')) k++;
      const c = this.count(k);
      if (c && this.isWord(k) && c.n < 100) {
        y += c.n;
        b = c.b;
      }
    } else if ((L.card >= 11 && L.card <= 19) || L.card === 20) {
      const c = this.count(i + 1);
      if (!c || !this.isWord(i + 1) || c.n < 10 || c.n > 99) return null;
      y = L.card * 100 + c.n;
      b = c.b;
    }
    if (y === undefined) return null;
    const nw = this.w(b);
    if (this.isWord(b) && (COUNT_WORDS.has(nw) || looksPlural(nw))) return null;
    return { a: i, b, sem: cal({ y }) };
  }

  // ------------------------------------------------------------------------------------------
  // Weeks, weekdays, seasons, holidays

  /** "week 31", "first week of 2019", "the week beginning February 4", "w/c Feb 4", "the week of March 3". */
  private weekNum(i: number): R | null {
    let j = i;
    if (this.is(i, 'the')) j++;
    if (this.is(j, 'week')) {
      const k = j + 1;
      if (this.isN(k) && this.nl(k) <= 2 && !this.badAfter(k + 1)) {
        const n = this.nv(k);
        if (n < 1 || n > 53) return null;
        let b = k + 1;
        let y: number | undefined;
        if (this.is(b, 'of') || this.isP(b, ',')) {
          const yr = this.year(b + 1, 0);
          if (yr) {
            y = yr.y;
            b = yr.b;
          }
        }
        return { a: j, b, sem: { k: 'week', y, n } };
      }
      if (j > i) {
        // "the week beginning|starting|commencing (on) DATE", "the week of DATE"
        let c = k;
        const w = this.w(c);
        const starting = w === 'beginning' || w === 'starting' || w === 'commencing';
        if (starting) c++;
        if (this.is(c, 'on') || this.is(c, 'of')) c++;
        if (!starting && !this.is(k, 'of')) return null;
        return this.weekFrom(i, c, starting);
      }
      return null;
    }
    if (this.is(i, 'w') && this.isP(i + 1, '/') && this.is(i + 2, 'c')) return this.weekFrom(i, i + 3, true);
    // "first week of 2019", "last week of 2019"
    const w = this.w(j);
    const o = w === 'last' ? -1 : this.lx(j)?.ord;
    if (o === undefined || o > 5 || !this.is(j + 1, 'week') || !this.is(j + 2, 'of')) return null;
    const yr = this.year(j + 3, 0);
    if (!yr) return null;
    const n = o === -1 ? isoWeeksInYear(yr.y) : o;
    return { a: i, b: yr.b, sem: { k: 'week', y: yr.y, n } };
  }

  private weekFrom(a: number, c: number, starting: boolean): R | null {
    const r = this.monthFirst(c, false) ?? this.dayFirst(c, false) ?? this.numeric(c, true, false);
    if (!r || r.sem.k !== 'cal' || r.sem.d === undefined) return null;
    const v = resolve(r.sem, this.A);
    if (v.s === undefined) return { a, b: r.b, sem: val({ iso: v.iso, g: 'week', rel: true }) };
    const s = starting ? v.s : mondayOf(v.s);
    const out: Val = { ...weekV(mondayOf(v.s)), s, e: s + 7 };
    if (v.rel) out.rel = true;
    return { a, b: r.b, sem: val(out) };
  }

  /** Weekday phrases: "Thursday", "Friday, July 3", "tuesday of next week", "wed, 22 of jan". */
  private weekday(i: number, when?: When): R | null {
    const L = this.lx(i);
    if (L?.wd === undefined) return null;
    const wd = L.wd;
    let best: R | null = null;
    const j = i + 1;
    {
      // With a date: "Friday, July 3", "monday january 12th, 2016", "Friday 7/6", "friday (jun-15)".
      let k = j;
      let paren = false;
      if (this.isP(k, ',')) k++;
      else if (this.isP(k, '(')) {
        k++;
        paren = true;
      } else if (this.isP(k, '-') && this.adj(k)) k++;
      const r = this.monthFirst(k, false) ?? this.dayFirst(k, false) ?? this.numeric(k, true, false);
      if (r && r.sem.k === 'cal' && r.sem.d !== undefined) {
        let b = r.b;
        if (!paren || this.isP(b, ')')) {
          if (paren) b++;
          best = longer(best, { a: i, b, sem: { ...r.sem, wd, when: r.sem.y === undefined ? when : undefined } });
        }
      }
    }
    if (this.is(j, 'the')) {
      // "tuesday the eleventh"
      const dd = this.day(j + 1, true);
      if (dd) best = longer(best, { a: i, b: dd.b, sem: cal({ d: dd.d, wd }) });
    }
    {
      // "friday next week", "tuesday of next week", "monday of the following week"
      let k = j;
      if (this.is(k, 'of')) k++;
      if (this.is(k, 'the')) k++;
      const R = this.lx(k);
      if (R?.rel && this.is(k + 1, 'week')) {
        const off = R.rel === 'this' ? 0 : R.rel === 'next' ? 1 : -1;
        best = longer(best, { a: i, b: k + 2, sem: cal({ wd, weekOff: off, rel: true }) });
      }
    }
    if (!best) {
      const ctx = when !== undefined || this.ctxBefore(i);
      if (L.abbr && !ctx) return null;
      // "Sunday Times", "Tuesday Group": a capitalised word next reads as a name; so does one
      // before it ("Super Tuesday", "Black Monday").
      if (!ctx && this.isWord(j) && this.cap(j) && this.lx(j) === undefined) return null;
      if (!ctx && this.isWord(i - 1) && this.cap(i - 1) && this.lx(i - 1) === undefined) return null;
      best = longer(best, { a: i, b: i + 1, sem: cal({ wd, when }) });
    }
    return best;
  }

  /** "the first friday of july", "the last Monday in May 2024", "the first friday in this month". */
  private ordWeekdayOfMonth(i: number): R | null {
    let j = i;
    if (this.is(i, 'the')) j++;
    let n: number | undefined;
    let k = j + 1;
    if (this.is(j, 'last')) n = -1;
    else if (this.isN(j) && this.adj(j + 1) && ORD_SUFFIX.has(this.w(j + 1))) {
      n = this.nv(j);
      k = j + 2;
    } else n = this.lx(j)?.ord;
    if (n === undefined || n > 5 || n === 0) return null;
    const wd = this.lx(k)?.wd;
    if (wd === undefined || !(this.is(k + 1, 'of') || this.is(k + 1, 'in'))) return null;
    const mr = this.monthRef(k + 2);
    if (!mr) return null;
    if (mr.y === undefined || mr.m === undefined) {
      return { a: i, b: mr.b, sem: val(partial('XXXX-' + (mr.m === undefined ? 'XX' : String(mr.m).padStart(2, '0')) + '-XX', 'day')) };
    }
    const d = nthWeekday(mr.y, mr.m, wd, n);
    if (d === undefined) return null;
    const v = dayV(d);
    if (mr.rel) v.rel = true;
    return { a: i, b: mr.b, sem: val(v) };
  }

  /** A month reference: "July", "July 2024", "this month", "next month", "the month". */
  private monthRef(i: number): { b: number; y?: number; m?: number; rel: boolean } | null {
    const L = this.lx(i);
    if (L?.month !== undefined) {
      const yr = this.year(this.isP(i + 1, ',') ? i + 2 : i + 1, 0);
      if (yr) return { b: yr.b, y: yr.y, m: L.month, rel: false };
      const v = resolve(cal({ m: L.month }), this.A);
      if (v.s === undefined) return { b: i + 1, m: L.month, rel: true };
      const [y, m] = ymd(v.s);
      return { b: i + 1, y, m, rel: true };
    }
    let off: number | undefined;
    if (this.is(i, 'the') && this.is(i + 1, 'month')) off = 0;
    else if (L?.rel && this.is(i + 1, 'month')) off = L.rel === 'this' ? 0 : L.rel === 'next' ? 1 : -1;
    if (off === undefined) return null;
    if (this.A === undefined) return { b: i + 2, rel: true };
    const [y, m] = ymd(shift(this.A, 'month', off));
    return { b: i + 2, y, m, rel: true };
  }

  /** Day of month alone: "on the 18th", "on 15", "20th of next month", "the 15th day of the month". */
  private dayOnly(i: number): R | null {
    let j = i;
    const the = this.is(i, 'the');
    if (the) j++;
    const dd = this.day(j, false);
    if (!dd) return null;
    let k = dd.b;
    if (this.is(k, 'day') && this.is(k + 1, 'of')) k++;
    if (this.is(k, 'of')) {
      const L = this.lx(k + 1);
      if (L?.month !== undefined && k > dd.b) {
        // "the 15th day of June"
        const yr = this.year(k + 2, 0);
        return { a: i, b: yr ? yr.b : k + 2, sem: cal({ y: yr?.y, m: L.month, d: dd.d }) };
      }
      if (L?.month === undefined) {
        const mr = this.monthRef(k + 1);
        if (!mr) return null;
        if (mr.y === undefined || mr.m === undefined) return { a: i, b: mr.b, sem: val(partial('XXXX-XX-' + String(dd.d).padStart(2, '0'), 'day')) };
        return { a: i, b: mr.b, sem: cal({ y: mr.y, m: mr.m, d: dd.d, rel: true }) };
      }
      return null;
    }
    // Bare "the 18th" / "15" only after "on", and not followed by a word ("on the 4th floor").
    if (!this.is(i - 1, 'on')) return null;
    if (this.isWord(dd.b) || this.isN(dd.b)) return null;
    return { a: i, b: dd.b, sem: cal({ d: dd.d }) };
  }

  /** "summer 2024", "the summer of 2024", "in the spring", "winter". */
  private season(i: number, when?: When): R | null {
    let j = i;
    const the = this.is(i, 'the');
    if (the) j++;
    const L = this.lx(j);
    if (L?.season === undefined) return null;
    const n = L.season;
    if (this.cap(j) && this.isWord(j + 1) && this.cap(j + 1)) return null; // "Summer Olympics", "Winter Palace"
    let c = j + 1;
    if (this.is(c, 'of')) c++;
    const yr = this.year(c, 0);
    if (yr && !(c === j + 1 && the)) return { a: i, b: yr.b, sem: { k: 'part', unit: 'season', n, y: yr.y } };
    if (when !== undefined) return { a: j, b: j + 1, sem: { k: 'part', unit: 'season', n, when, rel: true } };
    const w = this.w(j);
    const ctx = this.ctxBefore(j);
    const loose = w === 'spring' || w === 'fall';
    if (ctx || (!loose && this.isP(j + 1, ',') && !this.ok(j - 1))) {
      if (this.isP(j + 1, '-') && this.adj(j + 1)) return null;
      return { a: j, b: j + 1, sem: { k: 'part', unit: 'season', n, rel: true } };
    }
    return null;
  }

  /** Christmas, New Year's Day, Easter, Thanksgiving, Black Friday ... with an optional year. */
  private holiday(i: number): R | null {
    const w = this.w(i);
    let id: string | undefined;
    let b = i + 1;
    const nx = this.w(i + 1);
    switch (w) {
      case 'christmas':
      case 'xmas':
        if (nx === 'eve') { id = 'christmas-eve'; b++; } else { id = 'christmas'; if (nx === 'day') b++; }
        break;
      case 'new':
        if (this.is(i + 1, 'year') && this.isApos(i + 2) && this.is(i + 3, 's')) {
          b = i + 4;
          if (this.is(b, 'eve')) { id = 'new-year-eve'; b++; } else { id = 'new-year'; if (this.is(b, 'day')) b++; }
        }
        break;
      case 'halloween': id = 'halloween'; break;
      case 'thanksgiving': id = 'thanksgiving'; if (nx === 'day') b++; break;
      case 'black': if (nx === 'friday') { id = 'black-friday'; b++; } break;
      case 'good': if (nx === 'friday' && this.cap(i)) { id = 'good-friday'; b++; } break;
      case 'easter':
        if (nx === 'monday') { id = 'easter-monday'; b++; } else { id = 'easter'; if (nx === 'sunday') b++; }
        break;
      case 'valentine':
        if (this.isApos(i + 1) && this.is(i + 2, 's') && this.is(i + 3, 'day')) { id = 'valentine'; b = i + 4; }
        break;
    }
    if (id === undefined) return null;
    const yr = this.year(b, 0);
    if (yr) return { a: i, b: yr.b, sem: { k: 'hol', id, y: yr.y } };
    // Bare holiday names are often attributive ("Christmas tree"); ask for context or a day word.
    const explicit = b > i + 1 || this.ctxBefore(i) || this.is(i - 1, 'at') || !this.isWord(b);
    if (!explicit) return null;
    return { a: i, b, sem: { k: 'hol', id } };
  }

  // ------------------------------------------------------------------------------------------
  // Relative expressions

  /** A value for a whole unit offset from the anchor, or a partial one without an anchor. */
  private unitRel(unit: Unit, off: number): Val {
    const g = GRAN_OF[unit];
    if (this.A === undefined) return partial(unit === 'day' ? 'XXXX-XX-XX' : unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX', g);
    if (unit === 'weekend') {
      const sat = mondayOf(this.A) + 7 * off + 5;
      return withRel({ ...weekV(sat - 5), iso: weekV(sat - 5).iso + '-WE', s: sat, e: sat + 2 });
    }
    if (unit === 'fortnight') return withRel(this.window('day', 14 * Math.abs(off), off < 0));
    return withRel(unitAt(g, shift(this.A, g, off)));
  }

  /**
   * "last 3 days", "the past two decades", "next 7 quarters". Quarters and halves cover whole
   * calendar units before/after the current one; other units are rolling windows ending the day
   * before the anchor or starting the day after it.
   */
  private window(g: Gran, n: number, past: boolean): Val {
    const A = this.A as number;
    if (g === 'quarter' || g === 'half') {
      const cur = unitAt(g, A);
      const s = past ? shift(cur.s as number, g, -n) : (cur.e as number);
      const e = past ? (cur.s as number) : shift(cur.e as number, g, n);
      return { iso: unitAt(g, s).iso + '/' + unitAt(g, e - 1).iso, s, e, g, rel: true };
    }
    const s = past ? shift(A, g, -n) : A + 1;
    const e = past ? A : shift(A + 1, g, n);
    return { iso: isoDate(s) + '/' + isoDate(e - 1), s, e, g, rel: true };
  }

  /** Phrases led by this/last/next words. */
  private relPhrase(i: number): R | null {
    const L = this.lx(i);
    if (L?.rel === undefined) return null;
    const word = this.w(i);
    let when: 'this' | 'last' | 'next' = L.rel;
    let j = i + 1;
    if (when === 'this' && (this.is(j, 'past') || this.is(j, 'last'))) {
      when = 'last'; // "this past weekend"
      j++;
    }
    const prevThe = this.is(i - 1, 'the');
    // "the following week", "the previous year": relative to the story, not the publication date.
    const anaphoric = prevThe && (word === 'following' || word === 'previous' || word === 'preceding' || word === 'prior');
    let best: R | null = null;
    const cnt = when !== 'this' ? this.count(j) : null;
    if (cnt && cnt.n < 1000) {
      const U = this.lx(cnt.b);
      if (U?.unit !== undefined && (U.plural || cnt.n === 1) && U.unit !== 'weekend') {
        const g = GRAN_OF[U.unit];
        const n = U.unit === 'fortnight' ? cnt.n * 2 : cnt.n;
        const v = this.A === undefined ? partial('XXXX', g) : this.window(g, n, when === 'last');
        best = longer(best, { a: i, b: cnt.b + 1, sem: val(v) });
      }
    }
    const L2 = this.lx(j);
    if (L2?.unit !== undefined && !L2.plural) {
      const unit = L2.unit;
      if (unit === 'week') {
        // "next week on friday", "this week friday", "previous week - monday"
        let k = j + 1;
        if (this.is(k, 'on') || this.isDash(k)) k++;
        const wd = this.lx(k)?.wd;
        if (wd !== undefined) best = longer(best, { a: i, b: k + 1, sem: cal({ wd, weekOff: when === 'this' ? 0 : when === 'next' ? 1 : -1, rel: true }) });
      }
      if (unit === 'day') {
        if (when === 'next' || (prevThe && when === 'last' && word !== 'last')) {
          best = longer(best, { a: prevThe ? i - 1 : i, b: j + 1, sem: val(partial('XXXX-XX-XX', 'day')) });
        }
      } else if (unit !== 'half') {
        let v: Val;
        if (anaphoric) v = partial('XXXX', GRAN_OF[unit]);
        else if (prevThe && (word === 'past' || word === 'last') && unit !== 'quarter' && this.A !== undefined) {
          // "over the past year": a rolling window, not the previous calendar year.
          v = this.window(GRAN_OF[unit === 'weekend' ? 'week' : unit === 'fortnight' ? 'week' : unit], unit === 'fortnight' ? 2 : 1, true);
        } else v = this.unitRel(unit, when === 'this' ? 0 : when === 'next' ? 1 : -1);
        best = longer(best, { a: i, b: j + 1, sem: val(v) });
      }
    }
    if (!prevThe || when !== 'this') {
      best = longer(best, this.weekday(j, when));
      const mf = this.monthFirst(j, true) ?? this.dayFirst(j, false) ?? this.numeric(j, true, false);
      if (mf && mf.sem.k === 'cal' && mf.sem.y === undefined) best = longer(best, { a: i, b: mf.b, sem: { ...mf.sem, when, rel: true } });
      best = longer(best, this.season(j, when));
    }
    if (best) (best as R).a = Math.min((best as R).a, i);
    return best;
  }

  /** "four years ago", "a month ago", "3 days from today", "two weeks from now", "two days later". */
  private ago(i: number): R | null {
    const cnt = this.count(i);
    if (!cnt || cnt.n > 1000) return null;
    const U = this.lx(cnt.b);
    if (U?.unit === undefined || !(U.plural || cnt.n === 1) || U.unit === 'weekend' || U.unit === 'half') return null;
    const unit = U.unit;
    const g = GRAN_OF[unit];
    const n = unit === 'fortnight' ? cnt.n * 2 : cnt.n;
    let k = cnt.b + 1;
    let dir: number;
    const w = this.w(k);
    if (w === 'ago') {
      dir = -1;
      k++;
    } else if (w === 'hence') {
      dir = 1;
      k++;
    } else if ((w === 'from' && (this.is(k + 1, 'now') || this.is(k + 1, 'today'))) || (w === 'after' && this.is(k + 1, 'today'))) {
      dir = 1;
      k += 2;
    } else if (w === 'before' && this.is(k + 1, 'today')) {
      dir = -1;
      k += 2;
    } else if (w === 'later' || w === 'earlier') {
      // Relative to the story's own timeline: keep it unresolved.
      return { a: i, b: k + 1, sem: val(partial(g === 'day' ? 'XXXX-XX-XX' : 'XXXX', g)) };
    } else return null;
    if (this.A === undefined) return { a: i, b: k, sem: val(partial(g === 'day' ? 'XXXX-XX-XX' : 'XXXX', g)) };
    if (g === 'decade' || g === 'century') {
      // "two decades ago": an approximate year.
      const y = ymd(this.A)[0] + dir * n * (g === 'decade' ? 10 : 100);
      return { a: i, b: k, sem: val({ ...yearV(y), mod: 'approx', rel: true }) };
    }
    const unitG: Gran = unit === 'fortnight' ? 'day' : g;
    const step = unit === 'fortnight' ? 14 * cnt.n : n;
    return { a: i, b: k, sem: val(withRel(unitAt(unitG, shift(this.A, unitG, dir * step)))) };
  }

  /** Single-word and fixed relative phrases. */
  private fixedRel(i: number): R | null {
    const w = this.w(i);
    const A = this.A;
    switch (w) {
      case 'today':
      case 'tonight':
        return this.dayOff(i, i + 1, 0);
      case 'yesterday':
        return this.dayOff(i, i + 1, -1);
      case 'tomorrow':
        return this.dayOff(i, i + 1, 1);
      case 'day':
      case 'the': {
        const j = w === 'the' ? i + 1 : i;
        if (!this.is(j, 'day')) break;
        const nx = this.w(j + 1);
        if (nx === 'after' && this.is(j + 2, 'tomorrow')) return this.dayOff(i, j + 3, 2);
        if (nx === 'before' && this.is(j + 2, 'yesterday')) return this.dayOff(i, j + 3, -2);
        if (w === 'the' && (nx === 'before' || nx === 'after') && !this.isWord(j + 2) && !this.isN(j + 2)) {
          // "the day before": relative to the story, not the publication date.
          return { a: i, b: j + 2, sem: val(partial('XXXX-XX-XX', 'day')) };
        }
        break;
      }
      case 'earlier':
      case 'later': {
        // "earlier this month", "later in the year", "earlier today"
        let j = i + 1;
        if (this.is(j, 'today') || this.is(j, 'tonight')) return this.dayOff(i, j + 1, 0);
        if (this.is(j, 'this')) j++;
        else if (this.is(j, 'in') && this.is(j + 1, 'the')) j += 2;
        else break;
        const u = this.lx(j)?.unit;
        if (u !== 'week' && u !== 'month' && u !== 'year' || this.lx(j)?.plural) break;
        if (A === undefined) return { a: i, b: j + 1, sem: val(partial('XXXX', GRAN_OF[u])) };
        const cur = unitAt(GRAN_OF[u], A);
        const v: Val = w === 'earlier' ? { ...cur, e: A } : { ...cur, s: A };
        return { a: i, b: j + 1, sem: val(withRel(v)) };
      }
      case 'year':
        // "year to date", "year-to-date"
        if (this.is(i + 1, 'to') && this.is(i + 2, 'date')) return this.toDate(i, i + 3);
        if (this.isP(i + 1, '-') && this.is(i + 2, 'to') && this.isP(i + 3, '-') && this.is(i + 4, 'date')) return this.toDate(i, i + 5);
        break;
      case 'ytd':
        return this.toDate(i, i + 1);
      case 'remaining':
        if (this.is(i + 1, 'of') && this.is(i + 2, 'the')) return this.restOf(i, i + 3);
        break;
      case 'eoy':
      case 'eom': {
        if (A === undefined) return { a: i, b: i + 1, sem: val({ ...partial('XXXX', w === 'eoy' ? 'year' : 'month'), mod: 'late' }) };
        return { a: i, b: i + 1, sem: val(withRel(applyEml(unitAt(w === 'eoy' ? 'year' : 'month', A), 'late'))) };
      }
    }
    if (w === 'the') {
      const nx = this.w(i + 1);
      if ((nx === 'rest' || nx === 'remainder') && this.is(i + 2, 'of') && (this.is(i + 3, 'the') || this.is(i + 3, 'this'))) return this.restOf(i, i + 4);
      // "the year 2000"
      if (nx === 'year') {
        const yr = this.year(i + 2, 1);
        if (yr) return { a: i, b: yr.b, sem: cal({ y: yr.y }) };
      }
      // "partner of the year", "blocked for the day": the unit containing the anchor.
      const u = this.lx(i + 1)?.unit;
      const pw = this.w(i - 1);
      if ((u === 'day' || u === 'week' || u === 'month' || u === 'year') && !this.lx(i + 1)?.plural && (pw === 'for' || pw === 'of')) {
        const p2 = this.w(i - 2);
        if (p2 === 'end' || p2 === 'time' || p2 === 'rest' || p2 === 'order' || p2 === 'most' || p2 === 'part') return null;
        if (this.is(i + 2, 'of') || this.is(i + 2, 'before') || this.is(i + 2, 'after') || this.is(i + 2, 'to')) return null;
        return { a: i, b: i + 2, sem: val(A === undefined ? partial('XXXX', GRAN_OF[u]) : withRel(unitAt(GRAN_OF[u], A))) };
      }
    }
    return null;
  }

  private dayOff(a: number, b: number, off: number): R {
    const A = this.A;
    return { a, b, sem: val(A === undefined ? partial('XXXX-XX-XX', 'day') : withRel(dayV(A + off))) };
  }

  private toDate(a: number, b: number): R {
    if (this.A === undefined) return { a, b, sem: val(partial('XXXX', 'year')) };
    const y = unitAt('year', this.A);
    return { a, b, sem: val(withRel({ ...y, e: this.A })) };
  }

  private restOf(a: number, j: number): R | null {
    const u = this.lx(j)?.unit;
    if (u !== 'week' && u !== 'month' && u !== 'year') return null;
    if (this.A === undefined) return { a, b: j + 1, sem: val(partial('XXXX', GRAN_OF[u])) };
    const cur = unitAt(GRAN_OF[u], this.A);
    return { a, b: j + 1, sem: val(withRel({ ...cur, s: this.A })) };
  }

  // ------------------------------------------------------------------------------------------
  // Composition

  /** Resolve both ends (sharing year/month between calendar ends) into a range value. */
  private rangeSem(x: Sem, z: Sem): Sem | null {
    let vx: Val;
    let vz: Val;
    if (x.k === 'cal' && z.k === 'cal') {
      const [p, q] = joinCal(x, z, this.A);
      vx = resolve(p, this.A);
      vz = resolve(q, this.A);
    } else {
      vx = resolve(x, this.A);
      vz = resolve(z, this.A);
    }
    if (vx.iso.includes('/') || vz.iso.includes('/')) return null;
    // A yearless end resolved by the past rule may land before a resolved start ("between now
    // and November 15th"): move it to the next occurrence instead.
    if (vx.s !== undefined && vz.e !== undefined && vz.e <= vx.s && z.k === 'cal' && z.y === undefined && z.m !== undefined) {
      vz = resolve({ ...z, y: ymd(vz.s as number)[0] + 1 }, this.A);
      vz.rel = true;
    } else if (vx.s !== undefined && vz.e !== undefined && vz.e <= vx.s && x.k === 'cal' && x.y === undefined && x.m !== undefined) {
      vx = resolve({ ...x, y: ymd(vx.s)[0] - 1 }, this.A);
      vx.rel = true;
    }
    const v = rangeV(vx, vz);
    return v ? val(v) : null;
  }

  /** Words before a numeric date that make "4.22" a date. */
  private numCtx(i: number): boolean {
    const p = this.w(i - 1);
    return NUM_CTX.has(p) || this.lx(i - 1)?.wd !== undefined;
  }

  /** One date expression with no range or preposition. `rx`: inside a range, relax left-glue checks. */
  private base(i: number, rx: boolean, afterEml: boolean): R | null {
    if (!this.ok(i)) return null;
    let best: R | null = null;
    const k = this.t.k[i];
    if (k === NUM) {
      best = longer(best, this.numeric(i, rx || this.numCtx(i), rx));
      best = longer(best, this.dayFirst(i, rx));
      best = longer(best, this.yearFirst(i, rx));
      best = longer(best, this.decade(i, afterEml));
      best = longer(best, this.plainYear(i, rx));
      best = longer(best, this.ago(i));
      best = longer(best, this.dayOnly(i));
      best = longer(best, this.quarterHalf(i));
      best = longer(best, this.century(i));
      best = longer(best, this.ordWeekdayOfMonth(i));
      return best;
    }
    if (k === PUNCT) {
      if (this.isApos(i)) best = longer(best, this.decade(i, afterEml));
      return best;
    }
    const w = this.w(i);
    const L = LEX.get(w);
    if (!L) return null;
    if (L.month !== undefined) best = longer(best, this.monthFirst(i, rx));
    if (L.wd !== undefined) best = longer(best, this.weekday(i));
    if (w === 'the') {
      best = longer(best, this.dayFirst(i, rx));
      best = longer(best, this.decade(i, afterEml));
      best = longer(best, this.century(i));
      best = longer(best, this.quarterHalf(i));
      best = longer(best, this.weekNum(i));
      best = longer(best, this.dayOnly(i));
      best = longer(best, this.ordWeekdayOfMonth(i));
      best = longer(best, this.season(i));
      best = longer(best, this.fixedRel(i));
      return best;
    }
    if (L.ord !== undefined || L.card !== undefined || w === 'last' || w === 'final' || w === 'latter' || w === 'couple') {
      best = longer(best, this.dayFirst(i, rx));
      best = longer(best, this.quarterHalf(i));
      best = longer(best, this.century(i));
      best = longer(best, this.ordWeekdayOfMonth(i));
      best = longer(best, this.weekNum(i));
      best = longer(best, this.ago(i));
      best = longer(best, this.yearWords(i));
    }
    if (L.rel !== undefined) best = longer(best, this.relPhrase(i));
    if (L.season !== undefined) best = longer(best, this.season(i));
    if (w === 'week' || w === 'w') best = longer(best, this.weekNum(i));
    if (w === 'q' || w === 'h') best = longer(best, this.quarterHalf(i));
    if (w === 'fy' || w === 'fiscal') {
      const f = this.fiscal(i);
      if (f) best = longer(best, { a: i, b: f.b, sem: cal({ y: f.y }) });
    }
    best = longer(best, this.holiday(i));
    best = longer(best, this.fixedRel(i));
    return best;
  }

  /** A base expression, optionally under early/mid/late or "the end of". */
  private core(i: number, rx: boolean): R | null {
    let best = this.base(i, rx, false);
    let j = i;
    if (this.is(i, 'the')) j++;
    const E = this.lx(j);
    if (E?.eml === undefined) return best;
    const ew = this.w(j);
    const mod = E.eml;
    if (ew === 'early' || ew === 'mid' || ew === 'late') {
      // "early 2025", "mid-April", "late last year", "the early 1990s", "early in 2025"
      let k = j + 1;
      if (this.isP(k, '-') && this.adj(k) && this.adj(k + 1)) k++;
      else if (this.is(k, 'in') && ew !== 'mid') k++;
      const r = this.base(k, true, true);
      if (r && this.emlable(r.sem)) {
        const keepThe = j > i && (r.sem.k === 'decade' || r.sem.k === 'century');
        best = longer(best, { a: keepThe ? i : j, b: r.b, sem: val(applyEml(resolve(r.sem, this.A), mod)) });
      }
    } else {
      // "end of 2024", "the beginning of March", "end of the week", "end-2024"
      let k = j + 1;
      if (this.is(k, 'of')) k++;
      else if (this.isP(k, '-') && this.adj(k) && this.adj(k + 1) && ew === 'end') k++;
      else return best;
      let r: R | null = null;
      let unitBare: Unit | undefined;
      {
        let c = k;
        if (this.is(c, 'the')) c++;
        const U = this.lx(c);
        if (U?.unit !== undefined && !U.plural && U.unit !== 'day' && U.unit !== 'half' && U.unit !== 'weekend' && U.unit !== 'fortnight') {
          unitBare = U.unit;
          if (!this.is(c + 1, 'of')) r = { a: k, b: c + 1, sem: val(this.unitRel(U.unit, 0)) };
        }
      }
      const r2 = this.base(k, true, true);
      if (r2 && (!r || r2.b > r.b)) r = r2;
      if (r && (this.emlable(r.sem) || unitBare)) {
        best = longer(best, { a: j, b: r.b, sem: val(applyEml(resolve(r.sem, this.A), mod)) });
      }
    }
    return best;
  }

  private emlable(sem: Sem): boolean {
    if (sem.k !== 'val') return true;
    return !sem.v.iso.includes('/') && sem.v.mod === undefined;
  }

  /** A core expression, optionally extended into a range by "to", "through" or a dash. */
  private span(i: number, rx: boolean): M | null {
    let c1 = this.core(i, rx);
    let strict = true;
    if (!c1) {
      // A bare month too weak alone can still open a range: "april to june".
      if (this.lx(i)?.month === undefined) return null;
      c1 = this.core(i, true);
      strict = false;
      if (!c1) return null;
    }
    const k = c1.b;
    const conn = this.isDash(k) || this.is(k, 'to') || this.is(k, 'through') || this.is(k, 'thru') || this.isP(k, '/');
    if (conn) {
      const r = this.rangeTail(c1, k);
      if (r) return r;
    }
    if (!strict) return null;
    return { a: c1.a, b: c1.b, v: resolve(c1.sem, this.A) };
  }

  /** Second half of a range after the connector at k. */
  private rangeTail(c1: R, k: number): M | null {
    const s1 = c1.sem;
    // "1979-89", "2021-22", "2024/25"
    if (s1.k === 'cal' && s1.y !== undefined && s1.m === undefined && (this.isDash(k) || this.isP(k, '/')) && this.isN(k + 1) && this.nl(k + 1) === 2) {
      const yy = this.nv(k + 1);
      const y2 = s1.y - (s1.y % 100) + yy;
      if (y2 > s1.y && !this.badAfter(k + 2) && !this.gluedNum(k + 2)) {
        const v = rangeV(yearV(s1.y), yearV(y2));
        if (v) return { a: c1.a, b: k + 2, v };
      }
    }
    if (this.isP(k, '/')) return null;
    const c2 = this.core(k + 1, true);
    if (!c2) return null;
    const s = this.rangeSem(s1, c2.sem);
    return s && s.k === 'val' ? { a: c1.a, b: c2.b, v: s.v } : null;
  }

  /** "now" as a range end. */
  private now(i: number): R | null {
    if (!this.is(i, 'now') && !this.is(i, 'today')) return null;
    return { a: i, b: i + 1, sem: val(this.A === undefined ? partial('XXXX-XX-XX', 'day') : withRel(dayV(this.A))) };
  }

  /** Preposition phrase at i: the modifier and where the date starts. */
  private prep(i: number): { mod: Mod; j: number } | null {
    const w = this.w(i);
    const n1 = this.w(i + 1);
    switch (w) {
      case 'since': return { mod: 'since', j: i + 1 };
      case 'before': return { mod: 'before', j: i + 1 };
      case 'after': return { mod: 'after', j: i + 1 };
      case 'by': return { mod: 'by', j: i + 1 };
      case 'until':
      case 'till':
      case 'til':
      case 'through':
      case 'thru':
        return { mod: 'by', j: i + 1 };
      case 'prior': return n1 === 'to' ? { mod: 'before', j: i + 2 } : null;
      case 'ahead': return n1 === 'of' ? { mod: 'before', j: i + 2 } : null;
      case 'up': return n1 === 'to' || n1 === 'until' ? { mod: 'by', j: i + 2 } : null;
      case 'no':
      case 'not':
        return n1 === 'later' && this.is(i + 2, 'than') ? { mod: 'by', j: i + 3 } : null;
      case 'later':
      case 'greater':
        return n1 === 'than' ? { mod: 'after', j: i + 2 } : null;
      case 'earlier':
        return n1 === 'than' ? { mod: 'before', j: i + 2 } : null;
      case 'starting':
      case 'beginning':
      case 'commencing': {
        if (n1 === 'of') return null;
        return { mod: 'since', j: n1 === 'on' || n1 === 'in' || n1 === 'from' ? i + 2 : i + 1 };
      }
      case 'as': return n1 === 'of' || n1 === 'from' ? { mod: 'since', j: i + 2 } : null;
      case 'circa':
      case 'ca':
      case 'c':
        if (w !== 'circa' && !(this.isP(i + 1, '.') && this.adj(i + 1))) return null;
        return { mod: 'approx', j: w === 'circa' ? i + 1 : i + 2 };
      case 'around':
      case 'approximately':
      case 'roughly':
        return { mod: 'approx', j: i + 1 };
    }
    return null;
  }

  /** The longest date expression starting at token i, or null. */
  top(i: number): M | null {
    let best: M | null = null;
    const w = this.w(i);
    const L = this.t.k[i] === WORD ? LEX.get(w) : undefined;
    if ((w === 'the' || w === 'a' || w === 'an') && this.t.k[i] === WORD) {
      // Cheap filter for the commonest words: the next token must be able to continue a date.
      const n = i + 1;
      if (!this.ok(n)) return null;
      const k = this.t.k[n];
      if (k === WORD ? !START.has(this.w(n)) : k === PUNCT && !this.isApos(n)) return null;
      // "a"/"an" only open "a month ago" and "a couple of ...".
      if (w !== 'the' && !(this.lx(n)?.unit !== undefined || this.is(n, 'couple'))) return null;
    }
    if (L?.prep) {
      const p = this.prep(i);
      if (p) {
        this.forced = p.j;
        const r = this.span(p.j, false);
        this.forced = -1;
        // "around" and friends only modify years and calendar dates, not counts like "around 2000 people".
        if (r) {
          // "before the end of December" means by its end; "after the start of March" means since its start.
          const e = this.w(this.is(p.j, 'the') ? p.j + 1 : p.j);
          let mod = p.mod;
          if (mod === 'before' && e === 'end') mod = 'by';
          else if (mod === 'after' && (e === 'beginning' || e === 'start')) mod = 'since';
          best = longer(best, { a: i, b: r.b, v: applyPrep(r.v, mod) });
        }
      }
      if (w === 'from') {
        this.forced = i + 1;
        const c1 = this.core(i + 1, true);
        this.forced = -1;
        if (c1) {
          const k = c1.b;
          if (this.isDash(k) || this.is(k, 'to') || this.is(k, 'through') || this.is(k, 'thru') || this.is(k, 'until') || this.is(k, 'till')) {
            const c2 = this.core(k + 1, true) ?? this.now(k + 1);
            if (c2) {
              const s = this.rangeSem(c1.sem, c2.sem);
              if (s && s.k === 'val') best = longer(best, { a: i, b: c2.b, v: s.v });
            }
          } else if (this.is(k, 'onwards') || this.is(k, 'onward')) {
            best = longer(best, { a: i, b: k + 1, v: applyPrep(resolve(c1.sem, this.A), 'since') });
          }
        }
      }
      if (w === 'between') {
        this.forced = i + 1;
        const d = this.dayFirst(i + 1, true, true);
        const c1 = this.core(i + 1, true) ?? this.now(i + 1);
        this.forced = -1;
        if (d && d.sem.k === 'val') best = longer(best, { a: i, b: d.b, v: d.sem.v });
        if (c1 && this.is(c1.b, 'and')) {
          const c2 = this.core(c1.b + 1, true) ?? this.now(c1.b + 1);
          if (c2) {
            const s = this.rangeSem(c1.sem, c2.sem);
            if (s && s.k === 'val') best = longer(best, { a: i, b: c2.b, v: s.v });
          }
        }
      }
    }
    best = longer(best, this.span(i, false));
    return best;
  }
}
