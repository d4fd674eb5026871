/**
 * Extractor of money amounts, counts, percentages, quantities with units and
 * durations from English news text. Each figure comes with a normalised value
 * and an interval [min, max] that encodes rounding and hedges, so two reports
 * of the same fact can be compared by interval overlap.
 *
 * The scan is a single left-to-right pass over tokens (see tokenize.ts); every
 * look-back or look-ahead is bounded by a small constant, so time is linear in
 * the input. No regular expression is run over the text itself.
 */
import * as Lexicon from './lexicon.js';
import { joinCompoundDurations } from './compound.js';
import { applyNewsForms } from './forms.js';
import type { UnitDef } from './lexicon.js';
import * as Tok from './tokenize.js';

// Plain-object copies: some module transforms turn namespace members into getters, which cost in hot loops.
const L = { ...Lexicon };
const { tokenize } = Tok;
const WORD: number = Tok.WORD;
const NUM: number = Tok.NUM;
const PUNCT: number = Tok.PUNCT;

export type NumericType = 'money' | 'number' | 'percent' | 'quantity' | 'duration';

// The value shapes are the project's data contract, defined once in src/types.ts.
export type { Hedge, NumericValue } from '../../types.js';
import type { Hedge, NumericValue } from '../../types.js';

/** One figure found in the text. `text === input.slice(start, end)`; the span includes hedge words and currency. */
export interface NumericMatch {
  start: number;
  end: number;
  text: string;
  type: NumericType;
  value: NumericValue;
  /** For counts: the counted noun ("48 people" -> "people", "48 of the passengers" -> "passengers"). */
  noun?: { start: number; end: number; text: string };
}

/**
 * Find every figure in `text`, in order, without overlaps.
 * Years, ordinals, times, identifiers ("COVID-19", "G7"), phone numbers and
 * relative dates ("four years ago") are deliberately left out.
 */
export function extractNumerics(text: string): NumericMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return applyNewsForms(joinCompoundDurations(new Scanner(text).run(), text), text);
}

// ------------------------------------------------------------------ internals

type CoreKind = 'digits' | 'words' | 'vague' | 'fraction';

interface Core {
  s: number;
  e: number;
  v: number;
  p: number;
  /** A rounding scale word was applied ("9 billion"). */
  rounded: boolean;
  /** Multiplier applied by scale words (1 when none). */
  scale: number;
  kind: CoreKind;
  vmin: number;
  vmax: number;
  /** A lone small word ("two", "zero", "half") that needs a noun, unit or hedge to count. */
  small: boolean;
  /** A lone "one". */
  one: boolean;
  yearLike: boolean;
  /** "a" / "half a" forms that mean nothing without a unit ("a decade"). */
  needsUnit: boolean;
  /** "a decade" only counts after a hedge ("nearly a decade"). */
  needsHedge: boolean;
  /** Token index of a word glued to the digits that the suffix parser must consume ("29km"), else -1. */
  glued: number;
  /** Digits glued to a lower-case "m": metres or million, decided by context. */
  mForm: boolean;
  /** "multibillion": money even without a currency word. */
  moneyForced: boolean;
  /** Bare digits (no scale word): subject to the identifier and year rules. */
  bare: boolean;
  /** Followed by "-word" that is not a unit ("a 5-star hotel"). */
  compound: boolean;
  /** "200-plus", "40-odd", "200+". */
  post: Hedge | undefined;
}

interface Piece {
  s: number;
  e: number;
  core: Core;
  type: NumericType;
  iso: string | undefined;
  curFactor: number;
  unit: string | undefined;
  factor: number;
  offset: number;
  hasSuffix: boolean;
  hasPrefix: boolean;
  /** Currency given as a word ("dollars"), which allows "3 dollars 50 cents". */
  wordCurrency: boolean;
}

interface Suffix {
  e: number;
  type: NumericType;
  iso?: string;
  curFactor?: number;
  unit?: string;
  factor?: number;
  offset?: number;
  wordCurrency?: boolean;
}

const TRIGGER_WORDS = new Set<string>([
  ...L.UNIT_WORDS.keys(), ...L.TENS_WORDS.keys(), ...L.VAGUE_SINGLE.keys(), ...L.MULTI_SCALE.keys(),
  'a', 'an', 'half', 'tens', 'scores', 'several', 'multi', 'minus', 'negative',
]);

const C_DASH = 45;
const C_MINUS = 0x2212;
const C_EN = 0x2013;
const C_EM = 0x2014;
const C_DOT = 46;
const C_COMMA = 44;
const C_COLON = 58;
const C_SLASH = 47;
const C_PLUS = 43;
const C_PERCENT = 37;
const C_DOLLAR = 36;
const C_HASH = 35;
const C_DEGREE = 0xb0;
const C_TILDE = 126;

