/**
 * End-to-end "bad input" suite: every test builds a temporary workspace holding
 * one good article (`articles/good.txt`) plus one kind of bad input, runs the
 * real binary, and checks three things:
 *   (a) the message class on stderr (naming the bad file and the reason),
 *   (b) the exit code,
 *   (c) that the good article is still fully reported (for fatal errors: that
 *       the same workspace without the bad input reports it fully, and that the
 *       failing run printed no half report).
 * No run may print a stack trace ("    at ") unless --debug is given.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, run, runJson, ROOT } from '../helpers.js';

const GOOD = 'Flooding forced 1,200 people from their homes in Kelby on 3 March 2024, officials said. Repairs will cost $12 million.\n';

/** A fact file the good article agrees with, for control runs of `reconcile check`. */
const GOOD_FACTS = [
  'facts:',
  '  - id: displaced',
  '    claim: people forced from their homes in Kelby',
  '    value: "1,200"',
  '  - id: cost',
  '    claim: cost of repairs',
  '    value: $12 million',
  '',
].join('\n');

/** A second article with facts of its own, used as the body of encoded and reshaped files. */
const OTHER = ['The bridge reopened on 5 April 2024.', 'It carried 3,000 cars a day.', 'The mayor said 12 workers were hurt.'];

const STACK = '    at ';
const isRoot = process.getuid?.() === 0;
/** As root, permissions are not enforced; the permission tests then run the binary as "nobody". */
const SETPRIV = '/usr/bin/setpriv';
const canTestPermissions = !isRoot || fs.existsSync(SETPRIV);

/** Run the binary, as "nobody" when this process is root, and parse its JSON report. */
function jsonAsUser(ws: Workspace, args: string[]): { code: number; json: JsonReport; stderr: string } {
  if (!isRoot) return jsonInWs(ws, args);
  // The workspace must be reachable by the unprivileged user; the locked entry stays locked.
  for (const p of [ws.dir, ws.abs('articles'), ws.abs('articles/good.txt')]) fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o755 : 0o644);
  const r = spawnSync(SETPRIV, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args, '--format', 'json'], {
    cwd: ws.dir,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, json: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

interface JsonSource {
  id: string;
  path: string;
  encoding: string | null;
  sentences: number;
  claims: number;
  dropped: number;
  warnings: string[];
  skipped: string | null;
}
interface JsonClaim {
  source: string;
  type: string;
  text: string;
  sentence: string;
  line: number;
  column: number;
}
interface JsonReport {
  sources: JsonSource[];
  groups: { claims: JsonClaim[] }[];
}

interface Workspace {
  /** The temporary folder; every command runs with it as the working folder. */
  dir: string;
  /** Write a file (text or bytes) at a path relative to the workspace; returns the absolute path. */
  write: (rel: string, data: string | Buffer) => string;
  abs: (rel: string) => string;
}

const workspaces: string[] = [];
const locked: string[] = [];

function workspace(): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reconcile-bad-input-'));
  workspaces.push(dir);
  const abs = (rel: string): string => path.join(dir, rel);
  const write = (rel: string, data: string | Buffer): string => {
    const file = abs(rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
    return file;
  };
  write('articles/good.txt', GOOD);
  return { dir, write, abs };
}

/** Take away every permission bit for the test, and remember to give them back afterwards. */
function lock(p: string): void {
  fs.chmodSync(p, 0o000);
  locked.push(p);
}

afterEach(() => {
  for (const p of locked.splice(0)) {
    try {
      fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o755 : 0o644);
    } catch {
      // already gone
    }
  }
  for (const dir of workspaces.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => {
  // The suite runs the built binary; without a build every test would fail for the wrong reason.
  expect(fs.existsSync(path.join(ROOT, 'bin', 'reconcile.js'))).toBe(true);
  expect(fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))).toBe(true);
});

// ---------------------------------------------------------------- helpers

function inWs(ws: Workspace, args: string[], input?: string | Buffer): ReturnType<typeof run> {
  return run(args, { cwd: ws.dir, ...(input === undefined ? {} : { input }) });
}

function jsonInWs(ws: Workspace, args: string[], input?: string | Buffer): { code: number; json: JsonReport; stderr: string } {
  return runJson<JsonReport>(args, { cwd: ws.dir, ...(input === undefined ? {} : { input }) });
}

/** The claim records of `reconcile extract` output (source records are skipped). */
function ndjson(stdout: string): JsonClaim[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as JsonClaim & { record: string })
    .filter((r) => r.record === 'claim');
}

