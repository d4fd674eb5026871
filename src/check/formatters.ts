import { Chalk } from 'chalk';
import type { Finding, Place } from '../types.js';
import type { FormatContext } from '../report/context.js';
import { mdCell } from '../report/markdown.js';
import { safeText } from '../report/safe.js';
import type { CheckResult } from './index.js';

/** A check formatter: pure, like the report formatters. */
export type CheckFormatter = (result: CheckResult, ctx: FormatContext) => string;

const VERSION = '0.1.0';

function counts(result: CheckResult): { errors: number; warnings: number } {
  return {
    errors: result.findings.filter((f) => f.severity === 'error').length,
    warnings: result.findings.filter((f) => f.severity === 'warning').length,
  };
}

function placeOrFacts(f: Finding, result: CheckResult): Place {
  return f.place ?? f.related[0] ?? { source: result.factsPath, path: result.factsPath, start: 0, end: 0, line: 1, column: 1, sentence: '', text: '' };
}

/** Grouped by file, one line per finding, then a total: the layout prose linters use. */
function stylish(result: CheckResult, ctx: FormatContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const p = placeOrFacts(f, result).path;
    let list = byFile.get(p);
    if (!list) byFile.set(p, (list = []));
    list.push(f);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(c.underline(safeText(file)));
    for (const f of list) {
      const p = placeOrFacts(f, result);
      const sev = f.severity === 'error' ? c.red('error') : c.yellow('warning');
      out.push(`  ${`${p.line}:${p.column}`.padEnd(8)} ${sev.padEnd(ctx.color ? 17 : 7)}  ${safeText(f.message)}  ${c.dim(safeText(f.ruleId))}`);
      if (f.place?.sentence) out.push(c.dim(`           ${safeText(f.place.sentence.length > 160 ? `${f.place.sentence.slice(0, 157)}…` : f.place.sentence)}`));
    }
    out.push('');
  }
  const { errors, warnings } = counts(result);
  const total = errors + warnings;
  const supported = Object.values(result.support).filter((n) => n > 0).length;
  if (total === 0) out.push(c.green(`✔ ${result.facts.length} facts checked against ${result.sources.length} sources: no contradictions (${supported} supported)`));
  else out.push(c.red.bold(`✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${result.sources.length} sources against ${result.facts.length} facts`));
  for (const s of result.skipped) out.push(c.yellow(`skipped ${safeText(s.path)}: ${safeText(s.reason)}`));
  return `${out.join('\n')}\n`;
}

function json(result: CheckResult): string {
  const { errors, warnings } = counts(result);
  return `${JSON.stringify(
    {
      version: 1,
      facts: result.facts.map((f) => ({ id: f.id, claim: f.claim, value: f.value, type: f.type, severity: f.severity, line: f.line, column: f.column, support: result.support[f.id] ?? 0 })),
      findings: result.findings,
      sources: result.sources,
      skipped: result.skipped,
      stats: { facts: result.facts.length, sources: result.sources.length, errors, warnings },
    },
    null,
    2,
  )}\n`;
}

/** Workflow-command escaping: data loses %, CR and LF; properties also lose : and ,. */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function ghProp(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function github(result: CheckResult): string {
  const lines = result.findings.map((f) => {
    const p = placeOrFacts(f, result);
    const cmd = f.severity === 'error' ? 'error' : 'warning';
    return `::${cmd} file=${ghProp(p.path)},line=${p.line},col=${p.column},title=${ghProp(`reconcile: ${f.ruleId}`)}::${ghData(f.message)}`;
  });
  const { errors, warnings } = counts(result);
  lines.push(`reconcile check: ${errors} errors, ${warnings} warnings, ${result.facts.length} facts, ${result.sources.length} sources`);
  return `${lines.join('\n')}\n`;
}

function sarifLocation(p: Place): object {
  return {
    physicalLocation: {
      artifactLocation: { uri: p.path.split('\\').join('/') },
      region: {
        startLine: p.line,
        startColumn: p.column,
        ...(p.end > p.start ? { charOffset: p.start, charLength: p.end - p.start } : {}),
        ...(p.sentence ? { snippet: { text: p.sentence } } : {}),
      },
    },
  };
}

function sarif(result: CheckResult): string {
  const rules = result.facts.map((f) => ({
    id: f.id,
    name: f.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ? ch.toUpperCase() : '')),
    shortDescription: { text: `${f.claim}: ${f.value}` },
    fullDescription: { text: `Articles must agree with the verified fact "${f.claim}" = ${f.value}.` },
    defaultConfiguration: { level: f.severity },
  }));
  const index = new Map(result.facts.map((f, i) => [f.id, i]));
  const results = result.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? 0,
    level: f.severity,
    message: { text: f.message },
    locations: [sarifLocation(placeOrFacts(f, result))],
    ...(f.related.length
      ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, message: { text: i === 0 && r.path === result.factsPath ? 'the fact' : `supports ${f.expected}` }, ...sarifLocation(r) })) }
      : {}),
  }));
  return `${JSON.stringify(
    {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'reconcile', version: VERSION, rules } }, results, columnKind: 'utf16CodeUnits' }],
    },
    null,
    2,
  )}\n`;
}

function xml(s: string): string {
  // XML 1.0 cannot carry most control characters at all, even escaped.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** One test case per fact: it fails when any article contradicts the fact. */
function junit(result: CheckResult): string {
  const failures = new Set(result.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).size;
  const cases = result.facts.map((fact) => {
    const found = result.findings.filter((f) => f.ruleId === fact.id);
    const failing = found.filter((f) => f.severity === 'error');
    const body = found
      .map((f) => {
        const p = placeOrFacts(f, result);
        return `${p.path}:${p.line}:${p.column}: ${f.severity}: ${f.message}`;
      })
      .join('\n');
    const inner = failing.length
      ? `<failure message="${xml(`${failing.length} contradiction${failing.length === 1 ? '' : 's'} of ${fact.id}`)}" type="contradiction">${xml(body)}</failure>`
      : found.length
        ? `<system-out>${xml(body)}</system-out>`
        : '';
    return `    <testcase classname="reconcile.facts" name="${xml(fact.id)}">${inner}</testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="reconcile check" tests="${result.facts.length}" failures="${failures}">
  <testsuite name="${xml(result.factsPath)}" tests="${result.facts.length}" failures="${failures}" errors="0">
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}

function markdown(result: CheckResult): string {
  const { errors, warnings } = counts(result);
  const out = [
    '# Fact check',
    '',
    errors + warnings === 0
      ? `✅ ${result.facts.length} facts checked against ${result.sources.length} sources: no contradictions.`
      : `❌ **${errors}** errors, **${warnings}** warnings in ${result.sources.length} sources against ${result.facts.length} facts.`,
    '',
  ];
  if (result.findings.length) {
    out.push('| severity | fact | where | found | expected | sentence |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of result.findings) {
      const p = placeOrFacts(f, result);
      out.push(`| ${f.severity} | \`${mdCell(f.ruleId)}\` | \`${safeText(p.path).replace(/`/g, "'")}:${p.line}:${p.column}\` | ${mdCell(f.actual ?? '—')} | ${mdCell(f.expected)} | ${mdCell(f.place?.sentence ?? '')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Every check format, by the name `--format` takes. */
export const checkFormatters = {
  stylish,
  json,
  github,
  sarif,
  junit,
  markdown,
} as const satisfies Record<string, CheckFormatter>;

export type CheckFormatName = keyof typeof checkFormatters;
