import type { Claim, DateValue, EntityValue, NumericValue } from '../types.js';
import { displayValue } from './display.js';
import { compatible, isSpellingVariant, quoteOverlap } from './intervals.js';
import { contextSimilarity, subjectsClash, TermWeights } from './similarity.js';

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
} as const;

/** A block holding more claims than this is too common a key to say anything. */
const MAX_BLOCK = 300;
/** Blocking terms per claim: its rarest nearby context words. */
const KEY_TERMS = 3;

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

/** Union–find over claim indices, keeping each cluster's members. */
class Clusters {
  private readonly parent: number[];
  readonly members: Map<number, number[]>;
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.members = new Map(Array.from({ length: n }, (_, i) => [i, [i]]));
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    this.members.get(keep)!.push(...this.members.get(drop)!);
    this.members.delete(drop);
  }
}

interface Pair {
  a: number;
  b: number;
  score: number;
  shared: string[];
  compatible: boolean;
}

/**
 * Group dates and figures. Candidate pairs come only from shared blocking keys
 * (subject, rare context words, value), so cost grows with the corpus, not its square.
 * Pairs are merged best first; a merge is refused when it would put two different
 * values from one source in a group, since one article stating both means two facts.
 */
function groupFacts(claims: Claim[], weights: TermWeights): ProtoGroup[] {
  const display = claims.map(displayValue);
  const blocks = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const keys = new Set<string>();
    if (c.subject) keys.add(`s:${c.subject}`);
    const terms = c.context
      .slice(0, 8)
      .filter((w) => weights.frequency(w) > 1)
      .sort((x, y) => weights.frequency(x) - weights.frequency(y) || (x < y ? -1 : 1))
      .slice(0, KEY_TERMS);
    for (const t of terms) keys.add(`w:${t}`);
    keys.add(`v:${display[i]}`);
    for (const k of keys) {
      let list = blocks.get(k);
      if (!list) blocks.set(k, (list = []));
      list.push(i);
    }
  });
  const seen = new Set<number>();
  const pairs: Pair[] = [];
  const n = claims.length;
  for (const list of blocks.values()) {
    if (list.length < 2 || list.length > MAX_BLOCK) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const key = a * n + b;
        if (seen.has(key)) continue;
        seen.add(key);
        const ca = claims[a]!;
        const cb = claims[b]!;
        if (subjectsClash(ca, cb)) continue;
        const same = display[a] === display[b];
        if (ca.source === cb.source && !same) continue;
        const comp = same || compatible(ca, cb);
        const { score, shared } = contextSimilarity(ca, cb, weights);
        const threshold = same ? (isSpecific(ca) ? THRESHOLDS.sameSpecific : THRESHOLDS.same) : comp ? THRESHOLDS.compatible : THRESHOLDS.conflict;
        if (score < threshold) continue;
        if (!comp && (!ca.subject || !cb.subject) && ca.subject !== cb.subject) continue;
        pairs.push({ a, b, score, shared, compatible: comp });
      }
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  const clusters = new Clusters(n);
  const reasons = new Map<number, string[]>();
  for (const p of pairs) {
    const ra = clusters.find(p.a);
    const rb = clusters.find(p.b);
    if (ra === rb) continue;
    const ma = clusters.members.get(ra)!;
    const mb = clusters.members.get(rb)!;
    const clash = ma.some((i) => mb.some((j) => claims[i]!.source === claims[j]!.source && display[i] !== display[j]));
    if (clash) continue;
    const why = [...(reasons.get(ra) ?? []), ...(reasons.get(rb) ?? [])];
    const subj = claims[p.a]!.subject && claims[p.a]!.subject === claims[p.b]!.subject ? `subject "${claims[p.a]!.subject}", ` : '';
    why.push(
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
 * Group names by canonical entity; keys that look like one name spelled two ways
 * (same length in words, one word a small edit apart) join with a spelling note.
 */
function groupEntities(claims: Claim[]): ProtoGroup[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = `${c.type}|${(c.value as EntityValue).key}`;
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(c);
  }
  const keys = [...byKey.keys()].sort();
  const clusters = new Clusters(keys.length);
  const reasons = new Map<number, string[]>();
  // Block on type and the first two letters of each word, so only plausible variants meet.
  const blocks = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const [type, key] = k.split('|') as [string, string];
    for (const w of key.split(' ')) {
      const b = `${type}|${w.slice(0, 2)}`;
      let list = blocks.get(b);
      if (!list) blocks.set(b, (list = []));
      list.push(i);
    }
  });
  for (const list of blocks.values()) {
    if (list.length > MAX_BLOCK) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const ka = keys[list[x]!]!.split('|')[1]!;
        const kb = keys[list[y]!]!.split('|')[1]!;
        if (!isSpellingVariant(ka, kb)) continue;
        const sa = new Set(byKey.get(keys[list[x]!]!)!.map((c) => c.source));
        const sb = new Set(byKey.get(keys[list[y]!]!)!.map((c) => c.source));
        // One article using both spellings means two different names.
        if ([...sa].some((s) => sb.has(s))) continue;
        const root = Math.min(clusters.find(list[x]!), clusters.find(list[y]!));
        const why = [...(reasons.get(clusters.find(list[x]!)) ?? []), ...(reasons.get(clusters.find(list[y]!)) ?? [])];
        why.push(`"${ka}" and "${kb}" differ by a small edit: likely one name spelled two ways`);
        clusters.union(list[x]!, list[y]!);
        reasons.set(clusters.find(root), why);
      }
    }
  }
  return [...clusters.members.entries()].map(([root, idx]) => ({
    claims: idx.flatMap((i) => byKey.get(keys[i]!)!),
    reasons: reasons.get(root) ?? [`same canonical name "${keys[root]!.split('|')[1]}"`],
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
        const overlap = quoteOverlap(a.value as never, b.value as never);
        if (overlap < 0.6 || a.source === b.source) continue;
        const why = [...(reasons.get(clusters.find(list[x]!)) ?? []), ...(reasons.get(clusters.find(list[y]!)) ?? [])];
        why.push(`same speaker "${a.subject}", ${Math.round(overlap * 100)}% of the words shared`);
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
 * quotes by speaker and wording.
 */
export function groupClaims(claims: readonly Claim[]): ProtoGroup[] {
  const sorted = [...claims].sort(byPlace);
  const weights = new TermWeights(sorted);
  const out: ProtoGroup[] = [];
  for (const type of ['date', 'money', 'number', 'percent', 'quantity', 'duration'] as const) {
    const of = sorted.filter((c) => c.type === type);
    if (of.length) out.push(...groupFacts(of, weights));
  }
  for (const type of ['person', 'organization', 'place'] as const) {
    const of = sorted.filter((c) => c.type === type);
    if (of.length) out.push(...groupEntities(of));
  }
  const quotes = sorted.filter((c) => c.type === 'quote');
  if (quotes.length) out.push(...groupQuotes(quotes));
  for (const g of out) g.claims.sort(byPlace);
  return out;
}
