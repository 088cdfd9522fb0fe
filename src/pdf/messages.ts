/**
 * The words only the PDF writes: its cover and chapters, the open points, the appendices, the
 * blank form, the feedback appendix, the footers. They load with the renderer (render.ts); the
 * words of the download button's own code, the form's file name, are in ./messages/download.ts.
 * Words the Word document writes too are in ../plan/messages/document.ts (with the plans' file
 * names); the step labels in ../plan/messages.ts.
 *
 * Plain texts are constants, texts that take values are functions; every export small and named.
 */

// ---------- the plan's cover and properties (render.ts) ----------

/** At the foot of the cover: "Opgesteld met Accountplan in 9 stappen". */
export const draftedWith = (creator: string) => `Opgesteld met ${creator}`;
/** The subject in the properties of a PDF in the order of the steps. */
export const subjectInSteps = 'Accountplan in negen stappen';
export const subjectInStepsFor = (account: string) => `Accountplan voor ${account}, in negen stappen`;
/** The first keyword in the properties, before the account. */
export const keyword = 'accountplan';

// ---------- chapters (render.ts) ----------

/** Empty fields, when the reader shows them. */
export const notFilled = 'nog niet ingevuld';
export const stepNotFilled = 'Deze stap is nog niet ingevuld.';
export const summaryTitle = 'Managementsamenvatting';
/** Above the summary on the blank form. */
export const writeLast = 'Schrijf deze als laatste';
/** Above a chapter of the exam order: "Hoofdstuk 3". */
export const chapterKicker = (number: string) => `Hoofdstuk ${number}`;
/** Above the first appendix of the exam order. */
export const appendicesKicker = 'Bijlagen';
/** Above an appendix in the order of the steps. */
export const appendixKicker = 'Bijlage';
/** At the foot of every page after the cover: "pagina 3 van 24". */
export const pageOfTotal = (page: number, total: number) => `pagina ${page} van ${total}`;

// ---------- the open points (render.ts) ----------

export const openPointsTitle = 'Open punten';
export const openPointsKicker = 'Controles uit het werkboek';
export const allChecksPass = 'Alle controles die het werkboek kan doen, zijn in orde.';
export const openPointsIntro = (count: number) =>
  `${count === 1 ? 'Dit punt is' : `Deze ${count} punten zijn`} volgens de controles van het werkboek nog niet in orde. Werk ${count === 1 ? 'het' : 'ze'} bij voordat je het plan deelt.`;
/** Open points that belong to no step. */
export const general = 'Algemeen';
export const selfChecksTitle = 'Zelf nagaan';
export const selfChecksIntro = 'Deze punten uit de checklists van de lessen kan geen programma beoordelen. Loop ze zelf na voordat je het plan deelt.';

// ---------- the sources (render.ts, sections.ts) ----------

export const sourcesTitle = 'Bronnen';
export const sourcesIntro = 'De bronnen die voor dit plan zijn geraadpleegd (stap 3, Discover).';
/** In step 3, where the sources would be. */
export const sourcesInAppendix = 'De gebruikte bronnen staan in de bijlage Bronnen, achter in dit plan.';

// ---------- fields with a layout of their own (sections.ts, fields.ts) ----------

/** Under the confrontation matrix; `scores` is the legend of the scores. */
export const matrixLegend = (scores: string) => `${scores}. De codes S, Z, K en B verwijzen naar de SWOT.`;
/** Under the quarters when they add up to the plan year's revenue. */
export const quartersMatch = (year: number) => `De kwartalen tellen op tot de omzet die je voor ${year} plant.`;
/** A reference to a row without a name: "rij 2". */
export const rowNumber = (index: number) => `rij ${index + 1}`;

// ---------- the blank form (form.ts, render.ts) ----------

/** The title of the blank form: cover, footers, document properties. */
export const formTitle = 'Werkbladen accountplan';
export const formIntro =
  'Alle werkbladen om op papier in te vullen, stap voor stap. Bij elk veld staat wat erin hoort. Werk je liever op de computer? Elke les op de site heeft hetzelfde werkblad, en het werkboek maakt er een PDF van.';
/** After the line of a date. */
export const dateRoom = 'dag – maand – jaar';
/** After the line of an amount. */
export const euroUnit = 'euro';
/** Under the empty confrontation matrix; `scores` is the legend of the scores. */
export const formMatrixLegend = (scores: string) => `Score per cel: ${scores}. S = sterkte, Z = zwakte, K = kans, B = bedreiging van de klant.`;

// ---------- the trainer's feedback (feedback.ts, render.ts) ----------

export const feedbackTitle = 'Feedback van je trainer';
export const feedbackIntro = 'De opmerkingen van je trainer, bij het veld of de stap waar ze over gaan. "Verwerkt" staat bij wat je als verwerkt hebt aangevinkt.';
/** The day already written. */
export const aboutPlanOn = (day: string) => `Over het plan zoals het was op ${day}.`;
/** After a comment the student marked done. */
export const doneMark = ' · verwerkt';
export const overallComment = 'Algemene opmerking';
export const scoresTitle = 'Beoordeling per competentie';
/** A comment on the cover. */
export const coverPlace = 'Voorblad';
/** A comment on a step as a whole; `step` as "Stap 3 · Discover". */
export const wholeStep = (step: string) => `${step} (de hele stap)`;
/** A comment on a field: "Stap 3 · Discover › Ambitie". */
export const fieldPlace = (step: string, label: string) => `${step} › ${label}`;
