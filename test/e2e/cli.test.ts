import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA, ROOT, run, runJson, SAMPLE } from '../helpers.js';

interface Claim {
  source: string;
  type: string;
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
  sentence: string;
}
interface Group {
  id: string;
  type: string;
  status: string;
  kind: string | null;
  likely: string;
  independentSources: number;
  claims: Claim[];
}
interface Report {
  version: number;
  sources: { id: string; path: string; sentences: number; claims: number; skipped: string | null; published: string | null; title: string | null }[];
  groups: Group[];
  copies: { source: string; copyOf: string }[];
  stats: Record<string, number>;
}

const sourcesOf = (g: Group): Set<string> => new Set(g.claims.map((c) => c.source));

describe('reconcile on the bundled sample corpus', () => {
  const { code, json } = runJson<Report>([SAMPLE]);

  it('exits 0 and reports every article', () => {
    expect(code).toBe(0);
    expect(json.version).toBe(1);
    expect(json.sources.map((s) => s.id)).toEqual(readdirSync(SAMPLE).filter((f) => f.endsWith('.txt')).sort());
    expect(json.stats['sources']).toBe(5);
  });

  it('finds the August 2021 takeover as one agreement across at least three sources', () => {
    const g = json.groups.find((x) => x.type === 'date' && x.claims.some((c) => c.text === 'August 2021'));
    expect(g?.status).toBe('agreement');
    expect(sourcesOf(g!).size).toBeGreaterThanOrEqual(3);
    // "in 2021" about the same takeover belongs with it, as a less precise statement.
    expect(g!.claims.every((c) => c.text === 'August 2021' || c.text === '2021')).toBe(true);
    expect(g!.precisionOnly).toBe(true);
  });

  it('keeps "in April" and "April 2025" in one agreement, never a conflict', () => {
    const g = json.groups.find((x) => x.claims.some((c) => c.text === 'April 2025'));
    expect(g?.status).toBe('agreement');
    expect(g!.claims.some((c) => c.text === 'April')).toBe(true);
  });

  it('never calls "$9 billion" and "billions" a conflict', () => {
    const g = json.groups.find((x) => x.claims.some((c) => c.text === 'roughly $9 billion'));
    expect(g?.status).toBe('agreement');
    expect(g!.claims.some((c) => c.text === 'billions')).toBe(true);
  });

  it('joins every Muttaqi mention, with and without titles, under one person', () => {
    const g = json.groups.filter((x) => x.type === 'person' && x.claims.some((c) => c.text.includes('Muttaqi')));
    expect(g).toHaveLength(1);
    expect(g[0]!.likely).toBe('Amir Khan Muttaqi');
    expect(sourcesOf(g[0]!).size).toBe(4);
  });

  it('gives claims exact spans and 1-based positions', () => {
    for (const g of json.groups) {
      for (const c of g.claims) {
        const src = json.sources.find((s) => s.id === c.source)!;
        const text = readFileSync(src.path, 'utf8');
        expect(text.slice(c.start, c.end)).toBe(c.text);
        const before = text.slice(0, c.start).split('\n');
        expect(c.line).toBe(before.length);
        expect(c.column).toBe(before[before.length - 1]!.length + 1);
        expect(c.sentence).toContain(c.text);
      }
    }
  });

  it('takes no claim from junk lines', () => {
    const junk = ['Sentiment Score', '0.30', 'Request a Demo', 'British jet stuck in India', 'Crypto Paying Apps', 'institutional investors'];
    for (const g of json.groups) for (const c of g.claims) for (const j of junk) expect(c.sentence).not.toContain(j);
  });
});

