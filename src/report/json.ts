import { PositionIndex } from '../position.js';
import type { Claim, ClaimGroup, Report, Source } from '../types.js';

/** A claim as the JSON contract prints it. */
export interface JsonClaim {
  id: string;
  source: string;
  type: Claim['type'];
  text: string;
  value: Claim['value'];
  subject: string | null;
  context: string[];
  /** For figures: measure, owner and time (see `Shape`). */
  shape?: Claim['shape'];
  /** Present and true for a claim read from the headline. */
  headline?: true;
  sentence: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** Turn a claim into its contract shape, with line and column computed from its offset. */
export function jsonClaim(c: Claim, source: Source | undefined, positions: PositionIndex): JsonClaim {
  const { line, column } = source ? positions.at(source.text, c.start) : { line: 0, column: 0 };
  return {
    id: c.id,
    source: c.source,
    type: c.type,
    text: c.text,
    value: c.value,
    subject: c.subject,
    context: c.context,
    ...(c.shape ? { shape: c.shape } : {}),
    ...(c.headline ? { headline: true } : {}),
    sentence: source?.sentences[c.sentence]?.text ?? '',
    start: c.start,
    end: c.end,
    line,
    column,
  };
}

function jsonGroup(g: ClaimGroup, sources: Map<string, Source>, positions: PositionIndex): object {
  return {
    id: g.id,
    type: g.type,
    label: g.label,
    status: g.status,
    kind: g.kind,
    story: g.story,
    likely: g.likely,
    independentSources: g.independentSources,
    precisionOnly: g.precisionOnly,
    values: g.values,
    timeline: g.timeline,
    claims: g.claims.map((c) => jsonClaim(c, sources.get(c.source), positions)),
    explain: g.explain,
  };
}

/** The sources as the contract lists them: read ones and skipped ones together, by id. */
function jsonSources(report: Report): object[] {
  const claimCount = new Map<string, number>();
  for (const c of report.claims) claimCount.set(c.source, (claimCount.get(c.source) ?? 0) + 1);
  return [
    ...report.sources.map((s) => ({
      id: s.id,
      path: s.path,
      title: s.title,
      published: s.published,
      outlet: s.outlet,
      url: s.url,
      encoding: s.encoding,
      sentences: s.sentences.length,
      claims: claimCount.get(s.id) ?? 0,
      dropped: s.dropped.length,
      warnings: s.warnings,
      skipped: null as string | null,
    })),
    ...report.skipped.map((s) => ({
      id: s.id,
      path: s.path,
      title: null,
      published: null,
      outlet: null,
      url: null,
      encoding: null,
      sentences: 0,
      claims: 0,
      dropped: 0,
      warnings: [],
      skipped: s.reason,
    })),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The report as the version-1 JSON contract documented in the README and schema/report.schema.json. */
export function toJsonReport(report: Report): object {
  const positions = new PositionIndex();
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  return {
    version: report.version,
    sources: jsonSources(report),
    stories: report.stories,
    copies: report.copies,
    groups: report.groups.map((g) => jsonGroup(g, sources, positions)),
    stats: report.stats,
  };
}

/** `value` pretty-printed with two-space indents, as if it sat `depth` levels deep in a larger document. */
function prettyAt(value: unknown, depth: number): string {
  // Nested in `depth` one-item arrays, the value is printed at that depth by the engine itself;
  // the arrays' own brackets are then cut off, which costs less than re-indenting every line.
  let wrapped = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(2 * depth + depth * (depth + 1), text.length - (2 * depth + depth * (depth - 1)));
}

/**
 * Formatter in pieces: the JSON contract exactly as `JSON.stringify(toJsonReport(report), null, 2)`
 * prints it, plus a final newline, one group at a time. A feed's report can be many times
 * the size of its articles; built group by group, no copy of the whole report, as objects
 * or as text, is ever held at once.
 */
export function* jsonChunks(report: Report): Generator<string> {
  const positions = new PositionIndex();
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  yield `{\n  "version": ${JSON.stringify(report.version)},`;
  yield `\n  "sources": ${prettyAt(jsonSources(report), 1)},`;
  yield `\n  "stories": ${prettyAt(report.stories, 1)},`;
  yield `\n  "copies": ${prettyAt(report.copies, 1)},`;
  yield '\n  "groups": [';
  for (let i = 0; i < report.groups.length; i++) {
    yield `${i ? ',' : ''}\n    ${prettyAt(jsonGroup(report.groups[i]!, sources, positions), 2)}`;
  }
  yield report.groups.length ? '\n  ],' : '],';
  yield `\n  "stats": ${prettyAt(report.stats, 1)}\n}\n`;
}

/** Formatter: the JSON contract, pretty-printed, ending in a newline. */
export function formatJson(report: Report): string {
  return [...jsonChunks(report)].join('');
}

/** Formatter in pieces: one group per line, for streaming tools. */
export function* ndjsonChunks(report: Report): Generator<string> {
  const positions = new PositionIndex();
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  for (const g of report.groups) yield `${JSON.stringify(jsonGroup(g, sources, positions))}\n`;
}

/** Formatter: one group per line, for streaming tools. */
export function formatNdjson(report: Report): string {
  return [...ndjsonChunks(report)].join('');
}
