import { sha1Hex } from '../hash.js';
import type { Claim, ClaimType, ClaimValue, DateValue, EntityValue, NumericValue, Shape, Source } from '../types.js';
import { CONTEXT_SIZE, contextWords } from './context.js';
import { shapeOf } from './shape/index.js';
import { extractDates } from './dates/index.js';
import { extractNames, type NameMatch } from './names.js';
import { extractNumerics } from './numbers/index.js';
import { extractQuotes } from './quotes.js';
import { eachToken, fold, tokenize } from './words.js';
import { tagsOf } from './lexicon.js';

export { resolveAliases, parseAliasFile, type AliasTable } from './aliases.js';
export { extractDates } from './dates/index.js';
export { extractNumerics } from './numbers/index.js';
export { extractNames } from './names.js';
export { extractQuotes } from './quotes.js';

/** A claim before corpus-wide alias resolution: names may still be `unknown`. */
export interface RawClaim extends Omit<Claim, 'type'> {
  type: ClaimType | 'unknown';
}

/** Stable claim id: a short hash of where the claim is, so it never depends on run order. */
export function claimId(source: string, start: number, end: number, type: string): string {
  return sha1Hex(`${source}\u0000${start}\u0000${end}\u0000${type}`).slice(0, 12);
}

/** The one order claims are resolved in, so a merged run equals a direct one. */
export function byPosition(a: RawClaim, b: RawClaim): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start || (a.type < b.type ? -1 : a.type > b.type ? 1 : a.end - b.end);
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it']);

interface Span {
  start: number;
  end: number;
}
/**
 * The spans of `items` that overlap none of `taken`. Both lists are in order and
 * non-overlapping, so one merge-like pass suffices (a sentence may hold thousands).
 */
function notOverlapping<T extends Span>(items: readonly T[], taken: readonly Span[]): T[] {
  const out: T[] = [];
  let j = 0;
  for (const it of items) {
    while (j < taken.length && taken[j]!.end <= it.start) j++;
    if (j < taken.length && taken[j]!.start < it.end) continue;
    out.push(it);
  }
  return out;
}

/**
 * Tag every claim in one source: dates, figures, names and quotes, each with its
 * exact span, normalised value, subject and context words. Pure.
 */
export function extractSource(source: Source): RawClaim[] {
  const claims: RawClaim[] = [];
  let lastPerson: EntityValue | null = null;
  // Words of the sentence that introduces a list ("The government approved a package:"),
  // which its items ("- €120 million for housing") are about.
  let leadIn: string[] | null = null;
  let previousEnd = 0;
  const found = source.sentences.map((sentence) => {
    const tokens = tokenize(sentence.text);
    const dates = extractDates(sentence.text, source.published ?? undefined).map((d) => ({ ...d, value: placeInTime(d.value, d.text, sentence.text, d.start, source.published) }));
    const numerics = notOverlapping(extractNumerics(sentence.text), dates);
    // A headline capitalises every word, so its figures and dates are read but not its "names".
    const names = sentence.headline ? [] : notOverlapping(notOverlapping(extractNames(sentence.text, 0, tokens), dates), numerics);
    return { tokens, dates, numerics, names };
  });
  const reference = source.published ?? latestDay(found.flatMap((f) => f.dates.map((d) => d.value)));
  // The owner of the last figure in the paragraph, for a sentence naming none ("the blaze was responsible for …").
  let carried: string | null = null;
  source.sentences.forEach((sentence, index) => {
    const base = sentence.start;
    const { tokens, dates, numerics, names } = found[index]!;
    if (/\n/.test(source.text.slice(previousEnd, base))) carried = null;
    const item = leadIn !== null && LIST_ITEM.test(source.text.slice(Math.max(previousEnd, base - 16), base));
    const listWords = item ? leadIn : null;
    const add = (type: RawClaim['type'], s: number, e: number, value: ClaimValue, subject: string | null, shape?: Shape): void => {
      const own = contextWords(sentence.text, s, e, CONTEXT_SIZE, tokens);
      claims.push({
        id: claimId(source.id, base + s, base + e, type),
        source: source.id,
        type,
        text: sentence.text.slice(s, e),
        value,
        start: base + s,
        end: base + e,
        sentence: sentence.index,
        subject,
        context: listWords ? [...own, ...listWords.filter((w) => !own.includes(w))].slice(0, CONTEXT_SIZE) : own,
        ...(shape ? { shape } : {}),
        ...(sentence.headline ? { headline: true } : {}),
      });
    };
    for (const d of dates) add('date', d.start, d.end, d.value, null);
    const localNames = names.map((m) => ({ start: m.start, end: m.end, type: m.type, key: m.value.key }));
    for (const n of numerics) {
      const shape = shapeOf({ sentence: sentence.text, tokens, start: n.start, end: n.end, value: n.value, noun: n.noun?.text ?? null, names: localNames, dates, reference, carried: ANAPHOR.test(sentence.text) ? carried : null });
      if (shape.owner) carried = shape.owner;
      if (isMagnitude(n.type, n.value, shape.measure, sentence.text.slice(0, n.start), sentence.text)) {
        add('quantity', n.start, n.end, { ...n.value, unit: 'magnitude' }, null, { ...shape, measure: 'magnitude' });
      } else add(n.type, n.start, n.end, n.value, shape.measure, shape);
    }
    for (const m of names) {
      add(m.type, m.start, m.end, m.value, m.value.role);
      if (m.type === 'person') lastPerson = m.value;
    }
    for (const q of sentence.headline ? [] : extractQuotes(sentence.text)) {
      const speaker = speakerOf(q.speaker, names, lastPerson);
      add('quote', q.start, q.end, { quote: q.quote, speaker: speaker?.name ?? q.speaker }, speaker?.key ?? null);
    }
    if (/:\s*$/.test(sentence.text.slice(-4))) leadIn = contextWords(sentence.text, sentence.text.length, sentence.text.length, CONTEXT_SIZE, tokens);
    else if (!item) leadIn = null;
    previousEnd = sentence.end;
  });
  return claims;
}

