import type { Problem } from '../plan/checks';
import { lessonPath, STEPS, type StepId } from '../plan/model/steps';

/** Where a check's problem is fixed: the worksheet of a step, or the cover; and the field's anchor. */
export interface ProblemTarget {
  step: StepId | 'cover';
  /** The field's anchor (`werkblad-…`), if the link names one. */
  field: string | null;
}

/**
 * The step and field a problem links to. The one place that reads a problem's link back: a link
 * to a lesson is that step's worksheet, any other page (the workbook) is the cover.
 */
export function problemTarget(problem: Pick<Problem, 'href'>): ProblemTarget {
  const hash = problem.href.indexOf('#');
  const path = hash < 0 ? problem.href : problem.href.slice(0, hash);
  const field = hash < 0 ? '' : problem.href.slice(hash + 1);
  const step = STEPS.find((s) => lessonPath(s) === path);
  return { step: step ? step.id : 'cover', field: field || null };
}
