import { existsSync, readFileSync } from 'node:fs';

/**
 * WordNet 3.1, as the build snapshots it (scripts/build-wordnet.mjs): common nouns with
 * their senses, each sense's hypernyms and lexicographer file, and the nouns verbs and
 * adjectives derive from. Grouping asks it what a figure counts: whether "warplanes" and
 * "aircraft" can name one thing (a warplane is an aircraft), and whether "civilians" are
 * people. Loaded on first use, so runs without figures never pay for it.
 */

interface Table {
  keys: string[];
  starts: Int32Array;
  ids: Int32Array;
}

interface WordNet {
  nouns: Table;
  verbs: Table;
  adjectives: Table;
  /** Two hypernym slots per synset, -1 when empty. */
  parents: Int32Array;
  lexFile: Uint8Array;
}

interface Snapshot {
  nouns: { keys: string; starts: string; ids: string };
  verbs: { keys: string; starts: string; ids: string };
  adjectives: { keys: string; starts: string; ids: string };
  parents: string;
  lexFile: string;
}

function int32(b64: string): Int32Array {
  const bytes = Buffer.from(b64, 'base64');
  // Copied so the view is aligned whatever offset the buffer pool gave.
  return new Int32Array(new Uint8Array(bytes).buffer);
}

function table(t: Snapshot['nouns']): Table {
  return { keys: t.keys.split('\n'), starts: int32(t.starts), ids: int32(t.ids) };
}

let loaded: WordNet | null = null;

function wordnet(): WordNet {
  if (loaded) return loaded;
  // Compiled, the snapshot sits beside the code in dist/; from source, in dist/ at the root.
  const candidates = [new URL('../wordnet.json', import.meta.url), new URL('../../dist/wordnet.json', import.meta.url)];
  const found = candidates.find((u) => existsSync(u));
  // The package ships the snapshot; a checkout makes it with `npm run build`, as the tests do.
  if (!found) throw new Error('the WordNet snapshot dist/wordnet.json is missing: run "npm run build"');
  const raw = JSON.parse(readFileSync(found, 'utf8')) as Snapshot;
  loaded = {
    nouns: table(raw.nouns),
    verbs: table(raw.verbs),
    adjectives: table(raw.adjectives),
    parents: int32(raw.parents),
    lexFile: new Uint8Array(Buffer.from(raw.lexFile, 'base64')),
  };
  return loaded;
}

