import { newId } from '../plan/model/ids';
import type { FieldPath } from '../plan/edit/merge';
import { planDisplayName } from '../plan/model/plan';
import { PLAN_SCHEMA_VERSION, SECTION_IDS, type Plan } from '../plan/model/schema';
import type { OtherTabs } from './other-tabs';
import type { StoredEntry, SyncCore } from './sync-core';
import { KEYS, partKey, planKey } from './keys';
import { removeKey, type PartRefs } from './plan-parts-read';
import { unmergedVersionNote, wholePlan } from './messages';
import type { Index, Reader, Why } from './reading';
import { readItem, writeItem } from './storage';
import { replacePlan, type SaveStatus, type StoreState } from './state';
import { prependVersions } from './version-list';

/** The parts code (plan-parts.ts, PART_MIN = 16,000) loads once a plan's text is this long: no section can be bigger than the plan. */
const PART_CODE_FROM = 16_000;

/** A plan held back until the merge code is here: saved in a moment, so the status says "pending". */
const MERGING = 'merging';
/** Words of a rare message, picked when they are loaded (messages/reading.ts). */
type Words = Exclude<Why, string>;

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
export function createSync(
  state: StoreState,
  reader: Reader,
  loadOtherTabs: (core: SyncCore) => Promise<OtherTabs>,
  keyListeners: Set<(key: string) => void>,
  versionsWritten: (planId: string) => void,
) {
  const saveDelay = state.env.saveDelay ?? 300;
  /** Fields changed in this tab and not yet written, per plan id. */
  const dirty = new Map<string, Set<FieldPath>>();
  /** What this tab last saw stored, per plan id: the base of a three-way merge, and its parts. */
  const stored = new Map<string, StoredEntry>();
  let indexDirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let persistAsked = false;
  /** The code that stores big plans in parts (plan-parts.ts), once a plan is big enough to need it. */
  let parts: typeof import('./plan-parts') | null = null;
  let partsLoad: Promise<unknown> | null = null;
  /** Loads it when a plan's text is long enough that a section may be stored on its own, or is stored in parts. */
  function needParts(big: boolean): void {
    if (big) partsLoad ??= import('./plan-parts').then((m) => (parts = m));
  }
  /** The code for other tabs (storage events, merging, conflicts), once another tab is seen at work. */
  let tabs: OtherTabs | null = null;
  let tabsLoad: Promise<OtherTabs> | null = null;

  function needTabs(): Promise<OtherTabs> {
    tabsLoad ??= loadOtherTabs(core).then((t) => (tabs = t));
    return tabsLoad;
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

  function remember(planId: string, raw: string, plan: Plan, refs: PartRefs = {}): void {
    stored.set(planId, { raw, plan, refs });
    needParts(raw.length >= PART_CODE_FROM || Object.keys(refs).length > 0);
  }

  function forget(planId: string): void {
    dirty.delete(planId);
    stored.delete(planId);
  }

  /** Sets the save status, unless it says the same already (each new value renders the status bar again). */
  function setStatus(next: SaveStatus): void {
    const now = state.$status.get();
    if (now.mode !== next.mode || now.state !== next.state || now.message !== next.message) state.$status.set(next);
  }

  function schedule(): void {
    if (state.$status.get().mode === 'memory') return;
    if (state.$status.get().state !== 'failed') setStatus({ ...state.$status.get(), state: 'pending' });
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
      reader.keepAside(planKey(mine.id), theirRaw, (w) => w.storedPlanDamaged);
      return mine;
    }
    if (!tabs) return null;
    const merged = tabs.merge(stored.get(mine.id)?.plan ?? theirs.plan, mine, theirs.plan, paths);
    remember(mine.id, theirRaw, theirs.plan, theirs.refs);
    return merged;
  }

  /**
   * The page is leaving and another tab's save could not be merged in time: this tab's plan is
   * kept as a version of the plan, so nothing typed is lost, and the other tab's save stays.
   */
  function keepUnmerged(storage: Storage, mine: Plan): boolean {
    const version = { id: newId(), note: unmergedVersionNote, createdAt: state.now().toISOString(), plan: mine, conflict: { where: wholePlan } };
    const { ok, aside } = prependVersions(storage, mine.id, [version], state.now());
    if (aside) reader.tell('kept-aside', (w) => w.keptAside(w.versionListUnreadable), { key: aside });
    return ok;
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
    /** A write that failed (full or refusing storage), and plans held back on purpose: their words (messages/reading.ts). */
    let failed: Words | null = null;
    let held: Words | typeof MERGING | null = null;
    for (const [planId, paths] of [...dirty]) {
      const mine = state.$plans.get().find((p) => p.id === planId);
      if (!mine) {
        dirty.delete(planId);
        continue;
      }
      if (state.untouchable.has(planId)) {
        held ??= (w) => w.planUntouchable;
        continue;
      }
      // Held until the reader decides whether to bring it back (see onPlanRemoved).
      if (state.deletedElsewhere.has(planId)) {
        held ??= (w) => w.heldDeletedElsewhere(planDisplayName(mine));
        continue;
      }
      const storedRaw = readItem(storage, planKey(planId));
      const base = stored.get(planId);
      if (storedRaw === null && base) {
        // It was stored and is gone: deleted in another tab whose event has not arrived yet.
        void needTabs().then((t) => t.onPlanRemoved(planId));
        continue;
      }
      const merged = storedRaw === null || storedRaw === base?.raw ? mine : mergeOnto(mine, storedRaw, paths);
      if (!merged) {
        if (leaving) {
          if (keepUnmerged(storage, mine)) dirty.delete(planId);
          else failed = (w) => w.storageFull;
        } else {
          // Another tab saved this plan: merge as soon as the merge code is here.
          void needTabs().then(() => flush());
          held ??= MERGING;
        }
        continue;
      }
      const next: Plan = { ...merged, updatedAt: state.now().toISOString(), schemaVersion: PLAN_SCHEMA_VERSION };
      // What is stored now names these parts (after a merge, remember() holds the other tab's).
      const seen = stored.get(planId);
      const entry = storedRaw !== null && seen?.raw === storedRaw ? seen : undefined;
      const current = entry?.refs ?? {};
      // A big plan is written in parts, only those that changed (plan-parts.ts); until that code
      // is here, and for a plan of ordinary size, it is written whole.
      const whole = parts ? null : JSON.stringify(next);
      if (whole !== null) needParts(whole.length >= PART_CODE_FROM);
      const {
        head,
        parts: changed,
        refs,
      } = parts ? parts.serializePlan(next, entry && parts.knownParts(entry.plan, entry.refs), current) : { head: whole!, parts: [], refs: {} };
      const written = parts ? parts.writeParts(storage, changed, head, planKey(planId)) : writeItem(storage, planKey(planId), head);
      if (!written.ok) {
        failed = written.reason === 'quota' ? (w) => w.storageFull : (w) => w.storageRefused;
        if (merged !== mine) replacePlan(state, merged);
        continue;
      }
      // The revisions the stored plan named before, and no longer does.
      for (const [section, rev] of Object.entries(current)) if (refs[section as keyof PartRefs] !== rev) removeKey(storage, partKey(planId, section, rev));
      dirty.delete(planId);
      remember(planId, head, next, refs);
      // The screen now shows what is stored: our fields plus whatever other tabs stored.
      replacePlan(state, next);
    }
    if (indexDirty) {
      const index: Index = { version: 1, activeId: state.$activeId.get(), order: [...new Set(state.$plans.get().map((p) => p.id))] };
      const written = writeItem(storage, KEYS.index, JSON.stringify(index));
      if (written.ok) indexDirty = false;
      else failed ??= (w) => w.storageFull;
    }
    // The status says at once that something is not saved; its words follow when they are loaded.
    const explain = (words: Words, notify: boolean) => {
      const failing = state.$status.get();
      void reader.tell('quota', words, {}, false).then((message) => {
        // Unless a later save went well meanwhile.
        if (state.$status.get() !== failing) return;
        state.$status.set({ ...failing, message });
        if (notify) state.notices.notify('quota', message);
      });
    };
    if (failed) {
      setStatus({ mode: 'storage', state: 'failed', message: state.$status.get().message });
      explain(failed, true);
    } else if (held === MERGING) {
      setStatus({ mode: 'storage', state: 'pending', message: null });
    } else if (held) {
      // The held plan has its own notice with the choice; the status says it is not saved.
      setStatus({ mode: 'storage', state: 'failed', message: state.$status.get().message });
      explain(held, false);
      state.notices.clear('quota');
    } else {
      setStatus({ mode: 'storage', state: dirty.size ? 'pending' : 'saved', message: null });
      state.notices.clear('quota');
      askPersistence();
    }
  }

  function askPersistence(): void {
    if (persistAsked || !state.env.persist) return;
    persistAsked = true;
    state.env.persist().catch(() => undefined);
  }

  /** What the code for other tabs may use. */
  const core: SyncCore = { state, reader, keyListeners, dirty, stored, remember, markAllDirty, markIndexDirty, schedule, versionsWritten };

  let listening = false;
  function listen(): void {
    const events = state.env.events;
    if (listening || !events) return;
    listening = true;
    // Handled at once when the code for other tabs is here; the first event loads it (in order).
    events.addEventListener('storage', (event) => (tabs ? tabs.onStorage(event) : void needTabs().then((t) => t.onStorage(event))));
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
    /** Loads the code for other tabs now (tests, and pages that know a second tab is likely). */
    ready: () => needTabs(),
    listen,
    hasPending: () => dirty.size > 0 || indexDirty,
    isDirty: (planId: string) => dirty.has(planId),
  };
}

export type Sync = ReturnType<typeof createSync>;
