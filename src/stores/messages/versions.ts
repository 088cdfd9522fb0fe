/** The words of a plan's versions (versions.ts, loaded by the workbook). */
import { ellipsize } from '../../plan/values/text';

const short = (text: string, max: number) => ellipsize(text, max);

export const versionsUnreadable = 'De opgeslagen versies van een plan waren onleesbaar.';
export const someVersionsUnreadable = (count: number) =>
  `${count === 1 ? 'Eén opgeslagen versie' : `${count} opgeslagen versies`} van een plan ${count === 1 ? 'was' : 'waren'} onleesbaar; de andere versies staan er nog.`;
export const noPlanToSave = 'Er is geen plan om te bewaren.';
export const tooManyVersions = (max: number) => `Dit plan heeft al ${max} versies. Verwijder eerst een oude versie.`;
/** The note of a version saved without one. */
export const noNote = 'Zonder notitie';
export const versionSaved = (note: string) => `Versie "${note}" bewaard.`;
export const versionNotSaved = 'De versie kon niet bewaard worden: de opslag van je browser is vol.';
/** The suffix of a plan brought back from a version: " (versie: Na gesprek met Marco)". */
export const restoredSuffix = (note: string) => ` (versie: ${short(note, 60)})`;
