/** Union–find over indices 0..n-1, keeping each cluster's members. */
export class Clusters {
  private readonly parent: number[];
  /** Each cluster's members, keyed by its root: always the smallest index in the cluster. */
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

/**
 * Call `visit` once for every pair of indices (below `n`) that share a posting list,
 * in the order the lists and their entries come. Lists longer than `maxList` are
 * skipped: a key that common says nothing, and its pairs would make the cost quadratic.
 */
export function forEachSharedPair(postings: Iterable<readonly number[]>, maxList: number, n: number, visit: (a: number, b: number) => void): void {
  const seen = new Set<number>();
  for (const list of postings) {
    if (list.length > maxList) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const key = a < b ? a * n + b : b * n + a;
        if (seen.has(key)) continue;
        seen.add(key);
        visit(a, b);
      }
    }
  }
}
