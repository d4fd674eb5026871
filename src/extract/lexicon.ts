import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from './words.js';

/** The lookup tables the extractors take from compromise's lexicon. */
interface Tables {
  lexicon: Record<string, string | string[]>;
  orgWords: string[];
  placeWords: string[];
}

function load(): Tables {
  // The build snapshots the tables next to the compiled code (scripts/build-lexicon.mjs);
  // running from source, they come from compromise itself.
  const snapshot = new URL('../lexicon.json', import.meta.url);
  if (existsSync(snapshot)) return JSON.parse(readFileSync(snapshot, 'utf8')) as Tables;
  const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Tables['lexicon'] }; two: { orgWords?: object; placeWords?: object } } };
  const model = nlp.model();
  return { lexicon: model.one.lexicon, orgWords: Object.keys(model.two.orgWords ?? {}), placeWords: Object.keys(model.two.placeWords ?? {}) };
}

const TABLES = load();

/** Organisation words from compromise ("ministry", "bank", "council", …). */
export const LEXICON_ORG_WORDS: readonly string[] = TABLES.orgWords;
/** Place words from compromise ("valley", "river", "island", …). */
export const LEXICON_PLACE_WORDS: readonly string[] = TABLES.placeWords;

/** compromise's tags for a word or phrase ("kabul" → City), used as a table: no tagger runs. */
export function tagsOf(word: string): string[] {
  const t = TABLES.lexicon[fold(word)];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}
