/**
 * Word-level helpers shared by the extractors and by grouping: tokens with
 * offsets, stop words, folding and a light stemmer. No tagger runs here: these
 * are table lookups, cheap enough for every sentence of a large feed.
 */

/** A word with its offsets in the text it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Its content word once `tokenWord` has worked it out: a sentence's tokens serve every claim in it. */
  word?: string | null;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*\.?/gu;

/**
 * Split text into word tokens. Abbreviation dots ("U.S.") and inner apostrophes
 * and hyphens stay inside a token. A trailing period is kept only for a single
 * letter or a known abbreviation-like token, so sentence-final words stay clean.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = tokenText(m[0]);
    out.push({ text: t, start: offset + m.index, end: offset + m.index + t.length, word: undefined });
  }
  return out;
}

/** Index of the first token ending after `offset`, by binary search (tokens are in order); `tokens.length` when none does. */
export function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Visit the tokens of `text` in order, as `tokenize` would give them, without building
 * them all: `visit` gets each token's text and offsets and returns true to stop.
 */
export function eachToken(text: string, visit: (token: string, start: number, end: number) => boolean): void {
  for (let at = 0; ; ) {
    // Set before every match: `visit` may itself tokenize another text.
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) return;
    at = m.index + m[0].length;
    const t = tokenText(m[0]);
    if (visit(t, m.index, m.index + t.length)) return;
  }
}

/** A matched token without its sentence-final period ("U.S." keeps its own). */
function tokenText(match: string): string {
  return match.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(match) && !/^(?:\p{L}\.)+\p{L}\.$/u.test(match) ? match.slice(0, -1) : match;
}

/**
 * The content words of a text in order, as `tokenize` then `contentWord` would give them,
 * without token objects; with `minLength`, only those at least that long.
 */
export function contentWordsOf(text: string, minLength = 0): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    // A short ASCII token folds to a word no longer than itself, unless the event table
    // renames it; skipping it before the lookup saves a cache probe for most tokens of prose.
    if (m[0].length < minLength && m[0].length < SHORTEST_EVENT_WORD && isAscii(m[0])) continue;
    const w = contentWord(tokenText(m[0]));
    if (w && w.length >= minLength) out.push(w);
  }
  return out;
}

/**
 * Remember results for words already seen: news repeats its vocabulary, and these
 * functions run on every token. The cache is cleared when full, so memory stays bounded.
 */
function memo(fn: (s: string) => string | null): (s: string) => string | null {
  const cache = new Map<string, string | null>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > 200_000) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** True when every code unit is ASCII, where folding is just lower-casing. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

const foldOnce = memo((s) => (isAscii(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()));

/** Lower case with diacritics removed, so Müller matches Muller. */
export function fold(s: string): string {
  return foldOnce(s)!;
}

/** Remove a trailing possessive ("Russia’s" → "Russia", "Jones'" → "Jones"). */
export function stripPossessive(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  // Only a word ending in s, S or an apostrophe can carry one; most words are left at once.
  if (last !== 0x73 && last !== 0x53 && last !== 0x27 && last !== 0x2019) return s;
  return s.replace(/['’]s$/i, '').replace(/(?<=s)['’]$/i, '');
}

/** Words that say nothing about what a claim is about. */
export const STOP_WORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for from with without into onto upon about above below over under ' +
    'between among through during before after since until than then as is are was were be been being am has have had ' +
    'having do does did doing will would shall should can could may might must not no yes this that these those it its ' +
    'they them their theirs he him his she her hers we us our ours you your yours i me my mine who whom whose which what ' +
    'when where why how all any both each few more most other some such only own same too very just also still even ever ' +
    'there here now once again further off out up down if because while though although whether either neither per via ' +
    'said says say saying told tell according stated added including include includes included like around roughly ' +
    'nearly almost least approximately estimated mr mrs ms dr one s t'
  ).split(' '),
);

/**
 * A light suffix stripper so inflections meet ("killed", "kills", "killing" → "kill").
 * It only has to make variants collide; the stems never reach the user.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Event words that news writes many ways, folded to one form so context matching
 * sees "seized power" and "takeover", or "began" and "opened", as the same event.
 */
/** Build a word → shared name table from lines of `[name, 'word word …']`. */
export function wordTable(rows: [string, string][]): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [name, words] of rows) for (const w of words.split(' ')) table[w] = name;
  return table;
}

const EVENT_SYNONYMS = wordTable([
  ['takeover', 'takeover takeovers seized seize seizes seizing coup'],
  ['found', 'founded founding founder established launched'],
  ['begin', 'began begin begins beginning begun opened commenced started start starts'],
  ['end', 'ended ends closed concluded finished'],
  ['take', 'took taken takes taking'],
  ['withdraw', 'withdrew withdrawn withdrawal withdrawing withdraws pulled'],
  ['invade', 'invaded invasion invades invading'],
  ['remove', 'removed removing removal lifted lifting lift delisted'],
  ['kill', 'killed killing kills dead death deaths died toll fatalities'],
  ['injure', 'injured injuring injuries wounded hurt'],
  ['sentence', 'sentenced sentence jailed jail imprisoned prison'],
  ['announce', 'announced announcement announces unveiled revealed'],
  ['employee', 'employees staff staffers workers workforce employs'],
  ['home', 'homes houses house dwellings'],
  ['vote', 'vote votes voted voting ballot ballots election elections polls poll'],
]);

/** The shared name news events give a word ("jailed" → sentence, "takeover" → takeover), or null. */
export function eventWord(word: string): string | null {
  return EVENT_SYNONYMS[word] ?? null;
}

/** Length of the shortest word the event table renames. */
const SHORTEST_EVENT_WORD = Math.min(...Object.keys(EVENT_SYNONYMS).map((w) => w.length));

const NUMERAL = /^[\d.,]+$/;

/** A token's content word (see `contentWord`), worked out once per token. */
export function tokenWord(token: Token): string | null {
  if (token.word === undefined) token.word = contentWord(token.text);
  return token.word;
}

/** The normalised form a word takes in context lists, or null for stop words and numbers. */
export const contentWord: (raw: string) => string | null = memo((raw) => {
  const folded = fold(stripPossessive(raw));
  const w = folded.endsWith('.') ? folded.slice(0, -1) : folded;
  if (w.length < 2 || STOP_WORDS.has(w) || NUMERAL.test(w)) return null;
  return EVENT_SYNONYMS[w] ?? stem(w);
});
