import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DateGranularity, type DateMatch, type DateMod, extractDates } from '../../../src/extract/dates/index.js';

interface Exp {
  text: string;
  iso: string;
  /** Present key = must equal; `undefined` = must be absent. Omitted key = not checked. */
  start?: string | undefined;
  end?: string | undefined;
  granularity: DateGranularity;
  mod?: DateMod | undefined;
  relative?: boolean;
}
interface Case {
  name?: string;
  text: string;
  published?: string;
  expect: Exp[];
}

/** Publication date of the seed articles: a Friday. */
const P = '2025-07-04';

const CASES: Case[] = [
  // ---- From the real article set
  { text: 'since they seized power in August 2021.', published: P, expect: [{ text: 'August 2021', iso: '2021-08', start: '2021-08-01', end: '2021-09-01', granularity: 'month', relative: undefined }] },
  { text: 'lifted the "terrorist" designation for the Taliban in April.', published: P, expect: [{ text: 'April', iso: '2025-04', start: '2025-04-01', end: '2025-05-01', granularity: 'month', relative: true }] },
  { text: 'lifted the designation in April', expect: [{ text: 'April', iso: 'XXXX-04', start: undefined, end: undefined, granularity: 'month', relative: true }] },
  { text: 'as United States troops withdrew from the country four years ago.', published: P, expect: [{ text: 'four years ago', iso: '2021', start: '2021-01-01', end: '2022-01-01', granularity: 'year', relative: true }] },
  { text: 'undergone a transformation since first taking power in the 1990s.', published: P, expect: [{ text: 'the 1990s', iso: '199X', start: '1990-01-01', end: '2000-01-01', granularity: 'decade' }] },
  { text: 'a protracted conflict in Afghanistan from 1979 to 1989 against the mujahideen', published: P, expect: [{ text: 'from 1979 to 1989', iso: '1979/1989', start: '1979-01-01', end: '1990-01-01', granularity: 'year' }] },
  { text: 'Trump returned to the presidency in early 2025.', published: P, expect: [{ text: 'early 2025', iso: '2025', start: '2025-01-01', end: '2025-05-01', granularity: 'year', mod: 'early' }] },
  { text: 'forum in Saint Petersburg in 2022 and 2024, and', published: P, expect: [{ text: '2022', iso: '2022', granularity: 'year' }, { text: '2024', iso: '2024', granularity: 'year' }] },
  { text: 'met Russian Foreign Minister Sergey Lavrov in Moscow last October.', published: P, expect: [{ text: 'last October', iso: '2024-10', start: '2024-10-01', end: '2024-11-01', granularity: 'month', relative: true }] },
  { text: 'after a meeting in Kabul on Thursday between', published: P, expect: [{ text: 'Thursday', iso: '2025-07-03', start: '2025-07-03', end: '2025-07-04', granularity: 'day', relative: true }] },
  { text: 'has shifted drastically over the last two decades, from', published: P, expect: [{ text: 'last two decades', iso: '2005-07-04/2025-07-03', start: '2005-07-04', end: '2025-07-04', granularity: 'decade', relative: true }] },
  { text: 'Since 2021, Taliban decrees have:', published: P, expect: [{ text: 'Since 2021', iso: '2021', start: '2021-01-01', end: undefined, granularity: 'year', mod: 'since' }] },
  { text: 'In April 2025, Russia made a significant move', published: P, expect: [{ text: 'April 2025', iso: '2025-04', granularity: 'month' }] },
  { text: 'a move following its April decision to lift', published: P, expect: [{ text: 'April', iso: '2025-04', granularity: 'month' }] },

  // ---- Full dates, month-year, month, year, weekday
  { text: 'signed on 3 April 2025 in Doha', expect: [{ text: '3 April 2025', iso: '2025-04-03', start: '2025-04-03', end: '2025-04-04', granularity: 'day' }] },
  { text: 'signed on April 3, 2025 in Doha', expect: [{ text: 'April 3, 2025', iso: '2025-04-03', granularity: 'day' }] },
  { text: 'signed on April 3rd', published: P, expect: [{ text: 'April 3rd', iso: '2025-04-03', start: '2025-04-03', end: '2025-04-04', granularity: 'day', relative: true }] },
  { text: 'signed on April 3rd', expect: [{ text: 'April 3rd', iso: 'XXXX-04-03', start: undefined, end: undefined, granularity: 'day' }] },
  { text: 'On Jan. 1, 2024, the law took effect.', expect: [{ text: 'Jan. 1, 2024', iso: '2024-01-01', granularity: 'day' }] },
  { text: 'the 1st of January 2024', expect: [{ text: 'the 1st of January 2024', iso: '2024-01-01', granularity: 'day' }] },
  { text: 'Monday, January 1, 2024 was cold', expect: [{ text: 'Monday, January 1, 2024', iso: '2024-01-01', granularity: 'day' }] },
  { text: 'filed 2025-04-03.', expect: [{ text: '2025-04-03', iso: '2025-04-03', granularity: 'day' }] },
  { name: 'numeric dates are month-first when both parts could be a month', text: 'dated 03/04/2025', expect: [{ text: '03/04/2025', iso: '2025-03-04', granularity: 'day' }] },
  { name: 'numeric dates are day-first when the first part cannot be a month', text: 'dated 21/04/2016', expect: [{ text: '21/04/2016', iso: '2016-04-21', granularity: 'day' }] },
  { text: 'Eli Lilly sold IVAC on Dec. 31 , 1994', expect: [{ text: 'Dec. 31 , 1994', iso: '1994-12-31', granularity: 'day' }] },
  { text: 'in Aug. 2021 the city fell', expect: [{ text: 'Aug. 2021', iso: '2021-08', start: '2021-08-01', end: '2021-09-01', granularity: 'month' }] },
  { name: 'bare month before the publication month is this year', text: 'prices rose in April', published: '2025-07-04', expect: [{ text: 'April', iso: '2025-04', granularity: 'month' }] },
  { name: 'bare month after the publication month is the nearest one, next month', text: 'prices rose in April', published: '2025-03-10', expect: [{ text: 'April', iso: '2025-04', start: '2025-04-01', end: '2025-05-01', granularity: 'month' }] },
  { text: 'invaded Afghanistan in 1979, triggering', expect: [{ text: '1979', iso: '1979', start: '1979-01-01', end: '1980-01-01', granularity: 'year' }] },
  { text: 'the talks on Thursday', expect: [{ text: 'Thursday', iso: 'XXXX-WXX-4', start: undefined, end: undefined, granularity: 'day', relative: true }] },
  { name: 'a weekday equal to the publication day is that day', text: 'it happened on Friday', published: P, expect: [{ text: 'Friday', iso: '2025-07-04', granularity: 'day' }] },
  { text: 'May 5 was chosen', published: P, expect: [{ text: 'May 5', iso: '2025-05-05', granularity: 'day' }] },
  { text: 'In May, prices rose.', published: P, expect: [{ text: 'May', iso: '2025-05', granularity: 'month' }] },
  { text: 'the holiday on the 4th of July', published: P, expect: [{ text: 'the 4th of July', iso: '2025-07-04', granularity: 'day' }] },
  { text: 'the July 4th parade', published: '2025-07-03', expect: [{ text: 'July 4th', iso: '2025-07-04', granularity: 'day' }] },
  { text: 'born on Feb 29', published: P, expect: [{ text: 'Feb 29', iso: '2024-02-29', granularity: 'day' }] },
  { name: 'impossible dates keep their label but no interval', text: '2/29/2019', expect: [{ text: '2/29/2019', iso: '2019-02-29', start: undefined, end: undefined, granularity: 'day' }] },
  { text: 'in two thousand and twenty', expect: [{ text: 'two thousand and twenty', iso: '2020', granularity: 'year' }] },

  // ---- Ranges
  { text: 'between 2019 and 2021', expect: [{ text: 'between 2019 and 2021', iso: '2019/2021', start: '2019-01-01', end: '2022-01-01', granularity: 'year' }] },
  { text: 'the war of 1979-1989', expect: [{ text: '1979-1989', iso: '1979/1989', start: '1979-01-01', end: '1990-01-01', granularity: 'year' }] },
  { text: 'the 1979-89 war', expect: [{ text: '1979-89', iso: '1979/1989', start: '1979-01-01', end: '1990-01-01', granularity: 'year' }] },
  { text: 'the 2020-21 season', expect: [{ text: '2020-21', iso: '2020/2021', granularity: 'year' }] },
  { text: 'April to June 2025', expect: [{ text: 'April to June 2025', iso: '2025-04/2025-06', start: '2025-04-01', end: '2025-07-01', granularity: 'month' }] },
  { text: 'from December to February 2025', expect: [{ text: 'from December to February 2025', iso: '2024-12/2025-02', start: '2024-12-01', end: '2025-03-01', granularity: 'month' }] },
  { text: 'held March 3-5, 2024 in Geneva', expect: [{ text: 'March 3-5, 2024', iso: '2024-03-03/2024-03-05', start: '2024-03-03', end: '2024-03-06', granularity: 'day' }] },
  { text: 'between now and November 15th', published: '2019-04-23', expect: [{ text: 'between now and November 15th', iso: '2019-04-23/2019-11-15', start: '2019-04-23', end: '2019-11-16', granularity: 'day' }] },
  { text: 'from 2015 onwards', expect: [{ text: 'from 2015 onwards', iso: '2015', start: '2015-01-01', end: undefined, granularity: 'year', mod: 'since' }] },

  // ---- Quarters, halves, early/mid/late, decades, centuries
  { text: 'the third quarter of 2026', expect: [{ text: 'the third quarter of 2026', iso: '2026-Q3', start: '2026-07-01', end: '2026-10-01', granularity: 'quarter' }] },
  { text: 'results for Q3 2026', expect: [{ text: 'Q3 2026', iso: '2026-Q3', start: '2026-07-01', end: '2026-10-01', granularity: 'quarter' }] },
  { text: 'Q3 results beat forecasts', published: P, expect: [{ text: 'Q3', iso: '2025-Q3', granularity: 'quarter' }] },
  { text: 'the first half of 2025', expect: [{ text: 'the first half of 2025', iso: '2025-H1', start: '2025-01-01', end: '2025-07-01', granularity: 'half' }] },
  { text: '2019 H2 will bring challenges', expect: [{ text: '2019 H2', iso: '2019-H2', start: '2019-07-01', end: '2020-01-01', granularity: 'half' }] },
  { text: 'since mid-2024', expect: [{ text: 'since mid-2024', iso: '2024', start: '2024-05-01', end: undefined, granularity: 'year', mod: 'since' }] },
  { text: 'prices peaked in mid-2024', expect: [{ text: 'mid-2024', iso: '2024', start: '2024-05-01', end: '2024-09-01', granularity: 'year', mod: 'mid' }] },
  { text: 'in late 2023', expect: [{ text: 'late 2023', iso: '2023', start: '2023-09-01', end: '2024-01-01', granularity: 'year', mod: 'late' }] },
  { text: 'by mid-April', published: P, expect: [{ text: 'by mid-April', iso: '2025-04', start: undefined, end: '2025-04-21', granularity: 'month', mod: 'by' }] },
  { text: 'in mid-April', published: P, expect: [{ text: 'mid-April', iso: '2025-04', start: '2025-04-11', end: '2025-04-21', granularity: 'month', mod: 'mid' }] },
  { text: 'late last year', published: P, expect: [{ text: 'late last year', iso: '2024', start: '2024-09-01', end: '2025-01-01', granularity: 'year', mod: 'late' }] },
  { text: 'music of the \u201990s', expect: [{ text: 'the \u201990s', iso: '199X', granularity: 'decade' }] },
  { text: 'in the early 1990s', expect: [{ text: 'the early 1990s', iso: '199X', start: '1990-01-01', end: '1994-01-01', granularity: 'decade', mod: 'early' }] },
  { text: 'the 19th century', expect: [{ text: 'the 19th century', iso: '18XX', start: '1800-01-01', end: '1900-01-01', granularity: 'century' }] },

  // ---- Relative expressions
  { text: 'this month', published: P, expect: [{ text: 'this month', iso: '2025-07', start: '2025-07-01', end: '2025-08-01', granularity: 'month', relative: true }] },
  { text: 'earlier this month', published: P, expect: [{ text: 'earlier this month', iso: '2025-07', start: '2025-07-01', end: '2025-07-04', granularity: 'month' }] },
  { text: 'last year', published: P, expect: [{ text: 'last year', iso: '2024', start: '2024-01-01', end: '2025-01-01', granularity: 'year', relative: true }] },
  { text: 'next year', published: P, expect: [{ text: 'next year', iso: '2026', start: '2026-01-01', end: '2027-01-01', granularity: 'year' }] },
  { text: 'four years ago', expect: [{ text: 'four years ago', iso: 'XXXX', start: undefined, end: undefined, granularity: 'year', relative: true }] },
  { text: 'two decades ago', published: P, expect: [{ text: 'two decades ago', iso: '2005', start: '2005-01-01', end: '2006-01-01', granularity: 'year', mod: 'approx' }] },
  { text: 'yesterday', published: P, expect: [{ text: 'yesterday', iso: '2025-07-03', start: '2025-07-03', end: '2025-07-04', granularity: 'day' }] },
  { text: 'today', published: P, expect: [{ text: 'today', iso: '2025-07-04', granularity: 'day', relative: true }] },
  { text: 'tomorrow', published: P, expect: [{ text: 'tomorrow', iso: '2025-07-05', granularity: 'day' }] },
  { text: 'the day after tomorrow', published: P, expect: [{ text: 'the day after tomorrow', iso: '2025-07-06', granularity: 'day' }] },
  { text: 'last week', published: P, expect: [{ text: 'last week', iso: '2025-W26', start: '2025-06-23', end: '2025-06-30', granularity: 'week' }] },
  { text: 'next week', published: P, expect: [{ text: 'next week', iso: '2025-W28', start: '2025-07-07', end: '2025-07-14', granularity: 'week' }] },
  { text: 'see you this friday', published: '2025-07-02', expect: [{ text: 'this friday', iso: '2025-07-04', granularity: 'day' }] },
  { name: 'next weekday means the one in the following week', text: 'next Tuesday', published: P, expect: [{ text: 'next Tuesday', iso: '2025-07-08', granularity: 'day' }] },
  { text: 'last Sunday', published: P, expect: [{ text: 'last Sunday', iso: '2025-06-29', granularity: 'day' }] },
  { text: 'Sales for the past two quarters', published: '2019-07-04', expect: [{ text: 'past two quarters', iso: '2019-Q1/2019-Q2', start: '2019-01-01', end: '2019-07-01', granularity: 'quarter' }] },
  { text: 'Sales for last quarter', published: '2019-01-28', expect: [{ text: 'last quarter', iso: '2018-Q4', start: '2018-10-01', end: '2019-01-01', granularity: 'quarter' }] },
  { name: 'story-relative phrases stay unresolved', text: 'two days later, the next day', published: P, expect: [{ text: 'two days later', iso: 'XXXX-XX-XX', start: undefined, granularity: 'day', relative: true }, { text: 'the next day', iso: 'XXXX-XX-XX', start: undefined, granularity: 'day' }] },
  { text: 'the week of March 3', published: P, expect: [{ text: 'the week of March 3', iso: '2025-W10', start: '2025-03-03', end: '2025-03-10', granularity: 'week' }] },
  { text: 'the first week of 2019', expect: [{ text: 'the first week of 2019', iso: '2019-W01', start: '2018-12-31', end: '2019-01-07', granularity: 'week' }] },

  // ---- Prepositions
  { text: 'by March 2024', expect: [{ text: 'by March 2024', iso: '2024-03', start: undefined, end: '2024-04-01', granularity: 'month', mod: 'by' }] },
  { text: 'before 2020', expect: [{ text: 'before 2020', iso: '2020', start: undefined, end: '2020-01-01', granularity: 'year', mod: 'before' }] },
  { text: 'after 2019', expect: [{ text: 'after 2019', iso: '2019', start: '2020-01-01', end: undefined, granularity: 'year', mod: 'after' }] },
  { text: 'since 2021', expect: [{ text: 'since 2021', iso: '2021', start: '2021-01-01', end: undefined, granularity: 'year', mod: 'since' }] },
  { text: 'until 2030', expect: [{ text: 'until 2030', iso: '2030', start: undefined, end: '2031-01-01', granularity: 'year', mod: 'by' }] },
  { text: 'by the end of 2025', expect: [{ text: 'by the end of 2025', iso: '2025', start: undefined, end: '2026-01-01', granularity: 'year', mod: 'by' }] },
  { text: 'before the end of December', published: P, expect: [{ text: 'before the end of December', iso: '2025-12', end: '2026-01-01', granularity: 'month', mod: 'by' }] },
  { text: 'circa 1850', expect: [{ text: 'circa 1850', iso: '1850', granularity: 'year', mod: 'approx' }] },

  // ---- Other forms
  { text: 'on Christmas Day 2024', expect: [{ text: 'Christmas Day 2024', iso: '2024-12-25', granularity: 'day' }] },
  { text: 'FY2025 results', expect: [{ text: 'FY2025', iso: '2025', granularity: 'year' }] },
  { text: 'during the summer of 2024', expect: [{ text: 'the summer of 2024', iso: '2024-SU', start: '2024-06-01', end: '2024-09-01', granularity: 'quarter' }] },
  { text: 'Show sales in the week 31', published: '2018-07-02', expect: [{ text: 'week 31', iso: '2018-W31', start: '2018-07-30', end: '2018-08-06', granularity: 'week' }] },

  { name: 'dotted numeric dates are day-first', text: 'published 04.07.2025', expect: [{ text: '04.07.2025', iso: '2025-07-04', granularity: 'day' }] },
  { text: 'the Oct. 7 attack', published: P, expect: [{ text: 'Oct. 7', iso: '2025-10-07', granularity: 'day', relative: true }] },
  { text: 'from Monday to Wednesday', published: P, expect: [{ text: 'from Monday to Wednesday', iso: '2025-06-30/2025-07-02', start: '2025-06-30', end: '2025-07-03', granularity: 'day' }] },
  { text: 'since last October', published: P, expect: [{ text: 'since last October', iso: '2024-10', start: '2024-10-01', end: undefined, granularity: 'month', mod: 'since' }] },
  { text: 'founded in the late 1800s', expect: [{ text: 'the late 1800s', iso: '18XX', start: '1867-01-01', end: '1900-01-01', granularity: 'century', mod: 'late' }] },
  { text: 'its 2023 annual report', expect: [{ text: '2023', iso: '2023', granularity: 'year' }] },
  { text: 'the 2024 floods', expect: [{ text: '2024', iso: '2024', granularity: 'year' }] },

  // ---- Negatives
  { text: 'destroyed 2,000 houses', expect: [] },
  { text: 'paid $2021 in fees', expect: [] },
  { text: 'killed 1979 people', expect: [] },
  { text: 'they may go home', expect: [] },
  { text: 'a protest march through the city', expect: [] },
  { text: 'The Employer may, at its discretion, require you to perform duties and may at its discretion amend your Job Description.', expect: [] },
  { text: 'a second wave of transformation', expect: [] },
  { text: 'the meeting starts at 10:30', expect: [] },
  { text: 'the vote was 4.22 percent', expect: [] },
  { text: 'Theresa May said she would resign', expect: [] },
  { text: 'round-the-clock 24/7 coverage', expect: [] },
  { text: 'a man in his 90s', expect: [] },
  { text: 'at the end of the day, it worked', expect: [] },
  { text: 'Latitude: 40.1693, 1666.90125 BRL', expect: [] },
  { text: 'the score was 7-6 and 6-4; two thirds is 2/3 of voters', expect: [] },
  { text: 'scored in the first half', expect: [] },
  { text: 'The Sunday Times and Super Tuesday', expect: [] },
  { text: 'April Ryan asked a question', expect: [] },
  { text: 'about 2000 protesters gathered', expect: [] },
  { text: 'call 555-2021 or room 1979', expect: [] },
];

