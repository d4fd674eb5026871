import { readFileSync, statSync } from 'node:fs';
import type { DroppedLine, Sentence, SkippedFile, Source } from '../types.js';
import { classifyBodies, endsLikeSentence, type ClassifiedLine } from './boilerplate.js';
import { decodeArticle } from './decode.js';
import { readFrontMatter } from './frontmatter.js';
import { htmlToArticle } from './html.js';
import { splitSentences } from './segment/index.js';
import { findArticles } from './walk.js';

export { splitSentences } from './segment/index.js';
export { decodeArticle } from './decode.js';
export { normaliseDate } from './frontmatter.js';

/** Options for reading articles. */
export interface IngestOptions {
  /** Publication date (`YYYY-MM-DD`) for every source without one of its own. */
  date?: string | null;
  /** Files larger than this many bytes are skipped. Default 10 MB. */
  maxSize?: number;
}

/** A file's bytes, before any decoding. */
export interface RawArticle {
  id: string;
  path: string;
  bytes: Uint8Array;
}

/** Articles read, and files that were not. */
export interface IngestResult {
  sources: Source[];
  skipped: SkippedFile[];
}

export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

type Format = 'text' | 'markdown' | 'html';

function formatOf(id: string, text: string): Format {
  const lower = id.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (id === '-') {
    if (/^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(0, 512))) return 'html';
    if (/^---[ \t]*\r?\n/.test(text)) return 'markdown';
  }
  return 'text';
}

interface Parsed {
  raw: RawArticle;
  text: string;
  encoding: string;
  bodyStart: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  warnings: string[];
}

function parse(raw: RawArticle): Parsed | SkippedFile {
  const decoded = decodeArticle(raw.bytes);
  if (!decoded.ok) return { id: raw.id, path: raw.path, reason: decoded.reason };
  if (decoded.text.trim() === '') return { id: raw.id, path: raw.path, reason: 'empty file' };
  const warnings = decoded.warning ? [decoded.warning] : [];
  const format = formatOf(raw.id, decoded.text);
  if (format === 'html') {
    const page = htmlToArticle(decoded.text);
    if (!page.text.trim()) return { id: raw.id, path: raw.path, reason: 'no article text found in the HTML page' };
    // The page title opens the text as its headline line, unless the body already does.
    const head = page.title && !page.text.trimStart().startsWith(page.title) ? `${page.title}\n\n` : '';
    return { raw, text: head + page.text, encoding: decoded.encoding, bodyStart: 0, title: page.title, outlet: page.outlet, published: page.published, url: page.url, warnings };
  }
  // Front matter is honoured in plain text too, so a .txt article can carry its date.
  if (format === 'markdown' || /^---[ \t]*\r?\n/.test(decoded.text)) {
    const fm = readFrontMatter(decoded.text);
    return { raw, text: decoded.text, encoding: decoded.encoding, bodyStart: fm.bodyStart, ...fm.meta, warnings: [...warnings, ...fm.warnings] };
  }
  return { raw, text: decoded.text, encoding: decoded.encoding, bodyStart: 0, title: null, outlet: null, published: null, url: null, warnings };
}

/**
 * Where the article's headline is in its text: the body's title line, else the title in
 * the front matter (found as written between its delimiters). Headlines are claims too
 * ("Strong quake kills 112"); a related story's headline in the body is not this.
 */
function headlineOf(p: Parsed, lines: ClassifiedLine[]): { start: number; end: number } | null {
  // The body's title line, or its first line when that is the known title (a page's <title> opens its text).
  const first = lines.find((l) => l.kind !== 'blank');
  const firstIsTitle = !!first && first.kind === 'dropped' && !!p.title && p.text.slice(first.contentStart, first.end).trim() === p.title.trim();
  const titleLine = firstIsTitle ? first : lines.find((l) => l.kind === 'dropped' && l.reason === 'title');
  if (titleLine) {
    const line = p.text.slice(titleLine.contentStart, titleLine.end);
    return { start: titleLine.contentStart, end: titleLine.contentStart + withoutSiteName(line.trimEnd()).length };
  }
  if (!p.title || p.bodyStart === 0) return null;
  const at = p.text.slice(0, p.bodyStart).indexOf(p.title);
  return at < 0 ? null : { start: at, end: at + withoutSiteName(p.title).length };
}

