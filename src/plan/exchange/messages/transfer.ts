/** The words of backup files (transfer.ts, describe-issue.ts): what an import says and refuses. */

export const notJsonFile = (name: string) => `"${name}" is geen JSON-bestand. Kies een reservekopie die eindigt op .json.`;
export const emptyFile = 'Dit bestand is leeg.';
/** `megabytes` as written: "6,2". */
export const fileTooBig = (megabytes: string) =>
  `Dit bestand is te groot (${megabytes} MB; hooguit 5 MB). Een reservekopie van deze site is veel kleiner: kies het juiste bestand.`;
export const textTooBig = 'Dit bestand is te groot (hooguit 5 MB).';
export const nestedTooDeep = 'Dit bestand is dieper genest dan een plan ooit is.';
export const forbiddenKey = (key: string) => `Dit bestand bevat de sleutel "${key}", die in een plan nooit voorkomt. Uit voorzorg is het niet ingelezen.`;
export const notJson = 'Dit bestand is geen geldige reservekopie: de inhoud is geen leesbare JSON. Misschien is het beschadigd of afgebroken.';
export const noPlans = 'Deze reservekopie bevat geen plannen.';
export const notABackup = 'Dit JSON-bestand is geen reservekopie van een accountplan.';
export const tooManyPlans = (max: number) => `Deze reservekopie bevat meer dan ${max} plannen; dat kan niet kloppen.`;
/** Which plan of a file with several: "Plan 2 in dit bestand: ". */
export const planInFile = (index: number) => `Plan ${index + 1} in dit bestand: `;
export const planInvalidAt = (issue: string) => `Dit plan klopt niet: ${issue}.`;
/** The end of a refused import; stores/backup.ts recognises it to say that nothing changed either. */
export const nothingRead = 'Er is niets ingelezen.';
export const plansSkipped = (count: number, reasons: string) => `${count === 1 ? 'Eén plan is' : `${count} plannen zijn`} overgeslagen. ${reasons}`;
export const scriptLikeText = (count: number) =>
  `${count === 1 ? 'Eén veld bevat' : `${count} velden bevatten`} tekst die op code lijkt (zoals <script>). Die is als gewone tekst overgenomen en wordt nooit uitgevoerd.`;
/** Unreadable fields of an imported plan, `fields` already listed ("…; …; en nog 3"). */
export const fieldsLeftEmpty = (name: string, count: number, fields: string) =>
  `In ${name} ${count === 1 ? 'kon één veld' : `konden ${count} velden`} niet gelezen worden en ${count === 1 ? 'is' : 'zijn'} leeg gelaten: ${fields}.`;
/** The end of a long list of fields: "; en nog 3". */
export const andMore = (count: number) => `; en nog ${count}`;
export const nameShortened = (name: string) => `De naam van ${name} was te lang en is ingekort.`;
export const rowsNewIds = (name: string, count: number) =>
  `In ${name} ${count === 1 ? 'had één rij' : `hadden ${count} rijen`} dezelfde code als een andere rij; elke rij heeft nu een eigen code, zodat je ze los van elkaar kunt wijzigen.`;

/** Feedback in a backup file that did not read (a trainer's feedback on one of its plans). */
export const feedbackSkipped = (count: number) =>
  count === 1
    ? 'Eén feedbackbericht van een trainer kon niet gelezen worden en is overgeslagen.'
    : `${count} feedbackberichten van trainers konden niet gelezen worden en zijn overgeslagen.`;

// describe-issue.ts
export const valueMissing = 'dit gegeven ontbreekt';
export const valueWrongKind = 'dit gegeven heeft de verkeerde vorm';
