import { atom, computed, type ReadableAtom } from 'nanostores';
import type { $ZodType } from 'zod/v4/core';
import { elementSchema } from '../plan/fields';
import { parse } from 'zod/mini';
import { toIsoDate } from '../plan/dates';
import { newId } from '../plan/ids';
import { readPlan } from '../plan/migrations';
import { copyPlan, createPlan, planDisplayName } from '../plan/plan';
import { PLAN_SCHEMA_VERSION, SECTION_SCHEMAS, sectionShape, type Plan, type SectionId } from '../plan/schema';
import { isPlanKey, keptAsideKey, KEYS, planIdFromKey, planKey } from './keys';
import { openStorage, readItem, storageKeys, writeItem } from './storage';

/** Where the plans live right now. */
export type StorageMode = 'loading' | 'storage' | 'memory';

export interface SaveStatus {
  mode: StorageMode;
  /** `saved`: everything is in storage; `pending`: a change waits (≤ 500 ms); `failed`: see message. */
  state: 'saved' | 'pending' | 'failed';
  /** Dutch explanation when something is not kept. */
  message: string | null;
}

export type NoticeKind = 'memory' | 'quota' | 'kept-aside' | 'newer' | 'backup' | 'deleted';

/** Something the reader must know, shown by the status components (`role="alert"` or `status`). */
export interface Notice {
  id: string;
  kind: NoticeKind;
  message: string;
  /** For kept-aside data: the storage key that holds the raw text, so it can be downloaded. */
  key?: string;
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

interface Index {
  version: 1;
  activeId: string | null;
  order: string[];
}

type Row = { id: string } & Record<string, unknown>;
type FieldPath = `${SectionId}.${string}` | 'name';

/** The element schema of a table or list field, to make a new row with every default. */
function rowSchema(section: SectionId, key: string): $ZodType | null {
  const field = sectionShape(section)[key];
  return field ? elementSchema(field) : null;
}

const MEMORY_MESSAGE =
  'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster of door je privacy-instellingen). Je kunt gewoon werken, maar wat je typt verdwijnt als je dit tabblad sluit. Exporteer je plan als JSON om het te bewaren.';
export const QUOTA_MESSAGE =
  'Niet opgeslagen: de opslag van je browser is vol. Wat je typte staat nog op je scherm, en wat al bewaard was, is niet beschadigd. Exporteer je plan als JSON, of verwijder een plan dat je niet meer nodig hebt, en typ daarna verder.';

/**
 * The plan store: every plan of the reader, the active one, and the save status. It is the only
 * code that touches storage. Components read the atoms and call the actions.
 *
 * Saving merges per field: a tab writes only the fields it changed onto what is stored now, so
 * two tabs editing different fields of one plan never undo each other's work.
 */
export function createPlanStore(env: Environment) {
  const now = env.now ?? (() => new Date());
  const saveDelay = env.saveDelay ?? 300;

  const $plans = atom<Plan[]>([]);
  const $activeId = atom<string | null>(null);
  const $status = atom<SaveStatus>({ mode: 'loading', state: 'saved', message: null });
  const $notices = atom<Notice[]>([]);
  const $activePlan: ReadableAtom<Plan | null> = computed([$plans, $activeId], (plans, id) => plans.find((p) => p.id === id) ?? plans[0] ?? null);

  let storage: Storage | null = null;
  let loaded = false;
  /** Fields changed in this tab and not yet written, per plan id. */
  const dirty = new Map<string, Set<FieldPath>>();
  /** Plans whose stored data we must never write (unreadable or from a newer version). */
  const untouchable = new Set<string>();
  let indexDirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastDeleted: { plan: Plan; position: number } | null = null;
  let persistAsked = false;
  /** Companion stores that follow other keys changed by other tabs. */
  const keyListeners = new Set<(key: string) => void>();

  // ---------- notices ----------

  function notify(kind: NoticeKind, message: string, key?: string): void {
    const others = $notices.get().filter((n) => !(n.kind === kind && n.key === key));
    $notices.set([...others, { id: newId(), kind, message, ...(key ? { key } : {}) }]);
  }

  function dismissNotice(id: string): void {
    $notices.set($notices.get().filter((n) => n.id !== id));
  }

  function clearNotices(kind: NoticeKind): void {
    $notices.set($notices.get().filter((n) => n.kind !== kind));
  }

  // ---------- reading ----------

  /** Moves unreadable data to a key of its own, untouched, and tells the reader. */
  function keepAside(key: string, raw: string, why: string): void {
    if (!storage) return;
    const aside = keptAsideKey(key, now());
    const copied = writeItem(storage, aside, raw);
    if (copied.ok) {
      try {
        storage.removeItem(key);
      } catch {
        // The original stays where it was; we never write to it either.
      }
      notify('kept-aside', `${why} De oorspronkelijke gegevens zijn apart bewaard en niet overschreven. Download ze om ze te bewaren of te laten herstellen.`, aside);
    } else {
      // No room for a copy: leave the data where it is and never write that key.
      notify('kept-aside', `${why} De gegevens blijven onaangeroerd staan, maar er was geen ruimte om ze apart te zetten.`, key);
    }
  }

  function readIndex(): Index | null {
    if (!storage) return null;
    const raw = readItem(storage, KEYS.index);
    if (raw === null) return null;
    try {
      const data = JSON.parse(raw) as Partial<Index>;
      if (data && Array.isArray(data.order) && data.order.every((id) => typeof id === 'string')) {
        return { version: 1, activeId: typeof data.activeId === 'string' ? data.activeId : null, order: data.order };
      }
    } catch {
      // handled below
    }
    keepAside(KEYS.index, raw, 'De lijst van je plannen was onleesbaar; de plannen zelf zijn opnieuw opgezocht.');
    return null;
  }

  /** Reads one stored plan; unreadable or newer data is kept aside or left alone, with a notice. */
  function readStoredPlan(key: string): Plan | null {
    if (!storage) return null;
    const raw = readItem(storage, key);
    if (raw === null) return null;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      keepAside(key, raw, 'Een opgeslagen plan was beschadigd en kon niet gelezen worden.');
      return null;
    }
    const result = readPlan(data);
    if (result.ok) {
      if (result.plan.id !== planIdFromKey(key)) result.plan.id = planIdFromKey(key);
      return result.plan;
    }
    if (result.reason === 'newer') {
      untouchable.add(planIdFromKey(key));
      const name = typeof (data as { name?: unknown }).name === 'string' ? ` "${(data as { name: string }).name.slice(0, 60)}"` : '';
      notify('newer', `Het plan${name} is bewaard door een nieuwere versie van deze site. Het is niet geopend en niet gewijzigd. Vernieuw de pagina (of leeg de cache) om de nieuwste versie te laden.`, key);
      return null;
    }
    keepAside(key, raw, 'Een opgeslagen plan had een vorm die deze site niet kent.');
    return null;
  }

