import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CheckFormatName } from './check/formatters.js';
import type { ParsedFact } from './check/match.js';
import { InputError, UsageError, EXIT } from './errors.js';
import { builtInAliases, parseAliasFile } from './extract/aliases.js';
import { extractAll } from './extract/parallel.js';
import { fromRecords, recordLines } from './extract/records.js';
import { analyzeSources, reconcileClaims } from './index.js';
import { formatBytes, normaliseDate, readSources, readStdin, DEFAULT_MAX_SIZE, type IngestResult } from './ingest/index.js';
import { PositionIndex } from './position.js';
import { filterReport, formatInChunks, formatters, inPieces, jsonClaim, safeText, terminalContext, type FormatName, type ReportFilter } from './report/index.js';
import { timelineText } from './reconcile/display.js';
import { CLAIM_TYPES, type ClaimType, type Report } from './types.js';

/** Where the CLI writes and what it knows about its terminal; injected so tests need no process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY?: boolean;
  columns: number | undefined;
}

const EXIT_CODES_HELP = `
Exit codes:
  0  clean: the run finished (and, with --fail-on-conflict, found no conflict)
  1  findings: conflicts with --fail-on-conflict
  2  usage or input error: bad option, missing path, no readable article`;

const EXAMPLES_HELP = `
Examples:
  $ reconcile fixtures/sample
  $ reconcile ./articles --format json | jq '.groups[] | select(.status == "conflict")'
  $ reconcile ./articles --only conflicts --types money,number
  $ reconcile ./articles --date 2025-07-04 --all
  $ cat story.txt | reconcile -
  $ reconcile sentences ./articles          show how each article was read
  $ reconcile extract shard-1/ > a.ndjson; reconcile merge a.ndjson b.ndjson
  $ reconcile check --facts facts.yml ./articles --format github`;

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 10MB, 512KB or 1048576');
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

function parseDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || normaliseDate(value) === null) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

function parseTypes(value: string): ClaimType[] {
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = types.filter((t) => !CLAIM_TYPES.includes(t as ClaimType));
  if (bad.length) throw new InvalidArgumentError(`unknown type ${bad.join(', ')}; choose from ${CLAIM_TYPES.join(', ')}`);
  return types as ClaimType[];
}

/** Files below this count finish before a progress bar would be worth drawing. */
const PROGRESS_MIN_FILES = 50;

