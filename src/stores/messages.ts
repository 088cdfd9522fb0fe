/**
 * The words the plan store says to the reader: the save status's reasons, notices, refusals. Only
 * texts of the store's core (plan-store.ts, sync.ts, reading.ts, in the shared `werkblad` chunk)
 * are here; the parts loaded on demand have their own: `./messages/other-tabs.ts` (other tabs and
 * conflicts), `backup.ts`, `versions.ts`, `feedback.ts`. Plain texts are constants,
 * texts that take values are functions.
 */
import { ellipsize } from '../plan/values/text';

const short = (text: string, max = 60) => ellipsize(text, max);
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------- storage (plan-store.ts, sync.ts) ----------

export const memoryOnly =
  'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster of door je privacy-instellingen). Je kunt gewoon werken, maar wat je typt verdwijnt als je dit tabblad sluit. Exporteer je plan als JSON om het te bewaren.';
export const storageFull =
  'Niet opgeslagen: de opslag van je browser is vol. Wat je typte staat nog op je scherm, en wat al bewaard was, is niet beschadigd. Exporteer je plan als JSON, of verwijder een plan dat je niet meer nodig hebt, en typ daarna verder.';
export const storageRefused = 'Niet opgeslagen: de opslag van je browser weigert nu. Wat je typte staat nog op je scherm. Exporteer je plan als JSON om het te bewaren.';
export const planUntouchable =
  'Niet opgeslagen: dit plan wordt niet overschreven, omdat de oorspronkelijke gegevens nergens anders bewaard konden worden. Exporteer het plan als JSON en maak ruimte in je browser.';
export const heldDeletedElsewhere = (name: string) => `Niet opgeslagen: het plan "${name}" is in een ander tabblad verwijderd. Zet het terug om te bewaren wat je typt.`;
export const storedPlanDamaged = 'Een opgeslagen plan was onverwacht beschadigd.';
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
export const backupNever = 'Je hebt nog nooit een reservekopie van je plannen gemaakt. Je plannen staan alleen in deze browser: exporteer ze af en toe als JSON.';
export const backupOld = 'Je laatste reservekopie is meer dan een week oud. Exporteer je plannen opnieuw als JSON.';

// ---------- reading what is stored (reading.ts) ----------

export const keptAside = (why: string) => `${why} De oorspronkelijke gegevens zijn apart bewaard en niet overschreven. Download ze; je kunt ze daarna weer importeren.`;
export const keptInPlace = (why: string) => `${why} De gegevens blijven onaangeroerd staan, maar er was geen ruimte om ze apart te zetten.`;
export const versionListUnreadable = 'De opgeslagen versies van een plan waren onleesbaar, en er kwam net een versie bij.';
export const indexUnreadable = 'De lijst van je plannen was onleesbaar; de plannen zelf zijn opnieuw opgezocht.';
export const planUnreadable = 'Een opgeslagen plan was beschadigd en kon niet gelezen worden.';
/** `name` is quoted with a space before it (` "Mijn plan"`), or empty. */
export const planFromNewerSite = (name: string) =>
  `Het plan${name} is bewaard door een nieuwere versie van deze site. Het is niet geopend en niet gewijzigd. Vernieuw de pagina (of leeg de cache) om de nieuwste versie te laden.`;
export const planUnknownShape = (name: string) => `Het opgeslagen plan${name} had een vorm die deze site niet kent.`;
/** Fields of a stored plan left empty because they did not read; `fields` already quoted and listed. */
export const fieldsEmptied = (name: string, count: number, fields: string, keptAside: boolean) => {
  const one = count === 1;
  return `In het plan${name} ${one ? 'was één veld' : `waren ${count} velden`} onleesbaar: ${fields}. ${one ? 'Dat veld is' : 'Die velden zijn'} leeg gemaakt; al het andere staat er nog. ${keptAside ? 'De oorspronkelijke gegevens zijn apart bewaard: download ze om te zien wat er stond.' : 'Er was geen ruimte om de oorspronkelijke gegevens apart te zetten.'}`;
};
