import { readPlan } from '../plan/model/migrations';
import type { Repair } from '../plan/values/validate';
import type { Plan } from '../plan/model/schema';
import { copyAside as copyRawAside } from './aside';
import { isPlanKey, KEYS, planIdFromCompanionKey, planIdFromKey } from './keys';
import { assemble, type PartRefs } from './plan-parts-read';
import type { Notice, NoticeKind, Notices } from './notices';
import { readItem, storageKeys } from './storage';

/** The words of this rare path, loaded when there is something to say (messages/reading.ts). */
type Words = typeof import('./messages/reading');
/** Why data was kept aside: a text, or the words to pick it from. */
export type Why = string | ((words: Words) => string);

/** The list of plans in order, and which one was active. */
export interface Index {
  version: 1;
  activeId: string | null;
  order: string[];
}

/** What reading a stored plan gave: the plan and the raw text it came from, and what was mended. */
export interface StoredPlan {
  plan: Plan;
  raw: string;
  repairs: Repair[];
  /** The sections stored on their own, by revision (plan-parts.ts). */
  refs: PartRefs;
}

interface ReaderDeps {
  storage: () => Storage | null;
  now: () => Date;
  notices: Notices;
  /** Plans whose stored data must never be written (from a newer version). */
  untouchable: Set<string>;
}

const quoteName = (data: unknown) => {
  const name = typeof data === 'object' && data !== null ? (data as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() ? ` "${Array.from(name.trim()).slice(0, 60).join('')}"` : '';
};

/**
 * Reading what is stored: plans, the index, and what to do with data that does not read.
 * Unreadable data is never overwritten: it is copied to a key of its own first.
 */
export function createReader({ storage, now, notices, untouchable }: ReaderDeps) {
  /** A notice whose words load first: it shows a moment later, and pages that never need it never load them. */
  function tell(kind: NoticeKind, text: (words: Words) => string, extra: Omit<Notice, 'id' | 'kind' | 'message'> = {}, notify = true): Promise<string> {
    return import('./messages/reading').then((words) => {
      const message = text(words);
      if (notify) notices.notify(kind, message, extra);
      return message;
    });
  }

  /** Copies raw data to a kept-aside key; returns that key, or null when there was no room. */
  function copyAside(key: string, raw: string): string | null {
    const store = storage();
    return store ? copyRawAside(store, key, raw, now()) : null;
  }

  /** Moves a key's data aside: copied to a key of its own, then removed; false when there was no room. */
  function moveAside(store: Storage, key: string, raw: string): string | null {
    const aside = copyAside(key, raw);
    if (!aside) return null;
    try {
      store.removeItem(key);
    } catch {
      // The original stays where it was; we never write to it either.
    }
    return aside;
  }

  /** Moves unreadable data to a key of its own, untouched, and tells the reader. */
  function keepAside(key: string, raw: string, why: Why): void {
    const store = storage();
    if (!store) return;
    const aside = moveAside(store, key, raw);
    const reason = (w: Words) => (typeof why === 'string' ? why : why(w));
    if (aside) {
      void tell('kept-aside', (w) => w.keptAside(reason(w)), { key: aside });
    } else {
      // No room for a copy: leave the data where it is and never write that key.
      if (isPlanKey(key)) untouchable.add(planIdFromKey(key));
      void tell('kept-aside', (w) => w.keptInPlace(reason(w)), { key });
    }
  }

  /**
   * A stored plan that does not read goes aside, and what belongs to it (its versions, the
   * feedback it received) goes aside with it: without the plan they would count as orphans and be
   * cleared (versions.ts removeOrphans).
   */
  function keepPlanAside(key: string, raw: string, why: Why): void {
    keepAside(key, raw, why);
    const store = storage();
    if (!store || readItem(store, key) !== null) return;
    const id = planIdFromKey(key);
    for (const companion of storageKeys(store)) {
      if (planIdFromCompanionKey(companion) !== id) continue;
      const text = readItem(store, companion);
      if (text !== null) moveAside(store, companion, text);
    }
  }

  function readIndex(): Index | null {
    const store = storage();
    if (!store) return null;
    const raw = readItem(store, KEYS.index);
    if (raw === null) return null;
    const index = parseIndex(raw);
    if (index) return index;
    keepAside(KEYS.index, raw, (w) => w.indexUnreadable);
    return null;
  }

  /**
   * Reads raw stored text as a plan, without side effects: null when it does not read (not JSON,
   * not a plan, a newer version).
   */
  function parseStored(raw: string, id: string): StoredPlan | null {
    const store = storage();
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return null;
    }
    const whole = store ? assemble(store, id, data) : { data, refs: {} };
    if (!whole) return null;
    const result = readPlan(whole.data);
    if (!result.ok) return null;
    if (result.plan.id !== id) result.plan.id = id;
    return { plan: result.plan, raw, repairs: result.repairs, refs: whole.refs };
  }

  /**
   * Reads one stored plan. Data that does not read at all is kept aside; a plan from a newer
   * version is left alone; a plan with unreadable fields loads with those fields empty, and its
   * original text is kept aside for download. All with a notice.
   */
  function readStoredPlan(key: string): StoredPlan | null {
    const store = storage();
    if (!store) return null;
    const raw = readItem(store, key);
    if (raw === null) return null;
    const id = planIdFromKey(key);
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      keepPlanAside(key, raw, (w) => w.planUnreadable);
      return null;
    }
    // A plan stored in parts (plan-parts.ts) is put together first; a part missing is as unreadable.
    const whole = assemble(store, id, data);
    if (!whole) {
      keepPlanAside(key, raw, (w) => w.planUnreadable);
      return null;
    }
    data = whole.data;
    const result = readPlan(data);
    if (!result.ok) {
      if (result.reason === 'newer') {
        untouchable.add(id);
        void tell('newer', (w) => w.planFromNewerSite(quoteName(data)), { key });
      } else {
        keepPlanAside(key, raw, (w) => w.planUnknownShape(quoteName(data)));
      }
      return null;
    }
    if (result.plan.id !== id) result.plan.id = id;
    const lost = result.repairs.filter((r) => r.kind !== 'new-id');
    if (lost.length) {
      const aside = copyAside(key, whole.parted ? JSON.stringify(data) : raw);
      if (!aside) untouchable.add(id);
      const name = quoteName(data);
      // The words of every step load only now, to name the fields: a rare path.
      void Promise.all([import('../plan/model/field-path'), import('./messages/reading')]).then(([{ pathLabel }, words]) => {
        const fields = lost.map((r) => `"${pathLabel(r.path)}"`).join(', ');
        notices.notify('repaired', words.fieldsEmptied(name, lost.length, fields, !!aside), aside ? { key: aside } : {});
      });
    }
    return { plan: result.plan, raw, repairs: result.repairs, refs: whole.refs };
  }

  return { keepAside, tell, readIndex, parseStored, readStoredPlan };
}

export type Reader = ReturnType<typeof createReader>;

/** The index from its stored text, or null when it does not read. */
export function parseIndex(raw: string): Index | null {
  try {
    const data = JSON.parse(raw) as Partial<Index>;
    if (data && Array.isArray(data.order) && data.order.every((id) => typeof id === 'string')) {
      return { version: 1, activeId: typeof data.activeId === 'string' ? data.activeId : null, order: data.order };
    }
  } catch {
    // handled by the caller
  }
  return null;
}
