/** The words of the comparison of two versions (VersionCompare.tsx), loaded with it. */

export const compareTitle = 'Vergelijk twee versies';
export const from = 'Van';
export const to = 'naar';
export const planNow = 'het plan zoals het nu is';
/** A version in the lists: "Na het gesprek (12 maart 2027 om 10:15)". */
export const versionOption = (note: string, when: string) => `${note} (${when})`;
/** Both sides of a comparison named: a version's note, or "het plan zoals het nu is". */
export const noDifferences = (from: string, to: string) => `Geen verschillen: "${from}" en "${to}" zijn hetzelfde.`;
/** Around words removed or added in a text, for screen readers. */
export const removedWordsStart = '[weg: ';
export const addedWordsStart = '[erbij: ';
export const changedWordsEnd = ']';
export const fieldsChanged = (n: number) => `${n} ${n === 1 ? 'veld' : 'velden'} veranderd.`;
export const previousVersion = 'vorige versie';
/** The log line of step 7 made from a comparison; `fields` already listed. */
export const sinceVersion = (note: string, fields: string) => `Sinds "${note}": ${fields}`;
export const toLog = 'Zet in het logboek van stap 7';
