import { yaml } from '../yaml.js';
import { lineStarts, toLineColumn } from '../position.js';

/** Metadata read from a Markdown front matter block. */
export interface FrontMatter {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

/** Where the front matter ends, what it said, and any problem with it. */
export interface FrontMatterResult {
  /** Offset where the article body begins (0 when there is no front matter). */
  bodyStart: number;
  meta: FrontMatter;
  warnings: string[];
}

const EMPTY: FrontMatter = { title: null, outlet: null, published: null, url: null };
const FENCE = /^---[ \t]*\r?$/;

/** Normalise a publication date to `YYYY-MM-DD`, or null when it is not a date. */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) {
    const [, y, mo, d] = m;
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d)) return `${y}-${mo}-${d}`;
    return null;
  }
  // The calendar date as written, whatever the machine's time zone: a time and zone after it
  // ("Tue, 12 Mar 2024 23:30:00 +0000") are cut off, and the rest is read as a local midnight
  // whose local day is the written one.
  const dateOnly = value.trim().replace(/[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}|Z)?\s*$/, '');
  const parsed = Date.parse(dateOnly);
  if (Number.isNaN(parsed)) return null;
  const local = new Date(parsed);
  return `${String(local.getFullYear()).padStart(4, '0')}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

/**
 * Read a YAML front matter block (`---` … `---`) at the top of a Markdown file.
 * Problems become warnings that name `line:col`; the block is never read as article text.
 */
export function readFrontMatter(source: string): FrontMatterResult {
  const lines = source.split('\n');
  if (lines.length === 0 || !FENCE.test(lines[0]!)) return { bodyStart: 0, meta: EMPTY, warnings: [] };
  let offset = lines[0]!.length + 1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) {
      const yamlStart = lines[0]!.length + 1;
      const yamlText = source.slice(yamlStart, offset);
      return { bodyStart: Math.min(source.length, offset + line.length + 1), ...parseMeta(source, yamlText, yamlStart) };
    }
    offset += line.length + 1;
  }
  return { bodyStart: 0, meta: EMPTY, warnings: ['1:1: front matter opened with --- but never closed; read as text'] };
}

/** A `key: value` line whose value YAML would read as the same plain string. */
const PLAIN_LINE = /^([A-Za-z_][\w-]*):[ \t]+([A-Za-z][^\r\n]*)\r?$/;
/** Values YAML reads as something other than that string: booleans, null, or a comment or mapping inside. */
const NOT_PLAIN = /^(?:true|false|yes|no|on|off|null)$|:(?:\s|$)|\s#/i;
const ISO_DAY = /^([A-Za-z_][\w-]*):[ \t]+(\d{4}-\d{2}-\d{2}[ \t]*)\r?$/;

/**
 * Most front matter is a few `key: value` lines (title, source, published, url): read those
 * directly, since a YAML parse per file is a measurable share of a large run. Anything else
 * returns null and goes to the YAML parser, which also reports the problems.
 */
function plainMapping(yamlText: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of yamlText.split('\n')) {
    if (/^\s*\r?$/.test(line)) continue;
    const m = PLAIN_LINE.exec(line) ?? ISO_DAY.exec(line);
    if (!m || Object.hasOwn(out, m[1]!) || NOT_PLAIN.test(m[2]!)) return null;
    out[m[1]!] = m[2]!.trimEnd();
  }
  return out;
}

function parseMeta(source: string, yamlText: string, yamlStart: number): { meta: FrontMatter; warnings: string[] } {
  let starts: number[] | null = null;
  const where = (offset: number): string => {
    const { line, column } = toLineColumn((starts ??= lineStarts(source)), yamlStart + offset);
    return `${line}:${column}`;
  };
  let data: unknown = plainMapping(yamlText);
  if (data === null) {
    const doc = yaml().parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      return { meta: EMPTY, warnings: [`${where(e.pos[0])}: front matter is not valid YAML (${e.message.split('\n')[0]})`] };
    }
    try {
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (err) {
      return { meta: EMPTY, warnings: [`${where(0)}: front matter could not be read (${(err as Error).message})`] };
    }
  }
  if (data === null || data === undefined) return { meta: EMPTY, warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { meta: EMPTY, warnings: [`${where(0)}: front matter is not a mapping of keys to values`] };
  }
  const record = data as Record<string, unknown>;
  const warnings: string[] = [];
  const rawDate = record['published'] ?? record['date'];
  const published = rawDate === undefined ? null : normaliseDate(rawDate);
  if (rawDate !== undefined && published === null) {
    warnings.push(`${where(0)}: front matter 'published' is not a date: ${JSON.stringify(String(rawDate)).slice(0, 60)}`);
  }
  return {
    meta: {
      title: text(record['title']),
      outlet: text(record['source']) ?? text(record['outlet']),
      published,
      url: text(record['url']),
    },
    warnings,
  };
}
