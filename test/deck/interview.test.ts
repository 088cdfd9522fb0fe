import fc from 'fast-check';
import { revenueBridge } from '../../src/plan/finance/bridge';
import { describe, expect, it } from 'vitest';
import { answerText, INTERVIEW_COMPETENCES, interviewQuestions, levelText, passes, QUESTIONS, shuffled } from '../../src/deck/interview';
import { deckLabels } from '../../src/deck/labels';
import { COMPETENCES, PASS_SCORE, RUBRIC_SCALE } from '../../src/plan/exam/rubric';
import { examplePlan } from '../../src/plan/example/example-plan';
import { budgetTotals } from '../../src/plan/finance/totals';
import { fieldAnchor } from '../../src/plan/model/fields';
import { createPlan } from '../../src/plan/model/plan';
import { PLAN_STRUCTURE } from '../../src/plan/model/schema';
import { lessonPath, STEPS } from '../../src/plan/model/steps';
import { formatEuro } from '../../src/plan/values/format';

const labels = deckLabels();

describe('the interview questions', () => {
  it('read only fields the plan has, and have ids of their own', () => {
    for (const q of QUESTIONS) {
      expect(q.fields.length, q.id).toBeGreaterThan(0);
      for (const f of q.fields) expect(Object.keys(PLAN_STRUCTURE[f.section]), `${q.id}: ${f.section}.${f.key}`).toContain(f.key);
    }
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });

  it('practise the rubric’s competences from NIMA, with the rubric’s ids and names, three questions each', () => {
    const nima = COMPETENCES.filter((c) => c.source !== 'eigen');
    expect(nima).toHaveLength(6);
    expect(INTERVIEW_COMPETENCES.map((c) => [c.id, c.name])).toEqual(nima.map((c) => [c.id, c.name]));
    for (const c of INTERVIEW_COMPETENCES)
      expect(
        QUESTIONS.filter((q) => q.competence === c.id),
        c.id,
      ).toHaveLength(3);
    expect(QUESTIONS.every((q) => INTERVIEW_COMPETENCES.some((c) => c.id === q.competence))).toBe(true);
    // The site's own competences are in the rubric, not in the interview.
    for (const own of COMPETENCES.filter((c) => c.source === 'eigen'))
      expect(
        QUESTIONS.some((q) => q.competence === own.id),
        own.id,
      ).toBe(false);
  });

  it('score on the rubric’s levels, with a 2 and a 4 between them, and say what an answer sounds like at 1, 3 and 5', () => {
    for (const c of INTERVIEW_COMPETENCES) {
      const rubric = COMPETENCES.find((r) => r.id === c.id)!;
      for (const level of [1, 3, 5] as const) {
        expect(levelText(c, level)).toBe(rubric.levels[level]);
        expect(answerText(c, level)!.length, `${c.id} ${level}`).toBeGreaterThan(30);
      }
      expect(levelText(c, 2)).toBe('Tussen 1 en 3 in.');
      expect(answerText(c, 4)).toBeNull();
    }
  });

  it('call an average of the rubric’s pass level and above passing', () => {
    expect(RUBRIC_SCALE[PASS_SCORE]).toBe('voldoende');
    expect(passes(PASS_SCORE)).toBe(true);
    expect(passes(PASS_SCORE - 0.1)).toBe(false);
  });
});

describe('the questions for the example plan', () => {
  const plan = examplePlan();
  const questions = interviewQuestions(plan, labels);
  const text = (id: string) => questions.find((q) => q.id === id)!.text;

  it('can all be asked, each in the words of the plan', () => {
    expect(questions.filter((q) => q.text === null)).toEqual([]);
    expect(questions.map((q) => q.id)).toEqual(QUESTIONS.map((q) => q.id));
  });

  it('fill in the student’s own classification, opportunity, contact, budget and people', () => {
    expect(text('analyse-klasse')).toBe(`Je classificeert ${plan.cover.account} als strategisch. Waarom, en hoeveel tijd krijgt het account daardoor?`);
    // The opportunity the plan year leans on most: the bridge's largest contribution in 2027 (its sensitivity line).
    const key = plan.develop.opportunities.find((o) => o.id === revenueBridge(plan).sensitivity!.opportunity.id)!;
    expect(text('probleem-verkoopkans')).toBe(`${key.opportunity} (${key.probability}%) gaat niet door. Wat doe je, en wat betekent het voor je doelen?`);
    // The DMU member with the latest contact.
    expect(text('probleem-aanname')).toContain('Els Kramer');
    expect(text('waarde-saldo')).toContain(formatEuro(budgetTotals(plan).cost));
    expect(text('waarde-saldo')).toContain(formatEuro(budgetTotals(plan).returns));
    expect(text('waarde-prijs')).toContain(plan.discover.dmu.find((p) => p.role === 'inkoper')!.name);
    expect(text('commercieel-beslisser')).toContain(plan.discover.dmu.find((p) => p.role === 'beslisser')!.name);
    expect(text('analyse-concurrent')).toContain('HygiënePlus heeft 45%');
    expect(text('plan-evaluatie')).toContain('elk kwartaal');
  });
});

describe('the questions for an empty plan', () => {
  const questions = interviewQuestions(createPlan(), labels);

  it('say for every question what to fill in first, with a link to a field it reads', () => {
    for (const q of questions) {
      expect(q.text, q.id).toBeNull();
      expect(q.missing.length, q.id).toBeGreaterThan(0);
      const declared = QUESTIONS.find((d) => d.id === q.id)!.fields;
      for (const m of q.missing) {
        expect(
          declared.some((f) => f.section === m.section && f.key === m.key),
          `${q.id}: ${m.section}.${m.key}`,
        ).toBe(true);
        const step = STEPS.find((s) => s.id === m.section)!;
        expect(m.href).toBe(`${lessonPath(step)}#${fieldAnchor(m.key)}`);
        expect(m.label).toBe(labels.fields[m.section]![m.key]);
      }
    }
  });

  it('names only the field that is still empty when another is filled', () => {
    const plan = createPlan();
    plan.klantplan.keyQuestions = [{ id: 'q', question: 'Hoe kunnen we helpen?', cell: '' }];
    const q = interviewQuestions(plan, labels).find((x) => x.id === 'strategie-kernvraag')!;
    expect(q.missing.map((m) => `${m.section}.${m.key}`)).toEqual(['develop.objectives']);
  });
});

describe('a random order', () => {
  it('holds every question once', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 0.999999, noNaN: true }), { minLength: 20, maxLength: 20 }), (randoms) => {
        let i = 0;
        const order = shuffled(
          QUESTIONS.map((q) => q.id),
          () => randoms[i++ % randoms.length]!,
        );
        expect([...order].sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
      }),
    );
  });

  it('changes with the random numbers', () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(shuffled(ids, () => 0)).not.toEqual(shuffled(ids, () => 0.99));
  });
});
