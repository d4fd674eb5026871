import { PositionIndex } from '../position.js';
import { specificity } from '../reconcile/intervals.js';
import { subjectConcept } from '../extract/shape/index.js';
import { fold, stem } from '../extract/words.js';
import { extractNumerics } from '../extract/numbers/index.js';
import { isNameType, type ClaimGroup, type DateValue, type EntityValue, type Report } from '../types.js';

/** Minimum independent sources for a fact to enter a starter file. */
export const INIT_MIN_SOURCES = 2;

function slug(text: string, used: Set<string>): string {
  const base =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'fact';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** What the fact is about, in words the check can match: the role for a person, else the group label. */
function claimWords(g: ClaimGroup): string {
  if (isNameType(g.type)) {
    const role = g.claims.map((c) => (c.value as EntityValue).role).find((r) => r);
    return role ?? (g.claims[0]!.value as EntityValue).name;
  }
  // Keep the subject, and drop words that name another subject ("injuring" next to a death toll).
  const subject = g.claims.find((c) => c.subject)?.subject;
  if (!subject) return g.label;
  return g.label
    .split(' ')
    .filter((w) => subjectConcept(w) === subject || subjectConcept(w) === stem(fold(w)))
    .join(' ');
}

/**
 * A starter fact file: every agreement backed by two or more independent sources,
 * written with the most precise wording an article used, and a comment naming
 * the places that back it. Quotes are left out: they are not facts to verify.
 */
export function starterFacts(report: Report): string {
  const positions = new PositionIndex();
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const used = new Set<string>();
  const lines = [
    `# Starter fact file written by "reconcile facts init" from ${report.sources.length} sources.`,
    `# Each fact is a value ${INIT_MIN_SOURCES} or more independent sources agree on. Review every one before relying on it.`,
    'facts:',
  ];
  // Names without a role ("Russia", "Taliban") are mentions, not facts to verify.
  const groups = report.groups.filter(
    (g) =>
      g.status === 'agreement' &&
      g.independentSources >= INIT_MIN_SOURCES &&
      g.type !== 'quote' &&
      g.type !== 'place' &&
      g.type !== 'organization' &&
      (g.type !== 'person' || g.claims.some((c) => (c.value as EntityValue).role)),
  );
  for (const g of groups) {
    // The wording must read back as the same kind of value: "measured 6.4" is a magnitude only in its sentence.
    // Read each wording once, not at every comparison of the sort.
    const readsBack = new Map(g.claims.map((c) => [c, g.type === 'date' || isNameType(g.type) || extractNumerics(c.text)[0]?.type === g.type ? 1 : 0]));
    const best = [...g.claims].sort((a, b) => readsBack.get(b)! - readsBack.get(a)! || specificity(b) - specificity(a) || a.id.localeCompare(b.id, 'en'))[0]!;
    // One place per source is enough to find the evidence.
    const firstPerSource = g.claims.filter((c, i) => g.claims.findIndex((x) => x.source === c.source) === i);
    const backers = firstPerSource.map((c) => {
      const s = sources.get(c.source);
      const { line, column } = s ? positions.at(s.text, c.start) : { line: 0, column: 0 };
      return `${c.source}:${line}:${column}`;
    });
    const value =
      isNameType(g.type)
        ? (best.value as EntityValue).name
        : g.type === 'date' && !/\d{4}/.test(best.text) && !(best.value as DateValue).iso.includes('X')
          ? (best.value as DateValue).iso
          : best.text;
    const about = claimWords(g);
    lines.push(
      `  # backed by ${g.independentSources} independent sources: ${backers.join(', ')}`,
      `  - id: ${slug(`${g.type} ${about}`, used)}`,
      `    claim: ${JSON.stringify(about)}`,
      `    value: ${JSON.stringify(value)}`,
      `    type: ${g.type}`,
    );
  }
  if (!groups.length) lines.push('  []  # no value is backed by two or more independent sources yet');
  return `${lines.join('\n')}\n`;
}
