/**
 * Bench: speed, scaling, parallel speed-up, peak memory and hostile inputs of the reconcile binary,
 * against a naive pipeline that runs compromise with the compromise-dates plugin over every article.
 *
 *   npx tsx bench/speed.ts [--quick] [--keep] [--repeat N]
 *
 * The corpus is generated from the fixture articles: each generated story is one fixture story whose
 * names, figures, years and other content words are varied per story by a seeded generator, so every
 * run reads the same bytes. Every timing is the wall time of a child process (start-up included), the
 * median of R runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STOP_WORDS } from '../src/extract/words.js';

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  quick: boolean;
  keep: boolean;
  repeat: number;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { quick: false, keep: false, repeat: 3 };
  let repeatGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') opts.quick = true;
    else if (arg === '--keep') opts.keep = true;
    else if (arg === '--repeat' || arg.startsWith('--repeat=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) fail(`--repeat expects a whole number of at least 1, got ${value ?? 'nothing'}`);
      opts.repeat = n;
      repeatGiven = true;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: npx tsx bench/speed.ts [--quick] [--keep] [--repeat N]\n');
      process.exit(0);
    } else fail(`unknown option ${arg}`);
  }
  // A smoke run repeats once unless told otherwise.
  if (opts.quick && !repeatGiven) opts.repeat = 1;
  return opts;
}

function fail(message: string): never {
  process.stderr.write(`speed: ${message}\n`);
  process.exit(2);
}

const OPTS = parseArgs(process.argv.slice(2));

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'reconcile.js');
const MB = 1_000_000;

/** Sizes in bytes. Quick mode keeps the 10× ratio but shrinks everything so a smoke run stays under a minute. */
const SIZES = OPTS.quick
  ? { base: 100_000, naive: 30_000, hostile: 50_000 }
  : { base: 500_000, naive: 100_000, hostile: 200_000 };

/** A child that runs longer than this is stopped and reported, so a pathological input cannot hang the bench. */
const CHILD_TIMEOUT_MS = 300_000;

// ---------------------------------------------------------------------------------------------
// Seeded randomness: the corpus must be byte-identical from run to run.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Templates: the fixture stories, each a set of 4–5 articles about one event.

interface Article {
  name: string;
  text: string;
}
interface Template {
  id: string;
  articles: Article[];
}

function loadTemplates(): Template[] {
  const fixtures = join(ROOT, 'fixtures');
  const dirs: [string, string][] = [['sample', join(fixtures, 'sample')]];
  const corpora = join(fixtures, 'corpora');
  for (const name of readdirSync(corpora).sort()) {
    const articles = join(corpora, name, 'articles');
    if (existsSync(articles)) dirs.push([name, articles]);
  }
  return dirs.map(([id, dir]) => ({
    id,
    articles: readdirSync(dir)
      .sort()
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })),
  }));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/**
 * Capitalised words that carry meaning for the extractor (titles, roles, calendar words) stay as they
 * are, so a varied story reads the same way as its template.
 */
const KEEP = new Set([
  ...MONTHS,
  ...DAYS,
  ...'The Mr Mrs Ms Dr Governor Minister President Prime Foreign Interior Finance Judge Justice Prosecutor Chief General Secretary Senator Mayor Chancellor King Queen Prince Director Chairman Executive Officer'.split(
    ' ',
  ),
]);

