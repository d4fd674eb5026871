import { tagsOf } from '../lexicon.js';
import { firstTokenAfter, fold, stripPossessive, type Token } from '../words.js';
import type { Clause } from './clause.js';
import { nounLemma } from '../wordnet.js';

/** A name found in the sentence, with offsets local to it. */
export interface LocalName {
  start: number;
  end: number;
  type: string;
  key: string;
}

/** Words after a name that make it the one reporting a figure, not the one it belongs to. */
const REPORTING = /^(?:said|says|say|saying|told|tells|reported|reports|reporting|announced|announces|confirmed|confirms|estimated|estimates|stated|states|added|noted|put|puts|claimed|claims|cited|according|wrote|tweeted|posted|shared|documented|recorded|counted|tallied|released|published|issued|showed|shows|described|describes|identified|listed|gave|gives)$/i;
/** Words before a name that make it the source of a figure ("according to Reuters"). */
const SOURCE_LEAD = /^(?:to|by|from|cited|citing|per|via|quoted)$/i;
/** Prepositions that place a figure in a name ("killed in Iran", "across Georgia"). */
const LOCATIVE = /^(?:in|across|inside|throughout|within|on|at|for|from)$/i;
/** Words between a locative preposition and its name. */
const ARTICLE = /^(?:the|its|their)$/i;
/** Endings that turn a demonym back into its country's name, tried in order. */
const DEMONYM_ENDINGS: [string, string][] = [
  ['ians', ''],
  ['ian', ''],
  ['ians', 'ia'],
  ['ian', 'ia'],
  ['ian', 'e'],
  ['ans', 'a'],
  ['an', 'a'],
  ['ans', ''],
  ['an', ''],
  ['an', 'y'],
  ['ese', 'a'],
  ['ese', ''],
  ['is', ''],
  ['i', ''],
  ['s', ''],
];

/**
 * The country a demonym names ("Iranian" → iran, "Israelis" → israel, "Ukrainian" →
 * ukraine), checked against the lexicon's countries; null when none fits.
 */
export function countryOfDemonym(word: string): string | null {
  const w = fold(stripPossessive(word));
  if (!tagsOf(w).includes('Demonym')) return null;
  for (const [end, put] of DEMONYM_ENDINGS) {
    if (!w.endsWith(end)) continue;
    const base = w.slice(0, -end.length) + put;
    if (tagsOf(base).includes('Country')) return base;
  }
  return null;
}

/** Capitalised words that a sentence opening makes look like names. */
const NOT_OWNERS = new Set(['it', 'its', 'he', 'she', 'they', 'we', 'this', 'that', 'these', 'those', 'there', 'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'as', 'so', 'meanwhile', 'however']);

/** A one-word "name" that the lexicon knows as a common word ("Separately", "Meanwhile"): a capitalised sentence opening. */
function commonWord(key: string): boolean {
  if (key.includes(' ')) return false;
  const tags = tagsOf(key);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
}
const PROPER_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'ProperNoun', 'SportsTeam', 'Demonym', 'Acronym']);

/** The key of a name as an owner: "the Palisades Fire" and "Palisades Fire" are one. */
function ownerKey(key: string): string {
  return key.replace(/^the\s+/, '');
}

/**
 * Whose figure it is: the name the sentence ties it to, in this order of evidence:
 * a possessive just before it ("Iran's death toll", "Nvidia's market value"); a place it
 * happened in ("killed in Iran", "in the Palisades Fire"); a demonym on the counted
 * people ("606 Iranians"); the nearest name before it in its clause that does not
 * report it ("Cal Fire said", "according to Reuters" report, they do not own); the
 * name opening the sentence. Null when the sentence names none.
 */
/** A name with the tokens it covers. */
interface Span extends LocalName {
  from: number;
  to: number;
}

/** The spans of a sentence's names, worked out once per sentence: every figure in it asks. */
const spansOfSentence = new WeakMap<readonly LocalName[], Span[]>();

