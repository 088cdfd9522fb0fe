/** Thin, failure-aware access to Web Storage. */

export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable'; error: unknown };

/** Whether an error is the browser saying the storage is full (names differ per engine). */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const e = error as { name?: string; code?: number };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/**
 * Returns a Storage that can actually be written, or null where storage is blocked (privacy
 * settings, some private modes, sandboxed frames): reading `localStorage` itself can throw there.
 */
export function openStorage(get: () => Storage | null | undefined, probeKey: string): Storage | null {
  try {
    const storage = get();
    // The memory stand-in that storage-guard.js puts in place of blocked storage keeps nothing.
    if (!storage || (storage as Storage & { __memoryOnly?: boolean }).__memoryOnly) return null;
    storage.setItem(probeKey, '1');
    storage.removeItem(probeKey);
    return storage;
  } catch (error) {
    // A full storage still works for reading what is there; treat only other failures as blocked.
    if (isQuotaError(error)) {
      try {
        return get() ?? null;
      } catch {
        return null;
      }
    }
    return null;
  }
}

export function writeItem(storage: Storage, key: string, value: string): WriteResult {
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable', error };
  }
}

export function readItem(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

export function storageKeys(storage: Storage): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
  } catch {
    // Unreadable storage: behave as empty.
  }
  return keys;
}
