/**
 * Line-level cleaning: decide which lines of an article body are article text and
 * which are page furniture (related headlines, adverts, calls to action, widgets).
 * Every dropped line keeps its reason so `reconcile sentences` can show it.
 */

/** A line of a body with what ingest decided about it. */
export interface ClassifiedLine {
  start: number;
  end: number;
  /** Offset where the content starts (after a list marker or heading hashes). */
  contentStart: number;
  kind: 'text' | 'list' | 'blank' | 'dropped';
  reason?: string;
  /** True for a Markdown heading or a section heading kept as metadata. */
  heading?: boolean;
}

/** A document as boilerplate removal sees it. */
export interface BodyInput {
  text: string;
  bodyStart: number;
  /** Whether the file's own title is already known from metadata. */
  hasTitle: boolean;
}

/** What boilerplate removal decided for one document. */
export interface BodyLines {
  lines: ClassifiedLine[];
  /** The article's title when the body's first line is one. */
  title: string | null;
  headings: string[];
}

const LIST_MARKER = /^[ \t]*(?:[-*+•▪‣◦]|\d{1,3}[.)])[ \t]+(?=\S)/;
const MD_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+/;
const HTML_COMMENT = /^[ \t]*<!--.*-->[ \t]*$/;
const NUMBER_ONLY = /^[ \t]*[-+]?\d[\d.,]*%?[ \t]*$/;

/** Calls to action, share bars, cookie banners and advert markers. */
const CALL_TO_ACTION = new RegExp(
  [
    '^(?:read more|related|see also|also read|more from|recommended|advertisement|sponsored|promoted)\\b',
    // No closing boundary: widget text is often glued on ("Request a DemoOverall Sentiment").
    '\\b(?:subscribe|sign up|sign in|log in|newsletter|request a demo|book a demo|download (?:the|our) app)',
    '^(?:share|share this|share on|follow us|follow)\\b',
    '\\bcookies?\\b.*\\b(?:accept|consent|policy|use)\\b',
    '^(?:click here|tap here|watch:|listen:|photo:|image:|credit:)',
    '\\ball rights reserved\\b',
    '^©',
    '^find out what.s happening\\b',
    '\\bwith the latest updates from\\b',
    '\\b(?:become|joining as|join as) an? .{0,30}\\bmember\\b',
    '\\b(?:emailed|contacted) about (?:offers|events|updates)\\b',
    '\\bread our privacy (?:notice|policy)\\b',
  ].join('|'),
  'i',
);

/** Notes on how the piece was made ("The AP contributed to this report.", "(Reporting by …)"). */
const CREDIT_LINE = /\bcontributed to this (?:report|story|article)\b|^\(?(?:reporting|additional reporting|writing|editing) by\b|^with inputs from\b/i;
/** What a chart leaves as text ("Created with Highcharts 9.0.1Market cap…"). */
const CHART = /^created with\b/i;

/**
 * A photo caption or credit: a paragraph ending in the picture's credit ("(AP Photo)",
 * "(Jane Doe/Pool via AP)", "Photo by Jane Doe/UPI", "via REUTERS", "| License Photo"),
 * or describing a picture in the present tense with the day it was taken ("A banner … is
 * displayed at the square on June 30, 2025.").
 */
const AGENCY = '(?:Photo|Pool|Getty Images|AP|AFP|Reuters|REUTERS|EPA|Bloomberg|Xinhua|Anadolu|UPI)';
const CREDIT_END = new RegExp(
  `(?:\\((?:[^()]{0,80}\\/)?[^()]{0,60}\\b${AGENCY}\\b[^()]{0,40}\\)|\\bPhoto by [^.]{1,80}|\\bvia (?:REUTERS|Reuters|Getty Images|AP|AFP)|\\|\\s*License Photo|\\b(?:Photo|Image|Photograph)(?: credit| courtesy)?:\\s*[^.]{1,60}|\\s[-–—]\\s*${AGENCY})\\s*\\.?$`,
);
/** Present-tense picture words, which a caption pairs with the day the picture was taken. */
const CAPTION_VERB = /\b(?:is|are) (?:seen|displayed|pictured|shown)\b|\bpictured\b|\b(?:poses?|posing) for\b|^A view (?:of|shows)\b|^FILE PHOTO\b|\b(?:speaks|lifts|celebrates|attends|gestures|arrives|reacts|waves|looks on|addresses) (?:at|the|a|an|with|to|as|during|after|on|in)\b/;
const FULL_DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b|\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
/** An author's note: "Jane Doe is the news editor of …", "Peter has worked as a writer …". */
const AUTHOR_BIO = /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:is|was|has been|has worked as|writes|covers|reports)\b.{0,100}\b(?:editor|writer|reporter|correspondent|journalist|columnist|contributor|producer|anchor)s?\b|^(?:\p{Lu}\p{Ll}+ )?(?:journalist|writer|reporter|editor|correspondent)\b.{0,80}\byears.? experience\b/u;
/** True when a line holds one sentence: no sentence end before its last few characters. */
function oneSentence(line: string): boolean {
  return !/[.!?]\s+\p{Lu}/u.test(line.slice(0, -3));
}

