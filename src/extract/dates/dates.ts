/**
 * reconcile/dates: find date expressions in English news text and normalise them to
 * TIMEX-style values with explicit day intervals.
 *
 * Policies (see README for detail):
 * - Bare months, dates and weekdays with no year ("in April", "on Thursday") resolve to the latest
 *   occurrence on or before the publication date: news is written in the past tense.
 * - Explicit forward words ("next week", "tomorrow", "this Friday") resolve as the words say.
 * - All-digit dates are month-first (US) unless the first part cannot be a month ("21/04/2016").
 * - early / mid / late cover a third of the period (a year: Jan-Apr, May-Aug, Sep-Dec).
 * - Without a publication date, relative expressions stay partial ("XXXX-04") with no interval.
 */
import { parseIsoDay, isoDate } from './calendar.js';
import { Parser } from './grammar.js';
import { START } from './lexicon.js';
import { PUNCT, WORD, tokenize } from './tokens.js';

// The value shapes are the project's data contract, defined once in src/types.ts.
export type { DateGranularity, DateMod, DateValue } from '../../types.js';
import type { DateValue } from '../../types.js';

/** One date expression: `text === input.slice(start, end)`. */
export interface DateMatch {
  start: number;
  end: number;
  text: string;
  value: DateValue;
}

/**
 * Find date expressions in text. `published` is the article's publication date (YYYY-MM-DD)
 * used as the anchor for relative expressions; when absent (or malformed), relative expressions
 * are kept partial (XXXX). Never uses today's date. Matches are in order and non-overlapping.
 */
export function extractDates(text: string, published?: string): DateMatch[] {
  const anchor = parseIsoDay(published);
  const t = tokenize(text);
  const p = new Parser(t, anchor);
  const out: DateMatch[] = [];
  let i = 0;
  while (i < t.n) {
    const k = t.k[i];
    // Only digits, lexicon words and apostrophes ("'90s") can open a date: skip the rest cheaply.
    // (A word the tokenizer left undefined failed the START filter already.)
    const w = t.w[i];
    if (k === WORD ? w === undefined || !START.has(w) : k === PUNCT && !isApos(w as string)) {
      i++;
      continue;
    }
    const m = p.top(i);
    if (!m || m.b <= i) {
      i++;
      continue;
    }
    const start = t.s[m.a] as number;
    const end = t.e[m.b - 1] as number;
    const v = m.v;
    const value: DateValue = { iso: v.iso, granularity: v.g };
    if (v.s !== undefined) value.start = isoDate(v.s);
    if (v.e !== undefined) value.end = isoDate(v.e);
    if (v.mod !== undefined) value.mod = v.mod;
    if (v.rel) value.relative = true;
    out.push({ start, end, text: text.slice(start, end), value });
    i = m.b;
  }
  return out;
}

function isApos(c: string): boolean {
  return c === "'" || c === '’' || c === '‘';
}

