import { tagsOf } from '../lexicon.js';
import { eventWord, firstTokenAfter, fold, stem, stripPossessive, STOP_WORDS, tokenize, wordTable, type Token } from '../words.js';
import { isPersonNoun, nounLemma, verbLemma } from '../wordnet.js';

/**
 * What a figure counts or measures, read from the words next to it: the counted noun
 * ("5,613 structures"), what happened to counted people ("24 people are believed dead"),
 * the noun a figure is of or in ("a toll of 10", "28.6% of the vote", "$7 billion in
 * damage"), the noun whose value is given ("turnout was 82.5%", "the death toll rose to
 * 61"), or the verb that counts ("killing 48", "raised $40 billion").
 */
export interface Measure {
  /** A concept ("deaths", "injured") or a noun lemma ("structure", "seat"), or null. */
  measure: string | null;
  /** The narrower group a count of people is of ("civilian", "child"), or null. */
  qualifier: string | null;
}

/**
 * What happens to people in news, folded to one concept so "48 killed", "death toll rose
 * to 61" and "48 people dead" meet. These are reporting conventions (a toll is deaths,
 * "unaccounted for" is missing) that no general lexicon folds together.
 */
export const CONCEPTS = wordTable([
  ['deaths', 'kill killed killing kills dead death deaths died die dies dying toll fatalities fatality lives perished perish martyred martyrs casualties'],
  ['injured', 'injured injuring injuries injury wounded wounding wounds hurt hospitalised hospitalized'],
  ['missing', 'missing unaccounted'],
  ['displaced', 'displaced displacing homeless evacuated evacuees evacuating evacuate'],
  ['rescued', 'rescued rescuing saved'],
  ['arrested', 'arrested detained arrests detentions'],
  ['employees', 'employees employee staff staffers workers workforce employs employing headcount'],
  ['homes', 'homes houses home house dwellings'],
  ['votes', 'votes vote ballots'],
]);

/** Nouns that count something else: "the number of investors" is about investors. */
export const COUNT_NOUNS = new Set(['number', 'total', 'count', 'tally', 'share', 'proportion', 'percentage', 'amount', 'figure']);

/** People-words that say nothing until a predicate says what happened to them. */
const GENERIC = new Set(['people', 'persons', 'person', 'individuals', 'others', 'more', 'those', 'victims', 'bodies', 'lives']);
/** Predicates that turn a count of people into a measure ("48 people dead", "injuring 310"). */
const PREDICATE = new Set(Object.keys(CONCEPTS).filter((w) => CONCEPTS[w] !== 'homes' && CONCEPTS[w] !== 'votes'));
/** Words between a count of people and what happened to them ("were believed to be", "have been reported"). */
const LINKING = /^(?:were|was|are|is|have|has|had|been|being|be|to|who|reported|confirmed|believed|feared|thought|presumed|known|left|now|still|so|far|officially|also|all|among|the|likely|remain|remained|remains|later|since|subsequently|in|total)$/i;
const CHANGE = /^(?:rose|risen|rises|climbed|climbs|increased|jumped|fell|dropped|slipped|slid|gained|lost|added|declined|tumbled|surged|soared|plunged|edged|rallied|sank|shed|grew|shrank|stood|stands|reached|reaches|hit|totals|totalled|totaled|surpassed|surpasses|topped|exceeded|exceeds|passed|crossed|neared|nears)$/i;
/** Verbs that give a noun its value without saying it changed ("turnout was 58%"). */
const COPULA = /^(?:was|is|were|are|be|been|remains|remained|stood|stands)$/i;

const NP_PREPOSITION = /^(?:of|for|in|from|about|on|at)$/;
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that)$/;
const VERB_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal', 'Verb', 'PhrasalVerb', 'Auxiliary'];
const NOUN_TAGS = ['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor', 'Unit'];

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

