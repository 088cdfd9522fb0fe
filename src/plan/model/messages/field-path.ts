/** Words that name a place in a plan (field-path.ts, and diff.ts, merge.ts and transfer.ts, which load it). */

/** The cover as a section: "Voorblad". */
export const coverSection = 'Voorblad';
/** A step as a section: "Stap 3 (Discover)". */
export const stepSection = (number: number, name: string) => `Stap ${number} (${name})`;
/** The presentation and the interview as a section. */
export const presentationSection = 'Presentatie en interview';
/** A row of a table in a path: "rij 2". */
export const rowInPath = (row: number) => `rij ${row + 1}`;
/** The plan's own name as a field. */
export const planNameField = 'Naam van het plan';
