import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CORPORA, ROOT, SAMPLE, run } from '../helpers.js';

/**
 * The version-1 JSON report is a public contract, documented by schema/report.schema.json.
 * Every real report must validate against it, a broken report must not, and the
 * offsets it prints must point at the claim's words in the article.
 */

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

// Strict mode turns any keyword the validator cannot place (a typo, a constraint without its type) into an error.
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema, 'report');
const validateReport = ajv.getSchema('report')!;
const validateGroup = ajv.getSchema('report#/$defs/group')!;

/** Validation errors as readable lines; empty when the data is valid. */
function problems(validate: typeof validateReport, data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

interface JsonClaim {
  id: string;
  source: string;
  type: string;
  text: string;
  sentence: string;
  start: number;
  end: number;
  line: number;
  column: number;
  value: Record<string, unknown>;
}
interface JsonGroup {
  id: string;
  type: string;
  status: string;
  story: string;
  claims: JsonClaim[];
  values: { claims: string[]; sources: string[] }[];
}
interface JsonSource {
  id: string;
  path: string;
  encoding: string | null;
  claims: number;
  skipped: string | null;
}
interface JsonReport {
  version: number;
  sources: JsonSource[];
  stories: { id: string; sources: string[] }[];
  groups: JsonGroup[];
  stats: Record<string, number>;
}

const corpora: [string, string][] = [
  ['sample', SAMPLE],
  ...readdirSync(CORPORA, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(CORPORA, d.name, 'articles')))
    .map((d): [string, string] => [`corpora/${d.name}`, path.join(CORPORA, d.name, 'articles')])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
];

const cache = new Map<string, JsonReport>();
/** Run the real binary once per folder and parse its JSON report. */
function report(dir: string): JsonReport {
  let r = cache.get(dir);
  if (!r) {
    const out = run([dir, '--format', 'json']);
    expect(out.code, out.stderr).toBe(0);
    r = JSON.parse(out.stdout) as JsonReport;
    cache.set(dir, r);
  }
  return r;
}

