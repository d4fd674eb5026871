import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import type { ClaimType } from '../types.js';
import { CLAIM_TYPES } from '../types.js';

/** One verified fact from the team's fact file. */
export interface Fact {
  id: string;
  /** What the fact is about, in plain words. */
  claim: string;
  /** The value as an article would write it. */
  value: string;
  type: ClaimType | null;
  /** Relative (0.05 for "5%") or absolute tolerance for figures. */
  tolerance: { relative: number } | { absolute: number } | null;
  severity: 'error' | 'warning';
  accept: string[];
  /** Where the fact starts in the fact file. */
  line: number;
  column: number;
}

/** A fact file problem, already naming `file:line:col` and the fact id. */
export interface FactProblem {
  line: number;
  column: number;
  factId: string | null;
  message: string;
}

/** Limits that keep a hostile fact file from exhausting memory. */
const MAX_FACT_FILE_BYTES = 2 * 1024 * 1024;
const MAX_ALIASES = 100;

const toleranceSchema = z.union([
  z.number().nonnegative(),
  z.string().regex(/^\s*\d+(?:\.\d+)?\s*%?\s*$/, 'tolerance must be a number or a percentage such as 5%'),
]);

const factSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    claim: z.string().min(1, 'claim must say what the fact is about'),
    value: z.union([z.string().min(1), z.number()]).transform(String),
    type: z.enum(CLAIM_TYPES as [ClaimType, ...ClaimType[]]).optional(),
    tolerance: toleranceSchema.optional(),
    severity: z.enum(['error', 'warning']).optional(),
    accept: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
  })
  .strict();

const fileSchema = z.object({ facts: z.array(z.unknown()) }).strict();

function parseTolerance(t: number | string | undefined): Fact['tolerance'] {
  if (t === undefined) return null;
  if (typeof t === 'number') return { absolute: t };
  const n = Number(t.replace('%', '').trim());
  return t.includes('%') ? { relative: n / 100 } : { absolute: n };
}

/**
 * Load and validate a fact file (YAML or JSON). Never throws: every problem comes
 * back with its line and column. Loading is safe: `__proto__` keys stay plain
 * data, alias expansion is capped, and the file size is bounded.
 */
export function loadFacts(text: string): { facts: Fact[]; problems: FactProblem[] } {
  const problems: FactProblem[] = [];
  if (text.length > MAX_FACT_FILE_BYTES) return { facts: [], problems: [{ line: 1, column: 1, factId: null, message: `fact file is larger than ${MAX_FACT_FILE_BYTES / 1024 / 1024} MB` }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, merge: false });
  const pos = (offset: number | undefined): { line: number; column: number } => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push({ ...pos(e.pos[0]), factId: null, message: e.message.split('\n')[0]! });
    return { facts: [], problems };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    return { facts: [], problems: [{ line: 1, column: 1, factId: null, message: `fact file could not be read: ${(err as Error).message}` }] };
  }
  if (data === null || data === undefined) return { facts: [], problems: [{ line: 1, column: 1, factId: null, message: 'fact file is empty; expected a "facts:" list' }] };
  const top = fileSchema.safeParse(data);
  if (!top.success) {
    const issue = top.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      return {
        facts: [],
        problems: issue.keys.map((k) => ({ ...pos(keyNodeAt(doc.contents, [], k)?.range?.[0]), factId: null, message: `unknown top-level key "${k}"; expected only "facts"` })),
      };
    }
    return { facts: [], problems: [{ ...pos(nodeAt(doc.contents, issue.path)?.range?.[0]), factId: null, message: `expected a "facts:" list of facts` }] };
  }
  const seqNode = isMap(doc.contents) ? doc.contents.get('facts', true) : null;
  const facts: Fact[] = [];
  const seen = new Map<string, number>();
  top.data.facts.forEach((raw, i) => {
    const node = isSeq(seqNode) ? (seqNode.items[i] as YamlNode | undefined) : undefined;
    const at = pos(node?.range?.[0]);
    const rawId = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : null;
    const parsed = factSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const k of issue.keys) {
            problems.push({ ...pos(keyNodeAt(node, [], k)?.range?.[0] ?? node?.range?.[0]), factId: rawId, message: `unknown key "${k}" (allowed: ${FACT_KEYS.join(', ')})` });
          }
          continue;
        }
        const where = pos(nodeAt(node, issue.path)?.range?.[0] ?? node?.range?.[0]);
        const given = valueAt(raw, issue.path);
        const field = issue.path.join('.');
        const message = !field ? 'each fact must be a mapping of keys to values' : given === undefined ? `${field}: is required` : `${field}: ${EXPECTED[String(issue.path[0])] ?? issue.message}, got ${describe(given)}`;
        problems.push({ ...where, factId: rawId, message });
      }
      return;
    }
    const f = parsed.data;
    if (seen.has(f.id)) {
      problems.push({ ...at, factId: f.id, message: `duplicate id "${f.id}" (first used on line ${seen.get(f.id)})` });
      return;
    }
    seen.set(f.id, at.line);
    facts.push({
      id: f.id,
      claim: f.claim,
      value: f.value,
      type: f.type ?? null,
      tolerance: parseTolerance(f.tolerance),
      severity: f.severity ?? 'error',
      accept: f.accept ?? [],
      ...at,
    });
  });
  return { facts, problems };
}

const FACT_KEYS = ['id', 'claim', 'value', 'type', 'tolerance', 'severity', 'accept'];

/** What each key may hold, in the words a fact-file author needs. */
const EXPECTED: Record<string, string> = {
  id: 'expected a string or number',
  claim: 'expected non-empty text saying what the fact is about',
  value: 'expected a string or number written as an article would write it',
  type: `expected one of ${CLAIM_TYPES.join(', ')}`,
  tolerance: 'expected a number or a percentage such as 5%',
  severity: 'expected error or warning',
  accept: 'expected a list of strings',
};

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'nothing';
  if (typeof v === 'object') return 'a mapping';
  return JSON.stringify(v).slice(0, 40);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(k)];
  }
  return v;
}

/** The key node of `key` in the mapping at `path`, for "unknown key" positions. */
function keyNodeAt(root: unknown, path: readonly PropertyKey[], key: string): YamlNode | undefined {
  const map = path.length ? nodeAt(root, path) : root;
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return pair && isScalar(pair.key) ? (pair.key as YamlNode) : undefined;
}

/** The YAML node at a path of keys and indices, for error positions. */
function nodeAt(root: unknown, path: readonly PropertyKey[]): YamlNode | undefined {
  let node: unknown = root;
  for (const key of path) {
    if (isMap(node)) node = node.get(String(key), true);
    else if (isSeq(node)) node = node.items[Number(key)];
    else return undefined;
  }
  return isScalar(node) || isMap(node) || isSeq(node) ? (node as YamlNode) : undefined;
}
