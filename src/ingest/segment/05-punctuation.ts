// Step 5: accept or reject each punctuation candidate by looking at what
// follows it. Decisions run left to right because the fronted-time-phrase
// check needs to know where the current sentence began.

import {
  isAmbiguousQuote,
  isContinuationPunct,
  isDigit,
  isHSpace,
  isLetter,
  isLineBreak,
  isLower,
  isOpener,
  isSpace,
  isUpper,
} from "./chars.js";
import type { Candidate } from "./03-candidates.js";
import {
  NEVER,
  ORDINARY,
  classifyToken,
  isFrontedTimePhrase,
  isSentenceOpenerAt,
  tokenStart,
} from "./04-abbreviations.js";
import type { Context } from "./context.js";
import { SPEECH_VERBS } from "./lexicon.js";

const MAX_OPENERS = 4;
const MAX_NAME_WORDS = 4;
const MAX_WORD = 20;

function endsWithQuote(text: string, cand: Candidate): boolean {
  const c = text.charCodeAt(cand.end - 1);
  return isAmbiguousQuote(c) || c === 0x201d || c === 0xbb;
}

/**
 * `“Are you ready?” Muttaqi asked.`: capitalised name words followed by a
 * speech verb attribute the quote, so the quote's own punctuation is not a boundary.
 */
function isAttributionAt(text: string, k: number): boolean {
  const n = text.length;
  let p = k;
  for (let words = 0; words <= MAX_NAME_WORDS; words++) {
    let e = p;
    // name words may carry apostrophes, hyphens and initials: O’Brien, Al-Sayed
    while (e < n && e - p < MAX_WORD) {
      const c = text.charCodeAt(e);
      if (!isLetter(c) && c !== 0x27 && c !== 0x2019 && c !== 0x2d) break;
      e++;
    }
    if (e === p) return false;
    if (isLower(text.charCodeAt(p))) return SPEECH_VERBS.has(text.slice(p, e));
    if (e >= n || !isHSpace(text.charCodeAt(e))) return false;
    p = e + 1;
  }
  return false;
}

/** True when only horizontal space separates `p` from the start of its line. */
function startsLine(text: string, p: number): boolean {
  let q = p;
  while (q > 0 && p - q < MAX_WORD && isHSpace(text.charCodeAt(q - 1))) q--;
  return q === 0 || isLineBreak(text.charCodeAt(q - 1));
}

/** Where to cut for this candidate, or -1 to keep the sentence going. */
function decide(ctx: Context, cand: Candidate): number {
  const { text, length: n } = ctx;
  let j = cand.end;
  if (j >= n) return cand.end;
  // the whitespace after one candidate is never rescanned by another, so this stays linear
  while (j < n && isSpace(text.charCodeAt(j))) j++;
  if (j >= n) return cand.end;
  const gap = j > cand.end;
  let k = j;
  while (k < n && k - j < MAX_OPENERS && isOpener(text.charCodeAt(k))) k++;
  const next = k < n ? text.charCodeAt(k) : 0;

  if (!gap) {
    // Glued text ("world.Today", "1,000.That"): only a capitalised word
    // after a real word is a boundary; "U.S.A", "3.5", "Jr.'s", "a.html" are not.
    if (!isUpper(next) || k + 1 >= n || !isLower(text.charCodeAt(k + 1))) return -1;
    if (cand.strong) return cand.end;
    if (cand.dots !== 1 || classifyToken(text, cand.start) !== ORDINARY) return -1;
    const s = tokenStart(text, cand.start);
    return s >= 0 && cand.start - s >= 2 ? cand.end : -1;
  }

  if (isLower(next)) return -1; // "Yahoo! in", "co. at", "great.' she said"
  if (k === j && isContinuationPunct(next)) return -1;
  if (k === j && isUpper(next) && endsWithQuote(text, cand) && isAttributionAt(text, k)) return -1;
  if (cand.strong) return cand.end;
  if (cand.dots >= 4) {
    // ellipsis plus a full stop; "compounds. . . . The" ends right after "compounds."
    return cand.splitAfterFirst >= 0 ? cand.splitAfterFirst : cand.end;
  }
  if (cand.dots >= 2) {
    // "that... She" trails off and ends; a free-standing ". . ." marks an omission mid-sentence
    return cand.attached && (isUpper(next) || isDigit(next)) ? cand.end : -1;
  }
  // a single full stop: it depends on the word before it
  const cls = classifyToken(text, cand.start);
  if (cls === ORDINARY) return cand.end;
  if (cls === NEVER || !isSentenceOpenerAt(text, k)) return -1;
  const s = tokenStart(text, cand.start);
  if (s < 0) return cand.end;
  // a one-letter label opening a line ("Q. What did you see?") belongs to its line
  if (cand.start - s === 1 && startsLine(text, s)) return -1;
  return isFrontedTimePhrase(ctx, s, cand.start) ? -1 : cand.end;
}

/** Records a cut in `ctx.cuts` for every accepted candidate. */
export function decidePunctuation(ctx: Context, candidates: readonly Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const at = decide(ctx, candidates[i]!);
    if (at >= 0) ctx.cuts[at] = 1;
  }
}
