import { describe, expect, it } from 'vitest';
import { extractNumerics, type Hedge, type NumericMatch, type NumericType, type NumericValue } from '../../../src/extract/numbers/index.js';

interface Exp {
  text: string;
  type: NumericType;
  amount?: number;
  min?: number | null;
  max?: number | null;
  /** null asserts that no hedge is set */
  hedge?: Hedge | null;
  currency?: string;
  unit?: string;
  days?: number;
  precision?: number;
  /** null asserts that no noun is set */
  noun?: string | null;
}
interface Case {
  text: string;
  expect: Exp[];
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function check(input: string, got: NumericMatch[], want: Exp[]): void {
  const show = got.map((m) => `${m.type}:${JSON.stringify(m.text)}`).join(', ');
  expect(got.length, `matches in ${JSON.stringify(input)}: ${show}`).toBe(want.length);
  want.forEach((w, i) => {
    const m = got[i];
    const ctx = `${JSON.stringify(input)} #${i} ${JSON.stringify(m.text)} ${JSON.stringify(m.value)}`;
    expect(m.text, ctx).toBe(w.text);
    expect(m.type, ctx).toBe(w.type);
    expect(m.text, ctx).toBe(input.slice(m.start, m.end));
    const v = m.value;
    const num = (k: 'amount' | 'precision' | 'days', e: number | undefined): void => {
      if (e === undefined) return;
      const g = v[k];
      expect(g !== undefined && close(g, e), `${ctx} ${k}=${g} want ${e}`).toBe(true);
    };
    const bound = (k: 'min' | 'max', e: number | null | undefined): void => {
      if (e === undefined) return;
      const g = v[k];
      if (e === null) expect(g, `${ctx} ${k}`).toBeNull();
      else expect(g !== null && close(g, e), `${ctx} ${k}=${g} want ${e}`).toBe(true);
    };
    num('amount', w.amount);
    num('precision', w.precision);
    num('days', w.days);
    bound('min', w.min);
    bound('max', w.max);
    if (w.hedge === null) expect(v.hedge, ctx).toBeUndefined();
    else if (w.hedge !== undefined) expect(v.hedge, ctx).toBe(w.hedge);
    if (w.currency !== undefined) expect(v.currency, ctx).toBe(w.currency);
    if (w.unit !== undefined) expect(v.unit, ctx).toBe(w.unit);
    if (w.noun === null) expect(m.noun, ctx).toBeUndefined();
    else if (w.noun !== undefined) {
      expect(m.noun?.text, ctx).toBe(w.noun);
      if (m.noun) expect(input.slice(m.noun.start, m.noun.end)).toBe(m.noun.text);
    }
  });
}

const B = 1e9;
const M = 1e6;

// ---------------------------------------------------------------- table
const CASES: Case[] = [
  // --- the brief's anchor examples
  { text: 'roughly $9 billion in Afghan assets remain frozen', expect: [{ text: 'roughly $9 billion', type: 'money', amount: 9 * B, min: 8.1 * B, max: 9.9 * B, hedge: 'approximately', currency: 'USD', precision: B }] },
  { text: 'triggering a brutal nine-year war', expect: [{ text: 'nine-year', type: 'duration', amount: 9, unit: 'year', days: 9 * 365.25, min: 9, max: 9 }] },
  { text: 'nearly four years after the group seized power', expect: [{ text: 'nearly four years', type: 'duration', amount: 4, min: 3.6, max: 4, hedge: 'nearly', unit: 'year' }] },
  { text: 'more than 200 injured', expect: [{ text: 'more than 200', type: 'number', amount: 200, min: 200, max: 300, hedge: 'more-than', noun: 'injured' }] },
  { text: '48 of the passengers were rescued', expect: [{ text: '48', type: 'number', amount: 48, noun: 'passengers', hedge: null }] },
  { text: 'Washington has frozen billions in Afghanistan’s central bank assets', expect: [{ text: 'billions', type: 'money', amount: 2 * B, min: 2 * B, max: 1e12, hedge: 'vague' }] },
  { text: 'the freezing of billions in Afghan central bank assets', expect: [{ text: 'billions', type: 'money', hedge: 'vague' }] },

  // --- money: symbols, codes, spacing, scales
  { text: 'The $9 billion fund', expect: [{ text: '$9 billion', type: 'money', amount: 9 * B, min: 8.5 * B, max: 9.5 * B, currency: 'USD', hedge: null }] },
  { text: 'a $1.6bn deal', expect: [{ text: '$1.6bn', type: 'money', amount: 1.6 * B, min: 1.55 * B, max: 1.65 * B, precision: 1e8 }] },
  { text: '$ 75 million of general obligation bonds', expect: [{ text: '$ 75 million', type: 'money', amount: 75 * M, currency: 'USD' }] },
  { text: 'national paid siegel and shuster $94,000 to drop all claims', expect: [{ text: '$94,000', type: 'money', amount: 94000, min: 94000, max: 94000, precision: 1 }] },
  { text: 'won a $48.2 million army contract', expect: [{ text: '$48.2 million', type: 'money', amount: 48.2 * M, precision: 1e5 }] },
  { text: 'ranges between c $ 16.4 million', expect: [{ text: 'c $ 16.4 million', type: 'money', amount: 16.4 * M, currency: 'CAD' }] },
  { text: 'sales of C$10 million and A$3bn and HK$ 2 billion', expect: [
    { text: 'C$10 million', type: 'money', currency: 'CAD', amount: 10 * M },
    { text: 'A$3bn', type: 'money', currency: 'AUD', amount: 3 * B },
    { text: 'HK$ 2 billion', type: 'money', currency: 'HKD', amount: 2 * B },
  ] },
  { text: 'a US$5.3m grant and a us $ 150 million loan', expect: [
    { text: 'US$5.3m', type: 'money', currency: 'USD', amount: 5.3 * M, precision: 1e5 },
    { text: 'us $ 150 million', type: 'money', currency: 'USD', amount: 150 * M },
  ] },
  { text: 'The first prize is u.s $ 100,000,000.', expect: [{ text: 'u.s $ 100,000,000', type: 'money', currency: 'USD', amount: 1e8 }] },
  { text: 'It cost €2 million, £8.10m and ¥300 billion.', expect: [
    { text: '€2 million', type: 'money', currency: 'EUR', amount: 2 * M },
    { text: '£8.10m', type: 'money', currency: 'GBP', amount: 8.1 * M, precision: 1e4 },
    { text: '¥300 billion', type: 'money', currency: 'JPY', amount: 300 * B },
  ] },
  { text: 'fines of ₽5 million and ₹5 crore', expect: [
    { text: '₽5 million', type: 'money', currency: 'RUB', amount: 5 * M },
    { text: '₹5 crore', type: 'money', currency: 'INR', amount: 5e7 },
  ] },
  { text: 'USD 5 million and 50 EUR and EUR5m', expect: [
    { text: 'USD 5 million', type: 'money', currency: 'USD', amount: 5 * M },
    { text: '50 EUR', type: 'money', currency: 'EUR', amount: 50 },
    { text: 'EUR5m', type: 'money', currency: 'EUR', amount: 5 * M },
  ] },
  { text: 'a 100 € fee and 100₾ and 100元', expect: [
    { text: '100 €', type: 'money', currency: 'EUR', amount: 100 },
    { text: '100₾', type: 'money', currency: 'GEL', amount: 100 },
    { text: '100元', type: 'money', currency: 'CNY', amount: 100 },
  ] },
  { text: 'a 10 bn dollar plan, 3 mln euros and 2 mn rubles', expect: [
    { text: '10 bn dollar', type: 'money', currency: 'USD', amount: 10 * B },
    { text: '3 mln euros', type: 'money', currency: 'EUR', amount: 3 * M },
    { text: '2 mn rubles', type: 'money', currency: 'RUB', amount: 2 * M },
  ] },
  { text: 'it raised $250k', expect: [{ text: '$250k', type: 'money', amount: 250000, min: 249500, max: 250500 }] },
  { text: '420 million finnish markka', expect: [{ text: '420 million finnish markka', type: 'money', currency: 'FIM', amount: 420 * M }] },
  { text: '125 million australian dollars of bonds', expect: [{ text: '125 million australian dollars', type: 'money', currency: 'AUD', amount: 125 * M }] },
  { text: 'five million yen from the industry', expect: [{ text: 'five million yen', type: 'money', currency: 'JPY', amount: 5 * M, min: 4.5 * M, max: 5.5 * M }] },
  { text: 'he was fined 10,000 swiss francs', expect: [{ text: '10,000 swiss francs', type: 'money', currency: 'CHF', amount: 10000 }] },
  { text: 'profit rose to 361 million pounds', expect: [{ text: '361 million pounds', type: 'money', currency: 'GBP', amount: 361 * M }] },
  { text: 'broke through 100 billion yuan', expect: [{ text: '100 billion yuan', type: 'money', currency: 'CNY', amount: 100 * B }] },
  { text: 'a loan of 35 lakh rupees', expect: [{ text: '35 lakh rupees', type: 'money', currency: 'INR', amount: 3.5e6 }] },
  { text: 'a fine of 5 billion roubles and 2 million rubles', expect: [
    { text: '5 billion roubles', type: 'money', currency: 'RUB', amount: 5 * B },
    { text: '2 million rubles', type: 'money', currency: 'RUB', amount: 2 * M },
  ] },
  { text: 'iraq asked clients to pay 50 cents more per barrel', expect: [{ text: '50 cents', type: 'money', currency: 'USD', amount: 0.5, precision: 0.01 }] },
  { text: 'a 12-cent-a-share dividend', expect: [{ text: '12-cent', type: 'money', amount: 0.12 }] },
  { text: 'its controversial one-yen bid', expect: [{ text: 'one-yen', type: 'money', currency: 'JPY', amount: 1 }] },
  { text: 'shares closed at 197 pence.', expect: [{ text: '197 pence', type: 'money', currency: 'GBP', amount: 1.97 }] },
  { text: 'it only cost 3 dollars 50 cents', expect: [{ text: '3 dollars 50 cents', type: 'money', amount: 3.5 }] },
  { text: 'it only cost thirteen dollars and forty-five cents', expect: [{ text: 'thirteen dollars and forty-five cents', type: 'money', amount: 13.45 }] },
  { text: '50 dollar 40 rmb', expect: [
    { text: '50 dollar', type: 'money', amount: 50, currency: 'USD' },
    { text: '40 rmb', type: 'money', amount: 40, currency: 'CNY' },
  ] },
  { text: 'the cost is $4.25 and 32 is the quantity', expect: [{ text: '$4.25', type: 'money', amount: 4.25, precision: 0.01 }, { text: '32', type: 'number', amount: 32 }] },
  { text: 'Warner filed a $ 1 billion breach-of-contract suit', expect: [{ text: '$ 1 billion', type: 'money', amount: B }] },
  { text: 'a multibillion-dollar deal', expect: [{ text: 'multibillion-dollar', type: 'money', hedge: 'vague', amount: 2 * B, currency: 'USD' }] },
  { text: 'billions of dollars in aid', expect: [{ text: 'billions of dollars', type: 'money', hedge: 'vague', currency: 'USD', min: 2 * B, max: 1e12 }] },
  { text: 'hundreds of millions of dollars', expect: [{ text: 'hundreds of millions of dollars', type: 'money', min: 2e8, max: 1e9, currency: 'USD' }] },
  { text: 'millions in aid went missing', expect: [{ text: 'millions', type: 'money', hedge: 'vague', min: 2 * M, max: B }] },

  // --- money hedges and ranges
  { text: 'sales of about $ 14 million', expect: [{ text: 'about $ 14 million', type: 'money', hedge: 'approximately', amount: 14 * M, min: 13 * M, max: 15 * M }] },
  { text: 'an estimated £ 50 million', expect: [{ text: 'an estimated £ 50 million', type: 'money', hedge: 'approximately', currency: 'GBP' }] },
  { text: 'more than $ 247 million in receipts', expect: [{ text: 'more than $ 247 million', type: 'money', hedge: 'more-than', min: 247 * M, max: 271.7 * M }] },
  { text: 'up to $5 billion', expect: [{ text: 'up to $5 billion', type: 'money', hedge: 'up-to', min: 4 * B, max: 5 * B }] },
  { text: 'between $3 billion and $4 billion', expect: [{ text: 'between $3 billion and $4 billion', type: 'money', hedge: 'range', amount: 3 * B, min: 3 * B, max: 4 * B }] },
  { text: 'a $3 billion to $4 billion package', expect: [{ text: '$3 billion to $4 billion', type: 'money', hedge: 'range', min: 3 * B, max: 4 * B }] },
  { text: 'a $3-4 billion package', expect: [{ text: '$3-4 billion', type: 'money', hedge: 'range', amount: 3 * B, min: 3 * B, max: 4 * B, currency: 'USD' }] },
  { text: 'damage of 3 to 4 billion dollars', expect: [{ text: '3 to 4 billion dollars', type: 'money', hedge: 'range', min: 3 * B, max: 4 * B }] },

  // --- plain numbers, words, counts
  { text: '2,000 houses were destroyed', expect: [{ text: '2,000', type: 'number', amount: 2000, precision: 1, min: 2000, max: 2000, noun: 'houses' }] },
  { text: 'in six districts', expect: [{ text: 'six', type: 'number', amount: 6, noun: 'districts' }] },
  { text: 'the two sides said', expect: [{ text: 'two', type: 'number', amount: 2, noun: 'sides' }] },
  { text: 'Forty-eight people died', expect: [{ text: 'Forty-eight', type: 'number', amount: 48, noun: 'people' }] },
  { text: 'fifty - two soldiers', expect: [{ text: 'fifty - two', type: 'number', amount: 52, noun: 'soldiers' }] },
  { text: 'one hundred and sixteen', expect: [{ text: 'one hundred and sixteen', type: 'number', amount: 116 }] },
  { text: 'twenty-one trillion three hundred', expect: [{ text: 'twenty-one trillion three hundred', type: 'number', amount: 21e12 + 300 }] },
  { text: 'two million refugees', expect: [{ text: 'two million', type: 'number', amount: 2 * M, min: 1.5 * M, max: 2.5 * M, noun: 'refugees' }] },
  { text: 'half a million people', expect: [{ text: 'half a million', type: 'number', amount: 5e5, noun: 'people' }] },
  { text: 'a dozen villages', expect: [{ text: 'a dozen', type: 'number', amount: 12, noun: 'villages' }] },
  { text: 'three dozens of eggs', expect: [{ text: 'three dozens', type: 'number', amount: 36, noun: 'eggs' }] },
  { text: 'a hundred people', expect: [{ text: 'a hundred', type: 'number', amount: 100, noun: 'people' }] },
  { text: 'one and a half million barrels', expect: [{ text: 'one and a half million barrels', type: 'quantity', amount: 1.5e6, unit: 'barrel', precision: 1e5 }] },
  { text: 'two hundred point zero three', expect: [{ text: 'two hundred point zero three', type: 'number', amount: 200.03 }] },
  { text: 'the 9.2321312 figure', expect: [{ text: '9.2321312', type: 'number', amount: 9.2321312, precision: 1e-7 }] },
  { text: 'temperatures of -5 today', expect: [{ text: '-5', type: 'number', amount: -5 }] },
  { text: 'the answer is minus five point five', expect: [{ text: 'minus five point five', type: 'number', amount: -5.5 }] },
  { text: 'a population of 1 234 567', expect: [{ text: '1 234 567', type: 'number', amount: 1234567 }] },
  { text: '40\u202f000 troops', expect: [{ text: '40\u202f000', type: 'number', amount: 40000, noun: 'troops' }] },
  { text: 'I can give you 10M.', expect: [{ text: '10M', type: 'number', amount: 1e7 }] },
  { text: 'the 5m people', expect: [{ text: '5m', type: 'number', amount: 5 * M, noun: 'people' }] },
  { text: 'I can give you 13 lakh', expect: [{ text: '13 lakh', type: 'number', amount: 1.3e6 }] },
  { text: 'two-thirds of voters', expect: [{ text: 'two-thirds', type: 'number', amount: 2 / 3, noun: 'voters' }] },
  { text: 'five new cases were reported', expect: [{ text: 'five', type: 'number', amount: 5, noun: 'cases' }] },
  { text: 'six Taliban fighters', expect: [{ text: 'six', type: 'number', amount: 6, noun: 'fighters' }] },
  { text: 'one person was killed', expect: [{ text: 'one', type: 'number', amount: 1, noun: 'person' }] },
  { text: '1979 people signed', expect: [{ text: '1979', type: 'number', amount: 1979, noun: 'people' }] },
  { text: 'two or three days', expect: [{ text: 'two or three days', type: 'duration', hedge: 'range', min: 2, max: 3, unit: 'day' }] },
  { text: '200-300 people', expect: [{ text: '200-300', type: 'number', hedge: 'range', min: 200, max: 300, noun: 'people' }] },
  { text: 'at least 30 dead', expect: [{ text: 'at least 30', type: 'number', hedge: 'at-least', min: 30, max: 40, noun: 'dead' }] },
  { text: 'fewer than 50 were found', expect: [{ text: 'fewer than 50', type: 'number', hedge: 'less-than', min: 40, max: 50 }] },
  { text: 'as many as 1,000 others', expect: [{ text: 'as many as 1,000', type: 'number', hedge: 'up-to', min: 0, max: 1000, noun: 'others' }] },
  { text: 'some 300 soldiers', expect: [{ text: 'some 300', type: 'number', hedge: 'approximately', min: 270, max: 330 }] },
  { text: '200-odd people', expect: [{ text: '200-odd', type: 'number', hedge: 'approximately', amount: 200 }] },
  { text: '200 or more people', expect: [{ text: '200 or more', type: 'number', hedge: 'at-least', min: 200, max: 300, noun: 'people' }] },
  { text: 'circa 500 homes', expect: [{ text: 'circa 500', type: 'number', hedge: 'approximately', noun: 'homes' }] },

  // --- vague amounts
  { text: 'dozens of homes', expect: [{ text: 'dozens', type: 'number', hedge: 'vague', min: 24, max: 144, noun: 'homes' }] },
  { text: 'hundreds were arrested', expect: [{ text: 'hundreds', type: 'number', hedge: 'vague', min: 200, max: 1000 }] },
  { text: 'tens of thousands of people', expect: [{ text: 'tens of thousands', type: 'number', hedge: 'vague', amount: 20000, min: 20000, max: 100000, noun: 'people' }] },
  { text: 'hundreds of thousands fled', expect: [{ text: 'hundreds of thousands', type: 'number', min: 2e5, max: 1e6 }] },
  { text: 'thousands of protesters', expect: [{ text: 'thousands', type: 'number', min: 2000, max: 1e6, noun: 'protesters' }] },
  { text: 'millions of people', expect: [{ text: 'millions', type: 'number', min: 2 * M, max: B, noun: 'people' }] },
  { text: 'scores of villages', expect: [{ text: 'scores', type: 'number', min: 40, max: 200, noun: 'villages' }] },
  { text: 'several hundred troops', expect: [{ text: 'several hundred', type: 'number', min: 300, max: 1000, noun: 'troops' }] },

  // --- percent
  { text: 'inflation hit 7.5% in March', expect: [{ text: '7.5%', type: 'percent', amount: 7.5, precision: 0.1, unit: '%' }] },
  { text: 'rose 5 percent and 5 per cent', expect: [{ text: '5 percent', type: 'percent', amount: 5 }, { text: '5 per cent', type: 'percent', amount: 5 }] },
  { text: 'net interest income sank 27 % in the quarter', expect: [{ text: '27 %', type: 'percent', amount: 27 }] },
  { text: 'unemployment fell five percentage points', expect: [{ text: 'five percentage points', type: 'percent', amount: 5, unit: 'pp' }] },
  { text: 'raised rates by 50 basis points', expect: [{ text: '50 basis points', type: 'percent', amount: 0.5, unit: 'pp' }] },
  { text: 'twenty percent of voters', expect: [{ text: 'twenty percent', type: 'percent', amount: 20 }] },
  { text: 'nearly 40% of the electorate', expect: [{ text: 'nearly 40%', type: 'percent', hedge: 'nearly', min: 36, max: 40 }] },
  { text: 'between 5% and 6%', expect: [{ text: 'between 5% and 6%', type: 'percent', hedge: 'range', min: 5, max: 6 }] },
  { text: 'a 5-6% rise', expect: [{ text: '5-6%', type: 'percent', hedge: 'range', min: 5, max: 6 }] },
  { text: 'just need minus five percent', expect: [{ text: 'minus five percent', type: 'percent', amount: -5 }] },

  // --- quantities
  { text: '25 kilometers north', expect: [{ text: '25 kilometers', type: 'quantity', amount: 25000, unit: 'm' }] },
  { text: 'an 8 km stretch', expect: [{ text: '8 km', type: 'quantity', amount: 8000, unit: 'm' }] },
  { text: 'a magnitude 7.1 earthquake', expect: [{ text: 'magnitude 7.1', type: 'quantity', amount: 7.1, unit: 'magnitude', precision: 0.1 }] },
  { text: 'a 7.1-magnitude quake', expect: [{ text: '7.1-magnitude', type: 'quantity', amount: 7.1, unit: 'magnitude' }] },
  { text: 'a magnitude-6.4 earthquake', expect: [{ text: 'magnitude-6.4', type: 'quantity', amount: 6.4, unit: 'magnitude' }] },
  { text: '300 tonnes of grain', expect: [{ text: '300 tonnes', type: 'quantity', amount: 300000, unit: 'kg' }] },
  { text: '40 degrees Celsius', expect: [{ text: '40 degrees Celsius', type: 'quantity', amount: 40, unit: 'celsius' }] },
  { text: 'it reached 104F', expect: [{ text: '104F', type: 'quantity', amount: 40, unit: 'celsius' }] },
  { text: '1,200 megawatts of capacity', expect: [{ text: '1,200 megawatts', type: 'quantity', amount: 1.2e9, unit: 'W' }] },
  { text: 'a 500 MW plant', expect: [{ text: '500 MW', type: 'quantity', amount: 5e8, unit: 'W' }] },
  { text: '500 hectares burned', expect: [{ text: '500 hectares', type: 'quantity', amount: 5e6, unit: 'm2' }] },
  { text: '2.5 million barrels per day', expect: [{ text: '2.5 million barrels per day', type: 'quantity', amount: 2.5e6, unit: 'barrel/day' }] },
  { text: '300 pounds of cocaine', expect: [{ text: '300 pounds', type: 'quantity', unit: 'kg' }] },
  { text: 'a 100m sprint', expect: [{ text: '100m', type: 'quantity', amount: 100, unit: 'm' }] },
  { text: 'about 25 miles away', expect: [{ text: 'about 25 miles', type: 'quantity', hedge: 'approximately', unit: 'm' }] },

  // --- durations
  { text: 'six months of talks', expect: [{ text: 'six months', type: 'duration', amount: 6, unit: 'month', days: 6 * 30.44 }] },
  { text: 'within 48 hours', expect: [{ text: '48 hours', type: 'duration', amount: 48, unit: 'hour', days: 2 }] },
  { text: 'over the last two decades', expect: [{ text: 'two decades', type: 'duration', amount: 2, unit: 'decade', days: 7305 }] },
  { text: 'four years of war', expect: [{ text: 'four years', type: 'duration', amount: 4, unit: 'year', days: 1461 }] },
  { text: 'a 45-year-old man', expect: [{ text: '45-year-old', type: 'number', amount: 45, unit: 'age' }] },
  { text: 'almost a decade later than planned', expect: [] },
  { text: 'almost a decade of talks', expect: [{ text: 'almost a decade', type: 'duration', amount: 1, unit: 'decade', hedge: 'nearly' }] },
  { text: 'two and a half years', expect: [{ text: 'two and a half years', type: 'duration', amount: 2.5, unit: 'year' }] },
  { text: 'sentenced to six years in prison', expect: [{ text: 'six years', type: 'duration', amount: 6 }] },
  // A duration in two units is one figure, counted in the smaller unit.
  { text: 'sentenced to seven years and 10 months in prison', expect: [{ text: 'seven years and 10 months', type: 'duration', amount: 94, unit: 'month', days: 2861.15 }] },
  { text: 'the search lasted 2 hours, 30 minutes', expect: [{ text: '2 hours, 30 minutes', type: 'duration', amount: 150, unit: 'minute' }] },
  { text: 'three years and 20 people', expect: [{ text: 'three years', type: 'duration', amount: 3 }, { text: '20', type: 'number', amount: 20 }] },
  { text: 'ten months and two years', expect: [{ text: 'ten months', type: 'duration', amount: 10 }, { text: 'two years', type: 'duration', amount: 2 }] },

  // --- negatives: years, dates, ordinals, identifiers, times, phones, pronoun "one"
  { text: 'in August 2021 and in 2022 and 2024', expect: [] },
  { text: 'from 1979 to 1989', expect: [] },
  { text: 'the Soviet Union invaded in 1979', expect: [] },
  { text: 'the 2024 elections', expect: [] },
  { text: 'four years ago', expect: [] },
  { text: 'two days earlier and three weeks later', expect: [] },
  { text: 'the first country and the 21st century and the third time', expect: [] },
  { text: 'twenty-first century', expect: [] },
  { text: 'COVID-19, G7, F-16 jets, ISIS-K', expect: [] },
  { text: 'at 9:30 and 9 a.m. and 10pm', expect: [] },
  { text: 'call 555-1234 or +1 212 555 1234 or (212) 555-1234', expect: [] },
  { text: 'one of the few, no one knew, the one who, one another', expect: [] },
  { text: 'one-time gains', expect: [] },
  { text: 'one day he will return', expect: [] },
  { text: 'the 1990s and the 5G network', expect: [] },
  { text: 'on May 4 and 4 July', expect: [] },
  { text: 'the score was 2-1', expect: [{ text: '2-1', type: 'number', amount: 2, unit: 'score' }] },
  { text: 'visit https://example.com/2021/05/story-123 now', expect: [] },
  { text: 'version 1.2.3 and 192.168.1.2', expect: [] },
  { text: 'the two met in Moscow', expect: [] },
  { text: 'Boeing 737 Max jets', expect: [] },
  { text: 'a five-star hotel', expect: [] },
  { text: 'Elections are scheduled for Nov. 5, 2024.', expect: [] },
  { text: 'a 10-pound baby', expect: [] },
  { text: 'The year 50 marks the end', expect: [{ text: '50', type: 'number', amount: 50, noun: null }] },

  // --- regressions from news prose
  { text: 'The iPhone 15 Pro costs $999', expect: [{ text: '$999', type: 'money', amount: 999 }] },
  { text: 'cut spending by $1.5 trillion over 10 years', expect: [
    { text: '$1.5 trillion', type: 'money', amount: 1.5e12, precision: 1e11 },
    { text: '10 years', type: 'duration', amount: 10, hedge: null },
  ] },
  { text: 'the war lasted for over two years', expect: [{ text: 'over two years', type: 'duration', hedge: 'more-than', min: 2, max: 3 }] },
  { text: 'Sales fell 2% to 1.5 million units', expect: [
    { text: '2%', type: 'percent', amount: 2, hedge: null },
    { text: '1.5 million', type: 'number', amount: 1.5e6, noun: 'units' },
  ] },
  { text: 'a fine of 5 billion won', expect: [{ text: '5 billion won', type: 'money', currency: 'KRW', amount: 5 * B }] },
  { text: 'target is US$ 1MM and 2mil SEK', expect: [
    { text: 'US$ 1MM', type: 'money', currency: 'USD', amount: M },
    { text: '2mil SEK', type: 'money', currency: 'SEK', amount: 2 * M },
  ] },
  { text: 'a 50p coin and a £50 note', expect: [
    { text: '50p', type: 'money', currency: 'GBP', amount: 0.5 },
    { text: '£50', type: 'money', currency: 'GBP', amount: 50 },
  ] },
  { text: 'At least 1,500 people died at 4:17 a.m. local time', expect: [{ text: 'At least 1,500', type: 'number', hedge: 'at-least', noun: 'people' }] },
  { text: 'a range of 5.25%-5.5%', expect: [{ text: '5.25%-5.5%', type: 'percent', hedge: 'range', min: 5.25, max: 5.5, precision: 0.01 }] },
  { text: 'more than €50bn in aid since February 2022', expect: [{ text: 'more than €50bn', type: 'money', currency: 'EUR', min: 5e10, max: 6e10 }] },
  { text: 'winds of 140 mph', expect: [{ text: '140 mph', type: 'quantity', unit: 'km/h', amount: 140 * 1.609344 }] },
  { text: 'three lakh crore', expect: [{ text: 'three lakh crore', type: 'number', amount: 3e12 }] },
  { text: 'a 5 percentage-point rise and a 2-percentage-point fall', expect: [
    { text: '5 percentage-point', type: 'percent', amount: 5, unit: 'pp' },
    { text: '2-percentage-point', type: 'percent', amount: 2, unit: 'pp' },
  ] },
  { text: 'several hundred troops and a few thousand people', expect: [
    { text: 'several hundred', type: 'number', min: 300, max: 1000, hedge: 'vague', noun: 'troops' },
    { text: 'a few thousand', type: 'number', min: 2000, max: 6000, hedge: 'vague', noun: 'people' },
  ] },
  { text: 'up to thousands of people', expect: [{ text: 'up to thousands', type: 'number', hedge: 'up-to', min: 0, max: 1e6 }] },
  { text: 'the answer is minus zero point five', expect: [{ text: 'minus zero point five', type: 'number', amount: -0.5 }] },
  { text: 'Several diplomatic overtures', expect: [] },
];

describe('extractNumerics table', () => {
  it('has at least 90 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(90);
  });
  for (const c of CASES) {
    it(c.text, () => {
      check(c.text, extractNumerics(c.text), c.expect);
    });
  }
});

