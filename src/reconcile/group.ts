import { type Claim, type DateValue, type EntityValue, type NumericValue, type Source } from '../types.js';
import { displayValue } from './display.js';
import { comparableDates, compatible, dateInterval, datesCompatible, isScaleSlip, isSpellingVariant, quoteOverlap, similarGrain, spellingKey } from './intervals.js';
import { Clusters, forEachSharedPair } from './clusters.js';
import { contextSimilarity, TermWeights } from './similarity.js';
import { compareShapes, describeShapes, Rivals, sameFactOverTime, type ShapeMatch } from './shapes.js';
import { contentWord, STOP_WORDS, tokenize, type Token } from '../extract/words.js';
import { tagsOf } from '../extract/lexicon.js';
import { isTitleWord } from '../extract/names.js';

/** `--explain` shows this many merge reasons per group; a large group keeps the first ones. */
const MAX_REASONS = 12;

/** Join two clusters' reasons and a new one, keeping the list short. */
function joinReasons(a: string[] | undefined, b: string[] | undefined, reason: string): string[] {
  return [...(a ?? []), ...(b ?? []), reason].slice(0, MAX_REASONS);
}

/** Claims put together, with the reasons that joined them. */
export interface ProtoGroup {
  claims: Claim[];
  reasons: string[];
}

/** Grouping thresholds on context similarity (0..1), by how the two values relate. */
export const THRESHOLDS = {
  /** Identical, specific values (a month of a known year, an exact count). */
  sameSpecific: 0.04,
  /** Identical but common values (a bare year, a round number). */
  same: 0.12,
  /** Different but compatible values ("April" and "April 2025"). */
  compatible: 0.16,
  /** Incompatible values: only strong evidence of one subject makes them a conflict. */
  conflict: 0.3,
  /** Incompatible values with the same explicit subject ("killed", "injured", "fee"). */
  conflictSameSubject: 0.2,
  /** Incompatible dates: events have many dates, so a date conflict needs near-identical wording. */
  conflictDate: 0.45,
  /** Incompatible dates attached to the same event words ("seized power in …"). */
  conflictDateSameEvent: 0.06,
  /** A later article's figure said to have risen or fallen, against an earlier one with the same subject. */
  update: 0.06,
  /**
   * Compatible values are evidence of one fact, so a compatible pair goes before an
   * incompatible one unless the incompatible pair's wording is this much closer.
   */
  compatibleBonus: 0.05,
  /** Conflict thresholds shrink by this factor when the values are near each other. */
  nearFactor: 0.5,
} as const;

/** What each matching part of two figures' shapes adds to their similarity. */
export const SHAPE_BONUS = {
  measure: 0.2,
  related: 0.1,
  owner: 0.1,
} as const;

/** A block holding more claims than this is too common a key to say anything. */
const MAX_BLOCK = 80;
/** Blocking terms per claim: its nearest context words. */
const KEY_TERMS = 8;

/** What a blocking key is made of. */
const enum BlockKind {
  Subject = 1,
  Word,
  Value,
  ValueWord,
  SubjectWord,
  TwoWords,
}

/** Two values one article can state of one fact: compatible, and comparable at all. */
function refines(a: Claim, b: Claim): boolean {
  return compatible(a, b) && (a.type !== 'date' || comparableDates(a.value as DateValue, b.value as DateValue));
}

function isSpecific(c: Claim): boolean {
  if (c.type === 'date') {
    const v = c.value as DateValue;
    return ['day', 'week', 'month', 'quarter', 'half'].includes(v.granularity) || !!v.relative;
  }
  const v = c.value as NumericValue;
  if (c.type === 'money') return true;
  const digits = String(Math.abs(v.amount)).replace(/^0\.?0*|\.|0+$/g, '');
  return digits.length >= 2 || (v.amount % 10 !== 0 && v.amount > 10);
}

/**
 * Two figures anchored in their sentences to incompatible dates ("52 killed in the
 * 1981 quake" and "48 killed on 12 March") describe different events.
 */
function differentTimes(a: DateValue[] | undefined, b: DateValue[] | undefined): boolean {
  if (!a?.length || !b?.length) return false;
  return !a.some((x) => b.some((y) => datesCompatible(x, y)));
}

