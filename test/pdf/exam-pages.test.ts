import { describe, expect, it } from 'vitest';
import { estimateExamPages } from '../../src/plan/exam/exam-pages';
import { examplePlan } from '../../src/plan/example/example-plan';
import type { Plan } from '../../src/plan/model/schema';
import { emptyPlan, filledPlan, render } from './fixtures';

/**
 * The workbook estimates the pages of the exam plan without making the PDF; the PDF counts them.
 * For plans of a realistic size the two must agree closely enough to tell a student where they stand.
 */
describe.each<[string, () => Plan]>([
  ['the example plan', examplePlan],
  ['a plan with every field filled', () => filledPlan()],
  ['a plan with six rows in every table', () => filledPlan({ rows: 6 })],
  ['a plan with ten rows in every table', () => filledPlan({ rows: 10 })],
])('the page estimate of %s', (_name, makePlan) => {
  const plan = makePlan();
  const real = render(plan, { order: 'exam' }).examPages!;
  const estimate = estimateExamPages(plan);

  it('is within two pages of the chapters of the exam-ordered PDF', () => {
    expect(Math.abs(estimate.body - real.body), `estimate ${estimate.body}, PDF ${real.body}`).toBeLessThanOrEqual(2);
  });

  it('is within a page of its appendices', () => {
    expect(Math.abs(estimate.appendices - real.appendices), `estimate ${estimate.appendices}, PDF ${real.appendices}`).toBeLessThanOrEqual(1);
  });

  it("judges the length as the PDF's count would", () => {
    const verdict = real.body < 10 ? 'kort' : real.body > 25 ? 'lang' : 'goed';
    if (Math.abs(real.body - 10) > 2 && Math.abs(real.body - 25) > 2) expect(estimate.verdict).toBe(verdict);
  });
});

describe('the page estimate', () => {
  it('counts no pages for an empty plan, and calls it too short', () => {
    expect(estimateExamPages(emptyPlan())).toEqual({ body: 0, appendices: 0, verdict: 'kort', appendicesTooLong: false });
  });

  it('calls a plan with very long texts too long, its appendices too', () => {
    const estimate = estimateExamPages(filledPlan({ length: 900, rows: 4 }));
    expect(estimate.verdict).toBe('lang');
    expect(estimate.appendicesTooLong).toBe(true);
  });

  it('grows with what the plan holds', () => {
    const plan = examplePlan();
    const before = estimateExamPages(plan).body;
    plan.develop.financeNote = `${plan.develop.financeNote}\n\n${'Een lange toelichting op de cijfers. '.repeat(200)}`;
    expect(estimateExamPages(plan).body).toBeGreaterThan(before);
  });
});
