import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCompleteness } from '../../src/plan/checks/completeness';
import { examplePlan } from '../../src/plan/example/example-plan';
import { accountPlanName, untitledPlanName } from '../../src/plan/messages';
import { isFilled } from '../../src/plan/model/fields';
import { createPlan, DEFAULT_PLAN_NAMES, planDisplayName } from '../../src/plan/model/plan';
import { PLAN_STRUCTURE, SECTION_IDS, type Plan } from '../../src/plan/model/schema';
import { STEPS } from '../../src/plan/model/steps';
import { KEYS, planKey } from '../../src/stores/keys';
import { filled, readResume, type ResumeSetup } from '../../src/stores/resume';

const setup: ResumeSetup = {
  indexKey: KEYS.index,
  planPrefix: KEYS.planPrefix,
  sections: Object.fromEntries(SECTION_IDS.map((id) => [id, Object.keys(PLAN_STRUCTURE[id])])),
  steps: STEPS.map(({ number, id, title }) => ({ number, id, title })),
  defaultNames: DEFAULT_PLAN_NAMES,
  accountName: accountPlanName('{}'),
  untitled: untitledPlanName,
};

/** A storage holding these plans, the last one active. */
function storageWith(...plans: Plan[]): () => Storage {
  const data = new Map<string, string>([[KEYS.index, JSON.stringify({ version: 1, activeId: plans.at(-1)?.id ?? null, order: plans.map((p) => p.id) })]]);
  for (const plan of plans) data.set(planKey(plan.id), JSON.stringify(plan));
  return () => ({ getItem: (key: string) => data.get(key) ?? null }) as Storage;
}

describe('the home page\'s "Ga verder"', () => {
  it('tells a filled value as the workbook does (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(filled(value)).toBe(isFilled(value));
      }),
    );
  });

  it('counts what the workbook counts, names the plan as every page does, and goes on at the first step with an empty field', () => {
    const plan = createPlan('Mijn plan');
    plan.cover.account = 'Zorggroep   Lindenhof';
    plan.envision = structuredClone(examplePlan().envision);
    plan.schedule.validFrom = '2027-01-01';
    const resume = readResume(setup, storageWith(plan))!;
    const progress = planCompleteness(plan);
    expect(resume).toEqual({
      name: planDisplayName(plan),
      filled: progress.filled,
      total: progress.total,
      next: { number: 2, title: STEPS[1]!.title },
      stepsDone: progress.steps.filter((s) => s.filled === s.total).length,
    });
    expect(resume.name).toBe('Accountplan Zorggroep Lindenhof');
  });

  it('sends a plan with every step filled to the last screen', () => {
    const plan = examplePlan();
    expect(readResume(setup, storageWith(plan))).toMatchObject({ name: planDisplayName(plan), next: null, stepsDone: STEPS.length });
  });

  it('says nothing on a first visit, for an empty plan, or for data it cannot read', () => {
    expect(readResume(setup, () => ({ getItem: () => null }) as unknown as Storage)).toBeNull();
    expect(readResume(setup, storageWith(createPlan('Mijn plan')))).toBeNull();
    expect(readResume(setup, () => ({ getItem: () => '{kapot' }) as unknown as Storage)).toBeNull();
    expect(
      readResume(setup, () => {
        throw new Error('geblokkeerd');
      }),
    ).toBeNull();
  });
});