/** Dates stated in the same sentence as each figure, keyed by claim id. */
function sentenceDates(claims: readonly Claim[]): Map<string, DateValue[]> {
  const bySentence = new Map<string, DateValue[]>();
  for (const c of claims) {
    if (c.type !== 'date' || /^X+$/.test((c.value as DateValue).iso)) continue;
    const key = `${c.source}#${c.sentence}`;
    let list = bySentence.get(key);
    if (!list) bySentence.set(key, (list = []));
    list.push(c.value as DateValue);
  }
  const out = new Map<string, DateValue[]>();
  for (const c of claims) if (c.type !== 'date') out.set(c.id, bySentence.get(`${c.source}#${c.sentence}`) ?? []);
  return out;
}

/** "up from 64 seats", "compared with 12%", "rose from 40 to 48": a figure the sentence itself says is superseded. */
const PAST_FIGURE = /\b(?:up|down|compared)\s+(?:from|with|to)\s*$|\b(?:rose|climbed|fell|increased|dropped|jumped|grew)\s+from\s*$/i;
/** "rose to 412", "has climbed to 61", "now stands at 187": a figure the sentence says is new. */
const NEW_FIGURE = /\b(?:rose|risen|climbed|increased|jumped|grew|grown|fell|fallen|dropped|declined|reached)\s+(?:to\s+)?$|\bnow\s+stands?\s+at\s+$/i;

/** Ids of claims of one kind (dates, or figures) whose words just before them match `pattern`. */
function figuresAfter(pattern: RegExp, claims: readonly Claim[], sources: ReadonlyMap<string, Source>, dates = false): Set<string> {
  const out = new Set<string>();
  for (const c of claims) {
    if ((c.type === 'date') !== dates) continue;
    const sentence = sources.get(c.source)?.sentences[c.sentence];
    if (!sentence) continue;
    const before = sentence.text.slice(Math.max(0, c.start - sentence.start - 30), c.start - sentence.start);
    if (pattern.test(before)) out.add(c.id);
  }
  return out;
}

/**
 * "The number of complaints rose to 187" in a later article, against "112 complaints" in
 * an earlier one: the same subject, and the later article says its figure is new.
 */
function isUpdate(a: Claim, b: Claim, ctx: FactContext): boolean {
  if (!a.subject || a.subject !== b.subject) return false;
  const pa = ctx.published.get(a.source);
  const pb = ctx.published.get(b.source);
  if (!pa || !pb || pa === pb) return false;
  const [earlier, later] = pa < pb ? [a, b] : [b, a];
  return ctx.rising.has(later.id) && !ctx.rising.has(earlier.id);
}

/** The nearest name before each date in its sentence, and every name in that sentence. */
interface Owner {
  nearest: string;
  all: Set<string>;
}

function owners(claims: readonly Claim[]): Map<string, Owner> {
  const bySentence = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.type !== 'person' && c.type !== 'organization' && c.type !== 'place') continue;
    const key = `${c.source}#${c.sentence}`;
    let list = bySentence.get(key);
    if (!list) bySentence.set(key, (list = []));
    list.push(c);
  }
  const out = new Map<string, Owner>();
  for (const c of claims) {
    // Figures have their owners in their shapes; this is for dates, where places count too:
    // "the USSR withdrew in 1989" and "the U.S. withdrawal in 2021" are two events.
    if (c.type !== 'date') continue;
    const names = bySentence.get(`${c.source}#${c.sentence}`);
    if (!names) continue;
    const before = names.filter((n) => n.end <= c.start).sort((a, b) => b.end - a.end)[0];
    if (before) out.set(c.id, { nearest: (before.value as EntityValue).key, all: new Set(names.map((n) => (n.value as EntityValue).key)) });
  }
  return out;
}

/** One name as two articles may write it: "Moebius" and "Conrad Mebius" (surname, one small edit). */
function namesMatch(x: string, y: string): boolean {
  if (x === y) return true;
  const lx = x.slice(x.lastIndexOf(' ') + 1);
  const ly = y.slice(y.lastIndexOf(' ') + 1);
  return (lx === ly || isSpellingVariant(lx, ly)) && (x === lx || y === ly || isSpellingVariant(x, y));
}

/** "Civic Alliance won 78 seats" and "People's Front took 41 seats": figures owned by different names. */
function differentOwners(a: Owner | undefined, b: Owner | undefined): boolean {
  if (!a || !b || namesMatch(a.nearest, b.nearest)) return false;
  const has = (all: Set<string>, name: string): boolean => {
    if (all.has(name)) return true;
    for (const x of all) if (namesMatch(x, name)) return true;
    return false;
  };
  return !has(a.all, b.nearest) && !has(b.all, a.nearest);
}

