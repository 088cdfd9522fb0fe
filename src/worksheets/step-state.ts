/**
 * How far a step is, in one word, the same wherever it is shown: the step navigation of fill-in
 * mode, the workbook's progress, the home page's "Ga verder". Filled fields say how far the
 * reader got; the checks of the lesson's checklist say what is still open.
 */

/**
 * `empty`: nothing filled in. `started`: something, not everything, and no open points known.
 * `complete`: every field filled and no open points known. `open`: something filled in, and the
 * checks find open points.
 */
export type StepStateKind = 'empty' | 'started' | 'complete' | 'open';

export interface StepState {
  kind: StepStateKind;
  filled: number;
  total: number;
  /** Open points of the step; null while its checks have not run (they load on demand). */
  open: number | null;
}

/**
 * The open points of some checks: every problem of every check that fails, each a thing to fix
 * with a link to its field. This is the one meaning of "open punten" on every page.
 */
export function openPointCount(checks: ReadonlyArray<{ problems: readonly unknown[] }>): number {
  return checks.reduce((n, c) => n + c.problems.length, 0);
}

/** The state of a step from its filled fields and, when known, its open points. */
export function stepState(fields: { filled: number; total: number }, open: number | null): StepState {
  const { filled, total } = fields;
  const kind: StepStateKind = filled === 0 ? 'empty' : open ? 'open' : filled >= total ? 'complete' : 'started';
  return { kind, filled, total, open };
}
