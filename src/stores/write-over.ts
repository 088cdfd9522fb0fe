import { copyAside } from './aside';
import { readItem, writeItem, type WriteResult } from './storage';

/**
 * Writing over a key only when what is stored there reads, else after keeping it aside. Used by
 * the parts loaded on demand (backup, feedback, knowledge checks), so it loads with them.
 */

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
