import type { Plan } from '../plan/model/schema';
import { versionsKey } from './keys';
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
  if (raw === null) return [];
  try {
    const data = JSON.parse(raw) as unknown;
    return Array.isArray(data) ? data : null;
  } catch {
    return null;
  }
}

export function writeVersionList(storage: Storage, planId: string, list: unknown[]): WriteResult {
  return writeItem(storage, versionsKey(planId), JSON.stringify(list));
}
