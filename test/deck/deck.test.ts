import { describe, expect, it } from 'vitest';
import { buildDeck, DEFAULT_MINUTES } from '../../src/deck/build';
import { firstSentence } from '../../src/deck/clean';
import { deckLabels } from '../../src/deck/labels';
import { layoutDeck } from '../../src/deck/layout';
import { MAX_SLIDES, SLIDE_IDS, type Deck, type Slide } from '../../src/deck/model';
import { examplePlan } from '../../src/plan/example/example-plan';
import { budgetTotals, financeYears } from '../../src/plan/finance/totals';
import { fieldAnchor } from '../../src/plan/model/fields';
import { createPlan } from '../../src/plan/model/plan';
import { PLAN_STRUCTURE, type Plan } from '../../src/plan/model/schema';
import { lessonPath, STEPS } from '../../src/plan/model/steps';
import { formatEuro } from '../../src/plan/values/format';

const labels = deckLabels();
const slide = (deck: Deck, id: Slide['id']) => deck.slides.find((s) => s.id === id)!;
/** Every word a slide shows or says: title, blocks and notes. */
const allText = (s: Slide) => `${s.title}\n${JSON.stringify(s.blocks)}\n${s.notes}`;

describe('the deck of the example plan', () => {
  const plan = examplePlan();
  const deck = buildDeck(plan, labels);

  it('has the slides in their order, at most ten, all shown, and asks for nothing', () => {
    expect(deck.slides.map((s) => s.id)).toEqual([...SLIDE_IDS]);
    expect(deck.shown.map((s) => s.id)).toEqual([...SLIDE_IDS]);
    expect(deck.slides.length).toBeLessThanOrEqual(MAX_SLIDES);
    expect(deck.slides.flatMap((s) => s.missing)).toEqual([]);
    expect(deck.minutes).toBe(DEFAULT_MINUTES);
  });

  it('gives every slide a title that states its message, made from the plan', () => {
    const k = plan.klantplan;
    // The key question most SMART objectives follow from: q1 (three objectives).
    const strongest = k.keyQuestions.reduce((best, q) => (plan.develop.objectives.filter((o) => o.question === q.id).length > plan.develop.objectives.filter((o) => o.question === best.id).length ? q : best));
    const risk = plan.adapt.risks.find((r) => r.likelihood === 'midden' && r.impact === 'hoog')!;
    // The figures slide: from the last year before the plan to the first plan year.
    const years = financeYears(plan);
    const firstPlan = years.find((y) => y.kind === 'plan')!;
    const lastRealised = years.filter((y) => y.kind !== 'plan').at(-1)!;
    expect(deck.slides.map((s) => [s.id, s.title])).toEqual([
      ['titel', plan.cover.title],
      ['klant', `Dit wil ${plan.cover.account}: ${plan.envision.customerGoals[0]!.text}`],
      ['analyse', `Kernvraag: ${strongest.question}`],
      ['strategie', firstSentence(plan.develop.valueProposition)],
      // The next open action is the earliest one not done: the audit checklist, due 30 April.
      ['acties', `8 acties tot december 2027. Nu aan de beurt: ${plan.actie.actions.find((a) => a.id === 'a6')!.action}`],
      ['cijfers', `De omzet groeit van ${formatEuro(lastRealised.revenue)} in ${lastRealised.year} naar ${formatEuro(firstPlan.revenue)} in ${firstPlan.year}`],
      ['vraag', `We vragen ${plan.cover.account} een besluit over ‘${plan.develop.opportunities.find((o) => o.id === 'op2')!.opportunity}’, en intern ${formatEuro(budgetTotals(plan).cost)}`],
      ['risicos', `Grootste risico: ${risk.risk}. Wat we doen: ${risk.measure}`],
      ['vragen', 'Welke vragen heb je?'],
    ]);
    for (const s of deck.slides) expect(s.title).toBe(s.generatedTitle);
  });

  it('writes speaker notes from the plan for every slide', () => {
    const notes = (id: Slide['id']) => slide(deck, id).notes;
    expect(notes('titel')).toContain(plan.envision.ambition);
    expect(notes('titel')).toContain(plan.cover.summary.split('\n\n')[1]!);
    expect(notes('klant')).toContain(plan.discover.strategy);
    expect(notes('klant')).toContain(plan.envision.attitudeNote);
    expect(notes('klant')).toContain(plan.envision.classificationReason);
    for (const p of plan.discover.dmu) expect(notes('klant')).toContain(p.name);
    expect(notes('analyse')).toContain(plan.klantplan.conversationOutcome);
    for (const q of plan.klantplan.keyQuestions) expect(notes('analyse')).toContain(q.question);
    expect(notes('strategie')).toContain(plan.develop.growthNote);
    for (const o of plan.develop.objectives) expect(notes('strategie')).toContain(o.kpi);
    for (const a of plan.actie.actions) expect(notes('acties')).toContain(a.action);
    expect(notes('acties')).toContain(plan.actie.actions[1]!.resources);
    expect(notes('cijfers')).toContain(plan.develop.financeNote);
    for (const m of plan.inspire.messages) expect(notes('vraag')).toContain(m.message);
    for (const r of plan.adapt.risks) expect(notes('risicos')).toContain(r.measure);
    expect(notes('vragen')).toContain(plan.inspire.vision);
    expect(notes('vragen')).toContain(plan.inspire.fit);
  });

  it('shows the strongest cell of the matrix with its key question on the analysis slide', () => {
    const pair = slide(deck, 'analyse').blocks.find((b) => b.kind === 'pair');
    expect(pair).toMatchObject({ row: { code: 'S2', text: plan.klantplan.strengths[1]!.text }, column: { code: 'K1', text: plan.klantplan.opportunities[0]!.text }, score: '++', quadrant: 'Groeien' });
  });

  it('shows the finance chart with every year and the budget on the figures slide', () => {
    const blocks = slide(deck, 'cijfers').blocks;
    const chart = blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
    expect(JSON.stringify(blocks)).toContain(formatEuro(budgetTotals(plan).cost));
  });

  it('keeps every text whole: what a slide shortens is in its notes', () => {
    for (const laid of layoutDeck(deck)) for (const s of laid.shortened) expect(laid.notes).toContain(s.text);
    // The strategy's title is longer than two lines: shortened on the slide, whole in the notes.
    const strategy = layoutDeck(deck).find((l) => l.slide.id === 'strategie')!;
    expect(strategy.shortened.map((s) => s.text)).toContain(slide(deck, 'strategie').title);
  });
});

