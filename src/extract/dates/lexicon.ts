/** Word tables. Every word the grammar reacts to is in LEX, so one Map lookup rejects most tokens. */

export type Unit = 'day' | 'week' | 'weekend' | 'fortnight' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export interface Lex {
  /** Month number; `abbr` when it is a short form like "sept". */
  month?: number;
  abbr?: boolean;
  /** ISO weekday number (Monday = 1). `abbr` again marks short forms. */
  wd?: number;
  /** Ordinal word value ("third" = 3, "twentieth" = 20). */
  ord?: number;
  /** Cardinal word value ("seven" = 7, "twenty" = 20). */
  card?: number;
  unit?: Unit;
  plural?: boolean;
  /** this / last / next family. */
  rel?: 'this' | 'last' | 'next';
  /** 1 spring, 2 summer, 3 autumn, 4 winter. */
  season?: number;
  /** early / mid / late family (including "end", "beginning" ...). */
  eml?: 'early' | 'mid' | 'late';
  /** Prepositions and other signal words. */
  prep?: boolean;
  /** Words that make a following bare month or year read as a date. */
  ctx?: boolean;
}

export const LEX = new Map<string, Lex>();

function add(word: string, lex: Lex): void {
  const prev = LEX.get(word);
  LEX.set(word, prev ? { ...prev, ...lex } : lex);
}

const MONTHS: [string, string[]][] = [
  ['january', ['jan']],
  ['february', ['feb', 'febr']],
  ['march', ['mar']],
  ['april', ['apr']],
  ['may', []],
  ['june', ['jun']],
  ['july', ['jul']],
  ['august', ['aug']],
  ['september', ['sep', 'sept']],
  ['october', ['oct']],
  ['november', ['nov']],
  ['december', ['dec']],
];
MONTHS.forEach(([full, abbrs], idx) => {
  add(full, { month: idx + 1 });
  for (const a of abbrs) add(a, { month: idx + 1, abbr: true });
});

const WEEKDAYS: [string, string[]][] = [
  ['monday', ['mon']],
  ['tuesday', ['tue', 'tues']],
  ['wednesday', ['wed', 'weds']],
  ['thursday', ['thu', 'thur', 'thurs']],
  ['friday', ['fri']],
  ['saturday', ['sat']],
  ['sunday', ['sun']],
];
WEEKDAYS.forEach(([full, abbrs], idx) => {
  add(full, { wd: idx + 1 });
  for (const a of abbrs) add(a, { wd: idx + 1, abbr: true });
});

const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
];
ORDINALS.forEach((w, i) => add(w, { ord: i + 1 }));
add('thirtieth', { ord: 30 });

const CARDINALS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
CARDINALS.forEach((w, i) => add(w, { card: i + 1 }));
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
TENS.forEach((w, i) => add(w, { card: (i + 2) * 10 }));
add('a', { card: 1 });
add('an', { card: 1 });

