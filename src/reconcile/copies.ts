import type { CopyRelation, Source } from '../types.js';
import { Clusters } from './clusters.js';

/** Words per shingle: long enough that two independent reporters rarely share one by chance. */
const SHINGLE = 7;
/** Share of the smaller article's shingles that must reappear for a copy. */
export const COPY_THRESHOLD = 0.4;
/** A shingle in more articles than this is a stock phrase, not evidence of copying. */
const MAX_SHARING = 50;

const WORD = /[\p{L}\p{N}]+/gu;

/** A 32-bit hash of a lower-cased word (FNV-1a over its UTF-16 units). */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The hashes of every run of SHINGLE consecutive words in an article. Numbers, not
 * joined strings: a large feed has millions of shingles, and strings of them would
 * dominate memory.
 */
function shingleHashes(source: Source): number[] {
  const words: number[] = [];
  for (const s of source.sentences) for (const m of s.text.toLowerCase().matchAll(WORD)) words.push(wordHash(m[0]));
  const out: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ words[i + k]!, 0x01000193);
    out.push(h >>> 0);
  }
  return out;
}

/**
 * Find articles that copy each other (syndication, press-release rewrites): pairs
 * sharing many long word sequences. The later-published one (or, when dates are
 * unknown, the later id) is reported as the copy. Every (shingle, article) pair is
 * packed into one number and sorted, so articles sharing a shingle sit side by side
 * and only pairs that share at least one are ever compared.
 */
export function detectCopies(sources: readonly Source[]): CopyRelation[] {
  const n = sources.length;
  // Article numbers take the low bits; the shingle hash keeps as many high bits as fit in 53.
  const articleBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const hashShift = Math.max(0, articleBits - 21);
  const scale = 2 ** articleBits;
  const perArticle = sources.map(shingleHashes);
  const packed = new Float64Array(perArticle.reduce((sum, hs) => sum + hs.length, 0));
  let at = 0;
  perArticle.forEach((hashes, i) => {
    for (const h of hashes) packed[at++] = (h >>> hashShift) * scale + i;
  });
  packed.sort();
  const distinct = new Array<number>(n).fill(0);
  const sharedCounts = new Map<number, number>();
  const holders: number[] = [];
  for (let run = 0; run < packed.length; ) {
    const shingle = Math.floor(packed[run]! / scale);
    holders.length = 0;
    let end = run;
    for (; end < packed.length && Math.floor(packed[end]! / scale) === shingle; end++) {
      // Equal packed values are one article repeating a shingle: it counts once.
      if (end > run && packed[end] === packed[end - 1]) continue;
      const article = packed[end]! - shingle * scale;
      holders.push(article);
      distinct[article]!++;
    }
    run = end;
    if (holders.length < 2 || holders.length > MAX_SHARING) continue;
    for (let x = 0; x < holders.length; x++)
      for (let y = x + 1; y < holders.length; y++) {
        const key = holders[x]! * n + holders[y]!;
        sharedCounts.set(key, (sharedCounts.get(key) ?? 0) + 1);
      }
  }
  const out: CopyRelation[] = [];
  for (const [key, shared] of sharedCounts) {
    const i = Math.floor(key / n);
    const j = key % n;
    const overlap = shared / Math.max(1, Math.min(distinct[i]!, distinct[j]!));
    if (overlap < COPY_THRESHOLD) continue;
    const [orig, copy] = order(sources[i]!, sources[j]!);
    out.push({ source: copy.id, copyOf: orig.id, overlap: Math.round(overlap * 1000) / 1000 });
  }
  return out.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.copyOf < b.copyOf ? -1 : 1));
}

function order(a: Source, b: Source): [Source, Source] {
  if (a.published && b.published && a.published !== b.published) return a.published < b.published ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}

/**
 * The copy relations of a corpus, indexed once by the copying source, so questions
 * about a few sources look only at those sources' relations, however many the corpus holds.
 */
export class CopyIndex {
  private readonly bySource = new Map<string, CopyRelation[]>();
  constructor(copies: readonly CopyRelation[]) {
    for (const c of copies) {
      let list = this.bySource.get(c.source);
      if (!list) this.bySource.set(c.source, (list = []));
      list.push(c);
    }
  }

  /** The relations between sources in `ids`, in the report's order (by copy, then original). */
  among(ids: Iterable<string>): CopyRelation[] {
    const set = new Set(ids);
    return [...set].sort().flatMap((id) => (this.bySource.get(id) ?? []).filter((c) => set.has(c.copyOf)));
  }

  /** How many of `ids` are independent: sources joined by copying count once. */
  independentCount(ids: Iterable<string>): number {
    const list = [...new Set(ids)];
    const relations = this.among(list);
    if (relations.length === 0) return list.length;
    const index = new Map(list.map((id, i) => [id, i]));
    const clusters = new Clusters(list.length);
    for (const c of relations) clusters.union(index.get(c.source)!, index.get(c.copyOf)!);
    return clusters.members.size;
  }
}

/** Count independent sources among `ids`: sources joined by copy relations count once. */
export function independentCount(ids: Iterable<string>, copies: readonly CopyRelation[]): number {
  return new CopyIndex(copies).independentCount(ids);
}
