import { atom } from 'nanostores';
import { newId } from '../plan/ids';
import { readPlan } from '../plan/migrations';
import { planDisplayName } from '../plan/plan';
import type { Plan } from '../plan/schema';
import { planIdFromVersionsKey, planKey, versionsKey } from './keys';
import { QUOTA_MESSAGE, type PlanStore } from './plan-store';
import { readItem, storageKeys, writeItem } from './storage';

/** A named snapshot of a plan ("na klantgesprek 12 maart"). */
export interface Version {
  id: string;
  note: string;
  createdAt: string;
  plan: Plan;
}

/** More versions than this per plan would crowd out the plans themselves in storage. */
export const MAX_VERSIONS = 30;

/**
 * Versions of plans, kept beside the plans (`accountplan:versies:<plan id>`). A companion of the
 * plan store, in its own module so that only the workbook loads it.
 */
export function createVersionStore(planStore: PlanStore, now: () => Date = () => new Date()) {
  const { storage: getStorage, keepAside, notify, listen, undoableId } = planStore.internal;
  /** Saved versions per plan id, read from storage on first use. */
  const $versions = atom<Record<string, Version[]>>({});

  listen((key) => {
    const planId = planIdFromVersionsKey(key);
    if (planId === null) return;
    // Another tab saved or removed a version: read the list again when it is next shown.
    const rest = { ...$versions.get() };
    delete rest[planId];
    $versions.set(rest);
  });

  /** The saved versions of a plan, newest first. */
  function versionsOf(planId: string): Version[] {
    planStore.load();
    const known = $versions.get()[planId];
    if (known) return known;
    let list: Version[] = [];
    const raw = getStorage() ? readItem(getStorage()!, versionsKey(planId)) : null;
    if (raw !== null) {
      try {
        const data = JSON.parse(raw) as unknown;
        if (!Array.isArray(data)) throw new Error('not a list');
        list = data.flatMap((v: Partial<Version>) => {
          const read = readPlan(v?.plan);
          return read.ok && typeof v.id === 'string' ? [{ id: v.id, note: String(v.note ?? ''), createdAt: String(v.createdAt ?? ''), plan: read.plan }] : [];
        });
      } catch {
        keepAside(versionsKey(planId), raw, 'De opgeslagen versies van een plan waren onleesbaar.');
      }
    }
    $versions.set({ ...$versions.get(), [planId]: list });
    return list;
  }

  function writeVersions(planId: string, list: Version[]): boolean {
    $versions.set({ ...$versions.get(), [planId]: list });
    const storage = getStorage();
    if (!storage) return true;
    const written = writeItem(storage, versionsKey(planId), JSON.stringify(list));
    if (!written.ok) notify('quota', QUOTA_MESSAGE);
    return written.ok;
  }

  /** Saves the active plan as it is now, with a short note on what changed. */
  function saveVersion(note: string): { ok: boolean; message: string } {
    planStore.flush();
    const plan = planStore.$activePlan.get();
    if (!plan) return { ok: false, message: 'Er is geen plan om te bewaren.' };
    const list = versionsOf(plan.id);
    if (list.length >= MAX_VERSIONS) {
      return { ok: false, message: `Dit plan heeft al ${MAX_VERSIONS} versies. Verwijder eerst een oude versie.` };
    }
    const version: Version = { id: newId(), note: note.trim() || 'Zonder notitie', createdAt: now().toISOString(), plan: structuredClone(plan) };
    const ok = writeVersions(plan.id, [version, ...list]);
    return ok
      ? { ok: true, message: `Versie "${version.note}" bewaard.` }
      : { ok: false, message: 'De versie kon niet bewaard worden: de opslag van je browser is vol.' };
  }

  function deleteVersion(planId: string, versionId: string): void {
    writeVersions(planId, versionsOf(planId).filter((v) => v.id !== versionId));
  }

  /** Brings a version back as a new plan; the current plan stays as it is. */
  function restoreVersion(planId: string, versionId: string): Plan | null {
    const version = versionsOf(planId).find((v) => v.id === versionId);
    if (!version) return null;
    return planStore.addPlanCopy(version.plan, `${planDisplayName(version.plan)} (versie: ${version.note})`);
  }

  /**
   * Removes the saved versions of plans that no longer exist: a plan deleted in an earlier visit
   * (undo lasts only while the page is open) or in another tab. The versions of a plan that can
   * still be brought back with undo stay. Returns how many plans' versions were removed.
   */
  function removeOrphans(): number {
    planStore.load();
    const storage = getStorage();
    if (!storage) return 0;
    const keep = new Set(planStore.$plans.get().map((p) => p.id));
    const undoable = undoableId();
    if (undoable) keep.add(undoable);
    let removed = 0;
    for (const key of storageKeys(storage)) {
      const planId = planIdFromVersionsKey(key);
      if (planId === null) continue;
      // A plan another tab has just made is stored before this tab's list knows it.
      if (keep.has(planId) || readItem(storage, planKey(planId)) !== null) continue;
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
