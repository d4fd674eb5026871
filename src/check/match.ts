import { tagsOf } from '../extract/lexicon.js';
import { isNameType, type Claim, type ClaimType, type ClaimValue, type DateValue, type EntityValue, type NumericValue, type Source } from '../types.js';
import { extractDates } from '../extract/dates/index.js';
import { extractNames } from '../extract/names.js';
import { extractNumerics } from '../extract/numbers/index.js';
import { subjectConcept } from '../extract/shape/index.js';
import { contentWord, fold, tokenize } from '../extract/words.js';
import { compatible, similarGrain } from '../reconcile/intervals.js';
import { TermWeights } from '../reconcile/similarity.js';
import type { Fact } from './load-facts.js';


/** A fact's value read the way an article's claim is read. */
export interface ParsedFact {
  fact: Fact;
  type: ClaimType;
  values: ClaimValue[];
  /** The fact's `claim` words, normalised like context words. */
  words: string[];
  /** The same words as subject concepts ("killed" → deaths), to compare with claim subjects. */
  subjects: string[];
}

/** Share of a fact's words (by rarity) that a claim's context must contain. */
export const MATCH_THRESHOLD = 0.4;

/** Read a value string as a claim of the given (or inferred) type, or null when it cannot be read. */
export function parseValue(text: string, type: ClaimType | null): { type: ClaimType; value: ClaimValue } | null {
  const trimmed = text.trim();
  const whole = <T extends { start: number; end: number }>(m: T[]): T | undefined => m.find((x) => x.end - x.start >= trimmed.length * 0.6);
  if (!type || type === 'date') {
    const d = whole(extractDates(trimmed));
    if (d) return { type: 'date', value: d.value };
    if (type === 'date') return null;
  }
  if (!type || ['money', 'number', 'percent', 'quantity', 'duration'].includes(type)) {
    const n = whole(extractNumerics(trimmed).filter((x) => !type || x.type === type));
    if (n) return { type: n.type, value: n.value };
    // A bare figure such as "48" is a count.
    if (type === 'number' && /^\d[\d,]*(?:\.\d+)?$/.test(trimmed)) {
      const amount = Number(trimmed.replace(/,/g, ''));
      return { type, value: { amount, min: amount, max: amount, precision: 1 } };
    }
    if (type) return null;
  }
  if (!type || isNameType(type)) {
    const names = extractNames(trimmed);
    const name = whole(names) ?? (type ? { value: { name: trimmed, key: fold(trimmed), role: null } as EntityValue, type } : undefined);
    if (name) {
      const t = (type ?? (name.type === 'unknown' ? 'organization' : name.type)) as ClaimType;
      return { type: t, value: name.value };
    }
  }
  return null;
}

function isPlaceWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.some((x) => x === 'Country' || x === 'City' || x === 'Region' || x === 'Place' || x === 'Demonym');
}

/** "afghan" and "afghanistan", "russian" and "russia" name the same place. */
function samePlace(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  const n = Math.min(x.length, y.length);
  return n >= 5 && x.slice(0, n - 1) === y.slice(0, n - 1);
}

