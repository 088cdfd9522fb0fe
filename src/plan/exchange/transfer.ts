import { describeIssue } from '../checks/describe-issue';
import { readReceived, type ReceivedFeedback } from '../feedback/received';
import { fileSlug } from './file-name';
import { readPlan } from '../model/migrations';
import { pathLabel } from '../model/field-path';
import * as say from './messages/transfer';
import type { Repair } from '../values/validate';
import { PLAN_SCHEMA_VERSION, type Plan } from '../model/schema';

/**
 * Backup files: one plan or all plans as JSON. The envelope names the format and the schema
 * version; each plan also carries its own version and is migrated on import like stored data.
 */
export { fileSlug };
/** The end of a refused import's message (stores/backup.ts adds that nothing changed). */
export { nothingRead } from './messages/transfer';

export const BACKUP_FORMAT = 'accountplan-in-9-stappen';

/** Largest backup file we read: far above any real plan (a full example plan is ~30 KB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** More plans than this in one file is not a backup of one reader. */
export const MAX_IMPORT_PLANS = 200;
const MAX_DEPTH = 12;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Text that looks like markup or code meant to run. It is kept as plain text; we say so. */
const SCRIPT_LIKE = /<\s*\/?\s*(script|iframe|object|embed|svg|img|style|link|meta)\b|javascript\s*:|\bon[a-z]+\s*=|<!--/i;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  plans: Plan[];
  /** The trainer feedback the plans received, by plan id; only plans that have some. */
  feedback?: Record<string, ReceivedFeedback[]>;
}

export function createBackup(plans: Plan[], now: Date = new Date(), feedback: Record<string, readonly ReceivedFeedback[]> = {}): BackupFile {
  const kept = Object.fromEntries(plans.filter((p) => feedback[p.id]?.length).map((p) => [p.id, [...feedback[p.id]!]]));
  return {
    format: BACKUP_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    plans,
    ...(Object.keys(kept).length ? { feedback: kept } : {}),
  };
}

export function serializeBackup(backup: BackupFile): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** `accountplan-<account>-<yyyy-mm-dd>.json` for one plan, `accountplannen-<date>.json` for all. */
export function backupFileName(plans: Plan[], today: string): string {
  if (plans.length === 1) {
    const plan = plans[0]!;
    return `accountplan-${fileSlug(plan.cover.account || plan.name)}-${today}.json`;
  }
  return `accountplannen-${today}.json`;
}

export type ImportResult =
  /** `feedback`: what each plan received, by the plan's id in the file. */
  { ok: true; plans: Plan[]; notes: string[]; feedback: Record<string, ReceivedFeedback[]> } | { ok: false; message: string };

const fail = (message: string): ImportResult => ({ ok: false, message });

/** Checks the file before reading it: type and size. */
export function checkImportFile(file: { name: string; type: string; size: number }): string | null {
  const looksJson = /\.json$/i.test(file.name) || file.type === 'application/json';
  if (!looksJson) return say.notJsonFile(file.name.slice(0, 80));
  if (file.size === 0) return say.emptyFile;
  if (file.size > MAX_IMPORT_BYTES) {
    return say.fileTooBig((file.size / 1024 / 1024).toFixed(1).replace('.', ','));
  }
  return null;
}

/** Finds keys that could pollute prototypes, and structures deeper than any plan. */
function findHostileStructure(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return say.nestedTooDeep;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findHostileStructure(item, depth + 1);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return say.forbiddenKey(key);
      const found = findHostileStructure((value as Record<string, unknown>)[key], depth + 1);
      if (found) return found;
    }
  }
  return null;
}

function countScriptLike(value: unknown): number {
  if (typeof value === 'string') return SCRIPT_LIKE.test(value) ? 1 : 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countScriptLike(v), 0);
  if (typeof value === 'object' && value !== null) return Object.values(value).reduce((n: number, v) => n + countScriptLike(v), 0);
  return 0;
}