/** What grouping knows about each figure beyond its own words. */
interface FactContext {
  anchors: Map<string, DateValue[]>;
  past: Set<string>;
  owned: Map<string, Owner>;
  heads: Map<string, string[]>;
  /** Figures their sentence says are new ("rose to 412"). */
  rising: Set<string>;
  published: Map<string, string | null>;
  /** Owners some article sets against each other. */
  rivals: Rivals;
  /** Dates a statement was made on ("said on Tuesday"). */
  spoken: Set<string>;
  priority?: (c: Claim) => boolean;
}

const SKIP_HEAD = /^(?:in|on|at|since|by|from|until|during|of|the|a|an|its|their|his|her|early|late|mid|around|about|after|before|back|as|and|to|for|until)$/i;

/**
 * The event words a date hangs on: up to three content words just before it in its
 * clause ("seized power in August 2021" → takeover, power), or just after it when
 * the date opens the clause ("In April 2025, Russia removed …").
 */
function eventHeads(claims: readonly Claim[], sources: ReadonlyMap<string, Source>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of claims) {
    if (c.type !== 'date') continue;
    const sentence = sources.get(c.source)?.sentences[c.sentence];
    if (!sentence) continue;
    const local = c.start - sentence.start;
    const leftText = sentence.text.slice(0, local);
    const clauseStart = Math.max(leftText.lastIndexOf(','), leftText.lastIndexOf(';'), leftText.lastIndexOf(':'), leftText.lastIndexOf('('));
    const left = tokenize(leftText.slice(clauseStart + 1)).slice(-6).reverse();
    const pick = (tokens: Token[], limit: number): string[] =>
      tokens
        .filter((t) => !SKIP_HEAD.test(t.text))
        .map((t) => contentWord(t.text))
        .filter((w): w is string => !!w)
        .slice(0, limit);
    let words = pick(left, 3);
    // A date opening its clause ("In April 2025, Russia … removed the Taliban") hangs on what follows.
    if (!words.length) words = pick(tokenize(sentence.text.slice(c.end - sentence.start)).slice(0, 14), 6);
    out.set(c.id, words);
  }
  return out;
}

/** True when two incompatible values are close enough to be one fact misreported. */
function nearValues(a: Claim, b: Claim): boolean {
  if (a.type === 'date') {
    const ia = dateInterval(a.value as DateValue);
    const ib = dateInterval(b.value as DateValue);
    if (!ia || !ib || !Number.isFinite(ia.lo) || !Number.isFinite(ib.lo)) return false;
    const span = Math.max(ia.hi - ia.lo, ib.hi - ib.lo);
    // Within two periods of the stated precision: a month or two, a year or two.
    return Math.abs(ia.lo - ib.lo) <= 2 * Math.max(span, 31);
  }
  const x = (a.value as NumericValue).amount;
  const y = (b.value as NumericValue).amount;
  if (!x || !y) return false;
  return Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y)) <= 0.3 || likelySlip(a, b) || oneDigitApart(x, y);
}

/** Same unit (none, "rank", "age", "m2" …) and, where both name one, the same currency. */
function sameKind(a: NumericValue, b: NumericValue): boolean {
  return (a.unit ?? '') === (b.unit ?? '') && (!a.currency || !b.currency || a.currency === b.currency);
}

/** Two figures more than two and a half times apart; a vague one ("billions") has no point to measure from. */
function farApart(a: Claim, b: Claim): boolean {
  const va = a.value as NumericValue;
  const vb = b.value as NumericValue;
  if (va.hedge === 'vague' || vb.hedge === 'vague') return false;
  const x = Math.abs(va.amount);
  const y = Math.abs(vb.amount);
  return Math.max(x, y) > 2.5 * Math.min(x, y);
}

/** A lower bound on a count ("at least 3", "more than a dozen"): a figure that may still rise. */
function stillCounting(c: Claim): boolean {
  const h = (c.value as NumericValue).hedge;
  return h === 'at-least' || h === 'more-than';
}

/** Both figures carry a report day, and the days differ. */
function differentDays(a: Claim, b: Claim): boolean {
  return !!a.shape?.time && !!b.shape?.time && a.shape.time !== b.shape.time;
}

/**
 * A slip of scale is a misplaced zero or scale word in written figures ("$4 million" and
 * "$40 million", "8.4 million" and "840,000"); "two" goals and "20" years are not one.
 */
