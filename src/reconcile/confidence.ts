import type { CopyRelation } from '../types.js';

/** One value of one group, as truth discovery sees it. */
export interface ValueVote {
  group: number;
  sources: string[];
  /** Indices (within the same group) of values compatible with this one. */
  supports: number[];
}

const ITERATIONS = 8;
const INITIAL_TRUST = 0.8;
/** A copy adds this share of its trust: it repeats, it does not corroborate. */
const COPY_DAMPING = 0.2;
/** How much a compatible value (a different precision of the same fact) lends. */
const SIMILAR_SUPPORT = 0.5;

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Truth discovery over the whole corpus: a value is as credible as the sources
 * behind it, and a source is as reliable as the values it states. A few rounds of
 * that mutual reinforcement give each value a confidence. Sources that copy another
 * are damped, so syndication does not outvote independent reporting.
 * Returns confidences (0..1) per group and value, and each source's trust.
 */
export function truthDiscovery(
  groups: ValueVote[][],
  copies: readonly CopyRelation[],
): { confidence: number[][]; trust: Map<string, number> } {
  const copyOf = new Map<string, string>();
  for (const c of copies) if (!copyOf.has(c.source)) copyOf.set(c.source, c.copyOf);
  const trust = new Map<string, number>();
  for (const g of groups) for (const v of g) for (const s of v.sources) trust.set(s, INITIAL_TRUST);
  // What does not change between rounds is worked out once: which sources each value
  // holds, whether a group's values compete, and whether two or more sources state it.
  const present = groups.map((values) => values.map((v) => new Set(v.sources)));
  const competing = groups.map((values) => values.length >= 2 && values.some((v, i) => values.some((_, j) => j !== i && !v.supports.includes(j))));
  const multiSource = groups.map((values) => new Set(values.flatMap((v) => v.sources)).size >= 2);
  /** A copy counts for less when the source it copies also states the value. */
  const damping = (s: string, holders: Set<string>): number => {
    const original = copyOf.get(s);
    return original !== undefined && holders.has(original) ? COPY_DAMPING : 1;
  };
  const trustOf = (s: string): number => trust.get(s) ?? INITIAL_TRUST;
  let confidence: number[][] = groups.map((g) => g.map(() => 0));
  for (let round_ = 0; round_ < ITERATIONS; round_++) {
    confidence = groups.map((values, gi) => {
      const raw = values.map((v, vi) => {
        let disbelief = 1;
        for (const s of v.sources) disbelief *= 1 - Math.min(0.99, trustOf(s)) * damping(s, present[gi]![vi]!);
        return 1 - disbelief;
      });
      const boosted = raw.map((r, i) => {
        const lent = values[i]!.supports.reduce((sum, j) => sum + SIMILAR_SUPPORT * raw[j]!, 0);
        return Math.min(0.999, r + (1 - r) * Math.min(1, lent));
      });
      // Incompatible values compete: share belief in proportion.
      if (!competing[gi]) return boosted;
      // Competing values share belief by the weight of their supporters: two trusted
      // independent sources against one gives about two thirds, not a coin toss.
      const weight = values.map((v, vi) => v.sources.reduce((sum, s) => sum + trustOf(s) * damping(s, present[gi]![vi]!), 0));
      const total = weight.reduce((a, b) => a + b, 0);
      return weight.map((w) => (total === 0 ? 0 : w / total));
    });
    const sum = new Map<string, number>();
    const count = new Map<string, number>();
    groups.forEach((values, gi) => {
      // Only facts two or more sources state say anything about a source's reliability.
      if (!multiSource[gi]) return;
      values.forEach((v, vi) => {
        for (const s of v.sources) {
          sum.set(s, (sum.get(s) ?? 0) + confidence[gi]![vi]!);
          count.set(s, (count.get(s) ?? 0) + 1);
        }
      });
    });
    for (const s of trust.keys()) trust.set(s, count.get(s) ? sum.get(s)! / count.get(s)! : INITIAL_TRUST);
  }
  return { confidence: confidence.map((g) => g.map(round)), trust: new Map([...trust].map(([s, t]) => [s, round(t)])) };
}
