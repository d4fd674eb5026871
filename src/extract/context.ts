import { tagsOf } from './lexicon.js';
import { eachToken, fold, stem, stripPossessive, STOP_WORDS, tokenize, tokenWord, wordTable, type Token } from './words.js';


/** How many context words a claim keeps. */
export const CONTEXT_SIZE = 14;
/** Tokens looked at on each side of a claim. */
const CONTEXT_WINDOW = 40;

/**
 * Visit the tokens within the context window around `[start, end)` of `sentence`, in
 * text order, until `visit` returns true: from CONTEXT_WINDOW tokens before the first
 * token ending after `start` to CONTEXT_WINDOW tokens after the first ending after `end`.
 * Reads no further into the sentence than it must.
 */
export function eachTokenAround(sentence: string, start: number, end: number, visit: (token: string) => boolean): void {
  let before = 0;
  eachToken(sentence, (_token, _start, tokenEnd) => {
    if (tokenEnd > start) return true;
    before++;
    return false;
  });
  const from = Math.max(0, before - CONTEXT_WINDOW);
  let index = 0;
  let stop = Infinity;
  eachToken(sentence, (token, _start, tokenEnd) => {
    if (stop === Infinity && tokenEnd > end) stop = index + CONTEXT_WINDOW;
    const i = index++;
    if (i >= stop) return true;
    return i >= from && visit(token);
  });
}

