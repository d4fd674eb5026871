import { createRequire } from 'node:module';
import { normaliseDate } from './frontmatter.js';

// The DOM and reader-view libraries load only when a page is read: most runs have none.
const require = createRequire(import.meta.url);
let libs: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | null = null;
function htmlLibs(): NonNullable<typeof libs> {
  libs ??= { parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML, Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability };
  return libs;
}

/** The readable part of a saved web page. */
export interface HtmlArticle {
  /** Article body as plain text: one block (paragraph, heading, list item) per line. */
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

/** The few DOM members the walker needs; linkedom provides them. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}
interface DomDocument {
  title: string;
  body: DomNode | null;
  querySelector(selector: string): (DomNode & { getAttribute(name: string): string | null }) | null;
  querySelectorAll(selector: string): ArrayLike<DomNode & { getAttribute(name: string): string | null }>;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'BUTTON', 'FORM', 'SELECT']);
/** Page furniture removed when no article body can be found. */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);

/**
 * Turn a DOM subtree into text with one block per line, headings as Markdown `#` lines
 * and list items as `- ` lines, so ingest treats them as it treats Markdown.
 */
function blockText(root: DomNode, dropChrome: boolean): string {
  const out: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || (dropChrome && CHROME.has(name))) return;
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'P' && node.getAttribute?.('class') === DIRECTIVE_TAG) {
      out.push(`<!-- ${(node.textContent ?? '').trim()} -->`);
      return;
    }
    if (/^H[1-6]$/.test(name)) line += '#'.repeat(Number(name[1])) + ' ';
    else if (name === 'LI') line += '- ';
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return out.join('\n');
}

function meta(doc: DomDocument, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
    if (v && v.trim()) return v.trim();
  }
  return null;
}

function jsonLdDate(doc: DomDocument): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const m = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(scripts[i]!.textContent ?? '');
    if (m) return m[1]!;
  }
  return null;
}

/**
 * Extract the article body and metadata from an HTML page.
 * The readable body comes from the reader-view algorithm; when it finds none, the whole
 * body minus navigation, header, footer and aside is used.
 */
/** Marker that carries a suppression comment through reader view, which drops comments. */
const DIRECTIVE_TAG = 'reconcile-directive';

/**
 * Turn `<!-- reconcile-disable-next-line … -->` comments into elements reader view keeps,
 * so the check can honour them. A plain scan with indexOf, linear on any input.
 */
function keepDirectives(html: string): string {
  let out = '';
  let at = 0;
  for (let open = html.indexOf('<!--'); open >= 0; open = html.indexOf('<!--', at)) {
    const close = html.indexOf('-->', open + 4);
    if (close < 0) break;
    const body = html.slice(open + 4, close).trim();
    out += html.slice(at, open);
    out += /^reconcile-disable-next-line\b/.test(body) ? `<p class="${DIRECTIVE_TAG}">${body.replace(/[<>&]/g, '')}</p>` : html.slice(open, close + 3);
    at = close + 3;
  }
  return out + html.slice(at);
}

export function htmlToArticle(raw: string): HtmlArticle {
  const html = raw.includes('reconcile-disable-next-line') ? keepDirectives(raw) : raw;
  const { parseHTML, Readability } = htmlLibs();
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const title =
    meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? (document.title.trim() || null);
  const publishedRaw =
    meta(document, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
      'time[datetime]',
    ]) ?? jsonLdDate(document);
  const outlet = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const url = meta(document, ['meta[property="og:url"]']) ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;

  let text = '';
  try {
    // Reader view mutates the document, so metadata is read first.
    const reader = new Readability<string>(document as never, {
      serializer: (node) => blockText(node as unknown as DomNode, false),
      charThreshold: 200,
      classesToPreserve: [DIRECTIVE_TAG],
    });
    text = reader.parse()?.content ?? '';
  } catch {
    text = '';
  }
  if (!text.trim()) {
    const { document: fresh } = parseHTML(html) as unknown as { document: DomDocument };
    text = fresh.body ? blockText(fresh.body, true) : '';
  }
  return { text, title, published: publishedRaw ? normaliseDate(publishedRaw) : null, outlet, url };
}
