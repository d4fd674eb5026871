// Build step: snapshot compromise's lexicon tables into dist/lexicon.json.
// Loading compromise builds its whole model (about half a second); the tables the
// extractors look up load from JSON in a few milliseconds, in the CLI and in every worker.
import { mkdirSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';

const model = nlp.model();
const tables = {
  lexicon: model.one.lexicon,
  orgWords: Object.keys(model.two.orgWords ?? {}),
  placeWords: Object.keys(model.two.placeWords ?? {}),
};
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/lexicon.json', import.meta.url), JSON.stringify(tables));
