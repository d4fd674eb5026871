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
    claims: g.claims.map((c) => jsonClaim(c, sources.get(c.source), positions)),
    explain: g.explain,
  };
}

/** The report as the version-1 JSON contract documented in the README and schema/report.schema.json. */
export function toJsonReport(report: Report): object {
  const positions = new PositionIndex();
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const claimCount = new Map<string, number>();
  for (const c of report.claims) claimCount.set(c.source, (claimCount.get(c.source) ?? 0) + 1);
  const listed = [
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
  return {
    version: report.version,
    sources: listed,
    stories: report.stories,
    copies: report.copies,
    groups: report.groups.map((g) => jsonGroup(g, sources, positions)),
    stats: report.stats,
  };
}

/** Formatter: the JSON contract, pretty-printed, ending in a newline. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}

/** Formatter: one group per line, for streaming tools. */
export function formatNdjson(report: Report): string {
  const positions = new PositionIndex();
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  return report.groups.map((g) => `${JSON.stringify(jsonGroup(g, sources, positions))}\n`).join('');
}
