import { newId } from '../plan/ids';
import type { FieldPath } from '../plan/merge';
import { createPlan, planDisplayName } from '../plan/plan';
import { PLAN_SCHEMA_VERSION, SECTION_IDS, type Plan } from '../plan/schema';
import type { Merging } from './merging';
import { isPlanKey, KEYS, planIdFromKey, planKey } from './keys';
import type { Index, Reader } from './reading';
import { parseIndex } from './reading';
import { readItem, writeItem } from './storage';
import { replacePlan, type StoreState } from './state';
import { readVersionList, writeVersionList } from './version-list';

export const QUOTA_MESSAGE =
  'Niet opgeslagen: de opslag van je browser is vol. Wat je typte staat nog op je scherm, en wat al bewaard was, is niet beschadigd. Exporteer je plan als JSON, of verwijder een plan dat je niet meer nodig hebt, en typ daarna verder.';
const REFUSED_MESSAGE = 'Niet opgeslagen: de opslag van je browser weigert nu. Wat je typte staat nog op je scherm. Exporteer je plan als JSON om het te bewaren.';
const UNTOUCHABLE_MESSAGE =
  'Niet opgeslagen: dit plan wordt niet overschreven, omdat de oorspronkelijke gegevens nergens anders bewaard konden worden. Exporteer het plan als JSON en maak ruimte in je browser.';

/** Every field path of a plan (its name and every field of every section). */
export function allPaths(plan: Plan): FieldPath[] {
  const paths: FieldPath[] = ['name'];
  for (const section of SECTION_IDS) {
    for (const key of Object.keys(plan[section])) paths.push(`${section}.${key}`);
  }
  return paths;
}

/**
 * Autosave and the other tabs. A change is written after a short delay, and at once when the page
 * is hidden or left. Each tab remembers what it last saw stored for every plan (its base); a save
 * merges this tab's changed fields three ways (base, this tab, what is stored now), so typing in
 * another tab is never written over: rows merge by id, and where both tabs changed the same value
 * the other value is kept as a version (conflicts.ts).
 */