/** A page title's tail naming the site or the date ("… results in charts - DW - 02/23/2025", "… | Reuters"). */
const SITE_TAIL = /\s+[-|–—]\s+(?:[\p{Lu}\d][^-|–—]{0,40}?)(?:\s+[-|–—]\s+[^-|–—]{1,20})?$/u;

/** The headline without the site name or date a page title ends with. */
function withoutSiteName(title: string): string {
  const m = SITE_TAIL.exec(title);
  // Only a short tail: "Quake kills 112 - Reuters", not a headline's own dash clause.
  return m && m[0].split(/\s+/).length <= 8 && m.index > 10 ? title.slice(0, m.index) : title;
}

/** Group kept lines into paragraphs (runs of adjacent prose lines) and list items. */
function blocks(lines: ClassifiedLine[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open: { start: number; end: number } | null = null;
  for (const l of lines) {
    if (l.kind === 'text') {
      if (open) open.end = l.end;
      else open = { start: l.contentStart, end: l.end };
      continue;
    }
    if (open) out.push(open);
    open = null;
    if (l.kind === 'list') out.push({ start: l.contentStart, end: l.end });
  }
  if (open) out.push(open);
  return out;
}

/** Longest sentence kept whole; longer runs (no punctuation for pages) are cut at spaces. */
export const MAX_SENTENCE = 1000;

/** Cut an over-long span at the last whitespace before the limit, so every claim keeps a readable sentence. */
function capped(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  while (end - s > MAX_SENTENCE) {
    let cut = s + MAX_SENTENCE;
    const space = text.lastIndexOf(' ', cut);
    if (space > s + MAX_SENTENCE / 2) cut = space;
    out.push({ start: s, end: cut });
    s = cut;
    while (s < end && /\s/.test(text[s]!)) s++;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}

/**
 * Furniture a page glues to the end of a sentence: citation markers ("…seven minutes.[1][2]")
 * and a link in brackets ("(More storm stories.)", "(Related: …)").
 */
const TRAILING_FURNITURE = /(?:\s*\[\d{1,3}\])+\s*$|\s*\((?:More|Related|Read|See|Watch|Listen|Also)\b[^()]{0,80}\)\s*$/i;

const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'as', 'is', 'are', 'vs', 'after', 'over']);

/** A sentence in headline case: six or more words past the small ones, nearly all capitalised. */
function isGluedHeadline(sentence: string): boolean {
  // Prose has lower-case words of four letters or more; two of them rule a headline out cheaply.
  let lower = 0;
  for (const m of sentence.matchAll(/(?:^|\s)\p{Ll}{4,}/gu)) {
    if (!HEADLINE_SMALL_WORDS.has(m[0].trim()) && ++lower > 1) return false;
  }
  const words = (sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => !HEADLINE_SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 6) return false;
  return words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / words.length >= 0.85;
}

