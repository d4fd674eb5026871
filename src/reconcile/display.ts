import type { Claim, DateValue, EntityValue, Hedge, NumericValue, QuoteValue } from '../types.js';

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "9 billion", "1.6 billion", "94,000", "7.5". */
export function formatAmount(n: number): string {
  const abs = Math.abs(n);
  for (const [size, word] of SCALES) {
    if (abs >= size) return `${+(n / size).toPrecision(6)} ${word}`;
  }
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return String(+n.toPrecision(6));
}

/** Currencies shown by symbol; the rest by ISO code. */
const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', RUB: '₽', INR: '₹' };

const HEDGE_MARK: Record<Hedge, string> = {
  approximately: '~',
  nearly: 'nearly ',
  'more-than': '>',
  'at-least': '≥',
  'up-to': '≤',
  'less-than': '<',
  range: '',
  vague: '',
};

function numeric(v: NumericValue, suffix: string): string {
  if (v.hedge === 'range' && v.max !== null) return `${formatAmount(v.min ?? v.amount)}–${formatAmount(v.max)}${suffix}`;
  if (v.hedge === 'vague') return `${formatAmount(v.min ?? v.amount)}+${suffix} (vague)`;
  return `${v.hedge ? HEDGE_MARK[v.hedge] : ''}${formatAmount(v.amount)}${suffix}`;
}

function plural(unit: string, amount: number): string {
  return amount === 1 ? unit : `${unit}s`;
}

/** "94 months" also reads as "(7 years 10 months)"; "150 minutes" as "(2 hours 30 minutes)". */
function inLargerUnits(v: NumericValue): string {
  const larger = v.unit === 'month' ? ['year', 12] as const : v.unit === 'minute' ? ['hour', 60] as const : null;
  if (!larger || v.hedge || !Number.isInteger(v.amount) || v.amount <= larger[1] || v.amount % larger[1] === 0) return '';
  const big = Math.floor(v.amount / larger[1]);
  const rest = v.amount % larger[1];
  return ` (${big} ${plural(larger[0], big)} ${rest} ${plural(v.unit!, rest)})`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "XXXX-04" reads as "April (year unknown)", "XXXX-WXX-4" as "Thursday (date unknown)". */
function readablePartial(iso: string): string {
  const month = /^XXXX-(\d{2})$/.exec(iso);
  if (month) return `${MONTHS[Number(month[1]) - 1] ?? iso} (year unknown)`;
  const weekday = /^XXXX-WXX-(\d)$/.exec(iso);
  if (weekday) return `${WEEKDAYS[Number(weekday[1]) - 1] ?? iso} (date unknown)`;
  return iso;
}

/** The normalised value of a claim as people read it: "2021-08", "~9 billion USD", "Amir Khan Muttaqi". */
export function displayValue(c: Claim): string {
  switch (c.type) {
    case 'date': {
      const v = c.value as DateValue;
      const iso = readablePartial(v.iso);
      return v.mod && v.mod !== 'approx' ? `${v.mod} ${iso}` : iso;
    }
    case 'person':
    case 'organization':
    case 'place':
      return (c.value as EntityValue).name;
    case 'quote': {
      const q = (c.value as QuoteValue).quote;
      return `“${q.length > 60 ? `${q.slice(0, 57)}…` : q}”`;
    }
    case 'money': {
      const v = c.value as NumericValue;
      const symbol = v.currency ? SYMBOLS[v.currency] : undefined;
      if (symbol) return numeric(v, '').replace(/^([~≥≤<>]|nearly )?/, (h) => `${h}${symbol}`);
      return numeric(v, v.currency ? ` ${v.currency}` : '');
    }
    case 'percent': {
      const v = c.value as NumericValue;
      return numeric(v, v.unit === 'pp' ? ' pp' : '%');
    }
    case 'duration':
    case 'quantity': {
      const v = c.value as NumericValue;
      const unit = v.unit ? ` ${c.type === 'duration' ? plural(v.unit, v.amount) : v.unit}` : '';
      return numeric(v, unit) + (c.type === 'duration' ? inLargerUnits(v) : '');
    }
    default: {
      const v = c.value as NumericValue;
      if (v.score) return `${v.score[0]}-${v.score[1]}`;
      if (v.unit === 'rank') return `${numeric(v, '')}${ordinalSuffix(v.amount)}`;
      if (v.unit === 'age') return `age ${numeric(v, '')}`;
      if (v.unit === 'category') return `Category ${numeric(v, '')}`;
      return numeric(v, '');
    }
  }
}

/** "1st", "2nd", "13th", "73rd". */
function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** An update's timeline in one line: "5 (2025-01-09, particle-news.md) → 24 (2025-01-13, abcnews.md, upi.md)". */
export function timelineText(points: readonly { display: string; time: string | null; sources: readonly string[] }[]): string {
  return points.map((p) => `${p.display} (${[p.time ?? 'undated', ...p.sources].join(', ')})`).join(' → ');
}
