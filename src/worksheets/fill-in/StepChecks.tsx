import { useStore } from '../use-store';
import { use, useDeferredValue } from 'react';
import { isProgramCheck, type SelfCheck } from '../../plan/checks';
import { $activePlan } from '../../stores';
import { CheckList } from '../CheckList';
import type { FillInStep } from '../FillIn';
import { openPoints } from '../messages';
import * as say from '../messages/fill-in-checks';
import { problemTarget } from '../problem-target';
import { SelfChecks } from '../SelfChecks';
import { openPointCount } from '../step-state';
import type { Target } from './address';
import type { ChecksModule } from './checks';

/**
 * The checks of this step's lesson checklist, run on the active plan as the reader types, with a
 * link to every field that needs work (on this page: the step's or the cover's screen); then what
 * the reader checks alone ("zelf nagaan"). Loaded with the checks, when they come near.
 */
export function StepChecks({
  step,
  steps,
  goTo,
  load,
}: {
  step: FillInStep;
  steps: readonly FillInStep[];
  goTo: (target: Target) => void;
  load: () => Promise<ChecksModule>;
}) {
  const checks = use(load());
  const plan = useDeferredValue(useStore($activePlan));
  const items = checks.checklist(step.id);
  const program = items.filter(isProgramCheck);
  const self = items.filter((i): i is SelfCheck => !isProgramCheck(i));
  const results = plan ? program.map((check) => ({ id: check.id, title: check.text, problems: check.run(plan) })) : [];
  const failing = results.filter((r) => r.problems.length > 0);
  /** A problem's field, on this page: the screen of its step (or the cover's), and the field's anchor. */
  const targetOf = (href: string): Target => {
    const { step: owner, field } = problemTarget({ href });
    const screen = steps.find((s) => s.id === owner)?.number ?? steps.length + 1;
    return { screen, ...(field ? { field } : {}) };
  };
  return (
    <>
      <p>
        {program.length === 0
          ? say.noProgramChecks
          : failing.length === 0
            ? say.allChecksOk
            : say.someChecksOpen(openPoints(openPointCount(failing)), failing.length, program.length)}
      </p>
      <CheckList
        rows={results.map((r) => ({ ...r, ok: r.problems.length === 0 }))}
        link={(p) => {
          const target = targetOf(p.href);
          return (
            <a
              href={target.field ? `#${target.field}` : `#stap-${target.screen}`}
              onClick={(e) => {
                e.preventDefault();
                goTo(target);
              }}
            >
              {target.screen === step.number ? say.toField : target.screen > steps.length ? say.toCover : say.toStep(target.screen)}
            </a>
          );
        }}
      />
      <SelfChecks items={self} />
    </>
  );
}
