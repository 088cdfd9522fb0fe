import { SECTION_IDS, type SectionId } from '../plan/model/schema';
import { partKey } from './keys';
import { readItem } from './storage';

/**
 * Reading a plan stored in parts (plan-parts.ts writes them): small, so it comes with every
 * worksheet; the code that writes parts loads only when a plan is big.
 */

/** Added to the schemaVersion of a plan stored in parts. */
export const PARTED = 1000;

/** Per section stored on its own: its revision. */
export type PartRefs = Partial<Record<SectionId, string>>;

/**
 * The plan data of a stored plan's parsed text: itself when stored whole, or put together with
 * its parts; null when a part it names is missing or does not read.
 */
export function assemble(storage: Storage, planId: string, data: unknown): { data: unknown; refs: PartRefs; parted: boolean } | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { data, refs: {}, parted: false };
  const head = data as Record<string, unknown>;
  const version = head['schemaVersion'];
  if (typeof version !== 'number' || version < PARTED) return { data, refs: {}, parted: false };
  const whole: Record<string, unknown> = { ...head, schemaVersion: version - PARTED };
  const refs: PartRefs = {};
  for (const section of SECTION_IDS) {
    const ref = (head[section] as { $deel?: unknown } | undefined)?.$deel;
    if (typeof ref !== 'string') continue;
    const raw = readItem(storage, partKey(planId, section, ref));
    if (raw === null) return null;
    try {
      whole[section] = JSON.parse(raw);
    } catch {
      return null;
    }
    refs[section] = ref;
  }
  return { data: whole, refs, parted: true };
}

export function removeKey(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Left behind: it takes room, but nothing reads it.
  }
}