const SENTENCE_END = new Set<number>([46, 33, 63, 59, 58]);
const OVER_DURATION_LEADS = new Set(['for', 'in', 'after', 'of', 'than', 'lasted', 'lasting', 'took', 'taken', 'taking', 'spent', 'spanning', 'within', 'since', 'aged', 'age', 'is', 'was', 'are', 'were', 'be', 'been']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Round away float noise (0.1 * 3) while keeping 12 significant digits. */
function tidy(x: number): number {
  if (Number.isSafeInteger(x) || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(12));
}

/**
 * The place value of a written figure's last significant digit: 100 for 1,800, 0.1
 * for 7.5, a billion for 25 billion. It is how far a writer rounded.
 */
export function roundingOf(x: number): number {
  const v = Math.abs(x);
  if (v === 0 || !Number.isFinite(v)) return 1;
  let unit = 1;
  if (Number.isInteger(v)) {
    while (v % (unit * 10) === 0) unit *= 10;
    return unit;
  }
  // Decimals: count the digits after the point as written (tidy keeps 12 significant digits).
  const text = String(tidy(v));
  const point = text.indexOf('.');
  return point < 0 || text.includes('e') ? 1 : pow10(-(text.length - point - 1));
}

function pow10(e: number): number {
  return Number(`1e${e}`);
}

/** exponent if x is an exact power of ten, else null */
function log10Exact(x: number): number | null {
  const e = Math.round(Math.log10(x));
  return pow10(e) === x ? e : null;
}

/** Multiply a decimal string by 10^exp without float error. */
function decimalTimes(digits: string, scale: number): number {
  const e = log10Exact(scale);
  if (e !== null) return Number(`${digits}e${e}`);
  return tidy(Number(digits) * scale);
}

function isUpperWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Any capital letter: "Boeing", "iPhone". */
function hasCapital(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

const HEDGE_BY_LAST = new Map<string, Array<[string[], Hedge]>>();
for (const [words, h] of L.HEDGE_PHRASES) {
  const last = words[words.length - 1];
  let list = HEDGE_BY_LAST.get(last);
  if (!list) HEDGE_BY_LAST.set(last, (list = []));
  list.push([words, h]);
}
for (const list of HEDGE_BY_LAST.values()) list.sort((a, b) => b[0].length - a[0].length);

class Scanner {
  private readonly text: string;
  private readonly n: number;
  private readonly kind: Uint8Array;
  private readonly st: Int32Array;
  private readonly en: Int32Array;
  private readonly nl: Uint8Array;
  private readonly url: Uint8Array;
  private readonly lc: Array<string | undefined>;
  /** First token a new match may use (end of the previous match). */
  private floor = 0;
  private readonly out: NumericMatch[] = [];

  constructor(text: string) {
    this.text = text;
    const t = tokenize(text);
    this.n = t.n;
    this.kind = t.kind;
    this.st = t.start;
    this.en = t.end;
    this.nl = t.nl;
    this.url = t.url;
    this.lc = new Array<string | undefined>(t.n);
  }

  run(): NumericMatch[] {
    let i = 0;
    while (i < this.n) {
      const next = this.tryAt(i);
      i = next > i ? next : i + 1;
    }
    return this.out;
  }

  // ---------------------------------------------------------------- token helpers

  private lw(i: number): string {
    if (i < 0 || i >= this.n || this.kind[i] !== WORD) return '';
    let s = this.lc[i];
    if (s === undefined) {
      s = this.text.slice(this.st[i], this.en[i]).toLowerCase();
      this.lc[i] = s;
    }
    return s;
  }

  private raw(i: number): string {
    if (i < 0 || i >= this.n) return '';
    return this.text.slice(this.st[i], this.en[i]);
  }

  private pch(i: number): number {
    if (i < 0 || i >= this.n || this.kind[i] !== PUNCT) return -1;
    return this.text.charCodeAt(this.st[i]);
  }

  /** Token i touches token i-1. */
  private glued(i: number): boolean {
    return i > 0 && i < this.n && this.st[i] === this.en[i - 1];
  }

  /** Token i follows token i-1 on the same line within a few spaces. */
  private near(i: number): boolean {
    return i > 0 && i < this.n && this.nl[i] === 0 && this.st[i] - this.en[i - 1] <= 3;
  }

  private isNum(i: number): boolean {
    return i >= 0 && i < this.n && this.kind[i] === NUM;
  }

  private isWord(i: number): boolean {
    return i >= 0 && i < this.n && this.kind[i] === WORD;
  }

  private isDash(c: number): boolean {
    return c === C_DASH || c === C_EN || c === C_EM;
  }

  /** A word-joining hyphen at i: "nine-year", or PTB "one - time". */
  private hyphenAt(i: number): boolean {
    if (this.pch(i) !== C_DASH && this.pch(i) !== C_EN) return false;
    if (this.glued(i) && this.glued(i + 1)) return true;
    // PTB-tokenised text puts single spaces around it
    return this.near(i) && this.near(i + 1) && this.st[i] - this.en[i - 1] === 1 && this.st[i + 1] - this.en[i] === 1;
  }

  // ---------------------------------------------------------------- dispatch

  private tryAt(i: number): number {
    const k = this.kind[i];
    if (k === NUM) return this.figure(i);
    if (k === PUNCT) {
      const c = this.text.charCodeAt(this.st[i]);
      if (L.CURRENCY_SYMBOLS.has(c)) return this.figure(i);
      if ((c === C_DASH || c === C_MINUS) && this.isNum(i + 1) && this.glued(i + 1) && !this.glued(i)) return this.figure(i);
      if (c === C_DOT && this.isNum(i + 1) && this.glued(i + 1) && !(this.isNum(i - 1) && this.glued(i))) return this.figure(i);
      return i;
    }
    if (this.en[i] - this.st[i] > 14) return i;
    if (TRIGGER_WORDS.has(this.lw(i))) return this.figure(i);
    return i;
  }

  /** Parse a complete figure starting at token i and emit it. Returns the token to continue from. */
  private figure(i: number): number {
    const first = this.readPiece(i, true);
    if (first === null) return i;
    if (typeof first === 'number') return first;
    let piece = first;

    // "between" directly before the figure makes "and" a range connector.
    const between = this.lw(piece.s - 1) === 'between' && piece.s - 1 >= this.floor && this.near(piece.s);
    const fromBefore = this.lw(piece.s - 1) === 'from';

    let low = piece.core.v;
    let high = piece.core.v;
    let isRange = false;
    let e = piece.e;

    const rng = piece.core.kind === 'vague' ? null : this.readRange(piece, between, fromBefore);
    if (typeof rng === 'number') return rng;
    if (rng !== null) {
      piece = rng.piece;
      low = rng.low;
      high = rng.high;
      isRange = true;
      e = rng.e;
    }

    // Postfix hedges: "200 or more", "two years or so".
    let postHedge: Hedge | undefined;
    if (this.lw(e) === 'or' && this.near(e) && this.near(e + 1)) {
      const w2 = this.lw(e + 1);
      if (w2 === 'more' || w2 === 'above' || w2 === 'higher' || w2 === 'greater') postHedge = 'at-least';
      else if (w2 === 'so' || w2 === 'thereabouts') postHedge = 'approximately';
      else if (w2 === 'fewer' || w2 === 'less' || w2 === 'below' || w2 === 'lower') postHedge = 'up-to';
      if (postHedge) e += 2;
    }
    if (!postHedge && piece.core.post) postHedge = piece.core.post;

    // Money given in two parts: "3 dollars 50 cents", "thirteen dollars and forty-five cents".
    let cents = 0;
    if (piece.type === 'money' && !isRange && !postHedge && piece.core.kind !== 'vague') {
      const c = this.readCents(piece, e);
      if (c) {
        cents = c.add;
        e = c.e;
      }
    }

    const type = piece.type;
    const core = piece.core;

    // Vague amounts read as money by context ("billions in ... assets").
    let iso = piece.iso;
    let moneyVague = false;
    let finalType: NumericType = type;
    if (type === 'number' && core.kind === 'vague' && (core.moneyForced || this.moneyContext(piece.s, e))) {
      finalType = 'money';
      moneyVague = true;
      iso = undefined;
    }

    // Counted noun.
    let noun: number | null = null;
    if (finalType === 'number') noun = this.findNoun(e, core.v, core.one);

    // Hedge words before the figure.
    let hedge: Hedge | undefined;
    let s = piece.s;
    if (isRange && rng && rng.between) {
      hedge = 'range';
      s = piece.s - 1;
    } else {
      const hb = this.hedgeBefore(piece.s);
      // "over 10 years" usually means "during"; only "for over 10 years" is a bound
      if (hb && !(type === 'duration' && hb.s === piece.s - 1 && this.lw(hb.s) === 'over' && !OVER_DURATION_LEADS.has(this.lw(hb.s - 1)))) {
        hedge = hb.hedge;
        s = hb.s;
      }
    }
    if (postHedge && !hedge) hedge = postHedge;
    if (isRange && !hedge) hedge = 'range';

    // ----- filters: things another module owns, or that are not claims at all
    const skipTo = (x: number): number => {
      return Math.max(x, i + 1);
    };
    if (core.needsUnit && !piece.hasSuffix && !piece.hasPrefix && finalType === 'number') return i + 1;
    if (core.needsHedge && !hedge) return i + 1;
    if (finalType === 'duration') {
      const tail = this.lw(e);
      if (this.near(e) && (L.DATE_TAILS.has(tail) || (tail === 'from' && this.lw(e + 1) === 'now'))) return skipTo(e + 1);
      if (core.one && this.lw(core.e) === 'day' && !hedge) return skipTo(e);
    }
    if (finalType === 'number' && !moneyVague) {
      if (core.compound) return skipTo(e);
      if (core.yearLike && !isRange) {
        const before = this.lw(core.s - 1);
        if (noun === null || L.YEAR_LEADS.has(before) || L.MONTHS.has(before)) return skipTo(e);
      }
      if (isRange && rng && rng.yearLike) return skipTo(e);
      if (core.one && !hedge) {
        const before = this.lw(core.s - 1);
        if (L.ONE_PRONOUN_BEFORE.has(before)) return skipTo(e);
        if (noun === null) return skipTo(e);
      }
      if (core.small && noun === null && !hedge && !isRange) return skipTo(e);
      if (core.bare && !hedge && !isRange && core.e === e) {
        if (this.identifierContext(core.s)) return skipTo(e);
      }
      if (core.bare && this.dateContext(core.s, e)) return skipTo(e);
    }
    if (core.kind === 'words' && finalType === 'number' && core.v === 0 && noun === null && !hedge) return skipTo(e);

    // ----- value
    const val = this.buildValue(piece, finalType, iso, low, high, isRange, hedge, cents);
    const startChar = this.st[s];
    const endChar = this.en[e - 1];
    const m: NumericMatch = {
      start: startChar,
      end: endChar,
      text: this.text.slice(startChar, endChar),
      type: finalType,
      value: val,
    };
    if (noun !== null) m.noun = { start: this.st[noun], end: this.en[noun], text: this.raw(noun) };
    this.out.push(m);
    this.floor = e;
    return e;
  }

  // ---------------------------------------------------------------- pieces

  /**
   * Currency prefix + number + suffix. With `lookBack`, letters before a "$"
   * ("US$", "hk $"), a currency code ("USD 5") and "magnitude" before the
   * digits are taken too.
   */
  private readPiece(i: number, lookBack: boolean): Piece | number | null {
    // lookBack is false for the high end of a range, whose digits follow a dash
    const afterDash = !lookBack;
    let s = i;
    let j = i;
    let iso: string | undefined;
    let hasPrefix = false;
    let neg = false;
    const c = this.pch(i);
    if (c >= 0) {
      if (L.CURRENCY_SYMBOLS.has(c)) {
        iso = L.CURRENCY_SYMBOLS.get(c);
        hasPrefix = true;
        if (c === C_DOLLAR && lookBack) {
          const pre = this.dollarPrefix(i);
          if (pre) {
            s = pre[0];
            iso = pre[1];
          }
        }
        j = i + 1;
        if (!this.isNum(j) || !this.near(j)) return null;
        // "$ -5" and "$.50" are rare; a digit must follow.
      } else if (c === C_DASH || c === C_MINUS) {
        neg = true;
        j = i + 1;
        if (this.isNum(i - 1) && this.near(i)) return null;
      } else if (c !== C_DOT) {
        return null;
      }
    } else if (this.kind[i] === WORD) {
      const w = this.lw(i);
      if (w === 'minus' || w === 'negative') {
        if (!this.near(i + 1)) return null;
        neg = true;
        j = i + 1;
        if (this.kind[j] === WORD && !L.UNIT_WORDS.has(this.lw(j)) && !L.TENS_WORDS.has(this.lw(j))) return null;
      }
    } else if (lookBack && this.kind[i] === NUM) {
      const p = i - 1;
      if (p >= this.floor && this.kind[p] === WORD && (this.glued(i) || (this.near(i) && this.st[i] - this.en[p] === 1))) {
        const rw = this.raw(p);
        const code = L.ISO_CODES.has(rw) || L.ISO_CODES_LOWER.has(rw) ? rw.toUpperCase() : L.PREFIX_CURRENCY_WORDS.get(this.lw(p));
        if (code && !(p > 0 && this.glued(p) && this.kind[p - 1] !== PUNCT)) {
          iso = code === 'RMB' ? 'CNY' : code;
          hasPrefix = true;
          s = p;
        }
      } else if (p - 1 >= this.floor && this.pch(p) === C_DOT && this.glued(p) && this.lw(p - 1) === 'rs' && this.near(i)) {
        iso = 'INR';
        hasPrefix = true;
        s = p - 1;
      }
    }

    const core = this.readCore(j, hasPrefix, hasPrefix || afterDash ? j - 1 : -1);
    if (core === null) return null;
    if (typeof core === 'number') return core;
    if (neg) {
      core.small = false;
      core.one = false;
      // 0 - x rather than -x so "minus zero" does not produce -0
      core.v = 0 - core.v;
      const t = core.vmin;
      core.vmin = 0 - core.vmax;
      core.vmax = 0 - t;
    }
    if (!hasPrefix && !neg) s = core.s;

    const piece: Piece = {
      s, e: core.e, core, type: 'number', iso, curFactor: 1, unit: undefined, factor: 1, offset: 0,
      hasSuffix: false, hasPrefix, wordCurrency: false,
    };
    if (hasPrefix) piece.type = 'money';

    // glued lower-case "m": million before a counted noun or "of" ("5m people"), metres otherwise
    if (core.mForm) {
      const after = core.glued + 1;
      if (this.lw(after) === 'of' || (this.near(after) && this.looksPluralNoun(after))) {
        core.v = decimalTimes(String(core.v), 1e6);
        core.vmin = core.vmax = core.v;
        core.p = tidy(core.p * 1e6);
        core.rounded = true;
        core.scale = 1e6;
        core.e = after;
        core.glued = -1;
        core.mForm = false;
        core.bare = false;
        piece.e = after;
      }
    }
    // "200-plus", "40-odd years", "200+ people"
    let sj = core.e;
    if (this.hyphenAt(sj) && (this.lw(sj + 1) === 'plus' || this.lw(sj + 1) === 'odd')) {
      core.post = this.lw(sj + 1) === 'plus' ? 'at-least' : 'approximately';
      sj += 2;
    } else if (this.pch(sj) === C_PLUS && this.glued(sj) && core.kind !== 'vague') {
      core.post = 'at-least';
      sj += 1;
    }
    piece.e = sj;
    const suf = this.readSuffix(core, sj, hasPrefix);
    if (typeof suf === 'number') return suf;
    if (suf) {
      if (!hasPrefix || suf.type === 'money') {
        piece.hasSuffix = !hasPrefix;
        piece.type = suf.type;
        if (suf.type === 'money') {
          if (!hasPrefix) piece.iso = suf.iso;
          piece.curFactor = suf.curFactor ?? 1;
          piece.wordCurrency = !!suf.wordCurrency;
        }
        piece.unit = suf.unit;
        piece.factor = suf.factor ?? 1;
        piece.offset = suf.offset ?? 0;
        piece.e = suf.e;
      }
    } else if (core.glued >= 0) {
      // Letters glued to the digits that are neither scale nor unit: an identifier ("5G", "3D").
      return core.glued + 1;
    }

    // "magnitude 7.1"
    if (lookBack && piece.type === 'number' && core.kind === 'digits' && !hasPrefix && !neg) {
      let p = core.s - 1;
      if (this.pch(p) === C_DASH && this.glued(p + 1)) p--;
      if (p >= this.floor && this.lw(p) === 'magnitude' && this.near(p + 1)) {
        piece.type = 'quantity';
        piece.unit = 'magnitude';
        piece.hasSuffix = true;
        piece.s = p;
      }
    }
    return piece;
  }

  /** Letters written before "$": returns [first token, ISO]. */
  private dollarPrefix(i: number): [number, string] | null {
    const p = i - 1;
    if (p < this.floor) return null;
    const gap = this.st[i] - this.en[p];
    if (this.nl[i] || gap > 1) return null;
    if (this.kind[p] === WORD) {
      const w = this.lw(p);
      // "u.s $"
      if (w === 's' && this.pch(p - 1) === C_DOT && this.glued(p) && this.lw(p - 2) === 'u' && this.glued(p - 1) && p - 2 >= this.floor) {
        return [p - 2, 'USD'];
      }
      const iso = L.DOLLAR_PREFIX.get(w);
      if (!iso) return null;
      if (p > 0 && this.glued(p) && this.kind[p - 1] !== PUNCT) return null;
      const rw = this.raw(p);
      if (L.DOLLAR_PREFIX_GLUED_ONLY.has(w) && !(gap === 0 && isUpperWord(rw))) return null;
      return [p, iso];
    }
    // "U.S. $"
    if (this.pch(p) === C_DOT && this.lw(p - 1) === 's' && this.glued(p) && this.pch(p - 2) === C_DOT && this.glued(p - 1) && this.lw(p - 3) === 'u' && this.glued(p - 2) && p - 3 >= this.floor) {
      return [p - 3, 'USD'];
    }
    return null;
  }

  // ---------------------------------------------------------------- cores

  private newCore(s: number, e: number, v: number, kind: CoreKind): Core {
    return {
      s, e, v, p: 1, rounded: false, scale: 1, kind, vmin: v, vmax: v, small: false, one: false,
      yearLike: false, needsUnit: false, needsHedge: false, glued: -1, mForm: false, moneyForced: false,
      bare: false, compound: false, post: undefined,
    };
  }

  private readCore(i: number, money: boolean, prefixTok: number): Core | number | null {
    const k = this.kind[i];
    if (k === NUM) return this.digitsCore(i, i, money, prefixTok);
    if (k === PUNCT && this.pch(i) === C_DOT && this.isNum(i + 1) && this.glued(i + 1)) return this.digitsCore(i, i + 1, money, prefixTok);
    if (k === WORD) return this.wordsCore(i);
    return null;
  }

  /** Digits with grouping commas, decimals, glued or spaced scale words. `d` is the first digit token. */
  private digitsCore(s: number, d: number, money: boolean, prefixTok: number): Core | number | null {
    if (this.url[d]) return d + 1;
    const leadingDot = s !== d;
    // Glued to a word or symbol before: an identifier ("G7", "COVID-19", "#1").
    if (!leadingDot && this.glued(d) && d - 1 !== prefixTok) {
      const pk = this.kind[d - 1];
      if (pk === WORD) return this.skipChain(d);
      const pc = this.pch(d - 1);
      if (pc === C_DASH || pc === C_EN) {
        // "magnitude-6.4" is a reading, read by the look-back below; "F-16" is a name.
        if (this.glued(d - 1) && (this.kind[d - 2] === NUM || (this.kind[d - 2] === WORD && this.lw(d - 2) !== 'magnitude'))) return this.skipChain(d);
      } else if (pc === C_COLON || pc === C_SLASH || pc === C_HASH || pc === C_DOT) {
        if (pc !== C_DOT || this.isNum(d - 2)) return this.skipChain(d);
      } else if (pc === 39 || pc === 0x2019) {
        // "'90s"
        if (this.lw(d + 1) === 's' && this.glued(d + 1)) return d + 2;
      }
    }
    // phone numbers: "+1 212 555 1234", "(212) 555-1234"
    if (!leadingDot && this.pch(d - 1) === C_PLUS && this.glued(d)) return this.skipPhone(d);
    if (!leadingDot && this.pch(d - 1) === 40 && this.glued(d) && this.pch(d + 1) === 41 && this.glued(d + 1) && this.isNum(d + 2) && this.near(d + 2)) return this.skipPhone(d);
    let intStr = this.raw(d);
    let j = d + 1;
    let fracStr = '';
    let grouped = false;
    if (leadingDot) {
      fracStr = intStr;
      intStr = '0';
    } else if (intStr.length <= 3) {
      // 1,234,567 — every group exactly three digits
      while (this.pch(j) === C_COMMA && this.glued(j) && this.isNum(j + 1) && this.glued(j + 1) && this.en[j + 1] - this.st[j + 1] === 3) {
        intStr += this.raw(j + 1);
        j += 2;
        grouped = true;
        if (intStr.length > 16) break;
      }
      if (!grouped) {
        // "40 000", "1 234 567", "40\u202f000": space-grouped thousands
        let k = j;
        let groups = 0;
        let acc = intStr;
        let nbsp = false;
        while (this.isNum(k) && this.st[k] - this.en[k - 1] === 1 && this.en[k] - this.st[k] === 3 && !this.nl[k]) {
          const gc = this.text.charCodeAt(this.en[k - 1]);
          if (gc === 0xa0 || gc === 0x202f || gc === 0x2009) nbsp = true;
          else if (gc !== 32) break;
          acc += this.raw(k);
          groups++;
          k++;
          if (acc.length > 16) break;
        }
        // another spaced digit group after the last one looks like a phone number: leave it
        const trailing = this.isNum(k) && !this.nl[k] && this.st[k] - this.en[k - 1] === 1;
        if (groups > 0 && !trailing && (nbsp || groups >= 2 || (intStr.length >= 2 && this.raw(j) === '000'))) {
          // a further digit group glued by comma or dot means something else ("1 2,3")
          intStr = acc;
          j = k;
          grouped = true;
        }
      }
    }
    if (intStr.length > 16) {
      // Absurdly long digit strings are identifiers; skip the whole glued chain.
      return this.skipChain(d);
    }
    if (!leadingDot && this.pch(j) === C_DOT && this.glued(j) && this.isNum(j + 1) && this.glued(j + 1)) {
      // a second dot makes it a version or an IP address
      if (this.pch(j + 2) === C_DOT && this.isNum(j + 3) && this.glued(j + 2) && this.glued(j + 3)) return this.skipChain(d);
      fracStr = this.raw(j + 1);
      if (fracStr.length > 12) return this.skipChain(d);
      j += 2;
    }
    // Times, dates and fractions written with digits on both sides: "9:30", "9/11", "3/4".
    const nc = this.pch(j);
    if ((nc === C_COLON || nc === C_SLASH) && this.glued(j) && this.isNum(j + 1) && this.glued(j + 1)) return this.skipChain(d);
    if (this.url[j - 1]) return j;

    let scale = 1;
    let rounded = false;
    let glued = -1;
    let mForm = false;
    const num = fracStr ? `${intStr}.${fracStr}` : intStr;

    // Letters glued to the digits: "10k", "$1.6bn", "29km", "21st", "1990s", "9am".
    if (this.kind[j] === WORD && this.glued(j)) {
      const rw = this.raw(j);
      const w = this.lw(j);
      if (w === 'st' || w === 'nd' || w === 'rd' || w === 'th' || w === 's') return j + 1;
      if (L.TIME_WORDS.has(w)) return j + 1;
      if ((w === 'a' || w === 'p') && this.pch(j + 1) === C_DOT && this.lw(j + 2) === 'm') return j + 3;
      const sc = L.SCALE_GLUED.get(rw) ?? (L.SCALE_ABBR_SPACED.has(w) ? L.SCALE_ABBR_SPACED.get(w) : undefined);
      if (sc !== undefined) {
        scale = sc;
        rounded = true;
        j++;
      } else if (rw === 'm' && !money) {
        mForm = true;
        glued = j;
      } else if (rw === 'm') {
        scale = 1e6;
        rounded = true;
        j++;
      } else {
        glued = j;
      }
    } else if (this.kind[j] === WORD && this.near(j)) {
      // Spaced time markers
      const w = this.lw(j);
      if (L.TIME_WORDS.has(w) || ((w === 'a' || w === 'p') && this.pch(j + 1) === C_DOT && this.lw(j + 2) === 'm')) {
        return j + 1;
      }
      if (w === 'o' && this.pch(j + 1) >= 0 && this.lw(j + 2) === 'clock') return j + 3;
    }

    // Spaced scale words: "9 billion", "13 lakh crore", "322 hundred", "3 dozens", "$ 5 m".
    if (glued < 0 && !mForm) {
      for (let guard = 0; guard < 2; guard++) {
        if (!this.isWord(j) || !this.near(j)) break;
        const w = this.lw(j);
        const rw = this.raw(j);
        let sc = L.SCALE_WORDS.get(w) ?? L.SCALE_ABBR_SPACED.get(w);
        let round = true;
        if (sc === undefined && money && !this.glued(j)) sc = L.SCALE_MONEY_ONLY.get(rw);
        if (sc === undefined && (w === 'hundred' || w === 'dozen' || w === 'dozens' || w === 'dzs' || w === 'dozs') && scale === 1) {
          sc = w === 'hundred' ? 100 : 12;
          round = false;
        }
        if (sc === undefined) break;
        // only "lakh crore" chains two scales
        if (scale !== 1 && !(scale === 1e5 && sc === 1e7)) break;
        scale *= sc;
        rounded = rounded || round;
        j++;
      }
    }

    const core = this.newCore(s, j, 0, 'digits');
    core.v = scale === 1 ? Number(num) : decimalTimes(num, scale);
    const fracLen = fracStr.length;
    if (rounded) {
      const e = log10Exact(scale);
      core.p = e !== null ? pow10(e - fracLen) : tidy(scale * pow10(-fracLen));
    } else if (fracLen) {
      core.p = tidy(pow10(-fracLen) * scale);
    } else {
      core.p = scale === 1 ? 1 : scale;
    }
    core.rounded = rounded;
    core.scale = scale;
    core.vmin = core.vmax = core.v;
    core.glued = glued;
    core.mForm = mForm;
    core.bare = scale === 1 && !mForm && glued < 0;
    core.yearLike = !grouped && !fracStr && !leadingDot && scale === 1 && intStr.length === 4 && core.v >= 1800 && core.v <= 2100;
    return core;
  }

  /** Skip digit groups joined by single spaces, dashes, dots or brackets. */
  private skipPhone(d: number): number {
    let k = d + 1;
    while (k < this.n && !this.nl[k] && this.st[k] - this.en[k - 1] <= 1) {
      const c = this.pch(k);
      if (!(this.kind[k] === NUM || c === C_DASH || c === C_DOT || c === 40 || c === 41)) break;
      if (c === C_DOT && !this.isNum(k + 1)) break;
      k++;
    }
    return k;
  }

  /** Skip a run of glued tokens (identifier, IP address, phone number). */
  private skipChain(d: number): number {
    let k = d + 1;
    while (k < this.n && this.glued(k) && (this.kind[k] !== PUNCT || (this.kind[k + 1] !== PUNCT && this.glued(k + 1)))) k++;
    return k;
  }

  /** Number words, "a dozen", "half a million", vague amounts, word fractions. */
  private wordsCore(i: number): Core | number | null {
    const w0 = this.lw(i);

    // ---- vague amounts
    const v1 = L.VAGUE_SINGLE.get(w0);
    if (v1 || w0 === 'tens' || w0 === 'scores' || w0 === 'several' || L.MULTI_SCALE.has(w0) || w0 === 'multi') {
      return this.vagueCore(i, w0);
    }

    if (w0 === 'a' || w0 === 'an') {
      if (!this.near(i + 1)) return null;
      const nx = this.lw(i + 1);
      if (nx === 'few' && this.near(i + 2)) {
        const sc = L.SEVERAL_SCALES.get(this.lw(i + 2));
        if (sc) return this.vague(i, i + 3, 2 * sc, 6 * sc, sc);
        return null;
      }
      if (L.SCALE_WORDS.has(nx) || nx === 'hundred' || nx === 'dozen') {
        const c = this.wordGrammar(i + 1, 1);
        if (typeof c !== 'object' || c === null) return c;
        c.s = i;
        return c;
      }
      const fr = L.FRACTION_WORDS.get(nx);
      if (fr && !fr.plural && ((this.lw(i + 2) === 'of' && this.near(i + 2)) || this.endish(i + 2))) {
        return this.fraction(i, i + 2, 1, fr.den);
      }
      const u = L.unitRoot(nx)?.def;
      if (u?.duration && !nx.endsWith('s')) {
        const c = this.newCore(i, i + 1, 1, 'words');
        c.needsUnit = true;
        c.needsHedge = true;
        return c;
      }
      return null;
    }

    if (w0 === 'half') {
      const nx = this.lw(i + 1);
      if ((nx === 'a' || nx === 'an') && this.near(i + 1) && this.near(i + 2)) {
        const nx2 = this.lw(i + 2);
        const sc = L.SCALE_WORDS.get(nx2);
        if (sc !== undefined || nx2 === 'dozen' || nx2 === 'hundred') {
          const scale = sc ?? (nx2 === 'dozen' ? 12 : 100);
          const c = this.newCore(i, i + 3, scale / 2, 'words');
          c.scale = scale;
          if (sc !== undefined) {
            c.rounded = true;
            c.p = scale / 10;
          }
          return c;
        }
        if (L.unitRoot(nx2)?.def?.duration) {
          const c = this.newCore(i, i + 2, 0.5, 'words');
          c.p = 0.5;
          c.needsUnit = true;
          return c;
        }
        return null;
      }
      if ((nx === 'of' && this.near(i + 1)) || this.hedgeBefore(i)) {
        const c = this.newCore(i, i + 1, 0.5, 'fraction');
        c.p = 0.5;
        return c;
      }
      return null;
    }

    if (!L.UNIT_WORDS.has(w0) && !L.TENS_WORDS.has(w0)) return null;
    return this.wordGrammar(i, 0);
  }

  private vague(s: number, e: number, min: number, max: number, p: number): Core {
    const c = this.newCore(s, e, min, 'vague');
    c.vmin = min;
    c.vmax = max;
    c.p = p;
    c.rounded = true;
    return c;
  }

  private vagueCore(i: number, w0: string): Core | null {
    const ofNext = this.lw(i + 1) === 'of' && this.near(i + 1) && this.near(i + 2);
    if (w0 === 'tens' || w0 === 'hundreds') {
      if (ofNext) {
        const t = (w0 === 'tens' ? L.VAGUE_TENS_OF : L.VAGUE_HUNDREDS_OF).get(this.lw(i + 2));
        if (t) return this.vague(i, i + 3, t[0], t[1], t[2]);
      }
      if (w0 === 'tens') return null;
    }
    if (w0 === 'scores') {
      if (!ofNext) return null;
      const t = L.VAGUE_SCORES;
      return this.vague(i, i + 1, t[0], t[1], t[2]);
    }
    if (w0 === 'several') {
      if (!this.near(i + 1)) return null;
      const sc = L.SEVERAL_SCALES.get(this.lw(i + 1));
      if (!sc) return null;
      return this.vague(i, i + 2, 3 * sc, 10 * sc, sc);
    }
    let key = w0;
    let e = i + 1;
    if (w0 === 'multi') {
      if (!(this.pch(i + 1) === C_DASH && this.glued(i + 1) && this.glued(i + 2))) return null;
      key = `multi${this.lw(i + 2)}`;
      e = i + 3;
    }
    const m = L.MULTI_SCALE.get(key);
    if (m) {
      const c = this.vague(i, e, m[0], m[1], m[2]);
      c.moneyForced = true;
      return c;
    }
    const t = L.VAGUE_SINGLE.get(w0);
    if (!t) return null;
    // "a thousands"? "the millions" in "the millions who" is still vague.
    return this.vague(i, i + 1, t[0], t[1], t[2]);
  }

  /**
   * Cardinal number words: "forty-eight", "two hundred and six", "twenty-one
   * trillion three hundred", "one and a half million", "two point five".
   * `startCur` = 1 when called after "a" ("a hundred").
   */
  private wordGrammar(i: number, startCur: number): Core | number | null {
    let total = 0;
    let cur = startCur;
    let last = startCur ? 'A' : 'N'; // N none, U unit, T teen, X tens, H hundred, S scale, F fraction, P decimal
    let lastScale = Infinity;
    let lastComp = 0;
    let j = i; // next token to look at
    let e = i;
    let words = 0;
    let decimals = '';
    let smallestScale = 1;
    let endedWithScale = false;
    let halfAdded = 0;
    // state saved before "and" so "two hundred and three hundred" can back off
    let ckTotal = 0;
    let ckCur = 0;
    let ckE = -1;
    let ckLast = 'N';
    let ckWords = 0;
    let afterAnd = false;
    let brokeOnNumber = false;

    for (let guard = 0; guard < 40 && j < this.n; guard++) {
      let t = j;
      let viaHyphen = false;
      if (words > 0 || startCur) {
        if (this.hyphenAt(t) && this.isWord(t + 1)) {
          viaHyphen = true;
          t = t + 1;
        } else if (!this.isWord(t) || !this.near(t)) break;
      } else if (!this.isWord(t)) break;
      const w = this.lw(t);
      const uv = L.UNIT_WORDS.get(w);
      const tv = L.TENS_WORDS.get(w);
      const sv = L.SCALE_WORDS.get(w);
      if (viaHyphen && !(last === 'X' && uv !== undefined && uv > 0 && uv < 10)) break;
      if (uv !== undefined) {
        if (uv === 0) {
          if (last !== 'N') break;
        } else if (uv < 10) {
          if (!(last === 'N' || last === 'H' || last === 'S' || last === 'AND' || (last === 'X' && cur % 10 === 0))) break;
        } else if (!(last === 'N' || last === 'H' || last === 'S' || last === 'AND')) break;
        if (last === 'X') lastComp += uv;
        else lastComp = uv;
        cur += uv;
        last = uv === 0 ? 'Z' : uv < 10 ? 'U' : 'T';
      } else if (tv !== undefined) {
        if (!(last === 'N' || last === 'H' || last === 'S' || last === 'AND')) break;
        cur += tv;
        lastComp = tv;
        last = 'X';
      } else if (w === 'hundred') {
        if (!(last === 'U' || last === 'T' || last === 'X' || last === 'A') || cur >= 100 || cur <= 0) {
          brokeOnNumber = true;
          break;
        }
        cur *= 100;
        last = 'H';
        lastComp = 0;
      } else if (sv !== undefined) {
        if (last === 'S' && lastScale === 1e5 && sv === 1e7) {
          // "three lakh crore" = 3e12
          total = tidy(total * sv);
          lastScale = 1e12;
          smallestScale = 1e12;
          words++;
          j = t + 1;
          e = j;
          continue;
        }
        if (!(last === 'U' || last === 'T' || last === 'X' || last === 'H' || last === 'A' || last === 'F' || last === 'P') || cur <= 0) break;
        if (sv >= lastScale) {
          brokeOnNumber = true;
          break;
        }
        if (decimals) {
          cur = Number(`${Math.trunc(cur)}.${decimals}`);
          smallestScale = tidy(sv * pow10(-decimals.length));
          decimals = '';
        } else if (halfAdded) {
          // "one and a half million" is written to a tenth of a million
          smallestScale = halfAdded === 0.5 ? sv / 10 : sv / 100;
        } else smallestScale = sv;
        total = tidy(total + cur * sv);
        cur = 0;
        lastScale = sv;
        last = 'S';
        lastComp = 0;
        endedWithScale = true;
      } else if (w === 'dozen' || w === 'dozens' || w === 'dozs' || w === 'dzs') {
        if (!(last === 'U' || last === 'T' || last === 'X' || last === 'A')) break;
        cur = cur - lastComp + (last === 'A' ? 12 : lastComp * 12);
        if (last === 'A') cur = 12;
        last = 'D';
      } else if (w === 'and') {
        const nx = this.lw(t + 1);
        if (!this.near(t + 1)) break;
        const fr = nx === 'a' && this.near(t + 2) ? L.FRACTION_WORDS.get(this.lw(t + 2)) : undefined;
        if (fr && !fr.plural && (last === 'U' || last === 'T' || last === 'X' || last === 'H')) {
          halfAdded = tidy(1 / fr.den);
          cur += halfAdded;
          last = 'F';
          words++;
          j = t + 3;
          e = j;
          continue;
        }
        if (!(last === 'H' || last === 'S')) break;
        if (!(L.UNIT_WORDS.has(nx) || L.TENS_WORDS.has(nx)) || L.UNIT_WORDS.get(nx) === 0) break;
        ckTotal = total;
        ckCur = cur;
        ckE = e;
        ckLast = last;
        ckWords = words;
        afterAnd = true;
        last = 'AND';
        j = t + 1;
        continue;
      } else if (w === 'point') {
        if (!(last === 'U' || last === 'T' || last === 'X' || last === 'Z' || last === 'H') || decimals) break;
        let k = t + 1;
        let ds = '';
        while (k < this.n && this.isWord(k) && this.near(k) && ds.length < 12) {
          const d = L.UNIT_WORDS.get(this.lw(k));
          const d2 = L.TENS_WORDS.get(this.lw(k));
          if (d !== undefined && d < 10) {
            ds += String(d);
            k++;
          } else if (d !== undefined && ds === '') {
            // "point eleven"
            ds = String(d);
            k++;
            break;
          } else if (d2 !== undefined && ds === '') {
            // "point seventy-one"
            let v = d2;
            k++;
            if (this.hyphenAt(k) && L.UNIT_WORDS.has(this.lw(k + 1)) && (L.UNIT_WORDS.get(this.lw(k + 1)) ?? 10) < 10) {
              v += L.UNIT_WORDS.get(this.lw(k + 1)) ?? 0;
              k += 2;
            } else if (this.near(k) && (L.UNIT_WORDS.get(this.lw(k)) ?? 10) < 10 && (L.UNIT_WORDS.get(this.lw(k)) ?? 0) > 0) {
              v += L.UNIT_WORDS.get(this.lw(k)) ?? 0;
              k++;
            }
            ds = String(v);
            break;
          } else break;
        }
        if (!ds) break;
        decimals = ds;
        last = 'P';
        words++;
        j = k;
        e = k;
        continue;
      } else {
        break;
      }
      words++;
      j = t + 1;
      e = j;
      if (last !== 'S') endedWithScale = false;
    }
    if (last === 'AND') {
      // dangling "and": stop before it
      last = ckLast;
    }
    // "between two hundred and three hundred": the part after "and" ran into a
    // word it could not take; back off to before "and".
    if (afterAnd && brokeOnNumber) {
      total = ckTotal;
      cur = ckCur;
      e = ckE;
      words = ckWords;
    }
    if (words === 0 && !startCur) return null;
    if (e <= i) return null;

    let v = total + cur;
    let p = 1;
    let rounded = false;
    if (decimals) {
      v = tidy(total + Number(`${Math.trunc(cur)}.${decimals}`));
      p = pow10(-decimals.length);
    } else if (endedWithScale && cur === 0) {
      p = smallestScale;
      rounded = smallestScale >= 1000;
    } else if (halfAdded) {
      p = halfAdded;
    }
    const core = this.newCore(i, e, tidy(v), 'words');
    core.p = p;
    core.rounded = rounded;
    core.scale = lastScale === Infinity ? 1 : lastScale;
    const single = words === 1 && !startCur;
    core.small = single && v <= 10 && Number.isInteger(v);
    core.one = single && v === 1;

    // Word fractions: "two thirds", "two-thirds", "one fifth of", and ordinals "twenty-first".
    let f = e;
    if (this.hyphenAt(f) && this.isWord(f + 1)) f = f + 1;
    else if (!(this.isWord(f) && this.near(f))) f = -1;
    if (f > 0) {
      const fw = this.lw(f);
      const fr = L.FRACTION_WORDS.get(fw);
      if (fr && Number.isInteger(v) && !rounded && v > 0 && v <= 100) {
        if (fr.plural && v >= 2) return this.fraction(i, f + 1, v, fr.den);
        if (!fr.plural && v === 1) {
          const after = this.lw(f + 1);
          if ((after === 'of' && this.near(f + 1)) || this.endish(f + 1) || f !== e) return this.fraction(i, f + 1, 1, fr.den);
        }
        if (!fr.plural && fw !== 'half' && fw !== 'quarter') return f + 1; // "twenty fifth" is an ordinal
      } else if (L.ORDINAL_WORDS.has(fw) && fw !== 'second' && fw !== 'seconds') {
        return f + 1;
      }
      // "one-time", "one-off"
      if (f !== e && L.NUMBER_COMPOUND_IDIOMS.has(fw)) return f + 1;
    }
    return core;
  }

  /** Token k ends a sentence or the text. */
  private endish(k: number): boolean {
    return k >= this.n || this.nl[k] === 1 || (this.kind[k] === PUNCT && SENTENCE_END.has(this.pch(k)));
  }

  private fraction(s: number, e: number, num: number, den: number): Core {
    const c = this.newCore(s, e, tidy(num / den), 'fraction');
    c.p = tidy(1 / den);
    return c;
  }

  // ---------------------------------------------------------------- suffixes

  /** Currency, percent, duration or unit after the number (token j = end of the core). */
  private readSuffix(core: Core, j: number, money: boolean): Suffix | number | null {
    const vague = core.kind === 'vague';

    // glued lower-case "m" that was not read as million: metres
    if (core.mForm) {
      core.bare = false;
      return { e: core.glued + 1, type: 'quantity', unit: 'm', factor: 1 };
    }

    if (money) return null;

    const c = this.pch(j);
    // Hyphen compounds: "nine-year", "12-cent", "7.1-magnitude", "5-percent", "45-year-old"
    if (!vague && this.hyphenAt(j) && this.isWord(j + 1)) {
      const w = this.lw(j + 1);
      const cb = L.CURRENCY_NAMES.get(w);
      // "a 10-pound baby" is a weight
      if (cb && cb.singular && w !== 'pound') return { e: j + 2, type: 'money', iso: cb.iso, curFactor: cb.factor, wordCurrency: true };
      if (w === 'percent' || w === 'pct') return { e: j + 2, type: 'percent', unit: '%', factor: 1 };
      if (w === 'percentage' && this.hyphenAt(j + 2) && (this.lw(j + 3) === 'point' || this.lw(j + 3) === 'points')) {
        return { e: j + 4, type: 'percent', unit: 'pp', factor: 1 };
      }
      if (w === 'per' && this.hyphenAt(j + 2) && this.lw(j + 3) === 'cent') return { e: j + 4, type: 'percent', unit: '%', factor: 1 };
      if (L.HYPHEN_UNITS.has(w)) {
        const def = L.unitRoot(w)?.def;
        if (def) {
          let e = j + 2;
          if (def.duration && this.hyphenAt(e) && (this.lw(e + 1) === 'old' || this.lw(e + 1) === 'long')) e += 2;
          return this.unitSuffix(def, e);
        }
      }
      // "a 5,000-strong force" still counts
      if (w === 'plus' || w === 'odd' || w === 'strong') return null;
      if (L.FRACTION_WORDS.has(w)) return null;
      if (core.kind === 'digits' || core.kind === 'words') core.compound = true;
      return null;
    }

    // "multibillion-dollar"
    if (vague && this.hyphenAt(j) && this.isWord(j + 1)) {
      const cb = L.CURRENCY_NAMES.get(this.lw(j + 1));
      if (cb) return { e: j + 2, type: 'money', iso: cb.iso, curFactor: cb.factor, wordCurrency: true };
    }
    if (c >= 0) {
      if (!this.near(j)) return null;
      if (c === C_PERCENT && !vague) return { e: j + 1, type: 'percent', unit: '%', factor: 1 };
      const sym = L.CURRENCY_SYMBOLS.get(c);
      if (sym && !vague && !(this.isNum(j + 1) && this.near(j + 1))) {
        // a "$" after a number is rare in English; only take it when glued ("5$") or for non-dollar symbols
        if (c !== C_DOLLAR || this.glued(j)) return { e: j + 1, type: 'money', iso: sym, curFactor: 1 };
      }
      if (c === C_DEGREE || c === 0xba) {
        return this.trieUnit(j);
      }
      return null;
    }
    if (!this.isWord(j)) return null;
    const gluedWord = this.glued(j);
    if (!gluedWord && !this.near(j)) return null;
    const w = this.lw(j);
    const rw = this.raw(j);

    // "billions of dollars"
    if (vague) {
      if (w === 'of' && this.near(j + 1)) {
        const cur = this.currencyWords(j + 1);
        if (cur) return { ...cur, type: 'money' };
      }
      const cur = this.currencyWords(j);
      if (cur && core.moneyForced) return { ...cur, type: 'money' };
      return null;
    }

    // percent words
    if (w === 'percent' || w === 'percents' || w === 'pct' || (w === 'pc' && gluedWord)) return { e: j + 1, type: 'percent', unit: '%', factor: 1 };
    if (w === 'per' && this.lw(j + 1) === 'cent' && this.near(j + 1)) return { e: j + 2, type: 'percent', unit: '%', factor: 1 };
    if (w === 'percentage') {
      const nx = this.lw(j + 1);
      if ((nx === 'point' || nx === 'points') && this.near(j + 1)) return { e: j + 2, type: 'percent', unit: 'pp', factor: 1 };
      const nx2 = this.lw(j + 2);
      if (this.hyphenAt(j + 1) && (nx2 === 'point' || nx2 === 'points')) return { e: j + 3, type: 'percent', unit: 'pp', factor: 1 };
      return { e: j + 1, type: 'percent', unit: '%', factor: 1 };
    }
    if (w === 'basis' && (this.lw(j + 1) === 'points' || this.lw(j + 1) === 'point') && this.near(j + 1)) return { e: j + 2, type: 'percent', unit: 'pp', factor: 0.01 };
    if (w === 'bps' || w === 'bp') return { e: j + 1, type: 'percent', unit: 'pp', factor: 0.01 };

    // weight in pounds: "300 pounds of cocaine"
    if ((w === 'pounds' || w === 'pound') && this.lw(j + 1) === 'of' && this.near(j + 1)) {
      return { e: j + 1, type: 'quantity', unit: 'kg', factor: 0.45359237 };
    }

    // "50p"
    if (rw === 'p' && gluedWord) return { e: j + 1, type: 'money', iso: 'GBP', curFactor: 0.01 };
    // currency codes and names
    if (L.ISO_CODES.has(rw) || L.ISO_CODES_LOWER.has(rw)) {
      const iso = rw.toUpperCase();
      return { e: j + 1, type: 'money', iso: iso === 'RMB' ? 'CNY' : iso, curFactor: 1 };
    }
    const cur = this.currencyWords(j);
    if (cur) return { ...cur, type: 'money' };

    // units (case-sensitive first: "MW", "40C")
    const ex = L.UNIT_EXACT.get(rw);
    if (ex && (!ex.gluedOnly || gluedWord)) return this.unitSuffix(ex, j + 1);
    const tu = this.trieUnit(j);
    if (tu) return tu;
    if (w === 'on' && this.lw(j + 1) === 'the' && this.lw(j + 2) === 'richter' && this.lw(j + 3) === 'scale') {
      return { e: j + 4, type: 'quantity', unit: 'magnitude', factor: 1 };
    }
    return null;
  }

  private unitSuffix(def: UnitDef, e: number): Suffix {
    if (def.duration) return { e, type: 'duration', unit: def.unit, factor: def.factor };
    return { e, type: 'quantity', unit: def.unit, factor: def.factor, offset: def.offset ?? 0 };
  }

  /** Longest unit phrase starting at token j. */
  private trieUnit(j: number): Suffix | null {
    const first = this.kind[j] === WORD ? this.lw(j) : this.raw(j);
    // a lone capital letter ("5G", "10 G") is not a unit abbreviation
    if (this.kind[j] === WORD && this.en[j] - this.st[j] === 1 && isCapitalised(this.raw(j))) return null;
    let node = L.unitRoot(first);
    if (!node) return null;
    let best: UnitDef | undefined;
    let bestE = -1;
    let k = j;
    for (let guard = 0; guard < 6 && node; guard++) {
      if (node.def && (!node.def.gluedOnly || this.glued(j))) {
        best = node.def;
        bestE = k + 1;
      }
      const nk = k + 1;
      if (nk >= this.n || !node.next || !this.near(nk)) break;
      const key = this.kind[nk] === WORD ? this.lw(nk) : this.raw(nk);
      const nxt = node.next.get(key);
      if (!nxt) break;
      // "km2", "m³" need the digit glued; "km / h" may be spaced
      if ((this.kind[nk] === NUM || key === '²' || key === '³') && !this.glued(nk)) break;
      node = nxt;
      k = nk;
    }
    if (!best) return null;
    return this.unitSuffix(best, bestE);
  }

  /** "dollars", "australian dollars", "finnish markka", "u.s. dollars", "swiss francs": ISO and end token. */
  private currencyWords(j: number): { e: number; iso?: string; curFactor: number; wordCurrency: boolean } | null {
    const w = this.lw(j);
    if (!w) return null;
    const base = L.CURRENCY_NAMES.get(w);
    if (base && w !== 'won' && w !== 'mark' && w !== 'marks') {
      return { e: j + 1, iso: base.iso, curFactor: base.factor, wordCurrency: true };
    }
    if (base) {
      // "won", "marks" are usually verbs: take them after a scale word ("5 billion won") or before punctuation
      const scaled = L.SCALE_WORDS.has(this.lw(j - 1)) || L.SCALE_ABBR_SPACED.has(this.lw(j - 1));
      if (!scaled && this.isWord(j + 1) && this.near(j + 1)) return null;
      return { e: j + 1, iso: base.iso, curFactor: base.factor, wordCurrency: true };
    }
    // qualifier + base
    let k = j;
    let qual = '';
    if (w === 'u' && this.pch(j + 1) === C_DOT && this.lw(j + 2) === 's' && this.glued(j + 1) && this.glued(j + 2)) {
      qual = 'us';
      k = j + 3;
      if (this.pch(k) === C_DOT && this.glued(k)) k++;
    } else if (L.QUALIFIER_FIRST.has(w)) {
      qual = w;
      k = j + 1;
      // two-word qualifiers
      const w2 = this.lw(k);
      if (w2 && this.near(k) && !L.CURRENCY_NAMES.has(w2) && w2 !== 'real') {
        qual = `${w} ${w2}`;
        k++;
      }
    } else if (this.isWord(j + 1) && this.near(j + 1) && !L.STOP_WORDS.has(w) && !L.UNIT_WORDS.has(w)) {
      // unknown nationality: "50 jamaican dollars" -> money, currency unknown
      const b = L.CURRENCY_NAMES.get(this.lw(j + 1));
      if (b && b.iso !== 'KRW' && this.lw(j + 1) !== 'mark' && this.lw(j + 1) !== 'marks' && this.lw(j + 1) !== 'won') {
        return { e: j + 2, iso: undefined, curFactor: b.factor, wordCurrency: true };
      }
      return null;
    } else return null;
    if (!this.isWord(k) || !this.near(k)) return null;
    const bw = this.lw(k);
    const b = L.CURRENCY_NAMES.get(bw);
    const singular = L.CURRENCY_SINGULAR.get(bw) ?? bw;
    const iso = L.QUALIFIED_CURRENCY.get(`${qual}|${singular}`);
    if (iso) return { e: k + 1, iso, curFactor: b?.factor ?? 1, wordCurrency: true };
    return null;
  }

  // ---------------------------------------------------------------- ranges and extras

  private readRange(
    first: Piece,
    between: boolean,
    fromBefore: boolean,
  ): { piece: Piece; low: number; high: number; e: number; between: boolean; yearLike: boolean } | number | null {
    const k = first.e;
    if (k >= this.n || !this.near(k)) return null;
    const c = this.pch(k);
    const w = this.lw(k);
    let kind: 'dash' | 'to' | 'and' | 'or' | '' = '';
    if (c >= 0 && this.isDash(c)) kind = 'dash';
    else if (w === 'to') kind = 'to';
    else if (w === 'and' && between) kind = 'and';
    else if (w === 'or') kind = 'or';
    if (!kind) return null;
    if (fromBefore && (kind === 'to' || kind === 'dash')) return null;
    const gluedDash = kind === 'dash' && this.glued(k) && this.glued(k + 1);
    if (!this.near(k + 1)) return null;
    const sec = this.readPiece(k + 1, false);
    if (sec === null || typeof sec === 'number' || sec.core.kind === 'vague') {
      if (gluedDash && first.core.bare && !first.hasPrefix && !first.hasSuffix && this.isNum(k + 1)) {
        // "2-1", "555-1234": scores and phone numbers, not figures
        return typeof sec === 'number' ? sec : k + 2;
      }
      return null;
    }
    const a = first;
    const b = sec;
    // "555-1234"
    if (gluedDash && a.core.bare && b.core.bare && a.e - a.s === 1 && this.en[a.s] - this.st[a.s] === 3 && this.en[b.s] - this.st[b.s] === 4 && b.e - b.s === 1) return b.e;
    // types must agree; a bare side inherits the other side's unit/currency
    let type = a.type;
    const aBare = a.type === 'number' && !a.hasPrefix;
    const bBare = b.type === 'number' && !b.hasPrefix;
    if (!aBare && !bBare) {
      if (a.type !== b.type) return null;
      if (a.type === 'money' && a.iso && b.iso && a.iso !== b.iso) return null;
      if ((a.type === 'quantity' || a.type === 'duration' || a.type === 'percent') && (a.unit !== b.unit || a.factor !== b.factor)) return null;
    } else if (aBare && !bBare) {
      type = b.type;
    } else if (!aBare && bBare) {
      // "2% to 1.5 million units", "rose 0.5% to 4,500": a change, not a range.
      // Only "$3 to 4 billion" / "$3-4 billion" / "5-6%"-like dashes pass.
      const scaleUp = a.core.scale === 1 && b.core.scale > 1;
      if (!(a.hasPrefix && (kind === 'dash' || scaleUp))) return null;
    }
    let av = a.core.v;
    let ap = a.core.p;
    let aRounded = a.core.rounded;
    const bv = b.core.v;
    // "3 to 4 billion", "$3-4 billion": the bare low end takes the high end's scale
    if (a.core.scale === 1 && b.core.scale > 1 && a.core.kind !== 'fraction') {
      const scaled = a.core.kind === 'digits' ? decimalTimes(String(av), b.core.scale) : tidy(av * b.core.scale);
      if (scaled < bv) {
        av = scaled;
        ap = tidy(ap * b.core.scale);
        aRounded = b.core.rounded;
      }
    }
    let af = a.factor;
    let bf = b.factor;
    if (aBare && !bBare) af = bf;
    if (bBare && !aBare) bf = af;
    if (!(av * af < bv * bf)) {
      if (gluedDash && a.core.bare && b.core.bare) return b.e;
      return null;
    }
    if (kind === 'or') {
      // "two or three days": only small, close alternatives with a shared unit or noun
      const sharedTail = !bBare || this.findNoun(b.e, bv, false) !== null;
      if (!sharedTail || bv > av * 3 + 2 || a.core.kind === 'fraction') return null;
    }
    const yearLike = a.core.yearLike && b.core.yearLike && aBare && bBare;
    // merged piece: span from first start to second end, unit info from whichever side has it
    const src = aBare && !bBare ? b : a;
    const core: Core = { ...a.core, v: av, p: Math.min(ap, b.core.p) || ap, rounded: aRounded || b.core.rounded, e: b.core.e };
    core.small = false;
    core.one = false;
    core.bare = a.core.bare && b.core.bare;
    core.yearLike = false;
    const piece: Piece = {
      ...src,
      s: a.s,
      e: b.e,
      core,
      type,
      hasPrefix: a.hasPrefix || b.hasPrefix,
      hasSuffix: a.hasSuffix || b.hasSuffix,
    };
    if (type === 'money') piece.iso = a.iso ?? b.iso;
    return { piece, low: av, high: bv, e: b.e, between: kind === 'and', yearLike };
  }

  /** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "c $ 100 and fifty". */
  private readCents(piece: Piece, e: number): { add: number; e: number } | null {
    const core = piece.core;
    if (!Number.isInteger(core.v) || core.scale !== 1 || piece.curFactor !== 1) return null;
    let k = e;
    const withAnd = this.lw(k) === 'and' && this.near(k);
    if (withAnd) k++;
    if (!this.near(k)) return null;
    if (!withAnd && !piece.wordCurrency) return null;
    const c = this.readCore(k, false, -1);
    if (c === null || typeof c === 'number' || c.kind === 'vague' || c.kind === 'fraction') return null;
    if (!Number.isInteger(c.v) || c.v <= 0 || c.v >= 100 || c.scale !== 1 || c.glued >= 0 || c.mForm) return null;
    let end = c.e;
    const nx = this.lw(end);
    if ((nx === 'cents' || nx === 'cent' || nx === 'pence' || nx === 'penny') && this.near(end)) {
      end++;
    } else {
      // a bare second number is only cents when nothing counted follows it
      if (this.isWord(end) && this.near(end) && nx !== 'and') return null;
      if (this.isNum(end) && this.near(end)) return null;
      const pc = this.pch(end);
      if (pc >= 0 && L.CURRENCY_SYMBOLS.has(pc)) return null;
    }
    return { add: c.v / 100, e: end };
  }

  /** Does context make a bare vague amount ("billions") money? */
  private moneyContext(s: number, e: number): boolean {
    let before = s - 1;
    const hb = this.hedgeBefore(s);
    if (hb) before = hb.s - 1;
    if (L.MONEY_VERBS.has(this.lw(before)) && this.near(before + 1)) return true;
    const nx = this.lw(e);
    if (nx === 'worth' && this.near(e)) return true;
    if (nx === 'in' && this.near(e)) {
      // "billions in Afghanistan's central bank assets"
      for (let k = e + 1, words = 0; k < this.n && words < 7; k++) {
        if (this.nl[k]) break;
        if (this.kind[k] === PUNCT) {
          const pc = this.pch(k);
          if (SENTENCE_END.has(pc) || pc === C_COMMA) break;
          continue;
        }
        words++;
        if (L.MONEY_NOUNS.has(this.lw(k))) return true;
      }
    }
    return false;
  }

  /** Bare digits next to a capitalised word or a month are model numbers or dates ("Boeing 737", "May 4"). */
  private identifierContext(s: number): boolean {
    const p = s - 1;
    if (p >= 0 && this.isWord(p) && this.near(s)) {
      const rw = this.raw(p);
      const w = this.lw(p);
      if (hasCapital(rw) && !L.STOP_WORDS.has(w) && !L.YEAR_LEADS.has(w) && !WEEKDAYS.has(w)) return true;
      if (w === 'no' && this.pch(s - 1) === C_DOT) return true;
      if (w === 'number' || w === 'nos' || w === 'nr' || w === 'nrs' || w === 'page' || w === 'chapter' || w === 'article' || w === 'section' || w === 'version' || w === 'route' || w === 'flight' || w === 'room') return true;
    }
    if (this.pch(p) === C_DOT && this.lw(p - 1) === 'no' && this.glued(p)) return true;
    return false;
  }

  private dateContext(s: number, e: number): boolean {
    const p = s - 1;
    if (this.isWord(p) && this.near(s) && L.MONTHS.has(this.lw(p)) && isCapitalised(this.raw(p))) return true;
    // "Nov. 5"
    if (this.pch(p) === C_DOT && this.glued(p) && this.near(s) && L.MONTHS.has(this.lw(p - 1)) && isCapitalised(this.raw(p - 1))) return true;
    if (this.isWord(e) && this.near(e) && L.MONTHS.has(this.lw(e)) && isCapitalised(this.raw(e))) return true;
    return false;
  }

  /** Hedge phrase ending right before token s. */
  private hedgeBefore(s: number): { hedge: Hedge; s: number } | null {
    const p = s - 1;
    if (p < this.floor || !this.near(s)) return null;
    let key: string;
    if (this.kind[p] === WORD) key = this.lw(p);
    else if (this.pch(p) === C_TILDE) key = '~';
    else if (this.pch(p) === C_DOT && this.lw(p - 1) === 'approx' && this.glued(p)) {
      return p - 1 >= this.floor ? { hedge: 'approximately', s: p - 1 } : null;
    } else return null;
    const list = HEDGE_BY_LAST.get(key);
    if (!list) return null;
    for (const [words, hedge] of list) {
      let ok = true;
      let t = p;
      for (let w = words.length - 1; w >= 0; w--, t--) {
        if (t < this.floor || this.lw(t) !== words[w] || (w < words.length - 1 && !this.near(t + 1))) {
          ok = false;
          break;
        }
      }
      if (ok) return { hedge, s: t + 1 };
    }
    return null;
  }

  // ---------------------------------------------------------------- nouns

  private looksPluralNoun(k: number): boolean {
    if (!this.isWord(k)) return false;
    const w = this.lw(k);
    if (L.STOP_WORDS.has(w) || L.MONTHS.has(w)) return false;
    if (L.IRREGULAR_COUNT.has(w)) return true;
    const n = w.length;
    if (n < 3 || w.charCodeAt(n - 1) !== 115) return false;
    const p = w.charCodeAt(n - 2);
    // "ss", "us", "is": glass, status, crisis
    return p !== 115 && p !== 117 && p !== 105 && p !== 39;
  }

  /** Counted noun after token e: "48 people", "six new cases", "48 of the passengers". */
  private findNoun(e: number, value: number, one: boolean): number | null {
    let k = e;
    if (!this.near(k)) return null;
    if (this.lw(k) === 'of') {
      k++;
      if (!this.near(k)) return null;
      if (L.OF_DETERMINERS.has(this.lw(k))) {
        k++;
        if (!this.near(k)) return null;
      }
    }
    for (let step = 0; step < 3; step++) {
      if (!this.isWord(k) || (k > e && !this.near(k))) return null;
      const w = this.lw(k);
      if (this.looksPluralNoun(k)) return k;
      if ((value === 1 || one) && L.SINGULAR_COUNT.has(w)) return k;
      // modifiers: "six new cases", "48 US troops", "two health-care workers"
      const rw = this.raw(k);
      if (L.STOP_WORDS.has(w) && !(rw.length >= 2 && isUpperWord(rw))) return null;
      if (L.MONTHS.has(w) || L.TIME_WORDS.has(w)) return null;
      if (this.hyphenAt(k + 1) && this.isWord(k + 2)) k += 2;
      k++;
    }
    return null;
  }

  // ---------------------------------------------------------------- values

  private buildValue(
    piece: Piece,
    type: NumericType,
    iso: string | undefined,
    low: number,
    high: number,
    isRange: boolean,
    hedge: Hedge | undefined,
    cents: number,
  ): NumericValue {
    const core = piece.core;
    let amount = core.v;
    let lo: number;
    let hi: number;
    if (core.kind === 'vague') {
      amount = core.vmin;
      lo = core.vmin;
      hi = core.vmax;
    } else if (isRange) {
      amount = low;
      lo = low;
      hi = high;
    } else {
      if (cents) amount = tidy(amount + (amount < 0 ? -cents : cents));
      if (core.rounded) {
        lo = tidy(amount - core.p / 2);
        hi = tidy(amount + core.p / 2);
      } else {
        lo = amount;
        hi = amount;
      }
    }
    let min: number | null = lo;
    let max: number | null = hi;
    const a = amount;
    // the stated end points, before rounding widens them
    const loA = isRange ? low : core.kind === 'vague' ? core.vmin : a;
    const hiA = isRange ? high : core.kind === 'vague' ? core.vmax : a;
    // Hedges as news uses them, not as logic: "about N" and "nearly N" stay within the
    // rounding of N ("about 1,800" ±100, "around 7.5%" ±0.1), never more than a tenth of it;
    // "at least N" and "up to N" are counts near N ("at least 8" and "at least 31" are two
    // tolls, not compatible bounds), reaching at most one rounding step or a tenth past N.
    const tight = (x: number): number => Math.min(roundingOf(x), Math.abs(x) * 0.1);
    const loose = (x: number): number => Math.max(roundingOf(x), Math.abs(x) * 0.1);
    switch (hedge) {
      case 'approximately':
        if (core.kind !== 'vague') {
          min = Math.min(lo, tidy(loA - tight(loA)));
          max = Math.max(hi, tidy(hiA + tight(hiA)));
        }
        break;
      case 'nearly':
        if (core.kind !== 'vague') {
          min = tidy(loA - tight(loA));
          max = isRange ? hi : a;
        }
        break;
      case 'more-than':
      case 'at-least':
        min = loA;
        max = core.kind === 'vague' ? null : tidy(loA + loose(loA));
        break;
      case 'up-to':
      case 'less-than':
        min = core.kind === 'vague' ? Math.min(0, hiA) : tidy(hiA - loose(hiA));
        max = hiA;
        break;
      default:
        break;
    }
    let precision = core.p;
    if (cents) precision = 0.01;

    const val: NumericValue = { amount, min, max, precision };
    const outHedge: Hedge | undefined = hedge ?? (core.kind === 'vague' ? 'vague' : undefined);
    if (outHedge) val.hedge = outHedge;

    if (type === 'money') {
      const f = piece.curFactor;
      if (f !== 1) this.scaleValue(val, f, 0);
      if (iso) val.currency = iso;
    } else if (type === 'quantity') {
      this.scaleValue(val, piece.factor, piece.offset);
      if (piece.unit) val.unit = piece.unit;
    } else if (type === 'duration') {
      if (piece.unit) val.unit = piece.unit;
      val.days = tidy(val.amount * piece.factor);
    } else if (type === 'percent') {
      if (piece.factor !== 1) this.scaleValue(val, piece.factor, 0);
      val.unit = piece.unit ?? '%';
    }
    return val;
  }

  private scaleValue(v: NumericValue, f: number, off: number): void {
    v.amount = tidy(v.amount * f + off);
    if (v.min !== null) v.min = tidy(v.min * f + off);
    if (v.max !== null) v.max = tidy(v.max * f + off);
    v.precision = tidy(v.precision * f);
  }
}
