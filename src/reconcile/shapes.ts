import type { Claim, Shape } from '../types.js';
import { ownersMatch } from '../extract/shape/index.js';
import { derivedNounSenses, nounRelation, nounSenses } from '../extract/wordnet.js';
import { datesCompatible } from './intervals.js';

/** How two figures' shapes relate, part by part. */
export interface ShapeMatch {
  /** `same` measure, `related` by meaning (a bomber is an aircraft), `unknown` (one or both unread) or `clash`. */
  measure: 'same' | 'related' | 'unknown' | 'clash';
  /** `same` owner, `unknown` (one or both unnamed) or `clash`. */
  owner: 'same' | 'unknown' | 'clash';
  /** Both count the same narrower group of people ("civilians"), or neither names one. */
  qualifier: 'same' | 'unknown' | 'clash';
  /** The two figures are tied to different earlier events ("in 2005" and "in 2012", or one and none). */
  eraClash: boolean;
}

const measureCache = new Map<string, ShapeMatch['measure']>();

/**
 * Whether two measures can be one: equal, related in WordNet (synonyms, or one a kind of
 * the other), or a verb's noun ("contained" and "containment" share a derivation).
 */
export function measuresRelate(a: string, b: string): ShapeMatch['measure'] {
  if (a === b) return 'same';
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let hit = measureCache.get(key);
  if (hit !== undefined) return hit;
  if (nounRelation(a, b)) hit = 'related';
  else {
    // A participle measure ("11% contained") meets the noun it derives ("27% containment").
    const na = [...nounSenses(a), ...derivedNounSenses(a)];
    const nb = [...nounSenses(b), ...derivedNounSenses(b)];
    hit = na.some((x) => nb.includes(x)) ? 'related' : 'clash';
  }
  if (measureCache.size > 50_000) measureCache.clear();
  measureCache.set(key, hit);
  return hit;
}

function eraOf(s: Shape | undefined): string | null {
  return s?.era ?? null;
}

/** Two eras are one when both are absent or their dates overlap. */
function erasClash(a: string | null, b: string | null): boolean {
  if (a === b) return false;
  // "earlier" is an earlier event named without a date: it matches only another such.
  if (!a || !b || a === 'earlier' || b === 'earlier') return true;
  const iv = (iso: string) => ({ iso, granularity: 'year' as const, ...bounds(iso) });
  return !datesCompatible(iv(a), iv(b));
}

/** The day interval of an ISO date or period ("2005", "2023-06", "2024-09-26"). */
function bounds(iso: string): { start?: string; end?: string } {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return {};
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  const fmt = (t: number): string => new Date(t).toISOString().slice(0, 10);
  if (d !== null && mo !== null) return { start: fmt(Date.UTC(y, mo - 1, d)), end: fmt(Date.UTC(y, mo - 1, d + 1)) };
  if (mo !== null) return { start: fmt(Date.UTC(y, mo - 1, 1)), end: fmt(Date.UTC(y, mo, 1)) };
  return { start: fmt(Date.UTC(y, 0, 1)), end: fmt(Date.UTC(y + 1, 0, 1)) };
}

/**
 * Owners an article sets against each other: two names it gives figures of one measure
 * ("Palisades Fire … 11% contained", "the Eaton Fire … 27%"; Iran's toll and Israel's),
 * rivals for that measure only: Carrow's and Brightwater's share moves are two facts, the
 * deal's premium one.
 * Only such rivals keep figures apart: an owner read from a sentence is often a place
 * inside another ("Castelmora" in the Varenna Valley, "Pasadena" for the Eaton Fire) or
 * a name beside the real one, and is no evidence of another fact on its own.
 */
