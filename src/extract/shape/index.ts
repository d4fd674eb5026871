import type { NumericValue, Shape } from '../../types.js';
import type { Token } from '../words.js';
import { clauseAround } from './clause.js';
import { findMeasure } from './measure.js';
import { countryOfDemonym, findOwner, type LocalName } from './owner.js';
import { findTime, type LocalDate } from './time.js';

export { CONCEPTS, COUNT_NOUNS, findMeasure, subjectConcept, type Measure } from './measure.js';
export { countryOfDemonym, ownersMatch, type LocalName } from './owner.js';
export type { LocalDate } from './time.js';

/** What a physical unit measures; units are the normalised ones the figure scanner gives. */
const UNIT_MEASURES: Record<string, string> = {
  m: 'distance',
  m2: 'area',
  l: 'volume',
  kg: 'mass',
  'km/h': 'speed',
  W: 'power',
  Wh: 'energy',
  celsius: 'temperature',
  degree: 'temperature',
  barrel: 'oil',
  'barrel/day': 'oil output',
  age: 'age',
  score: 'score',
  category: 'category',
};

/** What `shapeOf` needs to know about one figure and its sentence. */
export interface ShapeInput {
  sentence: string;
  tokens: Token[];
  /** The figure's span, local to the sentence. */
  start: number;
  end: number;
  value: NumericValue;
  /** The counted noun the figure scanner found ("people" in "24 people"). */
  noun: string | null;
  names: readonly LocalName[];
  dates: readonly LocalDate[];
  /** The article's date, or the latest date it states when it has none. */
  reference: string | null;
  /** The owner of the previous figure in the same paragraph, for a sentence that names none ("the blaze"). */
  carried: string | null;
}

/**
 * The shape of one figure: its measure and the narrower group it counts, its owner, and
 * when it holds. Pure; every look-around is bounded by the figure's clause.
 */
export function shapeOf(input: ShapeInput): Shape {
  const { sentence, tokens, start, end } = input;
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  const clause = clauseAround(sentence, tokens, Math.min(first, tokens.length - 1), Math.min(last, tokens.length - 1));
  const read = findMeasure(sentence, start, end, input.noun, tokens);
  // A figure in physical units measures what its unit does: "23,707 acres burned" and
  // "scorched nearly 24,000 acres" are both areas.
  const { unit, currency, days } = input.value;
  const physical = unit && unit !== '%' && unit !== 'rank' && days === undefined && currency === undefined;
  const measure = physical ? (UNIT_MEASURES[unit] ?? unit) : read.measure;
  // "78 of the 150 seats": the second figure is the whole, another fact than any part of it.
  const whole = /\d[\d,.]*\s+of\s+(?:the|its|their)\s+$/i.test(sentence.slice(Math.max(0, start - 24), start));
  const qualifier = whole ? 'whole' : physical ? null : read.qualifier;
  const owner = whole ? null : findOwner(sentence, tokens, first, last, clause, input.names) ?? (input.names.length || tokens.some((t) => countryOfDemonym(t.text)) ? null : input.carried);
  const clauseStart = tokens[clause.from]?.start ?? 0;
  const clauseEnd = tokens[clause.to - 1]?.end ?? sentence.length;
  const { time, era } = findTime(input.dates, { start, end }, { start: clauseStart, end: clauseEnd }, sentence, input.reference);
  return { measure, qualifier, owner, time, era };
}
