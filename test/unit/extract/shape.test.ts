import { describe, expect, it } from 'vitest';
import { extractNumerics } from '../../../src/extract/numbers/index.js';
import { extractNames } from '../../../src/extract/names.js';
import { findMeasure, shapeOf } from '../../../src/extract/shape/index.js';
import { tokenize } from '../../../src/extract/words.js';
import { extractDates } from '../../../src/extract/dates/index.js';

/** The figure `figure` of `sentence`, as the figure scanner finds it. */
function figureOf(sentence: string, figure: string) {
  const at = sentence.indexOf(figure);
  const found = extractNumerics(sentence).find((m) => m.start <= at && m.end >= at + figure.length);
  if (!found) throw new Error(`no figure "${figure}" in: ${sentence}`);
  return found;
}

function measureOf(sentence: string, figure: string) {
  const f = figureOf(sentence, figure);
  return findMeasure(sentence, f.start, f.end, f.noun?.text ?? null);
}

function shape(sentence: string, figure: string, published: string | null = '2025-06-24') {
  const f = figureOf(sentence, figure);
  const tokens = tokenize(sentence);
  const names = extractNames(sentence, 0, tokens).map((m) => ({ start: m.start, end: m.end, type: m.type, key: m.value.key }));
  const dates = extractDates(sentence, published ?? undefined).map((d) => ({ start: d.start, end: d.end, value: d.value }));
  return shapeOf({ sentence, tokens, start: f.start, end: f.end, value: f.value, noun: f.noun?.text ?? null, names, dates, reference: published, carried: null });
}

// Sentences written here in the shapes news pages use; none is copied from an article.
describe('what a figure measures', () => {
  const cases: { text: string; figure: string; measure: string | null; qualifier?: string | null }[] = [
    { text: 'The death toll from the quake rose to 61 on Wednesday.', figure: '61', measure: 'deaths' },
    { text: 'The number of formal complaints about the first round rose to 187.', figure: '187', measure: 'complaint' },
    { text: 'The number of investors who say they lost money in the fraud rose to 412 on Friday.', figure: '412', measure: 'investor' },
    { text: 'Carrow said shareholder support for the deal rose to 34% of the stock.', figure: '34%', measure: 'support' },
    { text: 'Turnout was 58% in the capital.', figure: '58%', measure: 'turnout' },
    { text: 'The storm killed 12 people.', figure: '12', measure: 'deaths' },
    { text: 'At least 30 people are believed to be dead after the flood.', figure: 'At least 30', measure: 'deaths' },
    { text: 'Officials said at least 9 people have been reported missing near the river.', figure: 'at least 9', measure: 'missing' },
    { text: 'The ministry said 410 Chileans had been killed and 2,100 injured.', figure: '410', measure: 'deaths' },
    { text: 'The ministry said 410 Chileans had been killed and 2,100 injured.', figure: '2,100', measure: 'injured' },
    { text: 'The dead include 120 civilians, 80 soldiers and 12 others.', figure: '120', measure: 'deaths', qualifier: 'civilian' },
    { text: 'Rescuers reported 18 fatalities and 240 injuries on Monday.', figure: '18', measure: 'deaths' },
    { text: 'The Ridge Fire was 40% contained by Tuesday night.', figure: '40%', measure: 'contain' },
    { text: "It has burned 3,000 acres and is at 15% containment.", figure: '15%', measure: 'containment' },
    { text: 'The Green Party won 11.2% of the vote.', figure: '11.2%', measure: 'votes' },
    { text: 'Acme shares rose as much as 3.1% to a record high.', figure: '3.1%', measure: 'share' },
    { text: 'The startup raised $2 billion in a funding round led by two banks.', figure: '$2 billion', measure: 'funding' },
    { text: 'Investors valued the company at $90 billion.', figure: '$90 billion', measure: 'value' },
    { text: 'The chipmaker reached a $2 trillion market value on Monday.', figure: '$2 trillion', measure: 'value' },
    { text: 'Under the deal, holders receive a premium of 22 percent.', figure: '22 percent', measure: 'premium' },
    { text: 'The firm, which employs 2,400 people, makes pumps.', figure: '2,400', measure: 'employees' },
    { text: 'Her deputy was jailed for four years.', figure: 'four years', measure: 'sentence' },
  ];
  for (const c of cases) {
    it(c.text + ` [${c.figure}]`, () => {
      const m = measureOf(c.text, c.figure);
      expect(m.measure).toBe(c.measure);
      if (c.qualifier !== undefined) expect(m.qualifier).toBe(c.qualifier);
    });
  }
});

describe('whose figure it is', () => {
  const cases: { text: string; figure: string; owner: string | null }[] = [
    { text: "Freedonia's health ministry reported 410 deaths on Tuesday.", figure: '410', owner: 'freedonia' },
    { text: 'The toll from strikes across Freedonia has reached 410, the ministry said.', figure: '410', owner: 'freedonia' },
    { text: 'Officials confirmed 31 deaths in Sylvania and 12 in Freedonia.', figure: '31', owner: 'sylvania' },
    { text: 'The Ridge Fire, near Pine Hollow, has burned 3,000 acres.', figure: '3,000 acres', owner: 'ridge fire' },
    { text: 'A rights group based in Geneva said it had counted 702 fatalities in Freedonia.', figure: '702', owner: 'freedonia' },
    { text: 'The Ridge and Canyon fires have destroyed 900 structures.', figure: '900', owner: null },
    { text: 'The Civic Party won 78 of the 150 seats.', figure: '150', owner: null },
    { text: 'Her deputy, Ana Pereira, who was jailed for four years, will not appeal.', figure: 'four years', owner: 'ana pereira' },
  ];
  for (const c of cases) it(c.text + ` [${c.figure}]`, () => expect(shape(c.text, c.figure).owner).toBe(c.owner));
});

describe('when a figure holds', () => {
  it('takes a day in its clause near the article date as the time it is reported for', () => {
    expect(shape('As of Sunday night, 24 people had died.', '24', '2025-01-13').time).toBe('2025-01-12');
  });
  it("falls back to the article's date", () => {
    expect(shape('At least 24 people have died.', 'At least 24', '2025-01-13').time).toBe('2025-01-13');
  });
  it('ties a figure to an earlier event by a year in its clause', () => {
    expect(shape('The 2005 storm killed 1,392 people.', '1,392', '2024-10-01').era).toBe('2005');
  });
  it('does not take a date set off by commas or in a relative clause', () => {
    expect(shape('The firm, founded in 2014, has 1,200 staff.', '1,200', '2024-10-01').era).toBeNull();
    expect(shape('He was found guilty on 12 counts at a trial that began in May 2023.', '12', '2024-10-01').era).toBeNull();
  });
  it('reads "the previous election" before a figure as an earlier event', () => {
    expect(shape('Turnout was well above the previous election, when turnout was 58 percent.', '58 percent', '2024-10-01').era).toBe('earlier');
  });
  it('gives the whole of "78 of the 150 seats" a qualifier of its own', () => {
    expect(shape('The Civic Party won 78 of the 150 seats.', '150').qualifier).toBe('whole');
  });
  it('measures a figure in physical units by its dimension', () => {
    expect(shape('The fire has scorched nearly 24,000 acres.', 'nearly 24,000 acres').measure).toBe('area');
  });
});