describe('planted disagreements', () => {
  it('reports the $4 million / $40 million aid pledge as a scale conflict naming both values and sources', () => {
    const { json } = runJson<Report>([path.join(CORPORA, 'quake', 'articles')]);
    const g = json.groups.find((x) => x.status === 'conflict' && x.type === 'money');
    expect(g?.kind).toBe('scale');
    const texts = g!.claims.map((c) => `${c.source}:${c.text}`);
    expect(texts).toContain('cpa-quake-report.txt:$4 million');
    expect(texts).toContain('daily-ledger-quake.md:$40 million');
  });

  it('reports two people named for one office as a contradiction, and leaves ownerless titles apart', () => {
    const { json } = runJson<Report>([path.join(ROOT, 'fixtures', 'roles', 'articles')]);
    const people = json.groups.filter((x) => x.type === 'person');
    const office = people.find((x) => x.claims.some((c) => c.text.includes('Joanna Pike')));
    expect(office?.status).toBe('conflict');
    expect(office?.kind).toBe('contradiction');
    expect(new Set(office!.claims.map((c) => `${c.source}:${c.text}`))).toEqual(new Set(['ledger.txt:Harriet Lindqvist', 'tribune.txt:Joanna Pike', 'wire.txt:Harriet Lindqvist']));
    // "Chief executive" with no company says nothing about which office.
    expect(people.filter((x) => x.status === 'conflict')).toHaveLength(1);
    expect(people.find((x) => x.claims.some((c) => c.text === 'Tomas Berg'))?.claims.map((c) => c.text)).toEqual(['Tomas Berg']);
    const why = run([path.join(ROOT, 'fixtures', 'roles', 'articles'), '--explain', office!.id]);
    expect(why.stdout).toContain('"harriet lindqvist" and "joanna pike" are both named as carrow chief executive');
  });

  it('exits 1 with --fail-on-conflict when there is a conflict, 0 without', () => {
    const dir = path.join(CORPORA, 'quake', 'articles');
    expect(run([dir, '--fail-on-conflict', '--format', 'json']).code).toBe(1);
    expect(run([dir, '--format', 'json']).code).toBe(0);
    expect(run([SAMPLE, '--fail-on-conflict', '--format', 'json']).code).toBe(0);
  });

  it('does not count a syndicated copy as independent corroboration', () => {
    const { json } = runJson<Report>([path.join(CORPORA, 'quake', 'articles')]);
    expect(json.copies).toContainEqual(expect.objectContaining({ source: 'evening-post-quake.txt', copyOf: 'cpa-quake-report.txt' }));
    const felt = json.groups.find((x) => x.claims.some((c) => c.source === 'evening-post-quake.txt') && x.claims.some((c) => c.source === 'cpa-quake-report.txt') && sourcesOf(x).size === 2);
    expect(felt?.independentSources).toBe(1);
    expect(felt?.status).not.toBe('agreement');
  });
});

