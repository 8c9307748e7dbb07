// Report periods: UTC days and ISO weeks (Monday to Sunday), as the half-open
// ranges [from, to) the queries use.
import { RidgelineError } from '../errors';

const DAY_MS = 86_400_000;

export function parseDay(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new RidgelineError('invalid-argument', `'${value}' is not a date (YYYY-MM-DD)`);
  const day = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new RidgelineError('invalid-argument', `'${value}' is not a date`);
  }
  return day;
}

export const dayKey = (day: Date): string => day.toISOString().slice(0, 10);
export const addDays = (day: Date, days: number): Date => new Date(day.getTime() + days * DAY_MS);

/** The Monday starting the ISO week that holds `day`. */
export function weekStart(day: Date): Date {
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  const midnight = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  return addDays(midnight, -weekday);
}

/** Every day key in [from, to). */
export function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = [];
  for (let day = from; day < to; day = addDays(day, 1)) days.push(dayKey(day));
  return days;
}

/** Checks a report range: from before to, at most `maxDays` long. */
export function checkRange(from: string, to: string, maxDays: number): { from: Date; to: Date } {
  const start = parseDay(from);
  const end = parseDay(to);
  if (end <= start) throw new RidgelineError('invalid-argument', 'The report range ends before it starts');
  if ((end.getTime() - start.getTime()) / DAY_MS > maxDays) {
    throw new RidgelineError('invalid-argument', `A report covers at most ${maxDays} days`);
  }
  return { from: start, to: end };
}
