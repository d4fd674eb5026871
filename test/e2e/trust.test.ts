import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { run, runJson } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'reconcile-trust-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(rel: string, text: string): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('publication dates do not depend on the time zone', () => {
  write('tz/a.md', '---\npublished: March 12, 2024\n---\nThe bridge reopened after repairs, officials said.\n');
  write('tz/b.md', '---\npublished: "Tue, 12 Mar 2024 23:30:00 +0000"\n---\nThe bridge reopened after repairs, the council said.\n');
  for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
    it(`TZ=${tz} reads both as 2024-03-12`, () => {
      const { json } = runJson<Report>([path.join(dir, 'tz')], { env: { TZ: tz } });
      expect(json.sources.map((s) => s.published)).toEqual(['2024-03-12', '2024-03-12']);
    });
  }
});

describe('a file given twice is read once', () => {
  const file = write('twice/story.md', '---\npublished: 2024-03-12\n---\nAt least 12 people were killed in the storm.\n');
  it('as itself and inside its folder', () => {
    const { json } = runJson<Report>([path.join(dir, 'twice'), file]);
    expect(json.sources).toHaveLength(1);
    expect(json.groups.flatMap((g) => g.claims).filter((c) => c.text === 'At least 12')).toHaveLength(1);
  });
  it('by two spellings of its path', () => {
    const { json } = runJson<Report>([file, path.join(dir, 'twice', '.', 'story.md')]);
    expect(json.sources).toHaveLength(1);
  });
});

describe('same-named files in two folders', () => {
  write('a/story.txt', 'At least 12 people were killed in the storm on Friday.\n');
  write('b/story.txt', 'At least 14 people were killed in the storm on Friday.\n');
  it('are two sources named by their paths, whatever the order of the arguments', () => {
    const one = run([path.join(dir, 'a'), path.join(dir, 'b'), '--format', 'json']).stdout;
    const two = run([path.join(dir, 'b'), path.join(dir, 'a'), '--format', 'json']).stdout;
    expect(one).toBe(two);
    expect((JSON.parse(one) as Report).sources).toHaveLength(2);
  });
});
