// Step 7: turn the cut set into spans. Text between consecutive cuts is one
// sentence after trimming; pieces that are only whitespace are dropped. Every
// non-whitespace character therefore lands in exactly one span.

import { isSpace } from "./chars.js";
import type { Context, Span } from "./context.js";

/** Builds trimmed, non-empty, ordered spans from `ctx.cuts`. */
export function buildSpans(ctx: Context): Span[] {
  const { text, length: n, cuts } = ctx;
  const spans: Span[] = [];
  let from = 0;
  for (let p = 1; p <= n; p++) {
    if (p < n && cuts[p] === 0) continue;
    let s = from;
    let e = p;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    from = p;
  }
  return spans;
}
