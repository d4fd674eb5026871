// English sentence segmentation with exact offsets into the input. The
// numbered steps run in order over a shared context; none of them rewrites
// the text, so offsets never need mapping back. Step 4 (word classes) is
// applied inside steps 5 and 6, only where a decision depends on it.

import { protect } from "./01-protect.js";
import { markLists } from "./02-lists.js";
import { findCandidates } from "./03-candidates.js";
import { decidePunctuation } from "./05-punctuation.js";
import { markLineBreaks } from "./06-lines.js";
import { buildSpans } from "./07-spans.js";
import { createContext } from "./context.js";
import type { Span } from "./context.js";

export type { Span } from "./context.js";

/**
 * Split text into sentences. Spans are in order, non-overlapping, trimmed of
 * surrounding whitespace, never empty, and text.slice(start,end) is the sentence.
 *
 * Runs in time linear in `text.length`.
 */
export function splitSentences(text: string): Span[] {
  const ctx = createContext(text);
  protect(ctx);
  markLists(ctx);
  const candidates = findCandidates(ctx);
  decidePunctuation(ctx, candidates); // consults 04-abbreviations per candidate
  markLineBreaks(ctx);
  return buildSpans(ctx);
}