  /** Reads everything from storage. Safe to call more than once; only the first call loads. */
  function load(): void {
    if (loaded) return;
    loaded = true;
    storage = openStorage(env.storage, KEYS.probe);
    if (!storage) {
      $status.set({ mode: 'memory', state: 'failed', message: MEMORY_MESSAGE });
      notify('memory', MEMORY_MESSAGE);
      const plan = createPlan('Mijn plan', now());
      $plans.set([plan]);
      $activeId.set(plan.id);
      listen();
      return;
    }
    const index = readIndex();
    const ids = storageKeys(storage).filter(isPlanKey).map(planIdFromKey);
    const order = [...(index?.order ?? []).filter((id) => ids.includes(id)), ...ids.filter((id) => !index?.order.includes(id))];
    const plans: Plan[] = [];
    for (const id of order) {
      const plan = readStoredPlan(planKey(id));
      if (plan) plans.push(plan);
    }
    if (plans.length === 0) {
      const plan = createPlan('Mijn plan', now());
      plans.push(plan);
      markDirty(plan.id, 'name');
    }
    $plans.set(plans);
    const active = index?.activeId && plans.some((p) => p.id === index.activeId) ? index.activeId : plans[0]!.id;
    $activeId.set(active);
    $status.set({ mode: 'storage', state: dirty.size ? 'pending' : 'saved', message: null });
    if (!index || index.order.join() !== plans.map((p) => p.id).join()) indexDirty = true;
    if (dirty.size || indexDirty) flush();
    listen();
    checkBackupReminder();
  }