/** The latest day an article states outright: its date when it carries none of its own. */
function latestDay(dates: readonly DateValue[]): string | null {
  let latest: string | null = null;
  for (const d of dates) if (d.granularity === 'day' && !d.relative && d.start && (!latest || d.start > latest)) latest = d.start;
  return latest;
}

/** Words that point back to what the paragraph's last figure belonged to ("the blaze", "it"). */
const ANAPHOR = /\b(?:it|its|it's|the (?:blaze|fire|storm|quake|earthquake|hurricane|company|firm|group|party|team|club|country|city|state|county))\b/i;

/** The start of a list item: a line opening with a bullet or a number. */
const LIST_ITEM = /\n[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+$/;

const QUAKE = /\b(?:earthquake|quake|tremor|aftershock|temblor|seismic)/i;
const READING_VERB = /\b(?:measured|measuring|registered|registering|rated)\s+(?:at\s+)?$/i;

/**
 * "The magnitude at 6.4" and "the quake measured 6.4" state the same reading as
 * "a magnitude-6.4 earthquake", so all three become one kind of figure: a quantity in
 * magnitude units. Only a decimal below 10 qualifies, as magnitudes are written.
 */
function isMagnitude(type: string, value: NumericValue, subject: string | null, before: string, sentence: string): boolean {
  if (type !== 'number' || value.hedge || value.amount >= 10 || value.amount <= 0 || Number.isInteger(value.amount)) return false;
  return subject === 'magnitude' || (READING_VERB.test(before) && QUAKE.test(sentence));
}

/** Words that put a date in the future wherever they stand in the sentence. */
const FUTURE_VERB = /\b(?:will|shall|must)\b/i;
/** Words that put a date in the future only when they lead up to it ("ahead of the October 29 runoff", not "15 October …, ahead of Quintel"). */
const FUTURE_LEAD = /\b(?:scheduled|due to|set to|expected to|plans? to|planned|upcoming|ahead of|promised|is to|are to|deadline|has until|have until|needs? to)\b/i;
const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|today|tomorrow|tonight)\b/i;

function shiftYear(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
}

function addDays(iso: string, n: number): string {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + n)).toISOString().slice(0, 10);
}

function shiftedDays(value: DateValue, days: number): DateValue {
  return { ...value, iso: addDays(value.iso, days), start: value.start && addDays(value.start, days), end: value.end && addDays(value.end, days) };
}

function shifted(value: DateValue, years: number): DateValue {
  return { ...value, iso: shiftYear(value.iso, years), start: value.start && shiftYear(value.start, years), end: value.end && shiftYear(value.end, years) };
}

/**
 * A date without a year takes the year nearest the article's date (the date scanner's
 * reading), unless its sentence's tense says otherwise: "the runoff will be held on October
 * 29" is the next one, "the court ruled in April", written in March, the last one.
 */
function placeInTime(value: DateValue, text: string, sentence: string, start: number, published: string | null): DateValue {
  if (!published || !value.relative || !value.end || /\d{4}|\b(?:last|ago|previous|earlier|next)\b/i.test(text)) return value;
  if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(value.iso)) return value;
  const future = FUTURE_VERB.test(sentence) || FUTURE_LEAD.test(sentence.slice(0, start));
  // A weekday is the last one before the article, or the coming one when the sentence looks ahead ("expected to visit on Wednesday").
  if (WEEKDAY_NAME.test(text)) return future && value.end <= published && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(text.replace(/^on\s+/i, '')) ? shiftedDays(value, 7) : value;
  if (future && value.end <= published) return shifted(value, 1);
  if (!future && value.start && value.start > published && pastTenseBefore(sentence.slice(0, start))) return shifted(value, -1);
  return value;
}

/** A verb in the past tense ahead of the date in its sentence ("ruled", "rose"). */
function pastTenseBefore(text: string): boolean {
  let found = false;
  eachToken(text, (token) => {
    if (tagsOf(token).includes('PastTense')) found = true;
    return found;
  });
  return found;
}

/** Resolve a quote's speaker words to a named entity: a pronoun means the last person named. */
function speakerOf(words: string | null, names: NameMatch[], lastPerson: EntityValue | null): EntityValue | null {
  if (!words) return null;
  if (PRONOUNS.has(words.toLowerCase())) return lastPerson;
  const hit = names.find((n) => n.type !== 'place' && words.includes(n.text));
  if (hit) return hit.value;
  const key = fold(words);
  return { name: words, key, role: null };
}
