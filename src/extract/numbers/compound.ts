import type { NumericMatch } from './numbers.js';

/** How many of the smaller unit make one of the larger, for the pairs that combine. */
const NEXT_UNIT: Record<string, [string, number]> = {
  year: ['month', 12],
  month: ['day', 30.4375],
  week: ['day', 7],
  day: ['hour', 24],
  hour: ['minute', 60],
  minute: ['second', 60],
};

/** Only "and" or a comma between the two parts: "seven years and 10 months", "2 hours, 30 minutes". */
const JOINER = /^(?:\s*,)?\s+(?:and\s+)?$|^\s*,\s*$/;

/**
 * "seven years and 10 months" is one duration, not two: join a duration with the next
 * one when the second counts the next smaller unit and only "and" or a comma stands
 * between them. The result counts the smaller unit (94 months) and keeps the days,
 * so it compares with "nearly eight years". A hedge on the first part covers the whole.
 */
export function joinCompoundDurations(matches: NumericMatch[], text: string): NumericMatch[] {
  const out: NumericMatch[] = [];
  for (const m of matches) {
    const prev = out[out.length - 1];
    const big = prev?.value;
    const small = m.value;
    const step = big?.unit ? NEXT_UNIT[big.unit] : undefined;
    if (
      prev && big && step && prev.type === 'duration' && m.type === 'duration' &&
      step[0] === small.unit && !small.hedge && big.min === big.max && small.min === small.max &&
      big.days !== undefined && small.days !== undefined && m.start - prev.end <= 8 && JOINER.test(text.slice(prev.end, m.start))
    ) {
      const amount = big.amount * step[1] + small.amount;
      const whole = Number.isInteger(amount) ? amount : +amount.toFixed(2);
      out[out.length - 1] = {
        start: prev.start,
        end: m.end,
        text: text.slice(prev.start, m.end),
        type: 'duration',
        value: { amount: whole, min: whole, max: whole, precision: small.precision, unit: small.unit, days: big.days + small.days, ...(big.hedge ? { hedge: big.hedge } : {}) },
      };
      continue;
    }
    out.push(m);
  }
  return out;
}
