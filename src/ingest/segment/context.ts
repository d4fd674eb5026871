/** A half-open character range [start, end) into the input text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * State shared by the numbered steps. Flags live in typed arrays indexed by
 * character offset so every step stays a linear pass with no allocation per char.
 */
export interface Context {
  readonly text: string;
  readonly length: number;
  /** guard[i] = 1: the terminal mark at i is not sentence punctuation (URL, e-mail, list marker). */
  readonly guard: Uint8Array;
  /** cuts[p] = 1: a sentence boundary falls at offset p. */
  readonly cuts: Uint8Array;
}

export function createContext(text: string): Context {
  return {
    text,
    length: text.length,
    guard: new Uint8Array(text.length + 1),
    cuts: new Uint8Array(text.length + 1),
  };
}