/** 1-based line and column of an offset: \n, \r\n and a lone \r each end a line. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

describe('report schema', () => {
  it('is itself a valid draft 2020-12 schema', () => {
    expect(ajv.validateSchema(schema), ajv.errorsText(ajv.errors)).toBe(true);
  });

  it('finds the corpora to check', () => {
    expect(corpora.length).toBeGreaterThanOrEqual(2);
  });

  for (const [name, dir] of corpora) {
    it(`accepts the real report for ${name}`, () => {
      const r = report(dir);
      expect(r.groups.length).toBeGreaterThan(0);
      expect(problems(validateReport, r)).toEqual([]);
    });
  }

  it('accepts every line of the ndjson output as a group', () => {
    const out = run([SAMPLE, '--format', 'ndjson']);
    expect(out.code, out.stderr).toBe(0);
    const lines = out.stdout.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(problems(validateGroup, JSON.parse(l))).toEqual([]);
  });

  it('accepts fields a later version may add', () => {
    const r = structuredClone(report(SAMPLE)) as unknown as Record<string, any>;
    r['addedLater'] = true;
    r['groups'][0].addedLater = 'x';
    r['groups'][0].claims[0].value.addedLater = 1;
    r['sources'][0].addedLater = null;
    expect(problems(validateReport, r)).toEqual([]);
  });

  const firstOf = (r: JsonReport, type: string): JsonClaim => {
    const c = r.groups.flatMap((g) => g.claims).find((x) => x.type === type);
    if (!c) throw new Error(`the sample report has no ${type} claim`);
    return c;
  };
  const broken: [string, string, (r: JsonReport) => void][] = [
    ['an unknown status', '/groups/0/status', (r) => void (r.groups[0]!.status = 'maybe')],
    ['a claim without line', '/groups/0/claims/0', (r) => void delete (r.groups[0]!.claims[0] as Partial<JsonClaim>).line],
    ['a column of 0', '/groups/0/claims/0/column', (r) => void (r.groups[0]!.claims[0]!.column = 0)],
    ['a negative offset', '/groups/0/claims/0/start', (r) => void (r.groups[0]!.claims[0]!.start = -1)],
    ['another version', '/version', (r) => void (r.version = 2)],
    ['a date value on a money claim', '/value', (r) => void (firstOf(r, 'money').value = { iso: '2024', granularity: 'year' })],
    ['a person without role', '/value', (r) => void delete firstOf(r, 'person').value['role']],
    ['an unknown granularity', '/value/granularity', (r) => void (firstOf(r, 'date').value['granularity'] = 'fortnight')],
    ['a kind on a non-conflict', '/kind', (r) => void ((r.groups.find((g) => g.status !== 'conflict') as unknown as Record<string, unknown>)['kind'] = 'scale')],
    ['a missing stats total', '/stats', (r) => void delete r.stats['singleSource']],
  ];
  for (const [what, where, breakIt] of broken) {
    it(`rejects a report with ${what}`, () => {
      const r = structuredClone(report(SAMPLE));
      breakIt(r);
      const found = problems(validateReport, r);
      expect(found.length).toBeGreaterThan(0);
      expect(found.some((p) => p.split(' ')[0]!.includes(where)), found.join('\n')).toBe(true);
    });
  }
});

describe('report positions', () => {
  for (const [name, dir] of corpora) {
    it(`claim offsets of ${name} point at the claim's words in the article file`, () => {
      const r = report(dir);
      const sources = new Map(r.sources.map((s) => [s.id, s]));
      const texts = new Map<string, string>();
      const wrong: string[] = [];
      let checked = 0;
      for (const g of r.groups) {
        for (const c of g.claims) {
          const s = sources.get(c.source);
          if (!s) {
            wrong.push(`${c.id}: source ${c.source} is not listed`);
            continue;
          }
          // Offsets refer to the decoded text; for UTF-8 files that is the file read as UTF-8, minus any BOM.
          if (!/\.(txt|md)$/i.test(s.path) || (s.encoding !== 'utf-8' && s.encoding !== 'utf-8-bom')) continue;
          let text = texts.get(s.id);
          if (text === undefined) {
            text = readFileSync(path.resolve(ROOT, s.path), 'utf8');
            if (s.encoding === 'utf-8-bom' && text.startsWith('\uFEFF')) text = text.slice(1);
            texts.set(s.id, text);
          }
          checked++;
          const slice = text.slice(c.start, c.end);
          if (slice !== c.text) wrong.push(`${c.id} ${s.id}[${c.start},${c.end}): ${JSON.stringify(slice)} !== ${JSON.stringify(c.text)}`);
          const at = lineColumn(text, c.start);
          if (at.line !== c.line || at.column !== c.column) wrong.push(`${c.id} ${s.id}: at ${at.line}:${at.column}, printed ${c.line}:${c.column}`);
          if (!c.sentence.includes(c.text)) wrong.push(`${c.id} ${s.id}: sentence does not contain ${JSON.stringify(c.text)}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    });
  }
});

describe('report cross-references', () => {
  for (const [name, dir] of corpora) {
    it(`ids in the ${name} report refer to listed things and totals add up`, () => {
      const r = report(dir);
      const read = new Set(r.sources.filter((s) => s.skipped === null).map((s) => s.id));
      const stories = new Set(r.stories.map((s) => s.id));
      const wrong: string[] = [];
      for (const g of r.groups) {
        if (!stories.has(g.story)) wrong.push(`${g.id}: unknown story ${g.story}`);
        const claimIds = new Set(g.claims.map((c) => c.id));
        for (const c of g.claims) if (!read.has(c.source)) wrong.push(`${g.id}/${c.id}: unknown source ${c.source}`);
        for (const v of g.values) {
          for (const id of v.claims) if (!claimIds.has(id)) wrong.push(`${g.id}: value names claim ${id} not in the group`);
          for (const id of v.sources) if (!read.has(id)) wrong.push(`${g.id}: value names unknown source ${id}`);
        }
      }
      expect(wrong).toEqual([]);
      const count = (status: string): number => r.groups.filter((g) => g.status === status).length;
      expect({
        sources: read.size,
        skipped: r.sources.length - read.size,
        claims: r.sources.reduce((n, s) => n + s.claims, 0),
        groups: r.groups.length,
        agreements: count('agreement'),
        conflicts: count('conflict'),
        singleSource: count('single-source'),
      }).toEqual(r.stats);
    });
  }
});
