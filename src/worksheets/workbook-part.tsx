import { useStore } from './use-store';
import { useDeferredValue, type ReactNode } from 'react';
import { placeholderPlan } from '../plan/model/plan';
import { STEPS, type Step, type StepId } from '../plan/model/steps';
import { $activePlan } from '../stores';
import { useReady } from './use-plan';

/**
 * What the workbook's islands share (src/pages/werkboek.astro places them; each hydrates when it
 * comes into view, so a reader who jumps to the PDF starts only that part).
 */

const EMPTY_PLAN = placeholderPlan();

/** The active plan for a part that counts or checks it; an empty plan until the part is ready. */
export function useWorkbookPlan() {
  const ready = useReady();
  // Deferred: typing on this page is never held up by recounting progress and checks.
  const active = useDeferredValue(useStore($activePlan));
  return { ready, plan: ready && active ? active : EMPTY_PLAN };
}

/** One part of the workbook; `data-ready` tells when it has read the plans. */
export function Part({ name, ready, children }: { name: string; ready: boolean; children: ReactNode }) {
  return (
    <div className="worksheet workbook-part not-content" data-part={name} data-ready={ready ? 'true' : 'false'}>
      {children}
    </div>
  );
}

/** A step by its id (never by its position in STEPS). */
export const stepWithId = (id: StepId): Step => STEPS.find((s) => s.id === id)!;