export class Rivals {
  /** Rival owner pairs by measure, indexed by every word of either owner so a look-up reads only pairs it could match. */
  private readonly byWord = new Map<string, Map<string, [string, string][]>>();
  constructor(claims: readonly Claim[]) {
    const bySource = new Map<string, Map<string, Set<string>>>();
    for (const c of claims) {
      const s = c.shape;
      if (!s?.owner) continue;
      const measure = Rivals.keyOf(c);
      let byMeasure = bySource.get(c.source);
      if (!byMeasure) bySource.set(c.source, (byMeasure = new Map()));
      let owners = byMeasure.get(measure);
      if (!owners) byMeasure.set(measure, (owners = new Set()));
      owners.add(s.owner);
    }
    const seen = new Set<string>();
    for (const byMeasure of bySource.values()) {
      for (const [measure, owners] of byMeasure) {
        // An article naming dozens of owners of one measure is a table, not a contrast; and
        // pairs grow with the square of the list, so long lists are left out.
        if (owners.size > MAX_RIVAL_OWNERS) continue;
        const list = [...owners].sort();
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const [x, y] = [list[i]!, list[j]!];
            const id = `${measure}\u0000${x}\u0000${y}`;
            if (ownersMatch(x, y) || seen.has(id)) continue;
            seen.add(id);
            for (const w of new Set([...x.split(' '), ...y.split(' ')])) {
              let byMeasure2 = this.byWord.get(w);
              if (!byMeasure2) this.byWord.set(w, (byMeasure2 = new Map()));
              let pairs = byMeasure2.get(measure);
              if (!pairs) byMeasure2.set(measure, (pairs = []));
              pairs.push([x, y]);
            }
          }
        }
      }
    }
  }
  /** The measure a figure's owners compete for: its measure, or its type when the measure is unread. */
  static keyOf(c: Claim): string {
    return c.shape?.measure ?? `(${c.type})`;
  }
  /** True when some article gives figures of measure `key` to owners like `a` and like `b`. */
  has(key: string, a: string, b: string): boolean {
    // A pair that matches `a` holds an owner sharing every word of the shorter name, so one of a's words finds it.
    for (const w of a.split(' ')) {
      const pairs = this.byWord.get(w)?.get(key);
      if (pairs?.some(([x, y]) => (ownersMatch(x, a) && ownersMatch(y, b)) || (ownersMatch(x, b) && ownersMatch(y, a)))) return true;
    }
    return false;
  }
}

/** Owners of one measure in one article beyond which no rivals are read from it. */
const MAX_RIVAL_OWNERS = 24;

/** Compare the shapes of two figures. Claims without shapes (dates, facts read elsewhere) compare as unknown. */
export function compareShapes(a: Claim, b: Claim, rivals?: Rivals): ShapeMatch {
  const sa = a.shape;
  const sb = b.shape;
  const ma = sa?.measure ?? a.subject;
  const mb = sb?.measure ?? b.subject;
  const measure = ma && mb ? measuresRelate(ma, mb) : 'unknown';
  const owner = sa?.owner && sb?.owner ? (ownersMatch(sa.owner, sb.owner) ? 'same' : !rivals || rivals.has(Rivals.keyOf(a), sa.owner, sb.owner) || rivals.has(Rivals.keyOf(b), sa.owner, sb.owner) ? 'clash' : 'unknown') : 'unknown';
  const qualifier = sa?.qualifier && sb?.qualifier ? (sa.qualifier === sb.qualifier ? 'same' : 'clash') : sa?.qualifier || sb?.qualifier ? 'unknown' : 'same';
  return { measure, owner, qualifier, eraClash: !!(sa && sb) && erasClash(eraOf(sa), eraOf(sb)) };
}

/**
 * One article giving one fact at two times ("Iran said on Monday that 224 have been
 * killed … a rights group counted 657 on Friday"): the same measure and counted group, no
 * rival owners, and two different report days. Such figures may share a group, where
 * an article's two values otherwise mean two facts.
 */
export function sameFactOverTime(a: Claim, b: Claim, rivals?: Rivals): boolean {
  const sa = a.shape;
  const sb = b.shape;
  if (!sa?.measure || !sb?.measure || sa.measure !== sb.measure || sa.qualifier !== sb.qualifier) return false;
  if (!sa.time || !sb.time || sa.time === sb.time) return false;
  // An owner named on one side only may be another's: one article's two figures must name the same one.
  return (!sa.owner && !sb.owner) || (!!sa.owner && !!sb.owner && compareShapes(a, b, rivals).owner === 'same');
}

/** The shape comparison in words, for `--explain`: "measure deaths = deaths, owner iran = iran, reported 2025-06-20 / 2025-06-24". */
export function describeShapes(a: Claim, b: Claim, m: ShapeMatch): string {
  const sa = a.shape;
  const sb = b.shape;
  const part = (x: string | null | undefined, y: string | null | undefined): string => `${x ?? '?'}${x === y ? '' : ` / ${y ?? '?'}`}`;
  const measure = `measure ${part(sa?.measure ?? a.subject, sb?.measure ?? b.subject)} (${m.measure})`;
  const owner = sa?.owner || sb?.owner ? `, owner ${part(sa?.owner, sb?.owner)} (${m.owner})` : '';
  const group = sa?.qualifier || sb?.qualifier ? `, counting ${part(sa?.qualifier, sb?.qualifier)}` : '';
  const time = sa?.time || sb?.time ? `, reported ${part(sa?.time, sb?.time)}` : '';
  return `${measure}${owner}${group}${time}`;
}
