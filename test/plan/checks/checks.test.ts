import { describe, expect, it } from 'vitest';
import { checklist, CHECKLIST, CHECKS, checkReport, fieldHref, isProgramCheck, pdfOpenPoints, runChecks } from '../../../src/plan/checks';
import { isKeyQuestion } from '../../../src/plan/checks/klantplan';
import { fieldAnchor } from '../../../src/plan/model/fields';
import { examplePlan } from '../../../src/plan/example/example-plan';
import { createPlan } from '../../../src/plan/model/plan';
import { PLAN_STRUCTURE, type Plan } from '../../../src/plan/model/schema';
import { lessonPath, STEP_IDS, STEPS } from '../../../src/plan/model/steps';

import { CASES } from './cases';

/** The checks that fail on a plan, with their messages. */
const failing = (plan: Plan) =>
  Object.fromEntries(
    runChecks(plan)
      .filter((c) => !c.ok)
      .map((c) => [c.id, c.problems.map((p) => p.message)]),
  );

describe('the checklists of the lessons', () => {
  it('are one list of program checks and self-checks, with unique ids, three or more per lesson', () => {
    expect(new Set(CHECKLIST.map((i) => i.id)).size).toBe(CHECKLIST.length);
    for (const step of STEPS) {
      const items = checklist(step.id);
      expect(items.length, step.id).toBeGreaterThanOrEqual(3);
      expect(items.some(isProgramCheck), step.id).toBe(true);
    }
  });

  it('link every program check to a field of its own step (or the cover, for the summary)', () => {
    for (const check of CHECKS) {
      const [section, key] = check.field.split('.') as [keyof typeof PLAN_STRUCTURE, string];
      expect([check.step, 'cover'], check.id).toContain(section);
      expect(Object.keys(PLAN_STRUCTURE[section]), `${check.id} → ${check.field}`).toContain(key);
    }
  });

  it('have a table of failing cases for every program check', () => {
    expect(Object.keys(CASES).sort()).toEqual(CHECKS.map((c) => c.id).sort());
  });
});

describe('the checks', () => {
  it('all pass on the example plan', () => {
    expect(failing(examplePlan())).toEqual({});
  });

  it('all fail on an empty plan, each with a link to the field to fix, derived from the field', () => {
    const results = runChecks(createPlan());
    expect(results.filter((c) => c.ok).map((c) => c.id)).toEqual([]);
    const pages = new Map<string, string>([['cover', '/werkboek/'], ...STEPS.map((s) => [s.id, lessonPath(s)] as [string, string])]);
    const links = new Map<string, string>([['cover', 'Naar het werkboek'], ...STEPS.map((s) => [s.id, `Naar stap ${s.number}`] as [string, string])]);
    for (const p of results.flatMap((c) => c.problems)) {
      const [section, key] = p.field.split('.') as [string, string];
      expect(Object.keys(PLAN_STRUCTURE[section as keyof typeof PLAN_STRUCTURE]), p.field).toContain(key);
      expect(p.href).toBe(`${pages.get(section)}#${fieldAnchor(key)}`);
      expect(p.linkText).toBe(links.get(section));
      expect(p.href).toBe(fieldHref(p.field));
    }
  });

  it('link a problem to a field of another step where that step holds it', () => {
    const plan = examplePlan();
    plan.envision.firstGoals = [];
    const raci = runChecks(plan).find((c) => c.id === 'raci')!;
    expect(raci.problems.map((p) => [p.step, p.field, p.href, p.linkText])).toEqual([
      ['align', 'envision.firstGoals', `${lessonPath(STEPS[0])}#werkblad-first-goals`, 'Naar stap 1'],
    ]);
  });

  it('are addressed by step id', () => {
    for (const result of runChecks(createPlan())) {
      expect(STEP_IDS).toContain(result.step);
      for (const p of result.problems) expect(p.step).toBe(result.step);
    }
  });

  describe.each(Object.entries(CASES))('%s', (id, cases) => {
    it.each(cases)('fails on %s', (_name, breakIt, message, alsoFails = []) => {
      const plan = examplePlan();
      breakIt(plan);
      const result = failing(plan);
      expect(result[id]?.join(' ')).toMatch(message);
      expect(Object.keys(result).sort()).toEqual([id, ...alsoFails].sort());
    });
  });

  it('ignore empty rows the reader added but did not fill', () => {
    const plan = examplePlan();
    plan.develop.objectives.push({ id: 'o9', objective: '', type: '', kpi: '', baseline: '', target: '', deadline: '', question: '', goal: '', strategy: '' });
    plan.actie.actions.push({ id: 'a9', action: '', objective: '', owner: '', start: '', due: '', resources: '', status: '' });
    plan.discover.dmu.push({ id: 'd9', name: '', position: '', role: '', influence: '', attitude: '', lastContact: '', owner: '', reportsTo: '' });
    expect(failing(plan)).toEqual({});
  });
});

describe('a key question', () => {
  // Lesson 4 teaches a question with "hoe" and "we" (you and the customer together), ending in a question mark.
  it.each([
    'Hoe kunnen we nieuwe schoonmakers sneller inwerken?',
    'Hoe helpen we het team infectiepreventie aan de strengere eisen te voldoen?',
    'Hoe kunnen wij één werkwijze invoeren?',
    'Hoe zorgen we, samen met inkoop, voor minder verspilling?',
    'hoe kunnen we de audits verbeteren ?',
  ])('accepts "%s"', (question) => {
    expect(isKeyQuestion(question)).toBe(true);
  });

  it.each([
    'Waarom werkt elke locatie anders?',
    'Hoe kan Kroonstad meer dispensers plaatsen?',
    'Hoe kunnen we één werkwijze invoeren.',
    'Hoe wegen we de kosten af', // no question mark
    'Hoeveel kunnen we besparen?',
    'Kunnen we helpen?',
  ])('refuses "%s"', (question) => {
    expect(isKeyQuestion(question)).toBe(false);
  });
});

describe('the report per step', () => {
  it('calls a step in order only when all its checks pass, and always lists its self-checks', () => {
    const plan = examplePlan();
    plan.klantplan.keyQuestions = plan.klantplan.keyQuestions.slice(0, 2);
    const report = checkReport(plan);
    const klantplan = report.find((r) => r.step === 'klantplan')!;
    expect(klantplan.open).toBe(1);
    expect(klantplan.selfChecks.map((s) => s.id)).toEqual(
      checklist('klantplan')
        .filter((i) => !isProgramCheck(i))
        .map((i) => i.id),
    );
    expect(report.filter((r) => r.open).map((r) => r.step)).toEqual(['klantplan', 'develop']);
  });

  it('gives the PDF every problem and every self-check', () => {
    const plan = createPlan();
    const { openPoints, selfChecks } = pdfOpenPoints(plan);
    expect(openPoints.length).toBe(runChecks(plan).reduce((n, c) => n + c.problems.length, 0));
    expect(selfChecks.length).toBe(CHECKLIST.length - CHECKS.length);
    expect(pdfOpenPoints(examplePlan()).openPoints).toEqual([]);
  });
});
