// Step 3: find every run of sentence-final punctuation ("." "?!" ". . . ."
// "…" followed by closing quotes/brackets). Each run is a candidate boundary
// that later steps accept or reject. One left-to-right pass; each character
// is consumed by at most one run.

import {
  isAlnum,
  isAmbiguousQuote,
  isCloser,
  isOpener,
  isSpace,
  isStrongTerminal,
  isTerminal,
} from "./chars.js";
import type { Context } from "./context.js";

/** A run of terminal punctuation plus trailing closers. */
export interface Candidate {
  /** Offset of the first terminal mark. */
  start: number;
  /** Offset just after the run, closers included: where a cut would go. */
  end: number;
  /** Number of full stops, counting "…" as three. */
  dots: number;
  /** Contains ! ? or another mark that ends a sentence on its own. */
  strong: boolean;
  /** The run touches the preceding word ("that...") rather than standing apart ("that ..."). */
  attached: boolean;
  /** For "word. . . . Next": offset just after the first stop, where the sentence really ends. */
  splitAfterFirst: number;
}

/** A quote that is directly followed by a word char is an apostrophe or an opener, not a closer. */
function closesHere(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!isCloser(c)) return false;
  if (!isAmbiguousQuote(c)) return true;
  return i + 1 >= text.length || !isAlnum(text.charCodeAt(i + 1));
}

/** Scans `ctx.text` for candidate boundaries, skipping guarded characters. */
export function findCandidates(ctx: Context): Candidate[] {
  const { text, guard, length: n } = ctx;
  const out: Candidate[] = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c) || guard[i] === 1) {
      i++;
      continue;
    }
    const start = i;
    let dots = 0;
    let strong = false;
    let spacedAfterFirst = false;
    for (;;) {
      if (i >= n || guard[i] === 1) break;
      const d = text.charCodeAt(i);
      if (d === 0x2e) {
        dots++;
        i++;
        // spaced ellipsis ". . ." is one run
        if (i + 1 < n && text.charCodeAt(i) === 0x20 && text.charCodeAt(i + 1) === 0x2e && guard[i + 1] === 0) {
          if (i - 1 === start) spacedAfterFirst = true;
          i++;
        }
      } else if (d === 0x2026) {
        dots += 3;
        i++;
      } else if (isStrongTerminal(d)) {
        strong = true;
        i++;
      } else if (closesHere(text, i)) {
        i++;
      } else {
        break;
      }
    }
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    const attached = !isSpace(before) && !isOpener(before);
    out.push({
      start,
      end: i,
      dots,
      strong,
      attached,
      splitAfterFirst: attached && spacedAfterFirst && dots >= 4 ? start + 1 : -1,
    });
  }
  return out;
}
