import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeSources } from '../../src/index.js';
import { prepareSources } from '../../src/ingest/index.js';
import { run } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'reconcile-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Control sequences an attacker could plant in article text.
const HOSTILE: [string, string][] = [
  ['CSI', '\u001b[2J\u001b[31m'],
  ['OSC 52', '\u001b]52;c;cm0gLXJmIH4=\u0007'],
  // NUL is covered by the escaping unit test: a NUL near the top of a file makes it binary.
  ['DEL', '\u007f'],
  ['8-bit CSI', '\u009b31m'],
  ['right-to-left override', '\u202e'],
];

describe('terminal safety', () => {
  for (const [name, seq] of HOSTILE) {
    it(`escapes ${name} in the table and keeps JSON exact`, () => {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.txt`);
      // Two sources, so the hostile text shows in an agreement with --all.
      writeFileSync(file, `Officials said 1,200 people ${seq}fled the floods in Kelby on 3 March 2024.\n`);
      const other = path.join(dir, `${name.replace(/\W+/g, '-')}-b.txt`);
      writeFileSync(other, 'About 1,200 people fled the floods in Kelby on 3 March 2024, the council said.\n');
      const table = run([file, other, '--all'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
      expect(table.code).toBe(0);
      // Our own colours still work...
      expect(table.stdout).toMatch(/\u001b\[\d+m/);
      // ...but every escape in the output is one of our colour codes, and no other control
      // or bidi character from the article reaches the terminal raw.
      expect(table.stdout.replace(/\u001b\[[\d;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      // The sentences view prints the article text, with the sequence shown as escapes.
      const shown = run(['sentences', file], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout;
      const escaped = `\\u${seq.charCodeAt(0).toString(16).padStart(4, '0')}`;
      expect(shown).toContain(escaped);
      expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      const json = run([file, other, '--format', 'json']);
      const report = JSON.parse(json.stdout) as { groups: { claims: { sentence: string }[] }[] };
      expect(report.groups.some((g) => g.claims.some((c) => c.sentence.includes(seq.trim() || seq)))).toBe(true);
    });
  }
  it('escapes control characters in file names too', () => {
    const name = path.join(dir, 'evil\u001b[31mname.txt');
    writeFileSync(name, 'Officials said 1,200 people fled on 3 March 2024.\n');
    const r = run([name, '--all']);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('evil\\u001b[31mname.txt');
  });
});

describe('hostile text stays linear and valid', () => {
  const N = 200_000;
  const cases: Record<string, string> = {
    'runs of periods': '.'.repeat(N),
    'runs of spaces': `${' '.repeat(N)}x`,
    'digits with commas': '1,'.repeat(N / 2),
    'capitalised words': 'Aaa Bbb Ccc '.repeat(N / 12),
    'quotation marks': '"'.repeat(N),
    'curly quotes': `${'“'.repeat(N / 2)}${'”'.repeat(N / 2)}`,
    'bare numbers': '48 '.repeat(N / 3),
    'newlines': `${'\n'.repeat(N)}x`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const report = analyzeSources(prepareSources([{ id: 'hostile.txt', path: 'hostile.txt', bytes: Buffer.from(text) }]));
      const src = report.sources[0];
      for (const c of report.claims) expect(src!.text.slice(c.start, c.end)).toBe(c.text);
      for (const s of src?.sentences ?? []) expect(s.end - s.start).toBeLessThanOrEqual(1000);
    });
  }
});
