import { keptAsideKey } from './keys';
import { readItem, writeItem } from './storage';

/**
 * Keeping data aside: a copy of stored text under a key of its own
 * (`accountplan:bewaard:<time>:<original key>`), never overwritten. Every store that writes a key
 * whose stored text it cannot read (garbage, another shape, a newer version's data) copies that
 * text aside first (write-over.ts).
 */

/** Copies raw text to a kept-aside key; returns that key, or null when there was no room. */
export function copyAside(storage: Storage, key: string, raw: string, now: Date): string | null {
  let aside = keptAsideKey(key, now);
  // Two copies of one key within a millisecond must not overwrite each other.
  for (let n = 2; readItem(storage, aside) !== null && readItem(storage, aside) !== raw; n++) aside = `${keptAsideKey(key, now)}~${n}`;
  return writeItem(storage, aside, raw).ok ? aside : null;
}
