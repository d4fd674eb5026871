import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** One planted fact from a corpus manifest (`fixtures/corpora/<name>/expected.yml`). */
export interface PlantedFact {
  id: string;
  about: string;
  type: string;
  status: 'agreement' | 'conflict' | 'single-source';
  kind?: string;
  mentions: { file: string; text: string }[];
}

export interface Manifest {
  corpus: string;
  published: Record<string, string>;
  articles: { file: string; copy_of: string | null }[];
  facts: PlantedFact[];
  distractors?: { file: string; text: string; note?: string; not_with?: string }[];
  junk?: { file: string; text: string }[];
}

export function loadManifest(dir: string): Manifest {
  return parse(readFileSync(path.join(dir, 'expected.yml'), 'utf8')) as Manifest;
}

/** Minimal view of the JSON report that the expectations need. */
export interface JsonGroup {
  id: string;
  type: string;
  status: string;
  kind: string | null;
  independentSources: number;
  claims: { source: string; text: string; start: number; end: number; type: string }[];
}

/** Offsets of a mention in its article's text, or null when the text is not there. */
export function mentionSpan(articlesDir: string, file: string, text: string): { start: number; end: number } | null {
  const full = readFileSync(path.join(articlesDir, file), 'utf8');
  const at = full.indexOf(text);
  return at < 0 ? null : { start: at, end: at + text.length };
}

/** The group holding a claim that overlaps the mention, if any. */
export function groupOf(groups: JsonGroup[], articlesDir: string, m: { file: string; text: string }, type?: string): JsonGroup | undefined {
  const span = mentionSpan(articlesDir, m.file, m.text);
  if (!span) throw new Error(`manifest mention not found: ${m.file}: ${m.text}`);
  return groups.find((g) => (!type || g.type === type) && g.claims.some((c) => c.source === m.file && c.start < span.end && span.start < c.end));
}
