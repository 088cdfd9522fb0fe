/**
 * The words the store's core says on rare paths (reading.ts, sync.ts, plan-store.ts): data kept
 * aside, a plan from a newer version, blocked storage, the backup reminder. They load when
 * something is to be said, not with every worksheet.
 */

export const storedPlanDamaged = 'Een opgeslagen plan was onverwacht beschadigd.';
export const keptAside = (why: string) =>
  `${why} De oorspronkelijke gegevens zijn apart bewaard en niet overschreven. Download ze; je kunt ze daarna weer importeren.`;
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

export const memoryOnly =
  'Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster of door je privacy-instellingen). Je kunt gewoon werken, maar wat je typt verdwijnt als je dit tabblad sluit. Exporteer je plan als JSON om het te bewaren.';
export const backupNever =
  'Je hebt nog nooit een reservekopie van je plannen gemaakt. Je plannen staan alleen in deze browser: exporteer ze af en toe als JSON.';
export const backupOld = 'Je laatste reservekopie is meer dan een week oud. Exporteer je plannen opnieuw als JSON.';
export const storageFull =
  'Niet opgeslagen: de opslag van je browser is vol. Wat je typte staat nog op je scherm, en wat al bewaard was, is niet beschadigd. Exporteer je plan als JSON, of verwijder een plan dat je niet meer nodig hebt, en typ daarna verder.';
export const storageRefused =
  'Niet opgeslagen: de opslag van je browser weigert nu. Wat je typte staat nog op je scherm. Exporteer je plan als JSON om het te bewaren.';
export const planUntouchable =
  'Niet opgeslagen: dit plan wordt niet overschreven, omdat de oorspronkelijke gegevens nergens anders bewaard konden worden. Exporteer het plan als JSON en maak ruimte in je browser.';
export const heldDeletedElsewhere = (name: string) =>
  `Niet opgeslagen: het plan "${name}" is in een ander tabblad verwijderd. Zet het terug om te bewaren wat je typt.`;
