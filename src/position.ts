/** Line and column (both 1-based) of an offset. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Offsets where each line starts; index i holds the start of line i + 1. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // \r\n counts once; a lone \r is a line end too.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Convert an absolute offset to 1-based line:column using precomputed line starts. */
export function toLineColumn(starts: readonly number[], offset: number): LineColumn {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Memoises line starts per text so formatters can ask for many positions cheaply. */
export class PositionIndex {
  private readonly cache = new Map<string, number[]>();
  /** Line:column of `offset` in `text`. */
  at(text: string, offset: number): LineColumn {
    let starts = this.cache.get(text);
    if (!starts) {
      starts = lineStarts(text);
      this.cache.set(text, starts);
    }
    return toLineColumn(starts, offset);
  }
}
