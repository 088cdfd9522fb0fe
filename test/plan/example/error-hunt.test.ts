import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS, runChecks, SELF_CHECKS } from '../../../src/plan/checks';
import { revenueBridge } from '../../../src/plan/finance/bridge';
import { quarterTotals } from '../../../src/plan/finance/totals';
import { errorHuntPlan, PLANTED_ERRORS } from '../../../src/plan/example/error-hunt';
import { examplePlan } from '../../../src/plan/example/example-plan';
import { jsonEqual } from '../../../src/plan/values/json';
import { readPlan } from '../../../src/plan/model/migrations';
import { STEPS } from '../../../src/plan/model/steps';

const failing = (plan: ReturnType<typeof examplePlan>) =>
  runChecks(plan)
    .filter((c) => !c.ok)
    .map((c) => c.id);

describe('"Fouten zoeken": the example plan with deliberate errors', () => {
  const example = examplePlan();
  const plan = errorHuntPlan(example);

  it('is a plan that reads back as it is', () => {
    const read = readPlan(JSON.parse(JSON.stringify(plan)));
    expect(read.ok && read.repairs).toEqual([]);
  });

  it.each(PLANTED_ERRORS.map((e) => [e.id, e] as const))('%s changes its field, and only that error changes it', (_id, error) => {
    const one = structuredClone(example);
    error.plant(one);
    const field = (p: typeof one) => (p[error.section] as Record<string, unknown>)[error.field];
    expect(jsonEqual(field(one), field(example))).toBe(false);
    expect(jsonEqual(field(one), field(plan)) || PLANTED_ERRORS.filter((e) => e.section === error.section && e.field === error.field).length > 1).toBe(true);
  });

  it('makes the workbook report exactly the errors the answer key says a check finds', () => {
    expect(failing(example)).toEqual([]);
    const byCheck = PLANTED_ERRORS.flatMap((e) => ('check' in e.foundBy ? [e.foundBy.check] : []));
    expect(failing(plan).sort()).toEqual([...new Set(byCheck)].sort());
    for (const id of byCheck)
      expect(
        CHECKS.some((c) => c.id === id),
        id,
      ).toBe(true);
  });

  it.each(PLANTED_ERRORS.filter((e) => 'check' in e.foundBy).map((e) => [e.id, e] as const))('%s alone fails its check', (_id, error) => {
    const one = structuredClone(example);
    error.plant(one);
    expect(failing(one)).toEqual([(error.foundBy as { check: string }).check]);
  });

  it('leaves the other errors to a careful reader, each pointed at by a self-check or a mistake the lesson names', () => {
    const reader = PLANTED_ERRORS.filter((e) => !('check' in e.foundBy));
    expect(reader.length).toBeGreaterThanOrEqual(3);
    for (const error of reader) {
      if ('selfCheck' in error.foundBy) {
        expect(
          SELF_CHECKS.some((c) => c.id === (error.foundBy as { selfCheck: string }).selfCheck),
          error.id,
        ).toBe(true);
      } else if ('mistake' in error.foundBy) {
        const step = STEPS.find((s) => s.id === error.section)!;
        const lesson = readFileSync(join(process.cwd(), 'content', 'stappen', `${step.slug}.mdx`), 'utf8');
        expect(lesson, error.id).toContain(`**${error.foundBy.mistake}**`);
      }
    }
  });

  it('raises the target above what the build-up carries, the quarters still adding up to it, and quotes the example’s own figures', () => {
    const error = PLANTED_ERRORS.find((e) => e.id === 'doel-boven-opbouw')!;
    const one = structuredClone(example);
    error.plant(one);
    const bridge = revenueBridge(one);
    expect(bridge.backed).toBe(false);
    expect(quarterTotals(one).revenue).toBe(bridge.target);
    expect(error.error).toContain(`€ ${bridge.expected.toLocaleString('nl-NL')}`);
    expect(error.fix).toContain(`€ ${revenueBridge(example).target!.toLocaleString('nl-NL')}`);
  });

  it('has between eight and fifteen errors, spread over the plan', () => {
    expect(PLANTED_ERRORS.length).toBeGreaterThanOrEqual(8);
    expect(PLANTED_ERRORS.length).toBeLessThanOrEqual(15);
    expect(new Set(PLANTED_ERRORS.map((e) => e.section)).size).toBeGreaterThanOrEqual(6);
  });
});
