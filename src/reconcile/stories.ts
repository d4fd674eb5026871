import { isNameType, type Claim, type EntityValue, type Source, type Story } from '../types.js';
import { contentWordsOf } from '../extract/words.js';
import { Clusters, forEachSharedPair } from './clusters.js';

/** Cosine similarity above which two articles are taken to cover the same event. */
export const STORY_THRESHOLD = 0.12;
/** Articles sharing one feature beyond which it is too common to propose pairs. */
const MAX_POSTING = 60;
/** Features per article: its most telling names and words. */
const FEATURES = 40;

/**
 * An article's fingerprint: the names it mentions (weighted up) and its content
 * words, each with a count.
 */
function features(source: Source, claims: readonly Claim[]): Map<string, number> {
  const f = new Map<string, number>();
  for (const c of claims) {
    if (isNameType(c.type)) {
      const k = `e:${(c.value as EntityValue).key}`;
      f.set(k, (f.get(k) ?? 0) + 3);
    }
  }
  // Words go in as they are: a word never holds a colon, so none can pass for an "e:" name.
  for (const s of source.sentences) for (const w of contentWordsOf(s.text, 4)) f.set(w, (f.get(w) ?? 0) + 1);
  return f;
}

const isName = (key: string): boolean => key.startsWith('e:');

/** Names before words, then by text: the order ties are broken in, whatever the key's spelling. */
function byFeatureKey(a: string, b: string): number {
  const na = isName(a);
  return na !== isName(b) ? (na ? -1 : 1) : a < b ? -1 : 1;
}

/**
 * Cluster articles into stories, so a mixed feed never reconciles one event's
 * figures against another's. Articles are linked when the TF-IDF cosine of their
 * names and words passes a threshold; stories are the connected components.
 * Candidate pairs come from an inverted index over each article's top features.
 * Story ids follow the order of each story's first source id, so they are stable.
 */
export function clusterStories(sources: readonly Source[], claims: readonly Claim[]): Story[] {
  if (sources.length === 0) return [];
  const bySource = new Map<string, Claim[]>();
  for (const c of claims) {
    let list = bySource.get(c.source);
    if (!list) bySource.set(c.source, (list = []));
    list.push(c);
  }
  const raw = sources.map((s) => features(s, bySource.get(s.id) ?? []));
  const df = new Map<string, number>();
  for (const f of raw) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = sources.length;
  // Keep each article's strongest features, weighted by rarity across the feed.
  const vectors = raw.map((f) => {
    const weighted: [string, number][] = [];
    for (const [k, tf] of f) {
      const d = df.get(k) ?? 1;
      if (d > 1 || n === 1) weighted.push([k, Math.log(1 + tf) * Math.log(1 + n / d)]);
    }
    weighted.sort((a, b) => b[1] - a[1] || byFeatureKey(a[0], b[0]));
    weighted.length = Math.min(weighted.length, FEATURES);
    const norm = Math.sqrt(weighted.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return new Map(weighted.map(([k, w]) => [k, w / norm]));
  });
  const index = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const k of v.keys()) {
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push(i);
    }
  });
  const clusters = new Clusters(n);
  // A feature most articles share cannot tell stories apart; skipping it keeps the cost linear.
  forEachSharedPair(index.values(), MAX_POSTING, n, (i, j) => {
    let dot = 0;
    const other = vectors[j]!;
    vectors[i]!.forEach((w, k) => {
      dot += w * (other.get(k) ?? 0);
    });
    if (dot >= STORY_THRESHOLD) clusters.union(i, j);
  });
  const idOf = (i: number): string => sources[i]!.id;
  return [...clusters.members.values()]
    .map((idx) => idx.sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1)))
    .sort((a, b) => (idOf(a[0]!) < idOf(b[0]!) ? -1 : 1))
    .map((idx, k) => ({
      id: `story-${k + 1}`,
      label: storyLabel(idx.map((i) => sources[i]!), idx.map((i) => vectors[i]!)),
      sources: idx.map(idOf),
    }));
}

/** A story's label: the title of its first titled article, else its most shared names. */
function storyLabel(members: Source[], vectors: Map<string, number>[]): string {
  const titled = members.find((m) => m.title);
  if (titled) return titled.title!;
  const score = new Map<string, number>();
  for (const v of vectors) for (const [k, w] of v) if (isName(k)) score.set(k, (score.get(k) ?? 0) + w);
  const top = [...score.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([k]) => k.slice(2));
  return top.length ? top.join(', ') : members[0]!.id;
}