function check(got: DateMatch[], exp: Exp[]): void {
  expect(got.map((g) => g.text)).toEqual(exp.map((e) => e.text));
  exp.forEach((e, k) => {
    const v = (got[k] as DateMatch).value;
    expect(v.iso, `${e.text} iso`).toBe(e.iso);
    expect(v.granularity, `${e.text} granularity`).toBe(e.granularity);
    for (const key of ['start', 'end', 'mod', 'relative'] as const) {
      if (key in e) expect(v[key], `${e.text} ${key}`).toBe(e[key]);
    }
  });
}

describe('extractDates table', () => {
  it('has at least 70 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(70);
  });
  for (const c of CASES) {
    it(`${c.name ?? c.text}${c.published ? ` @${c.published}` : ''}`, () => {
      check(extractDates(c.text, c.published), c.expect);
    });
  }
});

/** Plain checks (not one expect() per match) so large outputs stay cheap to validate. */
function assertValid(input: string, got: DateMatch[]): void {
  let last = 0;
  for (const m of got) {
    const ok =
      Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= last && m.end > m.start &&
      m.end <= input.length && m.text === input.slice(m.start, m.end);
    if (!ok) throw new Error(`bad span ${JSON.stringify(m)} after ${last} in input of length ${input.length}`);
    last = m.end;
  }
}

