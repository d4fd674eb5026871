// Step 2: list items. A marker such as "1.", "2.)", "b)" or "(3)" at the start
// of a line is not sentence punctuation. When a line starts with a marker or a
// bullet glyph, later items of the same list on that line ("1. foo 2. bar",
// "• a • b") start new sentences even without a full stop before them.

import { isAsciiBullet, isBulletGlyph, isDigit, isHSpace, isLineBreak, isOpener, isUpper } from "./chars.js";
import type { Context } from "./context.js";

const KIND_DOT = 1; // 1.
const KIND_PAREN = 2; // 1)
const KIND_DOT_PAREN = 3; // 1.)
const KIND_WRAPPED = 4; // (1)

/** A list marker: `value` is the number or the letter's char code. */
export interface Marker {
  readonly alpha: boolean;
  readonly kind: number;
  readonly value: number;
  /** Offset of the marker's punctuation. */
  readonly punct: number;
  /** Offset just after the marker. */
  readonly end: number;
}

function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isAsciiLetter(c: number): boolean {
  return isAsciiLower(c) || (c >= 0x41 && c <= 0x5a);
}

function nextNonSpace(text: string, from: number): number {
  let q = from;
  while (q < text.length && isHSpace(text.charCodeAt(q))) q++;
  return q;
}

/** Parses a list marker at `p` ("12.", "3)", "4.)", "(5)", "b.", "(c)"); null when there is none. */
export function parseMarker(text: string, p: number): Marker | null {
  const n = text.length;
  let q = p;
  const wrapped = q < n && text.charCodeAt(q) === 0x28;
  if (wrapped) q++;
  let value = 0;
  let alpha = false;
  const digitsStart = q;
  while (q < n && q - digitsStart < 4 && isDigit(text.charCodeAt(q))) {
    value = value * 10 + (text.charCodeAt(q) - 0x30);
    q++;
  }
  const digits = q - digitsStart;
  if (digits === 0) {
    const c = q < n ? text.charCodeAt(q) : 0;
    if (!isAsciiLower(c)) return null;
    if (q + 1 < n && isAsciiLetter(text.charCodeAt(q + 1))) return null;
    alpha = true;
    value = c;
    q++;
  } else if (digits > 3) {
    return null;
  }
  const punct = q;
  const c0 = q < n ? text.charCodeAt(q) : 0;
  const c1 = q + 1 < n ? text.charCodeAt(q + 1) : 0;
  let kind: number;
  if (wrapped) {
    if (c0 !== 0x29) return null;
    kind = KIND_WRAPPED;
    q += 1;
  } else if (c0 === 0x2e && c1 === 0x29) {
    kind = KIND_DOT_PAREN;
    q += 2;
  } else if (c0 === 0x29) {
    kind = KIND_PAREN;
    q += 1;
  } else if (c0 === 0x2e) {
    kind = KIND_DOT;
    q += 1;
  } else {
    return null;
  }
  // a marker is always separated from its item text
  if (q >= n || !isHSpace(text.charCodeAt(q))) return null;
  if (alpha && kind === KIND_DOT) {
    // "a. The first item" yes; "p. 55" and "a. b. c." are abbreviations, not lists
    const t = nextNonSpace(text, q);
    if (t >= n || !isUpper(text.charCodeAt(t))) return null;
  }
  return { alpha, kind, value, punct, end: q };
}

/** True when a list item (bullet or marker) starts at `p`. Used by the line step. */
export function listItemAt(text: string, p: number): boolean {
  if (p >= text.length) return false;
  const c = text.charCodeAt(p);
  if (isBulletGlyph(c)) return true;
  if (isAsciiBullet(c)) return p + 1 < text.length && isHSpace(text.charCodeAt(p + 1));
  return parseMarker(text, p) !== null;
}

function guardMarker(ctx: Context, m: Marker): void {
  ctx.guard.fill(1, m.punct, m.end);
}

/** Mid-line items must look like item starts, not like "rose 2. the" or "at 5. Then" noise. */
function plausibleInlineItem(text: string, m: Marker): boolean {
  if (m.kind !== KIND_DOT) return true;
  const t = nextNonSpace(text, m.end);
  if (t >= text.length) return false;
  const c = text.charCodeAt(t);
  return isUpper(c) || isDigit(c) || isOpener(c);
}

function processLine(ctx: Context, lineStart: number, lineEnd: number): void {
  const { text, guard, cuts } = ctx;
  let p = lineStart;
  while (p < lineEnd && isHSpace(text.charCodeAt(p))) p++;
  if (p >= lineEnd) return;

  let bullet = 0;
  const c = text.charCodeAt(p);
  if (isBulletGlyph(c)) {
    bullet = c;
    p = nextNonSpace(text, p + 1);
  } else if (isAsciiBullet(c) && p + 1 < lineEnd && isHSpace(text.charCodeAt(p + 1))) {
    // "- item" / "* item": the line step already separates them; only skip the glyph
    p = nextNonSpace(text, p + 1);
  }

  const first = p < lineEnd ? parseMarker(text, p) : null;
  if (first !== null) guardMarker(ctx, first);
  if (bullet === 0 && first === null) return;

  let expected = first === null ? -1 : first.value + 1;
  let q = first === null ? p : first.end;
  while (q < lineEnd) {
    const prev = text.charCodeAt(q - 1);
    const ch = text.charCodeAt(q);
    if (!isHSpace(prev)) {
      q++;
      continue;
    }
    if (bullet !== 0) {
      if (ch === bullet) {
        cuts[q] = 1;
        const after = nextNonSpace(text, q + 1);
        const m = after < lineEnd ? parseMarker(text, after) : null;
        if (m !== null) {
          guardMarker(ctx, m);
          q = m.end;
        } else {
          q = q + 1;
        }
        continue;
      }
    } else if (first !== null && guard[q] === 0 && (isDigit(ch) || isAsciiLower(ch) || ch === 0x28)) {
      const m = parseMarker(text, q);
      if (m !== null && m.kind === first.kind && m.alpha === first.alpha && m.value === expected && plausibleInlineItem(text, m)) {
        cuts[q] = 1;
        guardMarker(ctx, m);
        expected++;
        q = m.end;
        continue;
      }
    }
    q++;
  }
}

/** Guards list-marker punctuation and cuts before inline list items. */
export function markLists(ctx: Context): void {
  const { text, length: n } = ctx;
  let lineStart = 0;
  while (lineStart < n) {
    let lineEnd = lineStart;
    while (lineEnd < n && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    processLine(ctx, lineStart, lineEnd);
    if (lineEnd >= n) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
  }
}
