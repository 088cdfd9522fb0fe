import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkReport, runChecks } from '../../src/plan/checks';
import { sectionCompleteness } from '../../src/plan/checks/completeness';
import { examplePlan } from '../../src/plan/example/example-plan';
import { createPlan } from '../../src/plan/model/plan';
import { lessonPath, STEPS } from '../../src/plan/model/steps';
import { CheckList } from '../../src/worksheets/CheckList';
import { stateLabel } from '../../src/worksheets/messages/step-state';
import { problemTarget } from '../../src/worksheets/problem-target';
import { openPointCount, stepState } from '../../src/worksheets/step-state';

describe('the state of a step', () => {
  it.each([
    [{ filled: 0, total: 12 }, 3, 'empty', 'nog leeg'],
    [{ filled: 4, total: 12 }, null, 'started', 'bezig: 4 van 12 velden'],
    [{ filled: 4, total: 12 }, 0, 'started', 'bezig: 4 van 12 velden'],
    [{ filled: 4, total: 12 }, 2, 'open', '2 open punten'],
    [{ filled: 12, total: 12 }, 1, 'open', '1 open punt'],
    [{ filled: 12, total: 12 }, null, 'complete', 'alles ingevuld'],
    [{ filled: 12, total: 12 }, 0, 'complete', 'klaar: alles ingevuld, controles in orde'],
  ] as const)('%o with %s open points is %s ("%s")', (fields, open, kind, words) => {
    const state = stepState(fields, open);
    expect(state.kind).toBe(kind);
    expect(stateLabel(state)).toBe(words);
  });

  it('counts as open points the problems the checks find, the same count the PDF lists', () => {
    const plan = createPlan('Leeg');
    const problems = runChecks(plan).flatMap((c) => c.problems).length;
    expect(openPointCount(checkReport(plan).flatMap((r) => r.checks))).toBe(problems);
    // The example passes every check and fills every field: every step is done.
    const example = examplePlan();
    for (const r of checkReport(example)) expect(stepState(sectionCompleteness(example, r.step), openPointCount(r.checks)).kind).toBe('complete');
  });
});

describe("a problem's link", () => {
  it('is read back to its step and field in one place, for every check of an empty plan', () => {
    for (const problem of runChecks(createPlan('Leeg')).flatMap((c) => c.problems)) {
      const target = problemTarget(problem);
      const page = problem.href.split('#')[0];
      if (target.step === 'cover') expect(page).toBe('/werkboek/');
      else expect(page).toBe(lessonPath(STEPS.find((s) => s.id === target.step)!));
      expect(target.field).toMatch(/^werkblad-/);
    }
    expect(problemTarget({ href: '/stappen/3-discover/' })).toEqual({ step: 'discover', field: null });
  });
});

describe('the list of checks', () => {
  it('marks each check in words for screen readers and links every problem', () => {
    const [failing] = runChecks(createPlan('Leeg')).filter((c) => !c.ok);
    const html = renderToStaticMarkup(
      <CheckList
        rows={[
          { id: 'x', title: 'Iets', ok: true, problems: [] },
          { ...failing!, ok: false },
          { id: 'y', title: 'Nog niet gelezen', ok: null, problems: [] },
        ]}
        link={(p) => <a href={p.href}>{p.linkText}</a>}
      />,
    );
    expect(html).toContain('<li class="ok" data-check="x">');
    expect(html).toContain(': in orde');
    expect(html).toContain(': nog niet in orde');
    expect(html).toContain(`href="${failing!.problems[0]!.href}"`);
    expect(html).toContain('<li class="" data-check="y">');
  });
});
