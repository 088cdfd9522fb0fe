/** The words of the differences between two versions of a plan (diff.ts). */

/** An empty value in a change line. */
export const emptyValue = '(leeg)';
export const added = (what: string) => `toegevoegd: ${what}`;
export const removed = (what: string) => `verwijderd: ${what}`;
export const reordered = 'andere volgorde';
/** A row when its table has no name for one. */
export const row = 'rij';
export const cellsRescored = (count: number) => `${count} ${count === 1 ? 'cel' : 'cellen'} anders gescoord`;
/** Words removed from or added to a text, in the text version of a change. */
export const removedWords = (words: string) => `[weg: ${words}]`;
export const addedWords = (words: string) => `[erbij: ${words}]`;
/** The unchanged text left out between two changes. */
export const skipped = '…';
