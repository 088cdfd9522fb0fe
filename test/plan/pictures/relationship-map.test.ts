import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplePlan } from '../../../src/plan/example/example-plan';
import { createPlan } from '../../../src/plan/model/plan';
import { DMU_ROLES, type Plan } from '../../../src/plan/model/schema';
import { ATTITUDE_SIGNS, mapPeople, relationshipMap } from '../../../src/plan/pictures/relationship-map';
import { PRINT, SCREEN, type Picture, type PictureScale } from '../../../src/plan/pictures/picture';
import { graphemes } from '../../../src/plan/values/text';
import { box, inside, outside, overlaps, readText, rects, texts, tooWide } from './geometry';

type Person = Plan['discover']['dmu'][number];

const TODAY = '2027-04-02';
const SIZES: Array<[string, PictureScale]> = [
  ['a phone (340 px)', { width: 340, ...SCREEN }],
  ['a wide column (720 px)', { width: 720, ...SCREEN }],
  ['the PDF (160 mm)', PRINT],
];

function person(i: number, fields: Partial<Person> = {}): Person {
  return {
    id: `p${i}`,
    name: `Persoon nummer ${i}`,
    position: 'Manager',
    role: DMU_ROLES[i % DMU_ROLES.length]!,
    influence: (['hoog', 'midden', 'laag'] as const)[i % 3]!,
    attitude: (['voorstander', 'positief', 'neutraal', 'kritisch', 'tegenstander'] as const)[i % 5]!,
    lastContact: '2027-03-01',
    owner: 'Sanne de Wit',
    reportsTo: '',
    ...fields,
  };
}

function planWith(people: Person[], edit?: (plan: Plan) => void): Plan {
  const plan = createPlan('test', new Date(2027, 3, 2));
  plan.discover.dmu = people;
  plan.schedule.reviewRhythm = 'kwartaal';
  edit?.(plan);
  return plan;
}

/** What every map must hold, at any size: every member once, nothing overlapping, nothing outside. */
function expectSound(picture: Picture, people: readonly Person[]) {
  const cards = rects(picture, 'card');
  expect(cards.map((c) => c.ref).sort()).toEqual(people.map((p) => p.id).sort());
  expect(overlaps(cards)).toEqual([]);
  expect(overlaps(texts(picture))).toEqual([]);
  expect(outside(picture)).toEqual([]);
  expect(tooWide(picture)).toEqual([]);
  // Every text of a card stays inside that card.
  for (const t of texts(picture).filter((t) => t.ref)) {
    const card = cards.find((c) => c.ref === t.ref)!;
    expect(inside(box(t), card), `"${t.text}" in the card of ${t.ref}`).toBe(true);
  }
}