/**
 * Reads the text of a backup file. Everything is checked before anything is used: JSON syntax,
 * hostile keys, the envelope, and every plan against the schema (after migration). A plan with
 * unreadable fields is mended (those fields left empty, and named in a note); a plan that cannot
 * be read at all is skipped, with a note. The result is every readable plan with its notes, or
 * one Dutch message and nothing.
 */
export function parseBackup(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail(say.textTooBig);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(say.notJson);
  }
  const hostile = findHostileStructure(data);
  if (hostile) return fail(hostile);

  let rawPlans: unknown[];
  let rawFeedback: unknown = null;
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && (data as Record<string, unknown>)['format'] === BACKUP_FORMAT) {
    const plans = (data as Record<string, unknown>)['plans'];
    if (!Array.isArray(plans) || plans.length === 0) return fail(say.noPlans);
    rawPlans = plans;
    rawFeedback = (data as Record<string, unknown>)['feedback'] ?? null;
  } else if (typeof data === 'object' && data !== null && !Array.isArray(data) && 'schemaVersion' in data && 'id' in data) {
    rawPlans = [data]; // a single plan without envelope
  } else {
    return fail(say.notABackup);
  }
  if (rawPlans.length > MAX_IMPORT_PLANS) return fail(say.tooManyPlans(MAX_IMPORT_PLANS));

  const plans: Plan[] = [];
  const notes: string[] = [];
  const skipped: string[] = [];
  for (const [i, raw] of rawPlans.entries()) {
    const result = readPlan(raw);
    const which = rawPlans.length > 1 ? say.planInFile(i) : '';
    if (!result.ok) {
      const where = result.reason === 'invalid' && result.issues[0] ? say.planInvalidAt(describeIssue(result.issues[0])) : result.message;
      skipped.push(`${which}${where}`);
      continue;
    }
    plans.push(result.plan);
    notes.push(...repairNotes(result.plan, result.repairs));
  }
  if (!plans.length) return fail(`${skipped.join(' ')} ${say.nothingRead}`);
  if (skipped.length) notes.unshift(say.plansSkipped(skipped.length, skipped.join(' ')));
  const scriptLike = countScriptLike(plans);
  if (scriptLike) {
    notes.push(say.scriptLikeText(scriptLike));
  }
  const feedback: Record<string, ReceivedFeedback[]> = {};
  let unreadableFeedback = 0;
  if (typeof rawFeedback === 'object' && rawFeedback !== null) {
    for (const plan of plans) {
      if (!Object.hasOwn(rawFeedback, plan.id)) continue;
      const read = readReceived((rawFeedback as Record<string, unknown>)[plan.id], plan.id);
      if (read.list.length) feedback[plan.id] = read.list;
      unreadableFeedback += read.readable ? read.unreadable : 1;
    }
  }
  if (unreadableFeedback) notes.push(say.feedbackSkipped(unreadableFeedback));
  return { ok: true, plans, notes, feedback };
}

/** What reading had to mend in an imported plan, in a sentence or two that names the fields. */
function repairNotes(plan: Plan, repairs: Repair[]): string[] {
  const name = `"${Array.from(plan.name).slice(0, 60).join('')}"`;
  const notes: string[] = [];
  const lost = repairs.filter((r) => r.kind === 'unreadable');
  if (lost.length) {
    const fields = lost
      .slice(0, 8)
      .map((r) => pathLabel(r.path))
      .join('; ');
    notes.push(say.fieldsLeftEmpty(name, lost.length, `${fields}${lost.length > 8 ? say.andMore(lost.length - 8) : ''}`));
  }
  if (repairs.some((r) => r.kind === 'shortened')) notes.push(say.nameShortened(name));
  const newIds = repairs.filter((r) => r.kind === 'new-id').length;
  if (newIds) notes.push(say.rowsNewIds(name, newIds));
  return notes;
}
