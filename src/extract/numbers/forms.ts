import type { Hedge } from '../../types.js';
import type { NumericMatch } from './numbers.js';
import { nounLemma } from '../wordnet.js';

/**
 * Figures as news pages write them that the token scanner reads otherwise or not at all,
 * fixed in one pass over its matches: hyphenated scales ("$19-billion"), decimal commas
 * ("R14,3-billion"), "$US" prefixes and the local-currency conversion in brackets after
 * them, counts in compounds ("630-seat"), ranks and minutes ("the 73rd", "in the 13th
 * minute", "second-largest"), scores ("won 5-0"), storm categories, "a year and a half",
 * and ages ("Wang, 27,", "28-year-old", "aged 41") as one kind of figure. Every pattern
 * is anchored on a digit or a fixed word and reads a bounded stretch, so the pass is linear.
 */

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };
const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', R: 'ZAR' };

function tidy(x: number): number {
  return Number.isSafeInteger(x) ? x : Number(x.toPrecision(12));
}

function money(start: number, end: number, text: string, amount: number, currency: string, precision: number): NumericMatch {
  return { start, end, text: text.slice(start, end), type: 'money', value: { amount, min: amount, max: amount, precision, currency } };
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};
/** Superlatives a word ordinal ranks by ("second-largest", "third biggest"). */
const SUPERLATIVE = /^[- ](?:largest|biggest|highest|lowest|smallest|best|worst|deadliest|richest|most|least|fastest|longest|oldest|youngest|busiest|strongest)\b/i;
/** People a rank is of ("the sixth coach"); "the fourth goal" or "the first club" is an order of events, not a rank to compare. */
const RANKED = /^ (?:coach|manager|player|person|man|woman|president|leader|champion)s?\b/i;

/** Compound nouns whose number is not a count of them ("3-year-old" is an age, "10-day" a duration, "10-pound" a weight or a price). */
const NOT_COUNTED = new Set([
  ...'year month week day hour minute second time point percent fold odd plus something nil'.split(' '),
  // Units and currencies: "a 10-pound baby" weighs, it does not count pounds.
  ...'pound ton tonne mile foot inch meter metre kilometer kilometre yard acre gram kilogram litre liter gallon ounce degree dollar euro cent'.split(' '),
]);

