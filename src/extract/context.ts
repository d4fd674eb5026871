import { eachToken, firstTokenAfter, tokenize, tokenWord, type Token } from './words.js';


/** How many context words a claim keeps. */
export const CONTEXT_SIZE = 14;
/** Tokens looked at on each side of a claim. */
const CONTEXT_WINDOW = 40;

/**
 * Visit the tokens within the context window around `[start, end)` of `sentence`, in
 * text order, until `visit` returns true: from CONTEXT_WINDOW tokens before the first
 * token ending after `start` to CONTEXT_WINDOW tokens after the first ending after `end`.
 * Reads no further into the sentence than it must.
 */
export function eachTokenAround(sentence: string, start: number, end: number, visit: (token: string) => boolean): void {
  let before = 0;
  eachToken(sentence, (_token, _start, tokenEnd) => {
    if (tokenEnd > start) return true;
    before++;
    return false;
  });
  const from = Math.max(0, before - CONTEXT_WINDOW);
  let index = 0;
  let stop = Infinity;
  eachToken(sentence, (token, _start, tokenEnd) => {
    if (stop === Infinity && tokenEnd > end) stop = index + CONTEXT_WINDOW;
    const i = index++;
    if (i >= stop) return true;
    return i >= from && visit(token);
  });
}

/**
 * Content words of the sentence outside the claim, nearest first: what grouping
 * compares to decide whether two claims are about the same thing.
 */
export function contextWords(sentence: string, start: number, end: number, limit = CONTEXT_SIZE, sentenceTokens?: Token[]): string[] {
  const tokens = sentenceTokens ?? tokenize(sentence);
  // Walk outwards from the claim, always taking the nearer token (the left one on a tie),
  // within a window of tokens on each side: linear even in a sentence of thousands of figures.
  const leftEnd = firstTokenAfter(tokens, start);
  let i = leftEnd - 1;
  const leftStop = Math.max(0, leftEnd - CONTEXT_WINDOW);
  let j = leftEnd;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  const rightStop = Math.min(tokens.length, firstTokenAfter(tokens, end) + CONTEXT_WINDOW);
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < limit && (i >= leftStop || j < rightStop)) {
    const left = i >= leftStop ? start - tokens[i]!.end : Infinity;
    const right = j < rightStop ? tokens[j]!.start - end : Infinity;
    const t = left <= right ? tokens[i--]! : tokens[j++]!;
    const w = tokenWord(t);
    if (!w || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}
