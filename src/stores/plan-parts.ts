import { newId } from '../plan/model/ids';
import { SECTION_IDS, type Plan, type SectionId } from '../plan/model/schema';
import { partKey } from './keys';
import { PARTED, removeKey, type PartRefs } from './plan-parts-read';
import { writeItem, type WriteResult } from './storage';

/**
 * A big plan is stored in parts, so that a save writes what changed, not the whole plan: every
 * section of at least {@link PART_MIN} characters of JSON goes under a key of its own
 * (`accountplan:deel:<plan id>:<section>:<revision>`), and the plan's key holds the rest with a
 * reference to each part's revision. A save writes the parts that changed under new revisions,
 * then the plan's key, then removes the revisions it replaced: whoever reads the plan's key
 * finds every part it names. A plan of ordinary size is stored whole, as before.
 *
 * A plan in parts has schemaVersion {@link PARTED} + its own, so an older version of this site
 * reads it as a plan from a newer version and leaves it alone. This code loads when a plan grows
 * big enough to need it (sync.ts); reading parts is in plan-parts-read.ts, with every worksheet.
 */

/** Sections of at least this many characters of JSON are stored on their own. */
export const PART_MIN = 16_000;
/** Which section object is stored under which revision, per section (what this tab wrote or read). */
export type KnownParts = Map<SectionId, { value: unknown; rev: string }>;

const SECTIONS = new Set<string>(SECTION_IDS);

/** The JSON of each section object, made once: a save re-serialises only the sections that changed. */
const sectionJson = new WeakMap<object, string>();
function jsonOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  let text = sectionJson.get(value);
  if (text === undefined) sectionJson.set(value, (text = JSON.stringify(value)));
  return text;
}

export interface SerializedPlan {
  /** What goes under the plan's key: the plan itself (exactly JSON.stringify of it) when no section is big. */
  head: string;
  /** Parts to write before the head: the big sections that changed. */
  parts: Array<{ key: string; text: string; section: SectionId; rev: string; value: unknown }>;
  refs: PartRefs;
}

/**
 * The texts to store for a plan. A big section keeps its revision when this tab knows the same
 * section object under the revision the stored plan still names (`current`); else it is a new part.
 */
export function serializePlan(plan: Plan, known: KnownParts | undefined, current: PartRefs): SerializedPlan {
  const pieces: string[] = [];
  const parts: SerializedPlan['parts'] = [];
  const refs: PartRefs = {};
  let versionAt = -1;
  for (const [key, value] of Object.entries(plan)) {
    if (value === undefined) continue;
    const text = SECTIONS.has(key) ? jsonOf(value) : JSON.stringify(value);
    if (text === undefined) continue;
    if (key === 'schemaVersion') versionAt = pieces.length;
    if (SECTIONS.has(key) && text.length >= PART_MIN) {
      const section = key as SectionId;
      const was = known?.get(section);
      const rev = was && was.value === value && current[section] === was.rev ? was.rev : newId();
      if (rev !== current[section]) parts.push({ key: partKey(plan.id, section, rev), text, section, rev, value });
      refs[section] = rev;
      pieces.push(`${JSON.stringify(key)}:{"$deel":${JSON.stringify(rev)}}`);
    } else {
      pieces.push(`${JSON.stringify(key)}:${text}`);
    }
  }
  if (Object.keys(refs).length && versionAt >= 0) pieces[versionAt] = `"schemaVersion":${PARTED + plan.schemaVersion}`;
  return { head: `{${pieces.join(',')}}`, parts, refs };
}

/** What this tab knows is stored in parts, from a plan and the revisions its stored text names. */
export function knownParts(plan: Plan, refs: PartRefs): KnownParts {
  const known: KnownParts = new Map();
  for (const [section, rev] of Object.entries(refs) as Array<[SectionId, string]>) known.set(section, { value: plan[section], rev });
  return known;
}

/** Writes the changed parts, then the plan's key; on a failure removes the parts it wrote. */
export function writeParts(storage: Storage, parts: SerializedPlan['parts'], head: string, key: string): WriteResult {
  const done: string[] = [];
  for (const part of [...parts.map((p) => ({ key: p.key, text: p.text })), { key, text: head }]) {
    const written = writeItem(storage, part.key, part.text);
    if (!written.ok) {
      for (const k of done) removeKey(storage, k);
      return written;
    }
    done.push(part.key);
  }
  return { ok: true };
}
