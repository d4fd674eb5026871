import { yaml } from '../yaml.js';
import { isNameType, type Claim, type EntityValue, type QuoteValue, type Source } from '../types.js';
import type { RawClaim } from './index.js';
import { fold } from './words.js';

/** Folded alias → folded canonical key, plus the display name of each canonical key. */
export interface AliasTable {
  keys: Map<string, string>;
  names: Map<string, string>;
}

/** Short forms news writes without defining them. */
const BUILT_IN: Record<string, string[]> = {
  'United States': ['u.s', 'u.s.', 'us', 'usa', 'u.s.a.', 'united states of america', 'america'],
  'United Kingdom': ['u.k.', 'uk', 'britain', 'great britain'],
  'Soviet Union': ['ussr', 'u.s.s.r.'],
  'United Nations': ['un', 'u.n.'],
  'European Union': ['eu', 'e.u.'],
  'United Arab Emirates': ['uae', 'u.a.e.'],
};

/** An alias table holding the built-in short forms (U.S., UK, USSR, UN, EU, UAE). */
export function builtInAliases(): AliasTable {
  const table: AliasTable = { keys: new Map(), names: new Map() };
  for (const [name, aliases] of Object.entries(BUILT_IN)) {
    const key = fold(name);
    table.names.set(key, name);
    for (const a of aliases) table.keys.set(a, key);
  }
  return table;
}

/**
 * Read a user alias file. Two shapes are accepted:
 * a mapping `Canonical Name: [alias, alias]`, or a list of `"A = B"` strings.
 * Problems are returned as messages naming `line:col`.
 */
export function parseAliasFile(text: string): { table: AliasTable; errors: string[] } {
  const table = builtInAliases();
  const doc = yaml().parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return { table, errors: [`${e.linePos?.[0]?.line ?? 1}:${e.linePos?.[0]?.col ?? 1}: ${e.message.split('\n')[0]}`] };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  const add = (canonical: string, alias: string): void => {
    const key = fold(canonical.trim());
    table.names.set(key, canonical.trim());
    table.keys.set(fold(alias.trim()), key);
  };
  const errors: string[] = [];
  if (Array.isArray(data)) {
    data.forEach((item, i) => {
      const parts = typeof item === 'string' ? item.split('=') : [];
      if (parts.length < 2 || parts.some((p) => !p.trim())) errors.push(`item ${i + 1}: expected "Alias = Canonical", got ${JSON.stringify(item)}`);
      else for (const p of parts.slice(0, -1)) add(parts[parts.length - 1]!, p);
    });
  } else if (data && typeof data === 'object') {
    for (const [canonical, aliases] of Object.entries(data as Record<string, unknown>)) {
      const list = Array.isArray(aliases) ? aliases : [aliases];
      for (const a of list) {
        if (typeof a !== 'string') errors.push(`${canonical}: aliases must be strings`);
        else add(canonical, a);
      }
      add(canonical, canonical);
    }
  } else if (data !== null && data !== undefined) {
    errors.push('expected a mapping of canonical names to aliases, or a list of "A = B" strings');
  }
  return { table, errors };
}

const ACRONYM_AFTER = /^\s*\(([\p{Lu}][\p{Lu}\d-]{1,9})\)/u;

/**
 * Resolve names across the whole corpus, precise rules first:
 * the user's alias table; an acronym defined in parentheses after its expansion;
 * a surname alone joining the one full name in the corpus that ends with it.
 * Unknown single words become organisations when two or more sources use them,
 * and are dropped otherwise.
 */