export function findOwner(sentence: string, tokens: readonly Token[], first: number, last: number, clause: Clause, names: readonly LocalName[]): string | null {
  const tokenAt = (offset: number): number => {
    const i = firstTokenAfter(tokens, offset);
    return i < tokens.length ? i : -1;
  };
  // Pronouns and other common words opening a sentence are not names ("It's covered …").
  // A lone unknown word opening the sentence that is an adverb or a common noun is not a name ("Separately", "Rescuers").
  let spans = spansOfSentence.get(names);
  if (!spans) {
    spans = names
      .filter((n) => !NOT_OWNERS.has(n.key) && !commonWord(n.key) && !(n.start === 0 && n.type === 'unknown' && !n.key.includes(' ') && (/ly$/.test(n.key) || nounLemma(n.key) !== null)))
      .map((n) => ({ ...n, from: tokenAt(n.start), to: tokenAt(n.end - 1) }));
    spansOfSentence.set(names, spans);
  }
  // "The Palisades and Eaton fires", "Spain and Portugal": a figure of both belongs to neither alone.
  const joined = (n: Span): boolean =>
    spans.some((m) => m !== n && ((m.from === n.to + 2 && tokens[n.to + 1]?.text === 'and') || (n.from === m.to + 2 && tokens[m.to + 1]?.text === 'and')));
  // A name that reports the figure is its source, not its owner: everything before the
  // last reporting verb ahead of the figure ("The rights group, based in Washington, has
  // reported a toll of …"), a name a reporting verb follows ("…, Cal Fire said"), and a
  // name after a source word ("according to Reuters"). A possessive still owns ("Iran's
  // health ministry reported 606 deaths" is Iran's toll).
  let lastReport = -1;
  for (let k = 0; k < first; k++) if (REPORTING.test(tokens[k]!.text)) lastReport = k;
  const reporting = (n: Span): boolean => {
    const possessive = /['’]s$/.test(tokens[n.to]!.text) || /^['’]/.test(sentence.slice(n.end, n.end + 1));
    if (possessive) return false;
    if (n.to < lastReport) return true;
    const prev = tokens[n.from - 1];
    if (prev && SOURCE_LEAD.test(prev.text)) return true;
    for (let k = n.to + 1; k < Math.min(tokens.length, n.to + 3); k++) {
      if (/[;:(),]/.test(sentence.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      if (REPORTING.test(tokens[k]!.text)) return true;
    }
    return false;
  };
  const inClause = spans.filter((n) => n.from >= clause.from && n.to < clause.to && (n.to < first || n.from > last));
  // A possessive name just before the figure or its noun phrase.
  const possessive = inClause.filter((n) => n.to < first && n.to >= first - 5 && (/['’]s$/.test(tokens[n.to]!.text) || /^['’]/.test(sentence.slice(n.end, n.end + 1))));
  if (possessive.length) return ownerKey(possessive[possessive.length - 1]!.key);
  // A place it happened in, after the figure ("28 killed in Israel") or before it ("In Israel, 28 …").
  const located = (n: Span): boolean => {
    let p = n.from - 1;
    while (p >= 0 && ARTICLE.test(tokens[p]!.text)) p--;
    return p >= 0 && LOCATIVE.test(tokens[p]!.text);
  };
  // Not past another figure: "41.2% of the vote against 33.8% for Rosa Quintel" gives Quintel only the second.
  const nextFigure = tokens.findIndex((t, k) => k > last && /^\d/.test(t.text));
  const placeAfter = inClause.find((n) => n.from > last && n.from <= last + 8 && (nextFigure < 0 || n.from < nextFigure) && located(n) && !reporting(n));
  if (placeAfter) return ownerKey(placeAfter.key);
  // A demonym on the counted people ("606 Iranians", "28 Israeli civilians"); one before
  // the figure is more often the other side ("the Iranian strikes killed 28").
  for (let k = last + 1; k <= Math.min(clause.to - 1, last + 2); k++) {
    const country = countryOfDemonym(tokens[k]!.text);
    if (country) return country;
  }
  const before = inClause.filter((n) => n.to < first && !reporting(n));
  // The clause's subject ("Iran has raised its toll from the war with Israel to 1,060",
  // "The Eaton Fire north of Pasadena has destroyed 7,000 structures"), else the nearest name.
  const start = Math.max(clause.from, lastReport + 1);
  const subject = before.find((n) => n.from >= start && n.from <= start + 2);
  const chosen = subject ?? before[before.length - 1];
  if (chosen) return joined(chosen) ? null : ownerKey(chosen.key);
  // A relative clause ("…, Alina Strelkova, who was jailed for three years") is about the name before it.
  if (/^(?:who|which|whose)$/i.test(tokens[clause.from]?.text ?? '')) {
    const antecedent = spans.filter((n) => n.to < clause.from && !reporting(n)).pop();
    return antecedent ? ownerKey(antecedent.key) : null;
  }
  const opening = clause.from <= 1 ? spans.find((n) => n.from <= 1 && n.to < first && !reporting(n)) : undefined;
  if (opening) return ownerKey(opening.key);
  const sentenceOpening = spans.find((n) => n.from <= 2 && located(n) && n.to < first);
  if (sentenceOpening) return ownerKey(sentenceOpening.key);
  return null;
}

/**
 * True when two owners can be one: the same key, one holding the other's words ("palisades"
 * and "palisades fire"), or a country and the key its demonym gave.
 */
export function ownersMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.includes(w));
}