/** Where a token starts a sentence or a quote, its capital says nothing about it being a name. */
function sentenceInitial(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[.!?"“”'‘’:\n(\-—#]/.test(text[i]!);
}

function isTitleCase(line: string): boolean {
  if (line.length > 120) return false;
  const words = line.match(/[A-Za-z]{4,}/g) ?? [];
  return words.length >= 3 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
}

/**
 * The set of proper-name tokens across all templates: capitalised, used at least once inside a sentence,
 * never written in lower case in running text (URLs aside), and not a kept word.
 */
function findNames(templates: readonly Template[]): Set<string> {
  const lower = new Set<string>();
  const inside = new Set<string>();
  for (const t of templates)
    for (const a of t.articles) {
      // Headlines in title case capitalise every word; they say nothing about which words are names.
      const prose = a.text
        .replace(/https?:\/\/\S+/g, ' ')
        .split('\n')
        .map((line) => (isTitleCase(line) ? '' : line))
        .join('\n');
      for (const m of prose.matchAll(/[A-Za-z]+/g)) {
        const tok = m[0];
        if (/^[a-z]+$/.test(tok)) lower.add(tok);
        else if (/^[A-Z][a-z]+$/.test(tok) && !sentenceInitial(prose, m.index)) inside.add(tok);
      }
    }
  const names = new Set<string>();
  for (const tok of inside) if (!lower.has(tok.toLowerCase()) && !KEEP.has(tok)) names.add(tok);
  return names;
}

// ---------------------------------------------------------------------------------------------
// Story variation

const VOWELS = 'aeiou';
const CONSONANTS = 'bcdfghjklmnpqrstvwxyz';

/**
 * A per-story letter substitution (vowel for vowel, consonant for consonant) for names and content words.
 * A substitution keeps a template's deliberate near-misses ("Rutkowski" / "Rudkowski") one letter apart,
 * while stories made from the same template share no names and so cluster apart.
 */
function makeCipher(rand: () => number): (word: string) => string {
  const map = new Map<string, string>();
  const v = shuffle([...VOWELS], rand);
  const c = shuffle([...CONSONANTS], rand);
  [...VOWELS].forEach((ch, i) => map.set(ch, v[i]!));
  [...CONSONANTS].forEach((ch, i) => map.set(ch, c[i]!));
  return (word) => {
    let out = '';
    for (const ch of word) {
      const low = ch.toLowerCase();
      const sub = map.get(low) ?? low;
      out += ch === low ? sub : sub.toUpperCase();
    }
    return out;
  };
}

interface Variation {
  cipher: (word: string) => string;
  /** Multiplier for counts and amounts. */
  factor: number;
  /** Multiplier for percentages, kept below 1 so none passes 100. */
  percentFactor: number;
  /** Years added to every year. */
  yearShift: number;
}

function variationFor(story: number): Variation {
  // Seeded by the story number only, so story k is the same in the 1× and the 10× corpus.
  const rand = mulberry32(0x5eed_0000 + story * 7919);
  return {
    cipher: makeCipher(rand),
    factor: Math.round((0.6 + rand() * 2.4) * 100) / 100,
    percentFactor: Math.round((0.75 + rand() * 0.24) * 100) / 100,
    yearShift: Math.floor(rand() * 30) - 25,
  };
}

const MONTH_RE = MONTHS.join('|');
const DAY_OF_MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_RE})\\b`);
const DAY_OF_MONTH_BEFORE = new RegExp(`(?:${MONTH_RE})\\.?\\s+$`);
const PERCENT_AFTER = /^\s?(?:%|percent\b|per cent\b|percentage point)/;

function formatLike(original: string, value: number): string {
  const decimals = original.includes('.') ? original.length - original.indexOf('.') - 1 : 0;
  let out = value.toFixed(decimals);
  if (original.includes(',')) {
    const [int, frac] = out.split('.');
    out = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
  }
  return out;
}

/** Numbers used as a percentage anywhere in a story scale by the percent factor everywhere in it, so "41.2%" and "41.2" stay equal. */
function percentValues(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) if (PERCENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) out.add(m[0]);
  return out;
}

/** Dates in front matter and URLs, then any number: years shift, days of the month and ordinals stay, the rest scale. */
const NUMBER_RE = /(\d{4})([-/])(\d\d)\2(\d\d)|(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|(?<![\w.])\d+(?:\.\d+)?(?![\d])/g;

function varyNumbers(text: string, v: Variation, percents: ReadonlySet<string>): string {
  return text.replace(NUMBER_RE, (match: string, year: string | undefined, sep: string, mm: string, dd: string, offset: number) => {
    if (year !== undefined) return `${Number(year) + v.yearShift}${sep}${mm}${sep}${dd}`;
    const after = text.slice(offset + match.length, offset + match.length + 24);
    const before = text.slice(Math.max(0, offset - 16), offset);
    const n = Number(match.replace(/,/g, ''));
    if (/^\d{4}$/.test(match) && n >= 1800 && n <= 2099) {
      // "the 1990s" moves by whole decades so it still names a decade.
      const shift = after.startsWith('s') ? Math.round(v.yearShift / 10) * 10 : v.yearShift;
      return String(n + shift);
    }
    if (/^:\d/.test(after) || /\d:$/.test(before)) return match; // clock times
    if (Number.isInteger(n) && n >= 1 && n <= 31 && (DAY_OF_MONTH_AFTER.test(after) || DAY_OF_MONTH_BEFORE.test(before))) return match;
    if (/^(?:st|nd|rd|th)\b/.test(after)) return match;
    const factor = percents.has(match) ? v.percentFactor : v.factor;
    let scaled = n * factor;
    if (Number.isInteger(n) && n >= 1) scaled = Math.max(1, scaled);
    return formatLike(match, scaled);
  });
}

function varyNames(text: string, names: ReadonlySet<string>, v: Variation): string {
  return text.replace(/[A-Za-z]+/g, (tok) => {
    if (names.has(tok)) return v.cipher(tok);
    // Capitals are a dateline or an acronym ("CPA", "ISKP"): names too; two-letter ones ("US", "UN") stay.
    if (tok.length > 2 && tok === tok.toUpperCase()) return v.cipher(tok);
    // A slug in lower case is the same name.
    if (tok === tok.toLowerCase() && names.has(tok[0]!.toUpperCase() + tok.slice(1))) return v.cipher(tok);
    return tok;
  });
}

/** The tool's lexicons: the words that decide how a number, a date or a line is read. */
const LEXICONS = ['src/extract/numbers/lexicon.ts', 'src/extract/dates/lexicon.ts', 'src/ingest/boilerplate.ts', 'src/ingest/segment/lexicon.ts'];

/**
 * Words that stay as they are in every story: stop words and every word the tool's lexicons spell out
 * (units, scales, currencies, hedges, count nouns, calendar words, boilerplate cues, abbreviations), so
 * the extractor reads a varied story the way it reads its template.
 */
function keptWords(): Set<string> {
  const words = new Set<string>(STOP_WORDS);
  for (const file of LEXICONS) {
    const path = join(ROOT, file);
    if (existsSync(path)) for (const m of readFileSync(path, 'utf8').matchAll(/[a-z]{3,}/g)) words.add(m[0]);
    else process.stderr.write(`speed: ${file} not found; its words will vary\n`);
  }
  return words;
}

/**
 * Stories made from one template must not share their wording either: the tool clusters articles by
 * names and content words together, and two stories that differ only in names read as one event. Each
 * story therefore also respells its other content words with the same per-story substitution, which
 * keeps its own articles consistent with each other (the event-word folds, such as "killed" with
 * "death toll", are lost within a story; the claims found stay nearly the same).
 */
function varyWords(text: string, keep: ReadonlySet<string>, v: Variation): string {
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)?.[0].length ?? 0;
  return text.replace(/https?:\/\/\S+|[A-Za-z]+/g, (tok: string, offset: number) => {
    if (tok.length < 4 || tok.startsWith('http') || tok !== tok.toLowerCase() || keep.has(tok)) return tok;
    // Front matter keys must stay keys.
    if (offset < frontMatter && text[offset + tok.length] === ':') return tok;
    return v.cipher(tok);
  });
}

function varyArticle(text: string, v: Variation, percents: ReadonlySet<string>, names: ReadonlySet<string>, keep: ReadonlySet<string>): string {
  return varyWords(varyNames(varyNumbers(text, v, percents), names, v), keep, v);
}

function makeStory(template: Template, story: number, names: ReadonlySet<string>, keep: ReadonlySet<string>): Article[] {
  const v = variationFor(story);
  const percents = percentValues(template.articles.map((a) => a.text));
  return template.articles.map((a) => ({ name: a.name, text: varyArticle(a.text, v, percents, names, keep) }));
}

interface Corpus {
  dir: string;
  bytes: number;
  files: string[];
  stories: number;
}

/** Stories in a fixed order (template k mod T) until the corpus reaches `target` bytes; one folder per story. */
function writeCorpus(dir: string, target: number, templates: readonly Template[], names: ReadonlySet<string>, keep: ReadonlySet<string>): Corpus {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  let story = 0;
  while (bytes < target) {
    const template = templates[story % templates.length]!;
    const storyDir = join(dir, `story-${String(story + 1).padStart(4, '0')}-${template.id}`);
    mkdirSync(storyDir);
    for (const a of makeStory(template, story, names, keep)) {
      const file = join(storyDir, a.name);
      writeFileSync(file, a.text);
      files.push(file);
      bytes += Buffer.byteLength(a.text);
    }
    story++;
  }
  return { dir, bytes, files, stories: story };
}

// ---------------------------------------------------------------------------------------------
// Child processes: wall time and peak memory

const TIMER = '/usr/bin/time';
const HAS_TIMER = existsSync(TIMER);

interface RunResult {
  seconds: number;
  /** Peak resident set size in MB, or null when it could not be read. */
  peakMB: number | null;
  code: number | null;
  timedOut: boolean;
  stderr: string;
}

let workDir = '';

/** Without the external timer, a launcher reports the child's own peak RSS as it exits. */
function launcherPath(): string {
  const file = join(workDir, 'launch-with-rss.mjs');
  if (!existsSync(file))
    writeFileSync(
      file,
      [
        "import { writeFileSync } from 'node:fs';",
        "import { pathToFileURL } from 'node:url';",
        "const [, , out, script, ...args] = process.argv;",
        '// The script reads its arguments from argv; hand it its own.',
        'process.argv = [process.argv[0], script, ...args];',
        "process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));",
        'await import(pathToFileURL(script).href);',
        '',
      ].join('\n'),
    );
  return file;
}

let runCounter = 0;
/** The process group of the child being timed, if any. */
/** Process groups of the children still running, so a time-out or Ctrl-C stops them all. */
const running = new Set<number>();

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function stopRunning(): void {
  for (const pid of running) killGroup(pid);
}

function runNode(script: string, args: readonly string[]): Promise<RunResult> {
  const memFile = join(workDir, `rss-${runCounter++}.txt`);
  const [cmd, argv] = HAS_TIMER
    ? [TIMER, ['-f', '%M', '-o', memFile, process.execPath, script, ...args]]
    : [process.execPath, [launcherPath(), memFile, script, ...args]];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // Standard output is discarded: the bench times the work, not a pipe back to us. The child leads its
    // own process group so a time-out or Ctrl-C also stops the node process under the timer.
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) killGroup(pid);
    }, CHILD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      const seconds = (performance.now() - start) / 1000;
      let peakMB: number | null = null;
      try {
        const kb = Number(readFileSync(memFile, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb) && kb > 0) peakMB = kb / 1024;
      } catch {
        // No memory figure (the child was killed): leave it empty.
      }
      resolve({ seconds, peakMB, code, timedOut, stderr });
    });
  });
}

interface Measured {
  seconds: number;
  peakMB: number | null;
  problem: string | null;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** R runs of one command: median wall time, largest peak memory, and the first failure if any. */
async function measure(script: string, args: readonly string[], repeat: number): Promise<Measured> {
  const times: number[] = [];
  let peak: number | null = null;
  let problem: string | null = null;
  for (let i = 0; i < repeat; i++) {
    const r = await runNode(script, args);
    times.push(r.seconds);
    if (r.peakMB !== null) peak = Math.max(peak ?? 0, r.peakMB);
    if (r.timedOut) problem ??= `timed out after ${CHILD_TIMEOUT_MS / 1000} s`;
    // Exit 1 is "conflicts found" only with --fail-on-conflict, which is never passed here.
    else if (r.code !== 0) problem ??= `exit ${r.code}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`;
    if (r.timedOut) break;
  }
  return { seconds: median(times), peakMB: peak, problem };
}

/**
 * R rounds of `copies` copies of one command started together: the median wall time until all end.
 * Runs that share nothing gain the most any split of one run over that many threads could.
 */
async function measureTogether(script: string, args: readonly string[], copies: number, repeat: number): Promise<Measured> {
  const times: number[] = [];
  let problem: string | null = null;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    const pair = await Promise.all(Array.from({ length: copies }, () => runNode(script, args)));
    times.push((performance.now() - start) / 1000);
    for (const r of pair) if (r.timedOut || r.code !== 0) problem ??= r.timedOut ? `timed out after ${CHILD_TIMEOUT_MS / 1000} s` : `exit ${r.code}`;
  }
  return { seconds: median(times), peakMB: null, problem };
}

/** The JSON report's headline numbers for one folder, from an untimed run. */
function reportStats(dir: string): Promise<{ stories: number; copies: number; conflicts: number } | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, dir, '--format', 'json', '--quiet'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve(null));
    child.on('close', () => {
      try {
        const r = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { stories: unknown[]; copies: unknown[]; stats: { conflicts: number } };
        resolve({ stories: r.stories.length, copies: r.copies.length, conflicts: r.stats.conflicts });
      } catch {
        resolve(null);
      }
    });
  });
}

const reconcileArgs = (dir: string, jobs: number): string[] => [dir, '--format', 'json', '--jobs', String(jobs), '--quiet'];

// ---------------------------------------------------------------------------------------------
// The naive pipeline, in its own process so it is timed exactly like the binary.

function naiveScript(): string {
  const file = join(workDir, 'naive.mjs');
  const compromise = import.meta.resolve('compromise');
  let dates: string;
  try {
    dates = import.meta.resolve('compromise-dates');
  } catch {
    throw new Error('compromise-dates is not installed: npm i -D compromise-dates');
  }
  writeFileSync(
    file,
    [
      "import { readFileSync } from 'node:fs';",
      `const { default: nlp } = await import(${JSON.stringify(compromise)});`,
      `const { default: datesPlugin } = await import(${JSON.stringify(dates)});`,
      'nlp.plugin(datesPlugin);',
      "const files = readFileSync(process.argv[2], 'utf8').split('\\n').filter(Boolean);",
      'let found = 0;',
      'for (const file of files) {',
      "  const doc = nlp(readFileSync(file, 'utf8'));",
      '  found += doc.dates().json().length;',
      '  found += doc.money().json().length;',
      '  found += doc.people().json().length;',
      '  found += doc.places().json().length;',
      '  found += doc.organizations().json().length;',
      '  found += doc.numbers().json().length;',
      '}',
      '// Use the result so no step can be skipped as dead code.',
      "if (found < 0) console.log('never');",
      '',
    ].join('\n'),
  );
  return file;
}

function packageVersion(specifier: string): string {
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve(specifier)));
    while (dir !== dirname(dir)) {
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg)) {
        const json = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
        if (json.name === specifier) return json.version ?? '?';
      }
      dir = dirname(dir);
    }
  } catch {
    // Fall through.
  }
  return 'not installed';
}

// ---------------------------------------------------------------------------------------------
// Hostile inputs: one long run of a single kind of character next to one normal article.

function repeatTo(unit: string, bytes: number): string {
  let text = unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
  // Top up with whole characters, never past the size asked for.
  for (const ch of unit) {
    if (Buffer.byteLength(text) + Buffer.byteLength(ch) > bytes) break;
    text += ch;
  }
  return text;
}

/**
 * Normal prose of about `bytes`: article bodies, each a different variation so no line repeats. (The tool
 * drops a line it has already seen in the same file, so a repeated article would cost almost nothing.)
 */
function distinctProse(bytes: number, templates: readonly Template[], names: ReadonlySet<string>, keep: ReadonlySet<string>): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; ; k++) {
    const template = templates[k % templates.length]!;
    const article = template.articles[Math.floor(k / templates.length) % template.articles.length]!;
    const percents = percentValues(template.articles.map((a) => a.text));
    const body = varyArticle(article.text, variationFor(100_000 + k), percents, names, keep)
      .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
      .trim();
    if (size + Buffer.byteLength(body) + 2 > bytes) break;
    parts.push(body);
    size += Buffer.byteLength(body) + 2;
  }
  return parts.join('\n\n') + '\n';
}

function capitalisedWords(bytes: number): string {
  const words: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    // Three-letter capitalised words (Aaa, Bab, Cac, …), no two alike for the first 17,576.
    const a = String.fromCharCode(65 + (i % 26));
    const b = String.fromCharCode(97 + (Math.floor(i / 26) % 26));
    const c = String.fromCharCode(97 + ((i + Math.floor(i / 676)) % 26));
    const w = `${a}${b}${c}`;
    words.push(w);
    size += w.length + 1;
  }
  return words.join(' ').slice(0, bytes);
}

function digitsWithCommas(bytes: number): string {
  const groups: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const g = String((i * 137) % 1000).padStart(3, '0');
    groups.push(g);
    size += 4;
  }
  return `1,${groups.join(',')}`.slice(0, bytes);
}

const HOSTILE: [string, (bytes: number) => string][] = [
  ['periods', (b) => repeatTo('.', b)],
  ['spaces', (b) => repeatTo(' ', b)],
  ['digits with commas', digitsWithCommas],
  ['capitalised words', capitalisedWords],
  ['quotation marks', (b) => repeatTo('"“”\'‘’', b)],
];

// ---------------------------------------------------------------------------------------------
// Output helpers

const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const passFail = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

function table(head: string[], rows: string[][], rightAlign: boolean[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (rightAlign[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const out = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) fail('dist/ is missing: run npm run build first');
  workDir = mkdtempSync(join(tmpdir(), 'reconcile-speed-'));
  const cleanup = (): void => {
    stopRunning();
    if (!OPTS.keep) rmSync(workDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    await run();
  } catch (err) {
    process.stderr.write(`speed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  } finally {
    cleanup();
    if (OPTS.keep) out(`\nkept the generated corpora in ${workDir}`);
  }
}