describe('terminal report', () => {
  it('has no escape bytes when piped with NO_COLOR and fits COLUMNS', () => {
    const r = run([SAMPLE, '--all'], { env: { COLUMNS: '100' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b/);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    expect(r.stdout).toMatch(/5 sources/);
  });

  it('uses colour with FORCE_COLOR and never with NO_COLOR', () => {
    expect(run([SAMPLE], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toMatch(/\u001b\[/);
    expect(run([SAMPLE], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('lists conflicts before agreements', () => {
    const out = run([path.join(CORPORA, 'quake', 'articles')]).stdout;
    expect(out.indexOf('Conflicts')).toBeGreaterThan(-1);
    expect(out.indexOf('Conflicts')).toBeLessThan(out.indexOf('Agreements'));
  });
});

describe('determinism', () => {
  it('gives byte-identical JSON whatever the order of the file arguments', () => {
    const files = readdirSync(SAMPLE).map((f) => path.join(SAMPLE, f));
    const a = run([...files, '--format', 'json']).stdout;
    const b = run([...files].reverse().concat(['--format', 'json'])).stdout;
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(1000);
  });
});

describe('command line', () => {
  it('documents exit codes and examples in --help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit codes:/);
    expect(r.stdout).toMatch(/--format json \| jq/);
  });

  it('rejects an unknown option with one line and exit 2', () => {
    const r = run([SAMPLE, '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown option '--bogus'/);
  });

  it('rejects an unknown format with exit 2', () => {
    const r = run([SAMPLE, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format/);
  });

  it('rejects a missing path with exit 2 and no stack trace', () => {
    const r = run(['does-not-exist']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file or folder: does-not-exist/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads an article from standard input as "-"', () => {
    const text = readFileSync(path.join(SAMPLE, '001_5bcc3e5a36211025.txt'));
    const r = run(['-', '--format', 'json'], { input: text });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Report;
    expect(json.sources[0]!.id).toBe('-');
    expect(json.stats['claims']).toBeGreaterThan(10);
  });

  it('writes --out atomically and leaves no temporary file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reconcile-out-'));
    try {
      const out = path.join(dir, 'report.json');
      const r = run([SAMPLE, '--format', 'json', '--out', out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
      expect(readdirSync(dir)).toEqual(['report.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains a group', () => {
    const { json } = runJson<Report>([SAMPLE]);
    const g = json.groups.find((x) => x.claims.some((c) => c.text === 'August 2021'))!;
    const r = run([SAMPLE, '--explain', g.id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/status agreement/);
    expect(r.stdout).toMatch(/shared terms/);
    expect(run([SAMPLE, '--explain', 'date-nope']).code).toBe(2);
  });

  it('extract prints sources and claims one record per line, and merge gives exactly the direct report', () => {
    const r = run(['extract', SAMPLE, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { record: string; line?: number; source?: string });
    expect(records.filter((x) => x.record === 'source')).toHaveLength(5);
    const claims = records.filter((x) => x.record === 'claim');
    expect(claims.length).toBeGreaterThan(100);
    expect(claims.every((c) => typeof c.source === 'string' && c.line! >= 1)).toBe(true);
    const merged = run(['merge', '-', '--format', 'json'], { input: r.stdout });
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(run([SAMPLE, '--format', 'json']).stdout);
  });

  it('merging shards extracted separately equals one direct run', () => {
    const dir = path.join(CORPORA, 'quake', 'articles');
    const files = readdirSync(dir).map((f) => path.join(dir, f));
    const tmp = mkdtempSync(path.join(tmpdir(), 'reconcile-shards-'));
    try {
      const a = path.join(tmp, 'a.ndjson');
      const b = path.join(tmp, 'b.ndjson');
      writeFileSync(a, run(['extract', ...files.slice(0, 2)]).stdout);
      writeFileSync(b, run(['extract', ...files.slice(2)]).stdout);
      expect(run(['merge', b, a, '--format', 'json']).stdout).toBe(run([...files, '--format', 'json']).stdout);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('filters, ignore files and aliases', () => {
  const quake = path.join(CORPORA, 'quake', 'articles');

  it('--only, --types and --min-sources narrow the groups but not the stats', () => {
    const all = runJson<Report>([quake]).json;
    const only = runJson<Report>([quake, '--only', 'conflicts']).json;
    expect(only.groups.length).toBe(all.stats['conflicts']);
    expect(only.groups.every((g) => g.status === 'conflict')).toBe(true);
    expect(only.stats).toEqual(all.stats);
    const money = runJson<Report>([quake, '--types', 'money,date']).json;
    expect(money.groups.length).toBeGreaterThan(0);
    expect(money.groups.every((g) => g.type === 'money' || g.type === 'date')).toBe(true);
    const three = runJson<Report>([quake, '--min-sources', '3']).json;
    expect(three.groups.every((g) => sourcesOf(g).size >= 3)).toBe(true);
    expect(run([quake, '--types', 'colour']).code).toBe(2);
  });

  it('honours a .reconcileignore at the root of a folder argument', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reconcile-ignore-'));
    try {
      for (const f of readdirSync(quake)) writeFileSync(path.join(dir, f), readFileSync(path.join(quake, f)));
      writeFileSync(path.join(dir, '.reconcileignore'), '# drafts stay out\ndaily-*.md\n');
      const { json } = runJson<Report>([dir]);
      expect(json.sources.map((s) => s.id)).not.toContain('daily-ledger-quake.md');
      expect(json.sources).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--aliases joins names the articles never define as the same', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reconcile-aliases-'));
    try {
      const aliases = path.join(dir, 'aliases.yml');
      writeFileSync(aliases, '- ISIS-K = Islamic State Khorasan Province\n');
      const name = (r: Report): Group | undefined => r.groups.find((g) => g.claims.some((c) => c.text === 'ISIS-K'));
      expect(name(runJson<Report>([SAMPLE]).json)!.claims.some((c) => c.text === 'ISKP')).toBe(false);
      const joined = name(runJson<Report>([SAMPLE, '--aliases', aliases]).json)!;
      expect(joined.claims.some((c) => c.text === 'ISKP' || c.text.startsWith('Islamic State Khorasan'))).toBe(true);
      expect(joined.status).toBe('agreement');
      writeFileSync(aliases, '- just text without an equals sign\n');
      const bad = run([SAMPLE, '--aliases', aliases]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/aliases\.yml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('fixture sanity', () => {
  it('ships the sample corpus and planted corpora', () => {
    expect(existsSync(path.join(ROOT, 'fixtures', 'sample'))).toBe(true);
    for (const c of ['quake', 'merger', 'election', 'court']) expect(existsSync(path.join(CORPORA, c, 'expected.yml'))).toBe(true);
  });
});