/** Apply the news forms to the scanner's matches; the result is in order and without overlaps. */
export function applyNewsForms(matches: NumericMatch[], text: string): NumericMatch[] {
  // Forms that read words the scanner misread win over its match; the others only fill gaps.
  const added: NumericMatch[] = [];
  const gaps: NumericMatch[] = [];
  const replace = new Map<NumericMatch, NumericMatch>();

  for (const m of matches) {
    const after = text.slice(m.end, m.end + 12);
    // "$19-billion", "$12.5-billion takeover": a scale glued on with a hyphen.
    const glued = /^-(trillion|billion|million|bn|mn)\b/i.exec(after);
    if (glued && m.type === 'money' && m.value.amount < 1000) {
      const f = SCALES[glued[1]!.toLowerCase()]!;
      const amount = tidy(m.value.amount * f);
      const v = { ...m.value, amount, min: m.value.min === null ? null : tidy(m.value.min * f), max: m.value.max === null ? null : tidy(m.value.max * f), precision: tidy(m.value.precision * f) };
      replace.set(m, { ...m, end: m.end + glued[0].length, text: text.slice(m.start, m.end + glued[0].length), value: v });
    }
    // "28-year-old", "aged 41", "Wang, 27,": ages, one kind of figure whatever the wording.
    const age =
      (m.type === 'duration' && /-year-old\b/i.test(m.text) && m.value.unit === 'year') ||
      (m.type === 'duration' && m.value.unit === 'year' && /^\s*old\b/i.test(after)) ||
      (m.type === 'number' && !m.value.hedge && Number.isInteger(m.value.amount) && m.value.amount > 0 && m.value.amount < 120 &&
        (/\baged\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) ||
          (/\p{Lu}[\p{L}'’-]+,\s*$/u.test(text.slice(Math.max(0, m.start - 40), m.start)) && /^\s*,/.test(after)) ||
          // "Mayulu, himself still only 19, …"
          (/\p{Lu}[\p{L}'’-]+,[^,.;]{0,24}\b(?:still|only|just|barely)\s+$/u.test(text.slice(Math.max(0, m.start - 50), m.start)) && /^\s*[,.]/.test(after))));
    if (age) {
      const a = m.value.amount;
      replace.set(m, { ...(replace.get(m) ?? m), type: 'number', value: { amount: a, min: a, max: a, precision: 1, unit: 'age' } });
    }
  }

  // Each form below is looked for only when a cheap test says the sentence could hold it:
  // most sentences hold none, and this pass runs on every one.
  const digit = /\d/.test(text);
  // "$US23 billion": the scanner knows "US$" but not the sign first.
  if (text.includes('$US')) for (const x of text.matchAll(/\$US\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?:\s?(trillion|billion|million|bn|mn|m)\b)?/g)) {
    const f = x[2] ? SCALES[x[2].toLowerCase()]! : 1;
    const digits = x[1]!.replace(/,/g, '');
    const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    added.push(money(x.index!, x.index! + x[0].length, text, tidy(Number(digits) * f), 'USD', tidy(10 ** -decimals * f)));
  }
  // "R14,3-billion", "€2,5 billion": a decimal comma, read as such only before a scale word.
  if (digit && text.includes(',')) for (const x of text.matchAll(/(?<![\p{L}\d.,])(R|\$|€|£)?(\d{1,3}),(\d{1,2})[- ](trillion|billion|million|bn)\b/gu)) {
    const f = SCALES[x[4]!.toLowerCase()]!;
    const amount = tidy(Number(`${x[2]}.${x[3]}`) * f);
    const start = x.index!;
    const end = start + x[0].length;
    if (x[1]) added.push(money(start, end, text, amount, CURRENCY_SIGNS[x[1]]!, tidy(10 ** -x[3]!.length * f)));
    else added.push({ start, end, text: x[0], type: 'number', value: { amount, min: amount, max: amount, precision: tidy(10 ** -x[3]!.length * f) } });
  }
  // "630-seat Bundestag", "30-story tower": a count of the compound's noun.
  if (digit && text.includes('-')) for (const x of text.matchAll(/(?<![\p{L}\d.,$€£-])(\d{1,3}(?:,\d{3})*|\d{1,6})-([a-z]{3,12})\b(?!-)/gu)) {
    const word = x[2]!;
    if (NOT_COUNTED.has(word) || !nounLemma(word)) continue;
    const amount = Number(x[1]!.replace(/,/g, ''));
    const start = x.index!;
    gaps.push({ start, end: start + x[1]!.length, text: x[1]!, type: 'number', value: { amount, min: amount, max: amount, precision: 1 }, noun: { start: start + x[1]!.length + 1, end: start + x[0].length, text: word } });
  }
  // "in the 13th minute", "the 73rd", "only the sixth coach", "second-largest": ranks, and
  // minutes of a match as the time into it.
  if (digit || /(?:st|nd|rd|th)\b/i.test(text)) for (const x of text.matchAll(/\b(\d{1,3})(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b/gi)) {
    const n = x[1] ? Number(x[1]) : ORDINAL_WORDS[x[2]!.toLowerCase()]!;
    const start = x.index!;
    const end = start + x[0].length;
    const next = text.slice(end, end + 24);
    const minute = /^[- ]minute\b/i.exec(next);
    if (minute) {
      added.push({ start, end: end + minute[0].length, text: text.slice(start, end + minute[0].length), type: 'duration', value: { amount: n, min: n, max: n, precision: 1, unit: 'minute', days: tidy(n / 1440) } });
      continue;
    }
    // A word ordinal is a rank only beside a superlative or a ranked noun; "for the first time" is not a figure.
    if (x[2] && !(SUPERLATIVE.test(next) || (RANKED.test(next) && !/^ time\b/i.test(next)))) continue;
    if (x[1] && /^\s*(?:century|anniversary|birthday|edition|floor|amendment|district|street|avenue)\b/i.test(next)) continue;
    gaps.push({ start, end, text: x[0], type: 'number', value: { amount: n, min: n, max: n, precision: 1, unit: 'rank' } });
  }
  // "won 5-0", "a 40-22 victory", "FT: PSG 5-0 Inter": a score.
  if (digit && /\d[-–]\d/.test(text)) for (const x of text.matchAll(/(?<![\d.,:-])(\d{1,3})[-–](\d{1,3})(?![\d.,:-])/g)) {
    const start = x.index!;
    const end = start + x[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 16);
    const scored = /\b(?:won|win|wins|beat|beating|beats|defeated|defeating|lost|losing|drew|draw|thrashed|routed|edged|score|scoreline|FT|full[- ]time|final)\b[^.;]*$/i.test(before) || /^\s*(?:win|victory|defeat|loss|triumph|rout|scoreline|thrashing|draw)\b/i.test(after);
    if (!scored) continue;
    const a = Number(x[1]);
    const b = Number(x[2]);
    added.push({ start, end, text: x[0], type: 'number', value: { amount: a, min: a, max: a, precision: 1, unit: 'score', score: [a, b] } });
  }
  // "Doué (20', 63')": minute marks of a match.
  if (digit && /\d['’′]/.test(text)) for (const x of text.matchAll(/(?<![\d.,])(\d{1,3})(?:\+\d{1,2})?['’′](?![\p{L}\d])/gu)) {
    const n = Number(x[1]);
    if (n > 130) continue;
    added.push({ start: x.index!, end: x.index! + x[0].length, text: x[0], type: 'duration', value: { amount: n, min: n, max: n, precision: 1, unit: 'minute', days: tidy(n / 1440) } });
  }
  // "a Category 4 storm".
  if (text.includes('Category')) for (const x of text.matchAll(/\bCategory[ -]([1-5])\b/g)) {
    const n = Number(x[1]);
    added.push({ start: x.index!, end: x.index! + x[0].length, text: x[0], type: 'number', value: { amount: n, min: n, max: n, precision: 1, unit: 'category' } });
  }
  // "over a year and a half": 18 months, with the hedge before it.
  if (text.includes(' and a half')) for (const x of text.matchAll(/\b(?:(more than|over|nearly|almost|about|around|roughly|at least)\s+)?(?:a|one) (year|month|day|week|hour) and a half\b/gi)) {
    const months = x[2]!.toLowerCase() === 'year';
    const unit = months ? 'month' : x[2]!.toLowerCase();
    const amount = months ? 18 : 1.5;
    const days = { month: 30.4375 * 18, week: 10.5, day: 1.5, hour: 1.5 / 24 }[unit]!;
    const hedges: Record<string, Hedge> = { 'more than': 'more-than', over: 'more-than', nearly: 'nearly', almost: 'nearly', about: 'approximately', around: 'approximately', roughly: 'approximately', 'at least': 'at-least' };
    const hedge = x[1] ? hedges[x[1].toLowerCase()] : undefined;
    const base = months ? 18 : 1.5;
    const min = hedge === 'nearly' ? tidy(base * 0.9) : base;
    const max = hedge === 'more-than' || hedge === 'at-least' ? tidy(base * 1.25) : base;
    added.push({ start: x.index!, end: x.index! + x[0].length, text: x[0], type: 'duration', value: { amount, min, max, precision: months ? 1 : 0.5, unit, days: tidy(days), ...(hedge ? { hedge } : {}) } });
  }

  const kept = matches.map((m) => replace.get(m) ?? m);
  // An added form wins over the scanner's reading of the same words ("a half" in "a year and a half").
  const overlaps = (a: NumericMatch, b: NumericMatch): boolean => a.start < b.end && b.start < a.end;
  const merged = kept.filter((m) => !added.some((a) => overlaps(a, m)));
  for (const a of [...added, ...gaps].sort((x, y) => x.start - y.start || y.end - x.end)) if (!merged.some((m) => overlaps(m, a))) merged.push(a);
  merged.sort((x, y) => x.start - y.start);
  // "$US23 billion ($36.2 billion)": the bracketed amount converts the one before into the
  // outlet's own currency; it is the same fact, not a second one.
  return merged.filter((m, i) => {
    const prev = merged[i - 1];
    return !(prev && prev.type === 'money' && m.type === 'money' && /^\s*\(\s*$/.test(text.slice(prev.end, m.start)) && /^\s*\)/.test(text.slice(m.end, m.end + 3)));
  });
}
