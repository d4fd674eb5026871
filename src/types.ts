/**
 * The one data contract every stage shares:
 * Source → Sentence → Claim → ClaimGroup → Report.
 *
 * Positions are absolute offsets into `Source.text` (half-open `[start, end)`);
 * line and column are computed from them only when printing.
 */

/** Every kind of claim the extractor can tag. */
export type ClaimType =
  | 'date'
  | 'money'
  | 'number'
  | 'percent'
  | 'quantity'
  | 'duration'
  | 'person'
  | 'organization'
  | 'place'
  | 'quote';

/** All claim types, in the order reports list them. */
export const CLAIM_TYPES: readonly ClaimType[] = [
  'date',
  'money',
  'number',
  'percent',
  'quantity',
  'duration',
  'person',
  'organization',
  'place',
  'quote',
];

/** True for the types whose value is a name (person, organization, place). */
export function isNameType(type: string): type is 'person' | 'organization' | 'place' {
  return type === 'person' || type === 'organization' || type === 'place';
}

/** A line the ingest stage decided is not part of the article, with the reason. */
export interface DroppedLine {
  text: string;
  reason: string;
  start: number;
  end: number;
}

/** A sentence of the article body. `text === source.text.slice(start, end)`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** The article's headline (its title line, front-matter title or page title), read for claims like the body. */
  headline?: boolean;
  /** The page ends inside this sentence ("… and Abbott sa"): kept, with its figures, but known to be cut. */
  truncated?: boolean;
}

/** One article, as read and cleaned by ingest. */
export interface Source {
  /** Path relative to the folder argument it was found under; the file name for a file argument; `-` for stdin. */
  id: string;
  /** The path as found on disk (or `-`). */
  path: string;
  title: string | null;
  /** Publication date `YYYY-MM-DD`, from front matter, HTML meta or `--date`. */
  published: string | null;
  /** The outlet's name, when the file says it. */
  outlet: string | null;
  url: string | null;
  /** The decoded text every offset refers to. */
  text: string;
  encoding: string;
  sentences: Sentence[];
  dropped: DroppedLine[];
  /** Non-fatal problems met while reading this file. */
  warnings: string[];
  /** Byte length of the file as read. */
  bytes: number;
}

/** A file that was found but not read as an article, and why. */
export interface SkippedFile {
  id: string;
  path: string;
  reason: string;
}

/** How the words bound a figure ("roughly", "at least", ...). */
export type Hedge =
  | 'approximately'
  | 'nearly'
  | 'more-than'
  | 'at-least'
  | 'up-to'
  | 'less-than'
  | 'range'
  | 'vague';

export type DateGranularity = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
export type DateMod = 'before' | 'after' | 'since' | 'by' | 'early' | 'mid' | 'late' | 'approx';

/** A normalised date. `start` inclusive and `end` exclusive (`YYYY-MM-DD`), omitted when unknown. */
export interface DateValue {
  iso: string;
  start?: string;
  end?: string;
  granularity: DateGranularity;
  mod?: DateMod;
  relative?: boolean;
}

/** A normalised figure as an interval: `min`/`max` bound what the words allow (`null` = unbounded). */
export interface NumericValue {
  amount: number;
  min: number | null;
  max: number | null;
  hedge?: Hedge;
  precision: number;
  currency?: string;
  /** "rank" (the 73rd), "age", "score", "category" (a storm's), or a unit of measure. */
  unit?: string;
  days?: number;
  /** A score as written ("5-0" is [5, 0]); `amount` holds the first number. */
  score?: [number, number];
}

/** A person, organisation or place. */
export interface EntityValue {
  /** Canonical display name: titles, possessives and trailing punctuation removed. */
  name: string;
  /** Folded key used for matching (lower case, no diacritics). */
  key: string;
  /** Role words found next to the name ("foreign minister", "ambassador to kabul"). */
  role: string | null;
}

/** A direct quotation and who said it. */
export interface QuoteValue {
  quote: string;
  speaker: string | null;
}

export type ClaimValue = DateValue | NumericValue | EntityValue | QuoteValue;

/**
 * What a figure is a figure of, read from its sentence: the parts two reports of one fact
 * share, whatever their wording. Grouping compares shapes first and wording second.
 */
