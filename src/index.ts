import { builtInAliases, resolveAliases, type AliasTable } from './extract/aliases.js';
import { byPosition, extractSource, type RawClaim } from './extract/index.js';
import { extractAll } from './extract/parallel.js';
import { readSources, type IngestOptions, type IngestResult } from './ingest/index.js';
import { reconcile } from './reconcile/index.js';
import type { Report } from './types.js';

export * from './types.js';
export { readSources, prepareSources } from './ingest/index.js';
export { extractSource, resolveAliases } from './extract/index.js';
export { extractAll } from './extract/parallel.js';
export { reconcile } from './reconcile/index.js';
export { formatters, filterReport } from './report/index.js';

/** Options for a whole run. */
export interface AnalyzeOptions extends IngestOptions {
  aliases?: AliasTable;
  /** Cluster sources into stories (default true). */
  cluster?: boolean;
  /** Worker threads for extraction (default 1 in process). */
  jobs?: number;
}

/** The reduce step: resolve names across the corpus and reconcile. Pure. */
export function reconcileClaims(ingested: IngestResult, raw: readonly RawClaim[], options: AnalyzeOptions = {}): Report {
  const claims = resolveAliases([...raw].sort(byPosition), ingested.sources, options.aliases ?? builtInAliases());
  return reconcile({ sources: ingested.sources, skipped: ingested.skipped, claims, cluster: options.cluster });
}

/** Extract and reconcile already-read sources, in process. Pure. */
export function analyzeSources(ingested: IngestResult, options: AnalyzeOptions = {}): Report {
  return reconcileClaims(ingested, ingested.sources.flatMap(extractSource), options);
}

/** Read the articles under `paths` and reconcile them: the whole pipeline, extraction on `jobs` threads. */
export async function analyze(paths: readonly string[], options: AnalyzeOptions = {}): Promise<Report> {
  const ingested = await readSources(paths, options);
  return reconcileClaims(ingested, await extractAll(ingested.sources, options.jobs ?? 1), options);
}
