import { atom, onMount } from 'nanostores';
import { KEYS } from './keys';

/**
 * The reader's display preferences: each under a key of its own (`accountplan:voorkeur:<name>`),
 * kept in step with other tabs. Small and independent of the plans. A few lines instead of
 * @nanostores/persistent and nanostores' map, which were 0.7 KB gzipped for three strings; a
 * value this version does not know, or storage that is blocked, leaves the default.
 */
const CHOICES = {
  pdfEmptyFields: ['hide', 'show'],
  pdfOrder: ['steps', 'exam'],
  pdfFeedback: ['leave', 'include'],
} as const;

export type Preferences = { [K in keyof typeof CHOICES]: (typeof CHOICES)[K][number] };
type Key = keyof Preferences;
const NAMES = Object.keys(CHOICES) as Key[];

/** The stored preferences, each its first choice where nothing (valid) is stored. */
function read(): Preferences {
  const out = Object.fromEntries(NAMES.map((name) => [name, CHOICES[name][0]])) as Preferences;
  try {
    for (const name of NAMES) {
      const stored = localStorage.getItem(KEYS.preferencesPrefix + name);
      if ((CHOICES[name] as readonly string[]).includes(stored ?? '')) (out as Record<Key, string>)[name] = stored!;
    }
  } catch {
    // Blocked storage: the defaults.
  }
  return out;
}

const store = atom<Preferences>(read());

// Another tab changed a preference: read them again. (No window when the page is built.)
onMount(store, () => {
  if (typeof window === 'undefined') return;
  const changed = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(KEYS.preferencesPrefix)) store.set(read());
  };
  window.addEventListener('storage', changed);
  return () => window.removeEventListener('storage', changed);
});

export const $preferences = Object.assign(store, {
  /** Sets one preference, here and in storage (where storage can be written). */
  setKey<K extends Key>(name: K, value: Preferences[K]): void {
    try {
      localStorage.setItem(KEYS.preferencesPrefix + name, value);
    } catch {
      // Blocked or full: the choice holds for this page.
    }
    store.set({ ...store.get(), [name]: value });
  },
});
