import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Snapshots of every formatter on the bundled sample corpus. A change in output shows
// up as a diff here; review it, then update with `npx vitest run -u`.
describe('every formatter on the sample corpus', () => {
  const cases: [string, string[], string][] = [
    ['table', ['--all'], 'sample.table.txt'],
    ['json', [], 'sample.json'],
    ['ndjson', [], 'sample.ndjson'],
    ['markdown', [], 'sample.md'],
    ['html', [], 'sample.html'],
  ];
  for (const [format, extra, file] of cases) {
    it(format, async () => {
      // fixtures/sample is passed relative so snapshots hold no machine-specific path.
      const r = run(['fixtures/sample', '--format', format, ...extra], { env: { COLUMNS: '100' } });
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`__snapshots__/${file}`);
    });
  }

  it('the markdown formatter escapes table syntax in article text', () => {
    const r = run(['-', '--format', 'markdown', '--all'], { input: 'The | pipe and <b>tag</b> cost $5 million, officials said on 3 March 2024.\n' });
    expect(r.stdout).toMatch(/\\\|/);
    expect(r.stdout).not.toMatch(/<b>/);
  });
});
