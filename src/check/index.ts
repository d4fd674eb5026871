import { PositionIndex } from '../position.js';
import { displayValue } from '../reconcile/display.js';
import { TermWeights } from '../reconcile/similarity.js';
import { isNameType, type Claim, type Finding, type NumericValue, type Place, type Report, type Source } from '../types.js';
import type { Fact } from './load-facts.js';
import { contextWords } from '../extract/context.js';
import { shapeOf } from '../extract/shape/index.js';
import { tokenize } from '../extract/words.js';
import { extractNumerics } from '../extract/numbers/index.js';
import { groupClaims } from '../reconcile/group.js';
import { fits, judge, widen, type ParsedFact } from './match.js';

export { loadFacts, type Fact, type FactProblem } from './load-facts.js';
export { parseFacts, parseValue, judge, type ParsedFact } from './match.js';

/** What a check run found. */
export interface CheckResult {
  factsPath: string;
  facts: Fact[];
  findings: Finding[];
  /** Fact id → number of claims that support it. */
  support: Record<string, number>;
  /** Every source checked, so formatters can list clean files too. */
  sources: { id: string; path: string }[];
  skipped: { id: string; path: string; reason: string }[];
}

/** Options for judging a check run. */
export interface CheckOptions {
  /** Report facts that no article supports, as warnings. */
  strict: boolean;
}

const DIRECTIVE = /reconcile-disable-next-line(?:\s+([^>]*?))?\s*-->/;

/** Ranges of text a `<!-- reconcile-disable-next-line [ids] -->` comment silences, per source. */
function suppressions(source: Source): { start: number; end: number; ids: string[] | null }[] {
  const out: { start: number; end: number; ids: string[] | null }[] = [];
  for (const d of source.dropped) {
    const m = d.reason === 'comment' ? DIRECTIVE.exec(d.text) : null;
    if (!m) continue;
    const ids = m[1] ? m[1].split(/[\s,]+/).filter(Boolean) : null;
    let i = d.end;
    while (i < source.text.length && /\s/.test(source.text[i]!)) i++;
    let end = source.text.indexOf('\n', i);
    if (end < 0) end = source.text.length;
    out.push({ start: i, end, ids });
  }
  return out;
}

function placeOf(c: Claim, source: Source | undefined, positions: PositionIndex): Place {
  const { line, column } = source ? positions.at(source.text, c.start) : { line: 0, column: 0 };
  return { source: c.source, path: source?.path ?? c.source, start: c.start, end: c.end, line, column, sentence: source?.sentences[c.sentence]?.text ?? '', text: c.text };
}

/** Source id prefix for the pseudo-sources that carry facts through grouping. */
const FACT_SOURCE = '\u0000fact:';

/**
 * Put each fact through the same grouping as the articles' claims: a fact becomes a
 * one-claim pseudo-source ("the Taliban seized power in Afghanistan August 2020"),
 * and whatever it groups with is what it is about. Returns, per fact id, the ids of
 * the article claims in its group.
 */
function groupWithFacts(report: Report, parsed: readonly ParsedFact[]): Map<string, Set<string>> {
  const pseudoSources: Source[] = [];
  const pseudoClaims: Claim[] = [];
  for (const pf of parsed) {
    if (isNameType(pf.type) || pf.type === 'quote') continue;
    // Written as an article would: "seized power in Afghanistan August 2021", "48 people killed".
    const claimText = pf.fact.claim.trim();
    const valueText = pf.fact.value.trim();
    const text = pf.type === 'date' ? `${claimText} ${valueText}` : `${valueText} ${claimText}`;
    const start = pf.type === 'date' ? text.length - valueText.length : 0;
    const end = start + valueText.length;
    const id = `${FACT_SOURCE}${pf.fact.id}`;
    pseudoSources.push({ id, path: id, title: null, published: null, outlet: null, url: null, text, encoding: 'utf-8', sentences: [{ index: 0, start: 0, end: text.length, text }], dropped: [], warnings: [], bytes: text.length });
    const noun = pf.type === 'date' ? null : (extractNumerics(text).find((m) => m.start === 0)?.noun?.text ?? null);
    const value = pf.type === 'date' ? pf.values[0]! : widen(pf.values[0] as NumericValue, pf.fact.tolerance);
    // A fact holds whenever it is checked: it has a measure and an owner, but no time of its own.
    const shape = pf.type === 'date' ? undefined : { ...shapeOf({ sentence: text, tokens: tokenize(text), start, end, value: value as NumericValue, noun, names: [], dates: [], reference: null, carried: null }), time: null };
    pseudoClaims.push({ id, source: id, type: pf.type, text: valueText, value, start, end, sentence: 0, subject: shape?.measure ?? null, context: contextWords(text, start, end), ...(shape ? { shape } : {}) });
  }
  const sources = new Map([...report.sources, ...pseudoSources].map((x) => [x.id, x]));
  const out = new Map<string, Set<string>>();
  for (const g of groupClaims([...report.claims, ...pseudoClaims], sources, (c) => c.source.startsWith(FACT_SOURCE))) {
    const facts = g.claims.filter((c) => c.source.startsWith(FACT_SOURCE));
    for (const f of facts) out.set(f.source.slice(FACT_SOURCE.length), new Set(g.claims.filter((c) => !c.source.startsWith(FACT_SOURCE)).map((c) => c.id)));
  }
  return out;
}