export function resolveAliases(raw: readonly RawClaim[], sources: readonly Source[], user: AliasTable = builtInAliases()): Claim[] {
  const keys = new Map(user.keys);
  const names = new Map(user.names);
  const textOf = new Map(sources.map((s) => [s.id, s.text]));
  const typeOfKey = new Map<string, RawClaim['type']>();
  // Acronyms defined in the text: "Islamic State Khorasan Province (ISKP)".
  for (const c of raw) {
    if (c.type !== 'organization' && c.type !== 'unknown' && c.type !== 'place') continue;
    const after = textOf.get(c.source)?.slice(c.end, c.end + 16) ?? '';
    const m = ACRONYM_AFTER.exec(after);
    const v = c.value as EntityValue;
    if (m && !keys.has(fold(m[1]!))) keys.set(fold(m[1]!), keys.get(v.key) ?? v.key);
  }
  // Full person names, indexed by surname.
  const bySurname = new Map<string, Set<string>>();
  for (const c of raw) {
    if (c.type !== 'person') continue;
    const v = c.value as EntityValue;
    const key = keys.get(v.key) ?? v.key;
    const parts = key.split(' ');
    if (parts.length < 2) continue;
    typeOfKey.set(key, 'person');
    if (!names.has(key)) names.set(key, v.name);
    const surname = parts[parts.length - 1]!;
    let set = bySurname.get(surname);
    if (!set) bySurname.set(surname, (set = new Set()));
    set.add(key);
  }
  const resolveKey = (key: string): string => {
    const direct = keys.get(key);
    if (direct) return direct;
    const full = bySurname.get(key);
    if (full && full.size === 1) return [...full][0]!;
    return key;
  };
  // A word known only from sentence openings is as likely a capitalised common word.
  const opens = (c: RawClaim): boolean => /(?:^|[.!?]["'”’)]?\s+|\n\s*)$/.test(textOf.get(c.source)?.slice(Math.max(0, c.start - 4), c.start) ?? '');
  const namedMidSentence = new Set<string>();
  for (const c of raw) if ((isNameType(c.type) || c.type === 'unknown') && !opens(c)) namedMidSentence.add(resolveKey((c.value as EntityValue).key));
  const sourcesOfKey = new Map<string, Set<string>>();
  for (const c of raw) {
    if (c.type !== 'unknown') continue;
    const key = resolveKey((c.value as EntityValue).key);
    let set = sourcesOfKey.get(key);
    if (!set) sourcesOfKey.set(key, (set = new Set()));
    set.add(c.source);
  }
  // "Carrow said …" alone looks like a person; "Carrow Dynamics" elsewhere says it is a company.
  const orgHeads = new Set<string>();
  for (const c of raw) {
    if (c.type === 'organization' || c.type === 'place') {
      const key = resolveKey((c.value as EntityValue).key);
      if (!typeOfKey.has(key)) typeOfKey.set(key, c.type);
      if (c.type === 'organization' && key.includes(' ')) orgHeads.add(key.split(' ')[0]!);
    }
  }

  const out: Claim[] = [];
  for (const c of raw) {
    if (c.type === 'quote') {
      const q = c.value as QuoteValue;
      if (!q.speaker) {
        out.push(c as Claim);
        continue;
      }
      const key = resolveKey(fold(q.speaker));
      out.push({ ...c, type: 'quote', value: { ...q, speaker: names.get(key) ?? q.speaker }, subject: key });
      continue;
    }
    if (c.type !== 'person' && c.type !== 'organization' && c.type !== 'place' && c.type !== 'unknown') {
      out.push(c as Claim);
      continue;
    }
    const v = c.value as EntityValue;
    const key = resolveKey(v.key);
    if (c.type === 'unknown' && !namedMidSentence.has(key) && opens(c)) continue;
    let type = c.type === 'unknown' ? typeOfKey.get(key) : c.type;
    if (type === 'person' && !key.includes(' ') && orgHeads.has(key)) type = 'organization';
    if (type === undefined || type === 'unknown') {
      if ((sourcesOfKey.get(key)?.size ?? 0) < 2) continue;
      type = 'organization';
    }
    const value: EntityValue = { name: names.get(key) ?? v.name, key, role: v.role };
    out.push({ ...c, type, value });
  }
  return out;
}
