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
  // Every source a source copies: a rewrite of two wires is a copy wherever either states the value.
  const originals = new Map<string, string[]>();
  for (const c of copies) {
    let list = originals.get(c.source);
    if (!list) originals.set(c.source, (list = []));
    list.push(c.copyOf);
  }
  // Sources become numbers, in the order first seen, so the rounds below are array arithmetic.
  const sourceNumber = new Map<string, number>();
  for (const g of groups) for (const v of g) for (const s of v.sources) if (!sourceNumber.has(s)) sourceNumber.set(s, sourceNumber.size);
  const trust = new Float64Array(sourceNumber.size).fill(INITIAL_TRUST);
  // What does not change between rounds is worked out once: each value's sources and how
  // much each counts (a copy counts for less when the source it copies also states the
  // value), whether a group's values compete, and whether two or more sources state it.
  const holders = groups.map((values) => values.map((v) => Int32Array.from(v.sources, (s) => sourceNumber.get(s)!)));
  const damping = groups.map((values) =>
    values.map((v) => {
      const present = new Set(v.sources);
      return Float64Array.from(v.sources, (s) => (originals.get(s)?.some((original) => present.has(original)) ? COPY_DAMPING : 1));
    }),
  );
  const competing = groups.map((values) => values.length >= 2 && values.some((v, i) => values.some((_, j) => j !== i && !v.supports.includes(j))));
  const multiSource = groups.map((values) => new Set(values.flatMap((v) => v.sources)).size >= 2);
  const confidence: number[][] = groups.map((g) => g.map(() => 0));
  const sum = new Float64Array(sourceNumber.size);
  const count = new Int32Array(sourceNumber.size);
  for (let round_ = 0; round_ < ITERATIONS; round_++) {
    for (let gi = 0; gi < groups.length; gi++) {
      const values = groups[gi]!;
      const raw = values.map((_, vi) => {
        const held = holders[gi]![vi]!;
        const damp = damping[gi]![vi]!;
        let disbelief = 1;
        for (let k = 0; k < held.length; k++) disbelief *= 1 - Math.min(0.99, trust[held[k]!]!) * damp[k]!;
        return 1 - disbelief;
      });
      const out = confidence[gi]!;
      if (!competing[gi]) {
        for (let i = 0; i < values.length; i++) {
          const r = raw[i]!;
          let lent = 0;
          for (const j of values[i]!.supports) lent += SIMILAR_SUPPORT * raw[j]!;
          out[i] = Math.min(0.999, r + (1 - r) * Math.min(1, lent));
        }
        continue;
      }
      // Competing values share belief by the weight of their supporters: two trusted
      // independent sources against one gives about two thirds, not a coin toss.
      const weight = values.map((_, vi) => {
        const held = holders[gi]![vi]!;
        const damp = damping[gi]![vi]!;
        let w = 0;
        for (let k = 0; k < held.length; k++) w += trust[held[k]!]! * damp[k]!;
        return w;
      });
      let total = 0;
      for (const w of weight) total += w;
      for (let i = 0; i < values.length; i++) out[i] = total === 0 ? 0 : weight[i]! / total;
    }
    sum.fill(0);
    count.fill(0);
    for (let gi = 0; gi < groups.length; gi++) {
      // Only facts two or more sources state say anything about a source's reliability.
      if (!multiSource[gi]) continue;
      const held = holders[gi]!;
      for (let vi = 0; vi < held.length; vi++) {
        for (const s of held[vi]!) {
          sum[s] += confidence[gi]![vi]!;
          count[s]!++;
        }
      }
    }
    for (let s = 0; s < trust.length; s++) trust[s] = count[s] ? sum[s]! / count[s]! : INITIAL_TRUST;
  }
  return { confidence: confidence.map((g) => g.map(round)), trust: new Map([...sourceNumber].map(([s, i]) => [s, round(trust[i]!)])) };
}