/**
 * Compare the corpus with the facts. Dates and figures go through the grouping
 * machinery of `reconcile` (subject, rarity-weighted context, owners, time anchors),
 * so a claim is judged against a fact only when it would be grouped with it; names
 * are matched by canonical entity and role. Interval rules decide whether a value
 * fits. Pure.
 */
export function runCheck(report: Report, parsed: readonly ParsedFact[], factsPath: string, options: CheckOptions): CheckResult {
  const positions = new PositionIndex();
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const weights = new TermWeights([
    ...report.claims,
    ...parsed.map((p) => ({ context: p.words }) as unknown as Claim),
  ]);
  const silenced = new Map(report.sources.map((s) => [s.id, suppressions(s)]));
  const byType = new Map<string, Claim[]>();
  for (const c of report.claims) {
    let list = byType.get(c.type);
    if (!list) byType.set(c.type, (list = []));
    list.push(c);
  }
  const grouped = groupWithFacts(report, parsed);
  const findings: Finding[] = [];
  const support: Record<string, number> = {};
  for (const pf of parsed) {
    const members = grouped.get(pf.fact.id);
    const factPlace: Place = { source: factsPath, path: factsPath, start: 0, end: 0, line: pf.fact.line, column: pf.fact.column, sentence: '', text: pf.fact.value };
    const supporting: Place[] = [];
    const contradicting: Claim[] = [];
    for (const c of byType.get(pf.type) ?? []) {
      const verdict = members ? (members.has(c.id) ? (fits(pf, c) ? 'supports' : 'contradicts') : 'unrelated') : judge(pf, c, sources.get(c.source), weights);
      if (verdict === 'supports') supporting.push(placeOf(c, sources.get(c.source), positions));
      else if (verdict === 'contradicts') {
        const off = silenced.get(c.source)?.some((r) => c.start >= r.start && c.start < r.end && (r.ids === null || r.ids.includes(pf.fact.id)));
        if (!off) contradicting.push(c);
      }
    }
    support[pf.fact.id] = supporting.length;
    for (const c of contradicting) {
      const place = placeOf(c, sources.get(c.source), positions);
      findings.push({
        ruleId: pf.fact.id,
        severity: pf.fact.severity,
        message: `"${c.text}" (${displayValue(c)}) contradicts fact "${pf.fact.id}" (${pf.fact.claim}): expected ${pf.fact.value}`,
        place,
        actual: c.text,
        expected: pf.fact.value,
        related: [factPlace, ...supporting.slice(0, 5)],
      });
    }
    if (options.strict && supporting.length === 0) {
      findings.push({
        ruleId: pf.fact.id,
        severity: 'warning',
        message: `fact "${pf.fact.id}" (${pf.fact.claim}: ${pf.fact.value}) is not supported by any article`,
        place: null,
        actual: null,
        expected: pf.fact.value,
        related: [factPlace],
      });
    }
  }
  findings.sort(
    (a, b) =>
      (a.place?.path ?? '\uffff').localeCompare(b.place?.path ?? '\uffff', 'en') ||
      (a.place?.start ?? 0) - (b.place?.start ?? 0) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return {
    factsPath,
    facts: parsed.map((p) => p.fact),
    findings,
    support,
    sources: report.sources.map((s) => ({ id: s.id, path: s.path })),
    skipped: report.skipped,
  };
}

/** Exit code for a check: 1 on any error finding or too many warnings, else 0. */
export function checkExitCode(result: CheckResult, maxWarnings: number | null): 0 | 1 {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  return errors > 0 || (maxWarnings !== null && warnings > maxWarnings) ? 1 : 0;
}
