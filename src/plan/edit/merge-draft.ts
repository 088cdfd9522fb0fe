import type { FeedbackDraft } from '../feedback/feedback';
import { jsonEqual } from '../values/json';

/**
 * Three-way merge of a trainer's feedback draft, field by field as plans merge (merge.ts): `base`
 * is what this tab's form started from or last saved, `mine` what it holds now, `theirs` what is
 * stored now (another tab may have saved). What this tab did not change comes from `theirs`;
 * every comment and score merges on its own. Where both changed the same text differently this
 * tab's wins and `conflict` says so, so the caller keeps the other text aside.
 */
export function mergeDraft(base: FeedbackDraft, mine: FeedbackDraft, theirs: FeedbackDraft): { draft: FeedbackDraft; conflict: boolean } {
  let conflict = false;
  const pick = <T>(b: T, m: T, t: T): T => {
    if (jsonEqual(m, b)) return t;
    if (!jsonEqual(t, b) && !jsonEqual(t, m)) conflict = true;
    return m;
  };
  const record = <V>(b: Record<string, V>, m: Record<string, V>, t: Record<string, V>): Record<string, V> => {
    const out: Record<string, V> = {};
    for (const key of new Set([...Object.keys(b), ...Object.keys(m), ...Object.keys(t)])) {
      const value = pick(b[key], m[key], t[key]);
      if (value !== undefined) out[key] = value;
    }
    return out;
  };
  const draft: FeedbackDraft = {
    id: pick(base.id, mine.id, theirs.id),
    trainer: pick(base.trainer, mine.trainer, theirs.trainer),
    overall: pick(base.overall, mine.overall, theirs.overall),
    scores: record(base.scores, mine.scores, theirs.scores),
    comments: record(base.comments, mine.comments, theirs.comments),
  };
  return { draft, conflict };
}
