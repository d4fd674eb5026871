import { describe, expect, it } from 'vitest';
import { safeText } from '../../src/report/safe.js';

describe('safeText escapes what could take over a terminal', () => {
  const cases: [string, string, string][] = [
    ['CSI colour sequence', 'a\u001b[31mred', 'a\\u001b[31mred'],
    ['OSC 52 clipboard write', '\u001b]52;c;ZXZpbA==\u0007', '\\u001b]52;c;ZXZpbA==\\u0007'],
    ['NUL', 'a\u0000b', 'a\\u0000b'],
    ['DEL', 'a\u007fb', 'a\\u007fb'],
    ['8-bit CSI (C1)', 'a\u009b31mb', 'a\\u009b31mb'],
    ['right-to-left override', 'abc\u202Edcba', 'abc\\u202edcba'],
    ['carriage return', 'ok\rfake', 'ok fake'],
    ['plain text with accents stays', 'Müller — “quoted”', 'Müller — “quoted”'],
  ];
  for (const [name, input, output] of cases) it(name, () => expect(safeText(input)).toBe(output));
});
