import type { DateValue } from '../../types.js';

/** A date found in the sentence, with offsets local to it. */
export interface LocalDate {
  start: number;
  end: number;
  value: DateValue;
}

/** How far before the article's date a date still reads as "now" (a toll "as of Sunday"). */
const RECENT_DAYS = 45;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10) || '1')) / 86_400_000;
}

/** True when a date falls near the article's own date: the figure is reported as of then. */
function recent(d: DateValue, reference: string): boolean {
  if (!d.start) return false;
  const ref = dayNumber(reference);
  // "As of Sunday" has a start and no end.
  const end = d.end ? dayNumber(d.end) : dayNumber(d.start) + 1;
  return end > ref - RECENT_DAYS && dayNumber(d.start) <= ref + 1;
}

/**
 * When a figure holds, from the dates in its clause: `era` is a date well before the
 * article that ties the figure to another event ("killed 1,392 people in 2005", "in the
 * 2023 final"), so two figures with different eras are different facts; `time` is the
 * day it is reported for ("as of Sunday", "on Tuesday"), or the article's date, so
 * different times make an update rather than an error. Words in the 60 characters before
 * the figure put it at an earlier event ("the previous election, when turnout was 58 percent").
 */
/** Words that put a figure at an earlier event without a date ("at the previous election", "the prior record"). */
const EARLIER = /\b(?:previous|prior|preceding|earlier|last year's|a year earlier|a year ago)\b/i;

export function findTime(
  dates: readonly LocalDate[],
  figure: { start: number; end: number },
  clause: { start: number; end: number },
  sentence: string,
  reference: string | null,
): { time: string | null; era: string | null } {
  // A date belongs to the figure when nothing but words stand between them ("killed 1,392
  // people in 2005"), or when it opens the sentence ("In 2005, Katrina killed …"); one set
  // off by commas is another event's ("Brightwater, founded in 2014, has 1,200 staff").
  const attached = (d: LocalDate): boolean => {
    const between = d.end <= figure.start ? sentence.slice(d.end, figure.start) : sentence.slice(figure.end, d.start);
    return !/[,;()]|\b(?:that|which|who|whose|when|where|after|before|since|until)\b/i.test(between) || /^\W*(?:\w+\W+){0,2}$/.test(sentence.slice(0, d.start));
  };
  const own = dates.filter((d) => d.start >= clause.start && d.end <= clause.end && !/^X/.test(d.value.iso) && !d.value.iso.includes('/') && (!d.value.mod || /^as of\b/i.test(sentence.slice(d.start, d.end))) && attached(d));
  const lead = sentence.slice(Math.max(0, figure.start - 60), figure.start);
  let era: string | null = null;
  let time: string | null = null;
  // Nearest first: "the quake that struck on Tuesday rose to 61 on Wednesday" reports 61 for Wednesday.
  const distance = (d: LocalDate): number => (d.end <= figure.start ? figure.start - d.end : d.start - figure.end);
  for (const d of [...own].sort((x, y) => distance(x) - distance(y))) {
    if (!reference) {
      if (d.value.granularity === 'year' || d.value.granularity === 'decade' || d.value.granularity === 'century') era ??= d.value.iso;
      else if (d.value.granularity === 'day') time ??= d.value.start ?? null;
      continue;
    }
    if (recent(d.value, reference)) {
      if (d.value.granularity === 'day' && d.value.start) time ??= d.value.start;
    } else if (d.value.end && dayNumber(d.value.end) <= dayNumber(reference) - RECENT_DAYS) {
      era ??= d.value.iso;
    }
  }
  if (!era && EARLIER.test(lead)) era = 'earlier';
  return { time: time ?? reference, era };
}
