import { toIsoDate } from '../plan/values/dates';
import { PREFIX } from './keys';
import { readItem, storageKeys } from './storage';

/**
 * Everything this site keeps in the browser's storage, exactly as stored: every key that starts
 * with "accountplan:" and its text, not parsed or checked. It is the way out when a part of a
 * page cannot show the data: whatever is wrong with it, the download holds all of it.
 */
export function rawDump(storage: () => Storage | null | undefined): Record<string, string> {
  const dump: Record<string, string> = {};
  let store: Storage | null | undefined;
  try {
    store = storage();
  } catch {
    // Blocked storage: there is nothing stored to give.
  }
  if (!store) return dump;
  for (const key of storageKeys(store)
    .filter((k) => k.startsWith(PREFIX))
    .sort()) {
    const text = readItem(store, key);
    if (text !== null) dump[key] = text;
  }
  return dump;
}

/** The raw dump as a JSON file to download. */
export function rawDumpFile(storage: () => Storage | null | undefined = () => window.localStorage, now = new Date()): { fileName: string; text: string } {
  return { fileName: `accountplan-opslag-${toIsoDate(now)}.json`, text: `${JSON.stringify(rawDump(storage), null, 2)}\n` };
}
