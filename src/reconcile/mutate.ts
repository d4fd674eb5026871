import type { ClaimGroup, Report } from '../types.js';

/** A planted edit: replace the `nth` (1-based) occurrence of `find` in `file` with `replace`. */
export interface Mutation {
  file: string;
  find: string;
  replace: string;
  nth?: number;
  /**
   * What kind of value the edit changes, for the scorecard ("holder": another person named
   * for one office). A `transliteration` writes a name another accepted way ("Dmitri" for
   * "Dmitry"): it must join the name's group without a conflict.
   */
  kind: 'date' | 'amount' | 'count' | 'spelling' | 'duration' | 'percent' | 'holder' | 'transliteration';
}

/** What one mutation did to the report. */
export interface MutationOutcome {
  mutation: Mutation;
  /** The report handles the edit as it should: a conflict group holds the edited value and a claim from another source (for a transliteration, a group that is no conflict does). */
  detected: boolean;
  /** Conflicts that appeared which have nothing to do with the edit. */
  collateral: string[];
  /** Why it was not detected, when it was not. */
  note: string;
}

/** Apply a mutation to a text; throws when the text to replace is not there. */
export function applyMutation(text: string, m: Mutation): { text: string; start: number; end: number } {
  let at = -1;
  for (let i = 0; i < (m.nth ?? 1); i++) {
    at = text.indexOf(m.find, at + 1);
    if (at < 0) throw new Error(`mutation target not found in ${m.file}: ${JSON.stringify(m.find)}`);
  }
  return { text: text.slice(0, at) + m.replace + text.slice(at + m.find.length), start: at, end: at + m.replace.length };
}

/** A conflict's identity that survives offset shifts: which sources and words it holds. */
function signature(g: ClaimGroup, skip?: { source: string; start: number; end: number }): string {
  return g.claims
    .filter((c) => !skip || c.source !== skip.source || c.end <= skip.start || c.start >= skip.end)
    .map((c) => `${c.source}|${c.sentence}|${c.text}`)
    .sort()
    .join('\n');
}

/**
 * Judge one mutation: compare the report on the edited corpus with the baseline.
 * Detected means a conflict group contains the edited span and a claim from a
 * different source. Collateral conflicts are conflicts in the edited run that are
 * neither the detected one nor present in the baseline.
 */
export function judgeMutation(m: Mutation, baseline: Report, mutated: Report, span: { start: number; end: number }): MutationOutcome {
  const at = { source: m.file, start: span.start, end: span.end };
  const before = new Set(baseline.groups.filter((g) => g.status === 'conflict').map((g) => signature(g)));
  const conflicts = mutated.groups.filter((g) => g.status === 'conflict');
  const candidates = m.kind === 'transliteration' ? mutated.groups.filter((g) => g.status !== 'conflict') : conflicts;
  const hit = candidates.find(
    (g) => g.claims.some((c) => c.source === m.file && c.start < span.end && span.start < c.end) && g.claims.some((c) => c.source !== m.file),
  );
  const collateral = conflicts
    .filter((g) => g !== hit && !before.has(signature(g)) && !before.has(signature(g, at)))
    .map((g) => `${g.type} ${g.claims.map((c) => `${c.source}:"${c.text}"`).join(' vs ')}`);
  let note = '';
  if (!hit) {
    const own = mutated.groups.find((g) => g.claims.some((c) => c.source === m.file && c.start < span.end && span.start < c.end));
    note = own ? `edited claim ended in a ${own.status} group of ${own.claims.length}` : 'edited text produced no claim';
  }
  return { mutation: m, detected: !!hit, collateral, note };
}
