import { addMonths, parseIsoDate } from '../values/dates';
import type { Plan } from '../model/schema';

const RHYTHM_MONTHS = { maand: 1, kwartaal: 3, halfjaar: 6 } as const;

/**
 * The review dates that follow from step 2: every month, quarter or half year after the start
 * of the validity period, up to and including its end. Empty while period or rhythm is missing.
 */
export function reviewDates(schedule: Plan['schedule']): string[] {
  const { validFrom, validUntil, reviewRhythm } = schedule;
  if (!reviewRhythm || !parseIsoDate(validFrom) || !parseIsoDate(validUntil) || validUntil < validFrom) return [];
  const step = RHYTHM_MONTHS[reviewRhythm];
  const dates: string[] = [];
  for (let i = 1; i <= 240; i++) {
    const next = addMonths(validFrom, step * i);
    if (next > validUntil) break;
    dates.push(next);
  }
  return dates;
}
