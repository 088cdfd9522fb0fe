/** The words of the differences between two versions of a plan (diff.ts). */

/** An empty value in a change line. */
export const emptyValue = '(leeg)';
export const added = (what: string) => `toegevoegd: ${what}`;
export const removed = (what: string) => `verwijderd: ${what}`;
export const reordered = 'andere volgorde';
/** A row when its table has no name for one. */
export const row = 'rij';
export const cellsRescored = (count: number) => `${count} ${count === 1 ? 'cel' : 'cellen'} anders gescoord`;