function sentencesOf(text: string, lines: ClassifiedLine[], dropped: DroppedLine[], headline: { start: number; end: number } | null): Sentence[] {
  const sentences: Sentence[] = [];
  // The headline is read whole, as one sentence, ahead of the body.
  if (headline) sentences.push({ index: 0, start: headline.start, end: headline.end, text: text.slice(headline.start, headline.end), headline: true });
  for (const block of blocks(lines)) {
    for (const span of splitSentences(text.slice(block.start, block.end))) {
      for (const part of capped(text, block.start + span.start, block.start + span.end)) {
        let end = text.slice(part.start, part.end).trimEnd().length + part.start;
        // Only a sentence ending in a bracket can carry this furniture; most end in a full stop.
        const closer = text.charCodeAt(end - 1);
        const tail = closer === 0x5d || closer === 0x29 ? TRAILING_FURNITURE.exec(text.slice(part.start, end)) : null;
        if (tail) {
          const from = part.start + tail.index;
          const at = from + (tail[0].length - tail[0].trimStart().length);
          dropped.push({ text: text.slice(at, end), reason: /^\s*\[/.test(tail[0]) ? 'citation markers' : 'link', start: at, end });
          end = from;
        }
        // A headline glued after prose on the same line is a link to another story.
        if (part.start > block.start && !/\n\s*$/.test(text.slice(block.start, part.start)) && isGluedHeadline(text.slice(part.start, end))) {
          dropped.push({ text: text.slice(part.start, end), reason: 'related headline', start: part.start, end });
          continue;
        }
        if (end > part.start) sentences.push({ index: sentences.length, start: part.start, end, text: text.slice(part.start, end) });
      }
    }
  }
  // The page's last sentence, when it stops mid-way, is kept and marked as cut.
  const last = sentences[sentences.length - 1];
  if (last && !last.headline && !endsLikeSentence(last.text) && /\s/.test(last.text) && !/\S/.test(text.slice(last.end).replace(/\s+/g, ''))) last.truncated = true;
  return sentences;
}

/**
 * Turn raw files into clean sources: decode, read front matter or HTML, drop
 * boilerplate across the whole corpus, split sentences. Pure: no file system.
 * Sources come back sorted by id, so input order never changes the result.
 */
export function prepareSources(raws: readonly RawArticle[], options: IngestOptions = {}): IngestResult {
  const skipped: SkippedFile[] = [];
  const parsed: Parsed[] = [];
  for (const raw of [...raws].sort((a, b) => compare(a.id, b.id) || compare(a.path, b.path))) {
    const p = parse(raw);
    if ('reason' in p) skipped.push(p);
    else parsed.push(p);
  }
  const bodies = classifyBodies(parsed.map((p) => ({ text: p.text, bodyStart: p.bodyStart, hasTitle: p.title !== null })));
  const sources = parsed.map((p, i): Source => {
    const body = bodies[i]!;
    const headline = headlineOf(p, body.lines);
    const dropped: DroppedLine[] = body.lines
      .filter((l) => l.kind === 'dropped' && !(headline && l.contentStart === headline.start))
      .map((l) => ({ text: p.text.slice(l.contentStart, l.end).trim(), reason: l.reason ?? 'dropped', start: l.contentStart, end: l.end }));
    const sentences = sentencesOf(p.text, body.lines, dropped, headline);
    dropped.sort((a, b) => a.start - b.start);
    return {
      id: p.raw.id,
      path: p.raw.path,
      title: p.title ?? body.title,
      published: p.published ?? options.date ?? null,
      outlet: p.outlet,
      url: p.url,
      text: p.text,
      encoding: p.encoding,
      sentences,
      dropped,
      warnings: p.warnings,
      bytes: p.raw.bytes.length,
    };
  });
  return { sources, skipped };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Read all of standard input as bytes. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Find and read every article under `paths` (`-` reads standard input).
 * One bad file never stops the others: it is listed in `skipped` with its reason.
 */
export async function readSources(paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const raws: RawArticle[] = [];
  const skipped: SkippedFile[] = [];
  if (paths.includes('-')) raws.push({ id: '-', path: '-', bytes: await readStdin() });
  const found = findArticles(paths.filter((p) => p !== '-'));
  // Two arguments can yield the same relative id ("a/story.txt", "b/story.txt"): then every one of
  // them is named by its path, so no id depends on the order the arguments came in.
  const count = new Map<string, number>();
  for (const f of found) count.set(f.id, (count.get(f.id) ?? 0) + 1);
  const named = found.map((f) => ({ ...f, id: (count.get(f.id) ?? 0) > 1 ? f.path : f.id }));
  // Synchronous reads, as in the walk: on thousands of small files they are several times faster.
  // A file named twice (as itself and inside its folder, or by two paths) is read once: its device and inode say so.
  const seen = new Set<string>();
  const results = named.map((f): RawArticle | SkippedFile | null => {
    if (f.kind === 'skipped') return { id: f.id, path: f.path, reason: f.reason };
    try {
      const stat = statSync(f.path);
      const identity = `${stat.dev}:${stat.ino}`;
      if (stat.ino !== 0 && seen.has(identity)) return null;
      seen.add(identity);
      if (stat.size > maxSize) return { id: f.id, path: f.path, reason: `larger than the ${formatBytes(maxSize)} limit (${formatBytes(stat.size)})` };
      return { id: f.id, path: f.path, bytes: readFileSync(f.path) };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { id: f.id, path: f.path, reason: code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})` };
    }
  });
  for (const r of results) {
    if (r === null) continue;
    if ('reason' in r) skipped.push(r);
    else raws.push(r);
  }
  const prepared = prepareSources(raws, options);
  return { sources: prepared.sources, skipped: [...skipped, ...prepared.skipped].sort((a, b) => compare(a.id, b.id)) };
}

/** Human-readable byte size ("10 MB"). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