// ---------------------------------------------------------------- intervals
function one(text: string): NumericValue {
  const ms = extractNumerics(text);
  expect(ms.length, `${text}: ${ms.map((m) => m.text).join('|')}`).toBe(1);
  return ms[0].value;
}
function overlaps(a: NumericValue, b: NumericValue): boolean {
  const aMin = a.min ?? -Infinity;
  const aMax = a.max ?? Infinity;
  const bMin = b.min ?? -Infinity;
  const bMax = b.max ?? Infinity;
  return aMin <= bMax && bMin <= aMax;
}
function contains(a: NumericValue, x: number): boolean {
  return (a.min ?? -Infinity) <= x && x <= (a.max ?? Infinity);
}

describe('interval comparisons', () => {
  it('"about 250" overlaps "more than 200"', () => {
    expect(overlaps(one('about 250 people'), one('more than 200 people'))).toBe(true);
  });
  it('"roughly $9 billion" overlaps "billions"', () => {
    expect(overlaps(one('roughly $9 billion in assets'), one('frozen billions in assets'))).toBe(true);
  });
  it('"at least 30" contains 34', () => {
    expect(contains(one('at least 30 people'), 34)).toBe(true);
  });
  it('"nearly four years" overlaps "four years"', () => {
    expect(overlaps(one('nearly four years'), one('four years'))).toBe(true);
  });
  it('"$40 million" and "$4 million" do not overlap', () => {
    const a = one('$40 million');
    const b = one('$4 million');
    expect([a.min, a.max]).toEqual([39.5e6, 40.5e6]);
    expect([b.min, b.max]).toEqual([3.5e6, 4.5e6]);
    expect(overlaps(a, b)).toBe(false);
  });
  it('48 and 52 do not overlap', () => {
    expect(overlaps(one('48 people'), one('52 people'))).toBe(false);
  });
  it('"$1.6bn" equals "$1.6 billion"', () => {
    expect(one('$1.6bn')).toEqual(one('$1.6 billion'));
  });
  it('"four years" and "48 months" compare by days', () => {
    const a = one('four years');
    const b = one('48 months');
    expect(Math.abs((a.days ?? 0) - (b.days ?? 0)) / (a.days ?? 1)).toBeLessThan(0.01);
  });
  it('"2,000" is exact and "two thousand" is rounded, and they overlap', () => {
    const a = one('2,000 houses');
    const b = one('two thousand houses');
    expect([a.min, a.max]).toEqual([2000, 2000]);
    expect([b.min, b.max]).toEqual([1500, 2500]);
    expect(overlaps(a, b)).toBe(true);
  });
  it('"25 kilometers" equals "25 km"', () => {
    expect(one('25 kilometers')).toEqual(one('25 km'));
  });
});