/** "the nineties" and friends: decade offset within a century. */
export const DECADE_WORDS = new Map<string, number>([
  ['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50],
  ['sixties', 60], ['seventies', 70], ['eighties', 80], ['nineties', 90],
]);

const UNITS: [string, Unit][] = [
  ['day', 'day'], ['week', 'week'], ['weekend', 'weekend'], ['fortnight', 'fortnight'], ['month', 'month'],
  ['quarter', 'quarter'], ['year', 'year'], ['decade', 'decade'], ['century', 'century'], ['half', 'half'],
];
for (const [w, u] of UNITS) add(w, { unit: u });
for (const [w, u] of [
  ['days', 'day'], ['weeks', 'week'], ['weekends', 'weekend'], ['fortnights', 'fortnight'], ['months', 'month'],
  ['quarters', 'quarter'], ['years', 'year'], ['decades', 'decade'], ['centuries', 'century'],
] as [string, Unit][]) {
  add(w, { unit: u, plural: true });
}

for (const w of ['this', 'current', 'present']) add(w, { rel: 'this' });
for (const w of ['last', 'past', 'previous', 'prior', 'preceding']) add(w, { rel: 'last' });
for (const w of ['next', 'coming', 'following', 'upcoming']) add(w, { rel: 'next' });

add('spring', { season: 1 });
add('summer', { season: 2 });
add('autumn', { season: 3 });
add('fall', { season: 3 });
add('winter', { season: 4 });

for (const w of ['early', 'beginning', 'start']) add(w, { eml: 'early' });
for (const w of ['mid', 'middle']) add(w, { eml: 'mid' });
for (const w of ['late', 'end']) add(w, { eml: 'late' });

/** Words after which a bare month or bare year is read as a date. */
const CTX = [
  'in', 'on', 'of', 'since', 'by', 'until', 'till', 'til', 'before', 'after', 'from', 'to', 'through', 'thru',
  'throughout', 'during', 'between', 'and', 'or', 'early', 'late', 'mid', 'last', 'next', 'this', 'past',
  'for', 'end', 'beginning', 'start', 'middle', 'circa', 'ca', 'c', 'around', 'as', 'than', 'starting',
  'ending', 'each', 'every', 'that', 'same', 'coming', 'previous', 'following', 'year', 'fiscal', 'fy', 'spring',
  'summer', 'autumn', 'fall', 'winter', 'around', 'versus', 'vs', 'against', 'into', 'onwards', 'onward',
];
for (const w of CTX) add(w, { ctx: true });

/** Stricter context for "May", "March" and short month forms: no "and", "or", "to", "that"... */
export const STRONG_MONTH_CTX = new Set([
  'in', 'since', 'by', 'until', 'till', 'til', 'before', 'after', 'from', 'through', 'thru', 'throughout', 'during',
  'between', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'end', 'beginning', 'start', 'middle', 'starting',
  'ending', 'coming', 'previous', 'following', 'on',
]);

/** Words that can open a prepositional modifier. */
for (const w of [
  'since', 'before', 'after', 'by', 'until', 'till', 'til', 'through', 'thru', 'prior', 'no', 'not', 'later',
  'earlier', 'greater', 'starting', 'beginning', 'commencing', 'as', 'circa', 'ca', 'c', 'around', 'approximately',
  'roughly', 'from', 'between', 'ahead', 'up',
]) {
  add(w, { prep: true });
}

/** Misc trigger words the grammar looks at directly. */
for (const w of [
  'the', 'today', 'tonight', 'yesterday', 'tomorrow', 'now', 'ago', 'week', 'christmas', 'xmas', 'easter',
  'halloween', 'thanksgiving', 'black', 'good', 'valentine', 'new', 'q', 'h', 'fy', 'fiscal', 'w', 'year',
  'remaining', 'rest', 'remainder', 'ytd', 'eoy', 'eom', 'mid', 'couple', 'several', 'few', 'for', 'of',
]) {
  if (!LEX.has(w)) add(w, {});
}

/** Words that can open a date expression; everything else is skipped by the driver. */
export const START = new Set<string>();
for (const [w, l] of LEX) {
  if (l.month !== undefined || l.wd !== undefined || l.ord !== undefined || l.card !== undefined || l.unit !== undefined ||
      l.rel !== undefined || l.season !== undefined || l.eml !== undefined || l.prep) START.add(w);
}
for (const w of [
  'the', 'today', 'tonight', 'yesterday', 'tomorrow', 'christmas', 'xmas', 'easter', 'halloween', 'thanksgiving',
  'black', 'good', 'valentine', 'new', 'q', 'h', 'fy', 'fiscal', 'w', 'remaining', 'ytd', 'eoy', 'eom', 'couple',
  'rest', 'remainder', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties',
]) {
  START.add(w);
}

/**
 * Bitmap over (first letter, last letter, length) of the START words, so the tokenizer can
 * tell most words are irrelevant without lower-casing them.
 */
const FILTER = new Uint8Array(1 << 18);
function filterKey(first: number, last: number, len: number): number {
  return ((first & 127) << 11) | ((last & 127) << 4) | (len > 15 ? 15 : len);
}
for (const w of START) FILTER[filterKey(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;

/** Could a word with these (already lower-cased ASCII) end letters and length be a START word? */
export function maybeStart(first: number, last: number, len: number): boolean {
  return FILTER[filterKey(first, last, len)] === 1;
}

/**
 * Words that, directly after a four-digit number, show it is a count, not a year
 * ("1979 people", "2000 km"). Plural nouns are detected separately.
 */
export const COUNT_WORDS = new Set([
  'people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish', 'deer',
  'feet', 'foot', 'km', 'kg', 'kms', 'mph', 'kph', 'kmh', 'mw', 'gw', 'kw', 'mwh', 'kwh', 'hp', 'cc', 'ft',
  'm', 'mm', 'cm', 'g', 'mg', 'lb', 'lbs', 'oz', 'l', 'ml', 'percent', 'per', 'pc', 'bn', 'million', 'billion',
  'thousand', 'hundred', 'crore', 'lakh', 'times', 'more', 'fewer', 'less', 'other', 'others', 'each', 'acre',
  'square', 'sq', 'metre', 'meter', 'mile', 'tonne', 'ton', 'degree', 'strong', 'member', 'troops', 'pound',
  'dollar', 'euro', 'yen', 'yuan', 'rupee', 'hectare', 'barrel', 'bpd', 'plus',
]);

/** Words ending in "s" that are not plural count nouns. */
const NOT_PLURAL = new Set([
  'is', 'was', 'has', 'as', 'its', 'this', 'thus', 'yes', 'plus', 'does', 'goes', 'his', 'hers', 'ours', 'yours',
  'theirs', 'always', 'perhaps', 'whereas', 'besides', 'towards', 'afterwards', 'across', 'less', 'unless', 'us',
  'bus', 'gas', 'news', 'series', 'species', 'elections', 'games', 'olympics', 'paralympics', 'nations', 'polls',
  'accounts', 'results', 'earnings', 'sales', 'figures', 'finals', 'awards', 'championships', 'riots', 'protests',
  'talks', 'accords', 'budgets', 'data', 'statistics', 'levels', 'estimates', 'census', 'crisis', 'analysis',
  'basis', 'status', 'campus', 'census', 'thesis', 'emphasis', 'consensus', 'versus', 'midterms', 'playoffs',
  'primaries', 'negotiations', 'hearings', 'rankings', 'standards', 'rules', 'regulations', 'reforms',
  'protocols', 'agreements', 'accords', 'guidelines', 'projections', 'forecasts', 'targets', 'numbers', 'levels',
  'says', 'saw', 'sees', 'marks', 'makes', 'brings', 'proves', 'remains', 'looks', 'seems', 'comes', 'begins',
  'ends', 'starts', 'means', 'shows', 'becomes', 'sets', 'turns', 'follows', 'sees',
]);

/** A lower-case word that looks like a plural count noun ("houses", "votes"). */
export function looksPlural(w: string): boolean {
  if (w.length < 3 || w.charCodeAt(w.length - 1) !== 115 /* s */) return false;
  if (NOT_PLURAL.has(w)) return false;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith("'s")) return false;
  return true;
}

/** Previous words that make a following four-digit number a quantity, not a year. */
export const NONYEAR_PREV = new Set([
  'than', 'over', 'about', 'nearly', 'almost', 'some', 'least', 'most', 'approximately', 'roughly', 'estimated',
  'total', 'only', 'just', 'number', 'no', 'page', 'pages', 'pp', 'room', 'flight', 'route', 'highway', 'model',
  'version', 'rank', 'ranked', 'code', 'zip', 'tel', 'phone', 'fax', 'minus', 'times', 'top', 'under', 'below',
  'above', 'exceeding', 'exceeds', 'exceeded', 'score', 'scored', 'killed', 'killing', 'injured',
  'out', 'rose', 'fell', 'gained', 'lost', 'cost', 'costs', 'paid', 'pay', 'earn',
  'earned', 'worth', 'size', 'height', 'altitude', 'elevation', 'population', 'km', 'mile', 'miles', 'lines',
  'line', 'article', 'section', 'chapter', 'resolution', 'unit', 'units', 'platform', 'gate', 'bus', 'hour',
  'hours', 'seat', 'seats', 'vote', 'votes', 'jersey', 'no.', 'apt', 'suite', 'box', 'step', 'steps', 'level',
]);