/** Who holds a role: places, demonyms, possessives and capitalised names ("Carrow", "Afghanistan's"). */
function ownerWords(text: string): string[] {
  return tokenize(text)
    .filter((t) => /['’]s$/i.test(t.text) || /^\p{Lu}/u.test(t.text) || isPlaceWord(t.text))
    .map((t) => fold(t.text.replace(/['’]s$/i, '')))
    .filter((w) => !['foreign', 'deputy', 'chief', 'minister', 'president', 'executive'].includes(w));
}

/** Places that own something in the text: "Afghanistan's", "Russian", "Russia's". */
function placeWords(text: string, ownersOnly = false): string[] {
  return tokenize(text)
    .filter((t) => !ownersOnly || /['’]s$/i.test(t.text) || tagsOf(t.text).includes('Demonym'))
    .map((t) => t.text.replace(/['’]s$/i, ''))
    .filter(isPlaceWord);
}


/** True when the fact and the claim name different places as owners ("Afghanistan's" vs "Russia's"). */
function qualifierClash(factClaim: string, claimText: string, ownersOnly = false): boolean {
  const a = placeWords(factClaim, ownersOnly);
  const b = placeWords(claimText, ownersOnly);
  if (!a.length || !b.length) return false;
  return !a.some((x) => b.some((y) => samePlace(x, y)));
}

/** How much of the fact's wording (weighted by rarity) the claim's context contains (0..1). */
function coverage(words: string[], context: string[], weights: TermWeights): number {
  let total = 0;
  let hit = 0;
  for (const w of words) {
    const weight = weights.weight(w);
    total += weight;
    if (context.includes(w)) hit += weight;
  }
  return total === 0 ? 0 : hit / total;
}

/** Prepare facts for matching; facts whose value cannot be read are returned as problems. */
export function parseFacts(facts: readonly Fact[]): { parsed: ParsedFact[]; unreadable: Fact[] } {
  const parsed: ParsedFact[] = [];
  const unreadable: Fact[] = [];
  for (const fact of facts) {
    const main = parseValue(fact.value, fact.type);
    if (!main) {
      unreadable.push(fact);
      continue;
    }
    const values = [main.value];
    for (const a of fact.accept) {
      const v = parseValue(a, main.type);
      if (v) values.push(v.value);
    }
    const tokens = tokenize(fact.claim);
    const words = [...new Set(tokens.map((t) => contentWord(t.text)).filter((w): w is string => !!w))];
    const subjects = [...new Set(tokens.map((t) => subjectConcept(t.text)))];
    parsed.push({ fact, type: main.type, values, words, subjects });
  }
  return { parsed, unreadable };
}

/** Widen a figure's interval by the fact's tolerance. */
export function widen(v: NumericValue, tol: Fact['tolerance']): NumericValue {
  if (!tol) return v;
  const lo = v.min ?? v.amount;
  const hi = v.max ?? v.amount;
  if ('relative' in tol) return { ...v, min: v.min === null ? null : lo - Math.abs(lo) * tol.relative, max: v.max === null ? null : hi + Math.abs(hi) * tol.relative };
  return { ...v, min: v.min === null ? null : lo - tol.absolute, max: v.max === null ? null : hi + tol.absolute };
}

/** The verdict on one claim for one fact. */
export type Verdict = 'supports' | 'contradicts' | 'unrelated';

/**
 * Decide whether a claim is about the fact's subject and, if so, whether its value
 * fits. A claim about something else never counts, even with a matching type.
 */
export function judge(pf: ParsedFact, claim: Claim, source: Source | undefined, weights: TermWeights): Verdict {
  if (claim.type !== pf.type) return 'unrelated';
  const sentence = source?.sentences[claim.sentence]?.text ?? '';
  if (isNameType(claim.type)) {
    const v = claim.value as EntityValue;
    const role = v.role ?? '';
    if (qualifierClash(pf.fact.claim, role || sentence)) return 'unrelated';
    const sameName = pf.values.some((x) => (x as EntityValue).key === v.key);
    if (sameName) return 'supports';
    // A different name contradicts only when it holds the same role, owner included:
    // "Russia's ambassador to Kabul" is not any ambassador.
    const roleWords = tokenize(role).map((t) => contentWord(t.text)).filter((w): w is string => !!w);
    const core = pf.words.filter((w) => !isPlaceWord(w));
    // Owners must match: a fact about "chief executive" says nothing about "Brightwater's chief executive".
    const factOwners = ownerWords(pf.fact.claim);
    const roleOwners = ownerWords(role);
    if (factOwners.length !== 0 || roleOwners.length !== 0) {
      if (!factOwners.some((o) => roleOwners.some((r) => samePlace(o, r)))) return 'unrelated';
    }
    if (!core.length || coverage(core, roleWords, weights) < 0.8) return 'unrelated';
    return 'contradicts';
  }
  if (claim.subject && !pf.subjects.includes(claim.subject)) return 'unrelated';
  if (qualifierClash(pf.fact.claim, sentence, true)) return 'unrelated';
  const context = [...claim.context, ...(claim.subject ? [claim.subject] : [])];
  // A claim whose subject is the fact's ("55 people were killed") needs less wording in common.
  const needed = claim.subject ? MATCH_THRESHOLD / 2 : MATCH_THRESHOLD;
  if (coverage(pf.words, context, weights) < needed) return 'unrelated';
  // "the 1990s" is another event told vaguely, not a wrong "August 2021".
  if (claim.type === 'date' && !similarGrain(pf.values[0] as DateValue, claim.value as DateValue)) return 'unrelated';
  return fits(pf, claim) ? 'supports' : 'contradicts';
}

/** True when a claim's value fits the fact's value or one of its accepted values, within tolerance. */
export function fits(pf: ParsedFact, claim: Claim): boolean {
  return pf.values.some((value) => {
    const widened = claim.type === 'date' ? value : widen(value as NumericValue, pf.fact.tolerance);
    const pseudo: Claim = { ...claim, id: `fact:${pf.fact.id}`, value: widened };
    return compatible(pseudo, claim);
  });
}