// ---------------------------------------------------------------- robustness
// plain checks: expect() per match is too slow for 100k matches
function assertValid(input: string, ms: NumericMatch[]): void {
  let prev = 0;
  for (const m of ms) {
    const bad =
      m.start < prev ||
      m.end <= m.start ||
      m.end > input.length ||
      m.text !== input.slice(m.start, m.end) ||
      !Number.isFinite(m.value.amount) ||
      (m.noun !== undefined && m.noun.text !== input.slice(m.noun.start, m.noun.end));
    if (bad) throw new Error(`invalid match ${JSON.stringify(m)} in ${JSON.stringify(input.slice(0, 200))}`);
    prev = m.end;
  }
}

describe('hostile input', () => {
  const N = 200_000;
  const inputs: Array<[string, string]> = [
    ['periods', '.'.repeat(N)],
    ['spaces', ' '.repeat(N)],
    ['comma digits', '1,'.repeat(N / 2)],
    ['comma groups', `1${',111'.repeat(N / 4)}`],
    ['digit run', '1'.repeat(N)],
    ['capitalised words', 'Abcde '.repeat(N / 6)],
    ['quotes', '"\u201c\u2019\''.repeat(N / 4)],
    ['dollars', '$'.repeat(N)],
    ['dashes', '-'.repeat(N)],
    ['dollar digits', '$1 '.repeat(N / 3)],
    ['number words', 'one hundred and '.repeat(N / 16)],
    ['hyphen words', 'forty-'.repeat(N / 6)],
    ['dotted digits', '1.'.repeat(N / 2)],
    ['spaced groups', '123 '.repeat(N / 4)],
    ['mixed', 'about $3-4 billion, 5% to 6%, between 2 and 3 km; '.repeat(N / 50)],
  ];
  // Speed is `npm run bench`'s to measure; a super-linear rule would still run past this generous timeout.
  it('returns valid spans', { timeout: 120_000 }, () => {
    for (const [, s] of inputs) assertValid(s, extractNumerics(s));
  });
});

