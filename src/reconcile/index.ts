import {
  isNameType,
  type Claim,
  type ClaimGroup,
  type ConflictKind,
  type EntityValue,
  type NumericValue,
  type Report,
  type SkippedFile,
  type Source,
  type Story,
  type TimelinePoint,
  type ValueSupport,
} from '../types.js';
import { sha1Hex } from '../hash.js';
import { eachTokenAround } from '../extract/context.js';
import { SCALE_ABBR_SPACED, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../extract/numbers/lexicon.js';
import { contentWord } from '../extract/words.js';
import { truthDiscovery, type ValueVote } from './confidence.js';
import { CopyIndex, detectCopies } from './copies.js';
import { displayValue, timelineText } from './display.js';
import { groupClaims, type ProtoGroup } from './group.js';
import { compatible, isScaleSlip, isSpellingVariant, numericInterval, specificity } from './intervals.js';
import { TermWeights } from './similarity.js';
import { clusterStories } from './stories.js';

export { detectCopies, independentCount } from './copies.js';
export { displayValue, formatAmount } from './display.js';
export { timelineText } from './display.js';
export { compatible, datesCompatible, numbersCompatible, isScaleSlip, isSpellingVariant } from './intervals.js';

const STATUS_ORDER = { conflict: 0, agreement: 1, 'single-source': 2 } as const;
const UPDATE_WORDS = /\b(?:rose|risen|rising|climbed|increased|jumped|grew|now|updated|revised|latest|has reached|reached|so far|as of|raised)\b/i;

/** Input to the reconcile stage: sources and their resolved claims. */
export interface ReconcileInput {
  sources: Source[];
  skipped: SkippedFile[];
  claims: Claim[];
  /** Cluster sources into stories first (default true); false treats the input as one story. */
  cluster?: boolean;
}

function sentenceOf(sources: Map<string, Source>, c: Claim): string {
  return sources.get(c.source)?.sentences[c.sentence]?.text ?? '';
}

function kindOf(g: Claim[], sources: Map<string, Source>): ConflictKind {
  const type = g[0]!.type;
  if (isNameType(type)) {
    // Two spellings of one name, or two different people named for one office.
    const names = [...new Set(g.map((c) => (c.value as EntityValue).key))];
    return names.every((a) => names.every((b) => a === b || isSpellingVariant(a, b) || isSpellingVariant(a.split(' ').pop()!, b.split(' ').pop()!))) ? 'spelling' : 'contradiction';
  }
  if (type === 'date' || type === 'quote') return 'contradiction';
  for (let i = 0; i < g.length; i++) {
    for (let j = i + 1; j < g.length; j++) {
      const a = g[i]!;
      const b = g[j]!;
      if (a.source === b.source || compatible(a, b)) continue;
      if (isScaleSlip(a.value as NumericValue, b.value as NumericValue)) return 'scale';
    }
  }
  // Figures of one fact reported on different days are an update when the later one reads
  // as a count still moving: a running toll, a lower bound, or words of change ("rose to",
  // "so far", "as of"). A result reported late ("38.3%" a day after "33.8%") is still a contradiction.
  for (const a of g) {
    for (const b of g) {
      const da = reportDay(a, sources);
      const db = reportDay(b, sources);
      if (a.source === b.source || !da || !db || da >= db || compatible(a, b)) continue;
      if (runningCount(b) || runningCount(a) || UPDATE_WORDS.test(sentenceOf(sources, b))) return 'update';
    }
  }
  // A later source with a different figure and words of change is an update, not an error.
  for (let i = 0; i < g.length; i++) {
    for (let j = 0; j < g.length; j++) {
      const a = g[i]!;
      const b = g[j]!;
      if (a.source === b.source || compatible(a, b)) continue;
      const pa = sources.get(a.source)?.published;
      const pb = sources.get(b.source)?.published;
      const later = pa && pb && pb > pa;
      if (later && UPDATE_WORDS.test(sentenceOf(sources, b))) return 'update';
      if (!pa && !pb && UPDATE_WORDS.test(sentenceOf(sources, b)) && numericInterval(b.value as NumericValue).lo > numericInterval(a.value as NumericValue).lo) return 'update';
    }
  }
  return 'contradiction';
}

/** Counts that move while a story runs: tolls, the injured and missing, containment, and lower bounds. */
const RUNNING = new Set(['deaths', 'injured', 'missing', 'displaced', 'rescued', 'arrested', 'contain', 'containment']);
function runningCount(c: Claim): boolean {
  const h = (c.value as NumericValue).hedge;
  return RUNNING.has(c.shape?.measure ?? '') || h === 'at-least' || h === 'more-than';
}

/** The day a claim's figure was reported for: its shape's time, else its article's date. */
function reportDay(c: Claim, sources: Map<string, Source>): string | null {
  return c.shape?.time ?? sources.get(c.source)?.published ?? null;
}

/** An update's values in the order they were reported, each with its earliest day and its sources. */
function timelineOf(values: { display: string; claims: Claim[]; sources: string[] }[], sources: Map<string, Source>): TimelinePoint[] {
  return values
    .map((v) => {
      const days = v.claims.map((c) => reportDay(c, sources)).filter((d): d is string => !!d).sort();
      return { display: v.display, time: days[0] ?? null, sources: v.sources };
    })
    .sort((a, b) => (a.time === b.time ? (a.display < b.display ? -1 : 1) : a.time === null ? 1 : b.time === null ? -1 : a.time < b.time ? -1 : 1));
}

/** Number words, as context lists hold them: a label saying "two" or "million" says less than the value beside it. */
const NUMBER_WORDS = new Set(
  [...UNIT_WORDS.keys(), ...TENS_WORDS.keys(), 'hundred', ...SCALE_WORDS.keys(), ...SCALE_ABBR_SPACED.keys()].map(contentWord).filter((w) => w !== null),
);

/** Words for what a group is about: its subject, then the context words its claims share most, number words aside. */
function labelOf(claims: Claim[], weights: TermWeights, sources: Map<string, Source>): string {
  const first = claims[0]!;
  if (isNameType(first.type)) {
    const role = claims.map((c) => (c.value as { role: string | null }).role).find((r) => r);
    return role ?? (first.value as { name: string }).name;
  }
  if (first.type === 'quote') return `quote by ${(first.value as { speaker: string | null }).speaker ?? 'unknown speaker'}`;
  const counts = new Map<string, number>();
  for (const c of claims) for (const w of new Set(c.context.slice(0, 8))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .filter(([w]) => w !== first.subject && !NUMBER_WORDS.has(w))
    .map(([w, n]) => [w, n * weights.weight(w)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([w]) => w);
  const stems = first.subject ? [first.subject, ...ranked] : ranked;
  // Show words as written, not as stems.
  const surface = new Map<string, string>();
  for (const c of claims) {
    if (surface.size === stems.length) break;
    const sentence = sources.get(c.source)?.sentences[c.sentence];
    const local = sentence ? c.start - sentence.start : 0;
    eachTokenAround(sentence?.text ?? '', local, local + c.text.length, (token) => {
      const w = contentWord(token);
      if (w && stems.includes(w) && !surface.has(w)) surface.set(w, token.replace(/['’]s$/i, '').toLowerCase());
      return surface.size === stems.length;
    });
  }
  return [...new Set(stems.map((s) => surface.get(s) ?? s))].join(' ') || first.type;
}

function groupId(type: string, claims: Claim[]): string {
  return `${type}-${sha1Hex(claims.map((c) => c.id).sort().join('')).slice(0, 10)}`;
}

function valuesOf(claims: Claim[], copyIndex: CopyIndex): { display: string; claims: Claim[]; sources: string[]; independent: number }[] {
  const byDisplay = new Map<string, Claim[]>();
  for (const c of claims) {
    const d = displayValue(c);
    let list = byDisplay.get(d);
    if (!list) byDisplay.set(d, (list = []));
    list.push(c);
  }
  return [...byDisplay.entries()]
    .map(([display, cs]) => {
      const sources = [...new Set(cs.map((c) => c.source))].sort();
      return { display, claims: cs, sources, independent: copyIndex.independentCount(sources) };
    })
    .sort((a, b) => b.independent - a.independent || b.sources.length - a.sources.length || (a.display < b.display ? -1 : 1));
}

function intervalNote(c: Claim): string {
  const v = c.value as Partial<NumericValue> & { start?: string; end?: string };
  if (c.type === 'date') return `${displayValue(c)} [${v.start ?? '?'}, ${v.end ?? '?'})`;
  if (typeof v.min === 'number' || v.min === null) return `${displayValue(c)} [${v.min ?? '-∞'}, ${v.max ?? '∞'}]`;
  return displayValue(c);
}

/**
 * Reconcile claims across sources: find copies, group claims about the same thing,
 * judge each group, score values by truth discovery, and sort deterministically
 * (conflicts first, then support, then id).
 */
export function reconcile(input: ReconcileInput): Report {
  const sources = [...input.sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const claims = [...input.claims].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start || (a.type < b.type ? -1 : 1)));
  const copies = detectCopies(sources);
  const copyIndex = new CopyIndex(copies);
  const stories: Story[] =
    input.cluster === false
      ? [{ id: 'story-1', label: sources.find((s) => s.title)?.title ?? 'all sources', sources: sources.map((s) => s.id) }]
      : clusterStories(sources, claims);
  const storyOf = new Map<string, string>();
  for (const st of stories) for (const id of st.sources) storyOf.set(id, st.id);
  // Each story is reconciled alone: another event's figures are never compared.
  const claimsOfStory = new Map<string, Claim[]>(stories.map((st) => [st.id, []]));
  for (const c of claims) claimsOfStory.get(storyOf.get(c.source)!)?.push(c);
  // A word's rarity is counted within its story, for grouping and for labels alike.
  const weightsOfStory = new Map(stories.map((st) => [st.id, new TermWeights(claimsOfStory.get(st.id)!)]));
  const protos: (ProtoGroup & { story: string })[] = stories.flatMap((st) =>
    groupClaims(claimsOfStory.get(st.id)!, byId, undefined, weightsOfStory.get(st.id)).map((p) => ({ ...p, story: st.id })),
  );

  const drafts = protos.map((p) => {
    const values = valuesOf(p.claims, copyIndex);
    const srcs = [...new Set(p.claims.map((c) => c.source))];
    // Claims with one display are compatible, so one claim per value is enough to compare;
    // the two values must come from different sources.
    const fromTwoSources = (a: string[], b: string[]): boolean => a.some((x) => b.some((y) => x !== y));
    // A vague count ("thousands of people", "hundreds of flights") may agree with others but makes no conflict;
    // a vague sum ("billions in assets") still does, as its order of magnitude is the fact.
    const firm = (v: (typeof values)[number]): boolean => v.claims[0]!.type === 'money' || (v.claims[0]!.value as NumericValue).hedge !== 'vague';
    const conflict = values.some((a, i) => values.some((b, j) => j > i && firm(a) && firm(b) && fromTwoSources(a.sources, b.sources) && !compatible(a.claims[0]!, b.claims[0]!)));
    const independent = copyIndex.independentCount(srcs);
    const status = conflict ? 'conflict' : independent >= 2 ? 'agreement' : 'single-source';
    return { proto: p, values, status, independent } as const;
  });

  const votes: ValueVote[][] = drafts.map((d, gi) =>
    d.values.map((v, vi) => ({
      group: gi,
      sources: v.sources,
      supports: d.values.map((_, j) => j).filter((j) => j !== vi && compatible(v.claims[0]!, d.values[j]!.claims[0]!)),
    })),
  );
  const { confidence } = truthDiscovery(votes, copies);

  const groups: ClaimGroup[] = drafts.map((d, gi) => {
    const claimsOf = d.proto.claims;
    const type = claimsOf[0]!.type;
    const values: ValueSupport[] = d.values.map((v, vi) => ({
      display: v.display,
      claims: v.claims.map((c) => c.id),
      sources: v.sources,
      independentSources: v.independent,
      confidence: confidence[gi]![vi]!,
    }));
    const best = [...d.values.keys()].sort(
      (a, b) =>
        confidence[gi]![b]! - confidence[gi]![a]! ||
        specificity(d.values[b]!.claims[0]!) - specificity(d.values[a]!.claims[0]!) ||
        (d.values[a]!.display < d.values[b]!.display ? -1 : 1),
    )[0]!;
    // For an agreement the most precise wording is the one to show.
    const likely =
      d.status === 'agreement'
        ? [...d.values].sort((a, b) => specificity(b.claims[0]!) - specificity(a.claims[0]!) || (a.display < b.display ? -1 : 1))[0]!.display
        : d.values[best]!.display;
    const kind = d.status === 'conflict' ? kindOf(claimsOf, byId) : null;
    const timeline = kind === 'update' ? timelineOf(d.values, byId) : null;
    const explain = [
      ...d.proto.reasons,
      ...(d.values.length > 1 ? [`intervals compared: ${d.values.map((v) => intervalNote(v.claims[0]!)).join(' vs ')}`] : []),
      ...copyIndex.among(claimsOf.map((c) => c.source)).map((c) => `${c.source} copies ${c.copyOf} (${Math.round(c.overlap * 100)}% shared word sequences): counted once`),
      d.status === 'conflict'
        ? kind === 'update'
          ? `status conflict (update): the figure was reported at different times: ${timelineText(timeline!)}`
          : `status conflict (${kind}): two sources state values that cannot both be true`
        : d.status === 'agreement'
          ? `status agreement: ${d.independent} independent sources, all values compatible`
          : `status single-source: ${d.independent} independent source`,
    ];
    return {
      id: groupId(type, claimsOf),
      type,
      label: labelOf(claimsOf, weightsOfStory.get(d.proto.story)!, byId),
      status: d.status,
      kind,
      claims: claimsOf,
      values,
      likely,
      independentSources: d.independent,
      precisionOnly: d.status === 'agreement' && d.values.length > 1,
      timeline,
      explain,
      story: d.proto.story,
    };
  });

  groups.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      b.independentSources - a.independentSources ||
      b.claims.length - a.claims.length ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const count = (s: string): number => groups.filter((g) => g.status === s).length;
  return {
    version: 1,
    sources,
    skipped: input.skipped,
    claims,
    groups,
    copies,
    stories,
    stats: {
      sources: sources.length,
      skipped: input.skipped.length,
      claims: claims.length,
      groups: groups.length,
      agreements: count('agreement'),
      conflicts: count('conflict'),
      singleSource: count('single-source'),
    },
  };
}
