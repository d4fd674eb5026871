/**
 * Calendar arithmetic on "day numbers": whole days since 1970-01-01 (UTC).
 * Everything is computed with Date.UTC so the host time zone never leaks in.
 */

const MS_DAY = 86400000;

/** Day number of a proleptic Gregorian date. Month/day may overflow (month 13 = January next year). */
export function dayNum(y: number, m: number, d: number): number {
  // Normalise the month first so the year fix-up below sees the real year.
  const m0 = m - 1;
  const yy = y + Math.floor(m0 / 12);
  const mm = ((m0 % 12) + 12) % 12;
  if (yy >= 100) return Math.round(Date.UTC(yy, mm, d) / MS_DAY);
  // Date.UTC maps years 0..99 onto 1900..1999; set the year explicitly instead.
  const t = new Date(Date.UTC(2000, mm, 1));
  t.setUTCFullYear(yy);
  return Math.round(t.getTime() / MS_DAY) + d - 1;
}

/** [year, month, day] of a day number. */
export function ymd(day: number): [number, number, number] {
  const t = new Date(day * MS_DAY);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

export function daysInMonth(y: number, m: number): number {
  return dayNum(y, m + 1, 1) - dayNum(y, m, 1);
}

export function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday, Monday = 1 .. Sunday = 7. Day 0 (1970-01-01) was a Thursday. */
export function weekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Monday of the ISO week containing `day`. */
export function mondayOf(day: number): number {
  return day - weekday(day) + 1;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(day: number): [number, number] {
  const thursday = mondayOf(day) + 3; // the Thursday decides the week's year
  const y = ymd(thursday)[0];
  return [y, Math.floor((thursday - dayNum(y, 1, 1)) / 7) + 1];
}

/** Monday of ISO week `w` of ISO year `y`. */
export function isoWeekMonday(y: number, w: number): number {
  const jan4 = dayNum(y, 1, 4); // 4 January is always in week 1
  return mondayOf(jan4) + (w - 1) * 7;
}

/** Number of ISO weeks (52 or 53) in ISO year y. */
export function isoWeeksInYear(y: number): number {
  return isoWeek(dayNum(y, 12, 28))[1];
}

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

export function isoYear(y: number): string {
  return pad(y, 4);
}
export function isoMonth(y: number, m: number): string {
  return pad(y, 4) + '-' + pad(m, 2);
}
export function isoDate(day: number): string {
  const [y, m, d] = ymd(day);
  return pad(y, 4) + '-' + pad(m, 2) + '-' + pad(d, 2);
}
export function isoWeekLabel(monday: number): string {
  const [y, w] = isoWeek(monday);
  return pad(y, 4) + '-W' + pad(w, 2);
}
export function pad2(n: number): string {
  return pad(n, 2);
}

/** Parse "YYYY-MM-DD" (anything after the date part is ignored); undefined when malformed. */
export function parseIsoDay(s: string | undefined): number | undefined {
  if (s === undefined || s.length < 10) return undefined;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (s[4] !== '-' || s[7] !== '-' || !Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (!validDate(y, m, d)) return undefined;
  return dayNum(y, m, d);
}

/** Add whole months to a day, clamping the day of month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const [y, m, d] = ymd(day);
  const t = m - 1 + months;
  const ny = y + Math.floor(t / 12);
  const nm = (((t % 12) + 12) % 12) + 1;
  return dayNum(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian computus. */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNum(y, month, day);
}

/** The n-th (1-based; -1 = last) ISO weekday `wd` of month m in year y, or undefined. */
export function nthWeekday(y: number, m: number, wd: number, n: number): number | undefined {
  if (n === -1) {
    const last = dayNum(y, m + 1, 1) - 1;
    return last - ((weekday(last) - wd + 7) % 7);
  }
  const first = dayNum(y, m, 1);
  const d = first + ((wd - weekday(first) + 7) % 7) + (n - 1) * 7;
  return d < dayNum(y, m + 1, 1) ? d : undefined;
}
