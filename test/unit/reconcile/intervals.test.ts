import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { extractNumerics } from '../../../src/extract/numbers/index.js';
import { datesCompatible, isScaleSlip, isSpellingVariant, numbersCompatible } from '../../../src/reconcile/index.js';
import { spellingKey } from '../../../src/reconcile/intervals.js';

function date(text: string, published?: string) {
  const m = extractDates(text, published)[0];
  if (!m) throw new Error(`no date in ${text}`);
  return m.value;
}
function figure(text: string) {
  const m = extractNumerics(text)[0];
  if (!m) throw new Error(`no figure in ${text}`);
  return m.value;
}

describe('dates compare by interval', () => {
  const cases: [string, string, boolean, string?][] = [
    ['in April', 'in April 2025', true],
    ['in April', 'in May 2025', false],
    ['in April 2025', 'in April 2024', false],
    ['in August 2021', 'in 2021', true],
    ['in the first quarter of 2024', 'by March 2024', true],
    ['in the first quarter of 2024', 'in May 2024', false],
    ['from 1979 to 1989', 'in 1979', true],
    ['from 1979 to 1989', 'in 1991', false],
    ['on 12 March 2024', 'on Tuesday, March 12, 2024', true],
    ['on Thursday', 'on Tuesday', false],
    ['on Thursday', 'on Thursday', true],
    ['in the 1990s', 'in 1996', true],
    ['in early 2025', 'in March 2025', true],
    ['in early 2025', 'in October 2025', false],
  ];
  for (const [a, b, ok] of cases) it(`${a} ${ok ? 'fits' : 'does not fit'} ${b}`, () => expect(datesCompatible(date(a), date(b))).toBe(ok));
  it('"in April" with a known publication date is the April nearest it (the sentence\'s tense may move it later)', () => {
    expect(date('in April', '2025-03-10').iso).toBe('2025-04');
    expect(date('in April', '2025-09-10').iso).toBe('2025-04');
  });
});

describe('figures compare by interval', () => {
  const cases: [string, string, boolean][] = [
    ['about 250 people', 'more than 200 people', true],
    ['roughly $9 billion', 'billions of dollars', true],
    ['at least 30 people', '34 people', true],
    ['$1.6bn', '$1.6 billion', true],
    ['nearly four years', 'four years', true],
    ['$40 million', '$4 million', false],
    ['48 people', '52 people', false],
    ['more than 200 people', '150 people', false],
    ['25 kilometers', '25 km', true],
    ['$9 billion', '€9 billion', false],
    ['up to 300 people', '250 people', true],
    ['2,000 houses', '1,960 houses', false],
    ['nearly 2,000 houses', '1,960 houses', true],
  ];
  for (const [a, b, ok] of cases) it(`${a} ${ok ? 'fits' : 'does not fit'} ${b}`, () => expect(numbersCompatible(figure(a), figure(b))).toBe(ok));
});

describe('conflict kinds', () => {
  it('sees a factor of ten as a slip of scale', () => {
    expect(isScaleSlip(figure('$40 million'), figure('$4 million'))).toBe(true);
    expect(isScaleSlip(figure('8.4 million voters'), figure('840,000 voters'))).toBe(true);
    expect(isScaleSlip(figure('48 people'), figure('52 people'))).toBe(false);
  });
  const names: [string, string, boolean][] = [
    ['anna johansson', 'anna johanson', true],
    ['conrad mebius', 'conrad moebius', true],
    ['amir khan muttaqi', 'amir khan mutaqi', true],
    ['sergey lavrov', 'vladimir putin', false],
    ['ali', 'aly', false],
    ['dmitry zhirnov', 'zamir kabulov', false],
  ];
  for (const [a, b, ok] of names) it(`${a} / ${b} ${ok ? 'is' : 'is not'} a spelling variant`, () => expect(isSpellingVariant(a, b)).toBe(ok));
});

// Names written here in the shapes transliterations take; each pair is one person.
describe('transliterations and joined forms are one name', () => {
  const same: [string, string][] = [
    ['oleksandr petrensky', 'oleksandr petrenskyy'],
    ['oleksandr petrensky', 'oleksandr petrenskiy'],
    ['dmitry orlov', 'dmitri orlov'],
    ['ravi shankar patel', 'ravishankar patel'],
    ['ali-reza moghaddam', 'ali reza mogaddam'],
    ['hossein qasemi', 'hossein ghasemi'],
    ['yusuf khalidi', 'yusuf kalidi'],
    ['state security services', 'state security service'],
  ];
  for (const [a, b] of same) it(`${a} = ${b}`, () => expect(spellingKey(a)).toBe(spellingKey(b)));
  const different: [string, string][] = [
    ['marta feldmann', 'marta feldman'],
    ['teodor malvik', 'teodor malvick'],
    ['iran', 'iraq'],
    ['anna johansson', 'anna johanson'],
  ];
  for (const [a, b] of different) it(`${a} ≠ ${b}`, () => expect(spellingKey(a)).not.toBe(spellingKey(b)));
});

describe('known places are not misspellings of each other', () => {
  it('Iran and Iraq, Siberia and Siberian are different words', () => {
    expect(isSpellingVariant('iran', 'iraq')).toBe(false);
    expect(isSpellingVariant('siberia', 'siberian')).toBe(false);
  });
});
