import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_MIN_CHARS } from '../../src/extract/parallel.js';
import { CORPORA, run, runJson, SAMPLE } from '../helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'reconcile-scale-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copyInto(dir: string, files: string[], prefix = ''): void {
  mkdirSync(dir, { recursive: true });
  for (const f of files) copyFileSync(f, path.join(dir, `${prefix}${path.basename(f)}`));
}
const corpusFiles = (name: string): string[] => readdirSync(path.join(CORPORA, name, 'articles')).map((f) => path.join(CORPORA, name, 'articles', f));

describe('stories in a mixed feed', () => {
  const dir = path.join(tmp, 'mixed');
  beforeAll(() => copyInto(dir, [...corpusFiles('quake').slice(0, 2), ...corpusFiles('merger').slice(0, 2), ...corpusFiles('court').slice(0, 2)]));

  it('clusters three events apart and never reconciles one against another', () => {
    const { json } = runJson<{ stories: { sources: string[] }[]; groups: { story: string; claims: { source: string }[] }[] }>([dir]);
    expect(json.stories).toHaveLength(3);
    const storyOf = new Map(json.stories.flatMap((s, i) => s.sources.map((src) => [src, `story-${i + 1}`] as const)));
    const corpusOf = (file: string): string => ['quake', 'merger', 'court'].find((c) => corpusFiles(c).some((f) => path.basename(f) === file))!;
    for (const s of json.stories) {
      expect(s.sources).toHaveLength(2);
      expect(new Set(s.sources.map(corpusOf)).size).toBe(1);
    }
    for (const g of json.groups) for (const c of g.claims) expect(storyOf.get(c.source)).toBe(g.story);
  });

  it('reports each story of the feed exactly as it reports that story alone', () => {
    type Group = { story: string; [field: string]: unknown };
    const mixed = runJson<{ stories: { sources: string[] }[]; groups: Group[] }>([dir]).json;
    const withoutStory = ({ story: _story, ...rest }: Group): object => rest;
    for (const [i, story] of mixed.stories.entries()) {
      const alone = path.join(tmp, `alone-${i}`);
      copyInto(alone, story.sources.map((id) => path.join(dir, id)));
      const single = runJson<{ stories: unknown[]; groups: Group[] }>([alone]).json;
      expect(single.stories).toHaveLength(1);
      // Same labels, values, confidences and reasons: what else is in the feed changes nothing.
      expect(mixed.groups.filter((g) => g.story === `story-${i + 1}`).map(withoutStory)).toEqual(single.groups.map(withoutStory));
    }
  });

  it('--no-cluster treats the input as one story', () => {
    const { json } = runJson<{ stories: unknown[] }>([dir, '--no-cluster']);
    expect(json.stories).toHaveLength(1);
  });
});

describe('determinism across job counts', () => {
  it('gives byte-identical JSON with --jobs 1 and --jobs 2 on a corpus large enough for workers', () => {
    const dir = path.join(tmp, 'large');
    const all = [...readdirSync(SAMPLE).map((f) => path.join(SAMPLE, f)), ...['quake', 'merger', 'election', 'court'].flatMap(corpusFiles)];
    // Enough copies to pass the size below which extraction stays on one thread.
    const copies = Math.ceil((PARALLEL_MIN_CHARS * 1.2) / all.reduce((n, f) => n + readFileSync(f, 'utf8').length, 0));
    for (let i = 0; i < copies; i++) copyInto(path.join(dir, `batch-${i}`), all);
    const one = run([dir, '--format', 'json', '--jobs', '1']);
    const two = run([dir, '--format', 'json', '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).stats.sources).toBe(all.length * copies);
  });
});
