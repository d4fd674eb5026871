// Character classes shared by every step. All checks take UTF-16 code units
// so the scanners never allocate; non-ASCII letters fall back to a one-char
// Unicode property test (no quantifiers, so it cannot backtrack).

const UPPER_RE = /\p{Lu}|\p{Lt}/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /\p{L}/u;

/** The exact set that String.prototype.trim removes, so trimmed spans agree with `.trim()`. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Line terminators that end a line of text (CR LF is handled by callers as one). */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Whitespace that stays within a line. */
export function isHSpace(c: number): boolean {
  return isSpace(c) && !isLineBreak(c);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER_RE.test(String.fromCharCode(c));
}

export function isLower(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return LOWER_RE.test(String.fromCharCode(c));
}

export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER_RE.test(String.fromCharCode(c));
}

export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** Marks that can close a sentence: . ! ? and their relatives. */
export function isTerminal(c: number): boolean {
  return (
    c === 0x2e || // .
    c === 0x21 || // !
    c === 0x3f || // ?
    c === 0x2026 || // …
    c === 0x203d || // ‽
    (c >= 0x2047 && c <= 0x2049) || // ⁇ ⁈ ⁉
    c === 0x3002 || // 。
    c === 0xff01 || // ！
    c === 0xff1f // ？
  );
}

/** Terminals that end a sentence on their own (no abbreviation ambiguity). */
export function isStrongTerminal(c: number): boolean {
  return isTerminal(c) && c !== 0x2e && c !== 0x2026;
}

/** Quotes and brackets that may open a sentence or a quotation. */
export function isOpener(c: number): boolean {
  return (
    c === 0x22 || // "
    c === 0x27 || // '
    c === 0x28 || // (
    c === 0x5b || // [
    c === 0x7b || // {
    c === 0x201c || // “
    c === 0x2018 || // ‘
    c === 0x201e || // „
    c === 0xab || // «
    c === 0x2039 || // ‹
    c === 0xbf || // ¿
    c === 0xa1 // ¡
  );
}

/** Quotes and brackets that may trail a sentence's final punctuation. */
export function isCloser(c: number): boolean {
  return (
    c === 0x22 || // "
    c === 0x27 || // '
    c === 0x29 || // )
    c === 0x5d || // ]
    c === 0x7d || // }
    c === 0x201d || // ”
    c === 0x2019 || // ’
    c === 0xbb || // »
    c === 0x203a // ›
  );
}

/** Quote marks that double as apostrophes or openers, so they close only before a non-word char. */
export function isAmbiguousQuote(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x2019;
}

/** Punctuation after a space that still continues the current sentence. */
export function isContinuationPunct(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x29 || c === 0x5d || c === 0x7d;
}

/** Bullet glyphs that mark list items. */
export function isBulletGlyph(c: number): boolean {
  return (
    c === 0x2022 || // •
    c === 0x2023 || // ‣
    c === 0x2043 || // ⁃
    c === 0x25e6 || // ◦
    c === 0x25aa || // ▪
    c === 0x25ab || // ▫
    c === 0x25cf || // ●
    c === 0x25cb || // ○
    c === 0x25a0 || // ■
    c === 0x25a1 || // □
    c === 0x27a2 || // ➢
    c === 0x25ba || // ►
    c === 0x2219 // ∙
  );
}

/** ASCII bullets that only count at the start of a line (mid-line they are dashes or emphasis). */
export function isAsciiBullet(c: number): boolean {
  return c === 0x2d || c === 0x2a || c === 0x2b; // - * +
}
