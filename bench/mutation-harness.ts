import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeSources } from '../src/index.js';
import { prepareSources, type RawArticle } from '../src/ingest/index.js';
import { applyMutation, judgeMutation, type Mutation, type MutationOutcome } from '../src/reconcile/mutate.js';

/** A corpus with its planted edits, as listed in bench/mutations.json. */
export interface MutationSuite {
  dir: string;
  mutations: Mutation[];
}

function readCorpus(dir: string): RawArticle[] {
  const out: RawArticle[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(txt|md|html?)$/i.test(name)) out.push({ id: path.relative(dir, full).split(path.sep).join('/'), path: full, bytes: readFileSync(full) });
    }
  };
  walk(dir);
  return out;
}

/** Run every mutation of a suite against its corpus, in process. */
export function runSuite(root: string, suite: MutationSuite): MutationOutcome[] {
  const raws = readCorpus(path.join(root, suite.dir));
  const baseline = analyzeSources(prepareSources(raws));
  return suite.mutations.map((m) => {
    const target = raws.find((r) => r.id === m.file);
    if (!target) throw new Error(`mutation names a file not in ${suite.dir}: ${m.file}`);
    const edited = applyMutation(Buffer.from(target.bytes).toString('utf8'), m);
    const bytes = Buffer.from(edited.text, 'utf8');
    const mutated = analyzeSources(prepareSources(raws.map((r) => (r === target ? { ...r, bytes } : r))));
    // Offsets in the report refer to the decoded text; front matter and BOM do not shift them.
    return judgeMutation(m, baseline, mutated, { start: edited.start, end: edited.end });
  });
}

/** Load bench/mutations.json. */
export function loadSuites(root: string): Record<string, MutationSuite> {
  return JSON.parse(readFileSync(path.join(root, 'bench', 'mutations.json'), 'utf8')) as Record<string, MutationSuite>;
}
