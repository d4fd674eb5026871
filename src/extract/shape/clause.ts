import type { Token } from '../words.js';

/**
 * The clause a figure sits in, as token indexes `[from, to)`: the stretch of its sentence
 * between hard breaks (";", ":", a dash, brackets) and clause-opening commas (", while",
 * ", and", ", which" …). Owners and measures are looked for here first, so "11 in Georgia,
 * while South Carolina reported 25" gives each figure its own state.
 */
export interface Clause {
  from: number;
  to: number;
}

const HARD_BREAK = /[;:()\u2014\u2013]|\s-\s|["“”]/;
/** Words that open a new clause after a comma. */
const OPENERS = new Set(['while', 'whereas', 'and', 'but', 'which', 'who', 'where', 'although', 'though', 'after', 'before', 'as', 'with', 'including', 'bringing', 'according', 'compared', 'up', 'down', 'when', 'since', 'whilst']);

/** The punctuation between token `i` and the next one. */
export function gapAfter(sentence: string, tokens: readonly Token[], i: number): string {
  const next = tokens[i + 1];
  return sentence.slice(tokens[i]!.end, next ? next.start : sentence.length);
}

/** True when the text between two tokens ends a clause outright. */
function hardBreak(gap: string): boolean {
  return HARD_BREAK.test(gap);
}

/** True when a comma before token `i + 1` opens a new clause. */
function softBreak(gap: string, next: Token | undefined): boolean {
  return gap.includes(',') && !!next && OPENERS.has(next.text.toLowerCase());
}

/** The clause around tokens `[first, last]` (the figure's own tokens). */
export function clauseAround(sentence: string, tokens: readonly Token[], first: number, last: number): Clause {
  let from = first;
  while (from > 0) {
    const gap = gapAfter(sentence, tokens, from - 1);
    if (hardBreak(gap) || softBreak(gap, tokens[from])) break;
    from--;
  }
  let to = last + 1;
  while (to < tokens.length) {
    const gap = gapAfter(sentence, tokens, to - 1);
    if (hardBreak(gap) || softBreak(gap, tokens[to])) break;
    to++;
  }
  return { from, to };
}
