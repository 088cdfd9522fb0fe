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
export const checksTitle = (step: number) => `Controles van stap ${step}`;