function likelySlip(a: Claim, b: Claim): boolean {
  const va = a.value as NumericValue;
  const vb = b.value as NumericValue;
  return /\d/.test(a.text) && /\d/.test(b.text) && Math.max(Math.abs(va.amount), Math.abs(vb.amount)) >= 1000 && isScaleSlip(va, vb);
}

/** "$1.6bn" and "$2.6bn", "48" and "46": the same digits but one. */
function oneDigitApart(x: number, y: number): boolean {
  const dx = String(x).replace(/[^0-9]/g, '').replace(/0+$/, '');
  const dy = String(y).replace(/[^0-9]/g, '').replace(/0+$/, '');
  if (dx.length !== dy.length || dx.length < 2 || Math.round(Math.log10(Math.abs(x))) !== Math.round(Math.log10(Math.abs(y)))) return false;
  let diff = 0;
  for (let i = 0; i < dx.length; i++) if (dx[i] !== dy[i]) diff++;
  return diff === 1;
}

/** "said on Tuesday", "told reporters Monday", "announced late Friday": the day a statement was made. */
const SPOKEN_DATE = /\b(?:said|says|told|tells|stated|added|wrote|tweeted|noted|warned|reporters|interview|briefing|updated|published)\s+(?:on\s+|late\s+|early\s+|last\s+|this\s+)?$/i;

/** A day named by its weekday or by "yesterday": one that a time zone can move. */
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:yesterday|today|tonight|overnight)\b/i;

/**
 * See the call: dates pinned to the calendar, neither the day a statement was made, and
 * more than a day apart when either was worked out from a weekday ("Saturday" and "Sunday
 * IST" are one night in two time zones). Calendar dates a day apart still disagree.
 */
function datesCanDisagree(a: Claim, b: Claim, spoken: ReadonlySet<string>): boolean {
  const va = a.value as DateValue;
  const vb = b.value as DateValue;
  // Pinned: a known interval, or at least a month ("in April" without a year); a bare weekday is not.
  const pinned = (v: DateValue): boolean => {
    const i = dateInterval(v);
    return i ? Number.isFinite(i.lo) && Number.isFinite(i.hi) : /^XXXX-\d{2}/.test(v.iso);
  };
  if (!pinned(va) || !pinned(vb) || spoken.has(a.id) || spoken.has(b.id)) return false;
  const ia = dateInterval(va);
  const ib = dateInterval(vb);
  if (!ia || !ib) return true;
  if ((WEEKDAY.test(a.text) || WEEKDAY.test(b.text)) && va.granularity === 'day' && vb.granularity === 'day' && Math.abs(ia.lo - ib.lo) <= 1) return false;
  return true;
}

function sharesHead(a: string[] | undefined, b: string[] | undefined): boolean {
  return !!a && !!b && a.some((w) => b.includes(w));
}

interface Pair {
  a: number;
  b: number;
  score: number;
  shared: string[];
  compatible: boolean;
  /** How the two figures' shapes compared, for `--explain`. */
  shape: ShapeMatch;
}

/**
 * Group dates and figures. Candidate pairs come only from shared blocking keys
 * (subject, rare context words, value), so cost grows with the corpus, not its square.
 * Pairs are merged best first; a merge is refused when it would put two different
 * values from one source in a group, since one article stating both means two facts.
 */
