// Step 6: line breaks. Articles put each paragraph, heading and list item on
// its own line, so a line break ends a sentence even without punctuation.
// The exception is hard-wrapped prose, where a line break falls mid-sentence.
// A line is taken as wrapped (no cut) only when it has no closing punctuation
// and the next line plainly continues it:
//   - the line ends with "," ";" or a dash, or with a function word such as
//     "and"/"the"/"of" (a heading or list item almost never does); or
//   - the next line starts in lower case and either the line has trailing
//     spaces before the break (a wrap artefact) or it reads as prose: at least
//     four words, the last not capitalised. Short lower-case lines
//     ("features" / "contact manager") stay separate list items, and a
//     capitalised last word ("Overall Sentiment") marks a heading.
// A blank line always ends a sentence, as does a next line that starts a list item.

import {
  isCloser,
  isDigit,
  isHSpace,
  isLetter,
  isLineBreak,
  isLower,
  isOpener,
  isSpace,
  isTerminal,
  isUpper,
} from "./chars.js";
import { listItemAt } from "./02-lists.js";
import { NEVER, ORDINARY, classifyToken } from "./04-abbreviations.js";
import type { Context } from "./context.js";
import { CONNECTORS } from "./lexicon.js";

const PROSE_MIN_WORDS = 4;
const MAX_WORD = 16;
const MAX_TOKEN = 40;

/** Counts words in [from, to), stopping once `limit` is reached. */
function countWords(text: string, from: number, to: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) {
      if (++words >= limit) return words;
    }
    inWord = !space;
  }
  return words;
}

/** Start of the run of letters ending at `end` (bounded), or `end` when there is none. */
function lastWordStart(text: string, lineStart: number, end: number): number {
  let w = end;
  while (w > lineStart && end - w < MAX_WORD && isLetter(text.charCodeAt(w - 1))) w--;
  return w;
}

/** Does the line [lineStart, lineEnd) run on into the next line starting at `next`? */
function continuesOnNextLine(text: string, lineStart: number, lineEnd: number, trailingSpace: boolean, next: number): boolean {
  const nc = text.charCodeAt(next);
  const nextLower = isLower(nc);
  const nextWordish = isLetter(nc) || isDigit(nc) || isOpener(nc);

  // look through closing quotes/brackets: `everyone,”` ends in a comma
  let k = lineEnd;
  while (k > lineStart && isCloser(text.charCodeAt(k - 1))) k--;
  if (k === lineStart) return false;
  const last = text.charCodeAt(k - 1);

  if (isTerminal(last)) {
    // only a stop after an abbreviation can sit mid-sentence: "the U.S.\nwithdrawal"
    if (last !== 0x2e || k !== lineEnd) return false;
    if (k - 2 >= lineStart && text.charCodeAt(k - 2) === 0x2e) return false;
    const cls = classifyToken(text, k - 1);
    if (cls === NEVER) return isLetter(nc);
    return cls !== ORDINARY && nextLower;
  }
  if (last === 0x2c || last === 0x3b || last === 0x2013 || last === 0x2014 || last === 0x2d) {
    return nextWordish;
  }
  if (!isLetter(last) && !isDigit(last) && last !== 0x25) return false;

  const w = lastWordStart(text, lineStart, k);
  if (w < k && isLower(text.charCodeAt(w)) && CONNECTORS.has(text.slice(w, k)) && nextWordish) return true;
  if (!nextLower) return false;
  if (trailingSpace) return true;
  // prose, not a heading: a capitalised last word ("Overall Sentiment") keeps the break
  let t = k;
  while (t > lineStart && k - t < MAX_TOKEN && !isSpace(text.charCodeAt(t - 1))) t--;
  if (t > lineStart && !isSpace(text.charCodeAt(t - 1))) return false;
  while (t < k && isOpener(text.charCodeAt(t))) t++;
  if (t === k || isUpper(text.charCodeAt(t))) return false;
  return countWords(text, lineStart, k, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS;
}

/** Records a cut at every line break that ends a sentence. */
export function markLineBreaks(ctx: Context): void {
  const { text, length: n, cuts } = ctx;
  let lineStart = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLineBreak(c)) {
      i++;
      continue;
    }
    const brk = i;
    const nextLine = c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;

    let end = brk;
    while (end > lineStart && isHSpace(text.charCodeAt(end - 1))) end--;
    let start = lineStart;
    while (start < end && isHSpace(text.charCodeAt(start))) start++;
    let next = nextLine;
    while (next < n && isHSpace(text.charCodeAt(next))) next++;

    const blankHere = start === end;
    const blankNext = next >= n || isLineBreak(text.charCodeAt(next));
    if (
      blankHere ||
      blankNext ||
      listItemAt(text, next) ||
      !continuesOnNextLine(text, start, end, end < brk, next)
    ) {
      cuts[brk] = 1;
    }
    lineStart = nextLine;
    i = nextLine;
  }
}