/** Index of the first token ending after `offset` (tokens are in order). */
function lowerBound(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const VERB_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal', 'Verb', 'PhrasalVerb', 'Auxiliary'];
const NOUN_TAGS = ['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor'];

function isVerb(word: string): boolean {
  const t = tagsOf(word);
  return t.some((x) => VERB_TAGS.includes(x)) && !t.some((x) => NOUN_TAGS.includes(x));
}

function isNounish(word: string): boolean {
  const w = fold(word);
  if (STOP_WORDS.has(w) || /^\d/.test(w)) return false;
  const t = tagsOf(word);
  if (t.length === 0) return /^[\p{Ll}]/u.test(word) && w.length > 2;
  return t.some((x) => NOUN_TAGS.includes(x)) || (t.includes('Participle') && /(?:ed|en)$/.test(w));
}

/** Clause edges: a subject search never crosses these. */
function clauseGap(gap: string): boolean {
  return /[,;:()“”"—–]/.test(gap);
}

/**
 * Words that name the same subject in news about events, folded to one concept so
 * "48 killed", "death toll rose to 61" and "48 people dead" meet. Keys are lower-case
 * surface forms; anything not listed stands for itself (stemmed).
 */
const CONCEPTS = wordTable([
  ['deaths', 'kill killed killing kills dead death deaths died die dies dying toll fatalities fatality lives'],
  ['injured', 'injured injuring injuries injury wounded wounding wounds hurt'],
  ['missing', 'missing unaccounted'],
  ['displaced', 'displaced displacing homeless evacuated evacuees evacuating'],
  ['employees', 'employees employee staff staffers workers workforce employs employing headcount'],
  ['homes', 'homes houses home house dwellings'],
  ['votes', 'votes vote ballots'],
]);

/** Nouns that count something else: "the number of investors" is about investors. */
const COUNT_NOUNS = new Set(['number', 'total', 'count', 'tally', 'share', 'proportion', 'percentage', 'amount']);

/** People-words that say nothing until a predicate says what happened to them. */
const GENERIC = new Set(['people', 'persons', 'person', 'individuals', 'residents', 'civilians', 'citizens', 'others', 'more', 'those']);
/** Predicates that turn a count of people into a subject ("48 people dead", "injuring 310"). */
const PREDICATE = new Set(Object.keys(CONCEPTS).filter((w) => CONCEPTS[w] !== 'homes' && CONCEPTS[w] !== 'votes'));
const LINKING = /^(?:were|was|are|is|have|has|had|been|being|who|reported|confirmed|left|now|still|so|far|officially)$/i;
const CHANGE = /^(?:rose|risen|rises|climbed|climbs|increased|jumped|fell|dropped|stood|stands|reached|reaches|hit|totals|totalled|totaled|was|is)$/i;

const NP_PREPOSITION = /^(?:of|for|in|from|about|on|at)$/;
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that)$/;

/**
 * What rose or fell, when the noun just before "rose to" ends a longer phrase:
 * "the number of investors who … rose to 412" is about investors, and "shareholder
 * support for the deal rose to 34%" about support. Returns a word, or null to keep the noun.
 */
function headOfChangedNoun(tokens: Token[], noun: number, gapBefore: (i: number) => boolean): string | null {
  // "The number of X …" opening the sentence counts X.
  for (let j = 0; j < Math.min(noun, 6); j++) {
    if (!COUNT_NOUNS.has(tokens[j]!.text.toLowerCase()) || tokens[j + 1]?.text.toLowerCase() !== 'of') continue;
    for (let k = j + 2; k <= noun && k < j + 5; k++) if (isNounish(tokens[k]!.text) && !isVerb(tokens[k]!.text)) return tokens[k]!.text;
  }
  // "<head> for the <noun>": walk back over the phrase to a preposition and take the noun before it.
  for (let i = noun - 1, steps = 0; i > 0 && steps < 5; i--, steps++) {
    if (gapBefore(i)) return null;
    const w = tokens[i]!.text.toLowerCase();
    if (NP_PREPOSITION.test(w)) {
      const head = tokens[i - 1]!;
      // A word that can be a verb is a noun after an article or another noun ("shareholder support").
      const modifier = tokens[i - 2];
      const nounAfter = !!modifier && !gapBefore(i - 2) && (DETERMINER.test(modifier.text.toLowerCase()) || (isNounish(modifier.text) && !isVerb(modifier.text)));
      const headIsNoun = (isNounish(head.text) && !isVerb(head.text)) || (nounAfter && /^\p{Ll}/u.test(head.text) && !STOP_WORDS.has(fold(head.text)));
      if (gapBefore(i - 1) || !headIsNoun) return null;
      // "the number of complaints": the counted noun is already the one found.
      return COUNT_NOUNS.has(head.text.toLowerCase()) ? null : head.text;
    }
    if (!DETERMINER.test(w) && !isNounish(tokens[i]!.text) && !/^\p{Lu}/u.test(tokens[i]!.text)) return null;
  }
  return null;
}

/** The subject concept for a word: the shared name for synonyms, else its stem. */
export function subjectConcept(word: string): string {
  const w = fold(stripPossessive(word));
  return CONCEPTS[w] ?? stem(w);
}

/**
 * The subject a figure is about, when the words right next to it say so:
 * the counted noun ("2,000 houses"), the predicate of a count of people
 * ("killing at least 48 people", "352 injured"), the noun a figure is "of"
 * ("a fine of $2.5 million"), or the noun whose value is given ("turnout was 58%",
 * "the death toll rose to 61"). Looser hints stay in the context words.
 * Returns a folded concept or stem, or null.
 */
export function findSubject(sentence: string, start: number, end: number, noun?: string | null, sentenceTokens?: Token[]): string | null {
  const tokens = sentenceTokens ?? tokenize(sentence);
  let after = lowerBound(tokens, end);
  while (after < tokens.length && tokens[after]!.start < end) after++;
  let before = after - 1;
  while (before >= 0 && tokens[before]!.end > start) before--;
  // Punctuation between token i and what follows it, up to the figure.
  const gapBefore = (i: number): boolean => clauseGap(sentence.slice(tokens[i]!.end, i === before ? start : tokens[i + 1]!.start));
  const nounWord = noun ? (noun.split(/\s+/).pop() ?? noun) : null;

  // A count of people is about what happened to them.
  if (!nounWord || GENERIC.has(nounWord.toLowerCase())) {
    let i = after;
    if (nounWord) {
      for (let k = after; k < Math.min(tokens.length, after + 6); k++) {
        if (fold(tokens[k]!.text) === fold(nounWord)) {
          i = k + 1;
          break;
        }
      }
    }
    for (let k = 0; i < tokens.length && k < 3; i++, k++) {
      const w = tokens[i]!.text.toLowerCase();
      if (PREDICATE.has(w)) return CONCEPTS[w]!;
      if (!LINKING.test(w)) break;
    }
    for (let i2 = before, k = 0; i2 >= 0 && k < 3; i2--, k++) {
      const w = tokens[i2]!.text.toLowerCase();
      if (gapBefore(i2)) break;
      if (PREDICATE.has(w)) return CONCEPTS[w]!;
      if (!/^(?:at|least|more|than|nearly|almost|about|some|around|over|roughly|a|an|the|another|further)$/.test(w)) break;
    }
  }
  if (nounWord) return subjectConcept(nounWord);

  // "<noun> of $X", "<noun> was 58%", "<noun> rose to 61".
  let i = before;
  let sawChange = false;
  for (let k = 0; i >= 0 && k < 4; i--, k++) {
    const t = tokens[i]!;
    if (gapBefore(i)) break;
    const w = t.text.toLowerCase();
    if (/^(?:of|at|to|about|nearly|almost|some|roughly|around|over|than|more|least|up|by|an|estimated)$/.test(w)) continue;
    if (CHANGE.test(w)) {
      sawChange = true;
      continue;
    }
    // A sentence's first word is capitalised whatever it is ("Turnout was 58%").
    const word = i === 0 ? t.text.toLowerCase() : t.text;
    if (isNounish(word) && !isVerb(word)) return subjectConcept((sawChange && headOfChangedNoun(tokens, i, gapBefore)) || t.text);
    break;
  }
  if (sawChange) {
    // "The death toll from the quake ... rose to 61": the clause's first noun phrase;
    // "the number of complaints … rose to 187": the counted noun, not "number".
    for (let j = 0; j <= before && j < 6; j++) {
      const t = tokens[j]!;
      const w = t.text.toLowerCase();
      if (/^(?:from|of|in|on|at|after|since|that|which|for)$/.test(w)) break;
      if (!isNounish(t.text) || isVerb(t.text) || j + 1 >= tokens.length) continue;
      const next = tokens[j + 1]!.text.toLowerCase();
      if (COUNT_NOUNS.has(w) && next === 'of') {
        for (let k = j + 2; k <= before && k < j + 5; k++) if (isNounish(tokens[k]!.text) && !isVerb(tokens[k]!.text)) return subjectConcept(tokens[k]!.text);
      }
      if (/^(?:from|of|in|on|at|after|since|that|which|for|rose|risen|climbed|increased|jumped|fell|stood|reached|has|had|was|is)$/.test(next)) return subjectConcept(t.text);
    }
  }
  // "$9 billion in Afghan assets", "2,000 of the homes": the noun a figure is in or of.
  const first = tokens[after];
  if (first && /^(?:in|of)$/i.test(first.text) && !clauseGap(sentence.slice(end, first.start))) {
    let head: Token | null = null;
    for (let j = after + 1; j < tokens.length && j <= after + 5; j++) {
      const t = tokens[j]!;
      if (clauseGap(sentence.slice(tokens[j - 1]!.end, t.start))) break;
      if (/^(?:the|a|an|its|their|his|her)$/i.test(t.text)) continue;
      if (isVerb(t.text)) break;
      if (isNounish(t.text) || /^[\p{Lu}]/u.test(t.text)) head = t;
      else break;
    }
    if (head && !/^[\p{Lu}]/u.test(head.text)) return subjectConcept(head.text);
  }
  // "352 injured", "2,000 soldiers": a predicate or noun right after the figure.
  const next = tokens[after];
  if (next && !clauseGap(sentence.slice(end, next.start))) {
    const w = next.text.toLowerCase();
    if (PREDICATE.has(w)) return CONCEPTS[w]!;
  }
  // "injuring 310", "killed 12".
  const prev = tokens[before];
  if (prev && !clauseGap(sentence.slice(prev.end, start)) && PREDICATE.has(prev.text.toLowerCase())) return CONCEPTS[prev.text.toLowerCase()]!;
  return null;
}

/**
 * Content words of the sentence outside the claim, nearest first: what grouping
 * compares to decide whether two claims are about the same thing.
 */
export function contextWords(sentence: string, start: number, end: number, limit = CONTEXT_SIZE, sentenceTokens?: Token[]): string[] {
  const tokens = sentenceTokens ?? tokenize(sentence);
  // Walk outwards from the claim, always taking the nearer token (the left one on a tie),
  // within a window of tokens on each side: linear even in a sentence of thousands of figures.
  const leftEnd = lowerBound(tokens, start);
  let i = leftEnd - 1;
  const leftStop = Math.max(0, leftEnd - CONTEXT_WINDOW);
  let j = leftEnd;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  const rightStop = Math.min(tokens.length, lowerBound(tokens, end) + CONTEXT_WINDOW);
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < limit && (i >= leftStop || j < rightStop)) {
    const left = i >= leftStop ? start - tokens[i]!.end : Infinity;
    const right = j < rightStop ? tokens[j]!.start - end : Infinity;
    const t = left <= right ? tokens[i--]! : tokens[j++]!;
    const w = tokenWord(t);
    if (!w || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}