function expectNoStack(stderr: string): void {
  expect(stderr, 'stderr must not hold a stack trace').not.toContain(STACK);
}

function stderrLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l !== '');
}

function sourceOf(report: JsonReport, id: string): JsonSource {
  const s = report.sources.find((x) => x.id === id);
  expect(s, `sources[] should list ${JSON.stringify(id)}; got ${JSON.stringify(report.sources.map((x) => x.id))}`).toBeDefined();
  return s!;
}

/** The good article is read in full: both sentences, its claims, no warnings. */
function expectGoodReported(report: JsonReport): void {
  const g = sourceOf(report, 'good.txt');
  expect(g.skipped).toBeNull();
  expect(g.encoding).toBe('utf-8');
  expect(g.sentences).toBe(2);
  expect(g.claims).toBeGreaterThanOrEqual(2);
  expect(g.warnings).toEqual([]);
}

function expectSkipped(report: JsonReport, id: string, reason: RegExp): void {
  const s = sourceOf(report, id);
  expect(s.skipped).toMatch(reason);
  expect(s.sentences).toBe(0);
  expect(s.claims).toBe(0);
}

/** Sources that were actually read (not skipped), by id. */
function readIds(report: JsonReport): string[] {
  return report.sources.filter((s) => s.skipped === null).map((s) => s.id);
}

function allClaims(report: JsonReport): JsonClaim[] {
  return report.groups.flatMap((g) => g.claims);
}

/** Control run for fatal errors: the same workspace, without the bad input, reports the good article. */
function expectGoodControl(ws: Workspace): void {
  const r = jsonInWs(ws, ['articles']);
  expect(r.code).toBe(0);
  expectNoStack(r.stderr);
  expectGoodReported(r.json);
}

/** Control run for fact-file errors: a sound fact file checks the good article cleanly. */
function expectCheckControl(ws: Workspace): void {
  ws.write('good-facts.yml', GOOD_FACTS);
  const r = inWs(ws, ['check', '--facts', 'good-facts.yml', 'articles']);
  expect(r.code).toBe(0);
  expectNoStack(r.stderr);
  expect(r.stdout).toMatch(/2 facts checked against 1 sources: no contradictions \(2 supported\)/);
  expect(`${r.stdout}${r.stderr}`).not.toContain('polluted');
  expectGoodControl(ws);
}

/** Run `reconcile check --facts facts.yml articles` with the given fact file. */
function checkWithFacts(ws: Workspace, facts: string | Buffer): ReturnType<typeof run> & { ms: number } {
  ws.write('facts.yml', facts);
  const t0 = Date.now();
  const r = inWs(ws, ['check', '--facts', 'facts.yml', 'articles']);
  return { ...r, ms: Date.now() - t0 };
}

/** Shared shape of every fact-file failure: exit 2, a header line, every detail line naming facts.yml:LINE:COL. */
function expectFactFailure(r: ReturnType<typeof run>, problems?: number): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expectNoStack(r.stderr);
  const header = problems === undefined ? /^reconcile: fact file facts\.yml has \d+ problems?$/m : new RegExp(`^reconcile: fact file facts\\.yml has ${problems} problems?$`, 'm');
  expect(r.stderr).toMatch(header);
  const details = stderrLines(r.stderr).filter((l) => l.startsWith('  '));
  expect(details.length).toBeGreaterThan(0);
  for (const d of details) expect(d).toMatch(/^ {2}facts\.yml:\d+:\d+: \S/);
}

/** Shared shape of every command-line usage failure: exit 2, one line, no report. */
function expectUsageFailure(r: ReturnType<typeof run>, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expectNoStack(r.stderr);
  expect(r.stderr).toMatch(message);
  expect(stderrLines(r.stderr)).toHaveLength(1);
}

// ---------------------------------------------------------------- article files

