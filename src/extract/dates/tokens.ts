/**
 * A flat, allocation-light tokenizer: runs of letters, runs of digits, and single
 * punctuation characters. Whitespace is not a token; adjacency is read from offsets.
 * One pass over the characters, no regular expressions, so it is linear on any input.
 */

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

/** Longest word we ever need to look up; longer words are stored as '' to save work. */
const MAX_WORD = 14;

export interface Tokens {
  text: string;
  n: number;
  /** Start/end character offsets of each token. */
  s: Int32Array;
  e: Int32Array;
  /** WORD | NUM | PUNCT. */
  k: Uint8Array;
  /** Lower-cased word (or '' when too long), the character for PUNCT, '' for NUM. */
  w: string[];
  /** Value of a NUM token, -1 when it has more than 9 digits. */
  v: Int32Array;
  /** 1 when a WORD starts with an upper-case letter. */
  cap: Uint8Array;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Non-ASCII: treat letters from Latin-1 up as word characters, but keep the
  // general-punctuation, symbol and surrogate blocks out so quotes and dashes split words.
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe30 && c <= 0xff0f) return false;
  return true;
}

export function tokenize(text: string): Tokens {
  const len = text.length;
  // Upper bound on token count is len; typed arrays of that size are cheap to allocate.
  const s = new Int32Array(len + 1);
  const e = new Int32Array(len + 1);
  const k = new Uint8Array(len + 1);
  const v = new Int32Array(len + 1);
  const cap = new Uint8Array(len + 1);
  const w: string[] = [];
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const st = i;
    if (c >= 48 && c <= 57) {
      let val = 0;
      while (i < len) {
        const d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        if (i - st < 9) val = val * 10 + d;
        i++;
      }
      k[n] = NUM;
      v[n] = i - st <= 9 ? val : -1;
      w.push('');
    } else if (isLetter(c)) {
      i++;
      while (i < len && isLetter(text.charCodeAt(i))) i++;
      k[n] = WORD;
      w.push(i - st <= MAX_WORD ? text.slice(st, i).toLowerCase() : '');
      cap[n] = c >= 65 && c <= 90 ? 1 : 0;
    } else {
      i++;
      k[n] = PUNCT;
      w.push(text[st] as string);
    }
    s[n] = st;
    e[n] = i;
    n++;
  }
  return { text, n, s, e, k, w, v, cap };
}
