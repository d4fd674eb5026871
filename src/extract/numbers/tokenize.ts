/**
 * One left-to-right pass that splits text into words (letters and combining
 * marks), digit runs and single punctuation characters. Whitespace is not a
 * token; each token records whether a line break preceded it. Tokens inside a
 * whitespace-delimited chunk that looks like a URL, e-mail address or path are
 * flagged so their digits are never read as figures.
 */

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

export interface Tokens {
  n: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** 1 when the whitespace before the token contains a line break. */
  nl: Uint8Array;
  /** 1 when the token sits in a URL/e-mail/path-like chunk. */
  url: Uint8Array;
}

const C_OTHER = 5;
const C_LETTER = 1;
const C_DIGIT = 2;
const C_SPACE = 3;
const C_NEWLINE = 4;

// 0 = not yet classified; filled lazily for non-ASCII so the cost is paid once per code unit.
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  let k = C_OTHER;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) k = C_LETTER;
  else if (c >= 48 && c <= 57) k = C_DIGIT;
  else if (c === 10 || c === 13) k = C_NEWLINE;
  else if (c === 32 || c === 9 || c === 11 || c === 12) k = C_SPACE;
  CLASS[c] = k;
}
const LETTER_RE = /[\p{L}\p{M}]/u;
const SPACE_RE = /\s/u;

function classify(c: number): number {
  let k = CLASS[c];
  if (k !== 0) return k;
  const ch = String.fromCharCode(c);
  if (c === 0x2028 || c === 0x2029 || c === 0x85) k = C_NEWLINE;
  else if (SPACE_RE.test(ch) || c === 0x200b || c === 0xfeff) k = C_SPACE;
  else if (c < 0xd800 || c > 0xdfff) k = LETTER_RE.test(ch) ? C_LETTER : C_OTHER;
  else k = C_OTHER; // lone surrogate halves are punctuation
  CLASS[c] = k;
  return k;
}

export function tokenize(text: string): Tokens {
  const len = text.length;
  // Upper bound: one token per code unit. The five arrays share one buffer: a separate
  // allocation each, for every sentence of a large feed, cost as much as the scan itself.
  const cap = len + 1;
  const buffer = new ArrayBuffer(cap * 11);
  const start = new Int32Array(buffer, 0, cap);
  const end = new Int32Array(buffer, cap * 4, cap);
  const kind = new Uint8Array(buffer, cap * 8, cap);
  const nl = new Uint8Array(buffer, cap * 9, cap);
  const url = new Uint8Array(buffer, cap * 10, cap);
  let n = 0;
  let sawNl = 1; // start of text behaves like a line start
  let chunkFirst = 0;
  let chunkSlashes = 0;
  let chunkUrl = false;
  let i = 0;

  const closeChunk = (): void => {
    if (chunkUrl || chunkSlashes >= 2) for (let t = chunkFirst; t < n; t++) url[t] = 1;
    chunkFirst = n;
    chunkSlashes = 0;
    chunkUrl = false;
  };

  while (i < len) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CLASS[c] : classify(c);
    if (k === C_SPACE || k === C_NEWLINE) {
      if (k === C_NEWLINE) sawNl = 1;
      if (chunkFirst < n) closeChunk();
      else chunkFirst = n;
      i++;
      continue;
    }
    const s = i;
    if (k === C_LETTER) {
      i++;
      while (i < len) {
        const d = text.charCodeAt(i);
        if ((d < 128 ? CLASS[d] : classify(d)) !== C_LETTER) break;
        i++;
      }
      kind[n] = WORD;
      // "www." starts a web address
      if (i - s === 3 && text.charCodeAt(i) === 46 && (text.charCodeAt(s) | 32) === 119 && (text.charCodeAt(s + 1) | 32) === 119 && (text.charCodeAt(s + 2) | 32) === 119) chunkUrl = true;
    } else if (k === C_DIGIT) {
      i++;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        i++;
      }
      kind[n] = NUM;
    } else {
      i++;
      kind[n] = PUNCT;
      if (c === 47) chunkSlashes++;
      else if (c === 64) chunkUrl = true;
      else if (c === 58 && text.charCodeAt(i) === 47 && text.charCodeAt(i + 1) === 47) chunkUrl = true;
    }
    start[n] = s;
    end[n] = i;
    nl[n] = sawNl;
    sawNl = 0;
    n++;
  }
  closeChunk();
  return { n, kind, start, end, nl, url };
}
