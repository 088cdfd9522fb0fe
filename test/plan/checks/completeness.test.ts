import { describe, expect, it } from 'vitest';
import { completenessLabel, planCompleteness, sectionCompleteness } from '../../../src/plan/checks/completeness';
import { createPlan } from '../../../src/plan/model/plan';
import { reviewDates } from '../../../src/plan/method/reviews';
import { SECTION_IDS, WRITTEN_SECTION_IDS, type SectionId } from '../../../src/plan/model/schema';
import { sectionFields } from '../../../src/plan/model/field-entries';

describe('completeness', () => {
  it.each(SECTION_IDS)('of an empty plan is 0 for %s, counting every field', (section) => {
    const c = sectionCompleteness(createPlan(), section);
    expect(c.filled).toBe(0);
    expect(c.total).toBe(sectionFields(section).length);
    expect(c.missing).toEqual(sectionFields(section).map((f) => f.key));
  });

  it.each<[string, (p: ReturnType<typeof createPlan>) => void, number]>([
    ['a text', (p) => (p.envision.ambition = 'Groeien'), 1],
    ['only spaces', (p) => (p.envision.ambition = '   '), 0],
    ['a score', (p) => (p.envision.willingness = 3), 1],
    ['a list with one item', (p) => (p.envision.customerGoals = [{ id: 'a', text: 'Minder kosten' }]), 1],
    ['a list with an empty item', (p) => (p.envision.customerGoals = [{ id: 'a', text: '' }]), 0],
    [
      'a table row with one cell',
      (p) => (p.envision.history = [{ id: 'h', year: 2026, revenue: null, margin: null, share: null, shareEstimate: false, forecast: false }]),
      1,
    ],
    [
      'a table row with nothing in it',
      (p) => (p.envision.history = [{ id: 'h', year: null, revenue: null, margin: null, share: null, shareEstimate: false, forecast: false }]),
      0,
    ],
    ['three fields', (p) => Object.assign(p.envision, { ambition: 'x', attitude: 'positief', readers: [{ id: 'r', text: 'Team' }] }), 3],
  ])('counts %s as %i filled field(s)', (_name, fill, filled) => {
    const plan = createPlan();
    fill(plan);
    expect(sectionCompleteness(plan, 'envision').filled).toBe(filled);
  });

  it('adds up over the whole plan', () => {
    const plan = createPlan();
    plan.cover.title = 'x';
    plan.actie.embedding = [{ id: 'e', text: 'In het teamoverleg' }];
    const all = planCompleteness(plan);
    expect(all.filled).toBe(2);
    expect(all.total).toBe(WRITTEN_SECTION_IDS.reduce((n, s: SectionId) => n + sectionFields(s).length, 0));
  });

  it.each([
    [{ filled: 7, total: 12 }, '7 van 12 velden ingevuld'],
    [{ filled: 0, total: 1 }, '0 van 1 veld ingevuld'],
  ])('is written as %j', (c, text) => {
    expect(completenessLabel(c)).toBe(text);
  });
});

describe('review dates', () => {
  const schedule = (validFrom: string, validUntil: string, reviewRhythm: '' | 'maand' | 'kwartaal' | 'halfjaar') => ({
    ...createPlan().schedule,
    validFrom,
    validUntil,
    reviewRhythm,
  });

  it.each([
    [schedule('2027-01-01', '2027-12-31', 'kwartaal'), ['2027-04-01', '2027-07-01', '2027-10-01']],
    [schedule('2027-01-31', '2027-04-30', 'maand'), ['2027-02-28', '2027-03-31', '2027-04-30']],
    [schedule('2027-01-01', '2028-01-01', 'halfjaar'), ['2027-07-01', '2028-01-01']],
    [schedule('2027-01-01', '2027-12-31', ''), []],
    [schedule('', '2027-12-31', 'maand'), []],
    [schedule('2027-12-31', '2027-01-01', 'maand'), []],
  ])('follow from the period and rhythm (%#)', (s, dates) => {
    expect(reviewDates(s)).toEqual(dates);
  });
});
