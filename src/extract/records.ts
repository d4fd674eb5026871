import { PositionIndex } from '../position.js';
import type { IngestResult } from '../ingest/index.js';
import { jsonClaim } from '../report/json.js';
import type { Claim, ClaimType, SkippedFile, Source } from '../types.js';
import { byPosition, type RawClaim } from './index.js';

/**
 * The map/reduce interchange: `reconcile extract` writes one JSON record per line,
 * `reconcile merge` reads them back. A source record carries the decoded text, so the
 * merged report is exactly the one a direct run gives (same offsets, lines, copies).
 */
export type PipelineRecord =
  | ({ record: 'source'; sentences: ([number, number] | [number, number, 1])[] } & Omit<Source, 'sentences'>)
  | { record: 'skipped'; id: string; path: string; reason: string }
  | {
      record: 'claim';
      id: string;
      source: string;
      /** "unknown" for a name that only corpus-wide resolution can classify. */
      type: ClaimType | 'unknown';
      text: string;
      value: RawClaim['value'];
      subject: string | null;
      context: string[];
      shape?: RawClaim['shape'];
      headline?: true;
      sentence: string;
      sentenceIndex: number;
      start: number;
      end: number;
      line: number;
      column: number;
    };

/** Serialise sources, skipped files and raw claims as NDJSON records, one line at a time. */
export function* recordLines(ingested: IngestResult, raw: readonly RawClaim[]): Generator<string> {
  const positions = new PositionIndex();
  const byId = new Map(ingested.sources.map((s) => [s.id, s]));
  for (const { sentences, ...rest } of ingested.sources) {
    const rec: PipelineRecord = { record: 'source', ...rest, sentences: sentences.map((x): [number, number] | [number, number, 1] => (x.headline ? [x.start, x.end, 1] : [x.start, x.end])) };
    yield `${JSON.stringify(rec)}\n`;
  }
  for (const k of ingested.skipped) yield `${JSON.stringify({ record: 'skipped', ...k } satisfies PipelineRecord)}\n`;
  for (const c of raw) {
    // The report's claim shape, plus what merge needs: the sentence index and a type that may still be "unknown".
    const rec: PipelineRecord = { record: 'claim', ...jsonClaim(c as Claim, byId.get(c.source), positions), type: c.type, sentenceIndex: c.sentence };
    yield `${JSON.stringify(rec)}\n`;
  }
}

/** Serialise sources, skipped files and raw claims as NDJSON records. */
export function toRecords(ingested: IngestResult, raw: readonly RawClaim[]): string {
  return [...recordLines(ingested, raw)].join('');
}

/**
 * Read NDJSON records back into sources, skipped files and raw claims. Never throws:
 * a bad line becomes a problem naming `file:line`. Records from several shards may
 * be concatenated in any order.
 */
export function fromRecords(inputs: { name: string; text: string }[]): { ingested: IngestResult; raw: RawClaim[]; problems: string[] } {
  const sources = new Map<string, Source>();
  const skipped = new Map<string, SkippedFile>();
  const raw: RawClaim[] = [];
  const problems: string[] = [];
  for (const { name, text } of inputs) {
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let rec: PipelineRecord;
      try {
        rec = JSON.parse(line) as PipelineRecord;
      } catch {
        problems.push(`${name}:${i + 1}: not a JSON record`);
        return;
      }
      if (rec === null || typeof rec !== 'object' || !('record' in rec)) {
        problems.push(`${name}:${i + 1}: not a record written by "reconcile extract"`);
        return;
      }
      if (rec.record === 'source') {
        if (typeof rec.text !== 'string' || !Array.isArray(rec.sentences)) {
          problems.push(`${name}:${i + 1}: source record without text or sentences`);
          return;
        }
        const { record: _, sentences, ...rest } = rec;
        sources.set(rec.id, { ...rest, warnings: rest.warnings ?? [], dropped: rest.dropped ?? [], sentences: sentences.map(([start, end, headline], index) => ({ index, start, end, text: rest.text.slice(start, end), ...(headline ? { headline: true } : {}) })) });
      } else if (rec.record === 'skipped') {
        skipped.set(rec.id, { id: rec.id, path: rec.path, reason: rec.reason });
      } else if (rec.record === 'claim') {
        raw.push({ id: rec.id, source: rec.source, type: rec.type, text: rec.text, value: rec.value, start: rec.start, end: rec.end, sentence: rec.sentenceIndex, subject: rec.subject, context: rec.context, ...(rec.shape ? { shape: rec.shape } : {}), ...(rec.headline ? { headline: true } : {}) });
      } else {
        problems.push(`${name}:${i + 1}: unknown record type`);
      }
    });
  }
  for (const c of raw) if (!sources.has(c.source)) problems.push(`claim ${c.id} names source ${c.source}, which no input describes`);
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ingested: { sources: [...sources.values()].sort(byId), skipped: [...skipped.values()].sort(byId) },
    raw: raw.filter((c) => sources.has(c.source)).sort(byPosition),
    problems,
  };
}
