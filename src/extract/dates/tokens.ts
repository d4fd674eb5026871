/**
 * A flat, allocation-light tokenizer: runs of letters, runs of digits, and single
 * punctuation characters. Whitespace is not a token; adjacency is read from offsets.
 * One pass over the characters, no regular expressions, so it is linear on any input.
 */
import { maybeStart } from './lexicon.js';

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

export interface Tokens {
  text: string;
  n: number;
  /** Start/end character offsets of each token. */
  s: Int32Array;
  e: Int32Array;
  /** WORD | NUM | PUNCT. */
  k: Uint8Array;
  /**
   * Lower-cased word for words that may open a date, the character for PUNCT, '' for NUM;
   * undefined for other words until `wordAt` fills it in on demand.
   */
  w: (string | undefined)[];
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

/** Lower-cased text of word token i, computed once. */
export function wordAt(t: Tokens, i: number): string {
  let w = t.w[i];
  if (w === undefined) {
    w = t.text.slice(t.s[i], t.e[i]).toLowerCase();
    t.w[i] = w;
  }
  return w;
}

export function tokenize(text: string): Tokens {
  const len = text.length;
  // Prose has roughly one token per five characters; grow on demand rather than reserve len.
  let cap0 = (len >> 2) + 16;
  let s: Int32Array = new Int32Array(cap0);
  let e: Int32Array = new Int32Array(cap0);
  let k: Uint8Array = new Uint8Array(cap0);
  let v: Int32Array = new Int32Array(cap0);
  let cap: Uint8Array = new Uint8Array(cap0);
  const w: (string | undefined)[] = [];
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (n === cap0) {
      cap0 *= 2;
      const grow32 = (a: Int32Array): Int32Array => { const b = new Int32Array(cap0); b.set(a); return b; };
      const grow8 = (a: Uint8Array): Uint8Array => { const b = new Uint8Array(cap0); b.set(a); return b; };
      s = grow32(s);
      e = grow32(e);
      v = grow32(v);
      k = grow8(k);
      cap = grow8(cap);
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
      const up = c >= 65 && c <= 90;
      cap[n] = up ? 1 : 0;
      const last = text.charCodeAt(i - 1);
      // Lower-case ASCII by setting bit 5; non-ASCII never matches the filter.
      if (c < 128 && last < 128 && maybeStart(c | 32, last | 32, i - st)) w.push(text.slice(st, i).toLowerCase());
      else w.push(undefined);
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
