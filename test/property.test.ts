import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../src/check/load-facts.js';
import { eachTokenAround } from '../src/extract/context.js';
import { extractSource } from '../src/extract/index.js';
import { extractNames } from '../src/extract/names.js';
import { extractQuotes } from '../src/extract/quotes.js';
import { eachToken, tokenize } from '../src/extract/words.js';
import { fromRecords, toRecords } from '../src/extract/records.js';
import { analyzeSources, reconcileClaims } from '../src/index.js';
import { readFrontMatter } from '../src/ingest/frontmatter.js';
import { prepareSources, type RawArticle } from '../src/ingest/index.js';
import { formatJson } from '../src/report/json.js';
import { SAMPLE } from './helpers.js';

const sample: RawArticle[] = readdirSync(SAMPLE)
  .sort()
  .map((f) => ({ id: f, path: path.join(SAMPLE, f), bytes: readFileSync(path.join(SAMPLE, f)) }));

/** Text that looks like news: words, figures, dates, names, quotes and punctuation. */
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom('The', 'said', 'Minister', 'Amir', 'Khan', 'Russia’s', 'in', 'April', '2025', '$9', 'billion', '48', 'people', 'killed', '“', '”', '"', ',', '.', '\n', 'U.S.', 'Dr.', '—', '(ISKP)', '12%'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

describe('extractors on untrusted text', () => {
  it('names never throw and their spans point at their text', () => {
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string({ maxLength: 200 })), (text) => {
        for (const n of extractNames(text)) {
          expect(text.slice(n.start, n.end)).toBe(n.text);
          expect(n.start).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('quotes never throw and their spans point at their text', () => {
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string({ maxLength: 200 })), (text) => {
        for (const q of extractQuotes(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 300 },
    );
  });

  it('every claim of a whole article points at its text and sits inside its sentence', () => {
    fc.assert(
      fc.property(newsy, (body) => {
        const { sources } = prepareSources([{ id: 'a.txt', path: 'a.txt', bytes: Buffer.from(body) }]);
        for (const s of sources) {
          for (const sen of s.sentences) expect(s.text.slice(sen.start, sen.end)).toBe(sen.text);
          for (const c of extractSource(s)) {
            expect(s.text.slice(c.start, c.end)).toBe(c.text);
            const sen = s.sentences[c.sentence]!;
            expect(c.start).toBeGreaterThanOrEqual(sen.start);
            expect(c.end).toBeLessThanOrEqual(sen.end);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('streaming tokens', () => {
  // Group labels read words with these instead of token lists; they must see the same words.
  it('eachToken visits exactly the tokens tokenize gives', () => {
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string({ maxLength: 200 })), (text) => {
        const seen: { text: string; start: number; end: number }[] = [];
        eachToken(text, (t, start, end) => (seen.push({ text: t, start, end }), false));
        expect(seen).toEqual(tokenize(text).map(({ text: t, start, end }) => ({ text: t, start, end })));
      }),
      { numRuns: 300 },
    );
  });

  it('eachTokenAround visits the 40 tokens either side of a span, in order', () => {
    // Long enough that a span often has more than 40 tokens on either side.
    const word = fc.oneof(fc.constantFrom('word', 'x.', 'U.S.', '2025', 'Müller’s', '—', ',', 'rock-n-roll'), fc.string({ maxLength: 4 }));
    const long = fc.array(word, { minLength: 30, maxLength: 200 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(long, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const tokens = tokenize(text);
        const firstEndingAfter = (x: number): number => {
          const i = tokens.findIndex((t) => t.end > x);
          return i < 0 ? tokens.length : i;
        };
        const expected = tokens.slice(Math.max(0, firstEndingAfter(start) - 40), firstEndingAfter(end) + 40).map((t) => t.text);
        const seen: string[] = [];
        eachTokenAround(text, start, end, (t) => (seen.push(t), false));
        expect(seen).toEqual(expected);
        // Returning true stops the walk at once: labels stop reading when they have their words.
        const stopAfter = expected.length ? a % expected.length : 0;
        const some: string[] = [];
        eachTokenAround(text, start, end, (t) => (some.push(t), some.length > stopAfter));
        expect(some).toEqual(expected.slice(0, stopAfter + 1));
      }),
      { numRuns: 300 },
    );
  });
});

describe('reconcile as a whole', () => {
  const baseline = formatJson(analyzeSources(prepareSources(sample)));

  it('is order-invariant: any permutation of the sources gives byte-identical JSON', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(sample, { minLength: sample.length, maxLength: sample.length }), (perm) => {
        expect(formatJson(analyzeSources(prepareSources(perm)))).toBe(baseline);
      }),
      { numRuns: 8 },
    );
  });

  it('merge(extract(x)) equals a direct run, however the sources are split into shards', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: sample.length, maxLength: sample.length }), (shardOf) => {
        const shards = [0, 1, 2].map((k) => sample.filter((_, i) => shardOf[i] === k)).filter((s) => s.length);
        const inputs = shards.map((raws, k) => {
          const ingested = prepareSources(raws);
          return { name: `shard-${k}`, text: toRecords(ingested, ingested.sources.flatMap(extractSource)) };
        });
        const { ingested, raw, problems } = fromRecords(inputs.reverse());
        expect(problems).toEqual([]);
        // Boilerplate removal looks across sources, so shards are compared with a direct run over the same shards' reading.
        const direct = shards.flatMap((raws) => prepareSources(raws).sources);
        const expected = formatJson(reconcileClaims({ sources: direct.sort((a, b) => (a.id < b.id ? -1 : 1)), skipped: [] }, direct.flatMap(extractSource)));
        expect(formatJson(reconcileClaims(ingested, raw))).toBe(expected);
      }),
      { numRuns: 6 },
    );
  });
});

describe('the fact loader on random input', () => {
  it('never throws, and every problem has a position', () => {
    const yamlish = fc
      .array(fc.oneof(fc.constantFrom('facts:', '  - id: a', '    claim: x', '    value: 3', '__proto__:', '  ', '- ', ': ', '&a', '*a', '[', ']', '{', '}', '"', "'", '\t', '#', '---', '<<: *a'), fc.string({ maxLength: 10 })), { maxLength: 30 })
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 300 })), (text) => {
        const { facts, problems } = loadFacts(text);
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.message.length).toBeGreaterThan(0);
        }
        expect(facts.length + problems.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });
});

describe('front matter', () => {
  it('plain key: value lines read the same with or without the YAML parser', () => {
    const key = fc.constantFrom('title', 'source', 'outlet', 'published', 'date', 'url', 'author', 'Title', 'x_y');
    const value = fc.oneof(
      fc.constantFrom('Quake kills 48', 'yes', 'No', 'null', 'On', '2024-03-12', '2024-02-30', 'March 12, 2024', 'a: b', 'a #b', 'https://example.org/a?b=c', 'x  ', '12', '1e3', '"quoted"', "it's", '[a]', '~', 'Café'),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,:#'"-]{0,20}$/),
    );
    const block = fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`));
    fc.assert(
      fc.property(block, (lines) => {
        const direct = readFrontMatter(`---\n${lines.join('\n')}\n---\nBody.\n`);
        // A comment line is not a plain line, so this block always goes through the YAML parser.
        const viaYaml = readFrontMatter(`---\n# reference\n${lines.join('\n')}\n---\nBody.\n`);
        expect(direct.meta).toEqual(viaYaml.meta);
        expect(direct.warnings.length).toBe(viaYaml.warnings.length);
      }),
      { numRuns: 500 },
    );
  });
});