/** A label on a line of its own ("ORIGINAL POST:", "UPDATE:"). */
const LABEL_LINE = /^[\p{Lu}\d][\p{Lu}\d .'’-]{0,30}:$/u;

/** A label followed by a score, as sentiment or rating widgets print them. */
const WIDGET_LABEL = /\b(?:score|sentiment|rating|index|reading time|views|likes|comments)\b/i;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function words(line: string): string[] {
  return line.match(WORD) ?? [];
}

/** True when `line` has at most `limit` words; stops counting past the limit, as prose lines are long. */
function atMostWords(line: string, limit: number): boolean {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(line)) if (++n > limit) return false;
  return true;
}

/** True when a line ends the way prose sentences end (closing quotes and brackets allowed). */
export function endsLikeSentence(line: string): boolean {
  // Citation markers after the full stop ("…said.[1][2]") do not end the sentence.
  let i = line.replace(/(?:\[\d{1,3}\])+\s*$/, '').length - 1;
  while (i >= 0 && /[\s"'”’»)\]*_]/.test(line[i]!)) i--;
  return i >= 0 && /[.!?:;…]/.test(line[i]!);
}

function titleCaseShare(ws: string[]): number {
  if (ws.length === 0) return 0;
  const caps = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return caps / ws.length;
}

function normaliseLine(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'for', 'on', 'with', 'by', 'at', 'from', 'as', 'is', 'are']);

/**
 * Classify every line of every body. Runs over the whole corpus at once because a
 * line repeated across sources ("Sign up for alerts") is boilerplate even when each
 * copy looks innocent alone.
 */
export function classifyBodies(docs: readonly BodyInput[]): BodyLines[] {
  const raw = docs.map((d) => splitLines(d.text, d.bodyStart));
  // Each line's comparison key, computed once: normalising is a large share of reading.
  const keys = raw.map((lines, docIndex) => lines.map((l) => normaliseLine(docs[docIndex]!.text.slice(l.start, l.end))));
  // Short or unpunctuated lines seen in two or more sources are site furniture.
  const seenIn = new Map<string, Set<number>>();
  raw.forEach((lines, docIndex) => {
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]!;
      const key = keys[docIndex]![k]!;
      if (!key) continue;
      const t = docs[docIndex]!.text.slice(l.start, l.end);
      // Prose shared across sources is syndication, not furniture: only unpunctuated lines count.
      if (endsLikeSentence(t)) continue;
      let set = seenIn.get(key);
      if (!set) seenIn.set(key, (set = new Set()));
      set.add(docIndex);
    }
  });
  return docs.map((doc, i) => classifyOne(doc, raw[i]!, keys[i]!, (key) => (seenIn.get(key)?.size ?? 0) > 1));
}

function splitLines(text: string, from: number): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

function classifyOne(doc: BodyInput, raw: { start: number; end: number }[], rawKeys: string[], repeatedAcross: (key: string) => boolean): BodyLines {
  const { text } = doc;
  const counts = new Map<string, number>();
  for (const key of rawKeys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  const lines: ClassifiedLine[] = raw.map((l) => {
    const line = text.slice(l.start, l.end);
    if (!line.trim()) return { ...l, contentStart: l.start, kind: 'blank' };
    const marker = LIST_MARKER.exec(line);
    if (marker) return { ...l, contentStart: l.start + marker[0].length, kind: 'list' };
    const heading = MD_HEADING.exec(line);
    if (heading) return { ...l, contentStart: l.start + heading[0].length, kind: 'dropped', reason: 'section heading', heading: true };
    const lead = line.length - line.trimStart().length;
    return { ...l, contentStart: l.start + lead, kind: 'text' };
  });

  const seenOnce = new Set<string>();
  let title: string | null = null;
  let firstContent = true;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'blank') continue;
    const line = text.slice(l.contentStart, l.end).trim();
    const isFirst = firstContent;
    firstContent = false;
    if (l.kind === 'dropped') continue;
    const reason = dropReason(line, l.kind, isFirst && !doc.hasTitle, () => isWrappedContinuation(text, lines, i));
    // A text line's key is its raw line's; list and heading markers are left out of theirs.
    const key = l.kind === 'text' ? rawKeys[i]! : normaliseLine(line);
    if (reason) {
      l.kind = 'dropped';
      l.reason = reason;
      if (reason === 'title' && title === null) title = line;
      continue;
    }
    const short = !endsLikeSentence(line) || atMostWords(line, 12);
    if (key && (counts.get(key) ?? 0) > 1 && (short || seenOnce.has(key))) {
      l.kind = 'dropped';
      l.reason = 'repeated line';
    } else if (key && short && repeatedAcross(key)) {
      l.kind = 'dropped';
      l.reason = 'repeated across sources';
    }
    seenOnce.add(key);
  }
  dropWidgetsAndAdverts(text, lines);
  const headings = lines
    .filter((l) => l.kind === 'dropped' && (l.heading || l.reason === 'title-case headline'))
    .map((l) => text.slice(l.contentStart, l.end).trim());
  return { lines, title, headings };
}

