import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../../src/plan/example/example-plan';
import { createPlan } from '../../../src/plan/model/plan';
import type { Plan } from '../../../src/plan/model/schema';
import { timeline, timelineData } from '../../../src/plan/pictures/timeline';
import { PRINT, SCREEN, type Picture, type PictureRect, type PictureScale } from '../../../src/plan/pictures/picture';
import { addMonths } from '../../../src/plan/values/dates';
import { graphemes } from '../../../src/plan/values/text';
import { box, inside, outside, overlaps, readText, texts, tooWide } from './geometry';

type Action = Plan['actie']['actions'][number];

const TODAY = '2027-04-02';
const SIZES: Array<[string, PictureScale]> = [
  ['a phone (340 px)', { width: 340, ...SCREEN }],
  ['a wide column (720 px)', { width: 720, ...SCREEN }],
  ['the PDF (160 mm)', PRINT],
];
const STATUSES = ['gepland', 'bezig', 'klaar', 'vervallen'] as const;

function action(i: number, fields: Partial<Action> = {}): Action {
  return {
    id: `a${i}`,
    action: `Actie nummer ${i}`,
    objective: `o${i % 3}`,
    owner: 'Sanne de Wit',
    start: '2027-02-01',
    due: '2027-03-15',
    resources: '',
    status: STATUSES[i % 4]!,
    ...fields,
  };
}

function planWith(actions: Action[], edit?: (plan: Plan) => void): Plan {
  const plan = createPlan('test', new Date(2027, 3, 2));
  plan.actie.actions = actions;
  plan.develop.objectives = [0, 1, 2].map((i) => ({
    id: `o${i}`,
    objective: `Doel ${i}`,
    type: '',
    kpi: '',
    baseline: '',
    target: '',
    deadline: '',
    question: '',
    goal: '',
    strategy: '',
  }));
  plan.schedule.validFrom = '2027-01-01';
  plan.schedule.validUntil = '2027-12-31';
  plan.schedule.reviewRhythm = 'kwartaal';
  edit?.(plan);
  return plan;
}

const bars = (p: Picture) =>
  p.shapes.filter((s) => (s.type === 'rect' || s.type === 'mark') && s.role === 'bar') as Array<PictureRect | (Picture['shapes'][number] & { type: 'mark' })>;