  // ---------- writing ----------

  function markDirty(planId: string, path: FieldPath): void {
    let set = dirty.get(planId);
    if (!set) dirty.set(planId, (set = new Set()));
    set.add(path);
  }

  function schedule(): void {
    if ($status.get().mode === 'memory') return;
    if ($status.get().state !== 'failed') $status.set({ ...$status.get(), state: 'pending' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, saveDelay);
  }

  /** Applies this tab's changed fields of `mine` onto `base` (what is stored now). */
  function merge(base: Plan, mine: Plan, paths: Set<FieldPath>): Plan {
    const out = structuredClone(base);
    for (const path of paths) {
      if (path === 'name') {
        out.name = mine.name;
        continue;
      }
      const [section, key] = path.split('.') as [SectionId, string];
      (out[section] as Record<string, unknown>)[key] = structuredClone((mine[section] as Record<string, unknown>)[key]);
    }
    return out;
  }

  /** Writes every pending change now. Called after the delay, and when the page is hidden or left. */
  function flush(): void {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!storage || $status.get().mode === 'memory') return;
    let failed: string | null = null;
    const plans = [...$plans.get()];
    for (const [planId, paths] of [...dirty]) {
      const position = plans.findIndex((p) => p.id === planId);
      if (position < 0 || untouchable.has(planId)) {
        dirty.delete(planId);
        continue;
      }
      const mine = plans[position]!;
      const storedRaw = readItem(storage, planKey(planId));
      let base: Plan | null = null;
      if (storedRaw !== null) {
        try {
          const read = readPlan(JSON.parse(storedRaw));
          if (read.ok) base = read.plan;
        } catch {
          base = null;
        }
        if (!base) {
          // Someone put unreadable data under our key: keep it, then write ours.
          keepAside(planKey(planId), storedRaw, 'Een opgeslagen plan was onverwacht beschadigd.');
        }
      }
      const next = base ? merge(base, mine, paths) : structuredClone(mine);
      next.updatedAt = now().toISOString();
      next.schemaVersion = PLAN_SCHEMA_VERSION;
      const written = writeItem(storage, planKey(planId), JSON.stringify(next));
      if (!written.ok) {
        failed = written.reason === 'quota' ? QUOTA_MESSAGE : 'Niet opgeslagen: de opslag van je browser weigert nu. Wat je typte staat nog op je scherm. Exporteer je plan als JSON om het te bewaren.';
        continue;
      }
      dirty.delete(planId);
      // The screen now shows the merge: our fields plus whatever other tabs stored.
      plans[position] = next;
    }
    if (indexDirty) {
      const index: Index = { version: 1, activeId: $activeId.get(), order: plans.map((p) => p.id) };
      const written = writeItem(storage, KEYS.index, JSON.stringify(index));
      if (written.ok) indexDirty = false;
      else failed ??= QUOTA_MESSAGE;
    }
    $plans.set(plans);
    if (failed) {
      $status.set({ mode: 'storage', state: 'failed', message: failed });
      notify('quota', failed);
    } else {
      $status.set({ mode: 'storage', state: dirty.size ? 'pending' : 'saved', message: null });
      clearNotices('quota');
      askPersistence();
    }
  }

  function askPersistence(): void {
    if (persistAsked || !env.persist) return;
    persistAsked = true;
    env.persist().catch(() => undefined);
  }

  // ---------- other tabs ----------

