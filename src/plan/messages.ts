import type { FieldKind } from './model/kinds';

/**
 * The words the plan layer says to the reader: refusals of a value, the limits, the names the site
 * gives a plan, progress. Only texts that code every worksheet loads uses are here (this module is
 * in the shared `werkblad` chunk); the texts of parts loaded on demand are in `./messages/<part>.ts`,
 * each loaded only with its part (transfer, feedback, diff, field-path, share, ics, finance-chart,
 * quiz, plan-label, document). The words of the fields themselves are in `./meaning/`.
 *
 * Plain texts are constants; texts that take values (counts, names) are functions. Keep every
 * export small and named, so a part that does not use a text does not carry it.
 */

const nl = (n: number) => n.toLocaleString('nl-NL');

// ---------- plan names ----------

/** The name of the first plan the site makes. */
export const firstPlanName = 'Mijn plan';
/** The name of a plan the reader adds with "Nieuw plan". */
export const newPlanName = 'Nieuw plan';
/** The name of a plan read without a (readable) name. */
export const untitledPlanName = 'Naamloos plan';
/** A plan the reader did not name, once its account is filled in. */
export const accountPlanName = (account: string) => `Accountplan ${account}`;

// ---------- progress ----------

/** "7 van 12 velden ingevuld" */
export const fieldsFilled = (filled: number, total: number) => `${filled} van ${total} ${total === 1 ? 'veld' : 'velden'} ingevuld`;

// ---------- steps ----------

/** A step as the heading of what belongs to it (feedback, PDF appendices): "Stap 3 · Discover". */
export const stepHeading = (number: number, name: string) => `Stap ${number} · ${name}`;
/** Where a reader is in the nine steps: "Stap 3 van 9". */
export const stepOfTotal = (number: number, total: number) => `Stap ${number} van ${total}`;

// ---------- values as text ----------

/** A score of 1 to 5 as text: "4 van 5". */
export const scoreOutOf5 = (score: unknown) => `${score} van 5`;
export const yes = 'ja';
export const no = 'nee';

/** A reference to a row that has no name yet: "Rij 2 (nog zonder naam)". */
export const unnamedRow = (index: number) => `Rij ${index + 1} (nog zonder naam)`;

// ---------- limits ----------

/** A text over its limit. */
export const textTooLong = (length: number, max: number) =>
  `Deze tekst is ${nl(length)} tekens; hier passen er ${nl(max)} in. Maak hem korter: je wijziging is nog niet opgeslagen.`;
/** The counter near a text limit: "950 van 1.000 tekens". */
export const textCount = (length: number, max: number) => `${nl(length)} van ${nl(max)} tekens`;
export const notANumber = 'Dit is geen getal dat opgeslagen kan worden.';
export const numberTooBig = (digits: number) => `Dit getal is te groot: hooguit ${digits} cijfers.`;
export const wholeNumberOnly = 'Hier past alleen een heel getal.';
export const dateIncomplete = 'Deze datum is niet compleet of bestaat niet. Vul dag, maand en jaar in.';
export const dateOutOfRange = 'Kies een bestaande datum tussen 1 januari 1900 en 31 december 2100.';

// ---------- typing numbers (format.ts) ----------

export const numberInDigits = (example: string) => `Typ alleen een getal in cijfers, zonder woorden, bijvoorbeeld ${example}.`;
/** A unit that is not the field's own ("%" in an amount, "€" in a percentage). */
export const numberUnit = (unit: string, example: string) => `Hier hoort geen "${unit}" bij. Typ alleen het getal, bijvoorbeeld ${example}.`;
export const numberWhole = 'Typ een heel getal, zonder komma, bijvoorbeeld 1.250.';
export const numberSeparators = (example: string) => `Gebruik een komma voor decimalen en een punt alleen tussen duizendtallen, bijvoorbeeld ${example}.`;
/** Three decimals may be thousands typed with a comma: say so. */
export const numberDecimals = (count: number) =>
  `Typ hooguit 2 cijfers na de komma.${count === 3 ? ' Bedoel je duizendtallen? Gebruik dan een punt, zoals 1.000.' : ''}`;
export const numberDigits = (max: number) => `Typ hooguit ${max} cijfers: rond het getal af.`;

// ---------- writing a value (values.ts, edits.ts) ----------

/** Why a value does not fit a field of this kind, in the reader's words. One message per kind. */
export const misfit = {
  text: 'Hier past alleen tekst.',
  longText: 'Hier past alleen tekst.',
  reference: 'Kies een van de mogelijkheden uit de lijst.',
  date: 'Gebruik een bestaande datum tussen 1900 en 2100 (jjjj-mm-dd).',
  number: 'Hier past alleen een getal.',
  money: 'Hier past alleen een bedrag.',
  percent: 'Hier past alleen een percentage.',
  score: 'Kies een score van 1 tot 5.',
  yesNo: 'Hier past alleen ja of nee.',
  choice: 'Kies een van de mogelijkheden uit de lijst.',
  list: 'Deze lijst heeft niet de goede vorm.',
  table: 'Deze tabel heeft niet de goede vorm.',
  matrix: 'Kies een score van ++ tot --.',
} satisfies Record<FieldKind, string>;
export const noValue = 'Er is geen waarde om op te slaan.';
export const noSuchField = 'Dit veld bestaat niet in het plan.';
export const noSuchColumn = 'Deze kolom bestaat niet in het plan.';
export const rowGone = 'Deze rij bestaat niet meer.';
export const noSuchCell = 'Deze cel bestaat niet in de matrix.';

// ---------- reading a plan (migrations.ts) ----------

export const notAPlan = 'Dit is geen plan.';
export const noPlanVersion = 'Dit plan heeft geen geldig versienummer.';
export const planFromNewerSite = (version: number) =>
  `Dit plan is gemaakt met een nieuwere versie van deze site (planversie ${version}). Vernieuw de pagina of werk de site bij; het plan blijft ongewijzigd bewaard.`;
export const planInvalid = 'Dit plan klopt niet.';
