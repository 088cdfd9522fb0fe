import { keptAsideKey } from './keys';
import { readItem, writeItem, type WriteResult } from './storage';

/**
 * Keeping data aside: a copy of stored text under a key of its own
 * (`accountplan:bewaard:<time>:<original key>`), never overwritten. Every store that writes a key
 * whose stored text it cannot read (garbage, another shape, a newer version's data) copies that
 * text aside first; see {@link writeOver}.
 */

/** Copies raw text to a kept-aside key; returns that key, or null when there was no room. */
export function copyAside(storage: Storage, key: string, raw: string, now: Date): string | null {
  let aside = keptAsideKey(key, now);
  // Two copies of one key within a millisecond must not overwrite each other.
  for (let n = 2; readItem(storage, aside) !== null && readItem(storage, aside) !== raw; n++) aside = `${keptAsideKey(key, now)}~${n}`;
  return writeItem(storage, aside, raw).ok ? aside : null;
}

export type WriteOverResult = { ok: true; aside: string | null } | { ok: false; reason: 'quota' | 'unavailable' | 'unreadable' };

/**
 * Writes `value` under `key`. When what is stored there now does not read (`reads` says no), it is
 * copied aside first, and `aside` names the copy; when there is no room for the copy, nothing is
 * written (reason `unreadable`): data we cannot read is never written over.
 */
export function writeOver(storage: Storage, key: string, value: string, reads: (raw: string) => boolean, now: Date): WriteOverResult {
  const current = readItem(storage, key);
  let aside: string | null = null;
  if (current !== null && current !== value && !reads(current)) {
    aside = copyAside(storage, key, current, now);
    if (!aside) return { ok: false, reason: 'unreadable' };
  }
  const written: WriteResult = writeItem(storage, key, value);
  return written.ok ? { ok: true, aside } : { ok: false, reason: written.reason };
}

/** Whether a text is JSON at all. */
export function parses(raw: string): boolean {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}