describe('anchoring', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it('never reads the system clock', () => {
    const text = 'last October, in April, on Thursday, yesterday, four years ago, next week, this month';
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    const a = extractDates(text, P);
    const a0 = extractDates(text);
    vi.setSystemTime(new Date('2039-06-15T12:00:00Z'));
    expect(extractDates(text, P)).toEqual(a);
    expect(extractDates(text)).toEqual(a0);
    for (const m of a0) {
      expect(m.value.start).toBeUndefined();
      expect(m.value.end).toBeUndefined();
      expect(m.value.relative).toBe(true);
    }
  });
  it('treats a malformed publication date as absent', () => {
    expect(extractDates('in April', 'not-a-date')[0]?.value.iso).toBe('XXXX-04');
  });
});

// Speed is measured by `npm run bench` (hostile inputs, per-MB time against normal text); no test here
// depends on the machine's speed. A super-linear rule would still fail these by running past the
// generous timeout, which normal runs stay far below.
describe('hostile input', () => {
  const n = 200_000;
  const make = (unit: string): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const read = (s: string): void => assertValid(s, extractDates(s, P));

  it('reads 200 KB runs of periods, spaces, digits with commas, capitalised words and quotes into valid spans', { timeout: 120_000 }, () => {
    const inputs = [
      make('.'),
      make(' '),
      make('1,2'),
      make('12,345,'),
      make('April May June July August March '),
      make('"'),
      make('“’”'),
      make('April. 1,979, "May" 2021- June \'\u2019 '),
    ];
    for (const s of inputs) read(s);
  });

  it('reads 200 KB runs built to keep every rule busy into valid spans', { timeout: 120_000 }, () => {
    const inputs = [
      '2021-', '1/2/', 'Jan. Feb. Mar. Apr. ', "'", 'the the ', 'from 2019 to ', 'between between and ',
      'early mid late end of ', 'last next this ', 'Monday Tuesday, ', '1st 2nd 3rd 4th of ', '2019 ', "'90s ",
      'a a a ', 'since by before after ', 'the first quarter of the ', '3 May 2021 to ',
    ];
    // Linear work here is about 0.1 s each; anything super-linear would take minutes.
    for (const u of inputs) read(make(u));
  });
});

