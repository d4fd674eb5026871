import levenshtein from 'fast-levenshtein';
import type { Claim } from '../types.js';

/** How many of a claim's nearest context words take part in matching. */
const WINDOW = 10;

/** Inverse document frequency of context words, counted over claims. */
export class TermWeights {
  private readonly df = new Map<string, number>();
  private readonly n: number;
  constructor(claims: readonly Claim[]) {
    this.n = claims.length;
    for (const c of claims) {
      const words = c.context;
      const end = Math.min(WINDOW, words.length);
      // A word counts once per claim; the window is ten words, so a scan beats a set.
      for (let i = 0; i < end; i++) {
        const w = words[i]!;
        if (words.indexOf(w) < i) continue;
        this.df.set(w, (this.df.get(w) ?? 0) + 1);
      }
    }
  }
  /** Rare words weigh more: a shared "designation" says more than a shared "government". */
  weight(word: string): number {
    return Math.log(1 + this.n / (1 + (this.df.get(word) ?? 0)));
  }
  /** Document frequency, used to pick blocking terms. */
  frequency(word: string): number {
    return this.df.get(word) ?? 0;
  }
}

/** Spelling variants of one word ("recognise"/"recognize") match; short words must be equal. */
function fuzzyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  if (a[0] !== b[0]) return false;
  return levenshtein.get(a, b) <= 1;
}

/** Rank weight: the words right next to a claim say most about what it is. */
function rankWeight(rank: number): number {
  return 1 / (1 + 0.12 * rank);
}

/**
 * Weighted overlap of two claims' context words (0..1): rarity times nearness,
 * with fuzzy matching for spelling variants. Also returns the shared words,
 * which `--explain` prints.
 */
export function contextSimilarity(a: Claim, b: Claim, weights: TermWeights): { score: number; shared: string[] } {
  const wa = a.context.slice(0, WINDOW);
  const wb = b.context.slice(0, WINDOW);
  const usedB = new Set<number>();
  let inter = 0;
  let total = 0;
  const shared: string[] = [];
  wa.forEach((w, i) => {
    const weight = weights.weight(w) * rankWeight(i);
    total += weight;
    const j = wb.findIndex((x, k) => !usedB.has(k) && fuzzyEqual(w, x));
    if (j >= 0) {
      usedB.add(j);
      const other = weights.weight(wb[j]!) * rankWeight(j);
      inter += Math.min(weight, other) * 2;
      total += other;
      shared.push(w);
    }
  });
  wb.forEach((w, j) => {
    if (!usedB.has(j)) total += weights.weight(w) * rankWeight(j);
  });
  return { score: total === 0 ? 0 : inter / total, shared };
}

