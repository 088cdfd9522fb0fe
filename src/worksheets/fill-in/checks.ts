import { atom } from 'nanostores';
import { cachedLoad } from '../load-part';

/** The checks of the lessons' checklists (8 KB): loaded on demand, never with the page. */
export type ChecksModule = typeof import('../../plan/checks');

/** The checks once loaded: the step navigation shows open points from then on. */
export const $checks = atom<ChecksModule | null>(null);

/**
 * Loads the checks (once; again after a failure). Fill-in mode asks for them when the checks of
 * a step come into view, and when the reader starts to work (types, clicks).
 */
export const loadChecks = cachedLoad(() =>
  import('../../plan/checks').then((m) => {
    $checks.set(m);
    return m;
  }),
);