export interface Shape {
  /** What is counted or measured: a concept ("deaths", "injured") or a noun lemma ("structure", "seat"). */
  measure: string | null;
  /** The narrower group a count of people is of ("civilian", "child"). */
  qualifier: string | null;
  /** Whose figure it is: the folded name the sentence ties it to ("iran", "palisades fire"). */
  owner: string | null;
  /** The day the figure is reported for: a date in its clause near the article's date, else that date (`YYYY-MM-DD`). */
  time: string | null;
  /** A date well before the article that ties the figure to another event ("in 2005"), ISO. */
  era: string | null;
}

/** One fact-like mention found in one sentence of one source. */
export interface Claim {
  /** Stable id derived from source id and offsets. */
  id: string;
  source: string;
  type: ClaimType;
  text: string;
  value: ClaimValue;
  start: number;
  end: number;
  /** Index into the source's sentences. */
  sentence: number;
  /** The head noun the claim counts or modifies ("houses", "assets"), or null. */
  subject: string | null;
  /** Content words around the claim, nearest first, normalised for matching. */
  context: string[];
  /** For figures: what the figure measures, whose it is and when it holds. */
  shape?: Shape;
  /** True for a claim read from the article's headline. */
  headline?: boolean;
}

export type GroupStatus = 'agreement' | 'conflict' | 'single-source';
export type ConflictKind = 'contradiction' | 'scale' | 'spelling' | 'update';

/** One distinct value inside a group, with who backs it. */
export interface ValueSupport {
  /** Human-readable normalised value ("2021-08", "9000000000 USD", "Amir Khan Muttaqi"). */
  display: string;
  claims: string[];
  sources: string[];
  independentSources: number;
  /** 0..1, from independent support and source reliability across the corpus. */
  confidence: number;
}

/** A copy relation: `source` shares long word sequences with `copyOf`. */
export interface CopyRelation {
  source: string;
  copyOf: string;
  /** Share of the smaller article's word shingles found in the other (0..1). */
  overlap: number;
}

/** One value of a fact that changed, with when it was reported and by whom. */
export interface TimelinePoint {
  /** The value as `values[].display` shows it. */
  display: string;
  /** The earliest day a source reported it (`YYYY-MM-DD`): a day in its sentence, else the article's date; null when unknown. */
  time: string | null;
  sources: string[];
}

/** Claims from different sources about the same thing, with a verdict. */
export interface ClaimGroup {
  id: string;
  type: ClaimType;
  label: string;
  status: GroupStatus;
  kind: ConflictKind | null;
  claims: Claim[];
  values: ValueSupport[];
  /** Display of the value with the highest confidence. */
  likely: string;
  independentSources: number;
  /** True for an agreement whose values differ only in precision ("April" and "April 2025"). */
  precisionOnly: boolean;
  /** For an `update`: the values in the order they were reported. Null otherwise. */
  timeline: TimelinePoint[] | null;
  /** Why the claims were grouped and judged as they were. */
  explain: string[];
  /** The story cluster this group belongs to. */
  story: string;
}

/** A set of sources about one event. */
export interface Story {
  id: string;
  label: string;
  sources: string[];
}

/** Totals printed in the summary line. */
export interface ReportStats {
  sources: number;
  skipped: number;
  claims: number;
  groups: number;
  agreements: number;
  conflicts: number;
  singleSource: number;
}

/** The whole result of a run, before formatting. */
export interface Report {
  version: 1;
  sources: Source[];
  skipped: SkippedFile[];
  claims: Claim[];
  groups: ClaimGroup[];
  copies: CopyRelation[];
  stories: Story[];
  stats: ReportStats;
}

/** A place in a source: absolute offsets, with line:column filled in when printed. */
export interface Place {
  source: string;
  path: string;
  start: number;
  end: number;
  line: number;
  column: number;
  sentence: string;
  text: string;
}

/** A check finding: an article contradicting (or failing to support) a fact. */
export interface Finding {
  /** The fact id; also the rule id in SARIF and JUnit. */
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  /** Where the finding is; null for a fact no article supports. */
  place: Place | null;
  actual: string | null;
  expected: string;
  /** Other places: the sources that back the expected value. */
  related: Place[];
}
