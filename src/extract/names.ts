import { LEXICON_ORG_WORDS, LEXICON_PLACE_WORDS, tagsOf } from './lexicon.js';
import type { EntityValue } from '../types.js';
import { fold, stripPossessive, tokenize, type Token } from './words.js';

/** A person, organisation or place mention before corpus-wide alias resolution. */
export interface NameMatch {
  start: number;
  end: number;
  text: string;
  type: 'person' | 'organization' | 'place' | 'unknown';
  value: EntityValue;
}

/** Words that end place names ("Varenna Valley", "Lake Tana"). */
const PLACE_WORDS = new Set([
  ...LEXICON_PLACE_WORDS,
  ...'valley region province district county city town village state island islands coast harbour harbor port'.split(' '),
  // Venues are places, not people ("Caesars Superdome", "Allianz Arena").
  ...'stadium arena superdome dome field park centre center hall square airport station tower palace museum bridge cathedral mosque temple'.split(' '),
]);
/** Endings of one-word venue names ("Superdome", "Bayarena"). */
const VENUE_ENDING = /(?:dome|arena|stadion|stadium)$/;
/** Prepositions that put an unknown name in a place: "near Castelmora", "in Brindavo". */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'at', 'from', 'outside', 'across', 'around', 'towards', 'toward', 'into']);

/** Titles and honorifics stripped from person names; kept as role words. */
const TITLES = new Set(
  (
    'president vice prime minister foreign deputy ambassador envoy special presidential senator sen judge justice governor ' +
    'mayor general gen sheikh mawlawi mullah maulvi king queen prince princess pope dr mr mrs ms miss prof professor chief ' +
    'executive ceo cfo chairman chairwoman chair spokesman spokeswoman spokesperson secretary chancellor commissioner ' +
    'officer inspector detective sergeant sgt captain capt colonel col lieutenant lt admiral director attorney prosecutor ' +
    'representative rep gov lord lady sir dame councillor councilman councilwoman speaker leader defence defense interior ' +
    'finance economy trade health education state acting former first supreme sultan emir ayatollah cardinal bishop rev ' +
    'reverend father sister brother coach founder president-elect premier sheriff marshal constable superintendent'
  ).split(' '),
);

/** Title words that name an office on their own; the rest ("foreign", "deputy") only qualify one. */
const CORE_TITLES = new Set(
  (
    'president minister ambassador envoy senator sen judge justice governor mayor general gen sheikh mawlawi mullah maulvi ' +
    'king queen prince princess pope dr mr mrs ms miss prof professor ceo cfo chairman chairwoman chair spokesman ' +
    'spokeswoman spokesperson secretary chancellor commissioner officer inspector detective sergeant sgt captain capt ' +
    'colonel col lieutenant lt admiral director attorney prosecutor representative rep gov lord lady sir dame councillor ' +
    'councilman councilwoman speaker leader sultan emir ayatollah cardinal bishop rev reverend coach founder premier executive chief sheriff marshal constable superintendent'
  ).split(' '),
);

/** True for a word of a title ("foreign", "minister"); `core` asks for an office on its own ("minister"). */
export function isTitleWord(word: string, core = false): boolean {
  return (core ? CORE_TITLES : TITLES).has(word);
}

/** How many leading words of a name are titles, counted only when they include a real office. */
function titlePrefix(words: readonly string[]): number {
  let n = 0;
  while (n < words.length - 1 && TITLES.has(fold(words[n]!).replace(/\.$/, ''))) n++;
  return words.slice(0, n).some((w) => CORE_TITLES.has(fold(w).replace(/\.$/, ''))) ? n : 0;
}

/** Words that make a capitalised run an organisation. */
const ORG_WORDS = new Set([
  ...LEXICON_ORG_WORDS,
  ...(
    'ministry court council government parliament party bank nations union forum agency office department committee ' +
    'commission police army forces force navy inc corp corporation ltd llc plc group company co university emirate ' +
    'taliban kremlin pentagon congress senate assembly federation organization organisation fund association institute ' +
    'foundation authority authorities bureau service services tribunal cabinet administration embassy consulate ' +
    'province command coalition alliance movement front brigade network media news times post press daily herald ' +
    'journal tribune gazette exchange holdings industries airlines airways motors systems technologies labs analytics ' +
    'dynamics partners capital logistics pharma pharmaceuticals therapeutics foods solutions software networks robotics ' +
    'ventures alliance league union ' +
    // Company forms and utility names in other languages ("Red Eléctrica", "Siemens AG").
    'electrica electricidade energia gmbh ag sa spa nv bv'
  ).split(' '),
]);

