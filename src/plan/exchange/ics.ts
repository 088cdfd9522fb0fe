import { formatDateNl, parseIsoDate } from '../values/dates';
import { dateInRange } from '../model/limits';
import * as say from './messages/ics';
import { refLabel } from '../model/references';
import { reviewDates } from '../method/reviews';
import type { Plan } from '../model/schema';
import { PLAN_STRUCTURE } from '../model/schema';
import { ellipsize } from '../values/text';

/**
 * The plan's dates as an iCalendar file (RFC 5545) that Outlook, Google and Apple calendars
 * import: the review moments from step 2's period and rhythm, the milestones not yet done, and the
 * due dates of the actions of step 9. All-day events, each with a reminder the day before; stable
 * UIDs, so importing again updates instead of duplicating.
 */

export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
}

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
  );
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const p = parseIsoDate(iso)!;
  const d = new Date(Date.UTC(p.y, p.m - 1, p.d + 1));
  return d.toISOString().slice(0, 10);
}

const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A date a calendar can take: a real day from 1900 to 2100 (older plans may hold others). */
const usable = (date: string) => parseIsoDate(date) !== null && dateInRange(date);

/** A row's name in a message: " (Offerte maken)", shortened when long. */
const rowName = (name: string) => (name ? ` (${ellipsize(name, 60)})` : '');

/**
 * The events of a plan: reviews, milestones not yet done and actions with a usable date. A date outside
 * 1900–2100 or one that does not exist is left out; `skipped` receives the Dutch name of each
 * such field, so the reader can be told which dates are not in the calendar file.
 */
export function planEvents(plan: Plan, skipped: string[] = []): CalendarEvent[] {
  const account = plan.cover.account.trim() || plan.name;
  const events: CalendarEvent[] = [];
  const check = (date: string, name: () => string) => {
    if (date !== '' && !usable(date)) skipped.push(name());
    return usable(date);
  };
  const { validFrom, validUntil } = plan.schedule;
  const periodOk = [check(validFrom, () => say.validFromField), check(validUntil, () => say.validUntilField)].every(Boolean);
  (periodOk ? reviewDates(plan.schedule) : []).filter(usable).forEach((date, i) =>
    events.push({
      uid: `${plan.id}-evaluatie-${date}`,
      date,
      summary: say.reviewSummary(account),
      description: say.reviewDescription(i, plan.cover.title.trim(), account),
    }),
  );
  plan.schedule.milestones.forEach((m, i) => {
    // A milestone marked done needs no date in a calendar any more.
    if (m.done || !check(m.date, () => say.milestoneDateField(i, rowName(m.milestone)))) return;
    events.push({
      uid: `${plan.id}-mijlpaal-${m.id}`,
      date: m.date,
      summary: say.milestoneSummary(m.milestone, account),
      description: say.milestoneDescription(account),
    });
  });
  const objectiveRef = PLAN_STRUCTURE.actie.actions.columns.objective.ref;
  plan.actie.actions.forEach((a, i) => {
    if (!check(a.due, () => say.actionDueField(i, rowName(a.action)))) return;
    const goal = refLabel(plan, objectiveRef, a.objective);
    events.push({
      uid: `${plan.id}-actie-${a.id}`,
      date: a.due,
      summary: say.actionSummary(a.action, account),
      description: [
        a.owner && say.actionOwner(a.owner),
        goal && say.actionGoal(goal),
        a.start && say.actionStart(formatDateNl(a.start)),
        a.resources && say.actionResources(a.resources),
      ]
        .filter(Boolean)
        .join('\n'),
    });
  });
  return events.sort((x, y) => x.date.localeCompare(y.date));
}

/** The whole calendar file, with CRLF line ends as RFC 5545 requires. */
export function planToIcs(plan: Plan, now: Date = new Date()): string {
  const account = plan.cover.account.trim() || plan.name;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Accountplan in 9 stappen//Werkboek//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(say.calendarName(account))}`,
  ];
  for (const e of planEvents(plan)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}@accountplan-in-9-stappen`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      // A reminder the day before (for an all-day event: at the start of that day).
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P1D',
      `DESCRIPTION:${escapeText(say.reminder(e.summary))}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
