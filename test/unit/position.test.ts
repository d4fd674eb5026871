import { describe, expect, it } from 'vitest';
import { lineStarts, toLineColumn } from '../../src/position.js';

describe('positions', () => {
  const cases: { text: string; offset: number; line: number; column: number }[] = [
    { text: 'abc', offset: 0, line: 1, column: 1 },
    { text: 'abc\ndef', offset: 5, line: 2, column: 2 },
    { text: 'ab\r\ncd', offset: 4, line: 2, column: 1 },
    { text: 'ab\rcd', offset: 3, line: 2, column: 1 },
    { text: 'a\n\n\nb', offset: 4, line: 4, column: 1 },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.text)} @${c.offset} → ${c.line}:${c.column}`, () => {
      expect(toLineColumn(lineStarts(c.text), c.offset)).toEqual({ line: c.line, column: c.column });
    });
  }
});
