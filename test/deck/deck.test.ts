import { describe, expect, it } from 'vitest';
import { buildDeck, DEFAULT_MINUTES } from '../../src/deck/build';
import { firstSentence } from '../../src/deck/clean';
import { deckLabels } from '../../src/deck/labels';
import { layoutDeck } from '../../src/deck/layout';
import { MAX_SLIDES, SLIDE_IDS, type Deck, type Slide } from '../../src/deck/model';
import { examplePlan } from '../../src/plan/example/example-plan';
import { revenueBridge } from '../../src/plan/finance/bridge';
import { bridgeText } from '../../src/plan/finance/bridge-table';
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
    const strongest = k.keyQuestions.reduce((best, q) =>
      plan.develop.objectives.filter((o) => o.question === q.id).length > plan.develop.objectives.filter((o) => o.question === best.id).length ? q : best,
    );
    const risk = plan.adapt.risks.find((r) => r.likelihood === 'midden' && r.impact === 'hoog')!;
    // The figures slide: from the last year before the plan to the first plan year.
    const years = financeYears(plan);
    const firstPlan = years.find((y) => y.kind === 'plan')!;
    const lastRealised = years.filter((y) => y.kind !== 'plan').at(-1)!;
    // The example's last year of step 1 is not over yet: a forecast, and the title says so.
    expect(plan.envision.history.find((h) => h.year === lastRealised.year)!.forecast).toBe(true);
    const bridge = revenueBridge(plan);
    expect(deck.slides.map((s) => [s.id, s.title])).toEqual([
      ['titel', plan.cover.title],
      ['klant', `Dit wil ${plan.cover.account}: ${plan.envision.customerGoals[0]!.text}`],
      ['analyse', `Kernvraag: ${strongest.question}`],
      ['strategie', firstSentence(plan.develop.valueProposition)],
      // The next open action is the earliest one not done: the audit checklist, due 30 April.
      ['acties', `8 acties tot december 2027. Nu aan de beurt: ${plan.actie.actions.find((a) => a.id === 'a6')!.action}`],
      [
        'cijfers',
        `De omzet groeit van ${formatEuro(lastRealised.revenue)} in ${lastRealised.year} (verwacht) naar ${formatEuro(firstPlan.revenue)} in ${firstPlan.year}`,
      ],
      // The target is within what the build-up can carry: the slide says where it comes from.
      ['opbouw', `Zo komen we aan ${formatEuro(bridge.target)} in ${bridge.year}`],
      [
        'vraag',
        `We vragen ${plan.cover.account} een besluit over ‘${plan.develop.opportunities.find((o) => o.id === 'op2')!.opportunity}’, en intern ${formatEuro(budgetTotals(plan).cost)}`,
      ],
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
    expect(pair).toMatchObject({
      row: { code: 'S2', text: plan.klantplan.strengths[1]!.text },
      column: { code: 'K1', text: plan.klantplan.opportunities[0]!.text },
      score: '++',
      quadrant: 'Groeien',
    });
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
    expect(customer.shown.map((s) => s.id)).toEqual(SLIDE_IDS.filter((id) => id !== 'cijfers' && id !== 'opbouw' && id !== 'risicos'));
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
    const deck = buildDeck(
      changed({
        slides: [
          { id: 'klant', title: '  Lindenhof wil\tschoner werken ', notes: 'Begin met de inspectie.\n\nDan het milieu.', off: false },
          { id: 'analyse', title: '   ', notes: '\n', off: false },
        ],
      }),
      labels,
    );
    expect(slide(deck, 'klant')).toMatchObject({
      title: 'Lindenhof wil schoner werken',
      titleEdited: true,
      notes: 'Begin met de inspectie.\n\nDan het milieu.',
      notesEdited: true,
    });
    expect(slide(deck, 'klant').generatedTitle).toMatch(/^Dit wil Zorggroep Lindenhof/);
    expect(slide(deck, 'analyse')).toMatchObject({ titleEdited: false, notesEdited: false });
  });

  it('leaves out a slide that is switched off, and numbers the others on', () => {
    const deck = buildDeck(changed({ slides: [{ id: 'risicos', title: '', notes: '', off: true }] }), labels);
    expect(deck.shown.map((s) => s.id)).not.toContain('risicos');
    expect(slide(deck, 'risicos').off).toBe(true);
    expect(
      layoutDeck(deck)
        .at(-1)!
        .items.some((i) => i.type === 'text' && i.text.endsWith(`${deck.shown.length}/${deck.shown.length}`)),
    ).toBe(true);
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
      'Waar het omzetdoel vandaan komt',
      'Wat we vragen',
      "De grootste risico's",
      'Welke vragen heb je?',
    ]);
    expect(deck.slides.flatMap((s) => s.blocks).every((b) => b.kind === 'missing' || b.kind === 'subtitle')).toBe(true);
  });
});