export function createSync(state: StoreState, reader: Reader, loadMerging: () => Promise<Merging>, keyListeners: Set<(key: string) => void>) {
  const saveDelay = state.env.saveDelay ?? 300;
  /** Fields changed in this tab and not yet written, per plan id. */
  const dirty = new Map<string, Set<FieldPath>>();
  /** What this tab last saw stored, per plan id: the base of a three-way merge. */
  const stored = new Map<string, { raw: string; plan: Plan }>();
  let indexDirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let persistAsked = false;
  /** The merge code, once another tab has been seen writing (loaded on demand). */
  let merging: Merging | null = null;
  let mergingLoad: Promise<Merging> | null = null;

  function needMerging(): Promise<Merging> {
    mergingLoad ??= loadMerging().then((m) => (merging = m));
    return mergingLoad;
  }

  function markDirty(planId: string, path: FieldPath): void {
    let set = dirty.get(planId);
    if (!set) dirty.set(planId, (set = new Set()));
    set.add(path);
  }

  function markAllDirty(plan: Plan): void {
    for (const path of allPaths(plan)) markDirty(plan.id, path);
  }

  function markIndexDirty(): void {
    indexDirty = true;
  }

  function remember(planId: string, raw: string, plan: Plan): void {
    stored.set(planId, { raw, plan });
  }

  function forget(planId: string): void {
    dirty.delete(planId);
    stored.delete(planId);
  }

  function schedule(): void {
    if (state.$status.get().mode === 'memory') return;
    if (state.$status.get().state !== 'failed') state.$status.set({ ...state.$status.get(), state: 'pending' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => flush(), saveDelay);
  }

  /**
   * This tab's changes of a plan on top of what another tab stored (`theirRaw`); null when that
   * needs the merge code, which is not loaded yet.
   */
  function mergeOnto(mine: Plan, theirRaw: string, paths: Set<FieldPath>): Plan | null {
    const theirs = reader.parseStored(theirRaw, mine.id);
    if (!theirs) {
      // Someone put unreadable data under our key: keep it, then write ours.
      reader.keepAside(planKey(mine.id), theirRaw, 'Een opgeslagen plan was onverwacht beschadigd.');
      return mine;
    }
    if (!merging) return null;
    const merged = merging.merge(stored.get(mine.id)?.plan ?? theirs.plan, mine, theirs.plan, paths);
    remember(mine.id, theirRaw, theirs.plan);
    return merged;
  }

  /**
   * The page is leaving and another tab's save could not be merged in time: this tab's plan is
   * kept as a version of the plan, so nothing typed is lost, and the other tab's save stays.
   */
  function keepUnmerged(storage: Storage, mine: Plan): boolean {
    const list = readVersionList(storage, mine.id) ?? [];
    const version = { id: newId(), note: 'Wijzigingen uit een tabblad dat sloot terwijl een ander tabblad hetzelfde plan bewaarde', createdAt: state.now().toISOString(), plan: mine, conflict: { where: 'het hele plan' } };
    return writeVersionList(storage, mine.id, [version, ...list]).ok;
  }

  /**
   * Writes every pending change now. Called after the delay, and when the page is hidden or left
   * (`leaving`: nothing can wait for code to load any more).
   */
  function flush(leaving = false): void {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    const storage = state.storage;
    if (!storage || state.$status.get().mode === 'memory') return;
    /** A write that failed (full or refusing storage), and plans held back on purpose. */
    let failed: string | null = null;
    let held: string | null = null;
    for (const [planId, paths] of [...dirty]) {
      const mine = state.$plans.get().find((p) => p.id === planId);
      if (!mine) {
        dirty.delete(planId);
        continue;
      }
      if (state.untouchable.has(planId)) {
        held ??= UNTOUCHABLE_MESSAGE;
        continue;
      }
      // Held until the reader decides whether to bring it back (see onPlanRemoved).
      if (state.deletedElsewhere.has(planId)) {
        held ??= `Niet opgeslagen: het plan "${planDisplayName(mine)}" is in een ander tabblad verwijderd. Zet het terug om te bewaren wat je typt.`;
        continue;
      }
      const storedRaw = readItem(storage, planKey(planId));
      const base = stored.get(planId);
      if (storedRaw === null && base) {
        // It was stored and is gone: deleted in another tab whose event has not arrived yet.
        onPlanRemoved(planId);
        continue;
      }
      const merged = storedRaw === null || storedRaw === base?.raw ? mine : mergeOnto(mine, storedRaw, paths);
      if (!merged) {
        if (leaving) {
          if (keepUnmerged(storage, mine)) dirty.delete(planId);
          else failed = QUOTA_MESSAGE;
        } else {
          // Another tab saved this plan: merge as soon as the merge code is here.
          void needMerging().then(() => flush());
          held ??= 'Opslaan…';
        }
        continue;
      }
      const next: Plan = { ...merged, updatedAt: state.now().toISOString(), schemaVersion: PLAN_SCHEMA_VERSION };
      const raw = JSON.stringify(next);
      const written = writeItem(storage, planKey(planId), raw);
      if (!written.ok) {
        failed = written.reason === 'quota' ? QUOTA_MESSAGE : REFUSED_MESSAGE;
        if (merged !== mine) replacePlan(state, merged);
        continue;
      }
      dirty.delete(planId);
      remember(planId, raw, next);
      // The screen now shows what is stored: our fields plus whatever other tabs stored.
      replacePlan(state, next);
    }
    if (indexDirty) {
      const index: Index = { version: 1, activeId: state.$activeId.get(), order: state.$plans.get().map((p) => p.id) };
      const written = writeItem(storage, KEYS.index, JSON.stringify(index));
      if (written.ok) indexDirty = false;
      else failed ??= QUOTA_MESSAGE;
    }
    if (failed) {
      state.$status.set({ mode: 'storage', state: 'failed', message: failed });
      state.notices.notify('quota', failed);
    } else if (held === 'Opslaan…') {
      state.$status.set({ mode: 'storage', state: 'pending', message: null });
    } else if (held) {
      // The held plan has its own notice with the choice; the status says it is not saved.
      state.$status.set({ mode: 'storage', state: 'failed', message: held });
      state.notices.clear('quota');
    } else {
      state.$status.set({ mode: 'storage', state: dirty.size ? 'pending' : 'saved', message: null });
      state.notices.clear('quota');
      askPersistence();
    }
  }

  function askPersistence(): void {
    if (persistAsked || !state.env.persist) return;
    persistAsked = true;
    state.env.persist().catch(() => undefined);
  }

  /**
   * A plan this tab holds was deleted in another tab. If this tab shows it or has unsaved typing
   * in it, it stays on screen and is not written back until the reader chooses (bring it back, or
   * let it go); nothing moves silently into another plan. Otherwise it simply leaves the list.
   */
  function onPlanRemoved(planId: string): void {
    stored.delete(planId);
    const plans = state.$plans.get();
    const plan = plans.find((p) => p.id === planId);
    if (!plan) return;
    const shown = state.$activePlan.get()?.id === planId;
    if (shown || dirty.has(planId)) {
      state.deletedElsewhere.add(planId);
      state.notices.notify(
        'deleted-elsewhere',
        `Het plan "${planDisplayName(plan)}" is in een ander tabblad verwijderd. Je ziet het hier nog, maar wat je erin typt, wordt pas weer bewaard als je het terugzet.`,
        { planId },
      );
      return;
    }
    const rest = plans.filter((p) => p.id !== planId);
    if (rest.length === 0) rest.push(createPlan('Mijn plan', state.now()));
    state.$plans.set(rest);
  }

  function onStorage(event: Event): void {
    const { key, newValue, storageArea } = event as StorageEvent;
    const storage = state.storage;
    if (!storage || (storageArea && storageArea !== storage)) return;
    if (key === null) {
      // Storage was cleared in another tab: keep what is on screen and write it back.
      stored.clear();
      for (const plan of state.$plans.get()) markAllDirty(plan);
      indexDirty = true;
      schedule();
      return;
    }
    if (isPlanKey(key)) {
      // Events arrive late: by now this tab may have written over what the event carries, so read
      // what is stored now instead of trusting the event's value.
      const id = planIdFromKey(key);
      // Another tab is at work: have the merge code ready before it is needed.
      const ready = needMerging();
      if (dirty.has(id) && !merging) {
        void ready.then(() => onPlanKey(storage, id));
        return;
      }
      onPlanKey(storage, id);
      return;
    }
    if (key === KEYS.conflict) void needMerging().then((m) => m.receive(newValue));
    for (const listener of keyListeners) listener(key);
    if (key === KEYS.index && newValue) onIndexStored(newValue);
  }

  function onPlanKey(storage: Storage, id: string): void {
    const current = readItem(storage, planKey(id));
    if (current !== null && current === stored.get(id)?.raw) return;
    onPlanStored(id, current);
  }

  function onPlanStored(id: string, newValue: string | null): void {
    if (newValue === null) {
      onPlanRemoved(id);
      return;
    }
    const theirs = reader.parseStored(newValue, id);
    // Unreadable data from another tab: our next save keeps it aside before writing.
    if (!theirs) return;
    const plans = state.$plans.get();
    const mine = plans.find((p) => p.id === id);
    const paths = dirty.get(id);
    let next = theirs.plan;
    if (mine && paths) {
      if (!merging) {
        void needMerging().then(() => onPlanStored(id, newValue));
        return;
      }
      next = merging.merge(stored.get(id)?.plan ?? theirs.plan, mine, theirs.plan, paths);
    }
    remember(id, newValue, theirs.plan);
    if (state.deletedElsewhere.delete(id)) state.notices.clear('deleted-elsewhere', (n) => n.planId === id);
    state.$plans.set(mine ? plans.map((p) => (p.id === id ? next : p)) : [...plans, next]);
  }

  function onIndexStored(raw: string): void {
    const index = parseIndex(raw);
    // An unreadable index from another tab is ignored; our own next write repairs it.
    if (!index) return;
    const byId = new Map(state.$plans.get().map((p) => [p.id, p]));
    for (const id of index.order) {
      if (byId.has(id)) continue;
      const read = reader.readStoredPlan(planKey(id));
      if (read) {
        byId.set(id, read.plan);
        remember(id, read.raw, read.plan);
      }
    }
    const ordered = index.order.map((id) => byId.get(id)).filter((p): p is Plan => !!p);
    const rest = [...byId.values()].filter((p) => !index.order.includes(p.id) && (dirty.has(p.id) || state.deletedElsewhere.has(p.id)));
    if (ordered.length + rest.length > 0) state.$plans.set([...ordered, ...rest]);
  }

  let listening = false;
  function listen(): void {
    const events = state.env.events;
    if (listening || !events) return;
    listening = true;
    events.addEventListener('storage', onStorage);
    events.addEventListener('pagehide', () => flush(true));
    events.addEventListener('visibilitychange', () => {
      if (!state.env.isHidden || state.env.isHidden()) flush(true);
    });
  }

  return {
    markDirty,
    markAllDirty,
    markIndexDirty,
    remember,
    forget,
    schedule,
    flush: () => flush(),
    /** Loads the merge code now (tests, and pages that know a second tab is likely). */
    ready: () => needMerging(),
    listen,
    hasPending: () => dirty.size > 0 || indexDirty,
    isDirty: (planId: string) => dirty.has(planId),
  };
}

export type Sync = ReturnType<typeof createSync>;
