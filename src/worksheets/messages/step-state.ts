/**
 * The words of a step's state (step-state.ts): fill-in mode's step navigation and the workbook's
 * progress. The mark is shown beside the words, never instead of them for screen readers.
 */
import type { StepState, StepStateKind } from '../step-state';
import { openPoints } from '../messages';

export const stateMark: Record<StepStateKind, string> = { empty: '○', started: '◐', complete: '✓', open: '!' };

/** "nog leeg", "bezig: 4 van 12 velden", "klaar", "3 open punten". */
export function stateLabel(state: StepState): string {
  switch (state.kind) {
    case 'empty':
      return 'nog leeg';
    case 'started':
      return `bezig: ${state.filled} van ${state.total} velden`;
    case 'complete':
      return state.open === null ? 'alles ingevuld' : 'klaar: alles ingevuld, controles in orde';
    case 'open':
      return openPoints(state.open ?? 0);
  }
}

/** The key under the step navigation (screen readers hear each step's state in words instead). */
export const legend: ReadonlyArray<[StepStateKind, string]> = [
  ['empty', 'nog leeg'],
  ['started', 'bezig'],
  ['complete', 'alles ingevuld'],
  ['open', 'open punten'],
];