describe('the relationship map', () => {
  it('is not drawn while the DMU is empty', () => {
    for (const [, size] of SIZES) expect(relationshipMap(planWith([]), size, TODAY)).toBeNull();
  });

  it.each(SIZES)('of one member, on %s: one card with the name, the sign of the attitude and the owner', (_, size) => {
    const people = [person(1, { name: 'Ingrid Bos', attitude: 'kritisch', owner: 'Karin Vos' })];
    const picture = relationshipMap(planWith(people), size, TODAY)!;
    expectSound(picture, people);
    const text = readText(picture);
    expect(text).toContain('Ingrid Bos');
    expect(text).toContain(ATTITUDE_SIGNS.kritisch);
    expect(text).toContain('Karin Vos');
    expect(picture.title).toContain('1 persoon');
  });

  it.each(SIZES)('of thirty members, on %s: every one placed, nothing overlapping', (_, size) => {
    const people = Array.from({ length: 30 }, (_, i) => person(i));
    const picture = relationshipMap(planWith(people), size, TODAY)!;
    expectSound(picture, people);
    for (const p of people) expect(picture.description).toContain(p.name);
  });

  it.each(SIZES)('of thirty members reporting in a chain and a tree, on %s: every one placed, joined by lines', (_, size) => {
    const people = Array.from({ length: 30 }, (_, i) => person(i, { reportsTo: i === 0 ? '' : `p${Math.floor((i - 1) / 3)}` }));
    const picture = relationshipMap(planWith(people), size, TODAY)!;
    expectSound(picture, people);
    expect(picture.shapes.filter((s) => s.type === 'line' && s.role === 'link').length).toBeGreaterThanOrEqual(29);
    // The chart reads from the top down: no one stands above the person they report to.
    const top = (id: string) => rects(picture, 'card').find((c) => c.ref === id)!.y;
    for (const p of people.slice(1)) expect(top(p.id)).toBeGreaterThan(top(p.reportsTo));
  });

  it('without reporting lines stands every member in the lane of their role, in the order the lesson teaches', () => {
    const people = [...DMU_ROLES].reverse().map((role, i) => person(i, { role, name: `Iemand ${role}` }));
    const picture = relationshipMap(planWith(people), { width: 720, ...SCREEN }, TODAY)!;
    const lanes = texts(picture).filter((t) => t.role === 'lane');
    expect(lanes.map((t) => t.text.toLowerCase())).toEqual([...DMU_ROLES]);
    const cardTop = (role: string) => rects(picture, 'card').find((c) => c.ref === people.find((p) => p.role === role)!.id)!.y;
    for (let i = 1; i < DMU_ROLES.length; i++) expect(cardTop(DMU_ROLES[i]!)).toBeGreaterThan(cardTop(DMU_ROLES[i - 1]!));
    // A lane no one is in says so, a member without a role gets a lane of their own.
    const sparse = relationshipMap(planWith([person(0, { role: 'beslisser' }), person(1, { role: '' })]), { width: 720, ...SCREEN }, TODAY)!;
    expect(texts(sparse).filter((t) => t.role === 'empty-lane')).toHaveLength(DMU_ROLES.length - 1);
    expect(
      texts(sparse)
        .filter((t) => t.role === 'lane')
        .map((t) => t.text),
    ).toContain('Nog geen rol');
  });

  it('shows attitude as colour and as a sign, influence as the weight of the edge', () => {
    const people = [person(0, { attitude: 'voorstander', influence: 'hoog' }), person(1, { attitude: 'tegenstander', influence: 'laag' })];
    const picture = relationshipMap(planWith(people), { width: 720, ...SCREEN }, TODAY)!;
    const [a, b] = people.map((p) => rects(picture, 'card').find((c) => c.ref === p.id)!);
    expect(a!.fill).toBe('voorstander');
    expect(b!.fill).toBe('tegenstander');
    expect(a!.strokeWidth).toBeGreaterThan(b!.strokeWidth);
    const sign = (id: string) => texts(picture).find((t) => t.role === 'sign' && t.ref === id)!.text;
    expect([sign('p0'), sign('p1')]).toEqual([ATTITUDE_SIGNS.voorstander, ATTITUDE_SIGNS.tegenstander]);
  });

  it('greys the last contact when it is longer ago than the review rhythm, and says so', () => {
    // A quarter before 2 April is 2 January: a contact on that day is just in time.
    const people = [person(0, { lastContact: '2027-01-02' }), person(1, { lastContact: '2027-01-01' })];
    const quarterly = mapPeople(planWith(people), TODAY);
    expect(quarterly.map((p) => p.stale)).toEqual([false, true]);
    const monthly = mapPeople(
      planWith(people, (plan) => (plan.schedule.reviewRhythm = 'maand')),
      TODAY,
    );
    expect(monthly.map((p) => p.stale)).toEqual([true, true]);
    // Without a rhythm nothing is too long ago.
    expect(
      mapPeople(
        planWith(people, (plan) => (plan.schedule.reviewRhythm = '')),
        TODAY,
      ).some((p) => p.stale),
    ).toBe(false);
    const picture = relationshipMap(planWith(people), { width: 720, ...SCREEN }, TODAY)!;
    const stale = texts(picture).filter((t) => t.role === 'contact-stale');
    expect(stale.every((t) => t.ref === 'p1' && t.tone === 'muted')).toBe(true);
    expect(stale.map((t) => t.text).join(' ')).toContain('te lang geleden');
    expect(
      texts(picture)
        .filter((t) => t.role === 'contact' && t.ref === 'p0')
        .every((t) => t.tone === 'text'),
    ).toBe(true);
  });

  it("names the owner with their role in step 5's team, and step 8's relationship scores", () => {
    const plan = planWith([person(0, { owner: ' karin vos ' }), person(1, { owner: '' })], (p) => {
      p.align.team = [{ id: 't1', name: 'Karin Vos', role: 'Salesmanager', tasks: '', hours: null }];
      p.inspire.relationships = [{ id: 'r1', contact: 'p0', now: 2, target: 4, action: '' }];
    });
    const picture = relationshipMap(plan, { width: 720, ...SCREEN }, TODAY)!;
    const on = (id: string) =>
      texts(picture)
        .filter((t) => t.ref === id)
        .map((t) => t.text)
        .join(' ');
    expect(on('p0')).toContain('karin vos (Salesmanager)');
    expect(on('p0')).toContain('Relatie nu 2, doel 4');
    expect(on('p1')).toContain('Eigenaar: nog niemand');
    expect(on('p1')).not.toContain('Relatie');
  });

  it('survives circles and dangling references in "rapporteert aan": everyone still placed once', () => {
    const people = [
      person(0, { reportsTo: 'p1' }),
      person(1, { reportsTo: 'p0' }),
      person(2, { reportsTo: 'p2' }),
      person(3, { reportsTo: 'gone' }),
      person(4, { reportsTo: 'p0' }),
    ];
    const lines = mapPeople(planWith(people), TODAY).map((p) => p.reportsTo);
    expect(lines).toEqual([null, 'p0', null, null, 'p0']);
    for (const [, size] of SIZES) expectSound(relationshipMap(planWith(people), size, TODAY)!, people);
  });

  it('wraps or shortens names of 80 characters between graphemes, never inside one', () => {
    const long = 'Anne-Marie 👩🏽‍💼 van den Bosch-Oudenhoven tot Schaarsbergen 🇳🇱 en Wijhe-Zuid 🧑‍🤝‍🧑🏿 Zuiderveld-Ås';
    const unbroken = 'Ç'.repeat(20) + '👨‍👩‍👧‍👦'.repeat(20) + 'é'.repeat(40);
    // Both eighty characters as a reader counts them, or more.
    expect(graphemes(long).length).toBeGreaterThanOrEqual(80);
    expect(graphemes(unbroken)).toHaveLength(80);
    const people = [person(0, { name: long, position: long }), person(1, { name: unbroken, owner: unbroken })];
    for (const [, size] of SIZES) {
      const picture = relationshipMap(planWith(people), size, TODAY)!;
      expectSound(picture, people);
      // A line of a name or a position is made of whole graphemes of what was typed (and "…"):
      // a cut inside an emoji or a flag would leave a piece that is not one of them.
      const whole = new Set([...graphemes(long), ...graphemes(unbroken), '…', ' ']);
      for (const t of texts(picture).filter((t) => t.role === 'name' || t.role === 'position')) {
        expect(t.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        for (const g of graphemes(t.text)) expect(whole.has(g), `"${g}" of "${t.text}"`).toBe(true);
      }
      // The whole name is in the text for screen readers.
      expect(picture.description).toContain(long);
    }
  });

  it('holds any DMU a reader can type: every member placed once, no text over another (property)', () => {
    const row = fc.record({
      name: fc.string({ maxLength: 90, unit: 'grapheme' }),
      position: fc.string({ maxLength: 60, unit: 'grapheme' }),
      role: fc.constantFrom('', ...DMU_ROLES),
      influence: fc.constantFrom('', 'hoog', 'midden', 'laag'),
      attitude: fc.constantFrom('', 'voorstander', 'positief', 'neutraal', 'kritisch', 'tegenstander'),
      lastContact: fc.constantFrom('', '2026-01-01', '2027-03-30', 'not a date'),
      owner: fc.string({ maxLength: 40 }),
      boss: fc.nat(40),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 14 }), fc.constantFrom(...SIZES.map(([, s]) => s)), (rows, size) => {
        const people = rows.map((r, i) => person(i, { ...r, reportsTo: r.boss % 3 === 0 ? '' : `p${r.boss % rows.length}` }) as Person);
        expectSound(relationshipMap(planWith(people), size, TODAY)!, people);
      }),
      { numRuns: 60 },
    );
  });

  it('draws the example: six people of Lindenhof as an organisation chart under Ingrid Bos', () => {
    const plan = examplePlan();
    const picture = relationshipMap(plan, { width: 720, ...SCREEN }, plan.updatedAt.slice(0, 10))!;
    expectSound(picture, plan.discover.dmu);
    for (const p of plan.discover.dmu) expect(readText(picture)).toContain(p.name);
    const top = rects(picture, 'card').reduce((a, b) => (b.y < a.y ? b : a));
    expect(top.ref).toBe('d1');
    expect(picture.description).toContain('rapporteert aan Ingrid Bos');
  });

  it('in brief (a slide’s map) says who everyone is and where they stand, without contacts, owners, scores or legend', () => {
    const plan = examplePlan();
    const today = plan.updatedAt.slice(0, 10);
    const full = relationshipMap(plan, { width: 720, ...SCREEN }, today)!;
    const brief = relationshipMap(plan, { width: 720, ...SCREEN }, today, { brief: true })!;
    expectSound(brief, plan.discover.dmu);
    const roles = (p: Picture) => new Set(texts(p).map((t) => t.role));
    for (const gone of ['contact', 'contact-stale', 'owner', 'relation']) expect(roles(brief).has(gone), gone).toBe(false);
    expect(roles(full).has('owner')).toBe(true);
    expect(brief.shapes.some((s) => s.role === 'legend-sample')).toBe(false);
    for (const p of plan.discover.dmu) expect(readText(brief)).toContain(`${p.attitude}, invloed ${p.influence}`);
    expect(brief.height).toBeLessThan(full.height);
    // Screen readers still hear everything.
    expect(brief.description).toBe(full.description);
  });

  it('in brief holds any DMU too (property)', () => {
    const row = fc.record({
      name: fc.string({ maxLength: 90, unit: 'grapheme' }),
      position: fc.string({ maxLength: 60, unit: 'grapheme' }),
      attitude: fc.constantFrom('', 'voorstander', 'kritisch'),
      boss: fc.nat(20),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), fc.integer({ min: 300, max: 1300 }), (rows, width) => {
        const people = rows.map((r, i) => person(i, { ...r, reportsTo: r.boss % 3 === 0 ? '' : `p${r.boss % rows.length}` }) as Person);
        expectSound(relationshipMap(planWith(people), { width, font: 13, small: 11.5 }, TODAY, { brief: true })!, people);
      }),
      { numRuns: 40 },
    );
  });
});
