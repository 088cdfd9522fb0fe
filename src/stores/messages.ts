/**
 * The words the plan store says to the reader: the save status's reasons, notices, refusals. Only
 * texts of the store's core (plan-store.ts, sync.ts, reading.ts, in the shared `werkblad` chunk)
 * are here; the parts loaded on demand have their own: `./messages/other-tabs.ts` (other tabs and
 * conflicts), `backup.ts`, `versions.ts`, `feedback.ts`, `reading.ts` (what reading stored data says: kept aside, newer, mended), `quiz.ts`. Plain texts are constants,
 * texts that take values are functions.
 */
import { ellipsize } from '../plan/values/text';

const short = (text: string, max = 60) => ellipsize(text, max);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------- storage (plan-store.ts, sync.ts) ----------

/** The note of the version that keeps a leaving tab's plan when another tab's save could not be merged in time. */
export const unmergedVersionNote = 'Wijzigingen uit een tabblad dat sloot terwijl een ander tabblad hetzelfde plan bewaarde';
/** Where that version's conflict is. */
export const wholePlan = 'het hele plan';

// ---------- plans and rows (plan-store.ts) ----------

/** The suffix of a duplicated plan's name. */
export const copySuffix = ' (kopie)';
/** What a row is called when its table has no word for it. */
export const rowWord = 'rij';
/** "Persoon "Marco" is verwijderd uit "DMU"." */
export const rowRemoved = (item: string, title: string, field: string | undefined) =>
  `${capitalize(item)}${title ? ` "${short(title)}"` : ''} is verwijderd${field !== undefined ? ` uit "${field}"` : ''}.`;
export const planDeleted = (name: string) => `Plan "${name}" is verwijderd.`;
export const planGone = 'Dit plan bestaat niet meer.';
export const nameNotRestorable = 'Deze naam kan niet teruggezet worden.';
export const cellGone = 'Deze cel bestaat niet meer.';
