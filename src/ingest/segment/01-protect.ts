// Step 1: shield URLs and e-mail addresses, whose dots and question marks
// are not sentence punctuation ("Jane.Doe@example.com", "a.html?x=1").
// Each search resumes after the previous match, so the pass is linear.

import { isAlnum, isSpace } from "./chars.js";
import type { Context } from "./context.js";

const MAX_SCHEME = 12;
const MAX_LOCAL_PART = 64;
const MAX_DOMAIN = 255;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

function isEmailLocalChar(c: number): boolean {
  // letters, digits and . _ % + -
  return isAsciiWordChar(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
}

function isDomainChar(c: number): boolean {
  return isAsciiWordChar(c) || c === 0x2e || c === 0x2d;
}

/** Punctuation that, at the very end of a URL, belongs to the sentence instead. */
function isUrlTrailer(c: number): boolean {
  return (
    c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f ||
    c === 0x27 || c === 0x22 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x3e ||
    c === 0x2019 || c === 0x201d || c === 0x2026
  );
}

function isUrlStopper(c: number): boolean {
  // whitespace and characters that never occur unescaped inside a URL in prose
  return isSpace(c) || c === 0x3c || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x2018;
}

function urlEnd(text: string, from: number): number {
  let e = from;
  const n = text.length;
  while (e < n && !isUrlStopper(text.charCodeAt(e))) e++;
  while (e > from && isUrlTrailer(text.charCodeAt(e - 1))) e--;
  return e;
}

function mark(ctx: Context, start: number, end: number): void {
  ctx.guard.fill(1, start, end);
}

function protectSchemes(ctx: Context): void {
  const { text } = ctx;
  let i = text.indexOf("://");
  while (i !== -1) {
    let s = i;
    while (s > 0 && i - s < MAX_SCHEME && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    let next = i + 3;
    if (i - s >= 2) {
      const e = urlEnd(text, i + 3);
      mark(ctx, s, e);
      if (e > next) next = e;
    }
    i = text.indexOf("://", next);
  }
}

function protectWww(ctx: Context): void {
  const { text } = ctx;
  let i = text.indexOf("www.");
  while (i !== -1) {
    let next = i + 4;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    // "http://www." is already covered; a word char before means it is not a host start
    if (!isAlnum(before) && before !== 0x2e && ctx.guard[i] === 0) {
      const e = urlEnd(text, i + 4);
      mark(ctx, i, e);
      if (e > next) next = e;
    }
    i = text.indexOf("www.", next);
  }
}

function protectEmails(ctx: Context): void {
  const { text } = ctx;
  let i = text.indexOf("@");
  while (i !== -1) {
    let next = i + 1;
    let s = i;
    while (s > 0 && i - s < MAX_LOCAL_PART && isEmailLocalChar(text.charCodeAt(s - 1))) s--;
    let e = i + 1;
    let dot = -1;
    while (e < text.length && e - i <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) {
      // remember only dots that are followed by a label, never a trailing full stop
      if (text.charCodeAt(e - 1) === 0x2e && isAsciiWordChar(text.charCodeAt(e))) dot = e - 1;
      e++;
    }
    while (e > i + 1 && !isAsciiWordChar(text.charCodeAt(e - 1))) e--;
    // needs a local part and a dotted domain whose last dot is inside the kept range
    if (s < i && dot > i + 1 && dot < e - 1) {
      mark(ctx, s, e);
      next = e;
    }
    i = text.indexOf("@", next);
  }
}

/** Marks URL and e-mail characters in `ctx.guard`. */
export function protect(ctx: Context): void {
  if (ctx.length === 0) return;
  protectSchemes(ctx);
  protectWww(ctx);
  protectEmails(ctx);
}
