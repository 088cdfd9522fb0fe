import { atom, computed, type ReadableAtom } from 'nanostores';
import type { Plan } from '../plan/model/schema';
import { createNotices, type Notices } from './notices';

/** Where the plans live right now. */
export type StorageMode = 'loading' | 'storage' | 'memory';

export interface SaveStatus {
  mode: StorageMode;
  /** `saved`: everything is in storage; `pending`: a change waits (≤ the save delay); `failed`: see message. */
  state: 'saved' | 'pending' | 'failed';
  /** Dutch explanation when something is not kept. */
  message: string | null;
}

export interface Environment {
  /** The Storage to use (throws or returns null where storage is blocked). */
  storage: () => Storage | null | undefined;
  /** Where `storage`, `pagehide` and `visibilitychange` events arrive (window in a browser). */
  events?: EventTarget | undefined;
  /** Whether the page is hidden (document.visibilityState === 'hidden'). */
  isHidden?: () => boolean;
  now?: () => Date;
  /** Milliseconds between a change and its save. */
  saveDelay?: number;
  /** Asks the browser to keep our storage (navigator.storage.persist). */
  persist?: () => Promise<boolean>;
}

/** What the parts of the plan store share: the atoms, the notices and the storage in use. */
export interface StoreState {
  env: Environment;
  now: () => Date;
  $plans: ReturnType<typeof atom<Plan[]>>;
  $activeId: ReturnType<typeof atom<string | null>>;
  $activePlan: ReadableAtom<Plan | null>;
  $status: ReturnType<typeof atom<SaveStatus>>;
  notices: Notices;
  /** The storage in use once loaded; null in memory mode or before loading. */
  storage: Storage | null;
  /** Plans whose stored data we must never write (from a newer version, or unreadable without room to copy). */
  untouchable: Set<string>;
  /** Plans deleted in another tab while this tab still shows them: not written until the reader decides. */
  deletedElsewhere: Set<string>;
}

export function createState(env: Environment): StoreState {
  const $plans = atom<Plan[]>([]);
  const $activeId = atom<string | null>(null);
  return {
    env,
    now: env.now ?? (() => new Date()),
    $plans,
    $activeId,
    $activePlan: computed([$plans, $activeId], (plans, id) => plans.find((p) => p.id === id) ?? plans[0] ?? null),
    $status: atom<SaveStatus>({ mode: 'loading', state: 'saved', message: null }),
    notices: createNotices(),
    storage: null,
    untouchable: new Set(),
    deletedElsewhere: new Set(),
  };
}

/** Replaces one plan in the list (by id), keeping the order. */
export function replacePlan(state: StoreState, plan: Plan): void {
  state.$plans.set(state.$plans.get().map((p) => (p.id === plan.id ? plan : p)));
}