/**
 * Hard-wrapped prose breaks a sentence across lines, and a line of it looks like an
 * unpunctuated headline. It is prose when the next line follows without a blank line
 * and starts in lower case, or when the previous line stopped mid-sentence.
 */
function isWrappedContinuation(text: string, lines: ClassifiedLine[], i: number): boolean {
  const l = lines[i]!;
  const next = lines[i + 1];
  const prev = lines[i - 1];
  if (next && next.kind === 'text' && /^\p{Ll}/u.test(text.slice(next.contentStart, next.end))) return true;
  if (prev && prev.kind === 'text' && prev.reason === undefined) {
    const p = text.slice(prev.contentStart, prev.end).trim();
    return p.length > 0 && !endsLikeSentence(p) && /^\p{Ll}/u.test(text.slice(l.contentStart, l.end));
  }
  return false;
}

function dropReason(line: string, kind: 'text' | 'list', mayBeTitle: boolean, wrapped: () => boolean): string | null {
  if (HTML_COMMENT.test(line)) return 'comment';
  if (CALL_TO_ACTION.test(line)) return 'call to action';
  if (CREDIT_LINE.test(line)) return 'credit line';
  if (CHART.test(line)) return 'chart';
  if (CREDIT_END.test(line) || (CAPTION_VERB.test(line) && FULL_DATE.test(line) && oneSentence(line))) return 'photo caption or credit';
  if (AUTHOR_BIO.test(line)) return 'author note';
  if (LABEL_LINE.test(line)) return 'label';
  if (NUMBER_ONLY.test(line)) return 'widget';
  if (kind === 'list') return null;
  if (endsLikeSentence(line) || wrapped()) return null;
  // A line holding a finished sentence is prose even when cut off at its end ("… as of Monday. Abbott sa").
  if (/[.!?]["'”’)]?\s+["“]?\p{Lu}/u.test(line)) return null;
  const ws = words(line);
  if (ws.length === 0) return 'no words';
  if (ws.length > 25) return null;
  if (mayBeTitle) return 'title';
  if (titleCaseShare(ws.filter((w) => !STOP.has(w.toLowerCase()))) >= 0.8 && ws.length > 1) return 'title-case headline';
  return 'headline (no sentence punctuation)';
}

/**
 * Widgets ("Sentiment Score" over "0.30") and the promotional line sitting right above
 * a call to action ("AI-powered research ... for institutional investors.") share no
 * vocabulary with the article, which is what gives them away.
 */
function dropWidgetsAndAdverts(text: string, lines: ClassifiedLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank');
  for (let i = 0; i < content.length; i++) {
    const l = content[i]!;
    const next = content[i + 1];
    const line = text.slice(l.contentStart, l.end);
    if (next && next.reason === 'widget' && WIDGET_LABEL.test(line) && atMostWords(line, 5)) {
      l.kind = 'dropped';
      l.reason = 'widget';
    }
  }
  // Only the page's tail: a promotional line is followed by nothing but furniture.
  let tail = content.length;
  while (tail > 0 && content[tail - 1]!.kind === 'dropped') tail--;
  const l = content[tail - 1];
  const next = content[tail];
  if (l && next && l.kind === 'text' && (next.reason === 'call to action' || next.reason === 'widget')) {
    const ws = words(text.slice(l.contentStart, l.end)).map((w) => w.toLowerCase()).filter((w) => !STOP.has(w));
    const shared = ws.filter((w) => countIn(text, lines, w, l) > 0).length;
    if (ws.length > 0 && ws.length <= 25 && shared / ws.length < 0.25) {
      l.kind = 'dropped';
      l.reason = 'advert next to a call to action';
    }
  }
}

/** How often a word occurs in the kept lines other than `except`. */
function countIn(text: string, lines: ClassifiedLine[], word: string, except: ClassifiedLine): number {
  let n = 0;
  for (const l of lines) {
    if (l === except || l.kind === 'dropped' || l.kind === 'blank') continue;
    if (words(text.slice(l.contentStart, l.end)).some((w) => w.toLowerCase() === word)) n++;
  }
  return n;
}
