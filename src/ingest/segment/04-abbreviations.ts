// Step 4: what kind of word precedes a full stop. An ordinary word ends the
// sentence before any capitalised word; an abbreviation or initial ends it
// only before a typical sentence opener ("U.S. How" vs "U.S. Government");
// a title never does ("Dr. Smith"). Steps 5 and 6 ask only where a decision
// depends on it. All look-arounds are bounded, so the work per candidate is
// constant however long the surrounding words are.

import { isLetter, isLineBreak, isLower, isOpener, isSpace, isTerminal, isUpper } from "./chars.js";
import type { Context } from "./context.js";
import {
  ABBREV_CI,
  ABBREV_CS,
  NEVER_FINAL,
  NEVER_FINAL_CI,
  SENTENCE_OPENERS,
  TIME_PREPOSITIONS,
} from "./lexicon.js";

/** A word that ends a sentence whenever the next word is capitalised. */
export const ORDINARY = 0;
/** A title or connector abbreviation: never sentence-final before more text. */
export const NEVER = 1;
/** An abbreviation or initial: sentence-final only before a sentence opener. */
export const ABBREV = 2;

export type TokenClass = typeof ORDINARY | typeof NEVER | typeof ABBREV;

const MAX_TOKEN = 40;
const MAX_WORD = 16;
const MAX_LOOKBACK = 48;

/** "U.S", "a.m", "Ph.D", "e.g": letter groups of one or two joined by single dots. */
function isDottedAbbreviation(tok: string): boolean {
  let group = 0;
  let groups = 0;
  for (let i = 0; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (c === 0x2e) {
      if (group === 0) return false;
      groups++;
      group = 0;
    } else if (isLetter(c)) {
      if (++group > 2) return false;
    } else {
      return false;
    }
  }
  return group > 0 && groups >= 1;
}

/** True when the word before `s` starts with a lower-case letter ("you and I."). */
function previousWordIsLower(text: string, s: number): boolean {
  let p = s;
  const floor = Math.max(0, s - MAX_WORD);
  while (p > floor && isSpace(text.charCodeAt(p - 1)) && !isLineBreak(text.charCodeAt(p - 1))) p--;
  if (p === s) return false;
  let w = p;
  while (w > floor && isLetter(text.charCodeAt(w - 1))) w--;
  return w < p && isLower(text.charCodeAt(w));
}

/** Start offset of the word that ends at `dot`, openers stripped; -1 if it is too long to matter. */
export function tokenStart(text: string, dot: number): number {
  let s = dot;
  while (s > 0 && dot - s < MAX_TOKEN && !isSpace(text.charCodeAt(s - 1))) {
    // "Tuesday.Mr." -> "Mr": a glued capitalised word starts after the stop
    if (isTerminal(text.charCodeAt(s - 1)) && isUpper(text.charCodeAt(s)) && s + 1 < dot && isLower(text.charCodeAt(s + 1))) break;
    s--;
  }
  if (s > 0 && !isSpace(text.charCodeAt(s - 1)) && !isTerminal(text.charCodeAt(s - 1))) return -1;
  while (s < dot && isOpener(text.charCodeAt(s))) s++;
  return s;
}

/** Classifies the word directly before the full stop at `dot`. */
export function classifyToken(text: string, dot: number): TokenClass {
  const s = tokenStart(text, dot);
  if (s < 0 || s === dot) return ORDINARY;
  const tok = text.slice(s, dot);
  const lower = tok.toLowerCase();
  if (NEVER_FINAL.has(tok) || NEVER_FINAL_CI.has(lower)) return NEVER;
  if (ABBREV_CS.has(tok) || ABBREV_CI.has(lower)) return ABBREV;
  if (tok.length === 1) {
    const c = tok.charCodeAt(0);
    if (isLower(c)) return ABBREV; // p. 55, c. 1900
    if (isUpper(c)) {
      // pronoun at the end of a clause, not a middle initial
      if (c === 0x49 && previousWordIsLower(text, s)) return ORDINARY;
      return ABBREV; // Jonas E. Smith
    }
    return ORDINARY;
  }
  if (isDottedAbbreviation(tok)) return ABBREV;
  return ORDINARY;
}

/** True when a typical sentence opener ("The", "He", "However", "Mr") starts at `k`. */
export function isSentenceOpenerAt(text: string, k: number): boolean {
  let e = k;
  const n = text.length;
  while (e < n && e - k <= MAX_WORD && isLetter(text.charCodeAt(e))) e++;
  if (e === k || e - k > MAX_WORD) return false;
  // "A." / "I." here are initials, not the article or the pronoun
  if (e - k === 1 && e < n && text.charCodeAt(e) === 0x2e) return false;
  return SENTENCE_OPENERS.has(text.slice(k, e));
}

/**
 * "At 5 a.m. Mr. Smith went": a time abbreviation that closes a short fronted
 * phrase (preposition + time) is not a boundary, since the phrase alone is no sentence.
 */
export function isFrontedTimePhrase(ctx: Context, tokStart: number, dot: number): boolean {
  const { text, cuts } = ctx;
  const tok = text.slice(tokStart, dot).toLowerCase();
  if (tok !== "a.m" && tok !== "p.m") return false;
  const floor = Math.max(0, tokStart - MAX_LOOKBACK);
  let p = tokStart;
  let words = 0;
  let first = -1;
  for (;;) {
    while (p > floor && cuts[p] === 0 && isSpace(text.charCodeAt(p - 1)) && !isLineBreak(text.charCodeAt(p - 1))) p--;
    if (p === 0 || cuts[p] === 1 || isLineBreak(text.charCodeAt(p - 1))) break;
    if (p === floor) return false;
    let w = p;
    while (w > floor && cuts[w] === 0 && !isSpace(text.charCodeAt(w - 1))) w--;
    if (++words > 3) return false;
    first = w;
    p = w;
  }
  if (first < 0) return false;
  let e = first;
  while (e < tokStart && isLetter(text.charCodeAt(e))) e++;
  return TIME_PREPOSITIONS.has(text.slice(first, e));
}
