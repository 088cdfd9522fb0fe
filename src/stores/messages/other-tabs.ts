/** The words of what other tabs do (other-tabs.ts and conflicts.ts, loaded when another tab is at work). */
import { ellipsize } from '../../plan/values/text';

const short = (text: string, max = 60) => ellipsize(text, max);

export const deletedInOtherTab = (name: string) =>
  `Het plan "${name}" is in een ander tabblad verwijderd. Je ziet het hier nog, maar wat je erin typt, wordt pas weer bewaard als je het terugzet.`;
/** The note of the version that keeps the other tab's text; `wheres` already listed. */
export const conflictVersionNote = (wheres: string) => short(`Tekst uit een ander tabblad: ${wheres}`, 200);
/** In the tab that kept its own text. */
export const conflictHere = (where: string, keptAsVersion: boolean) =>
  `"${where}" is tegelijk in een ander tabblad gewijzigd. Hier staat jouw tekst. De tekst uit het andere tabblad ${keptAsVersion ? 'is bewaard als versie van dit plan' : 'staat hieronder'}; je kunt hem met één klik terugzetten.`;
/** In the tab whose text was replaced by the other's. */
export const conflictThere = (where: string) =>
  `"${where}" is tegelijk in een ander tabblad gewijzigd, en daar is de andere tekst gehouden. Jouw tekst is bewaard als versie van dit plan; je kunt hem met één klik terugzetten.`;