function groupFacts(claims: Claim[], weights: TermWeights, ctx: FactContext): ProtoGroup[] {
  const { anchors, past, owned, heads } = ctx;
  const display = claims.map(displayValue);
  // Blocking keys are numbers built from interned strings: a large feed makes millions of
  // them, and joined strings would each be built and hashed anew.
  const ids = new Map<string, number>();
  const idOf = (s: string): number => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  };
  // Two ids below 2^24 (16.7 million distinct strings in one story) keep every key an exact integer.
  const ID_SPACE = 2 ** 24;
  const blockKey = (kind: BlockKind, x: number, y = 0): number => kind + 8 * (x + ID_SPACE * y);
  const blocks = new Map<number, number[]>();
  const addTo = (key: number, i: number): void => {
    let list = blocks.get(key);
    if (!list) blocks.set(key, (list = []));
    // A claim's own keys are added one after another, so a repeat is always the last entry.
    if (list[list.length - 1] !== i) list.push(i);
  };
  claims.forEach((c, i) => {
    // A date with neither year nor month ("four years ago" with no publication date) says too little to group.
    if (c.type === 'date' && /^X+$/.test((c.value as DateValue).iso)) return;
    // Broad keys (one word, one value) serve small corpora; composite keys (value and
    // word, subject and word, two words) stay small in large feeds, where broad blocks
    // pass MAX_BLOCK and are skipped.
    const near = c.context.slice(0, 4).filter((t) => weights.frequency(t) > 1).map(idOf);
    const subject = c.subject ? idOf(c.subject) : -1;
    const value = idOf(display[i]!);
    if (subject >= 0) addTo(blockKey(BlockKind.Subject, subject), i);
    for (const t of c.context.slice(0, KEY_TERMS)) if (weights.frequency(t) > 1) addTo(blockKey(BlockKind.Word, idOf(t)), i);
    addTo(blockKey(BlockKind.Value, value), i);
    for (let x = 0; x < near.length; x++) {
      addTo(blockKey(BlockKind.ValueWord, value, near[x]), i);
      if (subject >= 0) addTo(blockKey(BlockKind.SubjectWord, subject, near[x]), i);
      for (let y = x + 1; y < near.length; y++) addTo(blockKey(BlockKind.TwoWords, Math.min(near[x]!, near[y]!), Math.max(near[x]!, near[y]!)), i);
    }
  });
  const pairs: Pair[] = [];
  const n = claims.length;
  forEachSharedPair(blocks.values(), MAX_BLOCK, n, (a, b) => {
    const ca = claims[a]!;
    const cb = claims[b]!;
    const same = display[a] === display[b];
    if (ca.source === cb.source && !same && !sameFactOverTime(ca, cb, ctx.rivals)) return;
    // Figures of different kinds never meet: a rank and a count, an age and a score, a sum in
    // euros and one in dollars ("€88 million, or $102 million" is one value told twice).
    if (ca.type !== 'date' && !sameKind(ca.value as NumericValue, cb.value as NumericValue)) return;
    if (ca.type === 'date' && !comparableDates(ca.value as DateValue, cb.value as DateValue)) return;
    const comp = same || compatible(ca, cb);
    // A figure's shape says what it is a figure of: a different measure, owner, counted
    // group or earlier event makes it another fact, however alike the wording.
    const shape = compareShapes(ca, cb, ctx.rivals);
    if (shape.qualifier === 'clash' || shape.eraClash) return;
    if (shape.owner === 'clash' && !same) return;
    if (ca.type === 'date' && differentTimes(anchors.get(ca.id), anchors.get(cb.id))) return;
    if (!comp && (past.has(ca.id) || past.has(cb.id) || (ca.type === 'date' && differentOwners(owned.get(ca.id), owned.get(cb.id))))) return;
    const similarity = contextSimilarity(ca, cb, weights);
    const shared = similarity.shared;
    // Matching parts of the shape are evidence of one fact beyond the words shared.
    const score =
      similarity.score +
      (shape.measure === 'same' ? SHAPE_BONUS.measure : shape.measure === 'related' ? SHAPE_BONUS.related : shape.measure === 'clash' ? -SHAPE_BONUS.measure : 0) +
      (shape.owner === 'same' ? SHAPE_BONUS.owner : 0);
    if (!comp && ca.type === 'date' && !similarGrain(ca.value as DateValue, cb.value as DateValue)) return;
    // Two dates disagree only when both are pinned to the calendar, neither is the day a
    // statement was made, and a weekday is not read across a time zone.
    if (!comp && ca.type === 'date' && !datesCanDisagree(ca, cb, ctx.spoken)) return;
    const sameEvent = ca.type === 'date' && !comp && sharesHead(heads.get(ca.id), heads.get(cb.id));
    // Near values (a digit or a month apart, or a power of ten) are the usual shape of
    // one fact misreported; far values in similar words are more often two facts.
    const near = !comp && nearValues(ca, cb);
    const measured = shape.measure === 'same' || shape.measure === 'related';
    const conflictBase = ca.type === 'date' ? (sameEvent ? THRESHOLDS.conflictDateSameEvent : THRESHOLDS.conflictDate) : measured ? THRESHOLDS.conflictSameSubject : THRESHOLDS.conflict;
    const threshold = same
      ? isSpecific(ca) ? THRESHOLDS.sameSpecific : THRESHOLDS.same
      : comp
        ? THRESHOLDS.compatible
        : isUpdate(ca, cb, ctx)
          ? THRESHOLDS.update
          : Math.max(THRESHOLDS.conflictDateSameEvent, conflictBase * (near ? THRESHOLDS.nearFactor : 1));
    if (score < threshold) return;
    // Two different figures are one fact misreported only when both say what they measure,
    // or neither does and the wording alone is strong enough; one measure against none is not enough.
    const unread = !(ca.shape?.measure ?? ca.subject) && !(cb.shape?.measure ?? cb.subject);
    if (!comp && !near && ca.type !== 'date' && !measured && !unread) return;
    // Outlets rarely put one fact at values far apart unless it changed over time: a
    // figure three times another is another fact ("127.7 million viewers" and "1.87
    // million" watching in Spanish) unless both name one owner, were reported on
    // different days (a toll of 5 on Thursday, 24 on Monday), or one is a count still
    // rising ("at least 3", then 31).
    if (!comp && !near && ca.type !== 'date' && farApart(ca, cb) && !(measured && (shape.owner === 'same' || differentDays(ca, cb) || stillCounting(ca) || stillCounting(cb)))) return;
    pairs.push({ a, b, score, shared, compatible: comp, shape });
  });
  // Equal values first, so a value finds its equals before anything else; then the other
  // pairs by similarity, compatible ones with a head start. Within each of the two tiers,
  // pairs with a priority claim (a verified fact in `check`) come first, so an article's
  // figure is held against the fact before it pairs with another article's.
  const first = (p: Pair): number => (ctx.priority?.(claims[p.a]!) || ctx.priority?.(claims[p.b]!) ? 1 : 0);
  /**
   * One article stating two incompatible values usually means two facts, so such a merge
   * is refused, unless this pair is strong evidence on its own and the article's other
   * value joined by weaker evidence: then the article contradicts itself, and this pair
   * is the better reading of the fact.
   */
  const clashes = (ma: number[], mb: number[], p: Pair): boolean => {
    for (const i of ma) {
      for (const j of mb) {
        if (display[i] === display[j]) continue;
        if (claims[i]!.source !== claims[j]!.source) {
          // A group of dates gains a disagreement only through a pair judged one on its own
          // evidence: two links through a wide date ("12–23 June" fits "13 June" and "16 June")
          // do not make one.
          if (p.compatible && claims[i]!.type === 'date' && !refines(claims[i]!, claims[j]!)) return true;
          continue;
        }
        if (refines(claims[i]!, claims[j]!) || sameFactOverTime(claims[i]!, claims[j]!, ctx.rivals)) continue;
        const sibling = i === p.a ? j : j === p.b ? i : -1;
        if (sibling < 0 || p.score < THRESHOLDS.conflict || joined[sibling]! >= p.score) return true;
        // Two values in one sentence ("78 of the 150 seats") are two facts; and a fact-file
        // entry has no sentence of its own to say which of an article's values it means.
        const incoming = sibling === j ? i : j;
        if (claims[sibling]!.sentence === claims[incoming]!.sentence || ctx.priority?.(claims[p.a]!) || ctx.priority?.(claims[p.b]!)) return true;
      }
    }
    return false;
  };
  const rank = (p: Pair): number => (display[p.a] === display[p.b] ? 4 : 0) + first(p);
  // A fact-file entry has few words to compare, so for it a compatible value always comes first.
  const weight = (p: Pair): number => p.score + (p.compatible ? (first(p) ? 1 : THRESHOLDS.compatibleBonus) : 0);
  pairs.sort((p, q) => rank(q) - rank(p) || weight(q) - weight(p) || p.a - q.a || p.b - q.b);
  const clusters = new Clusters(n);
  const reasons = new Map<number, string[]>();
  // The best score by which each claim joined its cluster.
  const joined = new Float64Array(n);
  for (const p of pairs) {
    const ra = clusters.find(p.a);
    const rb = clusters.find(p.b);
    if (ra === rb) continue;
    const ma = clusters.members.get(ra)!;
    const mb = clusters.members.get(rb)!;
    if (clashes(ma, mb, p)) continue;
    joined[p.a] = Math.max(joined[p.a]!, p.score);
    joined[p.b] = Math.max(joined[p.b]!, p.score);
    const subj = claims[p.a]!.type === 'date' ? '' : `${describeShapes(claims[p.a]!, claims[p.b]!, p.shape)}, `;
    const why = joinReasons(
      reasons.get(ra),
      reasons.get(rb),
      `${claims[p.a]!.source} "${claims[p.a]!.text}" ~ ${claims[p.b]!.source} "${claims[p.b]!.text}": ${subj}shared terms [${p.shared.join(', ')}], similarity ${p.score.toFixed(2)}, values ${p.compatible ? 'compatible' : 'incompatible'}`,
    );
    clusters.union(ra, rb);
    reasons.set(clusters.find(ra), why);
  }
  return [...clusters.members.entries()].map(([root, idx]) => ({
    claims: idx.sort((x, y) => x - y).map((i) => claims[i]!),
    reasons: reasons.get(root) ?? [],
  }));
}

