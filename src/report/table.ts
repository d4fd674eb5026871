import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { timelineText } from '../reconcile/display.js';
import { PositionIndex } from '../position.js';
import type { Claim, ClaimGroup, Report, Source } from '../types.js';
import { sections, type FormatContext } from './context.js';
import { safeText } from './safe.js';

/** Cut a sentence to `max` characters around the claim, marking the claim. */
export function snippet(sentence: string, start: number, end: number, max: number, mark: (s: string) => string): string {
  const s = Math.max(0, Math.min(start, sentence.length));
  const e = Math.max(s, Math.min(end, sentence.length));
  const claim = sentence.slice(s, e);
  let before = sentence.slice(0, s);
  let after = sentence.slice(e);
  const room = Math.max(10, max - claim.length);
  if (before.length + after.length > room) {
    const half = Math.floor(room / 2);
    const keepBefore = Math.min(before.length, Math.max(half, room - after.length));
    const keepAfter = Math.min(after.length, room - keepBefore);
    if (keepBefore < before.length) before = `…${before.slice(before.length - keepBefore + 1)}`;
    if (keepAfter < after.length) after = `${after.slice(0, Math.max(0, keepAfter - 1))}…`;
  }
  return `${safeText(before)}${mark(safeText(claim))}${safeText(after)}`;
}

interface Painter {
  c: ChalkInstance;
  mark: (s: string) => string;
}

function painter(ctx: FormatContext): Painter {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  return { c, mark: ctx.color ? (s) => c.bold.underline(s) : (s) => `«${s}»` };
}

function where(c: Claim, source: Source | undefined, positions: PositionIndex): string {
  if (!source) return safeText(c.source);
  const { line, column } = positions.at(source.text, c.start);
  return `${safeText(source.id)}:${line}:${column}${c.headline ? ' (headline)' : ''}`;
}

function claimSnippet(c: Claim, source: Source | undefined, width: number, p: Painter): string {
  const sentence = source?.sentences[c.sentence];
  if (!sentence) return p.mark(safeText(c.text));
  return snippet(sentence.text, c.start - sentence.start, c.end - sentence.start, width, p.mark);
}

/** cli-table3 options with no colour codes of its own, so NO_COLOR output stays clean. */
function table(head: string[], colWidths: number[]): Table.Table {
  return new Table({ head, colWidths, wordWrap: true, wrapOnWordBoundary: true, style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 } });
}

/** Share `width` among columns: fixed widths first, the rest to the flexible last column. */
function columns(width: number, fixed: number[]): number[] {
  const borders = fixed.length + 2;
  const used = fixed.reduce((a, b) => a + b, 0);
  return [...fixed, Math.max(12, width - used - borders)];
}

function fit(widths: number[], width: number): number[] {
  // Shrink the fixed columns proportionally when the terminal is narrow.
  const total = widths.reduce((a, b) => a + b, 0) + widths.length + 1;
  if (total <= width) return widths;
  const scale = (width - widths.length - 1) / (total - widths.length - 1);
  return widths.map((w) => Math.max(6, Math.floor(w * scale)));
}

function summary(report: Report, p: Painter): string {
  const s = report.stats;
  const parts = [
    `${s.sources} sources`,
    `${s.claims} claims`,
    p.c.green(`${s.agreements} agreements`),
    s.conflicts ? p.c.red.bold(`${s.conflicts} conflicts`) : `${s.conflicts} conflicts`,
    `${s.singleSource} single-source`,
    s.skipped ? p.c.yellow(`${s.skipped} skipped`) : `${s.skipped} skipped`,
  ];
  return parts.join(' · ');
}

function conflictBlock(g: ClaimGroup, sources: Map<string, Source>, positions: PositionIndex, ctx: FormatContext, p: Painter): string {
  const valueOf = new Map<string, string>();
  const confOf = new Map<string, number>();
  for (const v of g.values) for (const id of v.claims) {
    valueOf.set(id, v.display);
    confOf.set(id, v.confidence);
  }
  const longest = (xs: string[]): number => xs.reduce((m, x) => Math.max(m, [...x].length), 0);
  const wheres = g.claims.map((c) => where(c, sources.get(c.source), positions));
  const fixedValue = Math.min(28, Math.max(10, longest(g.values.map((v) => safeText(v.display))) + 2));
  const fixedWhere = Math.min(40, Math.max(12, longest(wheres) + 2));
  const [wValue, wWhere, wSentence] = fit(columns(ctx.width, [fixedValue, fixedWhere]), ctx.width) as [number, number, number];
  const t = table([p.c.bold('value'), p.c.bold('source'), p.c.bold('sentence')], [wValue, wWhere, wSentence]);
  // One row per source and value: repeated mentions in one article add nothing.
  const seen = new Set<string>();
  for (const c of g.claims) {
    const value = valueOf.get(c.id) ?? '';
    if (seen.has(`${c.source}\u0000${value}`)) continue;
    seen.add(`${c.source}\u0000${value}`);
    const shown = value === g.likely ? p.c.green(safeText(value)) : p.c.red(safeText(value));
    t.push([shown, where(c, sources.get(c.source), positions), claimSnippet(c, sources.get(c.source), (wSentence - 2) * 3, p)]);
  }
  const head = `${p.c.red.bold('✗ conflict')} ${p.c.bold(g.kind ?? '')} · ${g.type} · ${safeText(g.label)} ${p.c.dim(`(${g.id})`)}`;
  const likely = g.values.find((v) => v.display === g.likely);
  const runnerUp = [...g.values].sort((a, b) => b.confidence - a.confidence)[1];
  const close = likely && runnerUp && likely.confidence - runnerUp.confidence < 0.1;
  const foot = close
    ? `  likely: ${p.c.yellow('no clear winner')} (${g.values.map((v) => `${safeText(v.display)} ${v.confidence.toFixed(2)}`).join(', ')})`
    : `  likely: ${p.c.bold(safeText(g.likely))}${likely ? ` (confidence ${likely.confidence.toFixed(2)}, ${likely.independentSources} independent source${likely.independentSources === 1 ? '' : 's'})` : ''}`;
  // An update reads best as the figure's history, oldest first.
  const timeline = g.timeline ? `\n  ${p.c.bold('over time:')} ${safeText(timelineText(g.timeline))}` : '';
  return `${head}${timeline}\n${t.toString()}\n${foot}`;
}

