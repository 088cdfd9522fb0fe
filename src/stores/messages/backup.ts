/** The words of the JSON backup's import (backup.ts). */

/**
 * A refused import says that nothing changed: "… Er is niets ingelezen." becomes "… Er is niets
 * ingelezen of veranderd."; any other reason gets "Er is niets veranderd." after it.
 */
export const importRefused = (message: string, nothingRead: string) =>
  message.endsWith(nothingRead) ? `${message.slice(0, -nothingRead.length)}Er is niets ingelezen of veranderd.` : `${message} Er is niets veranderd.`;
/**
 * `names` already listed; `notes` are the import's notes, one sentence or more each; `replaced`
 * the name of the empty plan the site had made, which the import took the place of.
 */
export const imported = (count: number, names: string, notes: string, replaced: string | null = null) =>
  `${count === 1 ? 'Plan' : `${count} plannen`} ${names} ingelezen als nieuw${count === 1 ? ' plan' : 'e plannen'}; ${count === 1 ? 'het' : 'het laatste'} is nu je actieve plan.${replaced ? ` Het lege plan "${replaced}" is weggehaald.` : ''} ${notes}`.trim();
/** Trainer feedback in the backup that could not be kept beside its plan (storage full or blocked). */
export const feedbackNotImported = (count: number) =>
  `${count === 1 ? 'Eén feedbackbericht van een trainer kon' : `${count} feedbackberichten van trainers konden`} niet bewaard worden, omdat de opslag van je browser vol of geblokkeerd is. Lees de reservekopie later opnieuw in om ze alsnog te krijgen.`;
export const exportDateUnreadable = 'De datum van je laatste reservekopie was onleesbaar.';
export const importedFeedbackUnreadable = 'Bij een ingelezen plan stond al feedback die onleesbaar was.';