/** A progress bar on standard error, only when it is a terminal and the job is big enough. */
async function progressBar(io: CliIO, total: number, quiet: boolean): Promise<{ update: (done: number) => void; stop: () => void } | null> {
  if (quiet || !io.stderrIsTTY || total < PROGRESS_MIN_FILES) return null;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: 'reconcile |{bar}| {value}/{total} articles', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** The check formats, listed here so --help needs no fact-checking code loaded. */
export const CHECK_FORMATS: CheckFormatName[] = ['stylish', 'json', 'github', 'sarif', 'junit', 'markdown'];

/** One extraction thread per core by default. */
function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

/**
 * Write a file atomically: a temporary file beside it, then a rename, so a crash never leaves half a report.
 * `content` may come in pieces, written as they come.
 */
export async function writeAtomic(file: string, content: string | Iterable<string>): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  try {
    await fs.access(dir);
  } catch {
    throw new UsageError(`cannot write --out ${file}: folder ${dir} does not exist`);
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    if (typeof content === 'string') await fs.writeFile(tmp, content);
    else {
      const handle = await fs.open(tmp, 'w');
      try {
        for (const piece of content) await handle.write(piece);
      } finally {
        await handle.close();
      }
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new UsageError(`cannot write --out ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** What a run noticed that changes its exit code without stopping it. */
interface RunFlags {
  missingPaths: boolean;
}

interface ReadOptions {
  date?: string;
  maxSize: number;
}

/** Read sources, report every skipped file and warning on stderr, and fail when nothing was read. */
async function ingest(paths: string[], opts: ReadOptions, io: CliIO, quiet: boolean, flags: RunFlags): Promise<IngestResult> {
  if (paths.length === 0) throw new UsageError('no paths given (try: reconcile ./articles)');
  const result = await readSources(paths, { date: opts.date ?? null, maxSize: opts.maxSize });
  const missing = result.skipped.filter((s) => s.reason === 'no such file or folder');
  if (result.sources.length === 0) {
    if (missing.length && missing.length === paths.length) throw new UsageError(`no such file or folder: ${missing.map((m) => m.path).join(', ')}`);
    for (const s of result.skipped) io.stderr(`reconcile: skipped ${safeText(s.path)}: ${safeText(s.reason)}\n`);
    throw new InputError(`no readable articles (.txt, .md, .html) found in ${paths.join(', ')}`);
  }
  for (const s of result.skipped) io.stderr(`reconcile: skipped ${safeText(s.path)}: ${safeText(s.reason)}\n`);
  if (!quiet) {
    for (const src of result.sources) {
      for (const w of src.warnings) io.stderr(`reconcile: ${safeText(src.path)}${/^\d+:\d+:/.test(w) ? ':' : ': '}${safeText(w)}\n`);
    }
  }
  // A path argument that does not exist is a usage error even when the others were read.
  if (missing.length) flags.missingPaths = true;
  return result;
}

async function loadAliases(file: string | undefined): Promise<ReturnType<typeof builtInAliases>> {
  if (!file) return builtInAliases();
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read alias file ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const { table, errors } = parseAliasFile(text);
  if (errors.length) throw new InputError(`alias file ${file} is malformed`, errors.map((e) => `${file}:${e}`));
  return table;
}

/** Read, validate and parse a fact file; any problem is an input error listing every line:col. */
async function readFactFile(file: string): Promise<ParsedFact[]> {
  const { loadFacts, parseFacts } = await import('./check/index.js');
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read fact file ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'error')}`);
  }
  const { facts, problems } = loadFacts(text);
  const { parsed, unreadable } = parseFacts(facts);
  const lines = [
    ...problems.map((p) => `${file}:${p.line}:${p.column}: ${p.factId ? `[${p.factId}] ` : ''}${p.message}`),
    ...unreadable.map((f) => `${file}:${f.line}:${f.column}: [${f.id}] value ${JSON.stringify(f.value)} cannot be read${f.type ? ` as a ${f.type}` : ''}`),
  ];
  if (lines.length) throw new InputError(`fact file ${file} has ${lines.length} problem${lines.length === 1 ? '' : 's'}`, lines);
  if (!parsed.length) throw new InputError(`fact file ${file} has no facts`);
  return parsed;
}

function explainGroup(report: Report, id: string): string {
  const g = report.groups.find((x) => x.id === id);
  if (!g) throw new UsageError(`no group with id ${id} (ids are listed in the JSON report and the table)`);
  const positions = new PositionIndex();
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const lines = [`${g.id}: ${g.type} · ${safeText(g.label)} · ${g.status}${g.kind ? ` (${g.kind})` : ''}`, '', 'Claims:'];
  for (const c of g.claims) {
    const j = jsonClaim(c, sources.get(c.source), positions);
    lines.push(`  ${safeText(c.source)}:${j.line}:${j.column}  ${safeText(c.text)}  →  ${safeText(g.values.find((v) => v.claims.includes(c.id))?.display ?? '')}`);
    const sh = c.shape;
    const shape = sh
      ? `measure ${sh.measure ?? '-'}${sh.qualifier ? ` (counting ${sh.qualifier})` : ''}; owner ${sh.owner ?? '-'}; reported ${sh.time ?? '-'}${sh.era ? `; earlier event ${sh.era}` : ''}`
      : `subject ${c.subject ?? '-'}`;
    lines.push(`      ${safeText(shape)}; context: ${c.context.slice(0, 10).join(', ')}`);
  }
  lines.push('', 'Why:');
  for (const r of g.explain) lines.push(`  - ${safeText(r)}`);
  if (g.timeline) lines.push('', `Over time: ${safeText(timelineText(g.timeline))}`);
  lines.push('', 'Values:');
  for (const v of g.values) lines.push(`  ${safeText(v.display)}: ${v.sources.join(', ')} (${v.independentSources} independent, confidence ${v.confidence.toFixed(3)})`);
  return `${lines.join('\n')}\n`;
}

function sentencesText(result: IngestResult): string {
  const positions = new PositionIndex();
  const out: string[] = [];
  for (const s of result.sources) {
    out.push(`== ${safeText(s.id)}${s.title ? ` — ${safeText(s.title)}` : ''}${s.published ? ` (${s.published})` : ''}`);
    for (const sen of s.sentences) {
      const { line, column } = positions.at(s.text, sen.start);
      out.push(`  ${String(line).padStart(4)}:${String(column).padEnd(4)} ${sen.headline ? '(headline) ' : ''}${safeText(sen.text)}${sen.truncated ? ' (cut off)' : ''}`);
    }
    if (s.dropped.length) {
      out.push('  dropped:');
      for (const d of s.dropped) out.push(`  ${String(positions.at(s.text, d.start).line).padStart(4)}      [${d.reason}] ${safeText(d.text)}`);
    }
    out.push('');
  }
  for (const k of result.skipped) out.push(`skipped ${safeText(k.path)}: ${safeText(k.reason)}`);
  return `${out.join('\n')}\n`;
}

function sentencesJson(result: IngestResult): string {
  const positions = new PositionIndex();
  return `${JSON.stringify(
    {
      sources: result.sources.map((s) => ({
        id: s.id,
        path: s.path,
        title: s.title,
        published: s.published,
        sentences: s.sentences.map((x) => ({ text: x.text, start: x.start, end: x.end, ...positions.at(s.text, x.start), ...(x.headline ? { headline: true } : {}), ...(x.truncated ? { truncated: true } : {}) })),
        dropped: s.dropped.map((d) => ({ text: d.text, reason: d.reason, line: positions.at(s.text, d.start).line })),
      })),
      skipped: result.skipped,
    },
    null,
    2,
  )}\n`;
}

/**
 * Run the command line. Returns the exit code; never calls process.exit, so the
 * binary can set process.exitCode and let output drain.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.clean;
  let debug = argv.includes('--debug');
  const flags: RunFlags = { missingPaths: false };
  const program = new Command('reconcile');
  program
    .description('Compare news articles about one event: what the sources agree on, what only one reports, and where they disagree.')
    .version('0.1.0')
    .exitOverride()
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (str, write) => write(`reconcile: ${safeText(str.replace(/^error: /, '').trim())} (see reconcile --help)\n`),
    });

  const addReadOptions = (cmd: Command): Command =>
    cmd
      .option('--date <YYYY-MM-DD>', 'publication date for sources that do not state one', parseDateOption)
      .addOption(new Option('--max-size <size>', 'skip files larger than this (e.g. 512KB, 20MB)').argParser(parseSize).default(DEFAULT_MAX_SIZE, formatBytes(DEFAULT_MAX_SIZE)))
      .option('--quiet', 'no warnings or progress on stderr (skipped files are still listed)')
      .option('--debug', 'show stack traces for internal errors');

  /** Output options shared by the main command and merge. */
  const addReportOptions = (cmd: Command): Command =>
    cmd
      .addOption(new Option('--format <format>', 'output format').choices(Object.keys(formatters)).default('table'))
      .option('--out <file>', 'write the report to a file (atomically) instead of standard output')
      .option('--all', 'list single-source claims too')
      .addOption(new Option('--only <status>', 'show only these groups').choices(['conflicts', 'agreements', 'single']))
      .option('--types <list>', `only these claim types (${CLAIM_TYPES.join(',')})`, parseTypes)
      .option('--min-sources <n>', 'only groups with at least n sources', parsePositive)
      .option('--aliases <file>', 'YAML alias file: "Canonical Name: [alias, ...]"')
      .option('--no-cluster', 'treat all input as one story instead of clustering articles into stories')
      .option('--explain <group-id>', 'explain why one group was formed and judged as it was')
      .option('--fail-on-conflict', 'exit 1 when any conflict is found (for CI)');

  /** Print (or write) a report as the options ask, and set the exit code. */
  const emitReport = async (report: Report, opts: Record<string, unknown>): Promise<void> => {
    if (opts['explain']) {
      io.stdout(explainGroup(report, String(opts['explain'])));
      return;
    }
    const filtered = filterReport(report, {
      only: (opts['only'] as ReportFilter['only']) ?? null,
      types: (opts['types'] as ClaimType[]) ?? null,
      minSources: (opts['minSources'] as number) ?? null,
    });
    const ctx = terminalContext(io.env, opts['out'] ? false : io.stdoutIsTTY, io.columns, !!opts['all']);
    const pieces = formatInChunks(opts['format'] as FormatName, filtered, ctx);
    if (opts['out']) await writeAtomic(String(opts['out']), pieces);
    else for (const piece of pieces) io.stdout(piece);
    if (opts['failOnConflict'] && report.stats.conflicts > 0) code = EXIT.findings;
  };

  addReportOptions(
    addReadOptions(
      program
        .argument('[paths...]', 'article files or folders (.txt, .md, .html); - reads standard input')
        .option('--jobs <n>', `threads for extraction, the main thread included (default: ${defaultJobs()}, the number of cores)`, parsePositive),
    ),
  )
    .addHelpText('after', `${EXAMPLES_HELP}\n${EXIT_CODES_HELP}`)
    .action(async (paths: string[], opts) => {
      debug = !!opts.debug;
      const aliases = await loadAliases(opts.aliases);
      const result = await ingest(paths, opts, io, !!opts.quiet, flags);
      const bar = await progressBar(io, result.sources.length, !!opts.quiet);
      const raw = await extractAll(result.sources, opts.jobs ?? defaultJobs(), bar?.update);
      bar?.stop();
      await emitReport(reconcileClaims(result, raw, { aliases, cluster: opts.cluster }), opts);
    });

  addReportOptions(
    program
      .command('merge')
      .description('reconcile claims written earlier by "reconcile extract" (the reduce step of a sharded run)')
      .argument('<files...>', 'NDJSON files from "reconcile extract"; - reads standard input')
      .option('--debug', 'show stack traces for internal errors'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ reconcile extract shard-1/ > a.ndjson && reconcile extract shard-2/ > b.ndjson
  $ reconcile merge a.ndjson b.ndjson --format json
${EXIT_CODES_HELP}`,
    )
    .action(async (files: string[], opts) => {
      const inputs: { name: string; text: string }[] = [];
      for (const f of files) {
        try {
          inputs.push({ name: f, text: f === '-' ? Buffer.from(await readStdin()).toString('utf8') : await fs.readFile(f, 'utf8') });
        } catch (err) {
          throw new InputError(`cannot read ${f}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : ((err as NodeJS.ErrnoException).code ?? 'error')}`);
        }
      }
      const { ingested, raw, problems } = fromRecords(inputs);
      if (problems.length) throw new InputError(`${problems.length} bad record${problems.length === 1 ? '' : 's'} in the merge input`, problems.slice(0, 20));
      if (!ingested.sources.length) throw new InputError(`no source records in ${files.join(', ')} (write them with "reconcile extract")`);
      const aliases = await loadAliases(opts.aliases);
      await emitReport(reconcileClaims(ingested, raw, { aliases, cluster: opts.cluster }), opts);
    });

  addReadOptions(
    program
      .command('sentences')
      .description('show how each article was read: kept sentences and dropped lines with reasons')
      .argument('<paths...>', 'article files or folders; - reads standard input')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')),
  )
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (paths: string[], opts) => {
      const result = await ingest(paths, opts, io, !!opts.quiet, flags);
      io.stdout(opts.format === 'json' ? sentencesJson(result) : sentencesText(result));
    });

  addReadOptions(
    program
      .command('extract')
      .description('print every source and claim, one JSON record per line (the map step of a sharded run)')
      .argument('<paths...>', 'article files or folders; - reads standard input')
      .addOption(new Option('--format <format>', 'output format').choices(['ndjson']).default('ndjson'))
      .option('--jobs <n>', 'threads for extraction, the main thread included', parsePositive),
  )
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (paths: string[], opts) => {
      const result = await ingest(paths, opts, io, !!opts.quiet, flags);
      for (const piece of inPieces(recordLines(result, await extractAll(result.sources, opts.jobs ?? defaultJobs())))) io.stdout(piece);
    });

  addReadOptions(
    program
      .command('check')
      .description('fail when an article contradicts the fact file (for CI)')
      .argument('<paths...>', 'article files or folders; - reads standard input')
      .requiredOption('--facts <file>', 'fact file (YAML or JSON)')
      .addOption(new Option('--format <format>', 'output format').choices(CHECK_FORMATS).default('stylish'))
      .option('--strict', 'also warn about facts that no article supports')
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', (v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of at least 0');
        return n;
      })
      .option('--out <file>', 'write the findings to a file (atomically)')
      .option('--aliases <file>', 'YAML alias file'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ reconcile check --facts facts.yml ./articles
  $ reconcile check --facts facts.yml ./drafts --format github
  $ reconcile check --facts facts.yml ./articles --format sarif --out reconcile.sarif

Exit codes:
  0  no error-severity contradiction (and warnings within --max-warnings)
  1  an article contradicts an error-severity fact, or too many warnings
  2  usage error, unreadable inputs or a malformed fact file`,
    )
    .action(async (paths: string[], opts) => {
      const { checkExitCode, runCheck } = await import('./check/index.js');
      const { checkFormatters } = await import('./check/formatters.js');
      const facts = await readFactFile(opts.facts);
      const aliases = await loadAliases(opts.aliases);
      const result = await ingest(paths, opts, io, !!opts.quiet, flags);
      const report = analyzeSources(result, { aliases });
      const checked = runCheck(report, facts, opts.facts, { strict: !!opts.strict });
      const ctx = terminalContext(io.env, opts.out ? false : io.stdoutIsTTY, io.columns);
      const text = checkFormatters[opts.format as CheckFormatName](checked, ctx);
      if (opts.out) await writeAtomic(opts.out, text);
      else io.stdout(text);
      code = checkExitCode(checked, opts.maxWarnings ?? null);
    });

  const factsCmd = program.command('facts').description('work with fact files');
  addReadOptions(
    factsCmd
      .command('init')
      .description('write a starter fact file from the facts two or more independent sources agree on')
      .argument('<paths...>', 'article files or folders')
      .option('--out <file>', 'write to a file (atomically) instead of standard output')
      .option('--aliases <file>', 'YAML alias file'),
  )
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (paths: string[], opts) => {
      const aliases = await loadAliases(opts.aliases);
      const result = await ingest(paths, opts, io, !!opts.quiet, flags);
      const { starterFacts } = await import('./check/init.js');
      const text = starterFacts(analyzeSources(result, { aliases }));
      if (opts.out) await writeAtomic(opts.out, text);
      else io.stdout(text);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (flags.missingPaths) {
      io.stderr('reconcile: some paths do not exist (listed above); exiting 2\n');
      return EXIT.usage;
    }
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0 ? EXIT.clean : EXIT.usage;
    }
    if (err instanceof UsageError) {
      io.stderr(`reconcile: ${safeText(err.message)}\n`);
      return EXIT.usage;
    }
    if (err instanceof InputError) {
      io.stderr(`reconcile: ${safeText(err.message)}\n`);
      for (const d of err.details) io.stderr(`  ${safeText(d)}\n`);
      return EXIT.usage;
    }
    const e = err as Error;
    io.stderr(`reconcile: internal error: ${safeText(e.message)}. This is a bug; please report it with the command you ran.\n`);
    if (debug && e.stack) io.stderr(`${e.stack}\n`);
    return EXIT.usage;
  }
}