/**
 * The office a person's role words name, in a form two articles share: title words and
 * the owner ("Russian ambassador to Kabul" and "Russia's ambassador to Kabul" both give
 * "russ ambassador kabu"). Null unless the role has both an office and an owner: "chief
 * executive" alone may be of any company.
 */
function officeOf(role: string | null, owners: ReadonlySet<string>): string | null {
  if (!role) return null;
  const words: string[] = [];
  let office = false;
  let owner = false;
  for (const w of role.split(' ')) {
    if (isTitleWord(w)) {
      words.push(w);
      office ||= isTitleWord(w, true);
    } else if (tagsOf(w).some((t) => t === 'Demonym' || t === 'Country' || t === 'City')) {
      // Demonym and country share their start: russian/russia, afghan/afghanistan.
      words.push(w.slice(0, 4));
      owner = true;
    } else if (owners.has(w)) {
      words.push(w);
      owner = true;
    }
  }
  return office && owner ? words.join(' ') : null;
}

/**
 * Group names by canonical entity; keys that look like one name spelled two ways
 * (same length in words, one word a small edit apart) join with a spelling note, and
 * two people named for one office ("Carrow's chief executive") join as a conflict.
 */
function groupEntities(claims: Claim[], owners: ReadonlySet<string> = new Set()): ProtoGroup[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    // Transliterations of one name share a key: they are one name, not a spelling conflict.
    const k = `${c.type}|${spellingKey((c.value as EntityValue).key)}`;
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(c);
  }
  const keys = [...byKey.keys()].sort();
  // The names as written under each key, for reasons: "zelensky", "zelenskyy".
  const written = (i: number): string => [...new Set(byKey.get(keys[i]!)!.map((c) => (c.value as EntityValue).key))].sort().join('" / "');
  const clusters = new Clusters(keys.length);
  const reasons = new Map<number, string[]>();
  // Block on type and the first two letters of each word, so only plausible variants meet.
  const blocks = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const [type, key] = k.split('|') as [string, string];
    // A spelling variant keeps either the start or the end of each word.
    for (const w of key.split(' ')) {
      for (const b of [`${type}|^${w.slice(0, 3)}`, `${type}|${w.slice(-3)}$`]) {
        let list = blocks.get(b);
        if (!list) blocks.set(b, (list = []));
        if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  forEachSharedPair(blocks.values(), MAX_BLOCK, keys.length, (a, b) => {
    const ra = clusters.find(a);
    const rb = clusters.find(b);
    if (ra === rb) return;
    const ka = (byKey.get(keys[a]!)![0]!.value as EntityValue).key;
    const kb = (byKey.get(keys[b]!)![0]!.value as EntityValue).key;
    if (!isSpellingVariant(ka, kb)) return;
    const why = joinReasons(reasons.get(ra), reasons.get(rb), `"${written(a)}" and "${written(b)}" differ by a small edit: likely one name spelled two ways`);
    clusters.union(a, b);
    reasons.set(clusters.find(a), why);
  });
  // One office, two names in different articles: the same post reported with two holders.
  const byOffice = new Map<string, Map<string, Set<number>>>();
  const roleOf = new Map<string, string>();
  keys.forEach((k, i) => {
    for (const c of byKey.get(k)!) {
      const office = c.type === 'person' ? officeOf((c.value as EntityValue).role, owners) : null;
      if (!office) continue;
      if (!roleOf.has(office)) roleOf.set(office, (c.value as EntityValue).role!);
      let bySource = byOffice.get(office);
      if (!bySource) byOffice.set(office, (bySource = new Map()));
      let set = bySource.get(c.source);
      if (!set) bySource.set(c.source, (set = new Set()));
      set.add(i);
    }
  });
  for (const [office, bySource] of [...byOffice.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // An article naming two holders of one office is describing two posts (or a succession).
    if ([...bySource.values()].some((set) => new Set([...set].map((i) => clusters.find(i))).size > 1)) continue;
    const holders = [...new Set([...bySource.values()].flatMap((set) => [...set]))].sort((a, b) => a - b);
    for (let x = 1; x < holders.length; x++) {
      const [a, b] = [holders[0]!, holders[x]!];
      if (clusters.find(a) === clusters.find(b)) continue;
      const why = joinReasons(reasons.get(clusters.find(a)), reasons.get(clusters.find(b)), `"${written(a)}" and "${written(b)}" are both named as ${roleOf.get(office)}`);
      clusters.union(a, b);
      reasons.set(clusters.find(a), why);
    }
  }
  return [...clusters.members.entries()].map(([root, idx]) => ({
    claims: idx.flatMap((i) => byKey.get(keys[i]!)!),
    reasons: reasons.get(root) ?? [written(root).includes('/') ? `one name written more than one way: "${written(root)}"` : `same canonical name "${written(root)}"`],
  }));
}

/** Quotes group by speaker and wording: the same speaker saying nearly the same words. */
function groupQuotes(claims: Claim[]): ProtoGroup[] {
  const clusters = new Clusters(claims.length);
  const bySpeaker = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (!c.subject) return;
    let list = bySpeaker.get(c.subject);
    if (!list) bySpeaker.set(c.subject, (list = []));
    list.push(i);
  });
  const reasons = new Map<number, string[]>();
  for (const list of bySpeaker.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = claims[list[x]!]!;
        const b = claims[list[y]!]!;
        if (clusters.find(list[x]!) === clusters.find(list[y]!)) continue;
        const overlap = quoteOverlap(a.value as never, b.value as never);
        if (overlap < 0.6 || a.source === b.source) continue;
        const why = joinReasons(reasons.get(clusters.find(list[x]!)), reasons.get(clusters.find(list[y]!)), `same speaker "${a.subject}", ${Math.round(overlap * 100)}% of the words shared`);
        clusters.union(list[x]!, list[y]!);
        reasons.set(clusters.find(list[x]!), why);
      }
    }
  }
  return [...clusters.members.entries()].map(([root, idx]) => ({ claims: idx.map((i) => claims[i]!), reasons: reasons.get(root) ?? [] }));
}