  function onStorage(event: Event): void {
    const { key, newValue } = event as StorageEvent;
    if (!storage || (event as StorageEvent).storageArea && (event as StorageEvent).storageArea !== storage) return;
    if (key === null) {
      // Storage was cleared in another tab: keep what is on screen and write it back.
      for (const plan of $plans.get()) for (const path of allPaths(plan)) markDirty(plan.id, path);
      indexDirty = true;
      schedule();
      return;
    }
    if (isPlanKey(key)) {
      const id = planIdFromKey(key);
      const plans = [...$plans.get()];
      const position = plans.findIndex((p) => p.id === id);
      if (newValue === null) {
        if (position >= 0 && !dirty.has(id)) {
          plans.splice(position, 1);
          if (plans.length === 0) plans.push(createPlan('Mijn plan', now()));
          $plans.set(plans);
        }
        return;
      }
      let theirs: Plan | null = null;
      try {
        const read = readPlan(JSON.parse(newValue));
        if (read.ok) theirs = read.plan;
      } catch {
        theirs = null;
      }
      if (!theirs) return;
      const mine = position >= 0 ? plans[position]! : null;
      const paths = dirty.get(id);
      const next = mine && paths ? merge(theirs, mine, paths) : theirs;
      if (position >= 0) plans[position] = next;
      else plans.push(next);
      $plans.set(plans);
      return;
    }
    for (const listener of keyListeners) listener(key);
    if (key === KEYS.index && newValue) {
      try {
        const index = JSON.parse(newValue) as Index;
        const byId = new Map($plans.get().map((p) => [p.id, p]));
        for (const id of index.order) {
          if (!byId.has(id)) {
            const plan = readStoredPlan(planKey(id));
            if (plan) byId.set(id, plan);
          }
        }
        const ordered = index.order.map((id) => byId.get(id)).filter((p): p is Plan => !!p);
        const rest = [...byId.values()].filter((p) => !index.order.includes(p.id) && dirty.has(p.id));
        if (ordered.length + rest.length > 0) $plans.set([...ordered, ...rest]);
      } catch {
        // An unreadable index from another tab is ignored; our own next write repairs it.
      }
    }
  }

  function allPaths(plan: Plan): FieldPath[] {
    const paths: FieldPath[] = ['name'];
    for (const section of Object.keys(SECTION_SCHEMAS) as SectionId[]) {
      for (const key of Object.keys(plan[section])) paths.push(`${section}.${key}`);
    }
    return paths;
  }

  let listening = false;
  function listen(): void {
    if (listening || !env.events) return;
    listening = true;
    env.events.addEventListener('storage', onStorage);
    env.events.addEventListener('pagehide', flush);
    env.events.addEventListener('visibilitychange', () => {
      if (!env.isHidden || env.isHidden()) flush();
    });
  }

  // ---------- actions: fields ----------

  function activePlanOrThrow(): Plan {
    load();
    const plan = $activePlan.get();
    if (!plan) throw new Error('No active plan');
    return plan;
  }

  function updateActive(path: FieldPath, update: (plan: Plan) => Plan): void {
    const plan = activePlanOrThrow();
    const next = update(plan);
    $plans.set($plans.get().map((p) => (p.id === plan.id ? next : p)));
    markDirty(plan.id, path);
    schedule();
  }

  /** Sets one field of a section of the active plan. */
  function setField<S extends SectionId, K extends keyof Plan[S] & string>(section: S, key: K, value: Plan[S][K]): void {
    updateActive(`${section}.${key}`, (plan) => ({ ...plan, [section]: { ...plan[section], [key]: value } }));
  }

  function getRows(plan: Plan, section: SectionId, key: string): Row[] {
    const value = (plan[section] as Record<string, unknown>)[key];
    return Array.isArray(value) ? (value as Row[]) : [];
  }

  function setRows(section: SectionId, key: string, update: (rows: Row[]) => Row[]): void {
    updateActive(`${section}.${key}`, (plan) => ({
      ...plan,
      [section]: { ...plan[section], [key]: update(getRows(plan, section, key)) },
    }));
  }

  /** Adds an empty row (or list item) at the end, or after `afterId`; returns its id. */
  function addRow(section: SectionId, key: string, values: Record<string, unknown> = {}, afterId?: string): string {
    const schema = rowSchema(section, key);
    const id = newId();
    const row = (schema ? parse(schema, { ...values, id }) : { ...values, id }) as Row;
    setRows(section, key, (rows) => {
      const at = afterId ? rows.findIndex((r) => r.id === afterId) : -1;
      return at >= 0 ? [...rows.slice(0, at + 1), row, ...rows.slice(at + 1)] : [...rows, row];
    });
    return id;
  }