function lookup(t: Table, key: string): Int32Array | null {
  let lo = 0;
  let hi = t.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = t.keys[mid]!;
    if (k === key) return t.ids.subarray(t.starts[mid]!, t.starts[mid + 1]!);
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/** Plural endings WordNet's own lemmatiser detaches, in its order. */
const NOUN_DETACH: [string, string][] = [
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['s', ''],
];
/** Irregular plurals news counts with, which no ending rule reaches. */
const IRREGULAR: Record<string, string> = {
  people: 'person',
  children: 'child',
  women: 'woman',
  men: 'man',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  thieves: 'thief',
  leaves: 'leaf',
  halves: 'half',
  shelves: 'shelf',
  wolves: 'wolf',
  data: 'datum',
  criteria: 'criterion',
  media: 'medium',
  phenomena: 'phenomenon',
};

const lemmaCache = new Map<string, string | null>();

/**
 * The WordNet noun lemma of a word as written ("structures" → "structure", "air bases" →
 * "air base"), or null when WordNet has no such noun.
 */
export function nounLemma(word: string): string | null {
  const w = word.toLowerCase();
  let hit = lemmaCache.get(w);
  if (hit !== undefined) return hit;
  hit = null;
  const nouns = wordnet().nouns;
  const irregular = IRREGULAR[w];
  if (irregular && lookup(nouns, irregular)) hit = irregular;
  else {
    // The singular first: WordNet also lists some plurals as lemmas ("assets", "seats").
    for (const [end, put] of NOUN_DETACH) {
      if (!w.endsWith(end) || w.length <= end.length + 1) continue;
      const base = w.slice(0, -end.length) + put;
      if (lookup(nouns, base)) {
        hit = base;
        break;
      }
    }
    if (!hit && lookup(nouns, w)) hit = w;
  }
  if (lemmaCache.size > 100_000) lemmaCache.clear();
  lemmaCache.set(w, hit);
  return hit;
}

/** Noun senses of a word, most frequent first (at most four). */
export function nounSenses(word: string): readonly number[] {
  const lemma = nounLemma(word);
  if (!lemma) return [];
  return [...(lookup(wordnet().nouns, lemma) ?? [])];
}

/** Verb endings to detach when looking a participle or inflection up ("contained" → contain). */
const VERB_DETACH: [string, string][] = [
  ['ied', 'y'],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['es', ''],
  ['s', ''],
];

/** The base form of a verb as written ("valuing" → value, "raised" → raise), or null when WordNet has no such verb. */
export function verbLemma(word: string): string | null {
  const w = word.toLowerCase();
  const verbs = wordnet().verbs;
  if (lookup(verbs, w)) return w;
  for (const [end, put] of VERB_DETACH) {
    if (!w.endsWith(end) || w.length <= end.length + 2) continue;
    const base = w.slice(0, -end.length) + put;
    if (lookup(verbs, base)) return base;
    if (put === '' && base.length > 2 && base[base.length - 1] === base[base.length - 2] && lookup(verbs, base.slice(0, -1))) return base.slice(0, -1);
  }
  return null;
}

/**
 * The noun senses a verb or adjective form derives from: "contained" and "containment",
 * "destroyed" and "destruction", "evacuated" and "evacuation" meet here.
 */
export function derivedNounSenses(word: string): readonly number[] {
  const w = word.toLowerCase();
  const wn = wordnet();
  const adjective = lookup(wn.adjectives, w);
  if (adjective) return [...adjective];
  const direct = lookup(wn.verbs, w);
  if (direct) return [...direct];
  for (const [end, put] of VERB_DETACH) {
    if (!w.endsWith(end) || w.length <= end.length + 2) continue;
    const base = w.slice(0, -end.length) + put;
    const hit = lookup(wn.verbs, base);
    if (hit) return [...hit];
    // A doubled consonant: "planned" → plan.
    if (put === '' && base.length > 2 && base[base.length - 1] === base[base.length - 2]) {
      const single = lookup(wn.verbs, base.slice(0, -1));
      if (single) return [...single];
    }
  }
  return [];
}

/** The hypernyms of a synset up to `depth` steps, nearest first, the synset itself included. */
function ancestors(synset: number, depth: number): Map<number, number> {
  const parents = wordnet().parents;
  const out = new Map<number, number>([[synset, 0]]);
  let frontier = [synset];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: number[] = [];
    for (const s of frontier) {
      for (const p of [parents[2 * s]!, parents[2 * s + 1]!]) {
        if (p < 0 || out.has(p)) continue;
        out.set(p, d);
        next.push(p);
      }
    }
    frontier = next;
  }
  return out;
}

/** WordNet's lexicographer file of noun.person. */
const NOUN_PERSON = 18;

/** True when the word's most frequent noun sense is a kind of person ("civilians", "firefighters"). */
export function isPersonNoun(word: string): boolean {
  const senses = nounSenses(word);
  return senses.length > 0 && wordnet().lexFile[senses[0]!] === NOUN_PERSON;
}

/** Synsets so general that sharing them says nothing (entity, object, artifact, whole …): the top four levels. */
function tooGeneral(synset: number): boolean {
  const parents = wordnet().parents;
  let depth = 0;
  for (let s = synset; s >= 0 && depth < 5; s = parents[2 * s]!) depth++;
  return depth < 5;
}

/**
 * How two counted nouns relate: `same` when they share a sense ("airfields", "airdromes"),
 * `kind` when a sense of one is a kind of a sense of the other within four steps ("bombers",
 * "aircraft"; "homes", "buildings"), else null. Only the two most frequent senses of each
 * take part, so a rare sense ("jet" the mineral) cannot make a match.
 */
export function nounRelation(a: string, b: string): 'same' | 'kind' | null {
  const sa = nounSenses(a).slice(0, 2);
  const sb = nounSenses(b).slice(0, 2);
  if (!sa.length || !sb.length) return null;
  if (sa.some((x) => sb.includes(x))) return 'same';
  for (const [x, y] of [
    [sa, sb],
    [sb, sa],
  ] as const) {
    for (const s of x) {
      const up = ancestors(s, 4);
      if (y.some((t) => up.has(t) && !tooGeneral(t))) return 'kind';
    }
  }
  return null;
}
