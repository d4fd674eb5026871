import nlp from 'compromise';
import { contentWord, fold, stem, stripPossessive, STOP_WORDS, tokenize, type Token } from './words.js';

type Lexicon = Record<string, string | string[]>;
const LEXICON: Lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;

/** How many context words a claim keeps. */
export const CONTEXT_SIZE = 14;

function tags(word: string): string[] {
  const t = LEXICON[fold(word)];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const VERB_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal', 'Verb', 'PhrasalVerb', 'Auxiliary'];
const NOUN_TAGS = ['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor'];

function isVerb(word: string): boolean {
  const t = tags(word);
  return t.some((x) => VERB_TAGS.includes(x)) && !t.some((x) => NOUN_TAGS.includes(x));
}

function isNounish(word: string): boolean {
  const w = fold(word);
  if (STOP_WORDS.has(w) || /^\d/.test(w)) return false;
  const t = tags(word);
  if (t.length === 0) return /^[\p{Ll}]/u.test(word) && w.length > 2;
  return t.some((x) => NOUN_TAGS.includes(x)) || (t.includes('Participle') && /(?:ed|en)$/.test(w));
}

/** Clause edges: a subject search never crosses these. */
function clauseGap(gap: string): boolean {
  return /[,;:()“”"—–]/.test(gap);
}

/**
 * The head noun a figure counts or modifies: "$9 billion in Afghan assets" → assets,
 * "a fine of $4 million" → fine, "Acme shares fell 2%" → shares, "48 people" → people.
 * Returns a stemmed, folded word, or null when the clause names none.
 */
export function findSubject(sentence: string, start: number, end: number, noun?: string | null): string | null {
  if (noun) {
    const n = contentWord(noun.split(/\s+/).pop() ?? noun);
    if (n) return n;
  }
  const tokens = tokenize(sentence);
  const afterIdx = tokens.findIndex((t) => t.start >= end);
  const beforeIdx = afterIdx < 0 ? tokens.length - 1 : afterIdx - 1;
  // "… in/of/for <modifiers> NOUN" after the figure.
  if (afterIdx >= 0) {
    const first = tokens[afterIdx]!;
    const gap = sentence.slice(end, first.start);
    if (!clauseGap(gap)) {
      if (/^(?:in|of|for|worth)$/i.test(first.text)) {
        let head: Token | null = null;
        for (let i = afterIdx + 1; i < tokens.length && i <= afterIdx + 5; i++) {
          const t = tokens[i]!;
          if (clauseGap(sentence.slice(tokens[i - 1]!.end, t.start))) break;
          if (isVerb(t.text) && head) break;
          if (/^(?:the|a|an|of)$/i.test(t.text)) continue;
          if (isNounish(t.text) || /^[\p{Lu}]/u.test(t.text)) head = t;
          else if (head) break;
        }
        if (head && !/^[\p{Lu}]/u.test(head.text)) return stem(fold(stripPossessive(head.text)));
      } else if (isNounish(first.text) && !isVerb(first.text)) {
        return stem(fold(first.text));
      }
    }
  }
  // "<noun> of $X", "<noun> fell 2%", "turnout was 67%".
  for (let i = beforeIdx, steps = 0; i >= 0 && steps < 4; i--, steps++) {
    const t = tokens[i]!;
    if (i < beforeIdx && clauseGap(sentence.slice(t.end, tokens[i + 1]!.start))) break;
    if (steps === 0 && clauseGap(sentence.slice(t.end, start))) break;
    if (/^(?:of|at|to|by|was|were|is|are|be|been|about|nearly|almost|some|roughly|around|over|than|more|least|up)$/i.test(t.text)) continue;
    if (isVerb(t.text)) continue;
    if (isNounish(t.text)) return stem(fold(stripPossessive(t.text)));
    break;
  }
  return null;
}

/**
 * Content words of the sentence outside the claim, nearest first: what grouping
 * compares to decide whether two claims are about the same thing.
 */
export function contextWords(sentence: string, start: number, end: number, limit = CONTEXT_SIZE): string[] {
  const scored: { word: string; distance: number; order: number }[] = [];
  tokenize(sentence).forEach((t, order) => {
    if (t.end > start && t.start < end) return;
    const w = contentWord(t.text);
    if (!w) return;
    const distance = t.end <= start ? start - t.end : t.start - end;
    scored.push({ word: w, distance, order });
  });
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of scored) {
    if (seen.has(s.word)) continue;
    seen.add(s.word);
    out.push(s.word);
    if (out.length >= limit) break;
  }
  return out;
}