/** Clause edges: a measure search never crosses these. */
function clauseGap(gap: string): boolean {
  return /[,;:()“”"—–]/.test(gap);
}

/** True for a word naming a kind of people ("civilians", "Iranians", "firefighters"). */
function isPeopleWord(word: string): boolean {
  const w = fold(stripPossessive(word));
  return GENERIC.has(w) || tagsOf(w).includes('Demonym') || isPersonNoun(w);
}

/** A narrower group of people worth keeping apart ("civilians", not "people" or "Iranians"). */
function qualifierOf(word: string): string | null {
  const w = fold(stripPossessive(word));
  if (GENERIC.has(w) || tagsOf(w).includes('Demonym')) return null;
  return nounLemma(w) ?? stem(w);
}

/** Event names of the shared word table that are measures here under another name. */
const EVENT_MEASURES: Record<string, string> = { kill: 'deaths', injure: 'injured', home: 'homes', vote: 'votes', employee: 'employees' };

/** The measure concept of one word: the shared name of news synonyms, else its noun lemma, else its stem. */
export function subjectConcept(word: string): string {
  const w = fold(stripPossessive(word));
  const event = eventWord(w);
  return CONCEPTS[w] ?? (event ? (EVENT_MEASURES[event] ?? event) : null) ?? nounLemma(w) ?? stem(w);
}

/**
 * What rose or fell, when the noun just before "rose to" ends a longer phrase: "the
 * number of investors who … rose to 412" is about investors, and "shareholder support
 * for the deal rose to 34%" about support. Returns a word, or null to keep the noun.
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

/**
 * The last word of the short noun phrase starting at token `from` ("funding round",
 * "market value"): up to three lower-case nouns, stopping at a verb or punctuation.
 */
function phraseHead(sentence: string, tokens: readonly Token[], from: number): number {
  let head = from;
  while (
    head + 1 < tokens.length &&
    head < from + 2 &&
    !clauseGap(sentence.slice(tokens[head]!.end, tokens[head + 1]!.start)) &&
    /^\p{Ll}/u.test(tokens[head + 1]!.text) &&
    !STOP_WORDS.has(tokens[head + 1]!.text.toLowerCase()) &&
    isNounish(tokens[head + 1]!.text) &&
    !isVerb(tokens[head + 1]!.text)
  )
    head++;
  return head;
}

/**
 * The measure of the figure at `[start, end)` of `sentence`; `noun` is the counted noun
 * the figure scanner found, if any. Returns a concept or lemma, and for counts of people
 * the narrower group they belong to.
 */
export function findMeasure(sentence: string, start: number, end: number, noun?: string | null, sentenceTokens?: Token[]): Measure {
  const tokens = sentenceTokens ?? tokenize(sentence);
  let after = firstTokenAfter(tokens, end);
  while (after < tokens.length && tokens[after]!.start < end) after++;
  let before = after - 1;
  while (before >= 0 && tokens[before]!.end > start) before--;
  // Punctuation between token i and what follows it, up to the figure.
  const gapBefore = (i: number): boolean => clauseGap(sentence.slice(tokens[i]!.end, i === before ? start : tokens[i + 1]!.start));
  const nounWord = noun ? (noun.split(/\s+/).pop() ?? noun) : null;
  const found = (measure: string | null, qualifier: string | null = null): Measure => ({ measure, qualifier });

  // A count of people is about what happened to them: "24 people are believed to be dead",
  // "killing at least 48 civilians", "the dead include 387 civilians".
  if (!nounWord || isPeopleWord(nounWord)) {
    const qualifier = nounWord ? qualifierOf(nounWord) : null;
    let i = after;
    if (!nounWord && tokens[i] && GENERIC.has(tokens[i]!.text.toLowerCase())) i++;
    if (nounWord) {
      for (let k = after; k < Math.min(tokens.length, after + 6); k++) {
        if (fold(tokens[k]!.text) === fold(nounWord)) {
          i = k + 1;
          break;
        }
      }
    }
    for (let k = 0; i < tokens.length && k < 7; i++, k++) {
      if (k > 0 && clauseGap(sentence.slice(tokens[i - 1]!.end, tokens[i]!.start))) break;
      const w = tokens[i]!.text.toLowerCase();
      if (PREDICATE.has(w)) return found(CONCEPTS[w]!, qualifier);
      if (!LINKING.test(w)) break;
    }
    for (let i2 = before, k = 0; i2 >= 0 && k < 5; i2--, k++) {
      const w = tokens[i2]!.text.toLowerCase();
      if (gapBefore(i2)) break;
      if (PREDICATE.has(w)) return found(CONCEPTS[w]!, qualifier);
      if (!/^(?:at|least|more|than|nearly|almost|about|some|around|over|roughly|a|an|the|another|further|of|include|included|includes|including|were|was|are|among|toll|death)$/.test(w)) break;
    }
    if (nounWord) return found(subjectConcept(nounWord));
  }
  if (nounWord) return found(subjectConcept(nounWord));

  // What follows the figure says most: "352 injured", "11% contained", "$4 trillion
  // market value", then the phrase it is in or of ("28.6% of the vote", "$40 billion in a
  // funding round"). But a figure a verb gives to a noun ("turnout was 58% in the capital",
  // "support rose to 34% of the stock") is that noun's.
  const forward = (): Measure | null => {
    const next = tokens[after];
    if (next && !clauseGap(sentence.slice(end, next.start))) {
      const w = next.text.toLowerCase();
      if (PREDICATE.has(w)) return found(CONCEPTS[w]!);
      // Right after a figure a word is a noun or participle, whatever else it could be ("$4 trillion market value").
      if (/^\p{Ll}/u.test(next.text) && !STOP_WORDS.has(w) && (isNounish(next.text) || nounLemma(w) !== null || /ed$/.test(w))) {
        const head = phraseHead(sentence, tokens, after);
        return found(subjectConcept(tokens[head]!.text));
      }
      if (/^(?:in|of)$/.test(w)) {
        let j = after + 1;
        while (j < tokens.length && j <= after + 4 && (DETERMINER.test(tokens[j]!.text.toLowerCase()) || /['’]s$/.test(tokens[j]!.text) || /^\p{Lu}/u.test(tokens[j]!.text))) j++;
        const t = tokens[j];
        // After a determiner a word is read as a noun even where it could be a verb ("the vote").
        if (t && j <= after + 4 && !clauseGap(sentence.slice(tokens[j - 1]!.end, t.start)) && /^\p{Ll}/u.test(t.text) && !STOP_WORDS.has(fold(t.text)) && (isNounish(t.text) || nounLemma(t.text) !== null)) {
          return found(subjectConcept(tokens[phraseHead(sentence, tokens, j)]!.text));
        }
      }
    }
    return null;
  };
  const backward = (): Measure | null => {
    // "<noun> of $X", "<noun> was 58%", "<noun> rose to 61".
    let i = before;
    let sawChange = false;
    let sawOf = false;
    for (let k = 0; i >= 0 && k < 5; i--, k++) {
      const t = tokens[i]!;
      if (gapBefore(i)) break;
      const w = t.text.toLowerCase();
      if (w === 'of') sawOf = true;
      if (/^(?:of|at|to|about|nearly|almost|some|roughly|around|over|than|more|least|up|by|a|an|estimated|as|much|just|record|new|further)$/.test(w)) continue;
      if (CHANGE.test(w)) {
        sawChange = true;
        continue;
      }
      if (COPULA.test(w)) continue;
      // A sentence's first word is capitalised whatever it is ("Turnout was 58%").
      const word = i === 0 ? t.text.toLowerCase() : t.text;
      // A plural before a change verb is its subject whatever else it could be ("shares rose 2.4%").
      const plural = sawChange && /^\p{Ll}/u.test(word) && word.length > 4 && /s$/.test(word) && !STOP_WORDS.has(word) && nounLemma(word) !== null;
      // "a premium of 31 percent": before "of" a word is the noun the figure is of.
      const ofNoun = sawOf && /^\p{Ll}/u.test(word) && !STOP_WORDS.has(word) && nounLemma(word) !== null;
      // "valued the company at $90 billion": the noun is the verb's object, and the verb measures.
      const d = i > 0 && DETERMINER.test(tokens[i - 1]!.text.toLowerCase()) ? i - 2 : i - 1;
      const verbBefore = !sawChange && d >= 0 && i > 0 && /^\p{Ll}/u.test(tokens[d]!.text) && !STOP_WORDS.has(tokens[d]!.text.toLowerCase()) && /(?:ed|ing)$/.test(tokens[d]!.text) && verbLemma(tokens[d]!.text) !== null;
      if (verbBefore && /^(?:at|to)$/.test(tokens[i + 1]?.text ?? '')) return found(subjectConcept(verbLemma(tokens[d]!.text)!));
      if ((isNounish(word) && !isVerb(word)) || plural || ofNoun) return found(subjectConcept((sawChange && headOfChangedNoun(tokens, i, gapBefore)) || t.text));
      break;
    }
    if (sawChange) {
      // "The death toll from the quake ... rose to 61": the clause's first noun phrase;
      // "the number of complaints … rose to 187": the counted noun, not "number".
      for (let j = 0; j <= before && j < 6; j++) {
        const t = tokens[j]!;
        const w = t.text.toLowerCase();
        if (/^(?:from|of|in|on|at|after|since|that|which|for)$/.test(w)) break;
        if (!isNounish(t.text) || isVerb(t.text) || j + 1 >= tokens.length || /^\p{Lu}/u.test(t.text) && j > 0) continue;
        const next = tokens[j + 1]!.text.toLowerCase();
        if (COUNT_NOUNS.has(w) && next === 'of') {
          for (let k = j + 2; k <= before && k < j + 5; k++) if (isNounish(tokens[k]!.text) && !isVerb(tokens[k]!.text)) return found(subjectConcept(tokens[k]!.text));
        }
        if (/^(?:from|of|in|on|at|after|since|that|which|for|rose|risen|climbed|increased|jumped|fell|stood|reached|has|had|was|is)$/.test(next)) return found(subjectConcept(t.text));
      }
    }
    return null;
  };
  let lead = before;
  while (lead >= 0 && lead > before - 4 && /^(?:to|at|by|of|about|nearly|almost|around|roughly|over|more|than|least|as|much|some)$/i.test(tokens[lead]!.text)) lead--;
  const verbLed = lead >= 0 && !gapBefore(lead) && (CHANGE.test(tokens[lead]!.text) || COPULA.test(tokens[lead]!.text));
  // A participle or noun right after the figure comes first ("40% contained" even after "was").
  const direct = tokens[after] && !clauseGap(sentence.slice(end, tokens[after]!.start)) && !/^(?:in|of)$/i.test(tokens[after]!.text) ? forward() : null;
  const read = direct ?? (verbLed ? (backward() ?? forward()) : (forward() ?? backward()));
  if (read) return read;
  // "injuring 310", "killed 12", "raised $40 billion", "valuing it at $300 billion": the verb that counts.
  let v = before;
  while (v >= 0 && v > before - 3 && /^(?:at|to|for|it|them|its|about|some|by|a|an|nearly|almost|around|roughly|over|more|than|least)$/i.test(tokens[v]!.text)) v--;
  const prev = tokens[v];
  if (prev && !clauseGap(sentence.slice(prev.end, tokens[v + 1]?.start ?? start))) {
    const w = prev.text.toLowerCase();
    if (PREDICATE.has(w)) return found(CONCEPTS[w]!);
    const verb = /^\p{Ll}/u.test(prev.text) && !STOP_WORDS.has(w) && (isVerb(w) || /(?:ed|ing)$/.test(w)) ? verbLemma(w) : null;
    if (verb) return found(eventWord(w) ? subjectConcept(w) : (CONCEPTS[verb] ?? verb));
  }
  return found(null);
}