describe('bad article files next to a good one', () => {
  it('binary file with a .txt extension (NUL bytes) is skipped', () => {
    const ws = workspace();
    ws.write('articles/bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toMatch(/^reconcile: skipped articles\/bin\.txt: binary file \(NUL byte in the first 8 KB\)$/m);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    expectSkipped(r.json, 'bin.txt', /^binary file/);
  });

  it('empty file is skipped', () => {
    const ws = workspace();
    ws.write('articles/empty.txt', '');
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toMatch(/^reconcile: skipped articles\/empty\.txt: empty file$/m);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    expectSkipped(r.json, 'empty.txt', /^empty file$/);
  });

  it('whitespace-only file is skipped as empty', () => {
    const ws = workspace();
    ws.write('articles/blank.txt', ' \n\t\r\n   \n\u00a0\n');
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toMatch(/^reconcile: skipped articles\/blank\.txt: empty file$/m);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    expectSkipped(r.json, 'blank.txt', /^empty file$/);
  });

  it('UTF-8 with a BOM is read, and offsets do not count the BOM', () => {
    const ws = workspace();
    ws.write('articles/bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${OTHER.join(' ')}\n`, 'utf8')]));
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectGoodReported(r.json);
    const bom = sourceOf(r.json, 'bom.txt');
    expect(bom.skipped).toBeNull();
    expect(bom.encoding).toBe('utf-8-bom');
    expect(bom.sentences).toBe(3);
    expect(bom.claims).toBeGreaterThanOrEqual(3);
    const claims = ndjson(inWs(ws, ['extract', 'articles/bom.txt']).stdout);
    const date = claims.find((c) => c.type === 'date');
    expect(date?.text).toBe('5 April 2024');
    expect(date?.line).toBe(1);
    expect(date?.column).toBe(24);
    for (const c of claims) expect(c.sentence).not.toContain('\ufeff');
  });

  it('UTF-16 LE with a BOM is decoded', () => {
    const ws = workspace();
    ws.write('articles/le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${OTHER.join(' ')}\n`, 'utf16le')]));
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectGoodReported(r.json);
    const le = sourceOf(r.json, 'le.txt');
    expect(le.skipped).toBeNull();
    expect(le.encoding).toBe('utf-16le');
    expect(le.sentences).toBe(3);
    expect(le.claims).toBeGreaterThanOrEqual(3);
  });

  it('UTF-16 BE with a BOM is decoded', () => {
    const ws = workspace();
    const body = Buffer.from(`${OTHER.join(' ')}\n`, 'utf16le');
    body.swap16();
    ws.write('articles/be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), body]));
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectGoodReported(r.json);
    const be = sourceOf(r.json, 'be.txt');
    expect(be.skipped).toBeNull();
    expect(be.encoding).toBe('utf-16be');
    expect(be.sentences).toBe(3);
    expect(be.claims).toBeGreaterThanOrEqual(3);
  });

  it('Latin-1 / Windows-1252 bytes (invalid UTF-8) warn on stderr and are still read', () => {
    const ws = workspace();
    // "café", "£5,000" and an en dash (0x96) in Windows-1252.
    ws.write('articles/latin.txt', Buffer.from('The caf\xe9 in Kelby lost \xa35,000 on 4 March 2024. The owner said 40 tables were ruined \x96 all of them.\n', 'latin1'));
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toMatch(/^reconcile: articles\/latin\.txt: not valid UTF-8; read as Windows-1252 \(Latin-1\)$/m);
    expect(r.stderr).not.toMatch(/skipped/);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    const latin = sourceOf(r.json, 'latin.txt');
    expect(latin.skipped).toBeNull();
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.sentences).toBe(2);
    expect(latin.claims).toBeGreaterThanOrEqual(2);
    expect(latin.warnings.join('\n')).toMatch(/not valid UTF-8/);
    const claims = ndjson(inWs(ws, ['extract', 'articles/latin.txt', '--quiet']).stdout);
    expect(claims.map((c) => c.text)).toContain('£5,000');
    expect(claims.find((c) => c.text === '£5,000')?.sentence).toBe('The café in Kelby lost £5,000 on 4 March 2024.');
  });

  it('a NUL byte after the first 8 KB does not make the file binary', () => {
    const ws = workspace();
    let text = '';
    for (let i = 1; text.length < 9000; i++) text += `Crew ${i} cleared ${i * 7} metres of road in Kelby.\n`;
    ws.write('articles/late.txt', Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0]), Buffer.from('tail\n', 'utf8')]));
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).not.toMatch(/late\.txt/);
    expect(r.stderr).not.toMatch(/skipped|binary/);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    const late = sourceOf(r.json, 'late.txt');
    expect(late.skipped).toBeNull();
    expect(late.encoding).toBe('utf-8');
    expect(late.sentences).toBeGreaterThan(100);
    expect(late.claims).toBeGreaterThan(100);
  });

  it('CRLF line ends: sentences split, positions count lines', () => {
    const ws = workspace();
    ws.write('articles/crlf.txt', `${OTHER[0]}\r\n${OTHER[1]}\r\n\r\n${OTHER[2]}\r\n`);
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectGoodReported(r.json);
    const crlf = sourceOf(r.json, 'crlf.txt');
    expect(crlf.skipped).toBeNull();
    expect(crlf.sentences).toBe(3);
    expect(crlf.claims).toBeGreaterThanOrEqual(3);
    const claims = ndjson(inWs(ws, ['extract', 'articles/crlf.txt']).stdout);
    for (const c of claims) expect(c.sentence).not.toMatch(/[\r\n]/);
    const twelve = claims.find((c) => c.text === '12');
    expect(twelve?.sentence).toBe(OTHER[2]);
    expect(twelve?.line).toBe(4);
  });

  it('lone CR line ends (old Mac): sentences still split', () => {
    const ws = workspace();
    ws.write('articles/cr.txt', `${OTHER[0]}\r${OTHER[1]}\r\r${OTHER[2]}\r`);
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectGoodReported(r.json);
    const cr = sourceOf(r.json, 'cr.txt');
    expect(cr.skipped).toBeNull();
    expect(cr.sentences).toBe(3);
    expect(cr.claims).toBeGreaterThanOrEqual(3);
    const claims = ndjson(inWs(ws, ['extract', 'articles/cr.txt']).stdout);
    for (const c of claims) expect(c.sentence).not.toMatch(/[\r\n]/);
    const twelve = claims.find((c) => c.text === '12');
    expect(twelve?.sentence).toBe(OTHER[2]);
    expect(twelve?.line).toBe(4);
  });

  it('a file over --max-size 1KB is skipped with both sizes named', () => {
    const ws = workspace();
    let text = '';
    for (let i = 1; text.length < 2048; i++) text += `Crew ${i} cleared ${i * 7} metres of road.\n`;
    ws.write('articles/big.txt', text.slice(0, 2048));
    const r = jsonInWs(ws, ['articles', '--max-size', '1KB']);
    expect(r.stderr).toMatch(/^reconcile: skipped articles\/big\.txt: larger than the 1 KB limit \(2 KB\)$/m);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    expectSkipped(r.json, 'big.txt', /larger than the 1 KB limit/);
  });

  it('a 50 MB single-line file is skipped by the default 10 MB limit', () => {
    const ws = workspace();
    ws.write('articles/huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a'));
    const t0 = Date.now();
    const r = jsonInWs(ws, ['articles']);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.stderr).toMatch(/^reconcile: skipped articles\/huge\.txt: larger than the 10 MB limit \(50 MB\)$/m);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    expectSkipped(r.json, 'huge.txt', /larger than the 10 MB limit/);
  });

  it('symlink loops: a folder link to its own folder and a file link to itself', () => {
    const ws = workspace();
    fs.symlinkSync('.', ws.abs('articles/a'));
    fs.symlinkSync('self.txt', ws.abs('articles/self.txt'));
    const t0 = Date.now();
    const r = jsonInWs(ws, ['articles']);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.stderr).toMatch(/^reconcile: skipped articles\/self\.txt: symlink loop$/m);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    expectSkipped(r.json, 'self.txt', /^symlink loop$/);
    // The folder loop is walked once: the good article is not read again as a/good.txt.
    expect(readIds(r.json)).toEqual(['good.txt']);
  });

  it('a dangling symlink named x.txt is skipped', () => {
    const ws = workspace();
    fs.symlinkSync('nowhere.txt', ws.abs('articles/x.txt'));
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toMatch(/^reconcile: skipped articles\/x\.txt: dangling symlink$/m);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    expectSkipped(r.json, 'x.txt', /^dangling symlink$/);
  });

  it.skipIf(!canTestPermissions)(
    canTestPermissions ? 'unreadable file (chmod 000) is skipped as permission denied' : 'unreadable file (chmod 000) — NOT RUN: root without setpriv to drop privileges',
    () => {
      const ws = workspace();
      lock(ws.write('articles/secret.txt', `${OTHER.join(' ')}\n`));
      const r = jsonAsUser(ws, ['articles']);
      expect(r.stderr).toMatch(/^reconcile: skipped articles\/secret\.txt: permission denied$/m);
      expect(r.code).toBe(0);
      expectNoStack(r.stderr);
      expectGoodReported(r.json);
      expectSkipped(r.json, 'secret.txt', /^permission denied$/);
    },
  );

  it.skipIf(!canTestPermissions)(
    canTestPermissions ? 'unreadable sub-folder (chmod 000) is listed as skipped' : 'unreadable sub-folder (chmod 000) — NOT RUN: root without setpriv to drop privileges',
    () => {
      const ws = workspace();
      ws.write('articles/locked/inside.txt', `${OTHER.join(' ')}\n`);
      lock(ws.abs('articles/locked'));
      const r = jsonAsUser(ws, ['articles']);
      expect(r.stderr).toMatch(/^reconcile: skipped articles\/locked: cannot read folder \(EACCES\)$/m);
      expect(r.code).toBe(0);
      expectNoStack(r.stderr);
      expectGoodReported(r.json);
      expectSkipped(r.json, 'locked', /cannot read folder/);
    },
  );

  it('binary data on standard input (-) is skipped while the folder is read', () => {
    const ws = workspace();
    const r = jsonInWs(ws, ['articles', '-'], Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]));
    expect(r.stderr).toMatch(/^reconcile: skipped -: binary file \(NUL byte in the first 8 KB\)$/m);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    expectSkipped(r.json, '-', /^binary file/);
  });

  it('a file name with terminal escapes and a newline is shown escaped, on one line', () => {
    const ws = workspace();
    const name = 'evil\u001b[31mred\nline.txt';
    ws.write(`articles/${name}`, Buffer.from([0x00, 0x01, 0x02]));
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toMatch(/^reconcile: skipped articles\/evil\\u001b\[31mred line\.txt: binary file \(NUL byte in the first 8 KB\)$/m);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    expectSkipped(r.json, name, /^binary file/);
  });

  it('HTML with scripts, styles and broken tags: body text read, script text never a claim', () => {
    const ws = workspace();
    ws.write(
      'articles/page.html',
      [
        '<!doctype html>',
        '<html><head><title>Bridge reopens</title>',
        '<style>body { width: 9999px } .x:after { content: "Styles cost $77 million on 9 May 2031." }</style>',
        '<script>var s = "Script says 4,444 people left on 1 January 2030."; document.write(s);</script>',
        '</head>',
        '<body><div class="story"><p>The Kelby bridge reopened on 5 April 2024 after repairs.',
        '<p>Engineers said 3,000 cars crossed it on the first day.',
        '<div><span>Unclosed <b>bold',
        '<script>window.track("Tracker counted 8,888 visitors on 2 February 2029.")</script>',
        '<p>The mayor said 12 workers were hurt during the works.</p>',
        '</body>',
        '',
      ].join('\n'),
    );
    const r = jsonInWs(ws, ['articles', '--all']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectGoodReported(r.json);
    const page = sourceOf(r.json, 'page.html');
    expect(page.skipped).toBeNull();
    // The page title is read as a headline sentence, then the three of the body.
    expect(page.sentences).toBe(4);
    expect(page.claims).toBeGreaterThanOrEqual(3);
    const pageClaims = allClaims(r.json).filter((c) => c.source === 'page.html');
    const texts = pageClaims.map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['5 April 2024', '3,000', '12']));
    const hidden = /4,444|8,888|77 million|2029|2030|2031|9999|Script says|Tracker|document\.write|window\.track|content:/;
    for (const c of pageClaims) {
      expect(c.text).not.toMatch(hidden);
      expect(c.sentence).not.toMatch(hidden);
    }
    const sentences = inWs(ws, ['sentences', 'articles/page.html']);
    expect(sentences.code).toBe(0);
    expect(sentences.stdout).not.toMatch(hidden);
  });

  it('Markdown with malformed front matter warns with line:col and still reads the body', () => {
    const ws = workspace();
    ws.write('articles/fm.md', `---\ntitle: Kelby bridge: reopened\npublished: 2024-04-05\n---\nThe Kelby bridge reopened on 5 April 2024 after repairs. Engineers said 3,000 cars crossed it.\n`);
    const r = jsonInWs(ws, ['articles']);
    expect(r.stderr).toMatch(/^reconcile: articles\/fm\.md:2:\d+: front matter is not valid YAML \(.+\)$/m);
    expect(r.stderr).not.toMatch(/skipped/);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    const fm = sourceOf(r.json, 'fm.md');
    expect(fm.skipped).toBeNull();
    expect(fm.sentences).toBe(2);
    expect(fm.claims).toBeGreaterThanOrEqual(2);
    expect(fm.warnings.join('\n')).toMatch(/^2:\d+: front matter is not valid YAML/m);
    // The front matter block itself is never read as article text.
    const claims = ndjson(inWs(ws, ['extract', 'articles/fm.md', '--quiet']).stdout);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    for (const c of claims) {
      expect(c.sentence).not.toMatch(/title:|published:|---/);
      expect(c.line).toBe(5);
    }
  });
});

