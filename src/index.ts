import { extractSource, resolveAliases, type AliasTable } from './extract/index.js';
import { readSources, type IngestOptions, type IngestResult } from './ingest/index.js';
import { reconcile } from './reconcile/index.js';
import type { Report } from './types.js';

export * from './types.js';
export { readSources, prepareSources } from './ingest/index.js';
export { extractSource, resolveAliases } from './extract/index.js';
export { reconcile } from './reconcile/index.js';
export { formatters, filterReport } from './report/index.js';

/** Options for a whole run. */
export interface AnalyzeOptions extends IngestOptions {
  aliases?: AliasTable;
}

/** Extract and reconcile already-read sources. Pure. */
export function analyzeSources(ingested: IngestResult, options: AnalyzeOptions = {}): Report {
  const raw = ingested.sources.flatMap(extractSource);
  const claims = resolveAliases(raw, ingested.sources, options.aliases);
  return reconcile({ sources: ingested.sources, skipped: ingested.skipped, claims });
}

/** Read the articles under `paths` and reconcile them: the whole pipeline. */
export async function analyze(paths: readonly string[], options: AnalyzeOptions = {}): Promise<Report> {
  return analyzeSources(await readSources(paths, options), options);
}
