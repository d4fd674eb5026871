// Structural checks every output must pass, shared by the tests.
import type { Span } from "../../../src/ingest/segment/index.js";

const WS = /\s/u;

/** Returns a description of the first violated invariant, or null when the spans are valid. */
export function spanProblem(text: string, spans: readonly Span[]): string | null {
  let prevEnd = 0;
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i]!;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return `span ${i} has non-integer offsets`;
    if (start < prevEnd) return `span ${i} overlaps or is out of order`;
    if (end > text.length) return `span ${i} ends past the text`;
    if (end <= start) return `span ${i} is empty`;
    const piece = text.slice(start, end);
    if (piece.trim() !== piece) return `span ${i} is not trimmed: ${JSON.stringify(piece)}`;
    // every character between spans must be whitespace: spans tile the content
    for (let p = prevEnd; p < start; p++) {
      if (!WS.test(text[p]!)) return `non-whitespace ${JSON.stringify(text[p])} at ${p} is outside every span`;
    }
    prevEnd = end;
  }
  for (let p = prevEnd; p < text.length; p++) {
    if (!WS.test(text[p]!)) return `non-whitespace ${JSON.stringify(text[p])} at ${p} is outside every span`;
  }
  return null;
}

/** True when a boundary would split a surrogate pair. */
export function splitsSurrogate(text: string, spans: readonly Span[]): boolean {
  const inside = (p: number): boolean =>
    p > 0 && p < text.length && (text.charCodeAt(p) & 0xfc00) === 0xdc00 && (text.charCodeAt(p - 1) & 0xfc00) === 0xd800;
  return spans.some((s) => inside(s.start) || inside(s.end));
}
