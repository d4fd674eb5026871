import { describe, expect, it } from 'vitest';
import { findSubject } from '../../../src/extract/context.js';

/** The subject of the figure `figure` in `sentence`. */
function subjectOf(sentence: string, figure: string): string | null {
  const start = sentence.indexOf(figure);
  return findSubject(sentence, start, start + figure.length);
}

describe('what a figure is about', () => {
  const cases: { text: string; figure: string; subject: string | null }[] = [
    { text: 'The death toll from the quake rose to 61 on Wednesday.', figure: '61', subject: 'deaths' },
    { text: 'The number of formal complaints about the first round rose to 187.', figure: '187', subject: 'complaint' },
    { text: 'The number of investors who say they lost money in the fraud rose to 412 on Friday.', figure: '412', subject: 'investor' },
    { text: 'Carrow said shareholder support for the deal rose to 34% of the stock.', figure: '34%', subject: 'support' },
    { text: 'Turnout was 58% in the capital.', figure: '58%', subject: 'turnout' },
    { text: 'The storm killed 12 people.', figure: '12', subject: 'deaths' },
  ];
  for (const c of cases) it(c.text, () => expect(subjectOf(c.text, c.figure)).toBe(c.subject));
});
