import type { ClaimType, GroupStatus, Report } from '../types.js';
import type { FormatContext } from './context.js';
import { formatJson, formatNdjson, jsonChunks, ndjsonChunks } from './json.js';
import { formatHtml } from './html.js';
import { formatMarkdown } from './markdown.js';
import { formatTable } from './table.js';

export { terminalContext, DEFAULT_WIDTH, type FormatContext } from './context.js';
export { safeText, safeLines } from './safe.js';
export { toJsonReport, jsonClaim } from './json.js';

/** A formatter turns a report into text. It never prints and never picks an exit code. */
export type Formatter = (report: Report, ctx: FormatContext) => string;

/** Every report format, by the name `--format` takes. Adding a format means adding one entry. */
export const formatters = {
  table: formatTable,
  json: formatJson,
  ndjson: formatNdjson,
  markdown: formatMarkdown,
  html: formatHtml,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

/** A formatter that gives its text in pieces, in order; joined, they are exactly what the plain formatter returns. */
export type ChunkedFormatter = (report: Report, ctx: FormatContext) => Iterable<string>;

/**
 * The formats whose text grows with the whole corpus, in pieces: a feed's JSON report can be
 * twenty times the size of its articles, and writing it piece by piece never holds all of it.
 */
const chunkedFormatters: Partial<Record<FormatName, ChunkedFormatter>> = {
  json: jsonChunks,
  ndjson: ndjsonChunks,
};

/** Pieces smaller than this are gathered before they are handed on, so a writer is called about once a megabyte. */
const CHUNK_CHARS = 1 << 20;

/** Small pieces gathered into pieces of at least `size` characters (the last may be shorter), in order. */
export function* inPieces(pieces: Iterable<string>, size = CHUNK_CHARS): Generator<string> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= size) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}

/**
 * A report in the format `name`, as pieces of about a megabyte that join to exactly
 * `formatters[name](report, ctx)`. Pure: the caller writes each piece as it comes.
 */
export function formatInChunks(name: FormatName, report: Report, ctx: FormatContext): Iterable<string> {
  const chunked = chunkedFormatters[name];
  return chunked ? inPieces(chunked(report, ctx)) : [formatters[name](report, ctx)];
}

/** Which groups a user asked to see. */
export interface ReportFilter {
  only?: 'conflicts' | 'agreements' | 'single' | null;
  types?: ClaimType[] | null;
  minSources?: number | null;
}

const ONLY: Record<NonNullable<ReportFilter['only']>, GroupStatus> = {
  conflicts: 'conflict',
  agreements: 'agreement',
  single: 'single-source',
};

/** Keep only the groups a filter asks for. Stats still describe the whole run. */
export function filterReport(report: Report, filter: ReportFilter): Report {
  const groups = report.groups.filter(
    (g) =>
      (!filter.only || g.status === ONLY[filter.only]) &&
      (!filter.types || filter.types.includes(g.type)) &&
      (!filter.minSources || new Set(g.claims.map((c) => c.source)).size >= filter.minSources),
  );
  return { ...report, groups };
}
