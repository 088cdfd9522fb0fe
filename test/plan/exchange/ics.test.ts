import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../../src/plan/model/plan';
import { escapeText, foldLine, planEvents, planToIcs } from '../../../src/plan/exchange/ics';

function plan() {
  const p = createPlan('Van Dijk');
  p.cover.account = 'Van Dijk Zorggroep; regio Noord, “Zuid”';
  p.schedule = { ...p.schedule, validFrom: '2027-01-01', validUntil: '2027-12-31', reviewRhythm: 'kwartaal' };
  p.schedule.milestones = [
    { id: 'm1', milestone: 'Analyse klaar', date: '2027-01-20', done: false },
    { id: 'm2', milestone: 'Zonder datum', date: '', done: false },
    { id: 'm3', milestone: 'Al gehaald', date: '2027-01-15', done: true },
  ];
  p.develop.objectives = [
    { id: 'o1', objective: 'Omzet +10%', type: 'omzet', kpi: 'Omzet', baseline: '', target: '', deadline: '', question: '', goal: '', strategy: '' },
  ];
  p.actie.actions = [
    {
      id: 'a1',
      action: 'Offerte maken, met korting; en een lange toelichting die ver over de vijfenzeventig octetten van één regel heen gaat — met ë, € en 😀',
      objective: 'o1',
      owner: 'Sam\\Lisa',
      start: '2027-01-10',
      due: '2027-02-01',
      resources: 'Regel 1\nRegel 2',
      status: 'gepland',
    },
  ];
  return p;
}

describe('the calendar file', () => {
  const thePlan = plan();
  const text = planToIcs(thePlan, new Date('2027-01-05T09:30:00Z'));

  it('is parsed by an independent iCalendar parser with every event and its text intact', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2027-01-20', 'Mijlpaal: Analyse klaar (Van Dijk Zorggroep; regio Noord, “Zuid”)'],
      [
        '2027-02-01',
        'Actie klaar: Offerte maken, met korting; en een lange toelichting die ver over de vijfenzeventig octetten van één regel heen gaat — met ë, € en 😀 (Van Dijk Zorggroep; regio Noord, “Zuid”)',
      ],
      ['2027-04-01', 'Evaluatie accountplan Van Dijk Zorggroep; regio Noord, “Zuid”'],
      ['2027-07-01', 'Evaluatie accountplan Van Dijk Zorggroep; regio Noord, “Zuid”'],
      ['2027-10-01', 'Evaluatie accountplan Van Dijk Zorggroep; regio Noord, “Zuid”'],
    ]);
    const action = events[1]!;
    expect(action.description).toBe('Eigenaar: Sam\\Lisa\nBij doel: Omzet +10%\nStart: 10 januari 2027\nMiddelen: Regel 1\nRegel 2');
    expect(action.startDate.isDate).toBe(true);
    expect(action.endDate.toString()).toBe('2027-02-02');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const v of calendar.getAllSubcomponents('vevent')) expect(v.getFirstPropertyValue('dtstamp')!.toString()).toBe('2027-01-05T09:30:00Z');
  });

  it('reminds of every event the day before, with a text that names it', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const alarms = event.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      const alarm = alarms[0]!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
      expect(trigger.toSeconds()).toBe(-24 * 60 * 60);
      expect(alarm.getFirstPropertyValue('description')).toBe(`Morgen: ${String(event.getFirstPropertyValue('summary'))}`);
    }
  });

  it('leaves out milestones that are done', () => {
    expect(text).not.toContain('Al gehaald');
    expect(planEvents(thePlan).map((e) => e.uid)).not.toContain(`${thePlan.id}-mijlpaal-m3`);
    const undone = plan();
    undone.schedule.milestones[2]!.done = false;
    expect(planEvents(undone).map((e) => e.uid)).toContain(`${undone.id}-mijlpaal-m3`);
  });

  it('uses CRLF line ends and no line longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines).toContain('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
  });

  it('keeps the same UIDs when exported again, so calendars update instead of duplicating', () => {
    const again = planToIcs(thePlan, new Date('2027-03-01T00:00:00Z'));
    const uids = (t: string) => t.match(/^UID:.*$/gm);
    expect(uids(again)).toEqual(uids(text));
  });
});

describe('escaping and folding', () => {
  it.each([
    ['a;b,c', 'a\\;b\\,c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\r\nthree', 'two\\nlines\\nthree'],
    ['bell\u0007', 'bell '],
  ])('escapes %j as %j', (input, output) => {
    expect(escapeText(input)).toBe(output);
  });

  it('never splits a multi-byte character', () => {
    const folded = foldLine(`SUMMARY:${'€'.repeat(60)}`);
    for (const part of folded.split('\r\n')) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(part.replace(/^ /, '')).toMatch(/^(SUMMARY:)?€+$/);
    }
  });
});

describe('dates a calendar cannot take', () => {
  /** A plan of an older version could hold them: before 2026-11 the schema took any yyyy-mm-dd. */
  function oddPlan() {
    const p = plan();
    p.schedule = { ...p.schedule, validFrom: '9999-01-01', validUntil: '9999-12-31', reviewRhythm: 'maand' };
    p.schedule.milestones = [
      { id: 'm1', milestone: 'Analyse klaar', date: '2027-01-20', done: false },
      { id: 'm2', milestone: 'Ver weg', date: '20255-03-04', done: false },
      { id: 'm3', milestone: '', date: '2027-02-31', done: false },
    ];
    p.actie.actions[0]!.due = '2101-01-01';
    return p;
  }

  it('are left out, and named, instead of breaking the file', () => {
    const skipped: string[] = [];
    const events = planEvents(oddPlan(), skipped);
    expect(events.map((e) => e.date)).toEqual(['2027-01-20']);
    expect(skipped).toEqual([
      'Stap 2: Geldig vanaf',
      'Stap 2: Geldig tot',
      'Stap 2, mijlpaal 2 (Ver weg): Datum',
      'Stap 2, mijlpaal 3: Datum',
      'Stap 9, actie 1 (Offerte maken, met korting; en een lange toelichting die ve…): Klaar',
    ]);
  });

  it('leave a file that an independent parser reads', () => {
    const text = planToIcs(oddPlan(), new Date('2027-01-05T09:30:00Z'));
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toString())).toEqual(['2027-01-20']);
  });

  it('do not stop review dates of a period that is usable', () => {
    const p = oddPlan();
    p.schedule = { ...p.schedule, validFrom: '2100-01-01', validUntil: '2100-12-31', reviewRhythm: 'halfjaar' };
    expect(
      planEvents(p)
        .filter((e) => e.summary.startsWith('Evaluatie'))
        .map((e) => e.date),
    ).toEqual(['2100-07-01']);
  });
});
