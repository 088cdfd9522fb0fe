import { planStore } from '.';
import { KEYS } from './keys';
import { readItem } from './storage';

/**
 * Whether the reader chose the exam order for their PDFs (the workbook's option, kept by
 * preferences.ts), read without loading the preferences code: a lesson's PDF button says so.
 */
export function examOrderChosen(): boolean {
  planStore.load();
  const storage = planStore.versionHost.storage();
  return !!storage && readItem(storage, `${KEYS.preferencesPrefix}pdfOrder`) === 'exam';
}
