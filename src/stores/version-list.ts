import type { Plan } from '../plan/model/schema';
import { versionsKey } from './keys';
import { copyAside } from './aside';
import { readItem, writeItem, type WriteResult } from './storage';

/** A named snapshot of a plan ("na klantgesprek 12 maart"). */
export interface Version {
  id: string;
  note: string;
  createdAt: string;
  plan: Plan;
  /** Set when the version holds a text another tab replaced (see conflicts.ts): where it was. */
  conflict?: { where: string };
}

/** More versions than this per plan would crowd out the plans themselves in storage. */
export const MAX_VERSIONS = 30;

/**
 * The stored versions list of a plan as raw JSON values (unchecked), or null when there is none
 * or it is no list. The versions store checks each entry; this is only for appending.
 */
export function readVersionList(storage: Storage, planId: string): unknown[] | null {
  const raw = readItem(storage, versionsKey(planId));
  return raw === null ? [] : parseVersionList(raw);
}

function parseVersionList(raw: string): unknown[] | null {
  try {
    const data = JSON.parse(raw) as unknown;
    return Array.isArray(data) ? data : null;
  } catch {
    return null;
  }
}

/**
 * Puts versions in front of a plan's stored list (entries it cannot check stay as they are). A
 * stored list that does not read is copied aside first (`aside` names the copy), never written
 * over; without room for that copy nothing is written.
 */
export function prependVersions(storage: Storage, planId: string, versions: Version[], now: Date): { ok: boolean; aside: string | null } {
  const raw = readItem(storage, versionsKey(planId));
  const list = raw === null ? [] : parseVersionList(raw);
  let aside: string | null = null;
  if (list === null) {
    aside = copyAside(storage, versionsKey(planId), raw!, now);
    if (!aside) return { ok: false, aside };
  }
  return { ok: writeVersionList(storage, planId, [...versions, ...(list ?? [])]).ok, aside };
}

export function writeVersionList(storage: Storage, planId: string, list: unknown[]): WriteResult {
  return writeItem(storage, versionsKey(planId), JSON.stringify(list));
}