async function run(): Promise<void> {
  const R = OPTS.repeat;
  const cores = availableParallelism();
  out(`reconcile speed bench${OPTS.quick ? ' (--quick: smaller corpora, sized-down targets are indicative only)' : ''}`);
  out(
    `machine: ${cores} cores (${cpus()[0]?.model.trim() ?? 'unknown cpu'}), ${fmt(totalmem() / 1024 ** 3, 1)} GiB memory, node ${process.version}`,
  );
  out(`compromise ${packageVersion('compromise')}, compromise-dates ${packageVersion('compromise-dates')}`);
  out(`peak memory: ${HAS_TIMER ? 'max RSS from the system timer' : 'max RSS reported by the child at exit'}`);
  out(`medians of ${R} run${R === 1 ? '' : 's'}; the machine is shared and noisy, so compare ratios`);
  out();

  // Corpora
  const templates = loadTemplates();
  const names = findNames(templates);
  const keep = keptWords();
  const small = writeCorpus(join(workDir, 'corpus-1x'), SIZES.base, templates, names, keep);
  const large = writeCorpus(join(workDir, 'corpus-10x'), SIZES.base * 10, templates, names, keep);
  out(
    `corpus: ${templates.length} fixture stories as templates, ${names.size} name tokens varied per story; ` +
      `1× = ${fmt(small.bytes / MB)} MB in ${small.files.length} files (${small.stories} stories), ` +
      `10× = ${fmt(large.bytes / MB)} MB in ${large.files.length} files (${large.stories} stories)`,
  );

  // One untimed run checks that the generated stories come apart as intended; a bench on merged stories
  // would time a different workload.
  const check = await reportStats(small.dir);
  out(
    check
      ? `clustering check (1×): reconcile found ${check.stories} stories for ${small.stories} generated, ${check.copies} copy relations, ${check.conflicts} conflicts`
      : 'clustering check (1×): could not read the report',
  );

  // Start-up: one article alone. Every run pays it; the hostile cases subtract it.
  const article = join(ROOT, 'fixtures', 'sample', readdirSync(join(ROOT, 'fixtures', 'sample')).sort()[0]!);
  const articleText = readFileSync(article, 'utf8');
  const makeCase = (name: string, text: string): string => {
    const dir = join(workDir, 'hostile', name.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, basename(article)), articleText);
    if (text) writeFileSync(join(dir, 'run.txt'), text);
    return dir;
  };
  process.stderr.write('timing start-up…\n');
  const lone = await measure(BIN, reconcileArgs(makeCase('lone article', ''), 1), R);

  // Naive baseline on a fixed subset of the 1× corpus: the first files, in story order, up to the subset size.
  const subset: string[] = [];
  let subsetBytes = 0;
  for (const f of small.files) {
    if (subsetBytes >= SIZES.naive) break;
    subset.push(f);
    subsetBytes += statSync(f).size;
  }
  const listFile = join(workDir, 'naive-files.txt');
  writeFileSync(listFile, subset.join('\n'));
  process.stderr.write(`timing the naive pipeline on ${fmt(subsetBytes / MB)} MB…\n`);
  const naive = await measure(naiveScript(), [listFile], R);
  const naiveMBs = subsetBytes / MB / naive.seconds;

  // reconcile on both corpora, 1 job and all cores.
  const jobsList = cores > 1 ? [1, cores] : [1];
  const runs = new Map<string, Measured>();
  for (const [label, corpus] of [
    ['1×', small],
    ['10×', large],
  ] as const)
    for (const jobs of jobsList) {
      process.stderr.write(`timing reconcile on ${label} with --jobs ${jobs}…\n`);
      runs.set(`${label}/${jobs}`, await measure(BIN, reconcileArgs(corpus.dir, jobs), R));
    }
  let together: Measured | null = null;
  if (cores > 1) {
    process.stderr.write(`timing ${cores} runs of reconcile on 10× at once, --jobs 1 each…\n`);
    together = await measureTogether(BIN, reconcileArgs(large.dir, 1), cores, R);
  }

  const rows: string[][] = [
    [
      'naive (compromise + dates)',
      fmt(subsetBytes / MB),
      '1',
      fmt(naive.seconds),
      fmt(naiveMBs, 3),
      '1.0×',
      naive.peakMB === null ? '—' : fmt(naive.peakMB, 0),
    ],
  ];
  const problems: string[] = [];
  if (lone.problem) problems.push(`start-up run: ${lone.problem}`);
  if (naive.problem) problems.push(`naive pipeline: ${naive.problem}`);
  for (const [label, corpus] of [
    ['1×', small],
    ['10×', large],
  ] as const)
    for (const jobs of jobsList) {
      const m = runs.get(`${label}/${jobs}`)!;
      const mbs = corpus.bytes / MB / m.seconds;
      rows.push([`reconcile ${label}`, fmt(corpus.bytes / MB), String(jobs), fmt(m.seconds), fmt(mbs, 3), `${fmt(mbs / naiveMBs, 1)}×`, m.peakMB === null ? '—' : fmt(m.peakMB, 0)]);
      if (m.problem) problems.push(`reconcile ${label} --jobs ${jobs}: ${m.problem}`);
    }
  out();
  out(table(['run', 'MB', 'jobs', 'median s', 'MB/s', 'vs naive', 'peak MB'], rows, [false, true, true, true, true, true, true]));
  out();

  const s1 = runs.get('1×/1')!;
  const l1 = runs.get('10×/1')!;
  const lN = runs.get(`10×/${cores}`)!;
  const naiveRatio = small.bytes / MB / s1.seconds / naiveMBs;
  const naiveRatioLarge = large.bytes / MB / l1.seconds / naiveMBs;
  const scale = l1.seconds / s1.seconds;
  const speedup = l1.seconds / lN.seconds;
  const peak10 = Math.max(...jobsList.map((j) => runs.get(`10×/${j}`)!.peakMB ?? Number.NaN));
  const netScale = (l1.seconds - lone.seconds) / (s1.seconds - lone.seconds);
  out(`start-up (one ${fmt(articleText.length / 1000, 1)} KB article): ${fmt(lone.seconds)} s`);
  out(`10×/1× time ratio (jobs 1): ${fmt(scale)} (a linear tool gives 10; start-up pulls it lower)`);
  out(`10×/1× time ratio (jobs 1) net of start-up: ${fmt(netScale)} (above 10 means a stage grows faster than the corpus)`);
  out(`parallel speed-up on 10× (jobs 1 / jobs ${cores}): ${fmt(speedup)}`);
  if (together) {
    // The machine's own limit: shared caches, memory bandwidth and the collector's helper threads.
    const ceiling = (cores * l1.seconds) / together.seconds;
    out(
      `parallel ceiling on this machine: ${cores} independent --jobs 1 runs on 10× at once take ${fmt(together.seconds)} s against ${fmt(l1.seconds)} s for one, ` +
        `${fmt(ceiling)}× the work per second; no split of one run over ${cores} threads can beat that`,
    );
    if (together.problem) problems.push(`${cores} runs at once: ${together.problem}`);
  }
  out(`peak memory on 10× (MB): ${fmt(peak10, 0)}`);
  out();
  out('targets:');
  // Both sizes must pass: the small corpus is mostly start-up and warm-up, the large one steady work.
  out(`  ${passFail(naiveRatio >= 25 && naiveRatioLarge >= 25)}  ≥25× the naive pipeline on 1 job: ${fmt(naiveRatio, 1)}× on 1×, ${fmt(naiveRatioLarge, 1)}× on 10×`);
  out(`  ${passFail(scale <= 12)}  10× corpus ≤12× the time (jobs 1): ${fmt(scale)}×`);
  out(
    cores > 1
      ? `  ${passFail(speedup >= 1.5)}  jobs ${cores} ≥1.5× faster than jobs 1 on the ${fmt(large.bytes / MB, 1)} MB corpus: ${fmt(speedup)}×` +
          (together ? ` (this machine's ceiling: ${fmt((cores * l1.seconds) / together.seconds)}×)` : '')
      : '  n/a   jobs N ≥1.5× faster than jobs 1: this machine has one core',
  );
  out(
    Number.isFinite(peak10)
      ? `  ${passFail(peak10 <= 1536)}  peak memory ≤1.5 GB on the ${fmt(large.bytes / MB, 1)} MB corpus: ${fmt(peak10, 0)} MB`
      : '  n/a   peak memory ≤1.5 GB: no memory figure could be read',
  );

  // Hostile inputs. Each case is also timed at twice the size: a cost per MB that looks fine at one size
  // can still grow with the square of the input.
  out();
  out(`hostile inputs: ${fmt(SIZES.hostile / 1000, 0)} KB of one kind of text in one file next to one normal article, --jobs 1`);
  process.stderr.write('timing hostile inputs…\n');
  const net = (m: Measured): number => Math.max(m.seconds - lone.seconds, 0.005);
  interface Case {
    name: string;
    bytes: number;
    seconds: number;
    perMB: number;
    growth: number | null;
    slow: boolean;
    problem: string | null;
  }
  const timeCase = async (name: string, make: (bytes: number) => string): Promise<Case> => {
    const text = make(SIZES.hostile);
    const bytes = Buffer.byteLength(text);
    const one = await measure(BIN, reconcileArgs(makeCase(name, text), 1), R);
    const two = await measure(BIN, reconcileArgs(makeCase(`${name} x2`, make(SIZES.hostile * 2)), 1), R);
    // Net times of a fraction of a second are mostly noise: no ratio below 0.2 s, no flag below 1 s.
    const growth = net(one) >= 0.2 ? net(two) / net(one) : null;
    return { name, bytes, seconds: one.seconds, perMB: net(one) / (bytes / MB), growth, slow: net(two) >= 1, problem: one.problem ?? two.problem };
  };
  const normal = await timeCase('normal text (distinct articles)', (b) => distinctProse(b, templates, names, keep));
  const cases = [normal, await timeCase('one article repeated', (b) => repeatTo(`${articleText.trim()}\n\n`, b))];
  for (const [name, make] of HOSTILE) cases.push(await timeCase(name, make));
  const hostileRows = cases.map((c, i) => {
    const ratio = c.perMB / normal.perMB;
    const superlinear = c.growth !== null && c.growth > 3 && c.slow;
    const flags = [
      ...(c.problem ? ['PROBLEM (failed)'] : []),
      ...(i > 1 && ratio > 5 ? ['PROBLEM (>5× per MB)'] : []),
      ...(superlinear ? [`PROBLEM (${fmt(c.growth!, 1)}× the time for 2× the text)`] : []),
    ];
    if (c.problem) problems.push(`${c.name}: ${c.problem}`);
    if (ratio > 5 && i > 1) problems.push(`${c.name}: ${fmt(ratio, 1)}× the cost per MB of normal text`);
    if (superlinear) problems.push(`${c.name}: ${fmt(c.growth!, 1)}× the time for twice the text, so the cost grows faster than the input`);
    const note = i === 0 ? 'the baseline' : i === 1 ? 'repeated lines are dropped' : 'ok';
    return [c.name, fmt(c.bytes / 1000, 0), fmt(c.seconds), fmt(c.perMB), fmt(ratio, 1), c.growth === null ? '—' : fmt(c.growth, 1), flags.length ? flags.join(', ') : note];
  });
  out(`net = median time minus the start-up run (${fmt(lone.seconds)} s), per MB of the added file; ×2 = net time at twice the size over net time`);
  out();
  out(table(['input', 'KB', 'median s', 'net s/MB', 'ratio', '×2', ''], hostileRows, [false, true, true, true, true, true, false]));

  if (problems.length) {
    out();
    out('problems:');
    for (const p of problems) out(`  ${p}`);
  }
}

await main();
