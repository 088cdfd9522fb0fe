import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { planToIcs } from '../../../src/plan/exchange/ics';
import { createPlan } from '../../../src/plan/model/plan';
import { SECTION_IDS } from '../../../src/plan/model/schema';
import { fieldColumns, sectionFields } from '../../../src/plan/model/field-entries';

/** Every label and hint of the schema, columns included. */
function schemaTexts(): string[] {
  return SECTION_IDS.flatMap((section) =>
    sectionFields(section).flatMap((entry) => [entry.info.label, entry.info.hint, ...fieldColumns(entry).flatMap((c) => [c.info.label, c.info.hint])]),
  );
}

describe('the words of the schema (content review, 2026-11-27)', () => {
  const texts = schemaTexts().join('\n');

  it.each([
    ['"ziet jij" for "zie jij"', /\bziet jij\b/i],
    ['"een af plan" for "een afgerond plan"', /\been af plan\b/i],
    ['"kans van slagen" where the vocabulary says "waarschijnlijkheid"', /kans van slagen/i],
    ['a bare "Kans" as the label of a likelihood or a sales opportunity', /^Kans$/m],
  ])('have no %s', (_name, pattern) => {
    const labels = schemaTexts();
    expect(labels.filter((t) => pattern.test(t))).toEqual([]);
    expect(texts).not.toMatch(pattern);
  });
});

describe('the calendar', () => {
  it('names the plan once in the description of a review', () => {
    const plan = createPlan('Van Dijk');
    Object.assign(plan.cover, { account: 'Van Dijk', title: 'Accountplan Van Dijk 2027' });
    plan.schedule = { ...plan.schedule, validFrom: '2027-01-01', validUntil: '2027-12-31', reviewRhythm: 'halfjaar' };
    const event = new ICAL.Component(ICAL.parse(planToIcs(plan, new Date('2027-01-05T09:30:00Z'))))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))[0]!;
    expect(event.description).toMatch(/^Evaluatiemoment 1 van Accountplan Van Dijk 2027\./);
    expect(event.description).not.toMatch(/accountplan accountplan/i);
  });
});
