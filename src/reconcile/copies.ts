import type { CopyRelation, Source } from '../types.js';

/** Words per shingle: long enough that two independent reporters rarely share one by chance. */
const SHINGLE = 7;
/** Share of the smaller article's shingles that must reappear for a copy. */
export const COPY_THRESHOLD = 0.4;

function shingles(source: Source): Set<string> {
  const words = source.sentences
    .map((s) => s.text)
    .join(' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/**
 * Find articles that copy each other (syndication, press-release rewrites): pairs
 * sharing many long word sequences. The later-published one (or, when dates are
 * unknown, the later id) is reported as the copy. An inverted index over shingles
 * means only pairs that share at least one shingle are ever compared.
 */
export function detectCopies(sources: readonly Source[]): CopyRelation[] {
  const sets = sources.map(shingles);
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      let list = index.get(s);
      if (!list) index.set(s, (list = []));
      list.push(i);
    }
  });
  const sharedCounts = new Map<number, number>();
  for (const list of index.values()) {
    if (list.length < 2 || list.length > 50) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * sources.length + list[y]!;
        sharedCounts.set(key, (sharedCounts.get(key) ?? 0) + 1);
      }
    }
  }
  const out: CopyRelation[] = [];
  for (const [key, shared] of sharedCounts) {
    const i = Math.floor(key / sources.length);
    const j = key % sources.length;
    const overlap = shared / Math.max(1, Math.min(sets[i]!.size, sets[j]!.size));
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
 * Count independent sources among `ids`: sources joined by copy relations count once.
 */
export function independentCount(ids: Iterable<string>, copies: readonly CopyRelation[]): number {
  const set = new Set(ids);
  const parent = new Map<string, string>();
  for (const id of set) parent.set(id, id);
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const c of copies) {
    if (!set.has(c.source) || !set.has(c.copyOf)) continue;
    const a = find(c.source);
    const b = find(c.copyOf);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  let n = 0;
  for (const id of set) if (find(id) === id) n++;
  return n;
}