/** Short letters for sources ("A", "B", … "AA"), so tables stay narrow. */
function sourceLetters(report: Report): Map<string, string> {
  const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));
  return new Map(report.sources.map((s, i) => [s.id, letter(i)]));
}

function sourceLegend(report: Report, letters: Map<string, string>, ctx: FormatContext, p: Painter): string[] {
  const counts = new Map<string, number>();
  for (const c of report.claims) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
  return report.sources.map((s) => {
    const meta = safeText([s.outlet, s.published, `${counts.get(s.id) ?? 0} claims`].filter(Boolean).join(' · '));
    const id = safeText(s.id);
    const room = ctx.width - meta.length - 8;
    const shownId = id.length > room ? `${id.slice(0, Math.max(8, room - 1))}…` : id;
    return `  ${p.c.bold(letters.get(s.id)!)}  ${shownId}  ${p.c.dim(meta)}`;
  });
}

function agreementTable(groups: ClaimGroup[], letters: Map<string, string>, ctx: FormatContext, p: Painter, names: boolean): string {
  const head = names ? ['type', 'name', 'role', 'sources'] : ['type', 'about', 'value', 'sources'];
  const widths = fit(columns(ctx.width, [14, 28, 24]), ctx.width);
  const t = table(head.map((h) => p.c.bold(h)), widths);
  for (const g of groups) {
    const srcs = [...new Set(g.claims.map((c) => letters.get(c.source) ?? c.source))].join(' ');
    const support = `${srcs} ${p.c.dim(`(${g.independentSources} independent)`)}`;
    if (names) {
      const role = g.claims.map((c) => (c.value as { role?: string | null }).role).find((r) => r) ?? '';
      t.push([g.type, p.c.green(safeText(g.likely)), safeText(role), support]);
    } else {
      const note = g.precisionOnly ? p.c.dim(' (precision differs)') : '';
      t.push([g.type, safeText(g.label), `${p.c.green(safeText(g.likely))}${note}`, support]);
    }
  }
  return t.toString();
}

function singleTable(groups: ClaimGroup[], sources: Map<string, Source>, positions: PositionIndex, ctx: FormatContext, p: Painter): string {
  const widths = fit(columns(ctx.width, [14, 24, 30]), ctx.width);
  const t = table(['type', 'value', 'source', 'sentence'].map((h) => p.c.bold(h)), widths);
  for (const g of groups) {
    const c = g.claims[0]!;
    t.push([g.type, safeText(g.likely), where(c, sources.get(c.source), positions), claimSnippet(c, sources.get(c.source), (widths[3]! - 2) * 2, p)]);
  }
  return t.toString();
}

/**
 * Formatter: the terminal report. A summary line, conflicts with competing values
 * side by side, agreements with their independent support, single-source claims
 * collapsed unless `ctx.all`, then the files that were skipped.
 */
export function formatTable(report: Report, ctx: FormatContext): string {
  const p = painter(ctx);
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const positions = new PositionIndex();
  const letters = sourceLetters(report);
  const out: string[] = [summary(report, p), '', ...sourceLegend(report, letters, ctx, p), ''];
  const { conflicts, facts, names, singles } = sections(report);
  if (conflicts.length) {
    out.push(p.c.red.bold(`Conflicts (${conflicts.length})`), '');
    for (const g of conflicts) out.push(conflictBlock(g, sources, positions, ctx, p), '');
  }
  if (facts.length) out.push(p.c.green.bold(`Agreements (${facts.length})`), agreementTable(facts, letters, ctx, p, false), '');
  if (names.length) out.push(p.c.green.bold(`Names in two or more sources (${names.length})`), agreementTable(names, letters, ctx, p, true), '');
  if (singles.length) {
    if (ctx.all) out.push(p.c.bold(`Single-source claims (${singles.length})`), singleTable(singles, sources, positions, ctx, p), '');
    else out.push(p.c.dim(`${singles.length} single-source claims hidden (show them with --all)`), '');
  }
  if (report.copies.length) {
    out.push(p.c.bold('Copies'), ...report.copies.map((c) => `  ${safeText(c.source)} copies ${safeText(c.copyOf)} (${Math.round(c.overlap * 100)}% shared word sequences)`), '');
  }
  if (report.skipped.length) {
    out.push(p.c.yellow.bold(`Skipped (${report.skipped.length})`), ...report.skipped.map((s) => `  ${safeText(s.path)}: ${safeText(s.reason)}`), '');
  }
  if (!report.groups.length) out.push('No claims found.', '');
  return out.join('\n');
}