// ---------------------------------------------------------------- paths

describe('bad paths', () => {
  it('a path that does not exist: exit 2, one line, no report', () => {
    const ws = workspace();
    const r = inWs(ws, ['missing-folder']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectNoStack(r.stderr);
    expect(r.stderr).toMatch(/no such file or folder: missing-folder$|skipped missing-folder: no such file or folder$/m);
    expect(stderrLines(r.stderr), `expected one line, got:\n${r.stderr}`).toHaveLength(1);
    expectGoodControl(ws);
  });

  it('a path that does not exist next to a good folder: good folder reported, exit 2 (missing path)', () => {
    const ws = workspace();
    const r = jsonInWs(ws, ['articles', 'gone.txt']);
    expect(r.stderr).toMatch(/^reconcile: skipped gone\.txt: no such file or folder$/m);
    // `reconcile --help` documents exit 2 for "missing path".
    expect(r.code).toBe(2);
    expectNoStack(r.stderr);
    expectGoodReported(r.json);
    expectSkipped(r.json, 'gone.txt', /^no such file or folder$/);
  });

  it('a missing path whose name holds terminal control characters is shown escaped', () => {
    const ws = workspace();
    const name = 'gone\u001b]0;pwned\u0007.txt';
    const r = inWs(ws, [name]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectNoStack(r.stderr);
    expect(r.stderr).toMatch(/gone\\u001b\]0;pwned\\u0007\.txt/);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).not.toContain('\u0007');
    expect(stderrLines(r.stderr), `expected one line, got:\n${JSON.stringify(r.stderr)}`).toHaveLength(1);
    expectGoodControl(ws);
  });

  it('a folder with no articles: exit 2 naming the folder', () => {
    const ws = workspace();
    ws.write('empty/photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    ws.write('empty/notes.csv', 'a,b\n1,2\n');
    ws.write('empty/.hidden.txt', GOOD);
    const r = inWs(ws, ['empty']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectNoStack(r.stderr);
    expect(r.stderr).toMatch(/^reconcile: no readable articles \(\.txt, \.md, \.html\) found in empty$/m);
    expect(stderrLines(r.stderr)).toHaveLength(1);
    expectGoodControl(ws);
  });
});

// ---------------------------------------------------------------- fact files

describe('bad fact files for reconcile check', () => {
  it('malformed YAML (tab indentation) names facts.yml:LINE:COL', () => {
    const ws = workspace();
    const r = checkWithFacts(ws, 'facts:\n  - id: a\n\tclaim: people displaced\n    value: 1200\n');
    expectFactFailure(r);
    expect(r.stderr).toMatch(/^ {2}facts\.yml:3:1: Tabs are not allowed as indentation$/m);
    expectCheckControl(ws);
  });

  it('empty fact file', () => {
    const ws = workspace();
    const r = checkWithFacts(ws, '');
    expectFactFailure(r, 1);
    expect(r.stderr).toMatch(/^ {2}facts\.yml:1:1: fact file is empty; expected a "facts:" list$/m);
    expectCheckControl(ws);
  });

  it('fact file over 2 MB is refused before parsing', () => {
    const ws = workspace();
    let text = 'facts:\n';
    for (let i = 0; text.length < 2.5 * 1024 * 1024; i++) text += `  - id: f${i}\n    claim: people displaced in district ${i}\n    value: ${i}\n`;
    const r = checkWithFacts(ws, text);
    expectFactFailure(r, 1);
    expect(r.stderr).toMatch(/^ {2}facts\.yml:1:1: fact file is larger than 2 MB$/m);
    expect(r.ms).toBeLessThan(10_000);
    expectCheckControl(ws);
  });

  it('__proto__ keys stay data and pollute nothing', () => {
    const ws = workspace();
    const r = checkWithFacts(ws, 'facts:\n  - id: a\n    claim: people displaced\n    value: "1,200"\n    __proto__:\n      polluted: yes\n      severity: warning\n');
    expectNoStack(r.stderr);
    expect(`${r.stdout}${r.stderr}`).not.toContain('polluted');
    expect([0, 2]).toContain(r.code);
    if (r.code === 2) {
      expectFactFailure(r, 1);
      expect(r.stderr).toMatch(/^ {2}facts\.yml:\d+:\d+: \[a\] unknown key "__proto__"/m);
    } else {
      expect(r.stdout).toMatch(/1 facts checked against 1 sources/);
    }
    expectCheckControl(ws);
  });

  it('YAML alias bomb (billion laughs) fails fast', () => {
    const ws = workspace();
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
    lines.push('facts:', '  - id: bomb', '    claim: people displaced', '    value: *i', '');
    const r = checkWithFacts(ws, lines.join('\n'));
    expect(r.ms).toBeLessThan(10_000);
    expectFactFailure(r);
    expect(r.stderr).toMatch(/^ {2}facts\.yml:\d+:\d+: .*alias/im);
    expectCheckControl(ws);
  });

  it('wrong type (value: [1, 2]) names the value and what was expected', () => {
    const ws = workspace();
    const r = checkWithFacts(ws, 'facts:\n  - id: a\n    claim: people displaced\n    value: [1, 2]\n');
    expectFactFailure(r, 1);
    // The value node starts at line 4, column 12; the message must say what a value may be.
    expect(r.stderr).toMatch(/^ {2}facts\.yml:4:12: \[a\] value: .*\b(string|number|text)\b/im);
    expectCheckControl(ws);
  });

  it('unknown key inside a fact names the key’s own line', () => {
    const ws = workspace();
    const r = checkWithFacts(ws, 'facts:\n  - id: a\n    claim: people displaced\n    value: "1,200"\n    colour: red\n');
    expectFactFailure(r, 1);
    expect(r.stderr).toMatch(/^ {2}facts\.yml:5:5: \[a\] unknown key "colour" \(allowed: id, claim, value, type, tolerance, severity, accept\)$/m);
    expectCheckControl(ws);
  });

  it('unknown top-level key names the key’s own line', () => {
    const ws = workspace();
    const r = checkWithFacts(ws, 'facts:\n  - id: a\n    claim: people displaced\n    value: "1,200"\nextra: 1\n');
    expectFactFailure(r, 1);
    expect(r.stderr).toMatch(/^ {2}facts\.yml:5:1: unknown top-level key "extra"; expected only "facts"$/m);
    expectCheckControl(ws);
  });

  it('duplicate ids name the second fact and the first line', () => {
    const ws = workspace();
    const r = checkWithFacts(ws, 'facts:\n  - id: a\n    claim: people displaced\n    value: "1,200"\n  - id: a\n    claim: cost of repairs\n    value: $12 million\n');
    expectFactFailure(r, 1);
    expect(r.stderr).toMatch(/^ {2}facts\.yml:5:5: \[a\] duplicate id "a" \(first used on line 2\)$/m);
    expectCheckControl(ws);
  });

  it('missing value says the value is required', () => {
    const ws = workspace();
    const r = checkWithFacts(ws, 'facts:\n  - id: a\n    claim: people displaced\n');
    expectFactFailure(r, 1);
    expect(r.stderr).toMatch(/^ {2}facts\.yml:2:5: \[a\] value: is required$/m);
    expectCheckControl(ws);
  });

  it('fact file that does not exist', () => {
    const ws = workspace();
    const r = inWs(ws, ['check', '--facts', 'nofacts.yml', 'articles']);
    expectUsageFailure(r, /^reconcile: cannot read fact file nofacts\.yml: no such file$/m);
    expectCheckControl(ws);
  });

  it('fact file name with terminal control characters is shown escaped', () => {
    const ws = workspace();
    const r = inWs(ws, ['check', '--facts', 'f\u001b[2J.yml', 'articles']);
    expectUsageFailure(r, /^reconcile: cannot read fact file f\\u001b\[2J\.yml: no such file$/m);
    expect(r.stderr).not.toContain('\u001b');
    expectCheckControl(ws);
  });
});

// ---------------------------------------------------------------- options

describe('bad options', () => {
  it('unknown option --bogus', () => {
    const ws = workspace();
    expectUsageFailure(inWs(ws, ['articles', '--bogus']), /^reconcile: unknown option '--bogus' \(see reconcile --help\)$/m);
    expectGoodControl(ws);
  });

  it('unknown format --format xml lists the choices', () => {
    const ws = workspace();
    expectUsageFailure(inWs(ws, ['articles', '--format', 'xml']), /^reconcile: option '--format <format>' argument 'xml' is invalid\. Allowed choices are table, json, ndjson, markdown, html\./m);
    expectGoodControl(ws);
  });

  it('invalid value --min-sources 0', () => {
    const ws = workspace();
    expectUsageFailure(inWs(ws, ['articles', '--min-sources', '0']), /^reconcile: option '--min-sources <n>' argument '0' is invalid\. expected a whole number of at least 1/m);
    expectGoodControl(ws);
  });

  it('impossible date --date 2024-13-45', () => {
    const ws = workspace();
    expectUsageFailure(inWs(ws, ['articles', '--date', '2024-13-45']), /^reconcile: option '--date <YYYY-MM-DD>' argument '2024-13-45' is invalid\. expected a date as YYYY-MM-DD/m);
    expectGoodControl(ws);
  });

  it('unreadable size --max-size abc', () => {
    const ws = workspace();
    expectUsageFailure(inWs(ws, ['articles', '--max-size', 'abc']), /^reconcile: option '--max-size <size>' argument 'abc' is invalid\. expected a size such as 10MB/m);
    expectGoodControl(ws);
  });

  it('--out into a missing folder: exit 2 naming the folder, nothing created', () => {
    const ws = workspace();
    const r = inWs(ws, ['articles', '--format', 'json', '--out', 'missing/report.json']);
    expectUsageFailure(r, /^reconcile: cannot write --out missing\/report\.json: folder \S*[\\/]missing does not exist$/m);
    expect(fs.existsSync(ws.abs('missing'))).toBe(false);
    expectGoodControl(ws);
  });

  it('--out success writes the report and leaves no temporary file behind', () => {
    const ws = workspace();
    fs.mkdirSync(ws.abs('out'));
    const r = inWs(ws, ['articles', '--format', 'json', '--out', 'out/report.json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(fs.readdirSync(ws.abs('out'))).toEqual(['report.json']);
    expect(fs.readdirSync(ws.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expectGoodReported(JSON.parse(fs.readFileSync(ws.abs('out/report.json'), 'utf8')) as JsonReport);
  });

  it('check --out into a missing folder: exit 2 naming the folder', () => {
    const ws = workspace();
    ws.write('good-facts.yml', GOOD_FACTS);
    const r = inWs(ws, ['check', '--facts', 'good-facts.yml', 'articles', '--out', 'missing/findings.txt']);
    expectUsageFailure(r, /^reconcile: cannot write --out missing\/findings\.txt: folder .*missing does not exist$/m);
    expectCheckControl(ws);
  });

  it('check --format xml lists the check formats, and check --format json reports the good file', () => {
    const ws = workspace();
    ws.write('good-facts.yml', GOOD_FACTS);
    const r = inWs(ws, ['check', '--facts', 'good-facts.yml', 'articles', '--format', 'xml']);
    expectUsageFailure(r, /^reconcile: option '--format <format>' argument 'xml' is invalid\. Allowed choices are stylish, json, github, sarif, junit, markdown\./m);
    const ok = inWs(ws, ['check', '--facts', 'good-facts.yml', 'articles', '--format', 'json']);
    expect(ok.code).toBe(0);
    expectNoStack(ok.stderr);
    let parsed: { sources?: { id: string }[] } | null = null;
    try {
      parsed = JSON.parse(ok.stdout) as { sources: { id: string }[] };
    } catch {
      parsed = null;
    }
    expect(parsed, `check --format json printed:\n${ok.stdout}`).not.toBeNull();
    expect(parsed?.sources?.map((s) => s.id)).toEqual(['good.txt']);
  });

  it('extract --max-size 1KB skips the large file', () => {
    const ws = workspace();
    let text = '';
    for (let i = 1; text.length < 2048; i++) text += `Crew ${i} cleared ${i * 7} metres of road.\n`;
    ws.write('articles/big.txt', text.slice(0, 2048));
    const r = inWs(ws, ['extract', 'articles', '--max-size', '1KB']);
    expect(r.stderr).toMatch(/^reconcile: skipped articles\/big\.txt: larger than the 1 KB limit \(2 KB\)$/m);
    expect(r.code).toBe(0);
    expectNoStack(r.stderr);
    const claims = ndjson(r.stdout);
    expect(claims.filter((c) => c.source === 'big.txt')).toEqual([]);
    expect(claims.filter((c) => c.source === 'good.txt').length).toBeGreaterThanOrEqual(2);
  });
});
