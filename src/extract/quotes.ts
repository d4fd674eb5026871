/** A direct quotation found in a sentence, with the words that name its speaker. */
export interface QuoteMatch {
  start: number;
  end: number;
  text: string;
  quote: string;
  /** Speaker words as written ("Muttaqi", "he", "the Russian statement"), or null. */
  speaker: string | null;
  /** Offsets of the speaker words, when found. */
  speakerStart: number | null;
}

/** Quotes shorter than this are scare quotes ("terrorist"), not statements. */
const MIN_QUOTE_WORDS = 4;

const OPENERS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };
const SPEECH = '(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|explained|explains|wrote|writes|declared|insisted|warned|argued|asked|read|reads|continued|emphasized|emphasised|remarked|tweeted|posted)';
const NAME = "(?:[\\p{Lu}][\\p{L}'’.-]*(?: [\\p{Lu}][\\p{L}'’.-]*){0,3}|he|she|they|it|the [\\p{Ll}]+(?: [\\p{L}]+){0,3})";
/** `”, said Muttaqi` or `” Muttaqi said` right after the closing quote. */
const AFTER_INVERTED = new RegExp(`^[,.]?\\s*${SPEECH}\\s+(${NAME})`, 'u');
const AFTER_NORMAL = new RegExp(`^[,.]?\\s*(${NAME})\\s+${SPEECH}\\b`, 'u');
/** `Muttaqi said: “…”` or `Kabulov stated that “…”` just before the opening quote. */
const BEFORE = new RegExp(`(${NAME})(?:,[^,]{1,60},)?\\s+${SPEECH}(?:\\s+that)?[,:]?\\s*$`, 'u');
const ACCORDING = /according to ((?:the )?[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3})[,:]?\s*$/u;

/**
 * Find direct quotations of at least four words in one sentence, with their speaker
 * when the sentence names one ("…," said Muttaqi; Muttaqi said "…"; Kabulov stated).
 * A quote can span sentences; `paragraph` is the text to search for the closing mark.
 */
export function extractQuotes(sentence: string, offset = 0): QuoteMatch[] {
  const out: QuoteMatch[] = [];
  let i = 0;
  while (i < sentence.length) {
    const open = sentence[i]!;
    const close = OPENERS[open];
    if (!close) {
      i++;
      continue;
    }
    const end = sentence.indexOf(close, i + 1);
    if (end < 0) break;
    const quote = sentence.slice(i + 1, end);
    const words = quote.trim().split(/\s+/).filter(Boolean);
    if (words.length >= MIN_QUOTE_WORDS) {
      const speaker = findSpeaker(sentence, i, end + 1);
      out.push({
        start: offset + i,
        end: offset + end + 1,
        text: sentence.slice(i, end + 1),
        quote: quote.trim().replace(/[,.]$/, ''),
        speaker: speaker ? speaker.words : null,
        speakerStart: speaker ? offset + speaker.at : null,
      });
    }
    i = end + 1;
  }
  return out;
}

function findSpeaker(sentence: string, open: number, close: number): { words: string; at: number } | null {
  // Look only at a bounded window on each side, so the patterns run on short strings.
  const after = sentence.slice(close, close + 80);
  const inv = AFTER_INVERTED.exec(after);
  if (inv) return { words: inv[1]!, at: close + inv.index + inv[0].length - inv[1]!.length };
  const norm = AFTER_NORMAL.exec(after);
  if (norm) return { words: norm[1]!, at: close + after.indexOf(norm[1]!) };
  const beforeStart = Math.max(0, open - 120);
  const before = sentence.slice(beforeStart, open);
  const b = BEFORE.exec(before) ?? ACCORDING.exec(before);
  if (b) return { words: b[1]!, at: beforeStart + b.index + b[0].indexOf(b[1]!) };
  return null;
}