describe('the version for the customer', () => {
  const plan = examplePlan();
  const team = buildDeck(plan, labels);
  const customer = buildDeck(plan, labels, { forCustomer: true });
  const texts = customer.shown.map(allText).join('\n');

  it('leaves out the figures and the risks, and the plan can choose it', () => {
    expect(customer.shown.map((s) => s.id)).toEqual(SLIDE_IDS.filter((id) => id !== 'cijfers' && id !== 'risicos'));
    expect(buildDeck({ ...plan, presentatie: { ...plan.presentatie, forCustomer: true } }, labels).shown).toEqual(customer.shown);
  });

  it('says nothing of the budget, the margins, the team’s hours, the growth strategy, the messages per DMU role or the DMU’s attitudes', () => {
    const totals = budgetTotals(plan);
    const internals = [
      formatEuro(totals.cost),
      formatEuro(totals.returns),
      formatEuro(totals.balance),
      '28,5%',
      plan.envision.attitudeNote,
      plan.envision.classificationReason,
      plan.develop.growthNote,
      ...plan.actie.actions.map((a) => a.resources),
      ...plan.inspire.messages.map((m) => m.message),
    ];
    for (const internal of internals) {
      expect(texts).not.toContain(internal);
      // The team's version does say them (so the test can fail).
      expect(team.shown.map(allText).join('\n')).toContain(internal);
    }
    for (const p of plan.discover.dmu) expect(texts).not.toContain(p.attitude ? `${p.name} (${p.position}, ${p.role}, ${p.attitude})` : '\u0000');
    for (const m of plan.align.team) expect(texts).not.toMatch(new RegExp(`${m.name}: \\d+ uur`));
  });

  it('shows objectives, but not those about our own revenue, margin or share', () => {
    const strategy = JSON.stringify(slide(customer, 'strategie'));
    const revenue = plan.develop.objectives.find((o) => o.type === 'omzet')!;
    expect(strategy).not.toContain(revenue.objective);
    expect(JSON.stringify(slide(team, 'strategie'))).toContain(revenue.objective);
    expect(strategy).toContain(plan.develop.objectives.find((o) => o.type === 'relatie' || o.type === 'kwantitatief')!.objective);
  });
});