/** What every timeline must hold, at any size: nothing overlapping, nothing outside, every text in its room. */
function expectSound(picture: Picture) {
  expect(overlaps(texts(picture))).toEqual([]);
  expect(outside(picture)).toEqual([]);
  expect(tooWide(picture)).toEqual([]);
  // Bars and marks of different rows never overlap, and never a text.
  const marks = picture.shapes.filter((s) => (s.type === 'rect' && s.role === 'bar') || (s.type === 'mark' && s.role !== 'legend-sample'));
  expect(overlaps(marks)).toEqual([]);
  for (const m of marks) for (const t of texts(picture)) expect(inside(box(t), box(m)) || !overlapsBox(box(t), box(m)), `${t.text} over a bar`).toBe(true);
}
const overlapsBox = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the timeline', () => {
  it('is not drawn while there is no action and no milestone', () => {
    expect(timeline(planWith([]), { width: 720, ...SCREEN }, TODAY)).toBeNull();
  });

  it.each(SIZES)('of forty actions over two years, on %s: every action placed, nothing overlapping', (_, size) => {
    const actions = Array.from({ length: 40 }, (_, i) =>
      action(i, { start: addMonths('2027-01-10', Math.floor(i / 2)), due: addMonths('2027-02-20', Math.floor(i / 2)) }),
    );
    const picture = timeline(
      planWith(actions, (p) => (p.schedule.validUntil = '2028-12-31')),
      size,
      TODAY,
    )!;
    expectSound(picture);
    expect(
      bars(picture)
        .map((b) => b.ref)
        .sort(),
    ).toEqual(actions.map((a) => a.id).sort());
    const months = texts(picture).filter((t) => t.role === 'month');
    expect(months.length).toBeGreaterThanOrEqual(4);
    expect(
      texts(picture)
        .filter((t) => t.role === 'year')
        .map((t) => t.text),
    ).toEqual(['2027', '2028']);
    // Later starts lie further right.
    const x = (id: string) => bars(picture).find((b) => b.ref === id)!.x;
    expect(x('a38')).toBeGreaterThan(x('a0'));
    for (const a of actions) expect(picture.description).toContain(a.action);
  });

  it('groups the actions by objective, in the order of step 6, those without one last', () => {
    const actions = [action(0, { objective: 'o2' }), action(1, { objective: 'o0' }), action(2, { objective: '' }), action(3, { objective: 'removed' })];
    const data = timelineData(planWith(actions), TODAY);
    expect(data.groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['Doel 0', ['a1']],
      ['Doel 2', ['a0']],
      ['Zonder doel', ['a2', 'a3']],
    ]);
    const picture = timeline(planWith(actions), { width: 720, ...SCREEN }, TODAY)!;
    const groups = texts(picture).filter((t) => t.role === 'group');
    expect(groups.map((t) => t.text)).toEqual(['Doel 0', 'Doel 2', 'Zonder doel']);
  });

  it('lists undated actions and milestones apart, under the picture, never dropping them', () => {
    const actions = [action(0), action(1, { start: '', due: '' }), action(2, { start: 'geen datum', due: '' })];
    const plan = planWith(actions, (p) => (p.schedule.milestones = [{ id: 'm1', milestone: 'Plan af', date: '', done: false }]));
    const data = timelineData(plan, TODAY);
    expect(data.undated.map((i) => i.id)).toEqual(['m1', 'a1', 'a2']);
    for (const [, size] of SIZES) {
      const picture = timeline(plan, size, TODAY)!;
      expectSound(picture);
      const listed = texts(picture).filter((t) => t.role === 'undated');
      expect(listed.map((t) => t.ref)).toEqual(['m1', 'a1', 'a2']);
      expect(bars(picture).map((b) => b.ref)).toEqual(['a0']);
      expect(readText(picture)).toContain('Actie nummer 1');
      expect(picture.description).toContain('Zonder datum');
    }
    // Nothing dated at all: only the list, no axis.
    const none = timeline(
      planWith([action(1, { start: '', due: '' })], (p) => Object.assign(p.schedule, { validFrom: '', validUntil: '' })),
      { width: 720, ...SCREEN },
      TODAY,
    )!;
    expect(texts(none).some((t) => t.role === 'month')).toBe(false);
    expect(
      texts(none)
        .filter((t) => t.role === 'undated')
        .map((t) => t.ref),
    ).toEqual(['a1']);
  });

  it('draws an action with one date as a point, dates in the wrong order from the earlier one, a status as colour and as text', () => {
    const actions = [action(0, { start: '', due: '2027-05-01' }), action(1, { start: '2027-06-30', due: '2027-06-01', status: 'bezig' })];
    const picture = timeline(planWith(actions), { width: 720, ...SCREEN }, TODAY)!;
    const [point, reversed] = ['a0', 'a1'].map((id) => bars(picture).find((b) => b.ref === id)!);
    expect(point!.type).toBe('mark');
    expect(reversed!.type).toBe('rect');
    expect((reversed as PictureRect).fill).toBe('bezig');
    expect(
      texts(picture)
        .filter((t) => t.ref === 'a1' && t.role === 'status')
        .map((t) => t.text)
        .join(' '),
    ).toContain('bezig');
  });

  it("puts step 2's milestones as diamonds, review dates as dashed lines and today as a line when it falls on the axis", () => {
    const plan = planWith([action(0)], (p) => (p.schedule.milestones = [{ id: 'm1', milestone: 'Plan goedgekeurd', date: '2026-12-15', done: true }]));
    const picture = timeline(plan, { width: 720, ...SCREEN }, TODAY)!;
    const diamonds = picture.shapes.filter((s) => s.type === 'mark' && s.role === 'milestone');
    expect(diamonds).toMatchObject([{ shape: 'diamond', fill: 'milestone', ref: 'm1' }]);
    expect(picture.shapes.filter((s) => s.type === 'line' && s.role === 'review')).toHaveLength(3);
    expect(picture.shapes.filter((s) => s.type === 'line' && s.role === 'today')).toHaveLength(1);
    // The axis reaches back to the milestone before the plan's period.
    expect(texts(picture).find((t) => t.role === 'month')!.text).toBe('dec');
    expect(timelineData(plan, TODAY).axis).toEqual({ from: '2026-12-01', to: '2028-01-01' });
    const later = timeline(plan, { width: 720, ...SCREEN }, '2031-01-01')!;
    expect(later.shapes.filter((s) => s.type === 'line' && s.role === 'today')).toHaveLength(0);
    expect(later.description).toContain('Vandaag is 1 januari 2031');
  });

  it('shortens titles of 80 characters between graphemes, keeping every title whole for screen readers', () => {
    const long = 'Organiseer 🧑🏽‍🍳 een bijeenkomst in Ś-Hertogenbosch 🇧🇪 met alle teamleiders van de vijftien locaties';
    const solid = '👩‍👩‍👧‍👦'.repeat(30) + 'ş'.repeat(50);
    expect(graphemes(long).length).toBeGreaterThanOrEqual(80);
    expect(graphemes(solid)).toHaveLength(80);
    for (const [, size] of SIZES) {
      const picture = timeline(planWith([action(0, { action: long }), action(1, { action: solid })]), size, TODAY)!;
      expectSound(picture);
      const whole = new Set([...graphemes(long), ...graphemes(solid), '…', ' ']);
      for (const t of texts(picture).filter((t) => t.role === 'title'))
        for (const g of graphemes(t.text)) expect(whole.has(g), `"${g}" of "${t.text}"`).toBe(true);
      expect(picture.description).toContain(long);
      expect(picture.description).toContain(solid);
    }
  });

  it('holds any action plan a reader can type (property)', () => {
    const date = fc.oneof(
      fc.constant(''),
      fc.constant('31-02-2027'),
      fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    const row = fc.record({
      action: fc.string({ maxLength: 90, unit: 'grapheme' }),
      objective: fc.constantFrom('', 'o0', 'o1', 'x'),
      start: date,
      due: date,
      status: fc.constantFrom('', ...STATUSES),
      owner: fc.string({ maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.constantFrom(...SIZES.map(([, s]) => s)), (rows, size) => {
        const actions = rows.map((r, i) => action(i, r as Partial<Action>));
        const picture = timeline(planWith(actions), size, TODAY)!;
        expectSound(picture);
        const placed = [
          ...bars(picture).map((b) => b.ref),
          ...texts(picture)
            .filter((t) => t.role === 'undated')
            .map((t) => t.ref),
        ];
        expect(new Set(placed)).toEqual(new Set(actions.map((a) => a.id)));
      }),
      { numRuns: 60 },
    );
  });

  it('draws the example: eight actions of Lindenhof under their six objectives, five milestones, three reviews', () => {
    const plan = examplePlan();
    const picture = timeline(plan, { width: 720, ...SCREEN }, plan.updatedAt.slice(0, 10))!;
    expectSound(picture);
    expect(bars(picture)).toHaveLength(plan.actie.actions.length);
    for (const a of plan.actie.actions) expect(readText(picture)).toContain(a.action);
    expect(picture.shapes.filter((s) => s.type === 'mark' && s.role === 'milestone')).toHaveLength(plan.schedule.milestones.length);
    expect(picture.shapes.filter((s) => s.type === 'line' && s.role === 'review')).toHaveLength(3);
  });

  it('in brief (a slide’s timeline) gives every action one line, its status first, all actions in one group', () => {
    const plan = planWith([0, 1, 2, 3, 4, 5].map((i) => action(i, { action: `Een actie met een titel die langer is dan de ruimte ervoor, nummer ${i}` })));
    const picture = timeline(plan, { width: 864, font: 13, small: 11.5 }, TODAY, { brief: true })!;
    expectSound(picture);
    const titles = texts(picture).filter((t) => t.role === 'title');
    expect(titles).toHaveLength(6);
    for (const t of titles) expect(t.text).toMatch(new RegExp(`^(${STATUSES.join('|')}): Een actie`));
    expect(texts(picture).some((t) => t.role === 'status')).toBe(false);
    expect(
      texts(picture)
        .filter((t) => t.role === 'group')
        .map((t) => t.text),
    ).toEqual(['Acties']);
    // The objectives' names stay out of it (for the customer they may be internal); screen readers still hear every title.
    expect(readText(picture)).not.toContain('Doel 1');
    for (const a of plan.actie.actions) expect(picture.description).toContain(a.action);
  });
});