/** Lower-case words allowed inside a name ("Ministry of Foreign Affairs", "Abu Bakr al-Baghdadi"). */
const CONNECTORS = new Set(['of', 'for', 'de', 'da', 'del', 'della', 'di', 'du', 'al', 'el', 'bin', 'ibn', 'van', 'von', 'der', 'den', 'la', 'le']);

/** Acronyms that name places rather than organisations. */
const PLACE_ACRONYMS = new Set(['us', 'usa', 'u.s', 'u.s.', 'uk', 'u.k.', 'uae', 'ussr', 'drc', 'prc']);

/** Capitalised words that are not names on their own. */
const NOT_NAMES = new Set(
  (
    'i the a an this that these those it its he she they we you his her their our in on at for from with by as but and or ' +
    'if when while after before since despite although though however meanwhile moreover also now then today yesterday ' +
    'tomorrow there here what who why how where which according under over about during between among against toward ' +
    'towards into onto upon several many most some all both each every no not one two three mr mrs ms dr st ' +
    // Clock and time-zone marks a page capitalises ("1:38 PM IST", "0620 GMT", "Today").
    'tonight am pm gmt utc ist est edt pst pdt cet cest bst jst aest'
  ).split(' '),
);

const SPEECH_VERBS = /^(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|explained|explains|argued|warned|wrote|asked|emphasized|emphasised|confirmed|announced|pointed)$/i;

function isCapitalised(t: Token): boolean {
  return /^[\p{Lu}]/u.test(t.text) || /^(?=\d*\p{Lu})[\p{Lu}\d]{2,}(?:-[\p{Lu}\d]+)?$/u.test(t.text);
}

function isAcronym(word: string): boolean {
  return /^(?:[\p{Lu}]\.){2,}$|^[\p{Lu}][\p{Lu}\d]{1,6}(?:-[\p{Lu}\d]{1,3})?$/u.test(word);
}

function isCommonWord(word: string): boolean {
  const lower = fold(word);
  if (NOT_NAMES.has(lower)) return true;
  const tags = tagsOf(word);
  if (tags.length === 0) return false;
  const proper = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'ProperNoun', 'SportsTeam', 'Honorific'];
  return !tags.some((t) => proper.includes(t));
}

function isCalendarWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.includes('Month') || tags.includes('WeekDay') || /^(?:may|march|june|july|august)$/i.test(word);
}

/** Longest run of capitalised words read as names ("Islamic State Khorasan Province" is four). */
const MAX_NAME_WORDS = 12;

/** Runs of capitalised tokens, allowing lower-case connectors between them; punctuation ends a run. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = (): void => {
    while (run.length && CONNECTORS.has(run[run.length - 1]!.text.toLowerCase())) run.pop();
    // A dozen capitalised words in a row is a headline or shouting, not a name.
    if (run.length && run.length <= MAX_NAME_WORDS) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (run.length && /\S/.test(text.slice(run[run.length - 1]!.end, t.start))) close();
    const possessive = /['’]s$/i.test(t.text);
    if (isCapitalised(t) && !isCalendarWord(t.text)) {
      run.push(t);
      if (possessive) close();
    } else if (run.length && CONNECTORS.has(t.text.toLowerCase()) && tokens[i + 1] && isCapitalised(tokens[i + 1]!)) {
      run.push(t);
    } else close();
  }
  close();
  return runs;
}

/**
 * "Tomas Berg of Brightwater" is a person and an organisation, not one name: split at
 * "of" or "for" when the words before it open with a first name. "Bank of England" stays.
 */
function splitPersonOf(runs: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (const run of runs) {
    const k = run.findIndex((t, i) => i >= 2 && (t.text === 'of' || t.text === 'for'));
    if (k > 0 && tagsOf(run[0]!.text).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) out.push(run.slice(0, k), run.slice(k + 1));
    else out.push(run);
  }
  return out;
}

/**
 * "Taliban Foreign Minister Mawlawi Amir Khan Muttaqi" is an owner followed by a titled
 * person: split the run where the titles start, so each part is classified alone.
 */