describe('what the student changed', () => {
  const changed = (presentatie: Partial<Plan['presentatie']>): Plan => {
    const plan = examplePlan();
    return { ...plan, presentatie: { ...plan.presentatie, ...presentatie } };
  };

  it('uses an own title and notes, keeps the generated ones beside them, and ignores white space', () => {
    const deck = buildDeck(changed({ slides: [{ id: 'klant', title: '  Lindenhof wil\tschoner werken ', notes: 'Begin met de inspectie.\n\nDan het milieu.', off: false }, { id: 'analyse', title: '   ', notes: '\n', off: false }] }), labels);
    expect(slide(deck, 'klant')).toMatchObject({ title: 'Lindenhof wil schoner werken', titleEdited: true, notes: 'Begin met de inspectie.\n\nDan het milieu.', notesEdited: true });
    expect(slide(deck, 'klant').generatedTitle).toMatch(/^Dit wil Zorggroep Lindenhof/);
    expect(slide(deck, 'analyse')).toMatchObject({ titleEdited: false, notesEdited: false });
  });

  it('leaves out a slide that is switched off, and numbers the others on', () => {
    const deck = buildDeck(changed({ slides: [{ id: 'risicos', title: '', notes: '', off: true }] }), labels);
    expect(deck.shown.map((s) => s.id)).not.toContain('risicos');
    expect(slide(deck, 'risicos').off).toBe(true);
    expect(layoutDeck(deck).at(-1)!.items.some((i) => i.type === 'text' && i.text.endsWith(`${deck.shown.length}/${deck.shown.length}`))).toBe(true);
  });

  it('takes the length the student set, else the default', () => {
    expect(buildDeck(changed({ minutes: 12 }), labels)).toMatchObject({ minutes: 12, minutesSet: true });
    expect(buildDeck(changed({ minutes: null }), labels)).toMatchObject({ minutes: DEFAULT_MINUTES, minutesSet: false });
  });
});

describe('the deck of an empty plan', () => {
  const deck = buildDeck(createPlan(), labels);

  it('still has every slide, each saying what to fill in first, with a link to the field', () => {
    expect(deck.shown.map((s) => s.id)).toEqual([...SLIDE_IDS]);
    for (const s of deck.slides.filter((x) => x.id !== 'vragen')) {
      expect(s.missing.length, s.id).toBeGreaterThan(0);
      expect(s.blocks.at(-1)).toMatchObject({ kind: 'missing', items: s.missing });
    }
    for (const m of deck.slides.flatMap((s) => s.missing)) {
      expect(Object.keys(PLAN_STRUCTURE[m.section]), `${m.section}.${m.key}`).toContain(m.key);
      expect(m.label).toBe(labels.fields[m.section]![m.key]);
      const step = STEPS.find((s) => s.id === m.section);
      expect(m.href).toBe(step ? `${lessonPath(step)}#${fieldAnchor(m.key)}` : `/werkboek/#${fieldAnchor(m.key)}`);
    }
  });

  it('has titles that say what the slide is about, and no text of a plan', () => {
    expect(deck.slides.map((s) => s.title)).toEqual([
      'Accountplan',
      'Dit is de klant',
      'Onze analyse in één beeld',
      'Onze strategie en doelen',
      'Onze acties en planning',
      'Wat het plan kost en oplevert',
      'Wat we vragen',
      "De grootste risico's",
      'Welke vragen heb je?',
    ]);
    expect(deck.slides.flatMap((s) => s.blocks).every((b) => b.kind === 'missing' || b.kind === 'subtitle')).toBe(true);
  });
});