function byPlace(a: Claim, b: Claim): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start;
}

/**
 * Put claims about the same thing together, one family of types at a time:
 * dates and figures by subject, context and value; names by canonical entity;
 * quotes by speaker and wording. `weights` must be counted over these same claims (the
 * default); reconcile passes the story's own, which it also labels groups with.
 */
export function groupClaims(
  claims: readonly Claim[],
  sources: ReadonlyMap<string, Source>,
  priority?: (c: Claim) => boolean,
  weights: TermWeights = new TermWeights(claims),
): ProtoGroup[] {
  const sorted = [...claims].sort(byPlace);
  const anchors = sentenceDates(sorted);
  const past = figuresAfter(PAST_FIGURE, sorted, sources);
  const rising = figuresAfter(NEW_FIGURE, sorted, sources);
  // Only this story's sources: `sources` holds the whole corpus, and a map of it per story would grow with its square.
  const published = new Map(sorted.map((c) => [c.source, sources.get(c.source)?.published ?? null]));
  const owned = owners(sorted);
  const heads = eventHeads(sorted, sources);
  const rivals = new Rivals(sorted);
  const spoken = figuresAfter(SPOKEN_DATE, sorted, sources, true);
  const out: ProtoGroup[] = [];
  for (const type of ['date', 'money', 'number', 'percent', 'quantity', 'duration'] as const) {
    const of = sorted.filter((c) => c.type === type);
    if (of.length) out.push(...groupFacts(of, weights, { anchors, past, owned, heads, rising, published, rivals, spoken, priority }));
  }
  // Organisations and places, one word each, that can own an office ("Carrow chief executive").
  const officeOwners = new Set(
    sorted
      .filter((c) => c.type === 'organization' || c.type === 'place')
      .flatMap((c) => (c.value as EntityValue).key.split(' '))
      .filter((w) => w.length > 2 && !STOP_WORDS.has(w)),
  );
  for (const type of ['person', 'organization', 'place'] as const) {
    const of = sorted.filter((c) => c.type === type);
    if (of.length) out.push(...groupEntities(of, officeOwners));
  }
  const quotes = sorted.filter((c) => c.type === 'quote');
  if (quotes.length) out.push(...groupQuotes(quotes));
  for (const g of out) g.claims.sort(byPlace);
  return out;
}
