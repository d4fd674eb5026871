import { timelineText } from '../reconcile/display.js';
import { PositionIndex } from '../position.js';
import type { Claim, ClaimGroup, Report, Source } from '../types.js';
import { sections, type FormatContext } from './context.js';
import { safeText } from './safe.js';
import { snippet } from './table.js';

/** Escape text for a Markdown table cell: pipes, HTML, emphasis and link syntax lose their meaning. */
export function mdCell(text: string): string {
  return safeText(text)
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
}

function where(c: Claim, s: Source | undefined, positions: PositionIndex): string {
  if (!s) return mdCell(c.source);
  const { line, column } = positions.at(s.text, c.start);
  return `\`${safeText(s.id).replace(/`/g, "'")}:${line}:${column}\`${c.headline ? ' (headline)' : ''}`;
}

function sentence(c: Claim, s: Source | undefined): string {
  const sen = s?.sentences[c.sentence];
  if (!sen) return mdCell(c.text);
  // Mark the claim after escaping so the emphasis survives.
  const marker = '\u0001';
  const raw = snippet(sen.text, c.start - sen.start, c.end - sen.start, 160, (x) => `${marker}${x}${marker}`);
  const parts = raw.split(marker);
  return parts.map((p, i) => (i % 2 === 1 ? `**${mdCell(p)}**` : mdCell(p))).join('');
}

function conflictSection(g: ClaimGroup, sources: Map<string, Source>, positions: PositionIndex): string[] {
  const valueOf = new Map<string, string>();
  for (const v of g.values) for (const id of v.claims) valueOf.set(id, v.display);
  const lines = [
    `### ${mdCell(g.label)} — ${g.type}, ${g.kind ?? 'conflict'}`,
    '',
    `Likely value: **${mdCell(g.likely)}** · group \`${g.id}\``,
    '',
    ...(g.timeline ? [`Over time: ${mdCell(timelineText(g.timeline))}`, ''] : []),
    '| value | source | sentence |',
    '| --- | --- | --- |',
  ];
  for (const c of g.claims) lines.push(`| ${mdCell(valueOf.get(c.id) ?? '')} | ${where(c, sources.get(c.source), positions)} | ${sentence(c, sources.get(c.source))} |`);
  lines.push('');
  return lines;
}

/**
 * Formatter: Markdown for a pull-request comment or a wiki page. A summary,
 * one table per conflict, a table of agreements, and single-source claims in a
 * collapsed section.
 */
export function formatMarkdown(report: Report, _ctx: FormatContext): string {
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const positions = new PositionIndex();
  const s = report.stats;
  const out = [
    '# Reconcile report',
    '',
    `**${s.sources}** sources · **${s.claims}** claims · **${s.agreements}** agreements · **${s.conflicts}** conflicts · **${s.singleSource}** single-source · **${s.skipped}** skipped`,
    '',
  ];
  const { conflicts, facts, names, singles } = sections(report);
  if (conflicts.length) {
    out.push(`## Conflicts (${conflicts.length})`, '');
    for (const g of conflicts) out.push(...conflictSection(g, sources, positions));
  }
  const table = (title: string, groups: ClaimGroup[], names: boolean): void => {
    if (!groups.length) return;
    out.push(`## ${title} (${groups.length})`, '', `| type | ${names ? 'name | role' : 'about | value'} | independent sources | sources |`, '| --- | --- | --- | --- | --- |');
    for (const g of groups) {
      const srcs = [...new Set(g.claims.map((c) => c.source))].map(mdCell).join(', ');
      const role = names ? (g.claims.map((c) => (c.value as { role?: string | null }).role).find((r) => r) ?? '') : '';
      const cells = names ? `${mdCell(g.likely)} | ${mdCell(role)}` : `${mdCell(g.label)} | ${mdCell(g.likely)}${g.precisionOnly ? ' (precision differs)' : ''}`;
      out.push(`| ${g.type} | ${cells} | ${g.independentSources} | ${srcs} |`);
    }
    out.push('');
  };
  table('Agreements', facts, false);
  table('Names in two or more sources', names, true);
  if (singles.length) {
    out.push(`<details><summary>Single-source claims (${singles.length})</summary>`, '', '| type | value | source | sentence |', '| --- | --- | --- | --- |');
    for (const g of singles) {
      const c = g.claims[0]!;
      out.push(`| ${g.type} | ${mdCell(g.likely)} | ${where(c, sources.get(c.source), positions)} | ${sentence(c, sources.get(c.source))} |`);
    }
    out.push('', '</details>', '');
  }
  if (report.copies.length) {
    out.push('## Copies', '');
    for (const c of report.copies) out.push(`- ${mdCell(c.source)} copies ${mdCell(c.copyOf)} (${Math.round(c.overlap * 100)}% shared word sequences)`);
    out.push('');
  }
  if (report.skipped.length) {
    out.push('## Skipped files', '');
    for (const k of report.skipped) out.push(`- ${mdCell(k.path)}: ${mdCell(k.reason)}`);
    out.push('');
  }
  return out.join('\n');
}