describe('property: arbitrary strings', async () => {
  const fc = (await import('fast-check')).default;
  it('never throws; spans valid, ordered, non-overlapping', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789 ,.-$€£%~+/:()\n'.split(''),
      'one', 'two', 'hundred', 'million', 'billion', 'a', 'and', 'to', 'of', 'half', 'dozens', 'about', 'more than',
      'years', 'km', 'percent', 'dollars', 'm', 'k', 'bn', 'US', 'c', 'ago', 'people', 'between', 'or', 'magnitude',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }), fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(' ')), fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''))), (s) => {
        const ms = extractNumerics(s);
        assertValid(s, ms);
      }),
      { numRuns: 3000 },
    );
  });
});

// Figures as news pages write them, in sentences written here.
describe('news forms of figures', () => {
  const cases: Case[] = [
    { text: 'a $19-billion deal', expect: [{ text: '$19-billion', type: 'money', amount: 19e9, currency: 'USD' }] },
    { text: 'the $12.5-billion takeover', expect: [{ text: '$12.5-billion', type: 'money', amount: 12.5e9, currency: 'USD' }] },
    { text: 'a deal worth R14,3-billion', expect: [{ text: 'R14,3-billion', type: 'money', amount: 14.3e9, currency: 'ZAR' }] },
    { text: 'a grant of €2,5 billion', expect: [{ text: '€2,5 billion', type: 'money', amount: 2.5e9, currency: 'EUR' }] },
    { text: 'it paid $US23 billion ($36.2 billion) for the mine', expect: [{ text: '$US23 billion', type: 'money', amount: 23e9, currency: 'USD' }] },
    { text: 'US$14.9 billion', expect: [{ text: 'US$14.9 billion', type: 'money', amount: 14.9e9, currency: 'USD' }] },
    { text: 'A$5 million and NZ$40 million', expect: [{ text: 'A$5 million', type: 'money', currency: 'AUD' }, { text: 'NZ$40 million', type: 'money', currency: 'NZD' }] },
    { text: 'a 30-story tower', expect: [{ text: '30', type: 'number', amount: 30, noun: 'story' }] },
    { text: 'the 630-seat chamber', expect: [{ text: '630', type: 'number', amount: 630, noun: 'seat' }] },
    { text: 'a 22-foot rise', expect: [{ text: '22-foot', type: 'quantity', unit: 'm' }] },
    { text: 'scored in the 13th minute', expect: [{ text: '13th minute', type: 'duration', amount: 13, unit: 'minute' }] },
    { text: 'a goal in the 87th-minute', expect: [{ text: '87th-minute', type: 'duration', amount: 87, unit: 'minute' }] },
    { text: 'he added a fourth in the 73rd', expect: [{ text: '73rd', type: 'number', amount: 73, unit: 'rank' }] },
    { text: 'the second-largest company', expect: [{ text: 'second', type: 'number', amount: 2, unit: 'rank' }] },
    { text: 'only the sixth coach to do so', expect: [{ text: 'sixth', type: 'number', amount: 6, unit: 'rank' }] },
    { text: 'for the first time since 1993', expect: [] },
    { text: 'the Rovers won 5-0 on Saturday', expect: [{ text: '5-0', type: 'number', amount: 5, unit: 'score' }] },
    { text: 'a 40-22 victory', expect: [{ text: '40-22', type: 'number', amount: 40, unit: 'score' }] },
    { text: 'a vote of 52-48 in favour', expect: [] },
    { text: 'made landfall as a Category 4 storm', expect: [{ text: 'Category 4', type: 'number', amount: 4, unit: 'category' }] },
    { text: 'planning took over a year and a half', expect: [{ text: 'over a year and a half', type: 'duration', amount: 18, unit: 'month', hedge: 'more-than' }] },
    { text: 'Tan, 27, said', expect: [{ text: '27', type: 'number', amount: 27, unit: 'age' }] },
    { text: 'the 28-year-old forward', expect: [{ text: '28-year-old', type: 'number', amount: 28, unit: 'age' }] },
    { text: 'a man aged 41', expect: [{ text: '41', type: 'number', amount: 41, unit: 'age' }] },
    { text: 'eight items and nine pieces', expect: [{ text: 'eight', type: 'number', amount: 8, noun: 'items' }, { text: 'nine', type: 'number', amount: 9, noun: 'pieces' }] },
  ];
  for (const c of cases) it(c.text, () => check(c.text, extractNumerics(c.text), c.expect));
});