describe('properties', () => {
  it('never throws and returns valid, ordered, non-overlapping spans for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.option(fc.constantFrom(P, '2019-02-28', '2000-12-31'), { nil: undefined }), (s, pub) => {
        assertValid(s, extractDates(s, pub));
      }),
      { numRuns: 500 },
    );
  });
  it('also for strings built from date-like pieces', () => {
    const piece = fc.constantFrom(
      'April', 'may', 'March', 'Jan', '.', ',', '-', '/', "'", '’', ' ', ' ', '2021', '1979', '89', '3', '21st', '12',
      'the', 'of', 'to', 'and', 'from', 'between', 'since', 'by', 'before', 'early', 'mid', 'late', 'end', 'last',
      'next', 'this', 'week', 'year', 'years', 'ago', 'Thursday', 'on', 'in', 'Q3', 'H1', 'first', 'quarter', 'half',
      '1990s', 's', 'century', '19th', 'today', 'two', 'decades', '$', '%', ':', '(', ')',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.option(fc.constant(P), { nil: undefined }), (parts, pub) => {
        const s = parts.join('');
        const got = extractDates(s, pub);
        assertValid(s, got);
        for (const m of got) {
          const v = m.value;
          if (v.start !== undefined) expect(v.start).toMatch(/^\d{4}-\d\d-\d\d$/);
          if (v.end !== undefined) expect(v.end).toMatch(/^\d{4}-\d\d-\d\d$/);
          if (v.start !== undefined && v.end !== undefined) expect(v.start < v.end).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
