/**
 * The words of fill-in mode (FillIn.tsx, /invullen/). Step titles and the checks' counts are in
 * ../messages.ts, "Stap 3 van 9" in src/plan/messages.ts.
 */

/** The last screen: its heading, and the link to it. */
export const finishLink = 'Voorblad, samenvatting en PDF';
export const worksheetsLoading = 'Werkbladen laden…';
export const noScript = 'Zet JavaScript aan om je plan hier in te vullen. De lessen, elk met hun werkblad, kun je ook zo openen via het menu.';
export const progressLabel = 'Stappen van je plan';
export const stepCount = (n: number) => `${n} stappen`;
export const finishWhere = 'Afronden: voorblad, samenvatting en PDF';
/** The last link of the progress bar: "PDF", and for screen readers what comes with it. */
export const finishShort = 'PDF';
export const finishShortRest = ': voorblad, samenvatting en PDF';
export const pagerLabel = 'Vorige en volgende stap';
export const previous = 'Vorige';
export const next = 'Volgende';
/** After a step's heading, for screen readers: " (van 9)". */
export const ofTotal = (total: number) => ` (van ${total})`;
export const readLesson = (title: string) => `Lees de les: ${title}`;
export const worksheetTitle = (step: number) => `Werkblad stap ${step}`;
export const finishGoal = 'Vul het voorblad in en schrijf als laatste de managementsamenvatting: de kern van je plan. Download daarna je plan als PDF.';
export const pdfTitle = 'Je plan als PDF';
export const pdfIntro =
  'De PDF bevat het hele plan: voorblad, inhoudsopgave, samenvatting, de negen stappen en de open punten. Kies de examenindeling voor een PDF in de hoofdstukken van het examenplan.';
export const wordIntro = 'Wil je verder schrijven in Word? Het Word-document staat in de hoofdstukken van het examenplan.';
/** "Een reservekopie, … maak je in het [werkboek]." */
export const workbookPointerBefore = 'Een reservekopie, versies en een leeslink voor je trainer maak je in het';
export const workbookPointerLink = 'werkboek';
export const workbookPointerAfter = '.';
export const checksTitle = (step: number) => `Controles van stap ${step}`;
export const noProgramChecks = 'Deze stap heeft geen controles die het programma uitvoert.';
export const allChecksOk = 'Alle controles van deze stap zijn in orde.';
/** `openPoints` already written ("3 open punten"). */
export const someChecksOpen = (open: number, total: number, openPoints: string) => `${open} van ${total} controles vragen nog aandacht: ${openPoints}.`;
export const toField = 'Naar het veld';
export const toCover = 'Naar het voorblad';
export const toStep = (step: number) => `Naar stap ${step}`;