  function removeRow(section: SectionId, key: string, rowId: string): void {
    setRows(section, key, (rows) => rows.filter((r) => r.id !== rowId));
  }

  /** Moves a row up (-1) or down (+1); does nothing at the ends. */
  function moveRow(section: SectionId, key: string, rowId: string, delta: -1 | 1): void {
    setRows(section, key, (rows) => {
      const from = rows.findIndex((r) => r.id === rowId);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= rows.length) return rows;
      const next = [...rows];
      const [row] = next.splice(from, 1);
      next.splice(to, 0, row!);
      return next;
    });
  }

  function updateRow(section: SectionId, key: string, rowId: string, column: string, value: unknown): void {
    setRows(section, key, (rows) => rows.map((r) => (r.id === rowId ? { ...r, [column]: value } : r)));
  }

  /** Scores one cell of the confrontation matrix; `null` clears it. */
  function setMatrixCell(rowId: string, colId: string, value: Plan['klantplan']['matrix'][string] | null): void {
    updateActive('klantplan.matrix', (plan) => {
      const matrix = { ...plan.klantplan.matrix };
      const cell = `${rowId}:${colId}`;
      if (value === null) delete matrix[cell];
      else matrix[cell] = value;
      return { ...plan, klantplan: { ...plan.klantplan, matrix } };
    });
  }

  // ---------- actions: plans ----------

  function renamePlan(name: string, planId?: string): void {
    load();
    const id = planId ?? $activePlan.get()?.id;
    if (!id) return;
    $plans.set($plans.get().map((p) => (p.id === id ? { ...p, name } : p)));
    markDirty(id, 'name');
    schedule();
  }

  function insertPlan(plan: Plan, activate = true): Plan {
    $plans.set([...$plans.get(), plan]);
    for (const path of allPaths(plan)) markDirty(plan.id, path);
    indexDirty = true;
    if (activate) $activeId.set(plan.id);
    schedule();
    return plan;
  }

  function createNewPlan(name = 'Nieuw plan'): Plan {
    load();
    return insertPlan(createPlan(name, now()));
  }

  function duplicatePlan(planId: string): Plan | null {
    load();
    const plan = $plans.get().find((p) => p.id === planId);
    if (!plan) return null;
    return insertPlan(copyPlan(plan, `${planDisplayName(plan)} (kopie)`, now()));
  }

  /** Adds a copy of a given plan (e.g. the example) as a new plan of the reader. */
  function addPlanCopy(plan: Plan, name: string): Plan {
    load();
    return insertPlan(copyPlan(plan, name, now()));
  }

  function switchPlan(planId: string): void {
    load();
    if (!$plans.get().some((p) => p.id === planId)) return;
    $activeId.set(planId);
    indexDirty = true;
    schedule();
  }

  /** Deletes a plan; it can be brought back with {@link undoDelete} until the next delete. */
  function deletePlan(planId: string): void {
    load();
    const plans = $plans.get();
    const position = plans.findIndex((p) => p.id === planId);
    if (position < 0) return;
    const plan = plans[position]!;
    flush();
    lastDeleted = { plan: $plans.get()[position] ?? plan, position };
    const rest = $plans.get().filter((p) => p.id !== planId);
    dirty.delete(planId);
    if (storage && !untouchable.has(planId)) {
      try {
        storage.removeItem(planKey(planId));
      } catch {
        // Nothing to do: the plan stays in storage and comes back on reload.
      }
    }
    if (rest.length === 0) {
      // There is always a plan to type in.
      const fresh = createPlan('Mijn plan', now());
      rest.push(fresh);
      for (const path of allPaths(fresh)) markDirty(fresh.id, path);
    }
    $plans.set(rest);
    if ($activeId.get() === planId || !rest.some((p) => p.id === $activeId.get())) $activeId.set(rest[0]!.id);
    indexDirty = true;
    notify('deleted', `Plan "${planDisplayName(plan)}" is verwijderd.`);
    schedule();
  }

  function undoDelete(): Plan | null {
    if (!lastDeleted) return null;
    const { plan, position } = lastDeleted;
    lastDeleted = null;
    const plans = [...$plans.get()];
    plans.splice(Math.min(position, plans.length), 0, plan);
    $plans.set(plans);
    for (const path of allPaths(plan)) markDirty(plan.id, path);
    indexDirty = true;
    $activeId.set(plan.id);
    clearNotices('deleted');
    schedule();
    return plan;
  }

  // ---------- backup ----------

  /**
   * The JSON backup of one plan or all plans, ready to download. Remembers the export date.
   * The backup code loads on first use: pages that never export do not carry it.
   */
  async function exportPlans(which: 'active' | 'all'): Promise<{ fileName: string; text: string }> {
    const { backupFileName, createBackup, serializeBackup } = await import('../plan/transfer');
    flush();
    const plans = which === 'all' ? $plans.get() : [activePlanOrThrow()];
    const today = toIsoDate(now());
    const text = serializeBackup(createBackup(plans, now()));
    if (storage) writeItem(storage, KEYS.lastExport, now().toISOString());
    clearNotices('backup');
    return { fileName: backupFileName(plans, today), text };
  }

  /**
   * Reads a backup file's text and adds its plans as new plans (never replacing one: a plan
   * whose id exists already gets a new id). Returns a Dutch message for the status line.
   */
  async function importBackup(text: string): Promise<{ ok: boolean; message: string }> {
    load();
    const { parseBackup } = await import('../plan/transfer');
    const result = parseBackup(text);
    if (!result.ok) return { ok: false, message: `${result.message} Er is niets veranderd.`.replace('. Er is niets ingelezen. Er is niets veranderd.', '. Er is niets ingelezen of veranderd.') };
    const existing = new Set($plans.get().map((p) => p.id));
    let last: Plan | null = null;
    for (const plan of result.plans) {
      const incoming = existing.has(plan.id) ? { ...plan, id: newId() } : plan;
      existing.add(incoming.id);
      last = insertPlan(incoming, false);
    }
    if (last) $activeId.set(last.id);
    flush();
    const names = result.plans.map((p) => `"${planDisplayName(p)}"`).join(', ');
    const message = `${result.plans.length === 1 ? 'Plan' : `${result.plans.length} plannen`} ${names} ingelezen als nieuw${result.plans.length === 1 ? ' plan' : 'e plannen'}. ${result.notes.join(' ')}`.trim();
    return { ok: true, message };
  }

  /** The raw text of data kept aside, for download. */
  function keptAsideText(key: string): string | null {
    return storage ? readItem(storage, key) : null;
  }

  function checkBackupReminder(): void {
    if (!storage) return;
    // Only for work worth keeping: a plan edited after the day it was made.
    const day = 24 * 3600 * 1000;
    const worthKeeping = $plans.get().some((p) => Date.parse(p.updatedAt) - Date.parse(p.createdAt) > day);
    if (!worthKeeping) return;
    const last = readItem(storage, KEYS.lastExport);
    const week = 7 * 24 * 3600 * 1000;
    if (!last) {
      notify('backup', 'Je hebt nog nooit een reservekopie van je plannen gemaakt. Je plannen staan alleen in deze browser: exporteer ze af en toe als JSON.');
    } else if (now().getTime() - Date.parse(last) > week) {
      notify('backup', 'Je laatste reservekopie is meer dan een week oud. Exporteer je plannen opnieuw als JSON.');
    }
  }

  return {
    $plans,
    $activeId,
    $activePlan,
    $status,
    $notices,
    load,
    flush,
    setField,
    addRow,
    removeRow,
    moveRow,
    updateRow,
    setMatrixCell,
    renamePlan,
    createNewPlan,
    duplicatePlan,
    addPlanCopy,
    switchPlan,
    deletePlan,
    undoDelete,
    exportPlans,
    importBackup,
    keptAsideText,
    dismissNotice,
    /** For companion stores (versions.ts): storage access and the notice mechanism. */
    internal: {
      storage: () => storage,
      keepAside,
      notify,
      listen: (listener: (key: string) => void) => keyListeners.add(listener),
      /** The plan that {@link undoDelete} would bring back, if any. */
      undoableId: () => lastDeleted?.plan.id ?? null,
    },
  };
}

export type PlanStore = ReturnType<typeof createPlanStore>;
