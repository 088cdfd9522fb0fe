import { atom } from 'nanostores';
import { newId } from '../plan/model/ids';
import { fitName, LIMITS, textProblem } from '../plan/model/limits';
import { readPlan } from '../plan/model/migrations';
import { planDisplayName } from '../plan/model/plan';
import type { Plan } from '../plan/model/schema';
import { KEYS, planIdFromCompanionKey, planIdFromVersionsKey, planKey, versionsKey } from './keys';
import type { VersionHost } from './plan-store';
import { readItem, storageKeys } from './storage';
import * as say from './messages/versions';
import { MAX_VERSIONS, readVersionList, writeVersionList, type Version } from './version-list';

export { MAX_VERSIONS, type Version };

/** A stored timestamp as it can be shown: an ISO string, or '' when it is no date. */
function readableStamp(value: unknown): string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(Date.parse(value)).toISOString() : '';
}

/**
 * Versions of plans, kept beside the plans (`accountplan:versies:<plan id>`). A companion of the
 * plan store, in its own module so that only the workbook loads it. One unreadable version never
 * hides the others: each entry is read on its own, and entries that do not read are kept aside.
 */
export function createVersionStore(host: VersionHost, now: () => Date = () => new Date()) {
  /** Saved versions per plan id, read from storage on first use. */
  const $versions = atom<Record<string, Version[]>>({});

  host.onKeyChange((key) => {
    const planId = planIdFromVersionsKey(key);
    if (planId === null) return;
    // Another tab (or a conflict between tabs) changed the versions: read them again when next shown.
    const rest = { ...$versions.get() };
    delete rest[planId];
    $versions.set(rest);
  });

  /** The saved versions of a plan, newest first. */
  function versionsOf(planId: string): Version[] {
    host.load();
    const known = $versions.get()[planId];
    if (known) return known;
    const storage = host.storage();
    let list: Version[] = [];
    if (storage) {
      const data = readVersionList(storage, planId);
      if (data === null) {
        host.keepAside(versionsKey(planId), readItem(storage, versionsKey(planId)) ?? '', say.versionsUnreadable);
      } else {
        const unreadable: unknown[] = [];
        list = data.flatMap((entry) => {
          const v = (typeof entry === 'object' && entry !== null ? entry : {}) as Partial<Version>;
          const read = readPlan(v.plan);
          if (!read.ok || typeof v.id !== 'string') {
            unreadable.push(entry);
            return [];
          }
          const version: Version = { id: v.id, note: typeof v.note === 'string' ? v.note : '', createdAt: readableStamp(v.createdAt), plan: read.plan };
          if (v.conflict && typeof v.conflict.where === 'string') version.conflict = { where: v.conflict.where };
          return [version];
        });
        if (unreadable.length) {
          // The whole stored list goes aside untouched; the readable versions are written back.
          host.keepAside(versionsKey(planId), readItem(storage, versionsKey(planId)) ?? '', say.someVersionsUnreadable(unreadable.length));
          writeVersionList(storage, planId, list);
        }
      }
    }
    $versions.set({ ...$versions.get(), [planId]: list });
    return list;
  }

  /** Stores a plan's new list; the list on screen changes only when it is stored (or storage is blocked). */
  function writeVersions(planId: string, list: Version[]): boolean {
    const storage = host.storage();
    const written = storage ? writeVersionList(storage, planId, list) : { ok: true as const };
    if (!written.ok) {
      void host.tell('quota', (w) => w.storageFull);
      return false;
    }
    $versions.set({ ...$versions.get(), [planId]: list });
    return true;
  }

  /** Saves the active plan as it is now, with a short note on what changed. */
  function saveVersion(note: string): { ok: boolean; message: string } {
    host.flush();
    const plan = host.activePlan();
    if (!plan) return { ok: false, message: say.noPlanToSave };
    const tooLong = textProblem('versionNote', note);
    if (tooLong) return { ok: false, message: tooLong };
    const list = versionsOf(plan.id);
    if (list.filter((v) => !v.conflict).length >= MAX_VERSIONS) {
      return { ok: false, message: say.tooManyVersions(MAX_VERSIONS) };
    }
    const version: Version = { id: newId(), note: note.trim() || say.noNote, createdAt: now().toISOString(), plan: structuredClone(plan) };
    const ok = writeVersions(plan.id, [version, ...list]);
    return ok ? { ok: true, message: say.versionSaved(version.note) } : { ok: false, message: say.versionNotSaved };
  }

  function deleteVersion(planId: string, versionId: string): void {
    writeVersions(
      planId,
      versionsOf(planId).filter((v) => v.id !== versionId),
    );
  }

  /** Brings a version back as a new plan; the current plan stays as it is. */
  function restoreVersion(planId: string, versionId: string): Plan | null {
    const version = versionsOf(planId).find((v) => v.id === versionId);
    if (!version) return null;
    const suffix = say.restoredSuffix(version.note);
    return host.addPlanCopy(version.plan, fitName(planDisplayName(version.plan), suffix.slice(0, LIMITS.name)));
  }

  /**
   * Removes the saved versions and received feedback of plans that no longer exist: a plan deleted
   * in an earlier visit (undo lasts only while the page is open) or in another tab. What belongs to
   * a plan that can still be brought back with undo stays. Returns how many keys were removed.
   */
  function removeOrphans(): number {
    host.load();
    const storage = host.storage();
    if (!storage) return 0;
    const plans = new Set(host.planIds());
    const keep = new Set([...plans, ...host.undoableIds()]);
    // A plan kept aside (unreadable) may come back by import: what belongs to it stays too.
    const aside = storageKeys(storage).filter((k) => k.startsWith(KEYS.keptAsidePrefix));
    const keptAside = (planId: string) => aside.some((k) => k.endsWith(`:plan:${planId}`));
    let removed = 0;
    for (const key of storageKeys(storage)) {
      const planId = planIdFromCompanionKey(key);
      if (planId === null) continue;
      // A plan another tab has just made is stored before this tab's list knows it.
      if (keep.has(planId) || readItem(storage, planKey(planId)) !== null || keptAside(planId)) continue;
      try {
        storage.removeItem(key);
        removed++;
      } catch {
        // Stays for a next visit; it takes room but harms nothing.
      }
    }
    if (removed) {
      const cached = { ...$versions.get() };
      for (const id of Object.keys(cached)) if (!keep.has(id)) delete cached[id];
      $versions.set(cached);
    }
    return removed;
  }

  return { $versions, versionsOf, saveVersion, deleteVersion, restoreVersion, removeOrphans };
}

export type VersionStore = ReturnType<typeof createVersionStore>;