describe('the figures and the build-up of the target', () => {
  const plan = examplePlan();
  const bridge = revenueBridge(plan);
  const text = bridgeText(bridge)!;

  it('say in the figures’ title and notes that a year of step 1 is a forecast, and not when it is over', () => {
    const deck = buildDeck(plan, labels);
    expect(slide(deck, 'cijfers').notes).toContain(`${bridge.base!.year} is nog niet om`);
    const done = examplePlan();
    for (const h of done.envision.history) h.forecast = false;
    const figures = slide(buildDeck(done, labels), 'cijfers');
    expect(figures.title).not.toContain('verwacht');
    expect(figures.notes).not.toContain('nog niet om');
  });

  it('put the expected revenue against the target and what the largest opportunity is worth in the figures’ notes', () => {
    const own = examplePlan();
    own.develop.financeNote = 'Mijn eigen toelichting.';
    const notes = slide(buildDeck(own, labels), 'cijfers').notes;
    expect(notes).toContain(
      `Je omzetdoel voor ${bridge.year} is ${formatEuro(bridge.target)}. De opbouw uit de bestaande omzet en je verkoopkansen verwacht ${formatEuro(bridge.expected)}.`,
    );
    expect(notes).toContain(text.verdict!);
    expect(notes).toContain(text.sensitivity!.join(''));
    // The example's own note already says the expected revenue: not said twice.
    expect(slide(buildDeck(plan, labels), 'cijfers').notes.split(formatEuro(bridge.expected)).length).toBe(2);
  });

  it('draw the build-up as a waterfall whose bars add up, beside the expected revenue, the target and the difference', () => {
    const opbouw = slide(buildDeck(plan, labels), 'opbouw');
    const block = opbouw.blocks.find((b) => b.kind === 'bridge');
    if (block?.kind !== 'bridge') throw new Error('no waterfall');
    const steps = block.bars.filter((b) => b.kind !== 'total');
    const totals = block.bars.filter((b) => b.kind === 'total');
    expect(totals.map((t) => t.high)).toEqual([bridge.base!.revenue, bridge.expected, bridge.target]);
    expect(bridge.base!.revenue + steps.reduce((n, b) => n + (b.kind === 'down' ? -1 : 1) * (b.high - b.low), 0)).toBe(bridge.expected);
    // Each step starts where the one before ended.
    let level = bridge.base!.revenue;
    for (const step of steps) {
      expect(step.kind === 'down' ? step.high : step.low).toBe(level);
      level = step.kind === 'down' ? step.low : step.high;
    }
    expect(block.axisMin).toBeGreaterThan(0);
    expect(block.axisMin).toBeLessThan(Math.min(...steps.map((b) => b.low)));
    expect(opbouw.blocks.find((b) => b.kind === 'figures')).toMatchObject({
      items: [{ value: formatEuro(bridge.expected) }, { value: formatEuro(bridge.target) }, { value: `+ ${formatEuro(bridge.gap)}` }],
    });
    for (const row of text.rows) expect(opbouw.notes).toContain(`${row.label}: ${row.amount}`);
    expect(opbouw.internal).toBe(true);
  });

  it('say how much is missing when the target is above what the build-up carries', () => {
    const high = examplePlan();
    high.develop.planYears[0]!.revenue = 450_000;
    const b = revenueBridge(high);
    expect(b.backed).toBe(false);
    expect(slide(buildDeck(high, labels), 'opbouw').title).toBe(`Voor € 450.000 in ${b.year} missen we nog ${formatEuro(b.gap)}`);
  });
});

describe('the pictures on the slides', () => {
  const plan = examplePlan();
  const today = plan.updatedAt.slice(0, 10);
  const pictureOf = (deck: Deck, id: Slide['id']) =>
    layoutDeck(deck)
      .find((l) => l.slide.id === id)!
      .items.find((i) => i.type === 'picture');

  it('show the actions as a timeline, one line each with its status, without resources or objectives', () => {
    const deck = buildDeck(plan, labels, { today });
    const laid = pictureOf(deck, 'acties');
    if (laid?.type !== 'picture') throw new Error('no timeline');
    for (const a of plan.actie.actions) expect(laid.picture.description).toContain(a.action);
    const lines = laid.picture.shapes.flatMap((s) => (s.type === 'text' && s.role === 'title' ? [s.text] : []));
    expect(lines).toHaveLength(plan.actie.actions.filter((a) => a.status !== 'vervallen').length);
    for (const line of lines) expect(line).toMatch(/^(gepland|bezig|klaar): /);
    const block = JSON.stringify(slide(deck, 'acties').blocks);
    for (const a of plan.actie.actions) expect(block).not.toContain(a.resources);
    for (const o of plan.develop.objectives) expect(block).not.toContain(o.objective);
  });

  it('fall back on the table where the timeline could not be read', async () => {
    const { manyRowsPlan } = await import('./plans');
    const laid = layoutDeck(buildDeck(manyRowsPlan(), labels, { today })).find((l) => l.slide.id === 'acties')!;
    expect(laid.items.some((i) => i.type === 'picture')).toBe(false);
    expect(laid.items.some((i) => i.type === 'text' && i.text === 'Actie')).toBe(true);
  });

  it('show who decides beside what we ask, for the team only', () => {
    const team = pictureOf(buildDeck(plan, labels, { today }), 'vraag');
    if (team?.type !== 'picture') throw new Error('no map');
    const names = team.picture.shapes.flatMap((s) => (s.type === 'text' && s.role === 'name' ? [s.text] : []));
    expect(names.sort()).toEqual(plan.discover.dmu.map((p) => p.name).sort());
    const customer = buildDeck(plan, labels, { today, forCustomer: true });
    expect(pictureOf(customer, 'vraag')).toBeUndefined();
    expect(JSON.stringify(slide(customer, 'vraag').blocks)).not.toMatch(/voorstander|kritisch|tegenstander/);
  });
});