function splitAtTitles(runs: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (const run of runs) {
    const words = run.map((t) => t.text);
    const at = run.findIndex((_, i) => i > 0 && !TITLES.has(fold(run[i - 1]!.text)) && titlePrefix(words.slice(i, i + MAX_NAME_WORDS)) > 0);
    if (at > 0) out.push(run.slice(0, at), run.slice(at));
    else out.push(run);
  }
  return out;
}

function canonical(words: string[]): string {
  return words
    .map((w, i) => (i === words.length - 1 ? stripPossessive(w) : w))
    .join(' ')
    .replace(/[.,;:]+$/, '');
}

/**
 * Role words next to a person: titles before the name (in any case: "Carrow chief
 * executive Harriet Lindqvist", "Brightwater's chief executive, Marcus Feldmann") with
 * their owner, or an apposition after it ("Dmitry Zhirnov, the Russian ambassador").
 */
function roleOf(text: string, tokens: Token[], first: number, last: number, titles: string[]): string | null {
  const parts: string[] = [...titles];
  let i = first - titles.length - 1;
  const gapOk = (k: number): boolean => /^[\s,]*$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
  while (i >= 0 && gapOk(i) && TITLES.has(fold(tokens[i]!.text)) && !isCalendarWord(tokens[i]!.text)) {
    parts.unshift(tokens[i]!.text);
    i--;
  }
  const before = tokens[i];
  if (before && gapOk(i) && (/['’]s$/i.test(before.text) || tagsOf(before.text).includes('Demonym') || (parts.length > titles.length && /^\p{Lu}/u.test(before.text)))) {
    parts.unshift(stripPossessive(before.text));
  }
  const after = tokens[last + 1];
  if (parts.length === 0 && after && /^,\s*(?:the\s+)?$/i.test(text.slice(tokens[last]!.end, after.start))) {
    const words: string[] = [];
    for (let i = last + 1; i < tokens.length && words.length < 6; i++) {
      const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
      if (i > last + 1 && /[,.;:()]/.test(gap)) break;
      words.push(tokens[i]!.text);
    }
    while (words.length && /^(?:who|which|remains|is|was|has|had|been|became|served|serves|as|now|also)$/i.test(words[0]!)) words.shift();
    const appos = words.join(' ');
    if (/\b(?:minister|ambassador|envoy|president|spokes\w*|chief|director|head|leader|secretary|judge|official|commander|governor|mayor|ceo|founder|chairman)\b/i.test(appos)) parts.push(...words);
  }
  const role = parts.map((p) => fold(stripPossessive(p))).filter((p) => p && p !== 'the').join(' ');
  return role || null;
}

/**
 * Find people, organisations and places in one sentence. Classification uses
 * title words, organisation words, speech verbs and compromise's lexicon of
 * first names, surnames, countries and cities. Single unknown capitalised words
 * come back as `unknown`; corpus-wide alias resolution decides what they are.
 */
export function extractNames(sentence: string, offset = 0, sentenceTokens?: Token[]): NameMatch[] {
  const tokens = sentenceTokens ?? tokenize(sentence);
  const out: NameMatch[] = [];
  for (const run of splitAtTitles(splitPersonOf(capitalisedRuns(sentence, tokens)))) {
    let first = tokens.indexOf(run[0]!);
    let words = run.map((t) => t.text);
    // A sentence-initial "Despite" or a leading "The" is not part of a name; "United" mid-sentence is.
    while (words.length && (first === 0 || NOT_NAMES.has(fold(words[0]!))) && isCommonWord(words[0]!) && !TITLES.has(fold(words[0]!))) {
      words = words.slice(1);
      first++;
    }
    // Trimming "Shares" from "Shares of Carrow" leaves a connector in front.
    while (words.length && CONNECTORS.has(words[0]!.toLowerCase())) {
      words = words.slice(1);
      first++;
    }
    if (!words.length) continue;
    const titleCount = titlePrefix(words);
    const titles = words.slice(0, titleCount);
    words = words.slice(titleCount);
    first += titleCount;
    if (words.length === 1 && (TITLES.has(fold(words[0]!)) || isCommonWord(words[0]!))) continue;
    const last = first + words.length - 1;
    const startTok = tokens[first]!;
    const endTok = tokens[last]!;
    // A page that lost a space glues a small word on ("Los Angelesfor free"): cut it off a known place.
    const glued = gluedWord(words);
    if (glued) words = [...words.slice(0, -1), words[words.length - 1]!.slice(0, -glued)];
    const name = canonical(words);
    const end = endTok.end - (endTok.text.length - stripPossessive(endTok.text).length) - glued;
    const lowerWords = words.map((w) => fold(stripPossessive(w)));
    // A lone unknown word opening a sentence may be a capitalised common word ("Rescuers")
    // or a company ("Carrow employs …"): corpus-wide resolution decides.
    // Before a speech verb it is usually a speaker, unless it reads as a plural ("Prosecutors said").
    const opening = first === 0 && words.length === 1 && titles.length === 0 && tagsOf(words[0]!).length === 0 && (!(tokens[1] && SPEECH_VERBS.test(tokens[1].text)) || /[^s]s$/.test(words[0]!));
    let type = opening ? 'unknown' : classify(lowerWords, words, titles, tokens[last + 1]);
    if (type === null) continue;
    const prev = tokens[first - 1];
    if (type === 'unknown' && ((prev && PLACE_PREPOSITIONS.has(prev.text.toLowerCase())) || PLACE_WORDS.has(lowerWords[lowerWords.length - 1]!))) type = 'place';
    out.push({
      start: offset + startTok.start,
      end: offset + end,
      text: sentence.slice(startTok.start, end),
      type,
      value: { name, key: fold(name), role: type === 'person' ? roleOf(sentence, tokens, first, last, titles.map((t) => t)) : null },
    });
  }
  return out;
}

/** Length of a small word glued to the end of a known place name ("Angelesfor" in "Los Angelesfor"), else 0. */
function gluedWord(words: readonly string[]): number {
  const lastWord = words[words.length - 1]!;
  const m = /(?:for|and|the|of|in|to|on|at|with|from)$/.exec(lastWord);
  if (!m || lastWord.length < m[0].length + 3) return 0;
  const phrase = fold([...words.slice(0, -1), lastWord.slice(0, -m[0].length)].join(' '));
  return tagsOf(phrase).some((t) => t === 'City' || t === 'Country' || t === 'Region' || t === 'Place') ? m[0].length : 0;
}

function classify(lower: string[], words: string[], titles: string[], next: Token | undefined): NameMatch['type'] | null {
  if (lower.some((w) => ORG_WORDS.has(w))) return 'organization';
  const phrase = lower.join(' ');
  const phraseTags = tagsOf(phrase);
  if (phraseTags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place')) return 'place';
  if (words.length === 1 && isAcronym(words[0]!)) return PLACE_ACRONYMS.has(lower[0]!) ? 'place' : 'organization';
  if (titles.length) return 'person';
  if (words.length > 1 && PLACE_WORDS.has(lower[lower.length - 1]!) && !tagsOf(lower[0]!).some((t) => /Name$/.test(t))) return 'place';
  if (VENUE_ENDING.test(lower[lower.length - 1]!)) return 'place';
  const firstTags = tagsOf(lower[0]!);
  const lastTags = tagsOf(lower[lower.length - 1]!);
  if (phraseTags.includes('Demonym') || (words.length === 1 && firstTags.includes('Demonym'))) return null;
  if (words.length > 1 && (firstTags.some((t) => /Name$/.test(t)) || lastTags.includes('LastName'))) return 'person';
  const isPlace = (w: string): boolean => tagsOf(w).some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place');
  if (words.length > 1 && (lower.every(isPlace) || (isPlace(lower[lower.length - 1]!) && /^(?:north|south|east|west|central|northern|southern|eastern|western|southeast|southwest|northeast|northwest|greater|upper|lower)$/.test(lower[0]!)))) return 'place';
  if (next && SPEECH_VERBS.test(next.text) && words.length <= 4) return 'person';
  if (words.length === 1 && (lastTags.includes('LastName') || firstTags.some((t) => /Name$/.test(t)))) return 'person';
  // Unknown two- to four-word names are usually people in news; corporate words were ruled out above.
  if (words.length >= 2 && words.length <= 4 && lower.every((w) => tagsOf(w).length === 0 || tagsOf(w).some((t) => /Name$/.test(t)))) return 'person';
  return 'unknown';
}
