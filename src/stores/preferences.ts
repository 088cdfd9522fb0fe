import { persistentMap } from '@nanostores/persistent';
import { KEYS } from './keys';

/**
 * The reader's display preferences. Small and independent of the plans, so
 * @nanostores/persistent keeps them (and keeps tabs in step). Loaded only where used.
 */
export const $preferences = persistentMap<{ pdfEmptyFields: 'hide' | 'show'; pdfOrder: 'steps' | 'exam' }>(KEYS.preferencesPrefix, { pdfEmptyFields: 'hide', pdfOrder: 'steps' });
