/**
 * The words only the Word document writes: its styles' names, the writing prompts, the contents
 * hint, the chart and the footer. Words the PDF writes too are in ../plan/messages/document.ts.
 *
 * Plain texts are constants, texts that take values are functions; every export small and named.
 */
import { creator } from '../plan/messages/document';

// ---------- the document ----------

/** In the document's properties. */
export const description = `Gemaakt met ${creator}, in de indeling van het examenplan.`;
/** The name of the style of the writing prompts, as Word lists it. */
export const promptStyleName = 'Schrijfaanwijzing';
/** Before each writing prompt. */
export const promptLabel = 'Schrijfaanwijzing: ';
/** The name of the style of the contents' heading, as Word lists it. */
export const contentsHeadingStyleName = 'Kop inhoudsopgave';
export const updateContents = 'Klik met de rechtermuisknop op de inhoudsopgave en kies "Veld bijwerken" als je hoofdstukken toevoegt of de paginanummers veranderen.';
/** The footer before Word's page number: "Accountplan Lindenhof · pagina ". */
export const footerPage = (title: string) => `${title} · pagina `;
/** The footer between the page number and the number of pages. */
export const footerOf = ' van ';

// ---------- fields with a layout of their own ----------

/** Under the confrontation matrix; `scores` is the legend of the scores, `codes` the SWOT's items by code. */
export const matrixLegend = (scores: string, codes: string) => `${scores}. De codes verwijzen naar de SWOT: ${codes}.`;
/** Under the budget, before what the PDF writes there too. */
export const costPerLine = 'Kosten per post: uren × uurtarief + overige kosten.';
/** The financial years' last column: plan or realised. */
export const yearKindColumn = 'Soort';
/** A plan year in the chart: "2027 (plan)". */
export const chartPlanYear = (year: number) => `${year} (plan)`;
/** One year in the chart's text for screen readers; amounts already written. */
export const chartYear = (year: number, plan: boolean, revenue: string, grossMargin: string) => `${year}${plan ? ' (plan)' : ''}: omzet ${revenue}, brutomarge ${grossMargin}`;
